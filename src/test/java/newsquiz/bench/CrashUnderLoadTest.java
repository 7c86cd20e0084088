package newsquiz.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The short crash run CI does on every change: 100 students answer a 40-question exam for about
 * 15 seconds against a server in its own process; halfway through it is killed with SIGKILL and
 * started again on the same database and port. Students re-send whatever was not acknowledged,
 * as the browser app does, and carry on. Afterwards every acknowledged answer must be stored
 * exactly once, the file must pass {@code PRAGMA integrity_check}, every student must have
 * finished their own attempt, and no response may have been a 5xx.
 */
class CrashUnderLoadTest {
    static final int STUDENTS = 100;
    static final int QUESTIONS = 40;
    /** About 250 ms a question: 40 questions take each student some 10 s, plus the seconds the server is down. */
    static final long MIN_THINK_MILLIS = 150;
    static final long MAX_THINK_MILLIS = 350;
    static final Duration KILL_AFTER = Duration.ofSeconds(6);
    static final Duration GIVE_UP_AFTER = Duration.ofMinutes(3);
    static final String PASSWORD = "crash-test-password";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void aServerKilledMidExamLosesNoAcknowledgedAnswerAndStudentsCarryOn() throws Exception {
        BenchQuiz.write(Files.createDirectories(dir.resolve("quizzes")), dir, QUESTIONS);
        ServerProcess.ServeOptions options = new ServerProcess.ServeOptions(dir.resolve("exam.db"), dir.resolve("quizzes"),
                Files.createDirectories(dir.resolve("seeds")), dir, 0, PASSWORD, List.of("-Xmx384m", "-XX:TieredStopAtLevel=1"));
        ServerProcess server = ServerProcess.serve(options);
        options = options.withPort(server.port());
        ApiClient api = new ApiClient(server.url(""), PASSWORD);
        String code = api.createSession(BenchQuiz.ID, "immediate", false).json().get("code").asText();

        Exam exam = new Exam(new ApiClient(server.url(""), null), code, System.nanoTime() + GIVE_UP_AFTER.toNanos());
        List<Thread> students = new ArrayList<>();
        for (int i = 0; i < STUDENTS; i++) {
            int index = i;
            Thread t = new Thread(() -> exam.student(index), "crash-student-" + i);
            t.setDaemon(true);
            students.add(t);
            t.start();
        }
        long killed;
        long downMillis;
        try {
            Thread.sleep(KILL_AFTER.toMillis());
            long down = System.nanoTime();
            server.kill();
            killed = exam.acknowledged.get();
            server = ServerProcess.serve(options);
            downMillis = (System.nanoTime() - down) / 1_000_000;
            for (Thread t : students) {
                t.join(GIVE_UP_AFTER.toMillis());
            }
        } finally {
            server.stop();
        }

        System.out.printf("crash run: %d answers acknowledged before SIGKILL, %d after; server down %d ms;"
                + " %d failed connections retried; %d 5xx%n", killed, exam.acknowledged.get() - killed, downMillis,
                exam.refusedConnections.get(), exam.serverErrors.get());
        assertEquals(List.of(), exam.problems, "unexpected responses");
        assertEquals(0, exam.serverErrors.get(), "5xx responses");
        assertTrue(killed > STUDENTS && exam.acknowledged.get() - killed > STUDENTS,
                "the kill came mid-exam: " + killed + " answers acknowledged before it, " + (exam.acknowledged.get() - killed) + " after");
        assertTrue(exam.refusedConnections.get() > 0, "students noticed the server was gone");

        Map<String, String> stored = new HashMap<>();
        Map<Long, Boolean> finished = new HashMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + options.db()); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
                rs.next();
                assertEquals("ok", rs.getString(1));
            }
            try (ResultSet rs = s.executeQuery("SELECT attempt_id, question_id, choices FROM answer")) {
                while (rs.next()) {
                    String previous = stored.put(rs.getLong(1) + "/" + rs.getString(2), rs.getString(3));
                    assertEquals(null, previous, "an answer stored twice");
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT id, finished_at IS NOT NULL FROM attempt")) {
                while (rs.next()) {
                    finished.put(rs.getLong(1), rs.getBoolean(2));
                }
            }
        }
        assertEquals(STUDENTS * QUESTIONS, exam.acks.size(), "every student answered every question");
        for (Map.Entry<String, List<String>> ack : exam.acks.entrySet()) {
            String row = stored.get(ack.getKey());
            assertTrue(row != null, "acknowledged answer " + ack.getKey() + " is missing");
            assertEquals(ack.getValue(), List.of(JSON.readValue(row, String[].class)), "stored choices of " + ack.getKey());
        }
        assertEquals(exam.acks.keySet(), stored.keySet(), "the database holds exactly the acknowledged answers");
        assertEquals(STUDENTS, exam.attempts.size());
        for (long attempt : exam.attempts.values()) {
            assertEquals(Boolean.TRUE, finished.get(attempt), "attempt " + attempt + " was handed in");
        }
    }

    /** The students' shared record of what the server acknowledged, and of anything unexpected. */
    static final class Exam {
        final ApiClient api;
        final String code;
        final long giveUp;
        final Map<String, List<String>> acks = new ConcurrentHashMap<>();
        final Map<Integer, Long> attempts = new ConcurrentHashMap<>();
        final List<String> problems = java.util.Collections.synchronizedList(new ArrayList<>());
        final AtomicLong acknowledged = new AtomicLong();
        final AtomicInteger serverErrors = new AtomicInteger();
        final AtomicInteger refusedConnections = new AtomicInteger();

        Exam(ApiClient api, String code, long giveUp) {
            this.api = api;
            this.code = code;
            this.giveUp = giveUp;
        }

        void student(int index) {
            try {
                ApiClient.Joined me = join(index);
                attempts.put(index, me.attemptId());
                JsonNode attempt = until("load", () -> api.attempt(me.attemptId(), me.token()), 200).json();
                for (JsonNode q : attempt.get("questions")) {
                    Thread.sleep(ThreadLocalRandom.current().nextLong(MIN_THINK_MILLIS, MAX_THINK_MILLIS + 1));
                    String questionId = q.get("id").asText();
                    List<String> choices = StudentLoad.pick(q);
                    // Re-sent until acknowledged, as the browser app does: a repeat is confirmed, never stored twice.
                    JsonNode saved = until("answer", () -> api.answer(me.attemptId(), me.token(), questionId, choices), 200).json();
                    List<String> stored = new ArrayList<>();
                    saved.get("choices").forEach(c -> stored.add(c.asText()));
                    acks.put(me.attemptId() + "/" + questionId, stored);
                    acknowledged.incrementAndGet();
                }
                until("finish", () -> api.finish(me.attemptId(), me.token()), 200);
                JsonNode after = until("reload", () -> api.attempt(me.attemptId(), me.token()), 200).json();
                if (after.get("answers").size() != QUESTIONS || !after.get("finished").asBoolean()) {
                    problems.add("student " + index + " sees " + after.get("answers").size() + " answers after handing in");
                }
            } catch (GaveUp e) {
                problems.add("student " + index + ": " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        /** A join whose acknowledgement was lost has taken the name: the student then joins under another. */
        ApiClient.Joined join(int index) throws InterruptedException {
            for (int round = 0; ; round++) {
                String name = "Student " + index + (round == 0 ? "" : " (" + round + ")");
                ApiClient.Reply r = until("join", () -> api.join(code, name), 201, 409);
                if (r.status() == 201) {
                    return ApiClient.joined(r);
                }
            }
        }

        /** Sends until the server answers with one of the expected statuses; connection failures and 5xx are retried. */
        ApiClient.Reply until(String what, Call call, int... expected) throws InterruptedException {
            while (System.nanoTime() < giveUp) {
                try {
                    ApiClient.Reply r = call.send();
                    for (int status : expected) {
                        if (r.status() == status) {
                            return r;
                        }
                    }
                    if (r.status() >= 500) {
                        serverErrors.incrementAndGet();
                        problems.add(what + ": " + r.status() + " " + r.body());
                    } else {
                        throw new GaveUp(what + " got " + r.status() + " " + r.body());
                    }
                } catch (IOException e) {
                    refusedConnections.incrementAndGet();
                }
                Thread.sleep(100);
            }
            throw new GaveUp(what + " was never acknowledged");
        }
    }

    @FunctionalInterface
    interface Call {
        ApiClient.Reply send() throws IOException, InterruptedException;
    }

    static final class GaveUp extends RuntimeException {
        GaveUp(String message) {
            super(message);
        }
    }
}
