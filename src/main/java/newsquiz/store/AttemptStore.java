package newsquiz.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

/** Attempts and their bearer tokens: self-study starts, class joins and rejoins, finishing. */
public final class AttemptStore {
    private static final String COLUMNS =
            "a.id, a.quiz_hash, a.session_id, a.display_name, a.rejoin_code, a.question_ids, a.created_at, a.finished_at";

    private final Database db;
    private final Codes codes;

    public AttemptStore(Database db, Codes codes) {
        this.db = db;
        this.codes = codes;
    }

    public IssuedAttempt startSelfStudy(String quizHash, List<String> questionIds) {
        String token = codes.token();
        long id = db.write(c -> {
            long attemptId = insert(c, quizHash, null, null, null, null, questionIds);
            addToken(c, attemptId, token);
            return attemptId;
        });
        return new IssuedAttempt(byId(id).orElseThrow(), token);
    }

    /**
     * Joins a class session under a display name no one else in it holds. The new attempt gets a
     * personal rejoin code for moving to another device.
     */
    public IssuedAttempt join(long sessionId, String displayName) {
        String token = codes.token();
        String nameKey = nameKey(displayName);
        long id = db.write(c -> {
            ClassSession session = session(c, sessionId);
            if (session.closed()) {
                throw new Refused(Refused.Reason.SESSION_CLOSED, "This class session is closed, so no one can join it any more.");
            }
            if (attemptByName(c, sessionId, nameKey).isPresent()) {
                throw new Refused(Refused.Reason.NAME_TAKEN, "Someone in this class already uses the name \u201c" + displayName
                        + "\u201d. If that is you, enter your personal code as well; otherwise pick another name.");
            }
            String rejoin = unusedRejoinCode(c, sessionId);
            long attemptId = insert(c, session.quizHash(), sessionId, displayName, nameKey, rejoin, session.questionIds());
            addToken(c, attemptId, token);
            return attemptId;
        });
        return new IssuedAttempt(byId(id).orElseThrow(), token);
    }

    /** Continues an attempt on another device: the name and the personal code must both match. */
    public IssuedAttempt rejoin(long sessionId, String displayName, String rejoinCode) {
        String token = codes.token();
        String nameKey = nameKey(displayName);
        String code = Codes.normalize(rejoinCode);
        long id = db.write(c -> {
            OptionalLong found = attemptByName(c, sessionId, nameKey);
            String stored = found.isPresent() ? rejoinCodeOf(c, found.getAsLong()) : null;
            if (found.isEmpty() || !Codes.sameCode(stored, code)) {
                throw new Refused(Refused.Reason.NOT_FOUND,
                        "That name and personal code do not match anyone in this class. Check both and try again.");
            }
            addToken(c, found.getAsLong(), token);
            return found.getAsLong();
        });
        return new IssuedAttempt(byId(id).orElseThrow(), token);
    }

    public Optional<Attempt> byId(long id) {
        return one("SELECT " + COLUMNS + " FROM attempt a WHERE a.id = ?", id);
    }

    /** The attempt a bearer token belongs to. */
    public Optional<Attempt> byToken(String token) {
        if (token == null || token.isBlank() || token.length() > 200) {
            return Optional.empty();
        }
        return one("SELECT " + COLUMNS + " FROM attempt a JOIN attempt_token t ON t.attempt_id = a.id WHERE t.token_hash = ?",
                Codes.hash(token));
    }

    public List<Attempt> forSession(long sessionId) {
        return db.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM attempt a WHERE a.session_id = ? ORDER BY a.id")) {
                s.setLong(1, sessionId);
                try (ResultSet rs = s.executeQuery()) {
                    List<Attempt> attempts = new ArrayList<>();
                    while (rs.next()) {
                        attempts.add(map(rs));
                    }
                    return attempts;
                }
            }
        });
    }

    /** Marks the attempt finished; finishing again keeps the first time. */
    public Attempt finish(long attemptId) {
        db.write(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE attempt SET finished_at = ? WHERE id = ? AND finished_at IS NULL")) {
                s.setLong(1, System.currentTimeMillis());
                s.setLong(2, attemptId);
                return s.executeUpdate();
            }
        });
        return byId(attemptId).orElseThrow(() -> new Refused(Refused.Reason.NOT_FOUND, "no such attempt"));
    }

    /** Display names count as the same when they differ only in case, spacing or Unicode form. */
    public static String nameKey(String displayName) {
        return Normalizer.normalize(displayName, Normalizer.Form.NFKC).strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static long insert(Connection c, String quizHash, Long sessionId, String name, String nameKey, String rejoinCode,
            List<String> questionIds) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO attempt (quiz_hash, session_id, display_name, name_key,"
                + " rejoin_code, question_ids, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            s.setString(1, quizHash);
            if (sessionId == null) {
                s.setNull(2, Types.INTEGER);
            } else {
                s.setLong(2, sessionId);
            }
            s.setString(3, name);
            s.setString(4, nameKey);
            s.setString(5, rejoinCode);
            s.setString(6, JsonColumns.strings(questionIds));
            s.setLong(7, System.currentTimeMillis());
            s.executeUpdate();
            return SessionStore.generatedId(s);
        }
    }

    private static void addToken(Connection c, long attemptId, String token) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO attempt_token (token_hash, attempt_id, created_at) VALUES (?, ?, ?)")) {
            s.setString(1, Codes.hash(token));
            s.setLong(2, attemptId);
            s.setLong(3, System.currentTimeMillis());
            s.executeUpdate();
        }
    }

    private static ClassSession session(Connection c, long sessionId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT * FROM class_session WHERE id = ?")) {
            s.setLong(1, sessionId);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    throw new Refused(Refused.Reason.NOT_FOUND, "There is no class session with that code.");
                }
                return SessionStore.map(rs);
            }
        }
    }

    private static OptionalLong attemptByName(Connection c, long sessionId, String nameKey) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT id FROM attempt WHERE session_id = ? AND name_key = ?")) {
            s.setLong(1, sessionId);
            s.setString(2, nameKey);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? OptionalLong.of(rs.getLong(1)) : OptionalLong.empty();
            }
        }
    }

    private static String rejoinCodeOf(Connection c, long attemptId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT rejoin_code FROM attempt WHERE id = ?")) {
            s.setLong(1, attemptId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private String unusedRejoinCode(Connection c, long sessionId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM attempt WHERE session_id = ? AND rejoin_code = ?")) {
            while (true) {
                String code = codes.rejoinCode();
                s.setLong(1, sessionId);
                s.setString(2, code);
                try (ResultSet rs = s.executeQuery()) {
                    if (!rs.next()) {
                        return code;
                    }
                }
            }
        }
    }

    private Optional<Attempt> one(String sql, Object key) {
        return db.read(c -> {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setObject(1, key);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? Optional.of(map(rs)) : Optional.<Attempt>empty();
                }
            }
        });
    }

    private static Attempt map(ResultSet rs) throws SQLException {
        long session = rs.getLong("session_id");
        Long sessionId = rs.wasNull() ? null : session;
        long finished = rs.getLong("finished_at");
        Instant finishedAt = rs.wasNull() ? null : Instant.ofEpochMilli(finished);
        return new Attempt(rs.getLong("id"), rs.getString("quiz_hash"), sessionId, rs.getString("display_name"),
                rs.getString("rejoin_code"), JsonColumns.strings(rs.getString("question_ids")),
                Instant.ofEpochMilli(rs.getLong("created_at")), finishedAt);
    }
}
