package newsquiz.analysis;

import static newsquiz.analysis.InventedText.analyze;
import static newsquiz.analysis.InventedText.saying;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/**
 * Retorts found by their shape rather than their idiom, written at stop 59 before eval-blind76 and 77 were read, so that the
 * next fresh idiom is caught too. Straight after another source's claim:
 * <ul>
 * <li>a short verdict, then after a colon the speaker's own version, whatever the verdict's words ("its records painted
 * another picture: …", "that was news to its trustees: …"); one that only leads in or approves ("the answer was simple:")
 * does not;</li>
 * <li>a verb phrase whose object points back at what was just said, then ", saying" and the reason ("took that with a pinch of
 * salt, saying …"); one that approves of it ("welcomed that, saying …") does not;</li>
 * <li>the whole of what was said a verdict on "that" ("that was a long way from the truth"); "that was the case" is none.</li>
 * <li>After eval-blind76 and 77 were measured: a claim that something never happened is answered the same way ("had never set
 * foot on the site" / "he had been misinformed: two inspectors had visited"); a number in the verdict leads in only straight
 * after its verb ("had mixed up two pots of money:" is a verdict, "had one aim:" is not); a speaker owning a fault ("had
 * fallen short on one count:") denies nothing.</li>
 * <li>From the teachers' reviews of their quizzes: "The banks are emptied by the charity Rethread, which sells what it
 * collects. It said …" speaks for the one body the sentence before named, when that sentence gave no speaker (review77
 * northallow q02, a wrong key); "…, a charity said on Monday. The Yewbank Trust, which runs a helpline, said …" names the
 * lede's charity (review77 wolderby q01, a wrong key); what a body's own officer ("the county archivist") said is no claim the
 * body answers (review76 askerdale q03, a wrong key); "Mawer and Sons" is one name (review77 rusholt q03, "Sons").</li>
 * <li>A quotation from someone answering for a body or a post, straight after an unnamed insider's claim and taking up its
 * words, one saying the thing failed, stopped or was cut and the other not, denies it whatever its idiom ("the yard had
 * failed a hygiene audit" / "The yard passed its audit in March"); a bystander's quotation with a view of their own
 * does not.</li>
 * <li>"Bexcombe bristled at the suggestion, saying …": a reaction verb is the sentence's own verb, not a participle describing
 * the name before it, so the reason is extracted; and "the suggestion", like "that", points back at the claim just
 * before.</li>
 * </ul>
 */
class ConstructionsFiftyNineTest {

    @Test
    void aShortVerdictThenAColonAndAnotherVersionDenies() throws Exception {
        var all = analyze("Ivo Rand, a donor, said the sessions were full every time. The agency said its records painted another "
                + "picture: only 186 of the 420 places were filled.");
        assertEquals(Stance.DENY, saying(all, "186 of the 420").stance(), all.toString());
    }

    @Test
    void aVerdictThatOnlyLeadsInDeniesNothing() throws Exception {
        var all = analyze("Ivo Rand, a donor, said the sessions were full every time. The agency said the answer was simple: "
                + "more donors would come on a weekday evening.");
        assertNotEquals(Stance.DENY, saying(all, "weekday evening").stance(), all.toString());
    }

    @Test
    void wordsPointingBackThenSayingDeny() throws Exception {
        var all = analyze("Cai Lund, a driver, said the road had been closed for a week. The police took that with a pinch of "
                + "salt, saying the road had been open since Tuesday.");
        assertEquals(Stance.DENY, saying(all, "open since Tuesday").stance(), all.toString());
    }

    @Test
    void approvingWhatWasJustSaidDeniesNothing() throws Exception {
        var all = analyze("Cai Lund, a driver, said the road needed new lights. The council welcomed that, saying the lights "
                + "would go up in May.");
        assertNotEquals(Stance.DENY, saying(all, "go up in May").stance(), all.toString());
    }

    @Test
    void aBareVerdictOnThatDenies() throws Exception {
        var all = analyze("Gus Hale, a passenger, said the bus would stop running in June. The operator said that was a long "
                + "way from the truth.");
        assertEquals(Stance.DENY, saying(all, "long way from the truth").stance(), all.toString());
    }

    @Test
    void thatBeingTheCaseIsNoVerdict() throws Exception {
        var all = analyze("Gus Hale, a passenger, said the bus would stop running in June. The operator said that was the case "
                + "for now.");
        assertNotEquals(Stance.DENY, saying(all, "the case").stance(), all.toString());
    }

    @Test
    void aClaimThatSomethingNeverHappenedIsAnsweredByAVerdictToo() throws Exception {
        var all = analyze("The society's chair, Ivo Bagley, said the inspectors had never set foot on the site. A spokeswoman for "
                + "the Bureau said he had been misinformed: two inspectors had visited on August 2.");
        assertEquals(Stance.DENY, saying(all, "two inspectors had visited").stance(), all.toString());
    }

    @Test
    void aNumberInsideTheVerdictStillMakesItAVerdict() throws Exception {
        var all = analyze("Parents in Orrin said the money had gone on a refit of the council's offices. The council said the "
                + "parents had mixed up two pots of money: the refit was paid for by a building grant.");
        assertEquals(Stance.DENY, saying(all, "building grant").stance(), all.toString());
    }

    @Test
    void owningAFaultOnOneCountDeniesNothing() throws Exception {
        var all = analyze("Parents in Orrin said nobody had told them the pool would close. The council said it had fallen short "
                + "on one count: families had learned of the closure only last week.");
        assertNotEquals(Stance.DENY, saying(all, "only last week").stance(), all.toString());
    }

    @Test
    void itAfterASentenceNamingOneBodyAndNoSpeakerIsThatBody() throws Exception {
        var all = analyze("Clothing banks will be removed from 48 car parks in Orrin, the city council said on Tuesday.\n\n"
                + "The banks are emptied by the charity Rethrow, which sells what it collects. It said the banks had taken in "
                + "380 tonnes last year.");
        assertEquals("Rethrow", saying(all, "380 tonnes").source(), all.toString());
    }

    @Test
    void theLedesCharityIsTheOneNamedSpeakingNext() throws Exception {
        var all = analyze("Hundreds of personal alarms in Orrin stopped working when their landlines were switched to digital "
                + "this spring, a charity said on Monday.\n\nThe Yewcross Trust, which runs a helpline for older people, said "
                + "more than 1,200 alarms had failed since February.");
        assertEquals("Yewcross Trust", saying(all, "personal alarms").source(), all.toString());
    }

    @Test
    void whatTheBodysOwnOfficerSaidIsNoClaimItAnswers() throws Exception {
        var all = analyze("The county's record office will close its reading room in Orrin on April 28, the county council said."
                + "\n\nThe county archivist, Dr Ada Faulk, said documents could still be ordered a week ahead and read in a "
                + "small search room at the library. A van will run between the store and the library every Tuesday, the council "
                + "said.");
        assertNotEquals(Stance.DENY, saying(all, "A van will run").stance(), all.toString());
    }

    @Test
    void aFamilyFirmsNameGoesOnOverItsAnd() throws Exception {
        var all = analyze("The last abattoir in the valley will close in June.\n\nMawer and Sons said the yard could no longer pay "
                + "its way.");
        assertEquals("Mawer and Sons", saying(all, "pay its way").source(), all.toString());
    }

    @Test
    void anOfficialsQuoteAnsweringAnUnnamedInsiderDenies() throws Exception {
        var all = analyze("A slaughterman at the yard, who asked not to be named, told the Orrin Mercury that the yard had failed a "
                + "hygiene audit in the spring.\n\n\"The yard passed its audit in March without a single major fault,\" said the "
                + "area manager of the Meat Hygiene Service, Ada Voss.");
        assertEquals(Stance.DENY, saying(all, "passed its audit").stance(), all.toString());
    }

    @Test
    void aBystandersQuoteAfterAnUnnamedInsiderDeniesNothing() throws Exception {
        var all = analyze("A worker at the smelter, who asked not to be named, told the Orrin Post that the dust came from the "
                + "smelter's chimney.\n\n\"You wipe the table in the morning and it is black again by lunch. My grandson's "
                + "chest has never been this bad,\" said Ada Hobb.");
        assertNotEquals(Stance.DENY, saying(all, "black again").stance(), all.toString());
    }

    @Test
    void bristlingAtTheSuggestionSayingDenies() throws Exception {
        var all = analyze("An engineer at the works, who asked not to be named, told Radio Orrin that the filter had been due for "
                + "replacement since 2029. Bexcombe bristled at the suggestion, saying the filter had been fitted new in March.");
        assertEquals(Stance.DENY, saying(all, "fitted new in March").stance(), all.toString());
    }

    @Test
    void aDimViewOfTheClaimSayingDenies() throws Exception {
        var all = analyze("A teacher, who asked not to be named, told the Orrin Post that staff would have to work until 5.30pm. "
                + "The head, Ivo Larch, took a dim view of the claim, saying each teacher's week would still be 32.5 hours.");
        assertEquals(Stance.DENY, saying(all, "32.5 hours").stance(), all.toString());
    }
}
