package newsquiz.article;

/** Input that cannot be read as an article; the message is one line meant for the user. */
public final class InvalidArticleException extends Exception {
    public InvalidArticleException(String message) {
        super(message);
    }
}
