package newsquiz.generate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Defects the eval-blind16 review found, each on invented text: a record looked up for a figure offered as a speaker. */
class ReviewSixteenTest {
    @Test
    void aRecordLookedUpForAFigureIsNoOneWhoSpeaks() throws Exception {
        Facts facts = InventedArticles.facts("""
                Mill house sale

                The owners bought the mill in 2001 for £140,000, according to the Land Registry.

                "I'd like that put right," said Hilda Marsh, a local historian. Tom Reed, the agent, said there had been 19 viewings.
                Ann Cole, who lives next door, said the mill wheel still turned. A spokesman for the Mill Society said the claim was wrong.
                """);
        List<String> wrong = Distractors.speakers(facts, "Hilda Marsh", java.util.Set.of(), 3);
        assertFalse(wrong.contains("The Land Registry") || wrong.contains("Land Registry"), wrong.toString());
        assertTrue(wrong.size() >= 2, wrong.toString());
    }
}
