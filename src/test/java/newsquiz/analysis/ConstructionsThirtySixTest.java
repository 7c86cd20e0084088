package newsquiz.analysis;

import static newsquiz.analysis.InventedText.analysis;
import static newsquiz.analysis.InventedText.analyze;
import static newsquiz.analysis.InventedText.saying;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The constructions eval-blind35 showed at stop 36, in invented text: a printed Q&A whose answers carry no name, denials
 * told by idiom ("begged to differ", "was having none of", "moved to quash", "Not so, says …"), an admission ("allowed
 * that", "owned up to"), a radio script's "Here's …:" before a clip, and the sources a reader can name.
 */
class ConstructionsThirtySixTest {




    @Test
    void aPrintedQAndAGivesEveryAnswerToTheInterviewee() throws Exception {
        var all = analyze("""
                Three weeks after the crush, festival director Maud Ellery-Penhale agreed to answer our questions.

                Q: A fans' group says the site was packed far beyond what it could hold. Was it?

                A: The licence allows 16,000 people. We sold 14,200 tickets.

                Q: Did the gates stay open after the site was full?

                A: No. The gates shut at 8.10 p.m., the moment the count hit 14,500.
                """);
        Attribution tickets = saying(all, "We sold 14,200 tickets");
        assertEquals("Maud Ellery-Penhale", tickets.source());
        Attribution gates = saying(all, "The gates shut at 8.10 p.m.");
        assertEquals("Maud Ellery-Penhale", gates.source());
        assertEquals(Stance.DENY, gates.stance());
    }

    @Test
    void oneQuestionIsNoInterview() throws Exception {
        var all = analyze("""
                The mayor, Ines Trembath, spoke at the hall on Monday.

                Q: Will the pool reopen?

                A: Ask the council.
                """);
        assertTrue(all.stream().noneMatch(a -> a.content().contains("Ask the council")), all.toString());
    }

    @Test
    void idiomsOfRejectionDeny() throws Exception {
        var differ = analyze("A parish councillor said the developer had bid for the field. Gatcombe Homes begged to differ with the "
                + "suggestion that it had ever bid for the land.");
        Attribution homes = saying(differ, "it had ever bid for the land");
        assertEquals(Stance.DENY, homes.stance());
        assertFalse(homes.content().startsWith("with"), homes.content());
        var none = analyze("A lifeguard said brown water had poured from the pipe. The operations chief, Esme Tranter, was having none "
                + "of the lifeguard's account.");
        assertEquals(Stance.DENY, saying(none, "the lifeguard's account").stance());
        var quash = analyze("Halbrook Joinery has moved to quash claims that it sold fire doors with labels they had not earned.");
        Attribution joinery = saying(quash, "it sold fire doors");
        assertEquals("Halbrook Joinery", joinery.source());
        assertEquals(Stance.DENY, joinery.stance());
        var notSo = analyze("Residents said the outage would last for days. Not so, says Penwarden Power Networks: it expects all but "
                + "about 600 homes to be back on by 8 p.m.");
        Attribution networks = saying(notSo, "600 homes");
        assertEquals("Penwarden Power Networks", networks.source());
        assertEquals(Stance.DENY, networks.stance());
    }

    @Test
    void admissionsWithoutTheWordAdmit() throws Exception {
        var allowed = analyze("Mrs Wenna Stobbart allowed that the council could have been clearer in its minutes of 3 March.");
        Attribution chair = saying(allowed, "could have been clearer");
        assertEquals("Wenna Stobbart", chair.source());
        assertEquals(Stance.CONFIRM, chair.stance());
        var permitted = analyze("Her parents, Mary and Tom Rusk, have allowed us to say that she is back on the water.");
        assertTrue(permitted.stream().noneMatch(a -> a.stance() == Stance.CONFIRM), permitted.toString());
        var ownedUp = analyze("Fennick Water said the pipe was dry. Fennick Water does own up to one failing: its customer line was "
                + "swamped on Saturday.");
        assertEquals(Stance.CONFIRM, saying(ownedUp, "customer line was swamped").stance());
    }

    @Test
    void aRadioScriptIntroducesTheClipThatFollows() throws Exception {
        var all = analyze("""
                Here's the water company's operations chief, Esmeray Polglase:

                "That pipe carries rainwater off the car park and nothing else."
                """);
        Attribution clip = saying(all, "carries rainwater");
        assertEquals("Esmeray Polglase", clip.source());
        assertTrue(clip.quoted());
    }

    @Test
    void theNameAfterAnAccordingToRoleIsTheSource() throws Exception {
        var all = analyze("Around 41,000 homes lost power at 06:50, according to the network operator, Penwarden Power Networks.");
        assertEquals("Penwarden Power Networks", saying(all, "41,000 homes").source());
    }

    @Test
    void aCountedSourceIsKnownByWhatTheArticleSaysItIs() throws Exception {
        var all = analyze("A second source, a joiner who worked at the firm until January and asked us to withhold his name, said "
                + "staff had reportedly been told to keep the line moving.");
        Attribution joiner = saying(all, "keep the line moving");
        assertTrue(joiner.source().toLowerCase().startsWith("a joiner"), joiner.source());
        assertTrue(joiner.anonymous());
    }

    @Test
    void aGroupLedByANamedPersonIsNotUnnamed() throws Exception {
        var all = analyze("A ticket holders' group led by Marrable Penhallow says the site was packed far beyond what it could hold.");
        assertFalse(saying(all, "packed far beyond").anonymous());
    }

    @Test
    void postsTheArticleCallsFalseAssertWhatTheyClaim() throws Exception {
        Analysis a = analysis("[Posts claiming that a festival-goer died at Brennock Fields are false.]");
        Attribution posts = saying(a.attributions(), "a festival-goer died");
        assertEquals(Stance.ASSERT, posts.stance());
        assertFalse(posts.content().contains("false"), posts.content());
        assertTrue(a.labels().stream().anyMatch(l -> l.claim().contains("a festival-goer died")), a.labels().toString());
    }

    @Test
    void aBodysOwnFiguresSpeakForIt() throws Exception {
        var all = analyze("Northmarch Ambulance Service publishes monthly response times. Its figures show the average wait for the "
                + "most urgent calls was 7 minutes 40 seconds.");
        assertEquals("Northmarch Ambulance Service", saying(all, "7 minutes 40 seconds").source());
        var record = analyze("The Sub-Committee viewed the CCTV footage from the club. It shows the front doors locked at 1.55am.");
        assertTrue(record.stream().noneMatch(a -> a.source().contains("Sub-Committee") && a.content().contains("front doors")),
                record.toString());
    }

    @Test
    void theMonthOfMayAndAMeasureAreNoHedges() throws Exception {
        var all = analyze("The company said all bookings for May had been cancelled. A fans' group says the site was packed far beyond "
                + "what it could hold. A steward said the gates may have been left open.");
        assertFalse(saying(all, "bookings for May").hedged(), all.toString());
        assertFalse(saying(all, "what it could hold").hedged(), all.toString());
        assertTrue(saying(all, "may have been left open").hedged(), all.toString());
    }

    @Test
    void complainingOfASymptomSaysNothing() throws Exception {
        var all = analyze("The pool closed after 38 swimmers complained of stomach upsets. Residents complained that the council had said nothing.");
        assertTrue(all.stream().noneMatch(a -> a.content().contains("stomach upsets")), all.toString());
        assertTrue(all.stream().anyMatch(a -> a.content().contains("the council had said nothing")), all.toString());
    }

    @Test
    void claimingMoneyBackSaysNothing() throws Exception {
        var all = analyze("Anyone who left before the headliner can claim half their ticket price back until 31 August, the festival said.");
        assertTrue(all.stream().noneMatch(a -> a.cue().equals("claim")), all.toString());
    }

    @Test
    void theOneAStoryIsAboutDeniesItWithANegation() throws Exception {
        var all = analyze("There is a story going round that the sponsor, Purlock Cider, pushed for the headliner to start late. "
                + "Purlock Cider, in a statement, said it \"had no say whatsoever over stage times\".");
        Attribution story = saying(all, "pushed for the headliner");
        assertTrue(story.hedged() || story.anonymous(), story.toString());
        assertEquals(Stance.DENY, saying(all, "no say whatsoever").stance());
    }

    @Test
    void termsOfSpeakingAreNotWhatWasSaid() throws Exception {
        var all = analyze("A steward told the Weekender, on condition we did not name them, that the gates had been left open.");
        assertTrue(saying(all, "the gates had been left open").content().startsWith("the gates"), all.toString());
    }

    @Test
    void aPronounAfterAFrontedTimePhraseSpeaks() throws Exception {
        var all = analyze("Mr Piran Treloar is not persuaded. In a further letter this week he insisted that the council had agreed a sale.");
        assertEquals("Piran Treloar", saying(all, "agreed a sale").source());
        var relative = analyze("He built the oven from reclaimed bricks, with help from a video he found online.");
        assertTrue(relative.stream().noneMatch(a -> a.cue().equals("found")), relative.toString());
    }

    @Test
    void aReplyTakingUpAClaimFromFurtherBackDeniesIt() throws Exception {
        var all = analyze("Councillor Saltram Pedley said the cycle lanes \"have added 12 minutes to every ambulance journey\". "
                + "He repeated the figure in a leaflet. The figure does not appear in any council data. Ambulance crews use the road "
                + "every day. The service keeps records of every call. \"Those lanes have not added a minute to our journeys,\" said "
                + "Emmerich Polworth, the service's operations manager.");
        assertEquals(Stance.DENY, saying(all, "not added a minute").stance());
        var advice = analyze("Councillor Saltram Pedley said the cycle lanes had added 12 minutes to every ambulance journey. "
                + "He repeated the figure in a leaflet. The figure does not appear in any council data. Crews use the road every day. "
                + "Drivers should not add minutes to their journeys by avoiding the lanes, the road safety officer, Ada Quint, said.");
        assertEquals(Stance.ASSERT, saying(advice, "should not add minutes").stance());
    }

    @Test
    void theReasonGivenWithARejectionIsTheRejections() throws Exception {
        var all = analyze("Ms Penkridge said the records had been handed over in full. The scheme's director, Idwal Corran, "
                + "contradicted Ms Penkridge's account of the handover, saying the files covered only four of the 14 batches.");
        assertEquals(Stance.DENY, saying(all, "covered only four").stance());
    }

    @Test
    void anInsistenceThatTakesUpAnAllegationsWordsDeniesIt() throws Exception {
        var all = analyze("A person familiar with the audit said inspectors had allegedly found blank labels lying loose on a workbench. "
                + "The managing director, Hesta Polmear, was adamant that blank labels are kept in a locked cabinet.");
        assertEquals(Stance.DENY, saying(all, "locked cabinet").stance());
    }

    @Test
    void findingsBrandedOutOfDateAreRejected() throws Exception {
        var all = analyze("The managing director, Hesta Polmear, branded the summary \"out of date and out of context\".");
        assertEquals(Stance.DENY, saying(all, "out of context").stance());
    }

    @Test
    void aLedeAnswersTheClaimItGoesOnToReport() throws Exception {
        var all = analyze("The parish council chair, Winsome Tregear, has written to the Tatler to say, in terms that leave little "
                + "room for doubt, that the playing field is not for sale. Last month a retired surveyor, Piran Pascoe, wrote that "
                + "the council had agreed in private to sell the field to a developer.");
        Attribution chair = saying(all, "is not for sale");
        assertEquals("the playing field is not for sale", chair.content().replaceAll("[.]$", ""));
        assertEquals(Stance.DENY, chair.stance());
        var advice = analyze("Patients should not stop taking the drug abruptly, the pharmacist Helena Pryor said. A blog claimed "
                + "that patients could stop taking the drug at any time.");
        assertEquals(Stance.ASSERT, saying(advice, "should not stop").stance());
        var claimed = analyze("A campaign group claims that about 600 paper forms handed in at libraries were never counted. A council "
                + "officer, Ann Bessell, said the paper forms handed in at libraries had all been counted by hand.");
        assertEquals(Stance.ASSERT, saying(claimed, "were never counted").stance());
    }
}
