package newsquiz.store;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** Waits for a store future and rethrows what the work threw, not a wrapper. */
final class Futures {
    private Futures() {}

    static <T> T join(CompletableFuture<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while waiting for the database", e);
        } catch (ExecutionException e) {
            throw unwrap(e.getCause());
        }
    }

    /** The same future, failing with the work's own runtime exception (or a {@link StoreException}) as {@link #join} throws it. */
    static <T> CompletableFuture<T> plain(CompletableFuture<T> future) {
        return future.handle((value, failure) -> {
            if (failure != null) {
                throw unwrap(failure);
            }
            return value;
        });
    }

    static RuntimeException unwrap(Throwable cause) {
        while (cause instanceof CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new StoreException("could not save to the database: " + cause.getMessage(), cause);
    }
}
