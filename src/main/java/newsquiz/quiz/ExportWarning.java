package newsquiz.quiz;

/**
 * Something an export could not carry: a question left out, or changed to fit the format.
 * {@code questionId} is null when the warning concerns the whole quiz.
 */
public record ExportWarning(String questionId, boolean skipped, String message) {
    @Override
    public String toString() {
        return (questionId == null ? "" : questionId + ": ") + message;
    }
}
