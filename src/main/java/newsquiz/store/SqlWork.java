package newsquiz.store;

import java.sql.Connection;

/** A unit of database work run on a connection the caller does not own. */
@FunctionalInterface
public interface SqlWork<T> {
    T run(Connection connection) throws Exception;
}
