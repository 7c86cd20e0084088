package newsquiz.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReadableTest {
    @Test
    void themNeedsSomeoneNamedBeforeIt() {
        assertTrue(Readable.unresolvedThem("The ruling had complicated them"));
        assertFalse(Readable.unresolvedThem("Staff were trained to help members, not to trap them"));
        assertFalse(Readable.unresolvedThem("The council will repair the roofs before winter"));
    }

    @Test
    void aChoiceWithALostReferentOrACutIsRefused() {
        assertEquals(Optional.of("them out of context"), Readable.choiceProblem("The delay had cost them the contract"));
        assertEquals(Optional.of("cut off"), Readable.choiceProblem("The minister said that the plan would go ahead and"));
        assertEquals(Optional.empty(), Readable.choiceProblem("The bridge will reopen to traffic in March"));
    }
}
