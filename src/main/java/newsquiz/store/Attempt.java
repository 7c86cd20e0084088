package newsquiz.store;

import java.time.Instant;
import java.util.List;

/** One learner working through a quiz snapshot; {@code sessionId} is null for self-study. */
public record Attempt(
        long id,
        String quizHash,
        Long sessionId,
        String displayName,
        String rejoinCode,
        List<String> questionIds,
        Instant createdAt,
        Instant finishedAt) {

    public Attempt {
        questionIds = List.copyOf(questionIds);
    }

    public boolean classroom() {
        return sessionId != null;
    }

    public boolean finished() {
        return finishedAt != null;
    }
}
