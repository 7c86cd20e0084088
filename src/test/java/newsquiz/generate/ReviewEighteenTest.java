package newsquiz.generate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Defects the eval-blind18 review found, each on invented text. */
class ReviewEighteenTest {
    @Test
    void whatACourtHeardIsNoStatementOfTheCourt() throws Exception {
        Facts facts = InventedArticles.facts("""
                Roofer denies fraud

                A roofer charged with fraud told Hallam Crown Court on Monday that he had never taken a deposit without doing the work.

                The court heard that Dan Pike had taken £4,000 from a widow in March. The prosecutor, Ann Vale, said the work was never started.
                """);
        assertTrue(facts.statements.stream().noneMatch(s -> s.speaker().contains("Court")), facts.statements.toString());
    }
}
