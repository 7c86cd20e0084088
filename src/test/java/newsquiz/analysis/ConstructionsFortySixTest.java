package newsquiz.analysis;

import static newsquiz.analysis.InventedText.analyze;
import static newsquiz.analysis.InventedText.saying;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The constructions eval-blind47 and eval-blind49 showed at stop 46, in invented text: "ruled out" as a rejection (but not
 * "would rule the plan out" asked about, nor "a change the coalition ruled out before"); "was equally firm that …" as a
 * statement; a quote by a body's officer ("its engineering director", "the firm's lead engineer") or its spokesperson
 * straight after the body's own denial, as that denial in other words; a quote after "was just as plain", after a
 * correction; what a second party says right after siding with a denial ("also took the council's side"), but not after
 * backing a strike; "a real one", which is no emphatic amount, and "Not a single person sat", which is; "bore no relation
 * to its accounts"; a short name that stands for the body named before it, not one named later; and a quote that opens a
 * sentence after a date ("on November 4. “We are …”"); and "pushed back, saying …", but not "pushed back the start".
 */
class ConstructionsFortySixTest {

    @Test
    void rulingOutIsARejection() throws Exception {
        var all = analyze("A post said the port would double its night sailings. The port's director, Ines Roke, ruled out any "
                + "rise in night sailings.");
        assertEquals(Stance.DENY, saying(all, "any rise in night sailings").stance());
    }

    @Test
    void rulingOutAskedAboutOrBeforeItsObjectIsNoStatement() throws Exception {
        var all = analyze("Asked whether the council would rule the plan out, she declined to comment. Officials modelled a "
                + "higher fare, a change the mayor ruled out before the election.");
        assertTrue(all.stream().noneMatch(a -> a.stance() == Stance.DENY), all.toString());
        assertTrue(all.stream().noneMatch(a -> a.source().startsWith("Asked")), all.toString());
    }

    @Test
    void equallyFirmThatIsAStatementOfItsOwn() throws Exception {
        var all = analyze("A column said the trust had spent the grant on consultants. The trust's chair said not one crown had "
                + "gone to consultants.\n\nThe borough council, which gave the grant, was equally firm that none of the money had "
                + "gone to consultants.");
        assertEquals("The borough council", saying(all, "none of the money").source());
        assertEquals(Stance.DENY, saying(all, "none of the money").stance());
    }

    @Test
    void anOfficersQuoteRightAfterItsBodysDenialGoesOnWithIt() throws Exception {
        var all = analyze("The minister said the valve had come from the contractor Dalbury Valves and that the crack had started "
                + "with a flaw in the metal. Dalbury Valves disputed that account, "
                + "saying the part had passed every check at its plant. \"The part left our factory in perfect condition,\" said its "
                + "engineering director, Frida Holm.");
        assertEquals(Stance.DENY, saying(all, "perfect condition").stance());
    }

    @Test
    void aSpokespersonsQuoteForTheBodyNamedInFullGoesOnWithItsDenial() throws Exception {
        var all = analyze("The residents' group said the route would bring noise to 40,000 homes. The airport took issue with the "
                + "group's estimate, saying its maps put the number at 9,000. \"We counted every house. Nine thousand is the honest "
                + "number,\" a spokeswoman for Farley Airport said.");
        assertEquals(Stance.DENY, saying(all, "honest number").stance());
    }

    @Test
    void aQuoteWithNoDenialBeforeItStaysAStatement() throws Exception {
        var all = analyze("The airport said the route would open in May. \"We counted every house. Nine thousand is the number,\" a "
                + "spokeswoman for Farley Airport said.");
        assertEquals(Stance.ASSERT, saying(all, "Nine thousand").stance());
    }

    @Test
    void aQuoteAfterJustAsPlainGoesWithTheCorrectionBefore() throws Exception {
        var all = analyze("A thread on a forum claimed that the government had cancelled the probe. It has not: the new date was "
                + "signed off on Wednesday.\n\nThe science minister, Lisa Ingle, was just as plain. \"The probe will fly. I would not "
                + "have set a date for a probe I meant to scrap,\" she told a podcast.");
        assertEquals(Stance.DENY, saying(all, "The probe will fly").stance());
    }

    @Test
    void aRealOneIsNoEmphaticAmount() throws Exception {
        var all = analyze("Albinia Arne said she was woken by the first flight. \"I have not needed a real one since 2029,\" she said. "
                + "\"We did not sell one ticket,\" said the promoter, Cal Dunn.");
        assertEquals(Stance.ASSERT, saying(all, "a real one").stance());
        assertEquals(Stance.DENY, saying(all, "one ticket").stance());
    }

    @Test
    void whatASecondPartySaysRightAfterSidingWithADenialIsThatDenial() throws Exception {
        var all = analyze("A trader said the council had sat on the report since February. The council denied it had held the "
                + "report for months. Ellerholt Partners, which wrote the report, also took the council's side. The firm said it had "
                + "sent the report to the council the week it was finished.");
        assertEquals(Stance.DENY, saying(all, "sent the report to the council").stance());
    }

    @Test
    void backingAStrikeIsNoSidingWithADenial() throws Exception {
        var all = analyze("Staff said managers had been told to find savings. The warden refused to accept that any such target "
                + "existed. The union's president, Prinny Wells, said the union backed the strike. She said the handling of the "
                + "bills had been careless.");
        assertEquals(Stance.ASSERT, saying(all, "careless").stance());
    }

    @Test
    void anOfficerOfTheKindOfBodyGoesOnWithItsDenial() throws Exception {
        var all = analyze("A councillor said the cracks had been caused by lorries. The firm said the cracks came from rust in the "
                + "joints, not from lorries.\n\n\"A lorry did not do this. More than 140 winters did,\" said the firm's lead engineer, "
                + "Juliana Hale.");
        assertEquals(Stance.DENY, saying(all, "140 winters").stance());
    }

    @Test
    void notASingleOneWithAnIrregularPastIsADenial() throws Exception {
        var all = analyze("\"Not a single person sat in the East Stand on Saturday,\" said the club's safety officer, Llinos Conn.");
        assertEquals(Stance.DENY, saying(all, "Not a single person").stance());
    }

    @Test
    void aFigureThatBoreNoRelationToTheAccountsIsDenied() throws Exception {
        var all = analyze("Campaigners said 40 crowns of every bill went to shareholders. Ashby Water said the figure bore no relation "
                + "to its accounts.");
        assertEquals(Stance.DENY, saying(all, "bore no relation").stance());
    }

    @Test
    void aShortNameIsTheBodyNamedBeforeItNotOneNamedLater() throws Exception {
        var all = analyze("Ashgill Water said bills would rise. Campaigners said 40 crowns of every bill went to shareholders. Ashgill "
                + "said the figure was wrong.\n\nA leaflet from a group calling itself Ashgill Won't Pay claimed that customers who "
                + "stopped paying would face no action.");
        assertEquals("Ashgill Water", saying(all, "the figure was wrong").source());
    }

    @Test
    void aQuoteAfterADateEndingASentenceStartsANewOne() throws Exception {
        var all = analyze("Angharad Embsay said the trust would hold an open meeting on November 4. \"We are not here to sink the club,\" she "
                + "said, \"and we are not here to pretend everything is fine either.\"");
        assertEquals("Angharad Embsay", saying(all, "sink the club").source());
        assertEquals(Stance.ASSERT, saying(all, "sink the club").stance());
    }

    @Test
    void pushingBackSayingIsARejectionButPushingBackAMeetingIsNot() throws Exception {
        var all = analyze("Parents said the closure had been agreed in June. The council pushed back, saying no decision would be "
                + "taken until its cabinet met. The chair pushed back the start of the meeting, saying the hall was busy.");
        assertEquals(Stance.DENY, saying(all, "no decision would be taken").stance());
        assertEquals(Stance.ASSERT, saying(all, "the hall was busy").stance());
    }

    @Test
    void aChairOfAnotherKindOfBodyDoesNotGoOnWithASidingBody() throws Exception {
        var all = analyze("Campaigners said 40 crowns of every bill went to shareholders. Ashgill Water said the figure bore no "
                + "relation to its accounts. The Water Board backed the company on that point.\n\n\"People are being asked to pay "
                + "more,\" said the group's chair, Berwyn Lund.");
        assertEquals(Stance.ASSERT, saying(all, "pay more").stance());
    }
}
