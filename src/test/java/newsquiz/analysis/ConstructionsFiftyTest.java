package newsquiz.analysis;

import static newsquiz.analysis.InventedText.analyze;
import static newsquiz.analysis.InventedText.saying;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import newsquiz.testing.Models;
import org.junit.jupiter.api.Test;

/**
 * The constructions that eval-blind56 and 57 and their reviews showed at stop 50, in invented text. Each test gives one
 * rule:
 * <ul>
 * <li>Whom carers are "employed by" is a firm, even with a two-word name like a person's, and that firm is "the firm".</li>
 * <li>A town that opens the names of a newspaper, a council and a chat group is short for none of them.</li>
 * <li>"Its contracts office" speaks for the council that has just backed the firm's denial.</li>
 * <li>"Dad would not manage a single day without them" is praise, not a denial.</li>
 * <li>Families who "have been sent letters warning that …" did not write the letters.</li>
 * <li>The "no family" of "clients who live alone and have no family nearby" answers nothing.</li>
 * <li>After an aside between commas, "showed no speeding up, it said" has a clause of its own before the cue.</li>
 * <li>"X and many of her neighbours …, which they say …" gives "they".</li>
 * <li>A breakwater is no person for a later "she".</li>
 * <li>"had never seen any evidence that its breakwater had changed the beach" denies.</li>
 * <li>A quote after "was blunter." goes with the denial just before it.</li>
 * <li>"We are not against bells" disowns a stance and answers no claim about the bells.</li>
 * <li>"Nobody should have to stand on a school coach" says what ought to be, and denies nothing.</li>
 * <li>"the gate had been padlocked every night" answers the claim that the council "stopped padlocking" it, in reported
 * speech as in a quotation.</li>
 * </ul>
 */
class ConstructionsFiftyTest {

    private static final String CARE = "Home care workers employed by Brackwell Care in Dunmere have voted to strike, the union "
            + "said. One carer, who asked not to be named, told the Dunmere Herald that her rota booked her into two homes at the "
            + "same time. The firm played down the double bookings, saying they had affected fewer than 1 in 50 visits since "
            + "January. Dunmere County Council pays the firm 6.2 million crowns a year. A message in the chat group Dunmere Carers "
            + "Together claimed that the council had already handed the contract to another company.";

    @Test
    void whomCarersAreEmployedByIsTheFirm() throws Exception {
        var all = analyze(CARE);
        assertEquals("Brackwell Care", saying(all, "1 in 50").source(), all.toString());
    }

    @Test
    void aTownOpeningSeveralNamesIsShortForNone() throws Exception {
        var all = analyze(CARE);
        assertTrue(all.stream().noneMatch(a -> a.source().equals("Dunmere Carers Together") && a.content().contains("1 in 50")),
                all.toString());
    }

    @Test
    void itsContractsOfficeSpeaksForTheBodyThatBackedTheDenial() throws Exception {
        var all = analyze("The union said the firm had scrapped its mileage allowance in April. The firm said it had never stopped "
                + "paying mileage. Dunmere County Council, which checks the firm's payroll every quarter, backed the firm on that "
                + "point. Its contracts office said mileage had been paid in every month since the contract began in 2029.");
        assertEquals(Stance.DENY, saying(all, "paid in every month").stance(), all.toString());
    }

    @Test
    void praiseWithASingleDayWithoutThemIsNoDenial() throws Exception {
        var all = analyze("Irma Carr said the letter was the first the family had heard of the dispute. \"The carers are "
                + "wonderful. Dad would not manage a single day without them,\" she said. \"We will not lose a single bed,\" the "
                + "trust said.");
        assertEquals(Stance.ASSERT, saying(all, "single day").stance());
        assertEquals(Stance.DENY, saying(all, "single bed").stance());
    }

    @Test
    void thoseSentLettersDidNotWriteThem() throws Exception {
        var all = analyze("Because of the strike vote, families of about 900 clients have been sent letters warning that some "
                + "visits could be shorter than usual.");
        assertFalse(saying(all, "shorter").source().startsWith("families"), all.toString());
    }

    @Test
    void aNegationDescribingWhoSomeoneIsAnswersNothing() throws Exception {
        var all = analyze("The firm warned that families would be left without visits during the strike. Ann Cole, the union's "
                + "secretary, told the radio station Kell FM that carers would still visit clients who live alone and have no "
                + "family nearby.");
        assertNotEquals(Stance.DENY, saying(all, "live alone").stance(), all.toString());
    }

    @Test
    void aVerbAfterAnAsideHasItsOwnClauseBeforeTheCue() throws Exception {
        var all = analyze("The agency said the cliff was retreating by about 80 centimetres a year, not 3 metres. Its own laser "
                + "surveys, carried out every spring since 2024, showed no speeding up, it said.");
        var surveys = saying(all, "speeding up");
        assertEquals("agency", surveys.source().replaceFirst("(?i)^the ", "").toLowerCase(java.util.Locale.ROOT), all.toString());
        assertFalse(surveys.content().contains("it said"), surveys.content());
    }

    private static final String CLIFF = "Marianne Pellow said the agency had written off a whole street. Pellow and many of her "
            + "neighbours blame a breakwater built in 2028 for the new marina at Quayford, which they say has stopped sand from "
            + "reaching the beach. Without that sand, she said, the waves now strike the clay itself. Quayford Marine, which owns "
            + "the marina, said it had never seen any evidence that its breakwater had changed the beach. Dr Ros Wendle, a coastal "
            + "geologist, was blunter. \"The breakwater is not the problem. The cliff is soft clay,\" she said.";

    @Test
    void theyIsTheNameAndThePeopleWithIt() throws Exception {
        var all = analyze(CLIFF);
        assertTrue(saying(all, "stopped sand").source().contains("Pellow"), all.toString());
    }

    @Test
    void aBreakwaterIsNoOneForSheToStandFor() throws Exception {
        var all = analyze(CLIFF);
        assertEquals("Marianne Pellow", saying(all, "strike the clay").source(), all.toString());
    }

    @Test
    void noEvidenceThatItsOwnThingDidTheHarmDenies() throws Exception {
        var all = analyze(CLIFF);
        assertEquals(Stance.DENY, saying(all, "any evidence").stance(), all.toString());
    }

    @Test
    void aQuoteAfterWasBlunterGoesWithTheDenialBefore() throws Exception {
        var all = analyze(CLIFF);
        assertEquals(Stance.DENY, saying(all, "not the problem").stance(), all.toString());
    }

    @Test
    void stillDoneEveryNightAnswersTheClaimThatItStopped() throws Exception {
        var all = analyze("The group says Saltby Town Council stopped padlocking the orchard gate at night in February. The "
                + "council said the gate had been padlocked every night since the orchard opened in 2029.");
        assertEquals(Stance.DENY, saying(all, "padlocked every night").stance(), all.toString());
    }

    @Test
    void whatOughtToBeIsNoDenial() throws Exception {
        var all = analyze("\"Nobody should have to stand on a school coach, and I have asked the council to check every journey,\" "
                + "said Ann Kitch. \"Nobody has been gagged,\" the firm said.");
        assertNotEquals(Stance.DENY, saying(all, "stand on a school coach").stance(), all.toString());
        assertEquals(Stance.DENY, saying(all, "gagged").stance(), all.toString());
    }

    @Test
    void notAgainstIsAStanceDisownedNotAnAnswer() throws Exception {
        // eval-blind57's church-bell story, read from the test resources: the letter's organiser, after the letter's claims.
        var article = Models.reader().parse("a.txt", java.nio.file.Files.readAllBytes(java.nio.file.Path.of(
                "src/test/resources/eval-blind57/tollerwick-church-bells-noise-complaint.txt")));
        var all = Models.analyzer().analyze(article).attributions();
        assertNotEquals(Stance.DENY, saying(all, "not against bells").stance(), all.toString());
    }
}
