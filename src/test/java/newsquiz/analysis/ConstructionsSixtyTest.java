package newsquiz.analysis;

import static newsquiz.analysis.InventedText.analyze;
import static newsquiz.analysis.InventedText.saying;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Retorts with "back", written at stop 60 before eval-blind78 and 79 were read: "fired back that" was a denial, but "shot back
 * that" (the tagger reads "shot" as a noun) and "hit back that" were not even found as speech.
 */
class ConstructionsSixtyTest {

    @Test
    void shotBackThatDenies() throws Exception {
        var all = analyze("Ivo Rand, a driver, said the crews had never tested the alarms. Tolvern Telecom shot back that every "
                + "alarm had been tested before the crews left.");
        assertEquals(Stance.DENY, saying(all, "every alarm had been tested").stance(), all.toString());
    }

    @Test
    void hitBackThatDenies() throws Exception {
        var all = analyze("Ivo Rand, a driver, said the depot would close in May. Tolvern Buses hit back that the depot would stay "
                + "open until 2031.");
        assertEquals(Stance.DENY, saying(all, "stay open until 2031").stance(), all.toString());
    }

    @Test
    void hitBackAtAClaimSayingKeepsTheReasonAlone() throws Exception {
        var all = analyze("Ivo Rand, a driver, said lorries on the lane had doubled. Tolvern Quarry hit back at those numbers, "
                + "saying its logs show 142 lorries a week.");
        assertTrue(all.stream().noneMatch(a -> a.content().startsWith("at those numbers")), all.toString());
    }
}
