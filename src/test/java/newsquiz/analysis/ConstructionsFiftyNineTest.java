package newsquiz.analysis;

import static newsquiz.analysis.InventedText.analyze;
import static newsquiz.analysis.InventedText.saying;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/**
 * Retorts found by their shape rather than their idiom, written at stop 59 before eval-blind76 and 77 were read, so that the
 * next fresh idiom is caught too. Straight after another source's claim:
 * <ul>
 * <li>a short verdict, then after a colon the speaker's own version, whatever the verdict's words ("its records painted
 * another picture: …", "that was news to its trustees: …"); one that only leads in or approves ("the answer was simple:")
 * does not;</li>
 * <li>a verb phrase whose object points back at what was just said, then ", saying" and the reason ("took that with a pinch of
 * salt, saying …"); one that approves of it ("welcomed that, saying …") does not;</li>
 * <li>the whole of what was said a verdict on "that" ("that was a long way from the truth"); "that was the case" is none.</li>
 * </ul>
 */
class ConstructionsFiftyNineTest {

    @Test
    void aShortVerdictThenAColonAndAnotherVersionDenies() throws Exception {
        var all = analyze("Ivo Rand, a donor, said the sessions were full every time. The agency said its records painted another "
                + "picture: only 186 of the 420 places were filled.");
        assertEquals(Stance.DENY, saying(all, "186 of the 420").stance(), all.toString());
    }

    @Test
    void aVerdictThatOnlyLeadsInDeniesNothing() throws Exception {
        var all = analyze("Ivo Rand, a donor, said the sessions were full every time. The agency said the answer was simple: "
                + "more donors would come on a weekday evening.");
        assertNotEquals(Stance.DENY, saying(all, "weekday evening").stance(), all.toString());
    }

    @Test
    void wordsPointingBackThenSayingDeny() throws Exception {
        var all = analyze("Cai Lund, a driver, said the road had been closed for a week. The police took that with a pinch of "
                + "salt, saying the road had been open since Tuesday.");
        assertEquals(Stance.DENY, saying(all, "open since Tuesday").stance(), all.toString());
    }

    @Test
    void approvingWhatWasJustSaidDeniesNothing() throws Exception {
        var all = analyze("Cai Lund, a driver, said the road needed new lights. The council welcomed that, saying the lights "
                + "would go up in May.");
        assertNotEquals(Stance.DENY, saying(all, "go up in May").stance(), all.toString());
    }

    @Test
    void aBareVerdictOnThatDenies() throws Exception {
        var all = analyze("Gus Hale, a passenger, said the bus would stop running in June. The operator said that was a long "
                + "way from the truth.");
        assertEquals(Stance.DENY, saying(all, "long way from the truth").stance(), all.toString());
    }

    @Test
    void thatBeingTheCaseIsNoVerdict() throws Exception {
        var all = analyze("Gus Hale, a passenger, said the bus would stop running in June. The operator said that was the case "
                + "for now.");
        assertNotEquals(Stance.DENY, saying(all, "the case").stance(), all.toString());
    }
}
