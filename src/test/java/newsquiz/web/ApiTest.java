package newsquiz.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiTest {
    private TestServer server;
    private Http http;

    @BeforeAll
    void start(@TempDir Path dir) {
        server = TestServer.start(dir);
        http = new Http(server);
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void listsQuizzesWithTheirVisibleQuestionCount() {
        HttpResponse<String> r = http.get("/api/quizzes");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonNode quizzes = Http.body(r);
        JsonNode library = find(quizzes, "library-hours");
        assertEquals("Town library to open on Sundays after students collect 900 signatures", library.get("title").asText());
        assertEquals(4, library.get("questions").asInt());
    }

    @Test
    void selfStudyAttemptShowsNoKeysUntilAnsweredThenGivesFeedback() {
        JsonNode created = created(http.json("POST", "/api/attempts", "{\"quizId\":\"library-hours\"}", null));
        long id = created.get("attemptId").asLong();
        String token = created.get("token").asText();

        HttpResponse<String> before = http.get("/api/attempts/" + id, token);
        assertEquals(200, before.statusCode());
        assertFalse(before.body().contains("correct"), before.body());
        assertFalse(before.body().contains("explanation"), before.body());
        assertFalse(before.body().contains("rejected question"), before.body());
        JsonNode attempt = Http.body(before);
        assertEquals(4, attempt.get("questions").size());
        assertEquals(0, attempt.get("answers").size());
        JsonNode q1 = attempt.get("questions").get(0);
        assertEquals("q1", q1.get("id").asText());
        assertEquals(3, q1.get("choices").size());
        assertTrue(q1.get("choices").get(0).has("text"));

        JsonNode saved = Http.body(http.json("PUT", "/api/attempts/" + id + "/answers/q1", "{\"choices\":[\"a\"]}", token));
        assertTrue(saved.get("saved").asBoolean());
        assertEquals("created", saved.get("status").asText());
        assertTrue(saved.get("feedback").get("correct").asBoolean());
        assertEquals("[\"a\"]", saved.get("feedback").get("key").toString());

        JsonNode again = Http.body(http.json("PUT", "/api/attempts/" + id + "/answers/q1", "{\"choices\":[\"a\"]}", token));
        assertEquals("confirmed", again.get("status").asText());
        // Self-study shows the key at once, so the answer cannot change afterwards.
        HttpResponse<String> change = http.json("PUT", "/api/attempts/" + id + "/answers/q1", "{\"choices\":[\"b\"]}", token);
        assertEquals(409, change.statusCode());

        JsonNode after = Http.body(http.get("/api/attempts/" + id, token));
        assertEquals(1, after.get("answers").size());
        assertEquals("q1", after.get("answers").get(0).get("questionId").asText());
        assertTrue(after.get("answers").get(0).get("feedback").get("correct").asBoolean());
        for (JsonNode q : after.get("questions")) {
            assertFalse(q.toString().contains("correct"), q.toString());
        }

        JsonNode multi = Http.body(http.json("PUT", "/api/attempts/" + id + "/answers/q4", "{\"choices\":[\"b\",\"a\"]}", token));
        assertEquals("[\"a\",\"b\"]", multi.get("choices").toString());
        assertTrue(multi.get("feedback").get("correct").asBoolean());

        JsonNode result = Http.body(http.json("POST", "/api/attempts/" + id + "/finish", null, token));
        assertTrue(result.get("finished").asBoolean());
        assertTrue(result.get("resultsAvailable").asBoolean());
        assertEquals(2, result.get("score").asInt());
        assertEquals(4, result.get("total").asInt());
        assertEquals(2, result.get("bySkill").size());
        assertEquals("[\"q2\",\"q3\"]", result.get("missed").toString());
        assertEquals(409, http.json("PUT", "/api/attempts/" + id + "/answers/q2", "{\"choices\":[\"a\"]}", token).statusCode());
    }

    @Test
    void classroomWithFeedbackAtTheEnd() {
        String code = Http.body(http.teacherJson("POST", "/api/sessions",
                "{\"quizId\":\"library-hours\",\"feedback\":\"end\",\"drafts\":false}")).get("code").asText();
        JsonNode ana = created(http.json("POST", "/api/attempts", "{\"code\":\"" + code.toLowerCase() + "\",\"name\":\"Ana\"}", null));
        String token = ana.get("token").asText();
        long id = ana.get("attemptId").asLong();
        assertTrue(ana.get("rejoinCode").asText().matches("[A-Z0-9]{5}"));

        JsonNode saved = Http.body(http.json("PUT", "/api/attempts/" + id + "/answers/q2", "{\"choices\":[\"b\"]}", token));
        assertTrue(saved.get("saved").asBoolean());
        assertFalse(saved.has("feedback"), saved.toString());
        JsonNode changed = Http.body(http.json("PUT", "/api/attempts/" + id + "/answers/q2", "{\"choices\":[\"a\"]}", token));
        assertEquals("replaced", changed.get("status").asText());
        assertFalse(http.get("/api/attempts/" + id, token).body().contains("correct"));

        JsonNode result = Http.body(http.json("POST", "/api/attempts/" + id + "/finish", null, token));
        assertTrue(result.get("resultsAvailable").asBoolean());
        assertEquals(1, result.get("score").asInt());
        assertTrue(http.get("/api/attempts/" + id, token).body().contains("\"correct\":true"));

        // Same name again: refused. Same name with the personal code: the same attempt.
        assertEquals(409, http.json("POST", "/api/attempts", "{\"code\":\"" + code + "\",\"name\":\"ana\"}", null).statusCode());
        JsonNode moved = created(http.json("POST", "/api/attempts", "{\"code\":\"" + code + "\",\"name\":\"ana\",\"rejoinCode\":\""
                + ana.get("rejoinCode").asText() + "\"}", null));
        assertEquals(id, moved.get("attemptId").asLong());
    }

    @Test
    void sessionsWithFeedbackWhenClosedHoldResultsBack() {
        String code = Http.body(http.teacherJson("POST", "/api/sessions", "{\"quizId\":\"library-hours\",\"feedback\":\"closed\"}"))
                .get("code").asText();
        JsonNode bo = created(http.json("POST", "/api/attempts", "{\"code\":\"" + code + "\",\"name\":\"Bo\"}", null));
        long id = bo.get("attemptId").asLong();
        String token = bo.get("token").asText();
        http.json("PUT", "/api/attempts/" + id + "/answers/q1", "{\"choices\":[\"a\"]}", token);
        JsonNode result = Http.body(http.json("POST", "/api/attempts/" + id + "/finish", null, token));
        assertFalse(result.get("resultsAvailable").asBoolean());
        assertFalse(result.has("score"));
        assertTrue(result.get("message").asText().contains("teacher closes"));
        server.stores.sessions().close(server.stores.sessions().byCode(code).orElseThrow().id());
        assertTrue(http.get("/api/attempts/" + id, token).body().contains("\"correct\":true"));
    }

    @Test
    void aClosedSessionRefusesAnswersAndJoinsWithAClearMessage() {
        String code = Http.body(http.teacherJson("POST", "/api/sessions", "{\"quizId\":\"library-hours\",\"feedback\":\"immediate\"}"))
                .get("code").asText();
        JsonNode cy = created(http.json("POST", "/api/attempts", "{\"code\":\"" + code + "\",\"name\":\"Cy\"}", null));
        server.stores.sessions().close(server.stores.sessions().byCode(code).orElseThrow().id());
        HttpResponse<String> answer = http.json("PUT", "/api/attempts/" + cy.get("attemptId").asLong() + "/answers/q1",
                "{\"choices\":[\"a\"]}", cy.get("token").asText());
        assertEquals(409, answer.statusCode());
        assertTrue(Http.body(answer).get("error").asText().contains("closed"));
        HttpResponse<String> join = http.json("POST", "/api/attempts", "{\"code\":\"" + code + "\",\"name\":\"Dee\"}", null);
        assertEquals(409, join.statusCode());
        assertTrue(Http.body(join).get("error").asText().contains("closed"));
    }

    @Test
    void sessionsRunApprovedQuestionsAndDraftsOnlyWhenAskedAndNeverRejectedOnes() {
        HttpResponse<String> refused = http.teacherJson("POST", "/api/sessions", "{\"quizId\":\"drafts-only\"}");
        assertEquals(409, refused.statusCode());
        assertTrue(Http.body(refused).get("error").asText().contains("drafts"));
        JsonNode session = created(http.teacherJson("POST", "/api/sessions", "{\"quizId\":\"drafts-only\",\"drafts\":true}"));
        assertEquals(1, session.get("questions").asInt());
        JsonNode eve = created(http.json("POST", "/api/attempts", "{\"code\":\"" + session.get("code").asText() + "\",\"name\":\"Eve\"}", null));
        String body = http.get("/api/attempts/" + eve.get("attemptId").asLong(), eve.get("token").asText()).body();
        assertTrue(body.contains("\"d1\""));
        assertFalse(body.contains("\"d2\""));

        JsonNode approved = created(http.teacherJson("POST", "/api/sessions", "{\"quizId\":\"library-hours\",\"drafts\":true}"));
        assertEquals(4, approved.get("questions").asInt());
    }

    @Test
    void badInputGetsA4xxWithAnErrorMessage() {
        JsonNode mine = created(http.json("POST", "/api/attempts", "{\"quizId\":\"library-hours\"}", null));
        JsonNode other = created(http.json("POST", "/api/attempts", "{\"quizId\":\"library-hours\"}", null));
        long id = mine.get("attemptId").asLong();
        String token = mine.get("token").asText();
        String answers = "/api/attempts/" + id + "/answers/q1";

        List<Object[]> cases = new ArrayList<>();
        cases.add(new Object[] {400, http.json("POST", "/api/attempts", "", null)});
        cases.add(new Object[] {400, http.json("POST", "/api/attempts", "not json", null)});
        cases.add(new Object[] {400, http.json("POST", "/api/attempts", "[1,2]", null)});
        cases.add(new Object[] {400, http.json("POST", "/api/attempts", "{}", null)});
        cases.add(new Object[] {400, http.json("POST", "/api/attempts", "{\"quizId\":42}", null)});
        cases.add(new Object[] {404, http.json("POST", "/api/attempts", "{\"quizId\":\"no-such-quiz\"}", null)});
        cases.add(new Object[] {404, http.json("POST", "/api/attempts", "{\"code\":\"ZZZZZZ\",\"name\":\"Al\"}", null)});
        cases.add(new Object[] {400, http.json("POST", "/api/attempts", "{\"code\":\"ZZZZZZ\"}", null)});
        cases.add(new Object[] {400, http.json("POST", "/api/attempts", "{\"code\":\"ZZZZZZ\",\"name\":\"\\u0000\"}", null)});
        cases.add(new Object[] {400, http.teacherJson("POST", "/api/sessions", "{\"quizId\":\"library-hours\",\"feedback\":\"later\"}")});
        cases.add(new Object[] {400, http.teacherJson("POST", "/api/sessions", "{\"quizId\":\"library-hours\",\"drafts\":\"yes\"}")});
        cases.add(new Object[] {404, http.teacherJson("POST", "/api/sessions", "{\"quizId\":\"nope\"}")});
        cases.add(new Object[] {401, http.get("/api/attempts/" + id)});
        cases.add(new Object[] {401, http.get("/api/attempts/" + id, "forged-token")});
        cases.add(new Object[] {403, http.get("/api/attempts/" + id, other.get("token").asText())});
        cases.add(new Object[] {403, http.get("/api/attempts/999999", token)});
        cases.add(new Object[] {404, http.get("/api/attempts/abc", token)});
        cases.add(new Object[] {401, http.json("PUT", answers, "{\"choices\":[\"a\"]}", null)});
        cases.add(new Object[] {403, http.json("PUT", answers, "{\"choices\":[\"a\"]}", other.get("token").asText())});
        cases.add(new Object[] {400, http.json("PUT", answers, "{\"choices\":\"a\"}", token)});
        cases.add(new Object[] {400, http.json("PUT", answers, "{\"choices\":[1]}", token)});
        cases.add(new Object[] {400, http.json("PUT", answers, "{\"choices\":[]}", token)});
        cases.add(new Object[] {400, http.json("PUT", answers, "{\"choices\":[\"z\"]}", token)});
        cases.add(new Object[] {400, http.json("PUT", answers, "{\"choices\":[\"a\",\"b\"]}", token)});
        cases.add(new Object[] {400, http.json("PUT", answers, "{}", token)});
        cases.add(new Object[] {404, http.json("PUT", "/api/attempts/" + id + "/answers/q5", "{\"choices\":[\"a\"]}", token)});
        cases.add(new Object[] {404, http.json("PUT", "/api/attempts/" + id + "/answers/nope", "{\"choices\":[\"a\"]}", token)});
        cases.add(new Object[] {413, http.json("PUT", answers, "{\"choices\":[\"" + "a".repeat(200_000) + "\"]}", token)});
        cases.add(new Object[] {401, http.json("POST", "/api/attempts/" + id + "/finish", null, null)});
        cases.add(new Object[] {404, http.get("/api/nothing-here")});
        for (Object[] c : cases) {
            int expected = (Integer) c[0];
            @SuppressWarnings("unchecked")
            HttpResponse<String> r = (HttpResponse<String>) c[1];
            String where = r.request().method() + " " + r.uri() + " -> " + r.statusCode() + " " + r.body();
            assertEquals(expected, r.statusCode(), where);
            JsonNode body = Http.body(r);
            assertTrue(body.get("error").isTextual() && !body.get("error").asText().isBlank(), where);
            assertFalse(r.body().contains("Exception") || r.body().contains("\tat "), where);
        }
        assertEquals(0, Http.body(http.get("/api/attempts/" + id, token)).get("answers").size());
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() {
        for (HttpResponse<String> r : List.of(http.get("/api/quizzes"), http.get("/api/attempts/1"), http.get("/"),
                http.get("/static/app.css"), http.get("/nowhere"))) {
            String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(csp.contains("default-src 'self'") && csp.contains("object-src 'none'") && csp.contains("base-uri 'none'")
                    && csp.contains("frame-ancestors 'none'") && !csp.contains("unsafe-inline"), r.uri() + ": " + csp);
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""), r.uri().toString());
            assertTrue(r.headers().firstValue("Referrer-Policy").isPresent(), r.uri().toString());
        }
    }

    @Test
    void htmxIsServedFromTheClasspath() {
        HttpResponse<String> r = http.get("/webjars/htmx.org/2.0.4/dist/htmx.min.js");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("htmx"));
    }

    private static JsonNode created(HttpResponse<String> r) {
        assertEquals(201, r.statusCode(), r.body());
        return Http.body(r);
    }

    private static JsonNode find(JsonNode list, String id) {
        for (JsonNode n : list) {
            if (n.get("id").asText().equals(id)) {
                return n;
            }
        }
        throw new AssertionError("no quiz " + id + " in " + list);
    }
}
