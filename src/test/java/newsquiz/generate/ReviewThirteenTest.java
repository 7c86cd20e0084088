package newsquiz.generate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Defects the eval-blind13 review found, each on invented text: the paper's own masthead at the end of a dateline, a
 * verdict on "the post" pinned on the claim before it, doubt words offered as wrong hedges, anaphors of time and of
 * "the same page", a clause cut before its verb, and a claim noun with an adverb before its participle.
 */
class ReviewThirteenTest {
    @Test
    void aMastheadClosingTheDatelineIsTheArticlesOwnOutlet() throws Exception {
        Facts facts = InventedArticles.facts("""
                Fans turn on new crest

                By Ann Lowe, Sports Reporter
                Published 15 July | Harbury Examiner

                "It was drawn by hand," the club's director, Jo Farr, told the Examiner.

                The podcast Sin Bin Sessions said the designer had been paid twice. The weekly League Times repeated the claim.
                """);
        assertTrue(OwnOutlet.is(facts, "Examiner"));
        assertFalse(OwnOutlet.is(facts, "League Times"));
    }

    @Test
    void aVerdictOnThePostIsNotPinnedOnTheClaimBeforeIt() throws Exception {
        List<Candidate> asked = InventedArticles.questions(new LabelledFalseQuestions(), """
                Gull fines row

                Several callers raised a Facebook post, shared 9,000 times, which claims that a woman was fined £100 for dropping a chip.

                Mr Graham Liddle, the council's director, said the order covers only deliberate feeding.

                The post is false: the order exempts food dropped by accident, and no such fine appears in the council's list.

                Ms Rosa Banham said takings had fallen since April. Mr Jim Pardew said the wardens were rude.
                """);
        asked.forEach(c -> assertFalse(c.key().contains("deliberate feeding"), c.toString()));
    }

    @Test
    void wordsThatSignalDoubtAreNoWrongHedge() throws Exception {
        List<Candidate> asked = InventedArticles.questions(new HedgeQuestions(), """
                Gull fines row

                The contractor is reportedly paid about £38,000 a month under its contract, a figure neither the company nor the council would confirm.

                The theory, allegedly aired over more than one civic lunch, is that the silver mace was swapped for a copy.
                """);
        assertFalse(asked.isEmpty());
        asked.forEach(c -> c.distractors().forEach(d -> assertFalse(d.matches("(?i)neither|nor|theory"), c.toString())));
    }

    @Test
    void anaphorsOfPageAndTimeAndCutClausesAreUnreadable() {
        assertTrue(Readable.stemProblem("Is the following statement true, false, or not given in the article? According to the same page, "
                + "the director had been pushed out over the bill.").isPresent());
        assertTrue(Readable.stemProblem("Is the following statement true, false, or not given in the article? According to a colleague, "
                + "Mr Coyle had been frozen out of the group afterwards.").isPresent());
        assertFalse(Readable.stemProblem("Which source does the article give for this claim: agency nurses were being booked and "
                + "cancelled on the same day?").isPresent());
        assertTrue(Readable.choiceProblem("What they found in August").isPresent());
        assertFalse(Readable.choiceProblem("What they found in August was a strip of shingle").isPresent());
    }

    @Test
    void aClaimNounWithAnAdverbBeforeItsParticipleNamesAClaim() {
        assertTrue(Facts.namesAClaim("A claim first made in a Brinmouth Facebook group that the council leader holds shares in the firm"));
    }
}
