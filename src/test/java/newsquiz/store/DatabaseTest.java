package newsquiz.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {
    @TempDir
    Path dir;

    @Test
    void everyConnectionRunsWalWithFullSyncAndForeignKeys() {
        try (Database db = Database.open(dir.resolve("a.db"))) {
            assertEquals(List.of("wal", "2", "1", "5000"), db.read(c -> List.of(
                    pragma(c, "journal_mode"), pragma(c, "synchronous"), pragma(c, "foreign_keys"), pragma(c, "busy_timeout"))));
            assertEquals(List.of("wal", "2", "1"), db.write(c -> List.of(
                    pragma(c, "journal_mode"), pragma(c, "synchronous"), pragma(c, "foreign_keys"))));
        }
    }

    @Test
    void migrationsRunOnceAndSetTheUserVersion() {
        Path file = dir.resolve("m.db");
        try (Database db = Database.open(file)) {
            assertEquals("2", db.read(c -> pragma(c, "user_version")));
        }
        try (Database db = Database.open(file)) {
            assertEquals("2", db.read(c -> pragma(c, "user_version")));
            assertEquals("0", db.read(c -> pragma(c, "foreign_key_check").isEmpty() ? "0" : "1"));
        }
    }

    @Test
    void aSecondServerOnTheSameFileIsRefusedWithAClearMessage() {
        Path file = dir.resolve("busy.db");
        try (Database first = Database.open(file)) {
            DatabaseInUseException e = assertThrows(DatabaseInUseException.class, () -> Database.open(file));
            assertTrue(e.getMessage().contains("already in use by another newsquiz server"), e.getMessage());
            assertTrue(e.getMessage().contains(first.file().getFileName().toString()), e.getMessage());
        }
        Database.open(file).close();
    }

    @Test
    void foreignKeysAreEnforced() {
        try (Database db = Database.open(dir.resolve("fk.db"))) {
            assertThrows(Exception.class, () -> db.write(c -> {
                try (Statement s = c.createStatement()) {
                    return s.executeUpdate("INSERT INTO answer (attempt_id, question_id, choices, correct, answered_at)"
                            + " VALUES (999, 'q', '[]', 0, 0)");
                }
            }));
        }
    }

    @Test
    void migrationScriptsSplitIntoStatements() {
        assertEquals(List.of("CREATE TABLE a (x INTEGER);", "CREATE INDEX i ON a (x);"),
                Migrations.statements("-- comment\nCREATE TABLE a (x INTEGER);\n\nCREATE INDEX i ON a (x);\n"));
    }

    private static String pragma(java.sql.Connection c, String name) throws Exception {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA " + name)) {
            return rs.next() ? rs.getString(1) : "";
        }
    }
}
