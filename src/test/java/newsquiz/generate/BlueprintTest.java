package newsquiz.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import newsquiz.quiz.Difficulty;
import newsquiz.quiz.QuestionType;
import newsquiz.quiz.Skill;
import org.junit.jupiter.api.Test;

class BlueprintTest {
    private static Candidate statement(int index, String key) {
        return new Candidate("true_false_not_given", Skill.COMPREHENSION, QuestionType.TRUE_FALSE_NOT_GIVEN, Difficulty.EASY,
                "Is statement " + index + " true?", key, List.of(), "", List.of(index), "claim:" + index, 40);
    }

    private static Candidate whatSaid(int index) {
        return new Candidate("attribution", Skill.SOURCE_EVALUATION, QuestionType.SINGLE_CHOICE, Difficulty.MEDIUM,
                "What did speaker " + index + " say?", "Claim number " + index + " in full words", List.of("a", "b"), "",
                List.of(index), "what:" + index, 45);
    }

    @Test
    void trueIsTheAnswerToTwoStatementsAtMost() {
        List<Candidate> all = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            all.add(statement(i, TrueFalseNotGivenQuestions.TRUE));
            all.add(whatSaid(100 + i));
        }
        List<Candidate> chosen = Blueprint.choose(all, 10);
        long trues = chosen.stream().filter(c -> c.type() == QuestionType.TRUE_FALSE_NOT_GIVEN).count();
        assertEquals(2, trues, chosen.toString());
    }

    @Test
    void aStatementIsNotAskedBothAsTrueOrFalseAndAsWhatWasSaid() {
        List<Candidate> chosen = Blueprint.choose(List.of(statement(3, TrueFalseNotGivenQuestions.TRUE), whatSaid(3), whatSaid(4)), 5);
        assertTrue(chosen.stream().filter(c -> c.firstSentence() == 3).count() == 1, chosen.toString());
    }
}
