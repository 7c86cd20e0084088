package newsquiz.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import newsquiz.quiz.QuizFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AttemptStoreTest {
    @TempDir
    Path dir;

    private Database db;
    private Stores stores;
    private ClassSession session;

    @BeforeEach
    void open() throws Exception {
        db = Database.open(dir.resolve("attempts.db"));
        stores = Stores.on(db);
        String hash = stores.quizzes().snapshot(QuizFiles.read(Path.of("src/test/resources/web/quizzes/library-hours.yaml")));
        session = stores.sessions().create(hash, Feedback.IMMEDIATE, false, List.of("q1", "q2"), null);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void joinCodesUseOnlyTheUnambiguousAlphabet() {
        assertTrue(session.code().matches("[" + Codes.ALPHABET + "]{6}"), session.code());
        assertEquals(session.id(), stores.sessions().byCode(" " + session.code().toLowerCase() + " ").orElseThrow().id());
    }

    @Test
    void twoStudentsCannotHoldTheSameNameInOneSession() {
        IssuedAttempt sam = stores.attempts().join(session.id(), "Sam K");
        Refused e = assertThrows(Refused.class, () -> stores.attempts().join(session.id(), "  sam   k "));
        assertEquals(Refused.Reason.NAME_TAKEN, e.reason());
        assertTrue(sam.attempt().rejoinCode().matches("[" + Codes.ALPHABET + "]{5}"));
    }

    @Test
    void rejoiningNeedsTheNameAndThePersonalCodeAndKeepsTheSameAttempt() {
        IssuedAttempt sam = stores.attempts().join(session.id(), "Sam");
        assertThrows(Refused.class, () -> stores.attempts().rejoin(session.id(), "Sam", "WRONG"));
        assertThrows(Refused.class, () -> stores.attempts().rejoin(session.id(), "Alex", sam.attempt().rejoinCode()));

        IssuedAttempt moved = stores.attempts().rejoin(session.id(), "sam", sam.attempt().rejoinCode().toLowerCase());
        assertEquals(sam.attempt().id(), moved.attempt().id());
        assertNotEquals(sam.token(), moved.token());
        // Both devices keep working.
        assertEquals(sam.attempt().id(), stores.attempts().byToken(sam.token()).orElseThrow().id());
        assertEquals(sam.attempt().id(), stores.attempts().byToken(moved.token()).orElseThrow().id());
    }

    @Test
    void tokensAreStoredOnlyAsHashes() {
        IssuedAttempt sam = stores.attempts().join(session.id(), "Sam");
        int clear = db.read(c -> {
            try (var s = c.prepareStatement("SELECT count(*) FROM attempt_token WHERE token_hash = ?")) {
                s.setString(1, sam.token());
                try (var rs = s.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
        assertEquals(0, clear);
        assertTrue(stores.attempts().byToken("not-a-token").isEmpty());
        assertTrue(stores.attempts().byToken(null).isEmpty());
    }

    @Test
    void finishingTwiceKeepsTheFirstTime() throws Exception {
        long id = stores.attempts().startSelfStudy(session.quizHash(), List.of("q1")).attempt().id();
        assertNull(stores.attempts().byId(id).orElseThrow().finishedAt());
        var first = stores.attempts().finish(id).finishedAt();
        Thread.sleep(5);
        assertEquals(first, stores.attempts().finish(id).finishedAt());
    }
}
