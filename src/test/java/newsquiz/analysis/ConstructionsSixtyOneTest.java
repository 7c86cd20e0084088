package newsquiz.analysis;

import static newsquiz.analysis.InventedText.analysis;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Written at stop 61 from the teachers' reviews of eval-blind78 and 79, before eval-blind80 and 81 were read.
 * <ul>
 * <li>"The county's Rivers Agency said …": "county's" says whose the agency is and describes nothing alone; it was the
 * agency's description, so the yarlstone explanations ended "… comes from Rivers Agency, the county's."</li>
 * </ul>
 */
class ConstructionsSixtyOneTest {

    @Test
    void anOwnerBeforeANameIsNoDescription() throws Exception {
        var analysis = analysis("The county's Rivers Agency said the field was in the lowest band of flood risk. Its chief "
                + "engineer, Ivo Rand, said boreholes found the water table four metres down.");
        var agency = analysis.sources().stream().filter(s -> s.name().equals("Rivers Agency")).findFirst().orElseThrow();
        assertEquals(List.of(), agency.descriptions(), analysis.sources().toString());
    }
}
