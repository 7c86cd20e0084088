package newsquiz.cli;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.concurrent.Callable;
import newsquiz.quiz.ExportFormat;
import newsquiz.quiz.ExportResult;
import newsquiz.quiz.ExportWarning;
import newsquiz.quiz.Exporters;
import newsquiz.quiz.InvalidQuizException;
import newsquiz.quiz.QuestionSelection;
import newsquiz.quiz.Quiz;
import newsquiz.quiz.QuizFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "export", description = "Export a quiz for another tool: GIFT, Moodle XML, Aiken or QTI 2.1 (zip).")
final class ExportCommand implements Callable<Integer> {
    private static final String FORMATS = "gift, moodle, aiken or qti";

    @Parameters(paramLabel = "QUIZ", description = "the quiz file (.yaml or .json)")
    Path quizFile;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "gift, moodle, aiken or qti")
    String format;

    @Option(names = "--out", paramLabel = "PATH",
            description = "file to write, a folder to write <quiz-id>.<format> into, or - for stdout "
                    + "(default: <quiz-id>.<format> in the current folder)")
    String out;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help")
    boolean help;

    @Option(names = "--approved-only", description = "only approved questions (default: all but rejected ones)")
    boolean approvedOnly;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Optional<ExportFormat> chosen = ExportFormat.byName(format);
        if (chosen.isEmpty()) {
            err.println("newsquiz: " + ("csv".equalsIgnoreCase(format.strip())
                    ? "csv exports class results, which live in the database: download them from a session's "
                            + "results page (the command line exports quizzes as " + FORMATS + ")"
                    : "unknown format '" + format + "' (use " + FORMATS + ")"));
            return 2;
        }
        if (!Files.isRegularFile(quizFile)) {
            err.println("newsquiz: no quiz file at " + quizFile);
            return 2;
        }
        Quiz quiz;
        try {
            quiz = QuizFiles.read(quizFile);
        } catch (InvalidQuizException e) {
            err.println("newsquiz: " + quizFile + ": " + Main.oneLine(e));
            return 2;
        }
        ExportResult result = Exporters.export(quiz, chosen.get(),
                approvedOnly ? QuestionSelection.APPROVED_ONLY : QuestionSelection.NOT_REJECTED);
        for (ExportWarning w : result.warnings()) {
            err.println("newsquiz: warning: " + w);
        }
        if (result.exportedQuestionIds().isEmpty()) {
            err.println("newsquiz: nothing to export from " + quizFile + ", so nothing was written");
            return 1;
        }
        if ("-".equals(out)) {
            PrintStream stdout = System.out;
            stdout.write(result.content(), 0, result.content().length);
            stdout.flush();
            return 0;
        }
        Path target = target(result.fileName());
        try {
            write(target, result.content());
        } catch (IOException e) {
            err.println("newsquiz: cannot write " + target + ": " + Main.oneLine(e));
            return 1;
        }
        spec.commandLine().getOut().println("wrote " + result.exportedQuestionIds().size() + " questions to " + target);
        spec.commandLine().getOut().flush();
        return 0;
    }

    /** A folder, existing or named with a trailing separator, gets the export's own file name. */
    private Path target(String fileName) {
        if (out == null || out.isBlank()) {
            return Path.of(fileName);
        }
        Path path = Path.of(out);
        boolean folder = out.endsWith("/") || out.endsWith(File.separator) || Files.isDirectory(path);
        return folder ? path.resolve(fileName) : path;
    }

    /** Through a temporary file and a rename, so a failed export never leaves half a file behind. */
    private static void write(Path target, byte[] content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, ".export", ".tmp");
        try {
            Files.write(tmp, content);
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
