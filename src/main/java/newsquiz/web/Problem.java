package newsquiz.web;

/** A request we turn away: the status and a message meant for the person who sent it. */
public final class Problem extends RuntimeException {
    private final int status;

    public Problem(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    public int status() {
        return status;
    }

    public static Problem badRequest(String message) {
        return new Problem(400, message);
    }

    public static Problem notFound(String message) {
        return new Problem(404, message);
    }

    public static Problem conflict(String message) {
        return new Problem(409, message);
    }
}
