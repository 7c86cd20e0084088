package newsquiz.generate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Who speaks for whom: an officer is never offered as a wrong answer against the body they speak for. */
class SpeakerGroupsTest {
    @Test
    void anOfficerIntroducedWithItsOrTheBodysPossessiveSpeaksForTheBody() throws Exception {
        Facts facts = InventedArticles.facts("""
                Ferry outbreak

                The Harbourline Ferry Company said in a statement that the ship had been cleaned twice, on Sunday. Its chief engineer, Dr Nina Holt, said the filters had been replaced.

                Harbourline's operations director, Sam Ode, said the next crossing would leave on time.

                The newsletter Tide Notes first reported the outbreak. Its editor, Lee Marr, said readers had sent photographs.
                """);
        assertTrue(facts.mayBeSame("Nina Holt", "The Harbourline Ferry Company"), facts.speakers.keySet().toString());
        assertTrue(facts.mayBeSame("Sam Ode", "The Harbourline Ferry Company"), facts.speakers.keySet().toString());
        assertFalse(facts.mayBeSame("Lee Marr", "The Harbourline Ferry Company"), facts.speakers.keySet().toString());
    }

    @Test
    void itsOfficerBelongsToTheBodyNamedBeforeAQuoteThatNamesAPlace() throws Exception {
        Facts facts = InventedArticles.facts("""
                Hedge cutting row

                Residents of Marlow Green say the hedges were cut in nesting season.

                The contractor, Ashdown Verges of Tilby, rejected the claim. "Our teams were nowhere near Marlow Green in April, and our logs show it," its operations director, Kay Renn, said in a statement.

                A posting on X had said the work was done at night.
                """);
        assertTrue(facts.mayBeSame("Kay Renn", "Ashdown Verges"), facts.speakers.keySet().toString());
    }

    @Test
    void anOfficeWithNoBodyNamedIsNeverBesideABody() throws Exception {
        Facts facts = InventedArticles.facts("""
                Shareholders revolt at Brindle Foods

                Brindle Foods said profits had fallen by a fifth.

                The chair, Rosa Lind, said the board would listen to investors.

                Area Manager Tom Fisk said the Kelso plant would stay open.

                The Grain Growers' Union said jobs were at risk.
                """);
        assertTrue(facts.mayBeSame("Rosa Lind", "Brindle Foods"), facts.speakers.keySet().toString());
        String fisk = facts.speakers.keySet().stream().filter(n -> n.endsWith("Tom Fisk")).findFirst().orElseThrow();
        assertTrue(facts.mayBeSame(fisk, "Brindle Foods"), facts.speakers.keySet().toString());
    }

    @Test
    void aBodyCalledByTheTailOfItsNameOwnsTheOfficerAfterIt() throws Exception {
        Facts facts = InventedArticles.facts("""
                Water warning

                The Eastmoor Public Health Protection Unit said on Friday that two wells were unsafe.

                There have been no illnesses, the health protection unit said. "The water must be boiled," its lead chemist, Dr Ana Sole, told Eastmoor Radio.
                """);
        assertTrue(facts.mayBeSame("Ana Sole", "The Eastmoor Public Health Protection Unit"), facts.speakers.keySet().toString());
        assertFalse(facts.mayBeSame("Ana Sole", "Eastmoor Radio"), facts.speakers.keySet().toString());
    }

    @Test
    void itsPointsPastABodyNamedInsideAQuoteToTheBodyCalledByItsHeadNoun() throws Exception {
        Facts facts = InventedArticles.facts("""
                Pram recall

                Merrow Prams said the fault affected one model.

                The Tarn Product Safety Board ordered the recall on Monday. The board said its tests had found the brake failed. "Parents should contact Merrow for a free part," its chief executive, Ada Kell, said on Tuesday.
                """);
        assertTrue(facts.mayBeSame("Ada Kell", "The Tarn Product Safety Board"), facts.speakers.keySet().toString());
        assertFalse(facts.mayBeSame("Ada Kell", "Merrow Prams"), facts.speakers.keySet().toString());
    }
}
