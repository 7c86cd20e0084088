package newsquiz.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Applies {@code db/migration/V<n>.sql} in order, each in one transaction together with
 * {@code PRAGMA user_version = n}, so a crash leaves the database at a whole version.
 */
final class Migrations {
    private static final String FOLDER = "/db/migration/";

    private Migrations() {}

    /** Brings the database up to the newest version; returns that version. */
    static int apply(Connection connection) throws SQLException {
        List<String> scripts = scripts();
        int current = userVersion(connection);
        if (current > scripts.size()) {
            throw new SQLException("the database is at schema version " + current
                    + " but this newsquiz knows only up to " + scripts.size() + "; use a newer newsquiz");
        }
        for (int version = current + 1; version <= scripts.size(); version++) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                for (String sql : statements(scripts.get(version - 1))) {
                    statement.executeUpdate(sql);
                }
                statement.executeUpdate("PRAGMA user_version = " + version);
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw new SQLException("migration V" + version + " failed: " + e.getMessage(), e);
            } finally {
                connection.setAutoCommit(true);
            }
        }
        return scripts.size();
    }

    static int userVersion(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static List<String> scripts() {
        List<String> scripts = new ArrayList<>();
        for (int version = 1; ; version++) {
            try (InputStream in = Migrations.class.getResourceAsStream(FOLDER + "V" + version + ".sql")) {
                if (in == null) {
                    return scripts;
                }
                scripts.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new IllegalStateException("cannot read migration V" + version, e);
            }
        }
    }

    /** Splits a script at semicolons that end a line; our scripts keep no semicolons inside statements. */
    static List<String> statements(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n")) {
            String code = line.strip();
            if (code.startsWith("--")) {
                continue;
            }
            current.append(line).append('\n');
            if (code.endsWith(";")) {
                statements.add(current.toString().strip());
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            statements.add(current.toString().strip());
        }
        return statements;
    }
}
