package newsquiz.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import newsquiz.web.Hostile.Reply;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A corpus of hostile input against every form and API field, learner and teacher: oversized
 * bodies, invalid UTF-8, wrong JSON types, unknown ids, SQL, script and template injection, path
 * tricks, huge articles. Each probe must be turned away with a 4xx and a clear message (or, for
 * page forms, sent back to the page with a notice), or, where the input is merely odd but valid
 * (a name with markup in it), stored as typed and shown escaped. Never a 5xx, a stack trace, raw
 * markup or a response without the security headers.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What a probe must get. */
    enum Outcome {
        /** 4xx with a message: {"error": …} from the API, an error notice on a page, Jetty's short page for malformed HTTP. */
        REFUSED,
        /** A page form's answer: 303 back to the page, with a notice code for the message. */
        NOTICE,
        /** Valid though odd: stored as sent; the page that shows it (followed when redirected) has it escaped. */
        ACCEPTED
    }

    record Probe(String area, String name, Outcome outcome, Supplier<Reply> send) {}

    private Path dir;
    private TestServer server;
    private Http student;
    private Http teacher;
    private String studentCsrf;
    private String teacherCsrf;
    private String code;
    private long pageAttempt;
    private long apiAttempt;
    private String apiToken;
    private long otherAttempt;
    private String otherToken;

    @BeforeAll
    void start(@TempDir Path dir) {
        this.dir = dir;
        server = TestServer.start(dir);
        student = new Http(server);
        studentCsrf = Http.csrf(student.get("/join"));
        code = student.createSession("{\"quizId\":\"library-hours\",\"feedback\":\"end\"}");
        HttpResponse<String> joined = student.form("/join", "csrf", studentCsrf, "code", code, "name", "Page Student");
        pageAttempt = Long.parseLong(joined.headers().firstValue("Location").orElseThrow().replaceAll("\\D+", " ").strip().split(" ")[0]);
        JsonNode me = Http.body(student.json("POST", "/api/attempts", "{\"code\":\"" + code + "\",\"name\":\"Api Student\"}", null));
        apiAttempt = me.get("attemptId").asLong();
        apiToken = me.get("token").asText();
        JsonNode other = Http.body(student.json("POST", "/api/attempts", "{\"code\":\"" + code + "\",\"name\":\"Other Student\"}", null));
        otherAttempt = other.get("attemptId").asLong();
        otherToken = other.get("token").asText();
        teacher = new Http(server);
        teacher.signInAsTeacher();
        teacherCsrf = Http.csrf(teacher.get("/teacher/new"));
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @TestFactory
    Stream<DynamicTest> everyHostileInputIsTurnedAwayOrMadeHarmless() {
        return corpus().stream().map(p -> DynamicTest.dynamicTest(p.area() + ": " + p.name(), () -> {
            try {
                check(p, p.send().get());
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError(p.area() + ": " + p.name() + ": " + e.getMessage(), e);
            }
        }));
    }

    private List<Probe> corpus() {
        List<Probe> probes = new ArrayList<>();
        probes.addAll(apiAttempts());
        probes.addAll(apiAnswers());
        probes.addAll(apiTeacher());
        probes.addAll(learnerForms());
        probes.addAll(learnerPages());
        probes.addAll(teacherForms());
        probes.addAll(malformedHttp());
        return probes;
    }

    private List<Probe> apiAttempts() {
        String path = "/api/attempts";
        List<Probe> p = new ArrayList<>();
        p.add(refused("api", "empty body", () -> api("POST", path, "", null)));
        p.add(refused("api", "JSON null", () -> api("POST", path, "null", null)));
        p.add(refused("api", "a JSON list", () -> api("POST", path, "[1,2]", null)));
        p.add(refused("api", "a JSON string", () -> api("POST", path, "\"library-hours\"", null)));
        p.add(refused("api", "not JSON", () -> api("POST", path, "quizId=library-hours", null)));
        p.add(refused("api", "quizId a number", () -> api("POST", path, "{\"quizId\":42}", null)));
        p.add(refused("api", "quizId a list", () -> api("POST", path, "{\"quizId\":[\"library-hours\"]}", null)));
        p.add(refused("api", "quizId an operator object", () -> api("POST", path, "{\"quizId\":{\"$ne\":null}}", null)));
        p.add(refused("api", "quizId a huge number", () -> api("POST", path, "{\"quizId\":1e999999}", null)));
        for (String hostile : List.of(Hostile.TRAVERSAL, Hostile.SQL_OR, Hostile.SCRIPT, Hostile.TEMPLATE, Hostile.LONG, "")) {
            p.add(refused("api", "quizId " + label(hostile), () -> api("POST", path, json("quizId", hostile), null)));
        }
        p.add(refused("api", "code a number", () -> api("POST", path, "{\"code\":123456,\"name\":\"Al\"}", null)));
        p.add(refused("api", "code with SQL", () -> api("POST", path, json("code", Hostile.SQL_OR, "name", "Al"), null)));
        p.add(refused("api", "code with a script", () -> api("POST", path, json("code", Hostile.SCRIPT, "name", "Al"), null)));
        p.add(refused("api", "code of 10,000 characters", () -> api("POST", path, json("code", Hostile.LONG, "name", "Al"), null)));
        p.add(refused("api", "no name", () -> api("POST", path, json("code", code), null)));
        p.add(refused("api", "name an object", () -> api("POST", path, "{\"code\":\"" + code + "\",\"name\":{\"first\":\"Al\"}}", null)));
        for (String name : List.of("", "   ", "!!!", Hostile.NUL, Hostile.RTL_OVERRIDE, Hostile.ZERO_WIDTH, "x".repeat(41), Hostile.LONG)) {
            p.add(refused("api", "name " + label(name), () -> api("POST", path, json("code", code, "name", name), null)));
        }
        p.add(refused("api", "name with a lone surrogate", () -> api("POST", path, "{\"code\":\"" + code + "\",\"name\":\"A\\ud800\"}", null)));
        p.add(refused("api", "wrong personal code", () -> api("POST", path, json("code", code, "name", "Api Student", "rejoinCode",
                Hostile.SQL_OR), null)));
        p.add(refused("api", "personal code of 10,000 characters", () -> api("POST", path, json("code", code, "name", "Api Student",
                "rejoinCode", Hostile.LONG), null)));
        p.add(refused("api", "invalid UTF-8", () -> apiBytes("POST", path, bytes("{\"quizId\":\"", new byte[] {(byte) 0xff, (byte) 0xfe,
                (byte) 0xc3, 0x28}, "\"}"), "application/json", null)));
        p.add(refused("api", "JSON nested 20,000 deep", () -> api("POST", path, "[".repeat(20_000) + "]".repeat(20_000), null)));
        p.add(refused("api", "XML instead of JSON", () -> apiBytes("POST", path,
                "<attempt><quizId>library-hours</quizId></attempt>".getBytes(StandardCharsets.UTF_8), "application/xml", null)));
        p.add(refused("api", "70 KB body", () -> oversized("POST " + path, "application/json", "{\"quizId\":\"", 70_000, false)));
        p.add(refused("api", "70 KB body without a length", () -> oversized("POST " + path, "application/json", "{\"quizId\":\"", 70_000,
                true)));
        p.add(refused("api", "3 MB body without a length", () -> oversized("POST " + path, "application/json", "{\"quizId\":\"",
                3_000_000, true)));
        p.add(refused("api", "3 MB answer", () -> oversized("PUT /api/attempts/" + apiAttempt + "/answers/q1\r\nAuthorization: Bearer "
                + apiToken, "application/json", "{\"choices\":[\"", 3_000_000, false)));
        p.add(accepted("api", "name with a script, stored as typed", () -> joinAndShow(Hostile.SCRIPT)));
        p.add(accepted("api", "name with SQL, stored as typed", () -> joinAndShow(Hostile.SQL)));
        return p;
    }

    private List<Probe> apiAnswers() {
        String answers = "/api/attempts/" + apiAttempt + "/answers/q1";
        List<Probe> p = new ArrayList<>();
        p.add(refused("api", "attempt without a token", () -> api("GET", "/api/attempts/" + apiAttempt, null, null)));
        p.add(refused("api", "attempt with a forged token", () -> api("GET", "/api/attempts/" + apiAttempt, null, "forged")));
        p.add(refused("api", "attempt with a 10,000-character token", () -> api("GET", "/api/attempts/" + apiAttempt, null, Hostile.LONG)));
        p.add(refused("api", "attempt with Basic instead of Bearer", () -> Reply.of(student.send(request("/api/attempts/" + apiAttempt)
                .header("Authorization", Http.basic("x")).GET()))));
        p.add(refused("api", "another student's attempt", () -> api("GET", "/api/attempts/" + otherAttempt, null, apiToken)));
        for (String id : List.of("-1", "0", "99999999999999999999", "1e3", "0x1", "%2e%2e", "1%3BDROP%20TABLE%20answer", "%3Cscript%3E")) {
            p.add(refused("api", "attempt id " + id, () -> api("GET", "/api/attempts/" + id, null, apiToken)));
        }
        for (String body : List.of("{\"choices\":\"a\"}", "{\"choices\":[1]}", "{\"choices\":[]}", "{\"choices\":[null]}",
                "{\"choices\":[[\"a\"]]}", "{\"choices\":[\"z\"]}", "{\"choices\":[\"a\",\"a\"]}", "{}", "{\"choices\":{\"0\":\"a\"}}",
                json("choices", List.of(Hostile.SCRIPT)), json("choices", List.of(Hostile.SQL)), json("choices", List.of(Hostile.LONG)),
                json("choices", java.util.Collections.nCopies(51, "a")))) {
            p.add(refused("api", "answer " + label(body), () -> api("PUT", answers, body, apiToken)));
        }
        p.add(refused("api", "answer to another student's attempt", () -> api("PUT", "/api/attempts/" + otherAttempt + "/answers/q1",
                "{\"choices\":[\"a\"]}", apiToken)));
        for (String question : List.of("q9", "..%2Fq1", "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "q1%27%20OR%20%271%27%3D%271", "x".repeat(3000))) {
            p.add(refused("api", "question id " + label(question), () -> api("PUT", "/api/attempts/" + apiAttempt + "/answers/" + question,
                    "{\"choices\":[\"a\"]}", apiToken)));
        }
        p.add(refused("api", "hand in someone else's attempt", () -> api("POST", "/api/attempts/" + otherAttempt + "/finish", null,
                apiToken)));
        p.add(refused("api", "hand in without a token", () -> api("POST", "/api/attempts/" + apiAttempt + "/finish", null, null)));
        p.add(refused("api", "unknown API address", () -> api("GET", "/api/attempts/" + apiAttempt + "/answers", null, apiToken)));
        p.add(refused("api", "DELETE an attempt", () -> api("DELETE", "/api/attempts/" + apiAttempt, null, apiToken)));
        return p;
    }

    private List<Probe> apiTeacher() {
        List<Probe> p = new ArrayList<>();
        p.add(refused("api", "session without the teacher password", () -> api("POST", "/api/sessions", json("quizId", "library-hours"), null)));
        p.add(refused("api", "session with a student's token", () -> api("POST", "/api/sessions", json("quizId", "library-hours"), apiToken)));
        p.add(refused("api", "session with a wrong password", () -> Reply.of(student.send(request("/api/sessions")
                .header("Authorization", Http.basic("wrong password")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json("quizId", "library-hours")))))));
        p.add(refused("api", "results without the teacher password", () -> api("GET", "/api/sessions/" + code + "/results", null, null)));
        p.add(refused("api", "results with a student's token", () -> api("GET", "/api/sessions/" + code + "/results", null, apiToken)));
        for (String body : List.of(json("quizId", Hostile.SCRIPT), json("quizId", Hostile.TRAVERSAL), "{\"quizId\":7}",
                json("quizId", "library-hours", "feedback", Hostile.SQL_OR), "{\"quizId\":\"library-hours\",\"drafts\":\"yes\"}", "[]")) {
            p.add(refused("api", "teacher's session " + label(body), () -> Reply.of(teacher.teacherJson("POST", "/api/sessions", body))));
        }
        for (String bad : List.of("%3Cscript%3E", "..%2F..%2Fetc", "ZZZZZZ", "x".repeat(500))) {
            p.add(refused("api", "results of session " + label(bad), () -> Reply.of(teacher.teacherJson("GET", "/api/sessions/" + bad
                    + "/results", null))));
        }
        return p;
    }

    private List<Probe> learnerForms() {
        String question = "/attempt/" + pageAttempt + "/q/";
        List<Probe> p = new ArrayList<>();
        p.add(refused("form", "join without the form token", () -> Reply.of(student.form("/join", "code", code, "name", "Zed"))));
        p.add(refused("form", "join with a forged form token", () -> Reply.of(student.form("/join", "csrf", "A".repeat(43), "code", code,
                "name", "Zed"))));
        p.add(refused("form", "join sent from another site", () -> Reply.of(student.send(request("/join")
                .header("Content-Type", "application/x-www-form-urlencoded").header("Sec-Fetch-Site", "cross-site")
                .POST(HttpRequest.BodyPublishers.ofString("csrf=" + studentCsrf + "&code=" + code + "&name=Zed"))))));
        for (String bad : List.of(Hostile.SCRIPT, Hostile.SQL_OR, Hostile.LONG, "")) {
            p.add(refused("form", "join code " + label(bad), () -> studentForm("/join", "code", bad, "name", "Zed")));
        }
        for (String name : List.of("", Hostile.NUL, Hostile.RTL_OVERRIDE, Hostile.LONG, "x".repeat(41))) {
            p.add(refused("form", "join name " + label(name), () -> studentForm("/join", "code", code, "name", name)));
        }
        p.add(refused("form", "rejoin with a wrong personal code", () -> studentForm("/join", "code", code, "name", "Page Student",
                "personal", Hostile.SQL_OR)));
        p.add(refused("form", "join with invalid UTF-8", () -> Reply.of(student.send(request("/join")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("csrf=" + studentCsrf + "&code=" + code + "&name=%FF%FE%C3%28"))))));
        p.add(refused("form", "join with a 70 KB body", () -> oversized("POST /join", "application/x-www-form-urlencoded",
                "csrf=" + studentCsrf + "&code=" + code + "&name=", 70_000, false)));
        p.add(refused("form", "join as JSON instead of a form", () -> Reply.of(student.send(request("/join")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json("code", code, "name", "Zed")))))));
        // Unknown fields are ignored; the 64 KB limit on learner bodies bounds the work.
        p.add(accepted("form", "join with 5,000 unknown fields", () -> Reply.of(student.send(request("/join")
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString("csrf=" + studentCsrf
                        + "&code=" + code + "&name=Zed" + "&x=1".repeat(5_000)))))));
        p.add(accepted("form", "join name with markup, stored as typed", () -> joinPageAndShow(Hostile.IMG)));
        p.add(accepted("form", "join name with template syntax, stored as typed", () -> joinPageAndShow(Hostile.TEMPLATE)));
        for (String quiz : List.of("%3Cscript%3E", "nope", "library-hours%27%20OR%20%271%27%3D%271", "x".repeat(2000))) {
            p.add(refused("form", "start quiz " + label(quiz), () -> studentForm("/study/" + quiz + "/start")));
        }
        for (String n : List.of("0", "-1", "99", "x", "1.5", "99999999999999999999", "%3Cscript%3E")) {
            p.add(refused("form", "answer question number " + n, () -> studentForm(question + n, "choice", "a")));
        }
        for (String choice : List.of("z", Hostile.SCRIPT, Hostile.SQL, Hostile.LONG, "")) {
            p.add(notice("form", "answer choice " + label(choice), () -> studentForm(question + "1", "choice", choice)));
        }
        p.add(notice("form", "answer without a choice", () -> studentForm(question + "1")));
        p.add(refused("form", "answer for another student's attempt", () -> studentForm("/attempt/" + otherAttempt + "/q/1", "choice", "a")));
        p.add(refused("form", "hand in another student's attempt", () -> studentForm("/attempt/" + otherAttempt + "/finish")));
        p.add(refused("form", "practise another student's attempt", () -> studentForm("/attempt/" + otherAttempt + "/practise")));
        p.add(refused("form", "answer with a 70 KB body", () -> oversized("POST " + question + "1", "application/x-www-form-urlencoded",
                "csrf=" + studentCsrf + "&choice=", 70_000, false)));
        return p;
    }

    private List<Probe> learnerPages() {
        String base = "/attempt/" + pageAttempt;
        List<Probe> p = new ArrayList<>();
        p.add(accepted("page", "join form with markup in the code", () -> Reply.of(student.get("/join?code=" + encode(Hostile.SCRIPT)))));
        p.add(accepted("page", "question with markup in the notice code", () -> Reply.of(student.get(base + "/q/1?msg=" + encode(Hostile.IMG)))));
        p.add(accepted("page", "article with markup in the question number", () -> Reply.of(student.get(base + "/article?q="
                + encode(Hostile.SCRIPT)))));
        for (String path : List.of("/attempt/" + otherAttempt + "/q/1", "/attempt/" + otherAttempt + "/summary", "/attempt/" + otherAttempt
                + "/article", "/attempt/" + otherAttempt + "/welcome", "/attempt/-1/q/1", "/attempt/99999999999999999999/q/1",
                base + "/q/%3Cscript%3E", "/study/x/start", "/nothing/" + encode(Hostile.SCRIPT), "/webjars/..%2F..%2F..%2Fpom.xml",
                "/static/..%2Fdb%2Fmigration%2FV1.sql", "/static/" + encode(Hostile.TRAVERSAL))) {
            p.add(refused("page", "GET " + label(path), () -> {
                Reply r = Reply.of(student.get(path));
                assertFalse(r.body().contains("root:") || r.body().contains("CREATE TABLE") || r.body().contains("<project"), r.toString());
                return r;
            }));
        }
        return p;
    }

    private List<Probe> teacherForms() {
        List<Probe> p = new ArrayList<>();
        p.add(refused("teacher", "new quiz with a 10 MB article", () -> Hostile.streamed(server.port(), "10 MB pasted article",
                "POST /teacher/new/text HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: " + cookies(teacher)
                        + "\r\nContent-Type: application/x-www-form-urlencoded\r\n",
                ("csrf=" + teacherCsrf + "&title=Huge&text=").getBytes(StandardCharsets.UTF_8), 10_000_000)));
        p.add(refused("teacher", "upload a 10 MB article", () -> Hostile.streamed(server.port(), "10 MB upload",
                "POST /teacher/new/file HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: " + cookies(teacher)
                        + "\r\nContent-Type: multipart/form-data; boundary=XyZ\r\n",
                ("--XyZ\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n" + teacherCsrf + "\r\n--XyZ\r\n"
                        + "Content-Disposition: form-data; name=\"file\"; filename=\"huge.txt\"\r\nContent-Type: text/plain\r\n\r\n")
                        .getBytes(StandardCharsets.UTF_8), 10_000_000)));
        p.add(refused("teacher", "upload cut off in the middle", () -> Reply.of(teacher.send(request("/teacher/new/file")
                .header("Content-Type", "multipart/form-data; boundary=XyZ")
                .POST(HttpRequest.BodyPublishers.ofString("--XyZ\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n"
                        + teacherCsrf + "\r\n--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n\r\nThe council"))))));
        p.add(refused("teacher", "new quiz from empty text", () -> teacherForm("/teacher/new/text", "title", "Empty", "text", "")));
        p.add(refused("teacher", "upload an empty file", () -> Reply.of(teacher.upload("/teacher/new/file", "file", "empty.txt", new byte[0],
                "csrf", teacherCsrf, "title", "Empty"))));
        p.add(refused("teacher", "upload a program", () -> Reply.of(teacher.upload("/teacher/new/file", "file", "evil.exe",
                new byte[] {0x4d, 0x5a, 0, 0, 1, 2}, "csrf", teacherCsrf, "title", "Program"))));
        p.add(refused("teacher", "upload without the form token", () -> Reply.of(teacher.upload("/teacher/new/file", "file", "a.txt",
                article().getBytes(StandardCharsets.UTF_8), "title", "No token"))));
        for (String name : List.of(Hostile.TRAVERSAL + ".txt", "..\\..\\evil.txt", "/etc/cron.d/evil.txt", "evil.txt\u0000.exe",
                "x".repeat(300) + ".txt")) {
            p.add(refused("teacher", "upload named " + label(name), () -> {
                List<Path> before = files(dir.getParent());
                Reply r = Reply.of(teacher.upload("/teacher/new/file", "file", name, article().getBytes(StandardCharsets.UTF_8),
                        "csrf", teacherCsrf, "title", "Path"));
                assertEquals(before, files(dir.getParent()), "the upload wrote outside the server's folder");
                return r;
            }));
        }
        p.add(accepted("teacher", "article with markup and a script", () -> uploadAndShow("markup.html", "<html><head><title>"
                + Hostile.SCRIPT + "</title><script>alert('nq-xss')</script></head><body><h1>Council " + Hostile.IMG + " votes</h1><p>"
                + article() + "</p><p onclick=\"alert('nq-xss')\">" + Hostile.SQL + "</p></body></html>")));
        p.add(accepted("teacher", "pasted article with markup in title and text", () -> {
            Reply posted = teacherForm("/teacher/new/text", "title", Hostile.SCRIPT, "text", Hostile.IMG + "\n\n" + article());
            return follow(teacher, posted);
        }));
        for (String status : List.of(Hostile.SCRIPT, "APPROVED'--", "")) {
            p.add(refused("teacher", "question status " + label(status), () -> teacherForm(
                    "/teacher/quizzes/library-hours/questions/q1/status", "status", status)));
        }
        p.add(refused("teacher", "status of an unknown question", () -> teacherForm("/teacher/quizzes/library-hours/questions/"
                + encode(Hostile.SCRIPT) + "/status", "status", "approved")));
        p.add(refused("teacher", "status in an unknown quiz", () -> teacherForm("/teacher/quizzes/..%2F..%2Fetc/questions/q1/status",
                "status", "approved")));
        for (String[] fields : List.of(new String[] {"quizId", Hostile.SCRIPT, "feedback", "end"},
                new String[] {"quizId", "library-hours", "feedback", Hostile.SQL_OR},
                new String[] {"quizId", "library-hours", "feedback", "end", "minutes", "-5"},
                new String[] {"quizId", "library-hours", "feedback", "end", "minutes", "1e9"},
                new String[] {"quizId", "library-hours", "feedback", "end", "minutes", Hostile.SCRIPT})) {
            p.add(refused("teacher", "start session " + label(String.join(" ", fields)), () -> teacherForm("/teacher/sessions", fields)));
        }
        for (String path : List.of("/teacher/sessions/" + encode(Hostile.SCRIPT), "/teacher/sessions/ZZZZZZ/results",
                "/teacher/sessions/" + code + "/students/" + 99999, "/teacher/sessions/" + code + "/students/abc",
                "/teacher/quizzes/" + encode(Hostile.TRAVERSAL), "/teacher/quizzes/library-hours/export/..%2F..%2Fpom.xml",
                "/teacher/quizzes/library-hours/export/" + encode(Hostile.SCRIPT), "/teacher/sessions/" + code + "/export/exe",
                "/teacher/quizzes/library-hours/questions/nope/edit")) {
            p.add(refused("teacher", "GET " + label(path), () -> Reply.of(teacher.get(path))));
        }
        p.add(accepted("teacher", "sign-in that would send the teacher elsewhere", () -> {
            Http fresh = new Http(server);
            HttpResponse<String> form = fresh.get("/teacher/login?next=" + encode("https://evil.example/"));
            Reply signedIn = Reply.of(fresh.form("/teacher/login", "csrf", Http.csrf(form), "password", TestServer.TEACHER_PASSWORD,
                    "next", "//evil.example/teacher"));
            String location = signedIn.header("location");
            assertTrue(location.startsWith("/") && !location.startsWith("//") && !location.contains("evil"), "redirected to " + location);
            return signedIn;
        }));
        return p;
    }

    private List<Probe> malformedHttp() {
        int port = server.port();
        List<Probe> p = new ArrayList<>();
        for (String target : List.of("/attempt/%zz/q/1", "/%", "/static/../../../../etc/passwd", "/static/%2e%2e/%2e%2e/etc/passwd",
                "/study/%C3%28/start", "/attempt/1/q/1%00", "/teacher/..;/api/quizzes")) {
            p.add(refused("http", "GET " + target, () -> Hostile.raw(port, "GET " + target,
                    "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")));
        }
        p.add(refused("http", "20 KB header", () -> Hostile.raw(port, "20 KB header", "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Pad: "
                + "a".repeat(20_000) + "\r\nConnection: close\r\n\r\n")));
        p.add(refused("http", "invalid UTF-8 in a header", () -> Hostile.raw(port, "bad header", bytes("GET /api/attempts/1 HTTP/1.1\r\n"
                + "Host: 127.0.0.1\r\nAuthorization: Bearer ", new byte[] {(byte) 0xff, (byte) 0xfe}, "\r\nConnection: close\r\n\r\n"))));
        p.add(refused("http", "a method nobody knows", () -> Hostile.raw(port, "BREW /", "BREW / HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Connection: close\r\n\r\n")));
        p.add(refused("http", "a body longer than its length", () -> Hostile.raw(port, "lying length", "POST /api/attempts HTTP/1.1\r\n"
                + "Host: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 5\r\nConnection: close\r\n\r\n{\"quizId\":\"x\"}")));
        return p;
    }

    // ---- checks

    private void check(Probe probe, Reply r) {
        assertTrue(r.status() < 500, "5xx: " + r);
        for (String leak : Hostile.LEAKS) {
            assertFalse(r.body().contains(leak), "leaks \"" + leak + "\": " + r);
        }
        String csp = r.header("content-security-policy");
        assertTrue(csp.contains("frame-ancestors 'none'") && csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"),
                "CSP: " + r);
        assertEquals("nosniff", r.header("x-content-type-options"), r.toString());
        assertFalse(r.header("referrer-policy").isEmpty(), r.toString());
        if (r.html()) {
            for (String marker : Hostile.RAW_MARKERS) {
                assertFalse(r.body().contains(marker), "raw markup " + marker + " in " + r);
            }
        }
        switch (probe.outcome()) {
            case REFUSED -> {
                assertTrue(r.status() >= 400 && r.status() < 500, "not refused: " + r);
                if (r.json()) {
                    JsonNode body = parse(r);
                    assertTrue(body.path("error").isTextual() && !body.get("error").asText().isBlank(), "no message: " + r);
                } else if (r.html() && r.header("content-type").contains("utf-8")) {
                    assertTrue(r.body().contains("notice-error") || r.body().contains("role=\"alert\""), "no message on the page: " + r);
                } else {
                    assertTrue(r.body().contains(String.valueOf(r.status())), "no message: " + r);
                }
            }
            case NOTICE -> {
                assertEquals(303, r.status(), r.toString());
                assertTrue(r.header("location").contains("msg="), "no notice: " + r);
            }
            case ACCEPTED -> assertTrue(r.status() < 400, "refused: " + r);
        }
    }

    private static JsonNode parse(Reply r) {
        try {
            return JSON.readTree(r.body());
        } catch (JsonProcessingException e) {
            throw new AssertionError("not JSON: " + r, e);
        }
    }

    // ---- probes that store something and show it

    /** Joins through the API with the name, then shows the attempt as the student's browser would see it. */
    private Reply joinAndShow(String name) {
        HttpResponse<String> joined = student.json("POST", "/api/attempts", json("code", code, "name", name), null);
        assertEquals(201, joined.statusCode(), joined.body());
        assertEquals(name, Http.body(joined).get("name").asText(), "stored as typed");
        return Reply.of(teacher.get("/teacher/sessions/" + code));
    }

    /** Joins through the form in a fresh browser; the welcome page and the teacher's views show the name escaped. */
    private Reply joinPageAndShow(String name) {
        Http browser = new Http(server);
        HttpResponse<String> joined = browser.form("/join", "csrf", Http.csrf(browser.get("/join")), "code", code, "name", name);
        assertEquals(303, joined.statusCode(), joined.body());
        HttpResponse<String> welcome = browser.follow(joined);
        assertTrue(welcome.body().contains(name.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")), welcome.body());
        for (String page : List.of("/teacher/sessions/" + code, "/teacher/sessions/" + code + "/results")) {
            Reply shown = Reply.of(teacher.get(page));
            assertEquals(200, shown.status(), shown.toString());
            for (String marker : Hostile.RAW_MARKERS) {
                assertFalse(shown.body().contains(marker), "raw markup on " + page);
            }
        }
        return Reply.of(welcome);
    }

    private Reply uploadAndShow(String fileName, String content) {
        Reply uploaded = Reply.of(teacher.upload("/teacher/new/file", "file", fileName, content.getBytes(StandardCharsets.UTF_8),
                "csrf", teacherCsrf, "title", ""));
        return follow(teacher, uploaded);
    }

    private static String cookies(Http http) {
        return String.join("; ", http.cookies.getCookieStore().getCookies().stream().map(c -> c.getName() + "=" + c.getValue()).toList());
    }

    private static Reply follow(Http http, Reply r) {
        assertTrue(r.status() == 303, "expected a redirect: " + r);
        return Reply.of(http.get(r.header("location")));
    }

    private static List<Path> files(Path folder) {
        try (Stream<Path> list = Files.list(folder)) {
            return list.sorted().toList();
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String article() {
        return "The harbour council voted on Tuesday to keep the night ferry running until March. Councillor Ada Marsh said the ferry"
                + " carried 140 passengers a night, according to figures the operator published. The operator denied that fares"
                + " would rise. A council officer, who asked not to be named, said the budget was tight.";
    }

    // ---- requests

    private Probe refused(String area, String name, Supplier<Reply> send) {
        return new Probe(area, name, Outcome.REFUSED, send);
    }

    private Probe notice(String area, String name, Supplier<Reply> send) {
        return new Probe(area, name, Outcome.NOTICE, send);
    }

    private Probe accepted(String area, String name, Supplier<Reply> send) {
        return new Probe(area, name, Outcome.ACCEPTED, send);
    }

    private Reply api(String method, String path, String body, String bearer) {
        return Reply.of(student.json(method, path, body, bearer));
    }

    private Reply apiBytes(String method, String path, byte[] body, String contentType, String bearer) {
        HttpRequest.Builder b = request(path).header("Content-Type", contentType).method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        if (bearer != null) {
            b.header("Authorization", "Bearer " + bearer);
        }
        return Reply.of(student.send(b));
    }

    /** A body of {@code size} bytes sent over a socket with the student's cookies; see {@link Hostile#streamed}. */
    private Reply oversized(String requestLine, String contentType, String prefix, int size, boolean chunked) {
        String head = requestLine.replaceFirst("^(\\S+ \\S+)", "$1 HTTP/1.1") + "\r\nHost: 127.0.0.1\r\nCookie: " + cookies(student)
                + "\r\nContent-Type: " + contentType + "\r\n";
        return Hostile.streamed(server.port(), requestLine.split("\r\n")[0] + " (" + size + " bytes)", head,
                prefix.getBytes(StandardCharsets.UTF_8), size, chunked);
    }

    private Reply studentForm(String path, String... fields) {
        return Reply.of(student.form(path, withToken(studentCsrf, fields)));
    }

    private Reply teacherForm(String path, String... fields) {
        return Reply.of(teacher.form(path, withToken(teacherCsrf, fields)));
    }

    private static String[] withToken(String csrf, String... fields) {
        String[] all = Arrays.copyOf(new String[] {"csrf", csrf}, fields.length + 2);
        System.arraycopy(fields, 0, all, 2, fields.length);
        return all;
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(server.url(path)));
    }

    private static String json(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        try {
            return JSON.writeValueAsString(map);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] bytes(String before, byte[] middle, String after) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        out.writeBytes(before.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(middle);
        out.writeBytes(after.getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String label(String s) {
        String shown = s.length() > 40 ? s.substring(0, 30) + "… (" + s.length() + " chars)" : s;
        return "\"" + shown.replaceAll("\\p{Cntrl}|\\p{Cf}", "?") + "\"";
    }
}
