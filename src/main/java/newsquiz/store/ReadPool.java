package newsquiz.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A few read-only connections. In WAL mode readers never wait for the writer; each read runs in
 * its own short transaction so the queries in one piece of work see one snapshot.
 */
public final class ReadPool implements AutoCloseable {
    private final List<Connection> all;
    private final BlockingQueue<Connection> idle;

    ReadPool(List<Connection> connections) {
        this.all = List.copyOf(connections);
        this.idle = new ArrayBlockingQueue<>(connections.size(), false, connections);
    }

    public <T> T read(SqlWork<T> work) {
        Connection connection = borrow();
        try {
            connection.setAutoCommit(false);
            try {
                return work.run(connection);
            } finally {
                connection.commit();
                connection.setAutoCommit(true);
            }
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new StoreException("could not read from the database: " + e.getMessage(), e);
        } finally {
            idle.add(connection);
        }
    }

    private Connection borrow() {
        try {
            Connection connection = idle.poll(30, TimeUnit.SECONDS);
            if (connection == null) {
                throw new StoreException("the database is busy; try again", null);
            }
            return connection;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while waiting for the database", e);
        }
    }

    @Override
    public void close() {
        for (Connection c : all) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // closing anyway
            }
        }
    }
}
