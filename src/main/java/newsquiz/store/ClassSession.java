package newsquiz.store;

import java.time.Instant;
import java.util.List;

/** A class session: a quiz snapshot, the questions it runs, and how it gives feedback. */
public record ClassSession(
        long id,
        String code,
        String quizHash,
        Feedback feedback,
        boolean drafts,
        List<String> questionIds,
        Integer timeLimitSeconds,
        Instant createdAt,
        Instant closedAt) {

    public ClassSession {
        questionIds = List.copyOf(questionIds);
    }

    public boolean closed() {
        return closedAt != null;
    }
}
