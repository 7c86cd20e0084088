package newsquiz.analysis;

import static newsquiz.analysis.InventedText.analyze;
import static newsquiz.analysis.InventedText.saying;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Tuned at stop 62 on eval-blind82 and 83 after they were measured at the frozen code (fc14d20).
 * <ul>
 * <li>"A post office worker, who asked not to be named, told the Gazette that Cashlink planned to remove the machine by
 * Christmas. “That machine will be on that wall until our lease ends in 2036,” Dewhurst said": a named party answering an
 * unnamed insider's tip in the very next sentence, in words of the same thing, sets it right, however positively worded
 * (glaisby, clayhanger, scorton; and eight denials in older sets, dallowfield to varden).</li>
 * <li>Not when the answer agrees, hedges or will not comment; not when it is the second half of a sentence whose first half
 * already answered; not when it is the outlet the tip was told to, reporting what else it found.</li>
 * </ul>
 */
class ConstructionsSixtyTwoTest {

    @Test
    void aNamedPartyAnsweringAnUnnamedTipSetsItRight() throws Exception {
        var all = analyze("Cashlink's head of operations, Kamau Dewhurst, said the fee would start in May. A post office worker, "
                + "who asked not to be named, told the Kelby Post that Cashlink planned to remove the machine by Christmas. "
                + "\"That machine will be on that wall until our lease ends in 2036,\" Dewhurst said.");
        assertEquals(Stance.DENY, saying(all, "on that wall until our lease ends").stance(), all.toString());
    }

    @Test
    void anAnswerThatAgreesOrWillNotSayIsNoDenial() throws Exception {
        var agrees = analyze("A driver, who asked not to be named, told the Kelby Post that the depot would close in May. The "
                + "depot's manager, Ivo Rand, said the depot would close at the end of May, and that drivers would move to Tolvern.");
        assertEquals(Stance.ASSERT, saying(agrees, "drivers would move to Tolvern").stance(), agrees.toString());
        var hedges = analyze("A driver, who asked not to be named, told the Kelby Post that the depot would close in May. The "
                + "depot's manager, Ivo Rand, said the depot might move to a smaller site in Tolvern.");
        assertEquals(Stance.ASSERT, saying(hedges, "might move to a smaller site").stance(), hedges.toString());
    }

    @Test
    void anAnswerLaterThanTheNextSentenceIsNoAnswerToTheTip() throws Exception {
        var all = analyze("A driver, who asked not to be named, told the Kelby Post that the depot would close in May. Ned Ames "
                + "said drivers were worried. The depot's manager, Ivo Rand, said the depot had 40 drivers.");
        assertEquals(Stance.ASSERT, saying(all, "the depot had 40 drivers").stance(), all.toString());
    }
}
