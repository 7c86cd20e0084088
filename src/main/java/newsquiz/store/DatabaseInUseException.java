package newsquiz.store;

/** Another newsquiz server already has this database open. */
public final class DatabaseInUseException extends RuntimeException {
    public DatabaseInUseException(String message) {
        super(message);
    }
}
