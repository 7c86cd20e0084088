package newsquiz.generate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import newsquiz.quiz.Question;
import org.junit.jupiter.api.Test;

/**
 * Tuned on eval-blind88 and 89 after they were measured at the frozen code (78f66e7), and on the older sets' gold denials.
 * <ul>
 * <li>"Dagnall said each hangar would take away two parking spaces … The council said each hangar would sit in a single
 * parking bay, not across two": a denial straight after another's plain claim, with nobody between, answers it when it
 * takes up more of its words than any other claim there, or points back at it; so it is asked as "Who denied the claim that
 * …?" or "Which claim did … deny?", not only in the denier's own words (27 more denial questions in the older sets name the
 * claim their gold says was denied). Not when the denial joins another's ("was also plain about it"), when the claim is the
 * other side's own rebuttal, or when a pointer names whose words it means ("the group's account") or a kind of source ("the
 * story", "the figures", found by their kind elsewhere).</li>
 * <li>"Which claim did Afonso Laidlaw deny?" now comes before "Who said that they had not once contacted the fire service?":
 * a question naming the claim answered, even with wrong answers nobody would think were denied, asks more than the
 * denier's own words alone (review88 kelverton; quiz problems 13 fewer on the older sets).</li>
 * <li>"Why should a careful reader treat this claim with extra care?" and "Which of these sources does the article not
 * name?" on one unnamed source test one point twice: one of them is asked (review88 lammering q08, review89 quernby q08).</li>
 * <li>"So it was Sebastiano Pawsey, the Thrupworth Homes' director of property": an owner's plural possessive already
 * determines the description (review89 thrupworth q03).</li>
 * </ul>
 */
class QuizSixtyFiveTest {

    @Test
    void aDenialStraightAfterAPlainClaimIsAskedWithThatClaim() throws Exception {
        Path path = Path.of("src/test/resources/eval-blind82/kexbrough-bike-hangars-residential-streets.txt");
        Facts facts = InventedArticles.facts(Files.readString(path));
        List<Candidate> asked = new DenialQuestions().propose(facts);
        assertTrue(asked.stream().anyMatch(c -> c.prompt().contains("council") && c.key().contains("two parking spaces")),
                asked.stream().map(c -> c.prompt() + " | " + c.key()).toList().toString());
    }

    @Test
    void aJoiningDenialDoesNotAnswerTheFirstDeniersWords() throws Exception {
        Facts facts = InventedArticles.facts("Bus shelters\n\n"
                + "A post on the Lindisholme forum said Broadlamp would take away 90 of the city's bus shelters. \"Every one of the "
                + "420 shelters stays, and the contract says so,\" said Broadlamp's managing director, Fastrada Grimsdale. The "
                + "council's transport chair, Irmentrude Fentiman, was also plain about it, saying the contract gave Broadlamp no "
                + "power to remove a shelter without the council's consent.");
        List<Candidate> asked = new DenialQuestions().propose(facts);
        assertFalse(asked.stream().anyMatch(c -> c.prompt().contains("Fentiman") && c.key().contains("Every one of the 420")
                || c.prompt().contains("denied the claim that every one of the 420")),
                asked.stream().map(c -> c.prompt() + " | " + c.key()).toList().toString());
    }

    @Test
    void aPointerNamingWhoseWordsItMeansIsNotTheLatestClaim() throws Exception {
        Facts facts = InventedArticles.facts("Four-day week study\n\n"
                + "A group of lecturers said the study had been paid for by Hepplewhite Systems. \"That is untrue,\" said Umfraville. "
                + "The university's head of communications, Aurick Tolleshunt, said the grant was listed on the paper's first page. "
                + "Hepplewhite Systems rejected the group's account.");
        List<Candidate> asked = new DenialQuestions().propose(facts);
        assertFalse(asked.stream().anyMatch(c -> (c.prompt() + " " + c.key()).contains("first page") && c.fact().contains(
                String.valueOf(facts.statements.stream().filter(s -> s.speaker().startsWith("Hepplewhite")).findFirst().orElseThrow().index()))),
                asked.stream().map(c -> c.fact() + " " + c.prompt() + " | " + c.key()).toList().toString());
    }

    @Test
    void theClaimAnsweredIsAskedBeforeTheDeniersOwnWords() throws Exception {
        List<Question> quiz = InventedArticles.resourceQuiz("eval-blind88/kelverton-escape-room-fire-notice.txt");
        assertTrue(quiz.stream().anyMatch(q -> q.prompt().contains("Laidlaw") && q.choices().stream().anyMatch(c -> c.correct()
                && c.text().contains("tipped off the fire service"))), quiz.stream().map(Question::prompt).toList().toString());
    }

    @Test
    void anOwnersPluralPossessiveDeterminesTheDescription() throws Exception {
        List<Question> quiz = InventedArticles.resourceQuiz("eval-blind89/thrupworth-tower-block-window-cleaning-cradles.txt");
        assertTrue(quiz.stream().noneMatch(q -> q.explanation().contains("the Thrupworth Homes'")),
                quiz.stream().map(Question::explanation).toList().toString());
        assertTrue(quiz.stream().anyMatch(q -> q.explanation().contains("Sebastiano Pawsey, Thrupworth Homes' director")),
                quiz.stream().map(Question::explanation).toList().toString());
    }

    @Test
    void oneUnnamedSourceIsAskedAboutOnce() throws Exception {
        for (String article : new String[] {"eval-blind88/lammering-archery-range-stray-arrow.txt",
                "eval-blind89/quernby-market-hall-hawk-patrols-end-pigeons.txt"}) {
            List<Question> unnamed = InventedArticles.resourceQuiz(article).stream().filter(q -> q.focus().equals("anonymous_source")).toList();
            long sentences = unnamed.stream().map(q -> q.evidence().get(0).sentence()).distinct().count();
            assertTrue(!unnamed.isEmpty() && sentences == unnamed.size(), article + ": " + unnamed.stream().map(Question::prompt).toList());
        }
    }

}
