package newsquiz.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The SQLite file: one writer connection behind {@link GroupCommitWriter}, a few read
 * connections, migrations applied at open, and a lock file so only one server uses it at once.
 */
public final class Database implements AutoCloseable {
    /** Applied by the driver on every connection it opens. */
    static final String SETTINGS = "journal_mode=WAL&synchronous=FULL&foreign_keys=true&busy_timeout=5000";
    private static final int READERS = 4;

    private final Path file;
    private final DatabaseLock lock;
    private final Connection writerConnection;
    private final GroupCommitWriter writer;
    private final ReadPool readers;

    private Database(Path file, DatabaseLock lock, Connection writerConnection, ReadPool readers) {
        this.file = file;
        this.lock = lock;
        this.writerConnection = writerConnection;
        this.readers = readers;
        this.writer = new GroupCommitWriter(writerConnection, file.getFileName().toString());
    }

    /** Opens (creating if needed) and migrates the database; refuses one another server holds. */
    public static Database open(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        try {
            Files.createDirectories(absolute.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the folder for " + file + ": " + e.getMessage(), e);
        }
        DatabaseLock lock = DatabaseLock.acquire(absolute);
        List<Connection> opened = new ArrayList<>();
        try {
            Connection writer = connect(writerUrl(absolute));
            opened.add(writer);
            Migrations.apply(writer);
            List<Connection> readers = new ArrayList<>();
            for (int i = 0; i < READERS; i++) {
                Connection reader = connect(readerUrl(absolute));
                opened.add(reader);
                try (Statement s = reader.createStatement()) {
                    s.execute("PRAGMA query_only = true");
                }
                readers.add(reader);
            }
            return new Database(absolute, lock, writer, new ReadPool(readers));
        } catch (SQLException e) {
            opened.forEach(Database::closeQuietly);
            lock.close();
            throw new StoreException("cannot open the database " + file + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            opened.forEach(Database::closeQuietly);
            lock.close();
            throw e;
        }
    }

    /** The writer URL; also what a benchmark's plain-JDBC baseline should use to compare like with like. */
    public static String writerUrl(Path file) {
        // IMMEDIATE: a read-then-write transaction takes the write lock up front instead of failing with BUSY_SNAPSHOT.
        return "jdbc:sqlite:" + file + "?" + SETTINGS + "&transaction_mode=IMMEDIATE";
    }

    private static String readerUrl(Path file) {
        return "jdbc:sqlite:" + file + "?" + SETTINGS + "&transaction_mode=DEFERRED";
    }

    private static Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url);
    }

    public Path file() {
        return file;
    }

    /** All writes go here; concurrent ones are committed together. */
    public GroupCommitWriter writer() {
        return writer;
    }

    public ReadPool readers() {
        return readers;
    }

    public <T> T read(SqlWork<T> work) {
        return readers.read(work);
    }

    public <T> T write(SqlWork<T> work) {
        return writer.write(work);
    }

    @Override
    public void close() {
        writer.close();
        readers.close();
        closeQuietly(writerConnection);
        lock.close();
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // already unusable
        }
    }
}
