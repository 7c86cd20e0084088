package newsquiz.store;

/** A write the rules do not allow; the message is meant for the learner and nothing was written. */
public final class Refused extends RuntimeException {
    public enum Reason { NOT_FOUND, SESSION_CLOSED, ATTEMPT_FINISHED, ANSWER_LOCKED, NAME_TAKEN }

    private final Reason reason;

    public Refused(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
