package newsquiz.generate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import newsquiz.quiz.Quiz;
import newsquiz.quiz.QuizFiles;
import newsquiz.testing.EvalSet;
import newsquiz.testing.Models;
import newsquiz.testing.QuizScore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The quiz checks of score.py on every article of the shared evaluation set, the development set and the former held-out sets. */
class QuizEvalTest {
    private static final List<QuizScore> TABLE = new ArrayList<>();

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
        List<EvalSet> sets = EvalSet.load(folder);
        assertFalse(sets.isEmpty(), "no articles in src/test/resources/" + folder);
        return sets.stream().map(set -> DynamicTest.dynamicTest(folder + "/" + set.name(), () -> {
            byte[] bytes = Files.readAllBytes(set.article());
            Quiz quiz = new QuizPipeline(Models.nlp()).quiz(set.article().getFileName().toString(), bytes, set.name(),
                    folder + "/" + set.article().getFileName());
            QuizScore score = QuizScore.of(set.name(), set.gold(), Files.readString(set.article()), quiz);
            synchronized (TABLE) {
                TABLE.add(score);
            }
            assertTrue(score.passes(), () -> score.row() + "\n  " + String.join("\n  ", score.problems()) + "\n"
                    + QuizFiles.toYaml(quiz));
        }));
    }

    @AfterAll
    static void printTable() {
        System.out.println();
        System.out.println(String.format("%-34s %4s  %5s", "article", "qs", "srcev"));
        TABLE.forEach(s -> System.out.println(s.row()));
    }
}
