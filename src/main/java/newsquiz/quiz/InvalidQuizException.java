package newsquiz.quiz;

/** A quiz file or edit that breaks the format; the message names what is wrong. */
public final class InvalidQuizException extends Exception {
    public InvalidQuizException(String message) {
        super(message);
    }
}
