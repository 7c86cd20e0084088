package newsquiz.analysis;

import static newsquiz.analysis.InventedText.analyze;
import static newsquiz.analysis.InventedText.saying;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The constructions eval-blind37 showed at stop 39, in invented text: a plain "said" whose positive words answer an unnamed,
 * hedged or contested claim just made ("every brake had been tested"), a correction told by its frame ("was quick to
 * correct that, saying …") and a count judged a miscount; and the statements next to them that stay what they are.
 */
class ConstructionsThirtyNineTest {

    @Test
    void aPositiveAnswerToAnUnnamedHedgedClaimDeniesIt() throws Exception {
        var all = analyze("A former driver, who asked not to be named, told the Gazette that the brakes on the buses had reportedly "
                + "been switched off to save money. The operator's chief engineer, Rowena Quist, said every brake on the fleet had "
                + "been tested each week this year.");
        Attribution tested = saying(all, "every brake on the fleet");
        assertEquals("Rowena Quist", tested.source());
        assertEquals(Stance.DENY, tested.stance());
    }

    @Test
    void aPositiveAnswerToAClaimedFigureTakesUpItsNumber() throws Exception {
        var all = analyze("Dr Amos Trell claimed that 23 patients who left the trial had been dropped from the results. "
                + "Professor Ilse Varga said all 23 were counted in the main analysis.");
        assertEquals(Stance.DENY, saying(all, "all 23 were counted").stance());
    }

    @Test
    void aPlanAfterAContestedClaimAnswersNothing() throws Exception {
        var all = analyze("A parent, who asked not to be named, said the canteen had reportedly served out-of-date meat. "
                + "The headteacher, Moira Penhale, said the school would check every meat delivery from now on.");
        assertEquals(Stance.ASSERT, saying(all, "would check every meat delivery").stance());
    }

    @Test
    void aPlainStatementAfterAPlainNamedOneIsNoAnswer() throws Exception {
        var all = analyze("Councillor Dafydd Rees said the bridge had carried 9,000 cars a day before it closed. "
                + "The county engineer, Hester Lowe, said every span of the bridge was inspected last year.");
        assertEquals(Stance.ASSERT, saying(all, "every span").stance());
        // (Stop 40: another account of what someone unnamed passed on hedged answers it, settling words or none: "the fire had
        // started in a tumble dryer" after "had reportedly started in the kitchen" is now a denial, as eval-blind37's and
        // eval-blind38's gold have it. An account of something else after such a claim is still none.)
        var otherMatter = analyze("A neighbour, who did not want to be named, said the fire had reportedly started in the kitchen. "
                + "The fire service's station manager, Idris Pell, said crews had arrived within six minutes.");
        assertEquals(Stance.ASSERT, saying(otherMatter, "within six minutes").stance());
    }

    @Test
    void aCorrectionToldByItsFrameDeniesWithItsParticiple() throws Exception {
        var all = analyze("A review on a music blog claimed ticket sales were down by half. Ms Odile Farr was quick to correct that, "
                + "saying the festival had sold 12,400 tickets.");
        Attribution sold = saying(all, "sold 12,400 tickets");
        assertEquals("Odile Farr", sold.source());
        assertEquals(Stance.DENY, sold.stance());
    }

    @Test
    void aCountJudgedAMiscountIsDenied() throws Exception {
        var all = analyze("Residents say this is the fourth flood on the estate in two years. The developer's director, Linnea Hart, "
                + "said that was simply a miscount.");
        assertEquals(Stance.DENY, saying(all, "simply a miscount").stance());
    }

    @Test
    void aTitledPersonStaysAPersonAfterAnItsNearby() throws Exception {
        var all = analyze("Hearthwell's customer director, Augustin Penrice, said the records show one cancellation. The other two "
                + "visits were moved at the customer's own request, he said. Mr Penrice said the forum thread was wrong. Its parent "
                + "company, Greatrex Group, said in a statement that Hearthwell's finances were healthy.");
        assertEquals("Augustin Penrice", saying(all, "The other two visits").source());
    }

    @Test
    void sheAfterAPersonJustNamedIsThatPersonNotAnEarlierSpokeswoman() throws Exception {
        var all = analyze("A Hearthwell spokeswoman said no such instruction had ever existed. Hearthwell says it will also pay "
                + "Mrs Mavis Kettlewood £50 as a goodwill gesture. She remains unimpressed. \"A refund is not an apology,\" she said.");
        assertEquals("Mavis Kettlewood", saying(all, "A refund is not an apology").source());
    }

    @Test
    void aColumnIsASourceAndAnAnswerToItDeniesIt() throws Exception {
        var all = analyze("A column in a national newspaper on Monday said the survey had been paid for by Brisket Foods. Professor "
                + "Ilse Varga said the survey was paid for entirely by a council grant.");
        assertEquals("A column in a national newspaper", saying(all, "had been paid for by Brisket Foods").source());
        assertEquals(Stance.DENY, saying(all, "paid for entirely").stance());
    }

    @Test
    void saidFlatlyThatLeavesTheAdverbOutOfWhatWasSaid() throws Exception {
        var all = analyze("A flyer claimed the library would be sold to Culverhay Homes. Maelle Gillow, land director at Culverhay "
                + "Homes, said flatly that the company had never made an offer for the library.");
        Attribution never = saying(all, "had never made an offer");
        assertEquals("the company had never made an offer for the library", never.content());
        assertEquals(Stance.DENY, never.stance());
    }

    @Test
    void aClaimCalledFantasyIsDenied() throws Exception {
        var all = analyze("A thread on a forum claimed the firm was about to stop trading. Mr Osric Penn said the thread was "
                + "\"fantasy\".");
        assertEquals(Stance.DENY, saying(all, "fantasy").stance());
    }

    @Test
    void aFireAndRescueServiceKeepsItsWholeName() throws Exception {
        var all = analyze("The fire started in a stack of paper. Hartmoor Fire and Rescue says nobody was hurt.");
        assertEquals("Hartmoor Fire and Rescue", saying(all, "nobody was hurt").source());
    }

    @Test
    void anUnnamedSpokeswomanAnswersForHerBody() throws Exception {
        var all = analyze("A member of the team, speaking on condition of anonymity, said results had reportedly not been checked "
                + "before publication. A university spokeswoman said every result had been checked twice.");
        assertEquals(Stance.DENY, saying(all, "every result had been checked twice").stance());
    }

    @Test
    void anInsistenceRightAfterAnotherClaimDeniesIt() throws Exception {
        var all = analyze("Mr Tiberius Attwater also said the cut was simply a way to pay for the new bottling plant. Mrs Berenike "
                + "Quaife was firm that the plant was paid for two years ago.");
        assertEquals(Stance.DENY, saying(all, "the plant was paid for two years ago").stance());
    }

    @Test
    void aBodysSpokesmanSayingItsDenialAgainInMoreWordsDeniesToo() throws Exception {
        var all = analyze("Mrs Mavis Kettlewood told the Watchdog that engineers had cancelled on her three times. Hearthwell Home "
                + "Services has contradicted her claim, saying its records show only one cancellation. Hearthwell's customer "
                + "director, Augustin Penrice, said the company's records show one cancellation, caused by an engineer's illness.");
        assertEquals(Stance.DENY, saying(all, "caused by an engineer's illness").stance());
    }

    @Test
    void theClaimAsFirstMadeAfterItsRetractionIsNoAnswerToIt() throws Exception {
        var all = analyze("A Brookhaven councillor has withdrawn her claim that the former bus depot is contaminated with asbestos, "
                + "saying she had misread a survey report. Councillor Denise Farrant told a planning committee meeting last month "
                + "that the site contained dangerous levels of asbestos and should not be built on.");
        assertEquals(Stance.ASSERT, saying(all, "should not be built on").stance());
    }
}
