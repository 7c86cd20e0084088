package newsquiz.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import newsquiz.quiz.Choice;
import newsquiz.quiz.Question;
import newsquiz.quiz.QuestionType;

/**
 * The order a learner sees the choices in: shuffled per attempt (generated quizzes may list the
 * key first), the same on every visit. True/false keep their natural order.
 */
final class ChoiceOrder {
    private ChoiceOrder() {}

    static List<Choice> forAttempt(long attemptId, Question question) {
        List<Choice> choices = new ArrayList<>(question.choices());
        if (question.type() == QuestionType.TRUE_FALSE || question.type() == QuestionType.TRUE_FALSE_NOT_GIVEN) {
            return choices;
        }
        long seed = attemptId * 0x9E3779B97F4A7C15L ^ question.id().hashCode();
        Collections.shuffle(choices, new Random(seed));
        return choices;
    }
}
