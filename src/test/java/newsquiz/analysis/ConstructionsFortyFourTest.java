package newsquiz.analysis;

import static newsquiz.analysis.InventedText.analyze;
import static newsquiz.analysis.InventedText.saying;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The constructions eval-blind43 and eval-blind44 showed at stop 44, in invented text: statements framed as the answer to
 * a claim, a claim's own word set aside ("This is not a closure"), what another said had not happened said to have
 * happened, a figure set right against the one others reported, unnamed people who spoke "on condition that" they were not
 * named, and a few ways a speaker or a clause went missing.
 */
class ConstructionsFortyFourTest {

    @Test
    void aQuoteGivenInAnswerToAnAllegationDenies() throws Exception {
        var all = analyze("The traders alleged that Wendmore Timber had kept a cargo at sea for a month. \"The ship was emptied "
                + "the day she arrived,\" said the harbour company, Orrick Docks, in answer to that allegation.");
        assertEquals(Stance.DENY, saying(all, "The ship was emptied").stance());
    }

    @Test
    void aStatementOpenedInAnswerToClaimsDenies() throws Exception {
        var all = analyze("Union members say six porters were sacked. In answer to claims that the porters had been sacked, the "
                + "hospital said four had retired and two had moved to its other site.");
        assertEquals(Stance.DENY, saying(all, "four had retired").stance());
    }

    @Test
    void almostNoneOfItTrueDenies() throws Exception {
        var all = analyze("The residents' group says 60 buses were cancelled in March. Brindlecombe Coaches says almost none of "
                + "that is true.");
        assertEquals(Stance.DENY, saying(all, "none of that is true").stance());
    }

    @Test
    void aBodyThatAnsweredItsCriticsSayingDenies() throws Exception {
        var all = analyze("Campaigners say the clinic is closing. The regional health office also answered the campaigners, "
                + "saying in a statement that the clinic's budget had been agreed until 2031.");
        assertEquals(Stance.DENY, saying(all, "budget had been agreed").stance());
    }

    @Test
    void theWordAnotherUsedSetAsideDeniesSectionsLater() throws Exception {
        var all = analyze("The board stopped weekend surgery at Harnley Hospital in May, a move campaigners say is a closure by "
                + "the back door. The board says the change was forced on it by a lack of surgeons. The group Save Harnley says "
                + "the board has quietly decided to shut the theatres for good. Its chair, Aveline Roscoe, told Radio Harnley "
                + "that the board's own plans showed no surgeon posts after 2030. \"This is not a closure. Surgery will come back "
                + "at weekends as soon as we have four surgeons,\" said Dr Ambrose Keel, the board's chief executive.");
        assertEquals("campaigners", saying(all, "a closure by the back door").source());
        assertEquals(Stance.DENY, saying(all, "This is not a closure").stance());
    }

    @Test
    void theHeadOfTheCompanyThatJustDeniedGoesOnDenying() throws Exception {
        var all = analyze("The union said 400 jobs would go at the Pellbury plant. The company said 40 roles would change, not "
                + "400. \"There will be no compulsory redundancies at Pellbury. Not this year, not next year,\" said the chief "
                + "executive, Osmund Grieve, on a call with analysts.");
        assertEquals(Stance.DENY, saying(all, "no compulsory redundancies").stance());
    }

    @Test
    void theCompanyIsNotTheChannelItsCriticSpokeTo() throws Exception {
        var all = analyze("Harrowgate Foods said profit fell 10 per cent. A union organiser told the business channel "
                + "Quillstream TV that 300 jobs would go. The company said 30 roles would change, not 300.");
        assertEquals("Harrowgate Foods", saying(all, "30 roles would change").source());
    }

    @Test
    void someoneWhoSpokeOnConditionThatTheyWereNotNamedIsAnUnnamedSource() throws Exception {
        var all = analyze("A midwife at the clinic, who spoke on condition that she was not named, told the Fernby Echo that "
                + "several colleagues had been moved to the city.");
        Attribution a = saying(all, "several colleagues had been moved");
        assertTrue(a.anonymous(), a.toString());
        var deckhand = analyze("A deckhand reportedly told the Harbour Times that bookings had fallen since Easter.");
        assertTrue(saying(deckhand, "bookings had fallen").source().contains("deckhand"));
    }

    @Test
    void sinceAndATimeIsNoClauseBeforeTheVerb() throws Exception {
        var all = analyze("A post shared 5,000 times since Monday claims that the bridge toll has doubled to 8 crowns.");
        assertTrue(saying(all, "the bridge toll has doubled").source().startsWith("A post"));
    }

    @Test
    void aSecondThatClauseInThePassiveStaysWithWhatWasSaid() throws Exception {
        var all = analyze("In a letter to the paper, they said the survey had been paid for by Corbel Seeds, a firm in which the "
                + "college holds a stake, and that the stake had not been declared.");
        assertTrue(saying(all, "paid for by Corbel Seeds").content().contains("the stake had not been declared"));
    }

    @Test
    void aFigureSetRightAgainstTheOneOthersReportedDenies() throws Exception {
        var all = analyze("Ashwell Quarries denied that it had broken any limit. Its manager said the largest blast had measured 3 "
                + "millimetres a second, not the 10 that villagers had reported.");
        assertEquals(Stance.DENY, saying(all, "3 millimetres a second").stance());
    }

    @Test
    void notOneJoinedToAQuoteDenies() throws Exception {
        var all = analyze("The staff council at Pellbury also rejected the Ledger report, saying it had been shown the company's "
                + "staffing plan and that it contained no redundancies. \"I have read every page of that plan,\" said the "
                + "council's chair, Ottoline Marsh, \"and there is not one job cut in it.\"");
        assertEquals(Stance.DENY, saying(all, "I have read every page").stance());
    }

    @Test
    void whatAnotherSaidHadNotHappenedSaidToHaveHappenedDenies() throws Exception {
        var all = analyze("Critics said the funding had not been declared. The college's vice-principal, Ianthe Morrow, said the "
                + "funding had been declared in the paper.");
        assertEquals(Stance.DENY, saying(all, "funding had been declared in the paper").stance());
    }

    @Test
    void somethingElseSaidOfTheSameThingStaysAClaim() throws Exception {
        var all = analyze("Critics said the report had not been published. The minister said the report had been delayed by a week.");
        assertEquals(Stance.ASSERT, saying(all, "delayed by a week").stance());
    }

    @Test
    void aNameWhoseQuarryManagerSpeaksNextIsABody() throws Exception {
        var all = analyze("Villagers blame the blasting for cracked walls. Hexley Gravel denied that it had broken any limit. Its "
                + "quarry manager said every blast had been within the permit.");
        assertEquals(SourceType.ORGANIZATION, saying(all, "broken any limit").sourceType());
    }

    @Test
    void aPostHolderNamedInTheQuoteAfterIsThatPerson() throws Exception {
        var all = analyze("The cruise line says the plan was written by hotel owners. The chair of the Tollbury Innkeepers' Association "
                + "maintained that her members had played no part in the plan. \"We were sent the plan on the same day as everyone "
                + "else,\" said Wenna Rostrevor, \"and we read it in the same paper.\"");
        assertEquals("Wenna Rostrevor", saying(all, "her members had played no part").source());
    }

    @Test
    void aParticipleAfterAnOwnersPostKeepsTheWholePost() throws Exception {
        var all = analyze("Critics said the effect faded within a month. The trial's lead researcher rejected that criticism, saying "
                + "the study had been designed to test safety.");
        assertEquals(Stance.DENY, saying(all, "designed to test safety").stance());
        assertTrue(saying(all, "designed to test safety").source().contains("researcher"), saying(all, "designed to test safety").toString());
    }

    @Test
    void anInvertedSpeakersOwnClauseKeepsItsPreposition() throws Exception {
        // review43 tessary q06, q13, q14: "An engineer who worked" cut before "on the project".
        var all = analyze("\"The joints were the worst I have seen,\" said an engineer who worked on the project, speaking on "
                + "condition of anonymity.");
        assertEquals("an engineer who worked on the project", saying(all, "The joints were the worst").source());
    }

    @Test
    void whoSaidItAfterAnAttackFromCriticsIsTheCritics() throws Exception {
        // review43 strandmoor q02, q09, q16, q18: "Attack from critics" offered as a source.
        var all = analyze("A Fernby College study has come under attack from critics, who say its sample was too small.");
        assertEquals("critics", saying(all, "its sample was too small").source().toLowerCase(java.util.Locale.ROOT));
    }

    @Test
    void aTimeAfterTheOneToldIsNoPartOfWhatWasSaid() throws Exception {
        // review43 tessary q01, q09: "Week that the repair of the Tessary Bridge had cost taxpayers 90 million".
        var all = analyze("Opposition MP Orrin Vale told the radio station Kestel 4 last week that the repair had cost 90 million crowns.");
        assertTrue(saying(all, "the repair had cost").content().startsWith("the repair"), saying(all, "the repair had cost").toString());
    }
}
