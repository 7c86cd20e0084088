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

    private static Candidate denial(int index, int priority) {
        return new Candidate("denial", Skill.SOURCE_EVALUATION, QuestionType.SINGLE_CHOICE, Difficulty.MEDIUM,
                "Whose denial is number " + index + "?", "Speaker of " + index, List.of("a", "b"), "", List.of(index), "deny:" + index, priority);
    }

    @Test
    void everyDenierIsAskedAboutBeforeAnyoneTwiceAndSevenDenialsAllFit() {
        // Statements 1–6 are two denials each by three people; 7 is a fourth person's only denial, ranked lowest.
        java.util.Map<String, String> speakers = java.util.Map.of("1", "Ann", "2", "Ann", "3", "Bo", "4", "Bo", "5", "Cy", "6", "Cy",
                "7", "Di");
        List<Candidate> all = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            all.add(denial(i, 70));
            all.add(whatSaid(100 + i));
        }
        all.add(denial(7, 15));
        List<Candidate> chosen = Blueprint.choose(all, 20, speakers::get);
        assertEquals(7, chosen.stream().filter(c -> c.focus().equals("denial")).count(), chosen.toString());

        List<Candidate> short_ = Blueprint.choose(all, 5, speakers::get);
        assertTrue(short_.stream().anyMatch(c -> c.fact().equals("deny:7")), short_.toString());
    }

    @Test
    void oneFigureIsAskedOnceThoughTwoSentencesGiveIt() {
        List<Candidate> all = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            all.add(new Candidate("number", Skill.COMPREHENSION, QuestionType.SINGLE_CHOICE, Difficulty.EASY,
                    "Which number completes sentence " + i + "?", i < 3 ? "300" : "40", List.of("150", "900"), "", List.of(i), "number:" + i, 50));
        }
        for (int i = 0; i < 4; i++) {
            all.add(whatSaid(100 + i));
        }
        List<Candidate> chosen = Blueprint.choose(all, 10);
        assertEquals(List.of("300", "40"), chosen.stream().filter(c -> c.focus().equals("number")).map(Candidate::key).toList(),
                chosen.toString());
    }
}
