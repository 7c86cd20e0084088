package newsquiz.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The load benchmark in miniature, so it keeps working between the runs made on demand. */
class LoadCommandTest {
    @TempDir
    Path dir;

    @Test
    void aTinyRunReportsEveryFigureAndTarget() throws Exception {
        StringWriter out = new StringWriter();
        CommandLine cli = new CommandLine(new LoadCommand());
        cli.setOut(new PrintWriter(out));
        int exit = cli.execute("--students", "8", "--warmup-seconds", "1", "--realistic-seconds", "2", "--min-think", "0.05",
                "--max-think", "0.2", "--ramp-seconds", "0.5", "--burst-seconds", "2", "--rounds", "2", "--baseline-seconds", "1", "--page-seconds", "0.5",
                "--page-rounds", "1", "--page-clients", "2", "--questions", "6", "--work", dir.toString(),
                "--server-jvm", "-Xmx256m -XX:TieredStopAtLevel=1");
        String report = out.toString();
        assertTrue(exit == 0 || exit == 2, "exit " + exit + "\n" + report);
        for (String line : new String[] {"realistic (think 0.05-0.2 s)", "no pauses (2 rounds)", "baseline: plain JDBC, one row per transaction",
                "synchronous=2 (FULL)", "app / baseline:", "pages: question page", "bare Javalin handler", "targets"}) {
            assertTrue(report.contains(line), "missing \"" + line + "\" in\n" + report);
        }
        assertTrue(report.contains(" 0 errors"), "errors in a tiny run:\n" + report);
        System.out.println(report);
    }
}
