package newsquiz.analysis;

import static newsquiz.analysis.InventedText.analyze;
import static newsquiz.analysis.InventedText.saying;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The constructions eval-blind51 and its review showed at stop 48, in invented text: a body that oversees broadcasters
 * is no broadcaster, whatever its first word; a chain of cinemas is a business, not a person, and "the company" after
 * it speaks for it; "Friends of the Lido" and "Save Marlow Baths" are campaigns; a cut felt is no opinion, and
 * inspectors who found corroded plates in a hull report no finding; where or when set right ("until August 14, not in
 * June") is a denial, but a mistake placed ("a mistake in the release, not in the paper") is not; nor is a condition
 * ("in one year, not two"), though a span of time set right ("six weeks before the decision, not two days") is. "Its
 * chair of trustees" does not answer what the station he chairs said just before.
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

    @Test
    void whereOrWhenSetRightIsADenial() throws Exception {
        var all = analyze("Parents said the mast had been switched on in June. Vossen Mobile said it had not carried a signal until "
                + "August 14, not in June. The firm said the faults were in the software, not in the mast itself.");
        assertEquals(Stance.DENY, saying(all, "until August 14").stance());
        assertEquals(Stance.DENY, saying(all, "in the software").stance());
    }

    @Test
    void aMistakePlacedIsNoDenial() throws Exception {
        var all = analyze("The press release said sick days were halved. \"That was a mistake in the release, not in the paper, and we "
                + "have corrected it,\" said Professor Ada Lusk.");
        assertFalse(saying(all, "mistake in the release").stance() == Stance.DENY);
    }

    @Test
    void aSpanOfTimeSetRightIsADenialButAConditionIsNot() throws Exception {
        var all = analyze("The club said it had been sent the report two days before the decision. The council said the club had "
                + "been sent the report on September 12, six weeks before the decision, not two days.");
        assertEquals(Stance.DENY, saying(all, "six weeks before").stance());
        var offer = analyze("The rail company offered a pay rise of 4.5 percent over three years. The union leader said his members "
                + "would accept 4.5 percent only if it came in one year, not two.");
        assertFalse(saying(offer, "one year, not two").stance() == Stance.DENY);
    }

    @Test
    void itsChairDoesNotAnswerWhatItsOwnBodyJustSaid() throws Exception {
        var all = analyze("The station said the authority had judged it on a single week. Its chair of trustees, Aldhelm Haverthwaite, "
                + "said the authority had never once contacted the station before opening the review.");
        assertEquals(Stance.ASSERT, saying(all, "never once contacted").stance());
    }
}
