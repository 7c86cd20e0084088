package newsquiz.analysis;

import static newsquiz.analysis.InventedText.analyze;
import static newsquiz.analysis.InventedText.saying;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The constructions eval-blind36 showed at stop 38, in invented text: denials with no verb of denial ("nothing whatsoever in
 * the story", "hit back at those numbers", "went straight at the story", "gave that short shrift", "answered that one …:",
 * "much the same thing:", "went further, saying"), admissions under a frame of candour, talk and people of a town as
 * sources, and the referents a careful reader gives "he", "Ms …" and "the parish council".
 */
class ConstructionsThirtyEightTest {



    @Test
    void nothingWhatsoeverInTheStoryDeniesIt() throws Exception {
        var all = analyze("Word has gone round that the clinic will close. The manager, Ottilie Brand, told the Courier there was "
                + "\"nothing whatsoever\" in the story.");
        assertEquals(Stance.DENY, saying(all, "in the story").stance());
    }

    @Test
    void aRetortToldByHitBackDeniesWithItsParticiple() throws Exception {
        var all = analyze("Residents say tipper traffic has doubled to 300 a week. Carrowby Haulage hit back at those numbers, "
                + "saying its logs show 140 tippers a week.");
        Attribution logs = saying(all, "logs show 140 tippers");
        assertEquals(Stance.DENY, logs.stance());
        assertEquals("Carrowby Haulage", logs.source());
    }

    @Test
    void theCompanyIsTheTradingNameNotTheResidentsGroup() throws Exception {
        var all = analyze("The Fenwick Lanes Group says traffic from Pollard Aggregates has doubled. The group also blames "
                + "quarry blasting for a crack in the church wall. The company answered that its blasting could not have caused it.");
        Attribution answer = saying(all, "could not have caused it");
        assertEquals("Pollard Aggregates", answer.source());
        assertEquals(Stance.DENY, answer.stance());
    }

    @Test
    void whatACandidSpeakerSaysIsOwnedUp() throws Exception {
        var all = analyze("A quarry worker said loading had allegedly begun at night. The county's libraries manager, Barnaby "
                + "Quist, was candid about why: the boiler missed its service, he said, and a valve seized as a result.");
        Attribution boiler = saying(all, "the boiler missed its service");
        assertEquals("Barnaby Quist", boiler.source());
        assertEquals(Stance.CONFIRM, boiler.stance());
        var open = analyze("His niece, Rosalind Penhale, spoke after the funeral. Ms Penhale was open about the shop's finances. "
                + "\"We have lost money for three years. I won't pretend otherwise,\" she said.");
        assertEquals(Stance.CONFIRM, saying(open, "We have lost money").stance());
    }

    @Test
    void msWithASharedSurnameIsTheWomanTheArticleDescribes() throws Exception {
        var all = analyze("Tobiah Gawne, a ferryman, has died aged 90. His daughter, Morwenna Gawne, said the rumours were untrue. "
                + "A neighbour said Mr Gawne had reportedly promised the boat to the village. Ms Gawne said the boat would stay "
                + "in the family.");
        assertEquals("Morwenna Gawne", saying(all, "the boat would stay").source());
    }

    @Test
    void theParishCouncilIsNotTheHealthBoardNamedBefore() throws Exception {
        var all = analyze("The Eastmoor Health Board said the surgery contract runs until 2031. A leaflet claimed the recycling "
                + "bins would go. The parish council says the bins are simply moving to the hall car park.");
        Attribution bins = saying(all, "simply moving");
        assertEquals("The parish council", bins.source());
        assertNotEquals("Eastmoor Health Board", bins.source());
    }

    @Test
    void talkAndSomeInTheTownAreSources() throws Exception {
        var all = analyze("Talk in the harbour pubs has it that the yard has been sold to a marina firm. Some in the town have "
                + "suggested the harbour board never valued the yard.");
        assertEquals("Talk in the harbour pubs", saying(all, "has been sold to a marina").source());
        assertTrue(saying(all, "never valued the yard").anonymous());
    }

    @Test
    void neverHearingOfAnySuchPlanDeniesIt() throws Exception {
        var all = analyze("An apprentice said the owner had reportedly promised the shed to his staff. His daughter, Elspeth Rowe, "
                + "said she had never heard her father mention any such plan.");
        assertEquals(Stance.DENY, saying(all, "any such plan").stance());
    }

    @Test
    void goingStraightAtAStoryDeniesIt() throws Exception {
        var all = analyze("The council leader, Councillor Ada Winslade, went straight at the story repeated in every cafe, that "
                + "the market hall has already been sold.");
        Attribution story = saying(all, "already been sold");
        assertEquals(Stance.DENY, story.stance());
        assertEquals("Ada Winslade", story.source());
    }

    @Test
    void informedAndConfessedAreCues() throws Exception {
        var all = analyze("Mr Varley also informed the chamber that the hall is listed Grade I. Mrs Winslade confessed that the "
                + "consultation had been too short.");
        assertTrue(saying(all, "the hall is listed Grade I").content().startsWith("the hall"), all.toString());
        assertEquals(Stance.CONFIRM, saying(all, "consultation had been too short").stance());
    }

    @Test
    void muchTheSameThingAfterADenialIsAnotherDenial() throws Exception {
        var all = analyze("\"Nothing has been signed and nothing has been sold,\" said the leader, Ada Winslade. Corin Blythe, the "
                + "buyer's director, told the Gazette much the same thing: his company had made an offer and there was no deal.");
        Attribution same = saying(all, "had made an offer");
        assertEquals(Stance.DENY, same.stance());
        assertTrue(same.content().startsWith("his company"), same.content());
    }

    @Test
    void aReplyAimedAtAClaimThenAColonGivesTheOtherVersion() throws Exception {
        var all = analyze("One officer, who asked not to be named, told the Gazette that the valuation had allegedly taken an "
                + "afternoon. The finance director, Prudence Hale, answered that one from the bench: the valuation took eleven days.");
        Attribution answer = saying(all, "took eleven days");
        assertEquals(Stance.DENY, answer.stance());
        assertTrue(answer.content().startsWith("the valuation"), answer.content());
    }

    @Test
    void thatNumberFarTooHighIsAVerdictOnTheFigure() throws Exception {
        var all = analyze("Local anglers put the figure at more than 5,000. Dr Ingrid Sallis said that number was far too high, "
                + "since her teams had counted every bank.");
        Attribution figure = saying(all, "far too high");
        assertEquals(Stance.DENY, figure.stance());
        assertTrue(figure.content().startsWith("that number"), figure.content());
    }

    @Test
    void goingFurtherAfterADenialDeniesButAReportGoingFurtherDoesNot() throws Exception {
        var all = analyze("The practice manager, Ottilie Brand, said the story was untrue. The Eastmoor Health Board went further, "
                + "saying the contract runs until 2031.");
        assertEquals(Stance.DENY, saying(all, "runs until 2031").stance());
        var report = analyze("The bank said the rumours were untrue. The tabloid Vox went further, reporting that the governor had "
                + "threatened to resign.");
        assertNotEquals(Stance.DENY, saying(report, "threatened to resign").stance());
    }

    @Test
    void aRejectionWithAParticleEndsAtItsObject() throws Exception {
        var all = analyze("Some in the town have suggested the board never valued the yard. The chair, Linus Pray, took exception "
                + "to that, saying the board had paid for repairs in 2019.");
        Attribution reason = saying(all, "had paid for repairs");
        assertTrue(reason.content().startsWith("the board had paid"), reason.content());
        assertEquals(Stance.DENY, reason.stance());
    }
}
