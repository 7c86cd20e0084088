package newsquiz.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Defects the eval-blind17 review found, each on invented text. */
class ReviewSeventeenTest {
    @Test
    void anUnconfirmedClaimLosesItsSaidToWithoutLosingItsVerb() {
        assertEquals("Two committee members have since left the organising group",
                HedgeQuestions.withoutHedge("Two committee members are said to have since left the organising group", "are said to have"));
        assertEquals("The founder is opposed to any sale", HedgeQuestions.withoutHedge("The founder is said to be opposed to any sale", "is said to be"));
        // "is said to favour" has no plain form without changing the verb.
        assertNull(HedgeQuestions.withoutHedge("The governor is said to favour a hold", "is said to favour"));
    }

    @Test
    void aChoiceCutAtAPossessiveOrBeforeItsUnitIsNoChoice() {
        assertEquals(Optional.of("cut off"), Readable.choiceProblem("Radio Marketline's"));
        assertEquals(Optional.of("cut off"), Readable.choiceProblem("Hollowmere's largest shareholder with about 9"));
        assertEquals(Optional.empty(), Readable.choiceProblem("Sainsbury's"));
        assertEquals(Optional.empty(), Readable.choiceProblem("Inflation would fall by the third quarter of 2026"));
    }

    @Test
    void aClaimKeepingItsCitationOrAGluedLabelOrAnOpenBracketIsNoChoice() {
        assertTrue(Readable.choiceProblem("Earlier this month citing calendar entries obtained through a records request, that Whitlow met lobbyists").isPresent());
        assertTrue(Readable.choiceProblem("The bridge would be demolished as \u201cscaremongering of the worst kind\u201d").isPresent());
        assertEquals(Optional.empty(), Readable.choiceProblem("The mayor was described as \u201ca safe pair of hands\u201d"));
        assertTrue(Readable.choiceProblem("China announced the attachment of the final panel to its telescope (FAST").isPresent());
    }

    @Test
    void wordsToldToThisPublicationAreNoInterviewAndMayHaveBeenWritten() throws Exception {
        Facts facts = InventedArticles.facts("""
                Slide safety row

                Some parents said on Facebook that the Big Red Slide would be taken away this summer. Officers, a spokesperson for Dunhallow Police told us, "had no call to the park at all in half-term, for a fight or for anything else."

                Maxine Rourke said the slide would get new bolts. The council said repairs would cost £4,000. The Gazette reported that the park would reopen in May.
                """);
        List<Candidate> asked = new RelayQuestions().propose(facts).stream().filter(c -> c.prompt().contains("Dunhallow Police")).toList();
        assertFalse(asked.isEmpty(), "no question on how the police said it");
        for (Candidate c : asked) {
            assertEquals("Directly to this publication", c.key(), c.toString());
            assertTrue(c.distractors().stream().noneMatch(w -> w.matches("In an email|In a written statement|In a letter")), c.toString());
        }
    }

    @Test
    void anApologyIsNoDenialToAskAbout() {
        assertTrue(DenialQuestions.ownsUp("I said the course was right. I was wrong, and I\u2019m sorry"));
        assertFalse(DenialQuestions.ownsUp("There was no leak, and there never has been"));
    }

    @Test
    void whoTheReportCitesIsNoPartOfItsClaimAtTheEndEither() throws Exception {
        Facts facts = InventedArticles.facts("""
                Regatta route row

                Thursday 17 April: The rowing site Oarsome reports that Tidewell Bank, the regatta's main sponsor, asked for the finish line to be moved to sit outside its tent on the quay, citing two members of the regatta committee.

                Friday 18 April: Ann Moss said the course would be checked again. The council said the quay would reopen in May.
                """);
        assertTrue(facts.statements.stream().anyMatch(s -> s.claim().endsWith("outside its tent on the quay")), facts.statements.toString());
    }

    @Test
    void aDocumentWhoseWriterIsNotGivenIsNoAnswerToWho() {
        assertTrue(DenialQuestions.nobodyInParticular("A statement on its website"));
        assertTrue(DenialQuestions.nobodyInParticular("The reply"));
        assertFalse(DenialQuestions.nobodyInParticular("Corrisford Borough Council"));
    }

    @Test
    void aQuestionTheArticleLeavesOpenWithIfIsNotGivenToo() throws Exception {
        Facts facts = InventedArticles.facts("""
                Pool repairs

                The pool closed on 3 February after routine samples tested positive. The trust did not say if the learner pool would reopen before Easter. Repairs began on Monday, the trust said. The gym reopened last week.
                """);
        List<Candidate> asked = new TrueFalseNotGivenQuestions().propose(facts);
        assertTrue(asked.stream().anyMatch(c -> c.key().equals(TrueFalseNotGivenQuestions.NOT_GIVEN)
                && c.prompt().contains("The learner pool would reopen before Easter")), asked.toString());
    }
}
