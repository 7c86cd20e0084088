package newsquiz.generate;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import newsquiz.quiz.Question;
import newsquiz.testing.Models;
import org.junit.jupiter.api.Test;

/**
 * Tuned on eval-blind86 and 87 after they were measured at the frozen code (2e4dbcb).
 * <ul>
 * <li>"Sivyer said the windmill and its lighthouse … would be scrapped. He said the council should have offered the family a
 * new lease without a tender … Vidler said talk of scrapping the windmill was barmy: …" was asked as "Who denied the claim
 * that the council should have offered the family a new lease without a tender?": a verdict that names what it answers
 * ("talk of scrapping the windmill") answers the claim that speaks of it, or none that can be shown, never the same
 * speaker's next claim (review87 saltcoombe q10, a wrong key).</li>
 * </ul>
 */
class QuizSixtyFourTest {

    @Test
    void aVerdictNamingItsTopicDoesNotAnswerTheNextClaim() throws Exception {
        List<Question> quiz = quiz("eval-blind87/saltcoombe-crazy-golf-lease-puttstar.txt");
        assertFalse(quiz.stream().anyMatch(q -> q.prompt().contains("denied the claim that the council should have offered")
                || q.prompt().contains("did Nahum Vidler deny") && q.choices().stream().anyMatch(c -> c.correct() && c.text().contains("lease"))),
                quiz.stream().map(Question::prompt).toList().toString());
    }

    /** The questions generated for an article among the test resources. */
    private static List<Question> quiz(String resource) throws Exception {
        Path path = Path.of("src/test/resources", resource);
        var article = Models.reader().parse(path.toString(), Files.readAllBytes(path));
        return new QuizGenerator().generate(Models.analyzer().analyze(article), "t", "a.txt", "0").questions();
    }
}
