package newsquiz.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GroupCommitWriterTest {
    @TempDir
    Path dir;

    @Test
    void workQueuedDuringACommitGoesIntoOneTransactionAndAFailureRollsBackOnlyItself() throws Exception {
        try (Database db = Database.open(dir.resolve("w.db"))) {
            db.write(c -> exec(c, "CREATE TABLE t (n INTEGER PRIMARY KEY)"));
            long commitsBefore = db.writer().commits();
            CountDownLatch running = new CountDownLatch(1);
            CountDownLatch hold = new CountDownLatch(1);
            CompletableFuture<Integer> blocker = db.writer().submit(c -> {
                running.countDown();
                hold.await(10, TimeUnit.SECONDS);
                return exec(c, "INSERT INTO t VALUES (0)");
            });
            assertTrue(running.await(10, TimeUnit.SECONDS));
            List<CompletableFuture<Integer>> batch = new ArrayList<>();
            for (int i = 1; i <= 50; i++) {
                int n = i;
                batch.add(db.writer().submit(c -> exec(c, "INSERT INTO t VALUES (" + n + ")")));
            }
            CompletableFuture<Integer> failing = db.writer().submit(c -> {
                exec(c, "INSERT INTO t VALUES (1000)");
                return exec(c, "INSERT INTO t VALUES (1)");
            });
            hold.countDown();
            blocker.get(10, TimeUnit.SECONDS);
            for (CompletableFuture<Integer> f : batch) {
                assertEquals(1, f.get(10, TimeUnit.SECONDS));
            }
            ExecutionException e = assertThrows(ExecutionException.class, () -> failing.get(10, TimeUnit.SECONDS));
            assertTrue(e.getCause().getMessage().contains("UNIQUE"), e.getCause().getMessage());
            // One commit for the blocker, one for the 51 pieces queued behind it.
            assertEquals(2, db.writer().commits() - commitsBefore);
            assertEquals(Integer.valueOf(51), db.read(c -> count(c, "SELECT count(*) FROM t")));
            assertEquals(Integer.valueOf(0), db.read(c -> count(c, "SELECT count(*) FROM t WHERE n = 1000")));
        }
    }

    @Test
    void afterCloseSubmissionsFailInsteadOfHanging() {
        Database db = Database.open(dir.resolve("closed.db"));
        db.close();
        CompletableFuture<Integer> late = db.writer().submit(c -> 1);
        assertTrue(late.isCompletedExceptionally());
        assertFalse(late.isCancelled());
    }

    private static int exec(java.sql.Connection c, String sql) throws Exception {
        try (Statement s = c.createStatement()) {
            return s.executeUpdate(sql);
        }
    }

    private static int count(java.sql.Connection c, String sql) throws Exception {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
