package newsquiz.web.teacher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.router.ParsedEndpoint;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import newsquiz.quiz.Status;
import newsquiz.web.Http;
import newsquiz.web.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Who may use the teacher's pages and API: every route the app registers under /teacher (and the
 * teacher's API calls) is tried without signing in, as a student, and with a wrong password.
 */
class TeacherAccessTest {
    /** Routes anyone may use: the sign-in form and signing out. */
    private static final Set<String> PUBLIC = Set.of("GET /teacher/login", "POST /teacher/login", "POST /teacher/logout");

    @TempDir
    Path dir;

    private TestServer server;
    private String code;
    private long attemptId;
    private String studentToken;

    @BeforeEach
    void start() {
        server = TestServer.start(dir);
        Http teacher = new Http(server);
        code = teacher.createSession("{\"quizId\":\"library-hours\",\"feedback\":\"end\"}");
        JsonNode joined = Http.body(teacher.json("POST", "/api/attempts", "{\"code\":\"" + code + "\",\"name\":\"Ana\"}", null));
        attemptId = joined.get("attemptId").asLong();
        studentToken = joined.get("token").asText();
        teacher.json("PUT", "/api/attempts/" + attemptId + "/answers/q1", "{\"choices\":[\"a\"]}", studentToken);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** Every teacher route the server has, as "METHOD /path" with its parameters filled in. */
    private List<String> teacherRoutes() {
        List<String> routes = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        for (ParsedEndpoint e : server.app.unsafe.internalRouter.allHttpHandlers()) {
            String method = e.endpoint.method.name();
            String path = e.endpoint.path;
            boolean teacherApi = path.startsWith("/api/sessions");
            if (!(path.startsWith("/teacher") || teacherApi) || PUBLIC.contains(method + " " + path)
                    || method.equals("HEAD") || method.equals("OPTIONS") || !seen.add(method + " " + path)) {
                continue;
            }
            routes.add(method + " " + path.replace("{quizId}", "library-hours").replace("{questionId}", "q1").replace("{code}", code)
                    .replace("{attemptId}", Long.toString(attemptId)).replace("{format}", "gift"));
        }
        assertTrue(routes.size() >= 20, "expected the whole teacher area, found " + routes);
        assertTrue(routes.stream().noneMatch(r -> r.contains("{")), "a path parameter this test does not know: " + routes);
        return routes;
    }

    @Test
    void withoutSigningInEveryTeacherRouteIsClosed() {
        Http anonymous = new Http(server);
        String csrf = Http.csrf(anonymous.get("/teacher/login"));
        for (String route : teacherRoutes()) {
            assertClosed(anonymous, route, csrf, null);
        }
        assertEquals(Status.APPROVED, server.library.byId("library-hours").orElseThrow().question("q1").status(), "nothing changed");
        assertFalse(server.stores.sessions().byCode(code).orElseThrow().closed(), "the session is still open");
    }

    @Test
    void aStudentReachesNoTeacherRouteAndNoOtherStudentsResults() {
        Http student = new Http(server);
        HttpResponse<String> join = student.get("/join?code=" + code);
        HttpResponse<String> joined = student.form("/join", "csrf", Http.csrf(join), "code", code, "name", "Ben");
        assertEquals(303, joined.statusCode());
        String csrf = Http.csrf(join);
        for (String route : teacherRoutes()) {
            assertClosed(student, route, csrf, "Bearer " + studentToken);
        }
        // Ana's attempt, with Ben's cookies: refused, on the pages and in the API.
        assertEquals(403, student.get("/attempt/" + attemptId + "/summary").statusCode());
        assertEquals(403, student.get("/api/attempts/" + attemptId, studentTokenOfBen(student)).statusCode());
    }

    private String studentTokenOfBen(Http ben) {
        return ben.cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().startsWith("nq_attempt_"))
                .map(HttpCookie::getValue).findFirst().orElseThrow();
    }

    @Test
    void theApiWantsTheTeacherPasswordWithHttpBasic() {
        Http client = new Http(server);
        for (String auth : new String[] {null, "Bearer " + studentToken, Http.basic("wrong password"), "Basic !!!notbase64",
                "Basic " + java.util.Base64.getEncoder().encodeToString(("student:" + TestServer.TEACHER_PASSWORD).getBytes(StandardCharsets.UTF_8))}) {
            for (String[] call : new String[][] {{"POST", "/api/sessions"}, {"GET", "/api/sessions/" + code + "/results"}}) {
                HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.url(call[1]))).header("Content-Type", "application/json")
                        .method(call[0], call[0].equals("GET") ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString("{\"quizId\":\"library-hours\"}"));
                if (auth != null) {
                    b.header("Authorization", auth);
                }
                HttpResponse<String> r = client.send(b);
                if (r.statusCode() == 429) {
                    break; // the wrong passwords above have started to slow this address down: also a refusal
                }
                assertEquals(401, r.statusCode(), call[0] + " " + call[1] + " with " + auth + ": " + r.body());
                assertTrue(r.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic realm="), r.headers().toString());
                assertTrue(Http.body(r).has("error"));
            }
        }
        assertEquals(1, server.stores.sessions().all().size(), "no session was created");
    }

    @Test
    void wrongPasswordsAreSlowedDownThenRefusedEvenWhenRight() {
        Http browser = new Http(server);
        HttpResponse<String> form = browser.get("/teacher/login");
        for (int i = 0; i < LoginThrottle.FREE_FAILURES; i++) {
            HttpResponse<String> wrong = browser.form("/teacher/login", "csrf", Http.csrf(form), "password", "guess " + i);
            assertEquals(401, wrong.statusCode());
            assertTrue(wrong.body().contains("That is not the teacher password"), wrong.body());
        }
        HttpResponse<String> throttled = browser.form("/teacher/login", "csrf", Http.csrf(form), "password", TestServer.TEACHER_PASSWORD);
        assertEquals(429, throttled.statusCode());
        assertTrue(throttled.body().contains("Too many wrong passwords"), throttled.body());
        assertTrue(throttled.headers().firstValue("Retry-After").isPresent());
        assertEquals(303, browser.get("/teacher").statusCode(), "not signed in");
        // The API's Basic check shares the throttle, and a forged X-Forwarded-For does not get around it.
        HttpResponse<String> api = browser.send(HttpRequest.newBuilder(URI.create(server.url("/api/sessions/" + code + "/results")))
                .header("Authorization", Http.basic(TestServer.TEACHER_PASSWORD)).header("X-Forwarded-For", "203.0.113.9"));
        assertEquals(429, api.statusCode());
    }

    @Test
    void signingInRenewsTheSessionIdAndTheCookieIsHttpOnlyAndStrict() {
        Http browser = new Http(server);
        browser.cookies.getCookieStore().add(URI.create(server.url("/teacher")), planted());
        HttpResponse<String> form = browser.get("/teacher/login?next=/teacher/sessions");
        assertTrue(form.body().contains("name=\"next\" value=\"/teacher/sessions\""), form.body());
        HttpResponse<String> done = browser.form("/teacher/login", "csrf", Http.csrf(form), "password", TestServer.TEACHER_PASSWORD,
                "next", "/teacher/sessions");
        assertEquals(303, done.statusCode());
        assertEquals("/teacher/sessions", done.headers().firstValue("Location").orElseThrow());
        String setCookie = done.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(TeacherArea.SESSION_COOKIE + "="))
                .findFirst().orElseThrow(() -> new AssertionError(done.headers().toString()));
        assertTrue(setCookie.contains("HttpOnly"), setCookie);
        assertTrue(setCookie.contains("SameSite=Strict"), setCookie);
        assertTrue(setCookie.contains("Path=/teacher"), setCookie);
        String first = teacherCookie(browser);
        assertNotEquals("planted-by-someone-else", first);
        assertEquals(200, browser.get("/teacher").statusCode());

        // Signing in again (say, on a shared computer) gives a new id; the old one is worthless.
        HttpResponse<String> again = browser.form("/teacher/login", "csrf", Http.csrf(form), "password", TestServer.TEACHER_PASSWORD);
        assertEquals(303, again.statusCode());
        String second = teacherCookie(browser);
        assertNotEquals(first, second);
        Http stale = new Http(server);
        HttpCookie old = new HttpCookie(TeacherArea.SESSION_COOKIE, first);
        old.setPath("/teacher");
        stale.cookies.getCookieStore().add(URI.create(server.url("/teacher")), old);
        assertEquals(303, stale.get("/teacher").statusCode());

        HttpResponse<String> out = browser.form("/teacher/logout", "csrf", Http.csrf(form));
        assertEquals("/teacher/login?msg=out", out.headers().firstValue("Location").orElseThrow());
        assertTrue(browser.follow(out).body().contains("You are signed out."));
        assertEquals(303, browser.get("/teacher").statusCode());
    }

    @Test
    void afterSigningInAPageSendsYouBackWhereYouWereGoingButNeverElsewhere() {
        Http browser = new Http(server);
        HttpResponse<String> redirect = browser.get("/teacher/sessions/" + code + "/results?sort=score");
        String location = redirect.headers().firstValue("Location").orElseThrow();
        assertEquals("/teacher/login?next=" + URLEncoder.encode("/teacher/sessions/" + code + "/results?sort=score", StandardCharsets.UTF_8),
                location);
        HttpResponse<String> form = browser.get(location);
        for (String evil : new String[] {"https://evil.example/", "//evil.example/teacher", "/teacher/../evil", "/\\evil"}) {
            HttpResponse<String> r = browser.form("/teacher/login", "csrf", Http.csrf(form), "password", TestServer.TEACHER_PASSWORD,
                    "next", evil);
            String to = r.headers().firstValue("Location").orElseThrow();
            assertEquals("/teacher", to, evil);
        }
    }

    @Test
    void signedInTheTeacherReachesEveryPage() {
        Http teacher = new Http(server);
        teacher.signInAsTeacher();
        for (String route : teacherRoutes()) {
            String[] parts = route.split(" ", 2);
            if (!parts[0].equals("GET") || parts[1].startsWith("/api/") || parts[1].endsWith("/events")) {
                continue;
            }
            HttpResponse<String> r = teacher.get(parts[1]);
            assertEquals(200, r.statusCode(), route + ":\n" + r.body());
            assertTrue(r.headers().firstValue("Cache-Control").orElse("").contains("no-store"), route);
            assertTrue(r.headers().firstValue("Content-Security-Policy").isPresent(), route);
        }
    }

    private void assertClosed(Http client, String route, String csrf, String authorization) {
        String[] parts = route.split(" ", 2);
        String method = parts[0];
        String path = parts[1];
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.url(path)));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        if (method.equals("GET")) {
            b.GET();
        } else {
            String body = "csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8) + "&status=rejected&quizId=library-hours&feedback=end"
                    + "&prompt=x&text=x";
            b.header("Content-Type", path.startsWith("/api/") ? "application/json" : "application/x-www-form-urlencoded")
                    .method(method, HttpRequest.BodyPublishers.ofString(path.startsWith("/api/") ? "{\"quizId\":\"library-hours\"}" : body));
        }
        HttpResponse<String> r = client.send(b);
        if (path.startsWith("/api/")) {
            assertEquals(401, r.statusCode(), route + ": " + r.body());
        } else if (method.equals("GET") && !path.endsWith("/events")) {
            assertEquals(303, r.statusCode(), route + ": " + r.body());
            assertTrue(r.headers().firstValue("Location").orElse("").startsWith("/teacher/login?next="), route);
        } else {
            assertEquals(401, r.statusCode(), route + ": " + r.body());
        }
        assertFalse(r.body().contains("Town library to open"), route + " leaked teacher content");
        assertFalse(r.body().contains("Ana"), route + " leaked a student's name");
    }

    private static HttpCookie planted() {
        HttpCookie c = new HttpCookie(TeacherArea.SESSION_COOKIE, "planted-by-someone-else");
        c.setPath("/teacher");
        return c;
    }

    private String teacherCookie(Http browser) {
        return browser.cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(TeacherArea.SESSION_COOKIE))
                .map(HttpCookie::getValue).reduce((a, b) -> b).orElseThrow();
    }
}
