package newsquiz.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import newsquiz.store.Database;
import newsquiz.store.StoreException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * When the database cannot be written (read-only, disk full), students and the teacher get a
 * clear 503 saying nothing was recorded, and nothing unstored is ever acknowledged; once the
 * disk is writable again the same answers go through.
 */
class StorageFailureTest {
    private static final String NOT_RECORDED = "not recorded";

    @TempDir
    Path dir;

    private Path mounted;

    @AfterEach
    void unmount() throws Exception {
        if (mounted != null) {
            run("umount", mounted.toString());
        }
    }

    @Test
    void aReadOnlyDatabaseTurnsAnswersAwayAndRecordsNothing() {
        TestServer server = TestServer.start(dir);
        try {
            Http teacher = new Http(server);
            String code = teacher.createSession("{\"quizId\":\"library-hours\",\"feedback\":\"end\"}");
            JsonNode ana = Http.body(teacher.json("POST", "/api/attempts", "{\"code\":\"" + code + "\",\"name\":\"Ana\"}", null));
            Http browser = new Http(server);
            String question = browser.form("/join", "csrf", Http.csrf(browser.get("/join")), "code", code, "name", "Bo")
                    .headers().firstValue("Location").orElseThrow().replace("/welcome", "/q/1");
            String csrf = Http.csrf(browser.get(question));

            // SQLite's own read-only switch: every write now fails with SQLITE_READONLY, as on a read-only file.
            queryOnly(server.db);
            String answers = "/api/attempts/" + ana.get("attemptId").asLong() + "/answers/q1";
            HttpResponse<String> api = teacher.json("PUT", answers, "{\"choices\":[\"a\"]}", ana.get("token").asText());
            assertEquals(503, api.statusCode(), api.body());
            assertTrue(Http.body(api).get("error").asText().contains("Your answer could not be saved just now, so it was "
                    + NOT_RECORDED), api.body());
            HttpResponse<String> page = browser.form(question, "csrf", csrf, "choice", "a");
            assertEquals(503, page.statusCode(), page.body());
            assertTrue(page.body().contains(NOT_RECORDED) && page.body().contains("notice-error"), page.body());
            HttpResponse<String> session = teacher.teacherJson("POST", "/api/sessions", "{\"quizId\":\"timeline\"}");
            assertEquals(503, session.statusCode(), session.body());
            assertTrue(Http.body(session).get("error").asText().contains("cannot write to its database"), session.body());

            // Reading still works, and shows that nothing was stored.
            JsonNode attempt = Http.body(teacher.get("/api/attempts/" + ana.get("attemptId").asLong(), ana.get("token").asText()));
            assertEquals(0, attempt.get("answers").size());

            // Once the file is writable again (here: a restart, which drops the switch) the same answer goes through.
            server.close();
            server = TestServer.restart(server.dbFile, 0);
            HttpResponse<String> again = new Http(server).json("PUT", answers, "{\"choices\":[\"a\"]}", ana.get("token").asText());
            assertEquals(200, again.statusCode(), again.body());
            assertEquals("created", Http.body(again).get("status").asText(), "the refused answer had not been stored");
        } finally {
            server.close();
        }
    }

    @Test
    void aFullDiskTurnsAnswersAwayAndEveryAcknowledgedAnswerIsStored() throws Exception {
        Path disk = tinyDisk("2m");
        try (TestServer server = TestServer.start(disk)) {
            Http teacher = new Http(server);
            String code = teacher.createSession("{\"quizId\":\"library-hours\",\"feedback\":\"end\"}");
            List<JsonNode> students = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                students.add(Http.body(teacher.json("POST", "/api/attempts", "{\"code\":\"" + code + "\",\"name\":\"S" + i + "\"}", null)));
            }
            Path filler = fill(disk);

            List<String> acknowledged = new ArrayList<>();
            List<String> refused = new ArrayList<>();
            for (JsonNode s : students) {
                for (String q : List.of("q1", "q2", "q3")) {
                    String path = "/api/attempts/" + s.get("attemptId").asLong() + "/answers/" + q;
                    HttpResponse<String> r = teacher.json("PUT", path, "{\"choices\":[\"a\"]}", s.get("token").asText());
                    if (r.statusCode() == 200) {
                        acknowledged.add(path + " " + s.get("token").asText());
                    } else {
                        assertEquals(503, r.statusCode(), r.body());
                        assertTrue(Http.body(r).get("error").asText().contains(NOT_RECORDED), r.body());
                        refused.add(path + " " + s.get("token").asText());
                    }
                }
            }
            assertTrue(refused.size() > 0, "the disk never filled up");
            HttpResponse<String> session = teacher.teacherJson("POST", "/api/sessions", "{\"quizId\":\"timeline\"}");
            assertEquals(503, session.statusCode(), session.body());
            assertTrue(Http.body(session).get("error").asText().contains("disk may be full"), session.body());

            Files.delete(filler);
            for (String sent : acknowledged) {
                String[] pathAndToken = sent.split(" ");
                assertEquals("confirmed", status(teacher, pathAndToken[0], pathAndToken[1]), "acknowledged, so stored: " + sent);
            }
            for (String sent : refused) {
                String[] pathAndToken = sent.split(" ");
                assertEquals("created", status(teacher, pathAndToken[0], pathAndToken[1]), "refused, so not stored: " + sent);
            }
            assertEquals("ok", server.db.read(c -> {
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
                    rs.next();
                    return rs.getString(1);
                }
            }));
        }
    }

    @Test
    void aServerStartedOnAReadOnlyDiskSaysSoClearly() throws Exception {
        Path disk = tinyDisk("2m");
        Database.open(disk.resolve("exam.db")).close();
        assertEquals(0, run("mount", "-o", "remount,ro", disk.toString()), "remount read-only");
        RuntimeException e = assertThrows(RuntimeException.class, () -> Database.open(disk.resolve("exam.db")).close());
        assertTrue(e.getMessage().contains(disk.toString()) && e.getMessage().contains("Read-only file system"), e.getMessage());
    }

    private static String status(Http http, String path, String token) {
        HttpResponse<String> r = http.json("PUT", path, "{\"choices\":[\"a\"]}", token);
        assertEquals(200, r.statusCode(), r.body());
        return Http.body(r).get("status").asText();
    }

    /**
     * Sets SQLite's read-only switch on the writer connection; it holds until the connection
     * closes, and takes effect at once: even the COMMIT of the transaction that set it is refused.
     */
    private static void queryOnly(Database db) {
        assertThrows(StoreException.class, () -> db.write(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA query_only = 1");
            }
            return null;
        }));
    }

    /** A tmpfs of the given size, for a disk that really fills up; needs root (CI runs as root), else the test is skipped. */
    private Path tinyDisk(String size) throws Exception {
        Path disk = Files.createDirectories(dir.resolve("disk"));
        assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", disk.toString()) == 0,
                "mounting a small tmpfs needs root; skipped");
        mounted = disk;
        return disk;
    }

    /** Writes a file until the disk refuses more. */
    private static Path fill(Path disk) throws IOException {
        Path filler = disk.resolve("filler.bin");
        byte[] block = new byte[16 * 1024];
        try (OutputStream out = Files.newOutputStream(filler)) {
            while (true) {
                out.write(block);
            }
        } catch (IOException full) {
            // No space left: exactly what the test wants.
        }
        return filler;
    }

    private static int run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor(30, TimeUnit.SECONDS) ? p.exitValue() : -1;
    }
}
