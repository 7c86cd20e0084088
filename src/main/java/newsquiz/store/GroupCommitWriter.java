package newsquiz.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The only thread that writes to the database. Work submitted while a commit is in progress
 * waits in the queue and then goes into the next transaction together: with
 * {@code synchronous=FULL} each commit costs an fsync, so committing concurrent writes as one
 * (group commit) is what keeps throughput up. Each piece of work runs inside its own savepoint,
 * so one that fails is rolled back alone. A caller's future completes only after COMMIT has
 * returned: an acknowledged write is on disk.
 */
public final class GroupCommitWriter implements AutoCloseable {
    /** Enough to amortise the fsync; small enough that one batch never holds the lock for long. */
    static final int MAX_BATCH = 512;

    private static final Logger LOG = LoggerFactory.getLogger(GroupCommitWriter.class);

    private final Connection connection;
    private final BlockingQueue<Job<?>> queue = new LinkedBlockingQueue<>();
    private final Thread thread;
    private volatile boolean closing;
    private final AtomicLong commits = new AtomicLong();
    private final AtomicLong committedWork = new AtomicLong();

    GroupCommitWriter(Connection connection, String name) {
        this.connection = connection;
        this.thread = new Thread(this::loop, "sqlite-writer " + name);
        this.thread.setDaemon(true);
        this.thread.start();
    }

    /** Queues the work; the future completes after the transaction holding it has committed. */
    public <T> CompletableFuture<T> submit(SqlWork<T> work) {
        Job<T> job = new Job<>(work, new CompletableFuture<>());
        if (closing) {
            job.future.completeExceptionally(new StoreException("the database is closed", null));
            return job.future;
        }
        queue.add(job);
        // Closed between the check and the add: the writer may already be gone, so fail the work rather than leave it waiting.
        if (closing && !thread.isAlive() && queue.remove(job)) {
            job.future.completeExceptionally(new StoreException("the database is closed", null));
        }
        return job.future;
    }

    /** Runs the work and waits for its commit; the work's own exception comes back unchanged. */
    public <T> T write(SqlWork<T> work) {
        return Futures.join(submit(work));
    }

    private void loop() {
        List<Job<?>> batch = new ArrayList<>();
        while (!(closing && queue.isEmpty())) {
            try {
                Job<?> first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, MAX_BATCH - 1);
                commit(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (RuntimeException | Error e) {
                LOG.error("writer failed", e);
                for (Job<?> job : batch) {
                    job.future.completeExceptionally(new StoreException("could not write to the database", e));
                }
            } finally {
                batch.clear();
            }
        }
        for (Job<?> left; (left = queue.poll()) != null; ) {
            left.future.completeExceptionally(new StoreException("the database is closed", null));
        }
    }

    private void commit(List<Job<?>> batch) {
        SQLException failure = null;
        try {
            connection.setAutoCommit(false);
            for (Job<?> job : batch) {
                runInSavepoint(job);
            }
            connection.commit();
            commits.incrementAndGet();
        } catch (SQLException e) {
            failure = e;
            rollbackQuietly();
        } finally {
            // The driver begins the next transaction right after commit(); autoCommit=true ends it.
            try {
                connection.setAutoCommit(true);
            } catch (SQLException e) {
                failure = failure == null ? e : failure;
            }
        }
        for (Job<?> job : batch) {
            if (job.error != null) {
                job.future.completeExceptionally(job.error);
            } else if (failure != null) {
                job.future.completeExceptionally(new StoreException("could not save to the database: " + failure.getMessage(), failure));
            } else {
                committedWork.incrementAndGet();
                job.complete();
            }
        }
    }

    private void runInSavepoint(Job<?> job) throws SQLException {
        Savepoint savepoint = connection.setSavepoint();
        try {
            job.run(connection);
            connection.releaseSavepoint(savepoint);
        } catch (Exception e) {
            connection.rollback(savepoint);
            connection.releaseSavepoint(savepoint);
            job.error = e;
        }
    }

    private void rollbackQuietly() {
        try {
            connection.rollback();
        } catch (SQLException e) {
            // After a full disk or an I/O error SQLite may already have rolled the transaction back itself.
            if (e.getMessage() != null && e.getMessage().contains("no transaction is active")) {
                LOG.debug("rollback: SQLite had already rolled back");
            } else {
                LOG.warn("rollback failed: {}", e.getMessage());
            }
        }
    }

    /** Transactions committed so far; with {@link #committedWork()} shows how well writes are grouped. */
    public long commits() {
        return commits.get();
    }

    /** Pieces of work committed so far. */
    public long committedWork() {
        return committedWork.get();
    }

    /** Finishes the queued work, then stops; later submissions fail. */
    @Override
    public void close() {
        closing = true;
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static final class Job<T> {
        final SqlWork<T> work;
        final CompletableFuture<T> future;
        T result;
        Exception error;

        Job(SqlWork<T> work, CompletableFuture<T> future) {
            this.work = work;
            this.future = future;
        }

        void run(Connection connection) throws Exception {
            result = work.run(connection);
        }

        void complete() {
            future.complete(result);
        }
    }
}
