package newsquiz.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Answers, one per (attempt, question): saving again with the same choices confirms, with other
 * choices replaces; never a second row. Returns only after the answer has committed.
 */
public final class AnswerStore {
    private final Database db;

    public AnswerStore(Database db) {
        this.db = db;
    }

    /**
     * Saves an answer. A repeat of the stored answer is confirmed even after the session closed,
     * so a retry whose first acknowledgement was lost still gets one. {@code locked} forbids
     * changing an answer (the learner has already seen the key).
     */
    public SavedAnswer save(long attemptId, String questionId, List<String> choices, boolean correct, boolean locked) {
        return db.write(c -> save(c, attemptId, questionId, choices, correct, locked));
    }

    /**
     * The same as {@link #save} but without waiting: the future completes when the answer has
     * committed, or fails with what {@link #save} would throw ({@link Refused}, {@link StoreException}).
     * It completes on the writer thread, so callers should move heavier work to their own threads.
     */
    public java.util.concurrent.CompletableFuture<SavedAnswer> submit(long attemptId, String questionId, List<String> choices,
            boolean correct, boolean locked) {
        return Futures.plain(db.writer().submit(c -> save(c, attemptId, questionId, choices, correct, locked)));
    }

    private static SavedAnswer save(Connection c, long attemptId, String questionId, List<String> choices, boolean correct,
            boolean locked) throws SQLException {
        String json = JsonColumns.strings(choices);
        AttemptState state = state(c, attemptId);
        Optional<Answer> existing = find(c, attemptId, questionId);
        if (existing.isPresent() && existing.get().choices().equals(choices)) {
            return new SavedAnswer(existing.get(), SavedAnswer.Outcome.CONFIRMED);
        }
        if (state.sessionClosed) {
            throw new Refused(Refused.Reason.SESSION_CLOSED, "This class session is closed, so answers are no longer accepted.");
        }
        if (state.finished) {
            throw new Refused(Refused.Reason.ATTEMPT_FINISHED, "You have already handed in this quiz, so answers can no longer change.");
        }
        if (existing.isPresent() && locked) {
            throw new Refused(Refused.Reason.ANSWER_LOCKED, "You already answered this question and saw the right answer.");
        }
        long now = System.currentTimeMillis();
        try (PreparedStatement s = c.prepareStatement("INSERT INTO answer (attempt_id, question_id, choices, correct, answered_at)"
                + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (attempt_id, question_id) DO UPDATE SET choices = excluded.choices,"
                + " correct = excluded.correct, answered_at = excluded.answered_at, changes = changes + 1")) {
            s.setLong(1, attemptId);
            s.setString(2, questionId);
            s.setString(3, json);
            s.setInt(4, correct ? 1 : 0);
            s.setLong(5, now);
            s.executeUpdate();
        }
        int changes = existing.map(a -> a.changes() + 1).orElse(0);
        Answer saved = new Answer(attemptId, questionId, choices, correct, Instant.ofEpochMilli(now), changes);
        return new SavedAnswer(saved, existing.isPresent() ? SavedAnswer.Outcome.REPLACED : SavedAnswer.Outcome.CREATED);
    }

    public List<Answer> forAttempt(long attemptId) {
        return db.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT attempt_id, question_id, choices, correct, answered_at, changes"
                    + " FROM answer WHERE attempt_id = ? ORDER BY answered_at, question_id")) {
                s.setLong(1, attemptId);
                try (ResultSet rs = s.executeQuery()) {
                    List<Answer> answers = new ArrayList<>();
                    while (rs.next()) {
                        answers.add(map(rs));
                    }
                    return answers;
                }
            }
        });
    }

    /** Every answer in a class session, for results. */
    public List<Answer> forSession(long sessionId) {
        return db.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT n.attempt_id, n.question_id, n.choices, n.correct, n.answered_at,"
                    + " n.changes FROM answer n JOIN attempt a ON a.id = n.attempt_id WHERE a.session_id = ? ORDER BY n.attempt_id")) {
                s.setLong(1, sessionId);
                try (ResultSet rs = s.executeQuery()) {
                    List<Answer> answers = new ArrayList<>();
                    while (rs.next()) {
                        answers.add(map(rs));
                    }
                    return answers;
                }
            }
        });
    }

    private record AttemptState(boolean finished, boolean sessionClosed) {}

    private static AttemptState state(Connection c, long attemptId) throws SQLException {
        // A session whose time limit has run out is closed even before anyone marks it so.
        try (PreparedStatement s = c.prepareStatement("SELECT a.finished_at IS NOT NULL, s.closed_at IS NOT NULL"
                + " OR (s.time_limit_seconds IS NOT NULL AND s.created_at + s.time_limit_seconds * 1000 <= ?)"
                + " FROM attempt a LEFT JOIN class_session s ON s.id = a.session_id WHERE a.id = ?")) {
            s.setLong(1, System.currentTimeMillis());
            s.setLong(2, attemptId);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    throw new Refused(Refused.Reason.NOT_FOUND, "There is no such attempt.");
                }
                return new AttemptState(rs.getInt(1) == 1, rs.getInt(2) == 1);
            }
        }
    }

    private static Optional<Answer> find(Connection c, long attemptId, String questionId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT attempt_id, question_id, choices, correct, answered_at, changes"
                + " FROM answer WHERE attempt_id = ? AND question_id = ?")) {
            s.setLong(1, attemptId);
            s.setString(2, questionId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(map(rs)) : Optional.empty();
            }
        }
    }

    private static Answer map(ResultSet rs) throws SQLException {
        return new Answer(rs.getLong(1), rs.getString(2), JsonColumns.strings(rs.getString(3)), rs.getInt(4) == 1,
                Instant.ofEpochMilli(rs.getLong(5)), rs.getInt(6));
    }
}
