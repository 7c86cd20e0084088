package newsquiz.analysis;

import static newsquiz.analysis.InventedText.analyze;
import static newsquiz.analysis.InventedText.saying;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The constructions eval-blind51 and its review showed at stop 48, in invented text: a body that oversees broadcasters
 * is no broadcaster, whatever its first word; a chain of cinemas is a business, not a person, and "the company" after
 * it speaks for it; "Friends of the Lido" and "Save Marlow Baths" are campaigns; a cut felt is no opinion, and
 * inspectors who found corroded plates in a hull report no finding.
 */
class ConstructionsFortyEightTest {

    @Test
    void aRegulatorOfBroadcastersIsNoOutlet() throws Exception {
        var all = analyze("The Broadcast Licensing Authority said the station had made 20 hours of its own programmes in May.");
        assertEquals(SourceType.ORGANIZATION, saying(all, "20 hours").sourceType());
    }

    @Test
    void aCinemaChainIsABusinessAndTheCompanyAfterItIsIt() throws Exception {
        var all = analyze("The Regal in Tonbury will close in March. Its owner, Harwick Cinemas, has sold the building to Pellow "
                + "Estates, which plans to build flats. Harwick said on Friday that the price was 2 million crowns. Nine staff will "
                + "lose their jobs, the company said.");
        assertEquals(SourceType.ORGANIZATION, saying(all, "2 million").sourceType());
        assertEquals("Harwick Cinemas", saying(all, "Nine staff").source());
    }

    @Test
    void friendsOfAPlaceAndSaveAPlaceAreCampaigns() throws Exception {
        var all = analyze("The Friends of the Lido, a group formed last year, said the pool was making money. A group calling "
                + "itself Save Marlow Baths said the pool had 40,000 visitors.");
        assertEquals(SourceType.ORGANIZATION, saying(all, "making money").sourceType());
        assertEquals(SourceType.ORGANIZATION, saying(all, "40,000 visitors").sourceType());
    }

    @Test
    void aThingFeltIsNoOpinion() throws Exception {
        var all = analyze("Some islanders will feel the cut more than others. Many islanders feel the council has let them down.");
        assertTrue(all.stream().noneMatch(a -> a.content().contains("more than others")), all.toString());
        assertEquals(Stance.OPINION, saying(all, "let them down").stance());
    }

    @Test
    void inspectorsWhoFoundThingsSomewhereReportNoFinding() throws Exception {
        var all = analyze("The ferry was withdrawn because inspectors found corroded plates in her hull during a survey. Engineers "
                + "found that cracks were spreading in the deck.");
        assertTrue(all.stream().noneMatch(a -> a.content().contains("corroded plates")), all.toString());
        assertEquals("Engineers", saying(all, "cracks were spreading").source());
    }
}
