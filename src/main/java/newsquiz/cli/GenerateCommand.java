package newsquiz.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import newsquiz.article.ArticleReader;
import newsquiz.article.InvalidArticleException;
import newsquiz.generate.QuizPipeline;
import newsquiz.nlp.Nlp;
import newsquiz.quiz.Quiz;
import newsquiz.quiz.QuizFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "generate", description = "Generate a quiz from an article (.txt, .md or .html); writes quizzes/<name>.yaml.")
final class GenerateCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "the article")
    Path file;

    @Option(names = "--json", description = "print the quiz as JSON instead of writing a file")
    boolean json;

    @Option(names = "--out", paramLabel = "PATH", description = "where to write the YAML (default: quizzes/<name>.yaml)")
    Path out;

    @Option(names = "--count", paramLabel = "N", defaultValue = "20", description = "questions to aim for (default: ${DEFAULT-VALUE}; fewer for short articles)")
    int count;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (count < 1 || count > 60) {
            err.println("newsquiz: --count must be between 1 and 60");
            return 2;
        }
        Quiz quiz;
        try {
            if (!Files.isRegularFile(file)) {
                throw new InvalidArticleException(Files.isDirectory(file) ? file + " is a folder, not an article file" : "no such file: " + file);
            }
            if (Files.size(file) > ArticleReader.MAX_BYTES) {
                new ArticleReader(Nlp.load()).read(file);
            }
            byte[] bytes = Files.readAllBytes(file);
            quiz = new QuizPipeline(Nlp.load()).quiz(file.getFileName().toString(), bytes, QuizPipeline.slug(file),
                    QuizPipeline.articlePath(file), count);
        } catch (InvalidArticleException e) {
            err.println("newsquiz: " + e.getMessage());
            return 2;
        }
        if (quiz.questions().isEmpty()) {
            err.println("newsquiz: no questions could be made from " + file + " (too few statements or facts to ask about)");
            return 1;
        }
        if (json) {
            PrintWriter stdout = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
            stdout.println(QuizFiles.toJson(quiz));
            stdout.flush();
            return 0;
        }
        Path target = out != null ? out : Path.of("quizzes", quiz.id() + ".yaml");
        QuizFiles.write(quiz, target);
        spec.commandLine().getOut().println("wrote " + target + " (" + quiz.questions().size() + " questions; status: draft,"
                + " for a teacher to review)");
        return 0;
    }
}
