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

    /** Closed by the teacher, or its time limit has run out. */
    public boolean closed() {
        return closedAt != null || deadline() != null && !Instant.now().isBefore(deadline());
    }

    /** When the time limit ends the session, or null without a limit. */
    public Instant deadline() {
        return timeLimitSeconds == null ? null : createdAt.plusSeconds(timeLimitSeconds);
    }
}
