package newsquiz.generate;

import java.nio.file.Files;
import java.util.stream.Stream;
import newsquiz.quiz.Quiz;
import newsquiz.quiz.QuizFiles;
import newsquiz.testing.EvalTable;
import newsquiz.testing.Models;
import newsquiz.testing.QuizScore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
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
