package newsquiz.store;

import java.time.Instant;
import java.util.List;

/** A learner's answer to one question; {@code changes} counts how often it was replaced. */
public record Answer(long attemptId, String questionId, List<String> choices, boolean correct, Instant answeredAt, int changes) {
    public Answer {
        choices = List.copyOf(choices);
    }
}
