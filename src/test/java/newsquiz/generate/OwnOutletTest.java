package newsquiz.generate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The outlet an article appears in is where words arrive, never a step on their way. */
class OwnOutletTest {
    @Test
    void aMastheadOrABylineNamesTheArticlesOwnOutlet() throws Exception {
        Facts facts = InventedArticles.facts("""
                Quarry lorries row

                Dunmore Courier | News for the Dun valley

                The quarry will double its lorry trips from March, the owner, Brack Aggregates, told the Courier on Monday.

                The regional broadcaster Radio Dunmore reported that residents had collected 900 signatures against the plan.
                """);
        assertTrue(OwnOutlet.is(facts, "Courier"));
        assertFalse(OwnOutlet.is(facts, "Radio Dunmore"));
    }

    @Test
    void theOnlyOutletNeverIntroducedAndOnlySpokenToIsTheArticlesOwn() throws Exception {
        Facts facts = InventedArticles.facts("""
                Van sought after cyclist injured

                Police are looking for a white van after a cyclist was hurt on Mill Lane on Friday evening.

                "He was not driving that van," the owner's brother told the Post.

                The weekly Hillford Clarion reported that the van had been seen in the village twice that week.
                """);
        assertTrue(OwnOutlet.is(facts, "Post"));
        assertFalse(OwnOutlet.is(facts, "Hillford Clarion"));
    }
}
