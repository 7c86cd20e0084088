package newsquiz.testing;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * The shape the evaluation tests share: one dynamic test per article of a folder of src/test/resources
 * (named "folder/article"), each adding its row to a table that the test class prints when it is done.
 */
public final class EvalTable {
    /** What one article gives: its row of the table, whether it passes, and the message when it does not. */
    public record Outcome(String row, boolean passes, Supplier<String> failure) {}

    /** Scores one article of the folder. */
    @FunctionalInterface
    public interface Scorer {
        Outcome score(EvalSet set) throws Throwable;
    }

    private final String header;
    private final List<String> rows = new ArrayList<>();

    /** A table under the given header line. */
    public EvalTable(String header) {
        this.header = header;
    }

    /** A test per article of src/test/resources/FOLDER; the folder must hold at least one. */
    public Stream<DynamicTest> tests(String folder, Scorer scorer) {
        List<EvalSet> sets = EvalSet.load(folder);
        assertFalse(sets.isEmpty(), "no articles in src/test/resources/" + folder);
        return sets.stream().map(set -> DynamicTest.dynamicTest(folder + "/" + set.name(), () -> {
            Outcome outcome = scorer.score(set);
            synchronized (rows) {
                rows.add(outcome.row());
            }
            assertTrue(outcome.passes(), outcome.failure());
        }));
    }

    /** An empty line, the header and a row per article scored so far. */
    public void print() {
        System.out.println();
        System.out.println(header);
        synchronized (rows) {
            rows.forEach(System.out::println);
        }
    }
}
