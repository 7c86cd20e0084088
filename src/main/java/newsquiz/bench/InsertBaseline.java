package newsquiz.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import newsquiz.store.Database;

/**
 * The yardstick for answer throughput: one thread inserting answer-shaped rows through plain
 * JDBC, one row per transaction (autocommit), on a connection with exactly the app's pragmas
 * ({@link Database#writerUrl}), so each row pays its own fsync under {@code synchronous=FULL}.
 */
public final class InsertBaseline {
    private static final Duration WARM_UP = Duration.ofSeconds(1);
    /** What the run measured, with the pragmas the connection really had. */
    public record Result(long rows, double seconds, String journalMode, int synchronous) {
        public double rowsPerSecond() {
            return rows / seconds;
        }

        public String pragmas() {
            return "journal_mode=" + journalMode + ", synchronous=" + synchronous + (synchronous == 2 ? " (FULL)" : "");
        }
    }

    private InsertBaseline() {}

    /**
     * Inserts for a short warm-up, then for {@code duration}, and reports the second part only:
     * a fresh file is slower at first, while its WAL grows, than in the steady state that a
     * server running an exam is in.
     */
    public static Result run(Path file, Duration duration) throws SQLException {
        try (Connection c = DriverManager.getConnection(Database.writerUrl(file.toAbsolutePath()))) {
            try (Statement s = c.createStatement()) {
                s.executeUpdate("CREATE TABLE IF NOT EXISTS answer (attempt_id INTEGER NOT NULL, question_id TEXT NOT NULL,"
                        + " choices TEXT NOT NULL, correct INTEGER NOT NULL, answered_at INTEGER NOT NULL,"
                        + " changes INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (attempt_id, question_id)) WITHOUT ROWID");
            }
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO answer (attempt_id, question_id, choices, correct, answered_at) VALUES (?, ?, ?, ?, ?)")) {
                insertFor(insert, nextAttempt(c), WARM_UP);
                long start = System.nanoTime();
                long rows = insertFor(insert, nextAttempt(c), duration);
                double seconds = (System.nanoTime() - start) / 1e9;
                return new Result(rows, seconds, pragma(c, "journal_mode"), Integer.parseInt(pragma(c, "synchronous")));
            }
        }
    }

    /** One row per statement; with autocommit on, each is its own transaction and its own fsync. */
    private static long insertFor(PreparedStatement insert, long firstAttempt, Duration duration) throws SQLException {
        long rows = 0;
        long end = System.nanoTime() + duration.toNanos();
        while (System.nanoTime() < end) {
            insert.setLong(1, firstAttempt + rows / 20);
            insert.setString(2, "q" + (rows % 20 + 1));
            insert.setString(3, "[\"b\"]");
            insert.setInt(4, (int) (rows & 1));
            insert.setLong(5, System.currentTimeMillis());
            insert.executeUpdate();
            rows++;
        }
        return rows;
    }

    /** Deletes the baseline's database and its WAL files. */
    public static void delete(Path file) throws java.io.IOException {
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
        }
    }

    private static long nextAttempt(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT coalesce(max(attempt_id), 0) + 1 FROM answer")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String pragma(Connection c, String name) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA " + name)) {
            return rs.next() ? rs.getString(1) : "";
        }
    }
}
