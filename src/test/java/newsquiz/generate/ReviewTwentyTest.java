package newsquiz.generate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Defects the eval-blind20 review found, each on invented text. */
class ReviewTwentyTest {
    @Test
    void aSecondThatAfterButBelongsToTheReportingVerb() throws Exception {
        Facts facts = InventedArticles.facts("""
                Ferry timetable row

                The ferry company has changed its winter timetable for the third year running.

                Its operations manager, Colm Heaney, said he knew the early crossing was popular, but that the harbour could not be lit before 6am.
                """);
        assertTrue(facts.statements.stream().anyMatch(s -> s.claim().contains("was popular, but the harbour could not")),
                facts.statements.toString());
        assertTrue(facts.statements.stream().noneMatch(s -> s.claim().contains("but that")), facts.statements.toString());
    }
}
