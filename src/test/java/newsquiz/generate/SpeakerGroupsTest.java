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
}
