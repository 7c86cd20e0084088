package newsquiz.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import newsquiz.quiz.Quiz;
import newsquiz.quiz.QuizFiles;

/** Quiz snapshots: each version of a quiz that learners answered, frozen under its content hash. */
public final class QuizStore {
    private final Database db;
    /** Snapshots never change, so a found one can be kept. */
    private final Map<String, Quiz> cache = new ConcurrentHashMap<>();

    public QuizStore(Database db) {
        this.db = db;
    }

    /** Stores this version of the quiz if it is new; returns its hash. */
    public String snapshot(Quiz quiz) {
        String hash = QuizFiles.contentHash(quiz);
        if (cache.containsKey(hash)) {
            return hash;
        }
        String json = toJson(quiz);
        db.write(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT OR IGNORE INTO quiz_snapshot (hash, quiz_id, title, quiz_json, created_at) VALUES (?, ?, ?, ?, ?)")) {
                s.setString(1, hash);
                s.setString(2, quiz.id());
                s.setString(3, quiz.title());
                s.setString(4, json);
                s.setLong(5, System.currentTimeMillis());
                return s.executeUpdate();
            }
        });
        cache.put(hash, quiz);
        return hash;
    }

    public Optional<Quiz> byHash(String hash) {
        Quiz cached = cache.get(hash);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<Quiz> found = db.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT quiz_json FROM quiz_snapshot WHERE hash = ?")) {
                s.setString(1, hash);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? Optional.of(fromJson(rs.getString(1))) : Optional.<Quiz>empty();
                }
            }
        });
        found.ifPresent(q -> cache.put(hash, q));
        return found;
    }

    /** The quiz as learners saw it; read without re-validating, so stricter rules later never hide old answers. */
    private static Quiz fromJson(String json) {
        try {
            return JsonColumns.MAPPER.readValue(json, Quiz.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("corrupt quiz snapshot in the database", e);
        }
    }

    private static String toJson(Quiz quiz) {
        try {
            return JsonColumns.MAPPER.writeValueAsString(quiz);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
