package newsquiz.quiz;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One answer as the results CSV shows it: who answered which question in which session, the choice ids picked
 * (in the learner's order, which matters for ordering questions), whether it was right, and when.
 */
public record AnswerRow(String session, String student, String questionId, List<String> choices, boolean correct,
        Instant answeredAt) {
    public AnswerRow {
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(student, "student");
        Objects.requireNonNull(questionId, "questionId");
        Objects.requireNonNull(answeredAt, "answeredAt");
        choices = choices == null ? List.of() : List.copyOf(choices);
    }
}
