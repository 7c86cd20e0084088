package newsquiz.cli;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import newsquiz.analysis.Analyzer;
import newsquiz.article.Article;
import newsquiz.article.ArticleReader;
import newsquiz.article.InvalidArticleException;
import newsquiz.generate.QuizGenerator;
import newsquiz.nlp.Nlp;
import newsquiz.quiz.Quiz;
import newsquiz.quiz.QuizFiles;
import newsquiz.store.Database;
import newsquiz.store.DatabaseInUseException;
import newsquiz.store.Stores;
import newsquiz.web.ArticleLibrary;
import newsquiz.web.QuizLibrary;
import newsquiz.web.WebApp;
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
        Javalin app = WebApp.create(Stores.on(database), library, new ArticleLibrary(Path.of(""), () -> nlp));
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
                + " (Ctrl+C stops it).%n", library.all().size(), db, app.port());
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
        ArticleReader reader = new ArticleReader(nlp);
        Analyzer analyzer = new Analyzer(nlp);
        QuizGenerator generator = new QuizGenerator();
        for (Path file : articles) {
            String slug = slug(file);
            if (slug.isEmpty() || Stream.of(".yaml", ".yml", ".json").anyMatch(ext -> Files.exists(quizzes.resolve(slug + ext)))) {
                continue;
            }
            try {
                Article article = reader.read(file);
                String sha = QuizFiles.sha256(Files.readAllBytes(file));
                Quiz quiz = generator.generate(analyzer.analyze(article), slug, file.toString(), sha);
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

    /** The file name without its extension, made into a valid quiz id. */
    static String slug(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = (dot > 0 ? name.substring(0, dot) : name).toLowerCase(Locale.ROOT);
        String slug = base.replaceAll("[^a-z0-9-]+", "-").replaceAll("-{2,}", "-").replaceAll("^-|-$", "");
        return slug.length() > 80 ? slug.substring(0, 80).replaceAll("-$", "") : slug;
    }
}
