package newsquiz.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import newsquiz.quiz.Quiz;
import newsquiz.quiz.QuizFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnswerStoreTest {
    @TempDir
    Path dir;

    private Database db;
    private Stores stores;
    private String hash;

    @BeforeEach
    void open() throws Exception {
        db = Database.open(dir.resolve("answers.db"));
        stores = Stores.on(db);
        Quiz quiz = QuizFiles.read(Path.of("src/test/resources/web/quizzes/library-hours.yaml"));
        hash = stores.quizzes().snapshot(quiz);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void theSameAnswerTwiceIsOneRowAndAChangedAnswerReplacesIt() {
        long attempt = stores.attempts().startSelfStudy(hash, List.of("q1", "q2")).attempt().id();
        AnswerStore answers = stores.answers();

        assertEquals(SavedAnswer.Outcome.CREATED, answers.save(attempt, "q1", List.of("b"), false, false).outcome());
        assertEquals(SavedAnswer.Outcome.CONFIRMED, answers.save(attempt, "q1", List.of("b"), false, false).outcome());
        assertEquals(1, rows(attempt));

        SavedAnswer changed = answers.save(attempt, "q1", List.of("a"), true, false);
        assertEquals(SavedAnswer.Outcome.REPLACED, changed.outcome());
        assertEquals(1, rows(attempt));
        Answer stored = answers.forAttempt(attempt).get(0);
        assertEquals(List.of("a"), stored.choices());
        assertTrue(stored.correct());
        assertEquals(1, stored.changes());
    }

    @Test
    void aLockedAnswerCanBeConfirmedButNotChanged() {
        long attempt = stores.attempts().startSelfStudy(hash, List.of("q1")).attempt().id();
        stores.answers().save(attempt, "q1", List.of("b"), false, true);
        assertEquals(SavedAnswer.Outcome.CONFIRMED, stores.answers().save(attempt, "q1", List.of("b"), false, true).outcome());
        Refused e = assertThrows(Refused.class, () -> stores.answers().save(attempt, "q1", List.of("a"), true, true));
        assertEquals(Refused.Reason.ANSWER_LOCKED, e.reason());
        assertEquals(List.of("b"), stores.answers().forAttempt(attempt).get(0).choices());
    }

    @Test
    void aClosedSessionRefusesNewAnswersButConfirmsOnesAlreadyStored() {
        ClassSession session = stores.sessions().create(hash, Feedback.END, false, List.of("q1", "q2"), null);
        long attempt = stores.attempts().join(session.id(), "Sam").attempt().id();
        stores.answers().save(attempt, "q1", List.of("a"), true, false);
        stores.sessions().close(session.id());

        Refused e = assertThrows(Refused.class, () -> stores.answers().save(attempt, "q2", List.of("a"), true, false));
        assertEquals(Refused.Reason.SESSION_CLOSED, e.reason());
        assertThrows(Refused.class, () -> stores.answers().save(attempt, "q1", List.of("b"), false, false));
        // A retry of an answer that committed but whose acknowledgement was lost still gets one.
        assertEquals(SavedAnswer.Outcome.CONFIRMED, stores.answers().save(attempt, "q1", List.of("a"), true, false).outcome());
        assertEquals(1, rows(attempt));
        assertThrows(Refused.class, () -> stores.attempts().join(session.id(), "Late Student"));
    }

    @Test
    void aFinishedAttemptAcceptsNoChanges() {
        long attempt = stores.attempts().startSelfStudy(hash, List.of("q1", "q2")).attempt().id();
        stores.attempts().finish(attempt);
        Refused e = assertThrows(Refused.class, () -> stores.answers().save(attempt, "q1", List.of("a"), true, false));
        assertEquals(Refused.Reason.ATTEMPT_FINISHED, e.reason());
        assertEquals(0, rows(attempt));
    }

    @Test
    void answersToAnUnknownAttemptAreRefused() {
        Refused e = assertThrows(Refused.class, () -> stores.answers().save(12345, "q1", List.of("a"), true, false));
        assertEquals(Refused.Reason.NOT_FOUND, e.reason());
    }

    @Test
    void concurrentAnswersFromManyThreadsAreAllAcknowledgedAndAllStored() throws Exception {
        ClassSession session = stores.sessions().create(hash, Feedback.END, false, List.of("q1", "q2", "q3", "q4"), null);
        int students = 60;
        List<Long> attempts = new ArrayList<>();
        for (int i = 0; i < students; i++) {
            attempts.add(stores.attempts().join(session.id(), "Student " + i).attempt().id());
        }
        ExecutorService pool = Executors.newFixedThreadPool(32);
        List<Future<SavedAnswer>> acks = new ArrayList<>();
        for (long attempt : attempts) {
            for (String q : List.of("q1", "q2", "q3", "q4")) {
                acks.add(pool.submit(() -> stores.answers().save(attempt, q, List.of("a"), true, false)));
                // Every answer is sent twice, as a retry after a lost acknowledgement would.
                acks.add(pool.submit(() -> stores.answers().save(attempt, q, List.of("a"), true, false)));
            }
        }
        int acknowledged = 0;
        for (Future<SavedAnswer> ack : acks) {
            ack.get(60, TimeUnit.SECONDS);
            acknowledged++;
        }
        pool.shutdown();
        assertEquals(students * 8, acknowledged);
        assertEquals(students * 4, stores.answers().forSession(session.id()).size());
        long outcomesCreated = acks.stream().filter(f -> {
            try {
                return f.get().outcome() == SavedAnswer.Outcome.CREATED;
            } catch (Exception e) {
                return false;
            }
        }).count();
        assertEquals(students * 4, outcomesCreated);
    }

    @Test
    void anAcknowledgedAnswerIsVisibleToEveryReaderAtOnce() {
        long attempt = stores.attempts().startSelfStudy(hash, List.of("q1")).attempt().id();
        CompletableFuture<SavedAnswer> ack = stores.answers().submit(attempt, "q1", List.of("a"), true, false);
        ack.join();
        assertEquals(1, rows(attempt));
        assertFalse(stores.answers().forAttempt(attempt).isEmpty());
    }

    @Test
    void aRestartKeepsAttemptsTokensAndAnswers() {
        IssuedAttempt issued = stores.attempts().startSelfStudy(hash, List.of("q1", "q2"));
        stores.answers().save(issued.attempt().id(), "q2", List.of("c"), false, false);
        db.close();

        db = Database.open(dir.resolve("answers.db"));
        stores = Stores.on(db);
        Attempt again = stores.attempts().byToken(issued.token()).orElseThrow();
        assertEquals(issued.attempt().id(), again.id());
        assertEquals(List.of("q1", "q2"), again.questionIds());
        assertEquals(List.of("c"), stores.answers().forAttempt(again.id()).get(0).choices());
        assertEquals("Town library to open on Sundays after students collect 900 signatures",
                stores.quizzes().byHash(hash).orElseThrow().title());
    }

    private int rows(long attempt) {
        return db.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT count(*) FROM answer WHERE attempt_id = ?")) {
                s.setLong(1, attempt);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
    }
}
