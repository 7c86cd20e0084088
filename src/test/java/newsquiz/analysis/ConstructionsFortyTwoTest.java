package newsquiz.analysis;

import static newsquiz.analysis.InventedText.analysis;
import static newsquiz.analysis.InventedText.analyze;
import static newsquiz.analysis.InventedText.saying;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The constructions eval-blind41 showed at stop 42, in invented text: a pronoun's aside with an outlet the tagger reads as a
 * verb, "called the strike" (set going, not judged), bodies of a kind in the plural, a chamber as a body, and the speaker's
 * own side cleared after their rejection; and the statements next to them that stay what they are.
 */
class ConstructionsFortyTwoTest {

    @Test
    void anAsideSpokenToAnOutletKeepsTheSubjectAndPredicateTogether() throws Exception {
        var all = analyze("Tallowby said no customer data had been lost. The file, it said in a statement to Policywire, was "
                + "\"an old test copy\" that held no real names.");
        Attribution file = saying(all, "an old test copy");
        assertTrue(file.content().startsWith("The file"), file.content());
        assertTrue(!file.source().equals("The file"), file.source());
    }

    @Test
    void calledTheStrikeIsNoVerdict() throws Exception {
        var all = analyze("The Harbour Workers' Union called the strike after talks on pay broke down on Tuesday. The premier "
                + "called a snap election for May.");
        assertTrue(all.stream().noneMatch(a -> a.content().contains("strike") || a.content().contains("election")), all.toString());
    }

    @Test
    void aNameForTheEventCalledStaysAVerdict() throws Exception {
        var all = analyze("Opposition leader Mara Quill called the strike illegal. She called the vote \"a disgrace\".");
        assertEquals(Stance.OPINION, saying(all, "illegal").stance());
        assertEquals(Stance.OPINION, saying(all, "disgrace").stance());
    }

    @Test
    void bodiesOfAKindInThePluralSpeak() throws Exception {
        var all = analyze("Patients' groups said the row over the figures missed the point. Campaign groups said the plan was "
                + "unfair, and energy companies said prices would rise.");
        assertEquals("Patients' groups", saying(all, "missed the point").source());
        assertEquals("Campaign groups", saying(all, "was unfair").source());
        assertEquals("energy companies", saying(all, "prices would rise").source().toLowerCase());
    }

    @Test
    void aPluralThatIsNoBodyStaysSilent() throws Exception {
        var all = analyze("Heavy rains said little about the coming season, farmers joked.");
        assertTrue(all.stream().noneMatch(a -> a.source().toLowerCase().contains("rains")), all.toString());
    }

    @Test
    void aChamberIsABody() throws Exception {
        Analysis a = analysis("In a report published on Tuesday, the National Audit Chamber said waiting lists had grown by 40 "
                + "percent. The chamber said the figures came from hospital records.");
        assertEquals(SourceType.ORGANIZATION, a.sources().stream().filter(e -> e.name().equals("National Audit Chamber"))
                .findFirst().orElseThrow(() -> new AssertionError(a.sources().toString())).type());
    }

    @Test
    void theSpeakersOwnSideClearedAfterTheirRejectionIsADenial() throws Exception {
        var all = analyze("Tarn Post reported on Monday that clinics had been told to drop patients from waiting lists. \"That is "
                + "not the case,\" a ministry spokeswoman said. The clinics association also rejected the claim, saying the checks "
                + "were routine. Later on Tuesday, the head of the trust that runs Orrin General dismissed the Tarn Post report as "
                + "\"a rumour dressed up as news\". Her trust had not removed a single patient without a clinical review, she said.");
        assertEquals(Stance.DENY, saying(all, "had not removed a single patient").stance());
    }

    @Test
    void aNegationOfTheSpeakersOwnSideWithNoRejectionBeforeStaysAnAccount() throws Exception {
        var all = analyze("The head of the trust that runs Orrin General spoke to staff on Monday. Her trust had not filled a "
                + "single nursing post since June, she said.");
        assertEquals(Stance.ASSERT, saying(all, "had not filled a single nursing post").stance());
    }
    @Test
    void theBodyDescribedInFullIsWhatItsShortNameMeans() throws Exception {
        var all = analyze("An inspector from the regional environment agency, Athol Madd, visited Quarry Row last week. A post "
                + "claimed that the agency had ordered the smelter to close. It has not, and the agency said no such order was "
                + "being considered.");
        assertEquals("the regional environment agency", saying(all, "no such order").source());
    }
    @Test
    void aCauseWeighedIsNoForecast() throws Exception {
        var all = analyze("The plant manager said the dust was more likely to come from the bypass building site half a mile away. "
                + "A spokesman said prices were likely to rise next year.");
        assertEquals(Stance.ASSERT, saying(all, "more likely to come from").stance());
        assertEquals(Stance.PREDICT, saying(all, "likely to rise").stance());
    }
    @Test
    void neverInItsLifeAndNotOneOfOurOwnAreDenials() throws Exception {
        var all = analyze("A trader, Ostby Trading, told the paper it \"has never bought or sold safflower in its life.\" \"We have "
                + "read the article twice,\" said managing director Fergal Drummond, \"and there is not one cask in our warehouses "
                + "that came from anyone else's still.\"");
        assertEquals(Stance.DENY, saying(all, "safflower").stance());
        assertEquals(Stance.DENY, saying(all, "not one cask").stance());
    }

    @Test
    void notOneOfSomethingElseStaysAnAccount() throws Exception {
        var all = analyze("Passengers said not one bus on the route had arrived on time all week.");
        assertEquals(Stance.ASSERT, saying(all, "not one bus").stance());
    }
    @Test
    void notThoseWordsOrAnythingLikeThemIsADenial() throws Exception {
        var all = analyze("A foreman told the court that the site owner had said \"harnesses slow you down\". The owner, Hadrian "
                + "Morlock, said he had not spoken those words or anything like them.");
        assertEquals(Stance.DENY, saying(all, "anything like them").stance());
    }
    @Test
    void aGridIsABodyAndItsDescriptionNamesIt() throws Exception {
        var all = analyze("Supply was lost to about 1.4 million homes, according to the grid operator, Westmarch Grid. Posts claimed "
                + "that a foreign hacking group had switched off the region. The grid operator called the hacking claim \"pure "
                + "fantasy\".");
        assertEquals("Westmarch Grid", saying(all, "pure fantasy").source());
    }
    @Test
    void wholesaleBeforeItsNounIsPartOfWhatWasSaid() throws Exception {
        var all = analyze("The regulator said wholesale gas prices had fallen 9 percent since October. The union rejected wholesale "
                + "the plan to close the depot.");
        assertTrue(saying(all, "gas prices had fallen").content().startsWith("wholesale gas prices"), all.toString());
    }
}
