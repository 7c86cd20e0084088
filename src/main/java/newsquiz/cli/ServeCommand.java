package newsquiz.cli;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import newsquiz.article.ArticleReader;
import newsquiz.article.InvalidArticleException;
import newsquiz.generate.QuizPipeline;
import newsquiz.nlp.Nlp;
import newsquiz.quiz.Quiz;
import newsquiz.quiz.QuizFiles;
import newsquiz.store.Database;
import newsquiz.store.DatabaseInUseException;
import newsquiz.store.Stores;
import newsquiz.store.TeacherStore;
import newsquiz.web.ArticleLibrary;
import newsquiz.web.QuizLibrary;
import newsquiz.web.WebApp;
import newsquiz.web.teacher.TeacherCredentials;
import newsquiz.web.teacher.TeacherSetup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "serve", description = "Start the web app (the default when newsquiz runs without arguments).")
final class ServeCommand implements Callable<Integer> {
    @Option(names = "--port", defaultValue = "7070", description = "port to listen on (default: ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--host", defaultValue = "0.0.0.0", description = "address to listen on (default: all, so phones on the same network can join)")
    String host;

    @Option(names = "--db", defaultValue = "data/newsquiz.db", description = "SQLite database file (default: ${DEFAULT-VALUE})")
    Path db;

    @Option(names = "--quizzes", defaultValue = "quizzes", description = "folder of quiz files (default: ${DEFAULT-VALUE})")
    Path quizzes;

    @Option(names = "--seeds", defaultValue = "seeds", description = "folder of articles; each one without a quiz gets one at start (default: ${DEFAULT-VALUE})")
    Path seeds;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Database database;
        try {
            database = Database.open(db);
        } catch (DatabaseInUseException e) {
            err.println("newsquiz: " + e.getMessage());
            return 3;
        }
        Nlp nlp = Nlp.load();
        generateMissingQuizzes(nlp, out, err);
        QuizLibrary library = QuizLibrary.load(quizzes);
        library.problems().forEach(p -> err.println("newsquiz: skipped " + p));
        Optional<String> generatedPassword;
        try {
            generatedPassword = new TeacherCredentials(new TeacherStore(database)).establish(System.getenv("NEWSQUIZ_TEACHER_PASSWORD"));
        } catch (IllegalArgumentException e) {
            database.close();
            err.println("newsquiz: " + e.getMessage());
            return 2;
        }
        // Articles teachers add go to the seeds folder, named like their quiz, so a restart does not generate them again.
        Javalin app = WebApp.create(Stores.on(database), library, new ArticleLibrary(Path.of(""), () -> nlp),
                new TeacherSetup(quizzes, seeds, () -> nlp));
        try {
            app.start(host, port);
        } catch (RuntimeException e) {
            database.close();
            err.println("newsquiz: cannot listen on port " + port + " (" + Main.oneLine(e) + "); try another --port");
            return 4;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.stop();
            database.close();
            stopped.countDown();
        }, "newsquiz-shutdown"));
        out.printf(Locale.ROOT, "newsquiz is running with %d quizzes and the database %s.%nOpen http://localhost:%d/ in a browser"
                + " (Ctrl+C stops it).%nTeachers sign in at http://localhost:%d/teacher%n", library.all().size(), db, app.port(), app.port());
        generatedPassword.ifPresent(password -> out.printf(Locale.ROOT, "%nThe teacher password is: %s%nIt is shown only this once"
                + " (the database keeps only a hash). Write it down, or set NEWSQUIZ_TEACHER_PASSWORD to choose your own.%n%n", password));
        out.flush();
        stopped.await();
        return 0;
    }

    /** Every article in the seeds folder without a quizzes/<slug>.yaml gets one generated now. */
    private void generateMissingQuizzes(Nlp nlp, PrintWriter out, PrintWriter err) throws IOException {
        if (!Files.isDirectory(seeds)) {
            return;
        }
        List<Path> articles;
        try (Stream<Path> files = Files.list(seeds)) {
            articles = files.filter(ServeCommand::isArticle).sorted().toList();
        }
        QuizPipeline pipeline = new QuizPipeline(nlp);
        for (Path file : articles) {
            String slug = QuizPipeline.slug(file);
            if (slug.isEmpty() || Stream.of(".yaml", ".yml", ".json").anyMatch(ext -> Files.exists(quizzes.resolve(slug + ext)))) {
                continue;
            }
            try {
                if (Files.size(file) > ArticleReader.MAX_BYTES) {
                    err.println("newsquiz: skipped " + file + ": larger than " + ArticleReader.MAX_BYTES / 1_000_000 + " MB");
                    continue;
                }
                Quiz quiz = pipeline.quiz(file.getFileName().toString(), Files.readAllBytes(file), slug, QuizPipeline.articlePath(file));
                if (quiz.questions().isEmpty()) {
                    err.println("newsquiz: no questions could be made from " + file + "; no quiz written");
                    continue;
                }
                Path target = quizzes.resolve(slug + ".yaml");
                QuizFiles.write(quiz, target);
                out.println("generated " + target + " (" + quiz.questions().size() + " questions) from " + file);
            } catch (InvalidArticleException e) {
                err.println("newsquiz: skipped " + file + ": " + e.getMessage());
            }
        }
    }

    private static boolean isArticle(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return Files.isRegularFile(p) && (name.endsWith(".txt") || name.endsWith(".md") || name.endsWith(".html") || name.endsWith(".htm"));
    }
}
