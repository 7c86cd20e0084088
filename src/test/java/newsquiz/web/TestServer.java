package newsquiz.web;

import io.javalin.Javalin;
import java.nio.file.Path;
import newsquiz.nlp.Nlp;
import newsquiz.store.Database;
import newsquiz.store.Stores;

/** A real server on a random port over a temporary SQLite file, with the fixture quizzes. */
final class TestServer implements AutoCloseable {
    static final Path FIXTURES = Path.of("src/test/resources/web");

    final Path dbFile;
    final Database db;
    final Stores stores;
    final Javalin app;

    private TestServer(Path dbFile, int port) {
        this.dbFile = dbFile;
        this.db = Database.open(dbFile);
        this.stores = Stores.on(db);
        QuizLibrary library = QuizLibrary.load(FIXTURES.resolve("quizzes"));
        this.app = WebApp.create(stores, library, new ArticleLibrary(FIXTURES, SharedNlp::get)).start("127.0.0.1", port);
    }

    static TestServer start(Path dir) {
        return new TestServer(dir.resolve("test.db"), 0);
    }

    /** A new server on the same database file (and, when given, the same port): a restart. */
    static TestServer restart(Path dbFile, int port) {
        return new TestServer(dbFile, port);
    }

    String url(String path) {
        return "http://127.0.0.1:" + app.port() + path;
    }

    int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
        db.close();
    }

    /** The models take a second to load; every test in the JVM shares one (they are read-only). */
    static final class SharedNlp {
        private static final Nlp NLP = Nlp.load();

        static Nlp get() {
            return NLP;
        }
    }
}
