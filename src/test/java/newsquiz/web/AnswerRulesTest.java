package newsquiz.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import newsquiz.quiz.Question;
import newsquiz.quiz.Quiz;
import newsquiz.quiz.QuizFiles;
import org.junit.jupiter.api.Test;

class AnswerRulesTest {
    private final Quiz library = read("library-hours");
    private final Quiz timeline = read("timeline");

    @Test
    void singleChoiceNeedsExactlyOneKnownChoice() {
        Question q = library.question("q1");
        assertEquals(List.of("a"), AnswerRules.normalize(q, List.of("a")));
        assertTrue(AnswerRules.correct(q, List.of("a")));
        assertFalse(AnswerRules.correct(q, List.of("b")));
        assertEquals(400, assertThrows(Problem.class, () -> AnswerRules.normalize(q, List.of("a", "b"))).status());
        assertEquals(400, assertThrows(Problem.class, () -> AnswerRules.normalize(q, List.of("x"))).status());
        assertEquals(400, assertThrows(Problem.class, () -> AnswerRules.normalize(q, List.of())).status());
    }

    @Test
    void multipleChoiceIsOrderFreeAndNeedsEveryKey() {
        Question q = library.question("q4");
        assertEquals(List.of("a", "b"), AnswerRules.normalize(q, List.of("b", "a")));
        assertTrue(AnswerRules.correct(q, List.of("a", "b")));
        assertFalse(AnswerRules.correct(q, List.of("a")));
        assertFalse(AnswerRules.correct(q, List.of("a", "b", "c")));
        assertThrows(Problem.class, () -> AnswerRules.normalize(q, List.of("a", "a")));
    }

    @Test
    void orderingKeepsTheLearnersOrderAndTheKeyIsTheQuizOrder() {
        Question q = timeline.question("t1");
        assertEquals(List.of("c", "a", "b"), AnswerRules.normalize(q, List.of("c", "a", "b")));
        assertTrue(AnswerRules.correct(q, List.of("a", "b", "c")));
        assertFalse(AnswerRules.correct(q, List.of("b", "a", "c")));
        assertThrows(Problem.class, () -> AnswerRules.normalize(q, List.of("a", "b")));
    }

    @Test
    void choicesAreShuffledPerAttemptButStableAndTrueFalseKeepsItsOrder() {
        Question q = library.question("q2");
        assertEquals(ChoiceOrder.forAttempt(7, q), ChoiceOrder.forAttempt(7, q));
        boolean anyDifferent = false;
        for (long attempt = 1; attempt < 20; attempt++) {
            anyDifferent |= !ChoiceOrder.forAttempt(attempt, q).equals(q.choices());
        }
        assertTrue(anyDifferent, "the key is not always shown first");
        assertEquals(timeline.question("t2").choices(), ChoiceOrder.forAttempt(3, timeline.question("t2")));
    }

    private static Quiz read(String id) {
        try {
            return QuizFiles.read(Path.of("src/test/resources/web/quizzes/" + id + ".yaml"));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
