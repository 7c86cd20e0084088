package newsquiz.store;

/** The database failed (disk full, read-only file, closed store); the answer was not stored. */
public final class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
