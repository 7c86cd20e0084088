package newsquiz.web;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import newsquiz.nlp.Nlp;
import newsquiz.store.Database;
import newsquiz.store.Stores;
import newsquiz.store.TeacherStore;
import newsquiz.web.teacher.TeacherCredentials;
import newsquiz.web.teacher.TeacherSetup;

/**
 * A real server on a random port over a temporary SQLite file, with copies of the fixture quizzes
 * and articles next to it (teachers' edits write there), and a known teacher password.
 */
public final class TestServer implements AutoCloseable {
    public static final Path FIXTURES = Path.of("src/test/resources/web");
    public static final String TEACHER_PASSWORD = "correct horse battery staple";

    public final Path dbFile;
    public final Path root;
    public final Database db;
    public final Stores stores;
    public final QuizLibrary library;
    public final Javalin app;

    private TestServer(Path dbFile, int port) {
        this.dbFile = dbFile;
        this.root = dbFile.toAbsolutePath().getParent();
        copyFixtures(root);
        this.db = Database.open(dbFile);
        this.stores = Stores.on(db);
        new TeacherCredentials(new TeacherStore(db)).establish(TEACHER_PASSWORD);
        this.library = QuizLibrary.load(root.resolve("quizzes"));
        this.app = WebApp.create(stores, library, new ArticleLibrary(root, SharedNlp::get),
                new TeacherSetup(root.resolve("quizzes"), root.resolve("articles"), SharedNlp::get)).start("127.0.0.1", port);
    }

    public static TestServer start(Path dir) {
        return new TestServer(dir.resolve("test.db"), 0);
    }

    /** A new server on the same database file and folders (and, when given, the same port): a restart. */
    public static TestServer restart(Path dbFile, int port) {
        return new TestServer(dbFile, port);
    }

    public String url(String path) {
        return "http://127.0.0.1:" + app.port() + path;
    }

    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
        db.close();
    }

    /** Copies the fixture quizzes and articles once; a restarted server finds what the first one wrote. */
    private static void copyFixtures(Path root) {
        for (String folder : new String[] {"quizzes", "articles"}) {
            Path target = root.resolve(folder);
            if (Files.isDirectory(target)) {
                continue;
            }
            try (Stream<Path> files = Files.list(FIXTURES.resolve(folder))) {
                Files.createDirectories(target);
                for (Path f : files.toList()) {
                    Files.copy(f, target.resolve(f.getFileName()));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The models take a second to load; every test in the JVM shares one (they are read-only). */
    public static final class SharedNlp {
        private static final Nlp NLP = Nlp.load();

        public static Nlp get() {
            return NLP;
        }
    }
}
