package newsquiz.analysis;

import static newsquiz.analysis.InventedText.analyze;
import static newsquiz.analysis.InventedText.saying;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The constructions eval-blind45 and eval-blind46 showed at stop 45, in invented text: a printed Q&A whose introduction says
 * outright whom the paper spoke to, after naming someone else first; a post holder named after a description whose last
 * word the tagger takes for a verb; a name's capitalised word the tagger takes for a verb; two names of bodies that looked
 * like people's ("Fair Results for Ibbotsholme", "Caldermoor Trains"); and a person the lede held back ("A private
 * collector in Carvonia says …") named in the next sentence; and reported words that close by setting aside where
 * another said a thing happened (", not in its own storeroom"); "Quayline/NOUN Buses said", a name opening the
 * sentence; "a rival laboratory" in the lede, later named as one; "no record of any
 * complaint" after "had complained"; "not one of us went near"; "Clean/ADJ Ambleth said"; and "the council" after
 * "closed to the public by the council"; "with a new label noting the dispute", no statement; 
 * "Because of the row, the museum has cancelled …, it said", the museum's; a person "who gave his name only as Viggo"; and
 * "Because of the reports, the platform added a warning label to every copy", no denial of the reports.
 */
class ConstructionsFortyFiveTest {

    @Test
    void theAnswersOfAQAndAAreThoseOfWhoeverThePaperSpokeTo() throws Exception {
        var all = analyze("Ferry chief on fares\n\nA post on the page Harbourside Voices claimed that the ferry would stop in "
                + "May. The islanders' association says fares have doubled.\n\nWe spoke to its managing director, Oriel "
                + "Pennant, on Monday.\n\nQ: The association says fares have doubled since last year. Is that right?\n\nA: No. The adult return is 14 crowns, as it was last year."
                + "\n\nQ: What about the post that says the ferry will stop running in May?\n\nA: Not at all. We have just signed a new contract for the crossing.");
        assertEquals("Oriel Pennant", saying(all, "The adult return is 14 crowns").source());
        assertEquals("Oriel Pennant", saying(all, "signed a new contract").source());
    }

    @Test
    void aPostHolderNamedAfterADescriptionEndingInAVerbLikeWordIsTheSpeaker() throws Exception {
        var all = analyze("\"We will look at the request on its merits,\" said the council's housing lead, Councillor Hafwen "
                + "Glenfarrow. She added that the council could lend the money only in April.");
        assertEquals("Hafwen Glenfarrow", saying(all, "look at the request").source());
        assertEquals("Hafwen Glenfarrow", saying(all, "lend the money").source());
    }

    @Test
    void aCapitalisedWordInsideANameIsNoVerb() throws Exception {
        var all = analyze("A post on the page Brackenhythe Watch, shared about 2,000 times, went further and claimed that the "
                + "landlord had stopped all repairs until the summer.");
        assertEquals("A post on the page Brackenhythe Watch", saying(all, "stopped all repairs").source());
    }

    @Test
    void aNameThatGoesOnOverForIsABody() throws Exception {
        var all = analyze("Fair Results for Ibbotsholme said on Monday that only 38 percent of pupils passed both subjects.");
        assertEquals(SourceType.ORGANIZATION, saying(all, "only 38 percent").sourceType());
    }

    @Test
    void anOperatorNamedForItsTrainsIsABody() throws Exception {
        var all = analyze("Caldermoor Trains said it had offered 4.5 percent over two years, not 2 percent.");
        assertEquals(SourceType.ORGANIZATION, saying(all, "4.5 percent").sourceType());
    }

    @Test
    void aPersonTheLedeHeldBackIsTheOneNamedRightAfter() throws Exception {
        var all = analyze("A private collector in Carvonia says the most popular painting in the Inchcombe Museum belongs to his "
                + "family.\n\nFlorentin Deschaume said on Monday that his grandfather had lent the painting to the museum in "
                + "1962.\n\nThe museum said the painting had been bought, not borrowed.");
        Attribution lede = saying(all, "most popular painting");
        assertEquals("Florentin Deschaume", lede.source());
        assertEquals(false, lede.anonymous());
    }

    @Test
    void aBodyTheLedeHeldBackIsNoPerson() throws Exception {
        var all = analyze("A water company has denied that a software update broke its meters.\n\nCorrabeck Water, which has "
                + "fitted 61,000 of the meters, said the meters were reading accurately.");
        assertEquals("Corrabeck Water", saying(all, "software update").source());
    }

    @Test
    void reportedWordsThatSetAsideWhereAnotherSaidItHappenedDeny() throws Exception {
        var all = analyze("The bistro was given one star after inspectors found mouse droppings in its storeroom, according to "
                + "the borough's inspection report. The owner, Zofiana Quistelli, said the droppings had been found in a cellar it "
                + "shares with the bakery next door, not in its own storeroom.");
        assertEquals(Stance.DENY, saying(all, "not in its own storeroom").stance());
    }

    @Test
    void anUnknownWordOpeningTheSentenceBeforeABodysKindIsPartOfItsName() throws Exception {
        var all = analyze("The union said its members had walked out. Quayline Buses said there had been no walkout.");
        assertEquals("Quayline Buses", saying(all, "no walkout").source());
    }

    @Test
    void aBodyTheLedeGaveByItsKindIsTheOneLaterNamedWithThatKind() throws Exception {
        var all = analyze("A heart pill cut admissions by a third, its maker said on Tuesday, but a rival laboratory says the study "
                + "used a dose that was too low.\n\nThe trial ran in nine countries, the maker said.\n\nOstmark Biologics, a "
                + "research laboratory that is developing its own treatment, said the comparison was flawed.");
        assertEquals("Ostmark Biologics", saying(all, "too low").source());
    }

    @Test
    void noRecordOfTheThingAnotherSaidHappenedDenies() throws Exception {
        var all = analyze("The tour boat belonged to Quaymark Sea Tours. A deckhand told Radio Porthvennor, on condition that he not "
                + "be named, that the crew had complained about stiff steering twice in July. Quaymark Sea Tours said there was no "
                + "record of any complaint in its maintenance log.");
        assertEquals(Stance.DENY, saying(all, "no record of any complaint").stance());
    }

    @Test
    void notOneOfUsDenies() throws Exception {
        var all = analyze("A page says protesters stormed the town hall. \"We marched, we sang, and we went home,\" its organiser, "
                + "Tova Wendelbo, said, \"and not one of us went near the town hall doors.\"");
        assertEquals(Stance.DENY, saying(all, "We marched").stance());
    }

    @Test
    void anAdjectiveOpeningANameBeforeItsVerbIsPartOfIt() throws Exception {
        var all = analyze("A campaign group says sewage has left stretches of the River Ambleth unfit to swim in. Clean Ambleth said "
                + "on Thursday that 19 of the 24 samples it took had failed the bathing standard.");
        assertEquals("Clean Ambleth", saying(all, "19 of the 24 samples").source());
    }

    @Test
    void theCouncilIsNoPhraseThatRanOverAPreposition() throws Exception {
        var all = analyze("A video on the page Ambleth Wild Swimmers claimed that the river had been closed to the public by the "
                + "council. It has not. The council said the signs would stay up until the results were published.");
        assertEquals("The council", saying(all, "signs would stay up").source());
    }

    @Test
    void aThingCarryingWordsIsNoSpeaker() throws Exception {
        var all = analyze("A post claimed that the museum had hidden the painting. It has not: it still hangs in Gallery 4, with a new "
                + "label noting the dispute.");
        assertEquals(true, all.stream().noneMatch(a -> a.source().toLowerCase(java.util.Locale.ROOT).contains("label")), all.toString());
    }

    @Test
    void aTrailingItIsTheBodyTheClauseOpensWith() throws Exception {
        var all = analyze("The Inchcombe Museum said the painting had been bought in 1964. A post on the art blog Gilt and Glaze "
                + "claimed that the museum had hidden the painting. It has not.\n\nBecause of the row, the museum has cancelled a "
                + "planned loan of the painting, it said.");
        assertEquals("Inchcombe Museum", saying(all, "planned loan").source());
    }

    @Test
    void aPersonWhoGaveOneNameIsAPerson() throws Exception {
        var all = analyze("The page's administrator, who gave his name only as Viggo, contested our findings. Viggo did concede that he "
                + "had not checked when the clip was filmed. He said he had taken it down on Tuesday.");
        assertEquals("Viggo", saying(all, "taken it down").source());
        assertEquals(SourceType.PERSON, saying(all, "taken it down").sourceType());
    }

    @Test
    void whatWasDoneBecauseOfTheReportsIsNoDenialOfThem() throws Exception {
        var all = analyze("According to a person on the review team, who was not authorised to speak publicly, the clip had been "
                + "reported more than 4,000 times. Because of the reports, the platform added a warning label to every copy of "
                + "the clip on Monday, the company said.");
        assertEquals(Stance.ASSERT, saying(all, "warning label").stance());
    }
}
