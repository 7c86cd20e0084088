package newsquiz.web.teacher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import newsquiz.store.Database;
import newsquiz.store.TeacherStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TeacherCredentialsTest {
    @TempDir
    Path dir;

    @Test
    void aGeneratedPasswordIsShownOnceAndStoredOnlyAsABcryptHash() {
        try (Database db = Database.open(dir.resolve("t.db"))) {
            TeacherStore store = new TeacherStore(db);
            TeacherCredentials credentials = new TeacherCredentials(store);
            assertFalse(credentials.configured());
            Optional<String> generated = credentials.establish(null);
            assertTrue(generated.isPresent());
            assertTrue(generated.get().matches("[A-Z0-9]{4}(-[A-Z0-9]{4}){3}"), generated.get());
            String hash = store.passwordHash().orElseThrow();
            assertTrue(hash.startsWith("$2a$" + TeacherCredentials.COST + "$"), hash);
            assertFalse(hash.contains(generated.get()));
            assertTrue(credentials.matches(generated.get()));
            assertTrue(credentials.matches(generated.get()), "the second check is served from the verified cache");
            assertFalse(credentials.matches(generated.get().toLowerCase()));
            assertFalse(credentials.matches(""));
            assertFalse(credentials.matches(null));

            // The next start keeps it and shows nothing.
            assertEquals(Optional.empty(), new TeacherCredentials(store).establish(null));
            assertEquals(hash, store.passwordHash().orElseThrow());
        }
    }

    @Test
    void thePasswordFromTheEnvironmentReplacesTheStoredOne() {
        try (Database db = Database.open(dir.resolve("e.db"))) {
            TeacherStore store = new TeacherStore(db);
            TeacherCredentials credentials = new TeacherCredentials(store);
            String first = credentials.establish(null).orElseThrow();
            assertEquals(Optional.empty(), credentials.establish("a much longer passphrase \u00e9t\u00e9 " + "x".repeat(80)));
            assertFalse(credentials.matches(first));
            assertTrue(credentials.matches("a much longer passphrase \u00e9t\u00e9 " + "x".repeat(80)), "over 72 bytes still counts in full");
            assertFalse(credentials.matches("a much longer passphrase \u00e9t\u00e9 " + "x".repeat(79)));
            assertThrows(IllegalArgumentException.class, () -> credentials.establish("short"));
        }
    }
}
