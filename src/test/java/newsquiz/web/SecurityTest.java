package newsquiz.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsquiz.quiz.Question;
import newsquiz.quiz.Quiz;
import newsquiz.web.Hostile.Reply;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The app as an intruder sees it: every page reachable by a student and by the teacher is
 * crawled, and each must carry the security headers, each form a CSRF token, each POST refused
 * without one; no id a student can change leads into another student's attempt or to a teacher
 * page, no answer key reaches a learner early, and password guessing is slowed down.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecurityTest {
    private static final Pattern LINK = Pattern.compile("(?:href|src|action)=\"(/[^\"#]*)");
    private static final Pattern FORM = Pattern.compile("(?s)<form\\b([^>]*)>(.*?)</form>");
    private static final Pattern METHOD_POST = Pattern.compile("method=\"post\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern ACTION = Pattern.compile("action=\"([^\"]*)\"");

    private TestServer server;
    private String code;
    private Http ana;
    private long anaAttempt;
    private Http bo;
    private long boAttempt;
    private JsonNode cy;

    @BeforeAll
    void start(@TempDir Path dir) {
        server = TestServer.start(dir);
        Http teacher = new Http(server);
        code = teacher.createSession("{\"quizId\":\"library-hours\",\"feedback\":\"end\"}");
        ana = new Http(server);
        anaAttempt = joinByPage(ana, "Ana Anderson");
        bo = new Http(server);
        boAttempt = joinByPage(bo, "Bo Bergman");
        cy = Http.body(teacher.json("POST", "/api/attempts", "{\"code\":\"" + code + "\",\"name\":\"Cy Carlsson\"}", null));
        bo.form("/attempt/" + boAttempt + "/q/1", "csrf", Http.csrf(bo.get("/join")), "choice", "b");
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void everyPageCarriesTheSecurityHeadersAndEveryFormACsrfToken() {
        Http teacher = new Http(server);
        teacher.signInAsTeacher();
        Crawl student = crawl(ana, "/", "/join", "/attempt/" + anaAttempt, "/attempt/" + anaAttempt + "/summary",
                "/attempt/" + anaAttempt + "/article", "/nowhere");
        Crawl staff = crawl(teacher, "/teacher", "/teacher/sessions/" + code, "/teacher/sessions/" + code + "/results",
                "/teacher/sessions/" + code + "/students/" + boAttempt, "/teacher/login");
        assertTrue(student.pages.size() >= 8, "student pages crawled: " + student.pages.keySet());
        assertTrue(staff.pages.size() >= 15, "teacher pages crawled: " + staff.pages.keySet());
        for (Crawl crawl : List.of(student, staff)) {
            crawl.pages.forEach((path, r) -> assertSecurityHeaders(r));
            for (Map.Entry<String, String> form : crawl.forms.entrySet()) {
                assertTrue(form.getValue().contains("name=\"csrf\""), "form posting to " + form.getKey() + " has no CSRF token");
            }
        }
        Set<String> actions = new LinkedHashSet<>(student.forms.keySet());
        actions.addAll(staff.forms.keySet());
        assertTrue(actions.size() >= 8, "forms found: " + actions);
        for (String action : actions) {
            Http who = action.startsWith("/teacher") ? teacher : ana;
            for (String token : new String[] {null, "A".repeat(43)}) {
                HttpResponse<String> r = token == null ? who.form(action) : who.form(action, "csrf", token);
                assertEquals(403, r.statusCode(), "POST " + action + " with CSRF token " + token + ": " + r.body());
                assertSecurityHeaders(Reply.of(r));
            }
        }
    }

    @Test
    void noIdAStudentCanChangeLeadsIntoAnotherStudentsAttempt() {
        String other = "/attempt/" + boAttempt;
        for (String path : List.of(other, other + "/q/1", other + "/q/2", other + "/article", other + "/article?q=1", other + "/summary",
                other + "/welcome")) {
            HttpResponse<String> r = ana.get(path);
            assertEquals(403, r.statusCode(), path);
            assertFalse(r.body().contains("Bo Bergman"), path);
        }
        String csrf = Http.csrf(ana.get("/join"));
        for (String path : List.of(other + "/q/1", other + "/finish", other + "/practise")) {
            assertEquals(403, ana.form(path, "csrf", csrf, "choice", "a").statusCode(), "POST " + path);
        }
        // A cookie forged to name Bo's attempt, carrying Ana's own token, opens nothing.
        Http forger = new Http(server);
        forger.get("/join");
        String anaToken = ana.cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("nq_attempt_" + anaAttempt))
                .findFirst().orElseThrow().getValue();
        HttpResponse<String> forged = forger.send(HttpRequest.newBuilder(URI.create(server.url(other + "/q/1")))
                .header("Cookie", "nq_attempt_" + boAttempt + "=" + anaToken));
        assertEquals(403, forged.statusCode());

        // Through the API, a token opens its own attempt and no other, whatever id is asked for.
        String cyToken = cy.get("token").asText();
        long cyAttempt = cy.get("attemptId").asLong();
        for (long id = 1; id <= cyAttempt + 5; id++) {
            HttpResponse<String> r = ana.get("/api/attempts/" + id, cyToken);
            assertEquals(id == cyAttempt ? 200 : 403, r.statusCode(), "attempt " + id + ": " + r.body());
            assertFalse(id != cyAttempt && (r.body().contains("Bergman") || r.body().contains("Anderson")), r.body());
            assertNotEquals(200, ana.json("PUT", "/api/attempts/" + id + "/answers/q1", "{\"choices\":[\"a\"]}", id == cyAttempt ? null : cyToken)
                    .statusCode(), "answer into attempt " + id);
        }
        assertEquals(403, ana.json("POST", "/api/attempts/" + boAttempt + "/finish", null, cyToken).statusCode());
    }

    @Test
    void studentsReachNoTeacherPageOrResults() {
        Http teacher = new Http(server);
        teacher.signInAsTeacher();
        Crawl staff = crawl(teacher, "/teacher", "/teacher/sessions/" + code, "/teacher/sessions/" + code + "/results",
                "/teacher/sessions/" + code + "/students/" + boAttempt);
        String cyToken = cy.get("token").asText();
        List<String> teacherPages = staff.pages.entrySet().stream().filter(e -> e.getValue().status() == 200)
                .map(Map.Entry::getKey).filter(p -> p.startsWith("/teacher") && !p.startsWith("/teacher/login")).toList();
        assertTrue(teacherPages.size() >= 15, "teacher pages: " + teacherPages);
        for (String path : teacherPages) {
            HttpResponse<String> asStudent = ana.get(path);
            assertTrue(asStudent.statusCode() == 303 || asStudent.statusCode() == 302 || asStudent.statusCode() == 401,
                    path + " answered a student with " + asStudent.statusCode());
            assertTrue(asStudent.statusCode() == 401 || asStudent.headers().firstValue("Location").orElse("").startsWith("/teacher/login"),
                    path + " sent a student to " + asStudent.headers().firstValue("Location").orElse(""));
            assertFalse(asStudent.body().contains("Bergman"), path);
            assertNotEquals(200, ana.get(path, cyToken).statusCode(), path + " with a student's bearer token");
        }
        for (String path : List.of("/api/sessions/" + code + "/results")) {
            HttpResponse<String> r = ana.get(path, cyToken);
            assertEquals(401, r.statusCode(), path);
            assertFalse(r.body().contains("Bergman"), path);
        }
        assertEquals(401, ana.json("POST", "/api/sessions", "{\"quizId\":\"library-hours\"}", cyToken).statusCode());
    }

    @Test
    void answerKeysReachALearnerOnlyAfterAnsweringAndAsTheFeedbackPolicyAllows() {
        Quiz quiz = server.library.byId("library-hours").orElseThrow();
        List<String> secrets = new ArrayList<>();
        // Evidence quotes are article text, shown with the article: what gives a key away is the explanation and the highlighting.
        for (Question q : quiz.questions()) {
            secrets.add(q.explanation());
        }
        String cyToken = cy.get("token").asText();
        long cyAttempt = cy.get("attemptId").asLong();
        List<String> learnerViews = new ArrayList<>();
        for (String path : List.of("/attempt/" + anaAttempt + "/q/1", "/attempt/" + anaAttempt + "/q/4", "/attempt/" + anaAttempt
                + "/summary", "/attempt/" + anaAttempt + "/article?q=1", "/attempt/" + anaAttempt + "/welcome")) {
            learnerViews.add(ana.get(path).body());
        }
        learnerViews.add(ana.get("/api/attempts/" + cyAttempt, cyToken).body());
        // Feedback at the end: answering changes nothing until the attempt is handed in.
        learnerViews.add(ana.json("PUT", "/api/attempts/" + cyAttempt + "/answers/q1", "{\"choices\":[\"b\"]}", cyToken).body());
        learnerViews.add(ana.get("/api/attempts/" + cyAttempt, cyToken).body());
        learnerViews.add(bo.get("/attempt/" + boAttempt + "/q/1").body());
        learnerViews.add(bo.get("/attempt/" + boAttempt + "/article?q=1").body());
        for (String view : learnerViews) {
            for (String secret : secrets) {
                assertFalse(view.contains(secret) || view.contains(secret.replace("\"", "&#34;")), "key material shown early: " + secret);
            }
            assertFalse(view.contains("\"correct\"") || view.contains("\"key\"") || view.contains("<mark>"), view);
        }
        JsonNode handedIn = Http.body(ana.json("POST", "/api/attempts/" + cyAttempt + "/finish", null, cyToken));
        assertTrue(handedIn.get("resultsAvailable").asBoolean());
        assertTrue(ana.get("/api/attempts/" + cyAttempt, cyToken).body().contains("\"key\""), "keys once handed in");
    }

    /** On a server of its own: the throttle it trips would lock the other tests' teacher out too. */
    @Test
    void guessingTheTeacherPasswordIsSlowedDownThenRefused(@TempDir Path dir) {
        try (TestServer own = TestServer.start(dir)) {
            guessPasswords(own);
        }
    }

    private static void guessPasswords(TestServer server) {
        Http intruder = new Http(server);
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> form = intruder.get("/teacher/login");
            statuses.add(intruder.form("/teacher/login", "csrf", Http.csrf(form), "password", "guess " + i).statusCode());
        }
        assertEquals(List.of(401, 401, 401), statuses.subList(0, 3), "the first guesses are merely wrong");
        assertTrue(statuses.subList(3, 5).stream().allMatch(s -> s == 429), "then guessing is throttled: " + statuses);
        // While throttled even the right password is not tried, through the form or the API.
        HttpResponse<String> form = intruder.get("/teacher/login");
        assertEquals(429, intruder.form("/teacher/login", "csrf", Http.csrf(form), "password", TestServer.TEACHER_PASSWORD).statusCode());
        assertEquals(429, intruder.teacherJson("POST", "/api/sessions", "{\"quizId\":\"library-hours\"}").statusCode());
    }

    // ---- helpers

    private long joinByPage(Http browser, String name) {
        HttpResponse<String> joined = browser.form("/join", "csrf", Http.csrf(browser.get("/join")), "code", code, "name", name);
        assertEquals(303, joined.statusCode(), joined.body());
        Matcher m = Pattern.compile("/attempt/(\\d+)").matcher(joined.headers().firstValue("Location").orElseThrow());
        assertTrue(m.find());
        return Long.parseLong(m.group(1));
    }

    private static void assertSecurityHeaders(Reply r) {
        String csp = r.header("content-security-policy");
        assertTrue(csp.contains("default-src 'self'") && csp.contains("script-src 'self'") && csp.contains("frame-ancestors 'none'")
                && csp.contains("object-src 'none'") && !csp.contains("unsafe-inline") && !csp.contains("unsafe-eval"), "CSP of " + r);
        assertEquals("nosniff", r.header("x-content-type-options"), r.request());
        assertFalse(r.header("referrer-policy").isEmpty(), r.request());
    }

    /** Pages reached by following same-site links from the start pages (GET only), and the forms on them by action. */
    private record Crawl(Map<String, Reply> pages, Map<String, String> forms) {}

    private static Crawl crawl(Http browser, String... start) {
        Map<String, Reply> pages = new LinkedHashMap<>();
        Map<String, String> forms = new LinkedHashMap<>();
        Deque<String> todo = new ArrayDeque<>(List.of(start));
        while (!todo.isEmpty() && pages.size() < 150) {
            String path = todo.poll();
            if (pages.containsKey(path) || path.contains("/events")) {
                continue;
            }
            HttpResponse<String> r = browser.get(path);
            pages.put(path, Reply.of(r));
            String location = r.headers().firstValue("Location").orElse(null);
            if (location != null && location.startsWith("/")) {
                todo.add(location);
            }
            if (!r.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
                continue;
            }
            Matcher link = LINK.matcher(r.body());
            while (link.find()) {
                String target = link.group(1).replace("&amp;", "&");
                if (!target.startsWith("/teacher/logout")) {
                    todo.add(target);
                }
            }
            Matcher form = FORM.matcher(r.body());
            while (form.find()) {
                if (METHOD_POST.matcher(form.group(1)).find()) {
                    Matcher action = ACTION.matcher(form.group(1));
                    forms.putIfAbsent(action.find() ? action.group(1).replace("&amp;", "&") : path, form.group(2));
                }
            }
        }
        return new Crawl(pages, forms);
    }
}
