package newsquiz.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Class sessions: created with a fresh join code, looked up by it, closed by the teacher. */
public final class SessionStore {
    private static final String COLUMNS =
            "id, code, quiz_hash, feedback, drafts, question_ids, time_limit_seconds, created_at, closed_at";

    private final Database db;
    private final Codes codes;

    public SessionStore(Database db, Codes codes) {
        this.db = db;
        this.codes = codes;
    }

    public ClassSession create(String quizHash, Feedback feedback, boolean drafts, List<String> questionIds, Integer timeLimitSeconds) {
        String questions = JsonColumns.strings(questionIds);
        long id = db.write(c -> {
            String code = unusedCode(c);
            try (PreparedStatement s = c.prepareStatement("INSERT INTO class_session"
                    + " (code, quiz_hash, feedback, drafts, question_ids, time_limit_seconds, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    java.sql.Statement.RETURN_GENERATED_KEYS)) {
                s.setString(1, code);
                s.setString(2, quizHash);
                s.setString(3, feedback.json());
                s.setInt(4, drafts ? 1 : 0);
                s.setString(5, questions);
                if (timeLimitSeconds == null) {
                    s.setNull(6, Types.INTEGER);
                } else {
                    s.setInt(6, timeLimitSeconds);
                }
                s.setLong(7, System.currentTimeMillis());
                s.executeUpdate();
                return generatedId(s);
            }
        });
        return byId(id).orElseThrow();
    }

    private String unusedCode(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM class_session WHERE code = ?")) {
            while (true) {
                String code = codes.joinCode();
                s.setString(1, code);
                try (ResultSet rs = s.executeQuery()) {
                    if (!rs.next()) {
                        return code;
                    }
                }
            }
        }
    }

    public Optional<ClassSession> byCode(String code) {
        return one("SELECT " + COLUMNS + " FROM class_session WHERE code = ?", Codes.normalize(code));
    }

    public Optional<ClassSession> byId(long id) {
        return one("SELECT " + COLUMNS + " FROM class_session WHERE id = ?", id);
    }

    public List<ClassSession> all() {
        return db.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM class_session ORDER BY id");
                    ResultSet rs = s.executeQuery()) {
                List<ClassSession> sessions = new ArrayList<>();
                while (rs.next()) {
                    sessions.add(map(rs));
                }
                return sessions;
            }
        });
    }

    /** Closes the session (once; closing again keeps the first time). Answers are refused from then on. */
    public ClassSession close(long id) {
        db.write(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE class_session SET closed_at = ? WHERE id = ? AND closed_at IS NULL")) {
                s.setLong(1, System.currentTimeMillis());
                s.setLong(2, id);
                return s.executeUpdate();
            }
        });
        return byId(id).orElseThrow(() -> new Refused(Refused.Reason.NOT_FOUND, "no such session"));
    }

    private Optional<ClassSession> one(String sql, Object key) {
        return db.read(c -> {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setObject(1, key);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? Optional.of(map(rs)) : Optional.<ClassSession>empty();
                }
            }
        });
    }

    static ClassSession map(ResultSet rs) throws SQLException {
        int limit = rs.getInt("time_limit_seconds");
        Integer timeLimit = rs.wasNull() ? null : limit;
        long closed = rs.getLong("closed_at");
        Instant closedAt = rs.wasNull() ? null : Instant.ofEpochMilli(closed);
        return new ClassSession(rs.getLong("id"), rs.getString("code"), rs.getString("quiz_hash"),
                Feedback.parse(rs.getString("feedback")).orElseThrow(), rs.getInt("drafts") == 1,
                JsonColumns.strings(rs.getString("question_ids")), timeLimit,
                Instant.ofEpochMilli(rs.getLong("created_at")), closedAt);
    }

    static long generatedId(PreparedStatement s) throws SQLException {
        try (ResultSet keys = s.getGeneratedKeys()) {
            if (!keys.next()) {
                throw new SQLException("no id was generated");
            }
            return keys.getLong(1);
        }
    }
}
