package newsquiz.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ExportCommandTest {
    @TempDir
    Path dir;
    Path quiz;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @BeforeEach
    void copyFixture() throws IOException {
        quiz = dir.resolve("fixture.yaml");
        try (InputStream in = getClass().getResourceAsStream("/quizzes/export-fixture.yaml")) {
            Files.copy(in, quiz);
        }
    }

    private int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void writesTheFileAndPrintsWarningsToStderr() throws IOException {
        Path target = dir.resolve("out/quiz.txt");
        assertEquals(0, run("export", quiz.toString(), "--format", "gift", "--out", target.toString()));
        assertTrue(Files.readString(target).contains("::q01::[plain]"));
        assertEquals("wrote 5 questions to " + target + System.lineSeparator(), out.toString());
        assertTrue(err.toString().contains("newsquiz: warning: q05: left out: GIFT has no ordering questions"), err.toString());
    }

    @Test
    void aFolderGetsTheQuizIdAsFileName() {
        assertEquals(0, run("export", quiz.toString(), "--format", "qti", "--out", dir.toString(), "--approved-only"));
        assertTrue(Files.isRegularFile(dir.resolve("export-fixture.qti21.zip")));
        assertTrue(out.toString().startsWith("wrote 4 questions"), out.toString());
        assertEquals(0, run("export", quiz.toString(), "--format", "moodle", "--out", dir.resolve("new") + "/"));
        assertTrue(Files.isRegularFile(dir.resolve("new/export-fixture.moodle.xml")));
    }

    @Test
    void badInputIsOneLineAndNonZero() throws IOException {
        assertOneLineError(2, "unknown format 'pdf'", "export", quiz.toString(), "--format", "pdf");
        assertOneLineError(2, "results page", "export", quiz.toString(), "--format", "csv");
        assertOneLineError(2, "no quiz file at", "export", dir.resolve("missing.yaml").toString(), "--format", "gift");
        Path broken = Files.writeString(dir.resolve("broken.yaml"), "id: Bad Id\ntitle: x\nquestions: []\n");
        assertOneLineError(2, "id must be", "export", broken.toString(), "--format", "gift");
        Path onlyDrafts = Files.writeString(dir.resolve("drafts.yaml"), Files.readString(quiz)
                .replace("status: approved", "status: draft"));
        assertOneLineError(1, "nothing was written", "export", onlyDrafts.toString(), "--format", "aiken",
                "--approved-only");
        assertFalse(Files.exists(dir.resolve("export-fixture.aiken.txt")));
    }

    private void assertOneLineError(int code, String text, String... args) {
        err.getBuffer().setLength(0);
        assertEquals(code, run(args), err.toString());
        String[] lines = err.toString().strip().split("\\R");
        String last = lines[lines.length - 1];
        assertTrue(last.startsWith("newsquiz: ") && last.contains(text), err.toString());
        for (String line : lines) {
            assertTrue(line.startsWith("newsquiz: "), "every line is a message, no stack trace: " + err);
        }
    }
}
