package newsquiz.generate;

import static newsquiz.generate.InventedArticles.about;
import static newsquiz.generate.InventedArticles.facts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import newsquiz.analysis.Stance;
import newsquiz.quiz.Difficulty;
import newsquiz.quiz.QuestionType;
import newsquiz.quiz.Skill;
import org.junit.jupiter.api.Test;

/**
 * What the eval-blind33 quizzes showed, checked on invented text: one denier's two verdicts in one sentence asked twice
 * at the cost of the unnamed-source question, a "the number is lower" or "any … had been" wording offered as a claim, a
 * claim opening "At least three" taken for one opening with a preposition, a wrong answer naming the body the key names,
 * the members of "a meeting of the Association" taken for the one who spoke, and "called that account “…”".
 */
class ReviewThirtyFourTest {

    private static Candidate denial(int statement, String prompt, int priority) {
        return new Candidate("denial", Skill.SOURCE_EVALUATION, QuestionType.SINGLE_CHOICE, Difficulty.MEDIUM, prompt,
                "Answer " + statement, List.of("a", "b"), "", List.of(5), "deny:" + statement, priority);
    }

    @Test
    void oneDeniersTwoVerdictsInOneSentenceAreOneRebuttalAndLeaveRoomForTheUnnamedSource() {
        // "Police said no player had been questioned and called the post “entirely made up”": statements 1 and 2, sentence 5.
        Candidate anonymous = new Candidate("anonymous_source", Skill.SOURCE_EVALUATION, QuestionType.SINGLE_CHOICE, Difficulty.MEDIUM,
                "Which of these claims comes from a source the article does not name?", "The post's claim", List.of("c", "d"), "",
                List.of(9), "anon:3", 90);
        List<Candidate> all = List.of(denial(1, "Who said that no player had been questioned?", 70),
                denial(2, "Which claim did the police call made up?", 60), anonymous);
        List<Candidate> chosen = Blueprint.choose(all, 2, s -> "Police", s -> s.equals("3") ? 9 : 5);
        assertTrue(chosen.contains(anonymous), chosen.toString());
        assertEquals(1, chosen.stream().filter(c -> c.focus().equals("denial")).count(), chosen.toString());

        // Said in two sentences, they are two rebuttals and each has its question first.
        List<Candidate> apart = Blueprint.choose(all, 2, s -> "Police", s -> Integer.parseInt(s) * 3);
        assertEquals(2, apart.stream().filter(c -> c.focus().equals("denial")).count(), apart.toString());
    }

    @Test
    void aVerdictOnAFigureAndADenialsWordingAreNoClaimsToChooseFrom() {
        assertTrue(Readable.choiceProblem("The number is lower").isPresent());
        assertTrue(Readable.choiceProblem("The figures were too high").isPresent());
        assertTrue(Readable.choiceProblem("Any faulty kits had been used in the valley").isPresent());
        assertTrue(Readable.choiceProblem("Anyone had been left without help").isPresent());
        assertFalse(Readable.choiceProblem("The number of pupils is lower than last year").isPresent());
        assertFalse(Readable.choiceProblem("Every result was confirmed by a second laboratory").isPresent());
    }

    @Test
    void aClaimOpeningWithAtLeastStandsOnItsOwn() throws Exception {
        Facts facts = facts("""
                Kit recall

                A nurse who asked not to be named told the Valley Post that at least four of the positive tests had reportedly come from a recalled batch of kits.
                The health board said every positive test had been checked twice.
                """);
        Statement nurse = facts.statements.stream().filter(s -> s.claim().contains("recalled batch")).findFirst().orElseThrow();
        assertTrue(facts.isStandalone(nurse), nurse.claim());
    }

    @Test
    void aWrongAnswerMayNotNameTheBodyTheKeyNames() throws Exception {
        Facts facts = facts("""
                Chess row

                Two players who were in the hotel bar said the coach had told several people he would take it to the federation.
                The Eastmoor Chess Federation said it had received no formal complaint about the game.
                """);
        assertTrue(facts.shareSource("The coach would take it to the federation",
                "The Eastmoor Chess Federation had received no formal complaint about the game"));
    }

    @Test
    void theMeetingOfAnAssociationIsWhereItWasSaidNotWhoSaidIt() throws Exception {
        Facts facts = facts("""
                Scab ban

                Farmers in the dale say the number is lower. Tamsin Orrell, who runs 600 ewes at Orrell Head, told a meeting of the Fellgate Graziers' Association on Monday that only four of the 12 farms had shown signs.
                """);
        var signs = about(facts, "only four of the 12 farms");
        assertEquals("Tamsin Orrell", signs.source());
        assertEquals("only four of the 12 farms had shown signs", signs.content());
        assertTrue(signs.via().isEmpty(), signs.via().toString());
        Facts parents = facts("""
                Phone pouches

                The head teacher, Imelda Rusk, told a meeting of governors and parents on Monday evening that incidents had dropped from 80 to 51.
                """);
        assertEquals("incidents had dropped from 80 to 51", about(parents, "incidents had dropped").content());
    }

    @Test
    void thatBeforeAStatementNounAndItsQuotedNameIsADeterminer() throws Exception {
        Facts facts = facts("""
                Scab outbreak

                Farmers say only six of the farms showed signs of the disease. The chief vet is Dr Alwen Pryddy.
                Dr Pryddy called that account "a misreading of how the disease works." He said the blood test finds the mite "weeks before a fleece is rubbed."
                """);
        var verdict = about(facts, "misreading");
        assertEquals(Stance.DENY, verdict.stance(), verdict.toString());
        assertEquals("Alwen Pryddy", verdict.source());
        assertTrue(verdict.content().startsWith("that account"), verdict.content());
    }

    @Test
    void quotationMarksInsideAQuotedSentenceBecomeSingleOnes() {
        String quoted = Explain.quote(List.of("\"There have been no cases here,\" the vet said of the \"rumour\"."));
        assertEquals("\u201c\u2018There have been no cases here,\u2019 the vet said of the \u2018rumour\u2019.\u201d", quoted);
    }

    @Test
    void aDenialOfWhatAnUnnamedSourceSaidAsksWhoDeniedIt() {
        // "Which report did the trust deny? *Several prints had been damaged …" would leave no room for the unnamed source.
        String claim = "Several prints had been damaged when a television crew walked across them in April";
        Candidate which = new Candidate("denial", Skill.SOURCE_EVALUATION, QuestionType.SINGLE_CHOICE, Difficulty.MEDIUM,
                "Which report did Martin Oake deny?", claim, List.of("a", "b"), "", List.of(4, 5), "deny:2", 80);
        Candidate who = new Candidate("denial", Skill.SOURCE_EVALUATION, QuestionType.SINGLE_CHOICE, Difficulty.MEDIUM,
                "Who denied the report that several prints had been damaged?", "Martin Oake", List.of("c", "d"), "", List.of(5), "deny:2", 60);
        Candidate why = new Candidate("anonymous_source", Skill.SOURCE_EVALUATION, QuestionType.SINGLE_CHOICE, Difficulty.MEDIUM,
                "The article reports: \u201c" + claim + "\u201d Why should a careful reader treat this claim with extra care?",
                "It comes from a source the article does not name", List.of("e", "f"), "", List.of(4), "anon:1", 55);
        List<Candidate> chosen = Blueprint.choose(List.of(which, who, why), 2, s -> s.equals("2") ? "Martin Oake" : "the Gazette",
                s -> s.equals("2") ? 5 : 4);
        assertTrue(chosen.contains(who) && chosen.contains(why), chosen.toString());
    }

    @Test
    void aTimelinesDateIsNoPartOfTheClaim() throws Exception {
        Facts facts = facts("""
                Race timeline

                Tuesday 29 April: The organisers publish the corrected times.

                Wednesday 30 April: Oduya is "gutted but not angry" and plans to race again in June, says his coach, Bram Tellwick.
                """);
        Statement coach = facts.statements.stream().filter(s -> s.claim().contains("gutted")).findFirst().orElseThrow();
        assertTrue(coach.claim().startsWith("Oduya is"), coach.claim());
    }
}
