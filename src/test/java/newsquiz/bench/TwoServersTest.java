package newsquiz.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two server processes on one database file: the second is refused, and a killed server's lock does not outlive it. */
class TwoServersTest {
    static final String PASSWORD = "two-servers-password";

    @TempDir
    Path dir;

    @Test
    void aSecondServerOnTheSameDatabaseIsRefusedAndAKilledOneLeavesNoStaleLock() throws Exception {
        BenchQuiz.write(Files.createDirectories(dir.resolve("quizzes")), dir, 3);
        ServerProcess.ServeOptions options = new ServerProcess.ServeOptions(dir.resolve("shared.db"), dir.resolve("quizzes"),
                Files.createDirectories(dir.resolve("seeds")), dir, 0, PASSWORD, List.of("-Xmx256m", "-XX:TieredStopAtLevel=1"));
        ApiClient.Joined ana;
        try (ServerProcess first = ServerProcess.serve(options)) {
            ApiClient api = new ApiClient(first.url(""), PASSWORD);
            String code = api.createSession(BenchQuiz.ID, "end", false).json().get("code").asText();
            ana = ApiClient.joined(api.join(code, "Ana"));

            ServerProcess.Exited refused = assertThrows(ServerProcess.Exited.class, () -> ServerProcess.serve(options));
            assertEquals(3, refused.exitCode(), refused.output());
            assertTrue(refused.output().contains("already in use by another newsquiz server"), refused.output());

            // The first server never noticed.
            assertEquals(200, api.answer(ana.attemptId(), ana.token(), "q01", List.of("a")).status());
            first.kill();
        }
        // SIGKILL left the lock file behind, but the lock itself died with the process.
        assertTrue(Files.exists(dir.resolve("shared.db.lock")));
        try (ServerProcess second = ServerProcess.serve(options)) {
            ApiClient api = new ApiClient(second.url(""), PASSWORD);
            JsonNode attempt = api.attempt(ana.attemptId(), ana.token()).json();
            assertEquals(1, attempt.get("answers").size(), attempt.toString());
            assertEquals(200, api.answer(ana.attemptId(), ana.token(), "q02", List.of("b")).status());
        }
    }
}
