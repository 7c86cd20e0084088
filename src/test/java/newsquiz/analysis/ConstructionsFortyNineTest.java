package newsquiz.analysis;

import static newsquiz.analysis.InventedText.analyze;
import static newsquiz.analysis.InventedText.saying;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The constructions eval-blind54 and its review showed at stop 49, in invented text: engineers who found crumbling
 * concrete on a floor report no finding, as inspectors who found corroded plates do not; "Eldenholme Patients' Voice"
 * is one name across its plural possessive, whatever the word after it; "Nobody … has had a harder winter than our
 * crews" boasts by comparison and denies nothing; an owners' group is not "the firm"; "Rossby Broadband Now" is one name,
 * "Now" and all; and neither "Thousands" opening the lede nor the district "in rural Rossby" is the company that said it.
 */
class ConstructionsFortyNineTest {

    @Test
    void engineersWhoFoundCrumblingConcreteReportNoFinding() throws Exception {
        var all = analyze("The trust said the car park needs about 2.4 million crowns of repairs, after engineers found crumbling "
                + "concrete on its top two floors in the autumn of 2030.");
        assertEquals(1, all.size(), all.toString());
        assertTrue(all.stream().noneMatch(a -> a.source().equalsIgnoreCase("engineers")), all.toString());
    }

    @Test
    void aPluralPossessiveIsInsideTheName() throws Exception {
        var all = analyze("The patients' group Tolworth Patients' Voice said the trust made a profit of 3 million crowns a year.");
        assertEquals("Tolworth Patients' Voice", saying(all, "3 million").source());
    }

    @Test
    void aBoastByComparisonIsNoDenial() throws Exception {
        var all = analyze("\"Nobody in this borough has had a harder winter than our crews,\" said the firm's managing director, Dan Hembry. "
                + "\"No image in that paper was copied to make a result look better than it was,\" said Ann Cole.");
        assertEquals(Stance.ASSERT, saying(all, "harder winter").stance());
        assertEquals(Stance.DENY, saying(all, "No image").stance());
    }

    @Test
    void anOwnersGroupIsNoFirm() throws Exception {
        var all = analyze("The council hired the enforcement firm Vexmoor Patrols in April 2031. The owners' group Mossby Paws said the "
                + "wardens were paid a bonus for every fine they issued. The firm said the suggestion was false, and that its wardens "
                + "were paid a fixed hourly wage.");
        assertEquals("Vexmoor Patrols", saying(all, "hourly wage").source());
    }

    @Test
    void nowEndingACampaignsNameIsPartOfIt() throws Exception {
        var all = analyze("The campaign group Rossby Broadband Now said only 900 homes had been connected so far.");
        assertEquals("Rossby Broadband Now", saying(all, "900 homes").source());
    }

    @Test
    void thousandsOfHomesInARuralDistrictAreNoSource() throws Exception {
        var all = analyze("Thousands of homes in rural Rossby will wait until the middle of 2034 for full-fibre broadband, the company "
                + "building the network said on Friday. Tarn Fibre said the delay had been caused by a shortage of engineers.");
        String source = saying(all, "middle of 2034").source();
        assertTrue(!source.equals("Thousands") && !source.equals("Rossby"), source);
    }
}
