package newsquiz.generate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import newsquiz.quiz.Quiz;
import newsquiz.quiz.QuizFiles;
import newsquiz.testing.EvalSet;
import newsquiz.testing.EvalTable;
import newsquiz.testing.Models;
import newsquiz.testing.QuizScore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The quiz checks of score.py on every article of the shared evaluation set, the development set and the former held-out sets. */
class QuizEvalTest {
    private static final EvalTable TABLE = new EvalTable(String.format("%-34s %4s  %5s", "article", "qs", "srcev"));

    @TestFactory
    Stream<DynamicTest> sharedEvaluationSet() {
        return tests("eval");
    }

    @TestFactory
    Stream<DynamicTest> developmentSetInOtherStyles() {
        return tests("eval-dev");
    }

    @TestFactory
    Stream<DynamicTest> formerHoldoutSet() {
        return tests("eval-holdout");
    }

    @TestFactory
    Stream<DynamicTest> formerBlindSet() {
        return tests("eval-blind");
    }

    @TestFactory
    Stream<DynamicTest> formerSecondBlindSet() {
        return tests("eval-blind2");
    }

    /**
     * The held-out sets tuned on after their one unseen measurement. Not every article passes the quiz checks yet (most
     * misses are denials the analysis does not find), so this holds the count where it stands: a change that makes fewer
     * pass fails here, and the floor is raised as more pass.
     */
    private static final List<String> TUNED_HELD_OUT = List.of("eval-blind3", "eval-blind4", "eval-blind5", "eval-blind6", "eval-blind7",
            "eval-blind8", "eval-blind9", "eval-blind10", "eval-blind11", "eval-blind12", "eval-blind13", "eval-blind14", "eval-blind15",
            "eval-blind16", "eval-blind17", "eval-blind18", "eval-blind19", "eval-blind20", "eval-blind21", "eval-blind22",
            "eval-blind23", "eval-blind24", "eval-blind25", "eval-blind26", "eval-blind27", "eval-blind28",
            "eval-blind29", "eval-blind30", "eval-blind31", "eval-blind32", "eval-blind33", "eval-blind34", "eval-blind35",
            "eval-blind36", "eval-blind37", "eval-blind38", "eval-blind39", "eval-blind40", "eval-blind41", "eval-blind42",
            "eval-blind43", "eval-blind44", "eval-blind45", "eval-blind46", "eval-blind47", "eval-blind48", "eval-blind49",
            "eval-blind50", "eval-blind51", "eval-blind52", "eval-blind53", "eval-blind54", "eval-blind55",
            "eval-blind56", "eval-blind57", "eval-blind58", "eval-blind59", "eval-blind60", "eval-blind61", "eval-blind62",
            "eval-blind63", "eval-blind64", "eval-blind65", "eval-blind66", "eval-blind67", "eval-blind68", "eval-blind69",
            "eval-blind70", "eval-blind71", "eval-blind72", "eval-blind73", "eval-blind74", "eval-blind75",
            "eval-blind76", "eval-blind77", "eval-blind78", "eval-blind79", "eval-blind80", "eval-blind81",
            "eval-blind82", "eval-blind83", "eval-blind84", "eval-blind85", "eval-blind86", "eval-blind87",
            "eval-blind88", "eval-blind89");
    private static final int TUNED_HELD_OUT_PASSING = 102;

    @Test
    void tunedHeldOutSetsPassNoFewerQuizChecksThanRecorded() throws Exception {
        int passing = 0;
        List<String> failing = new ArrayList<>();
        for (String folder : TUNED_HELD_OUT) {
            for (EvalSet set : EvalSet.load(folder)) {
                Quiz quiz = new QuizPipeline(Models.nlp()).quiz(set.article().getFileName().toString(), Files.readAllBytes(set.article()),
                        set.name(), folder + "/" + set.article().getFileName());
                QuizScore score = QuizScore.of(set.name(), set.gold(), Files.readString(set.article()), quiz);
                if (score.passes()) {
                    passing++;
                } else {
                    failing.add(folder + "/" + set.name() + ": " + String.join("; ", score.problems()));
                }
            }
        }
        System.out.println("quiz checks on the tuned held-out sets: " + passing + " passing, " + failing.size() + " failing");
        assertTrue(passing >= TUNED_HELD_OUT_PASSING, passing + " pass, fewer than " + TUNED_HELD_OUT_PASSING + ":\n" + String.join("\n", failing));
    }

    private static Stream<DynamicTest> tests(String folder) {
        return TABLE.tests(folder, set -> {
            byte[] bytes = Files.readAllBytes(set.article());
            Quiz quiz = new QuizPipeline(Models.nlp()).quiz(set.article().getFileName().toString(), bytes, set.name(),
                    folder + "/" + set.article().getFileName());
            QuizScore score = QuizScore.of(set.name(), set.gold(), Files.readString(set.article()), quiz);
            return new EvalTable.Outcome(score.row(), score.passes(), () -> score.row() + "\n  "
                    + String.join("\n  ", score.problems()) + "\n" + QuizFiles.toYaml(quiz));
        });
    }

    @AfterAll
    static void printTable() {
        TABLE.print();
    }
}
