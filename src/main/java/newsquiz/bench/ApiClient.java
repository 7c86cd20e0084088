package newsquiz.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

/**
 * The JSON API as a student's app and a teacher's script use it, over one shared
 * {@link HttpClient}. Calls block: measured here, the JDK client's blocking {@code send} from many
 * threads serves three to four times the requests per second of {@code sendAsync} chains, and a
 * load generator that eats the server's CPU would understate the server. Creating a session
 * sends HTTP Basic (user {@code teacher}) when a password is known.
 */
public final class ApiClient {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http;
    private final String base;
    private final String teacherPassword;

    public ApiClient(String baseUrl, String teacherPassword) {
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        this.base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.teacherPassword = teacherPassword;
    }

    /** A response: status, body, and how long it took from sending to the last byte. */
    public record Reply(int status, String body, long nanos, boolean retried) {
        public Reply(int status, String body, long nanos) {
            this(status, body, nanos, false);
        }

        /** The same reply, marked as the answer to a request sent a second time. */
        public Reply asRetry() {
            return new Reply(status, body, nanos, true);
        }

        public boolean ok() {
            return status >= 200 && status < 300;
        }

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (java.io.IOException e) {
                throw new IllegalStateException("not JSON (" + status + "): " + body, e);
            }
        }

        public double millis() {
            return nanos / 1e6;
        }
    }

    /** A class member's attempt: what the API hands out at join. */
    public record Joined(long attemptId, String token, String rejoinCode) {}

    public Reply createSession(String quizId, String feedback, boolean drafts) throws IOException, InterruptedException {
        ObjectNode body = JSON.createObjectNode().put("quizId", quizId).put("feedback", feedback).put("drafts", drafts);
        HttpRequest.Builder request = jsonRequest("/api/sessions").POST(publish(body));
        if (teacherPassword != null) {
            String basic = Base64.getEncoder().encodeToString(("teacher:" + teacherPassword).getBytes(StandardCharsets.UTF_8));
            request.header("Authorization", "Basic " + basic);
        }
        return send(request);
    }

    public Reply join(String code, String name) throws IOException, InterruptedException {
        return send(jsonRequest("/api/attempts").POST(publish(JSON.createObjectNode().put("code", code).put("name", name))));
    }

    public Reply selfStudy(String quizId) throws IOException, InterruptedException {
        return send(jsonRequest("/api/attempts").POST(publish(JSON.createObjectNode().put("quizId", quizId))));
    }

    public Reply attempt(long attemptId, String token) throws IOException, InterruptedException {
        return send(bearer(request("/api/attempts/" + attemptId), token).GET());
    }

    public Reply answer(long attemptId, String token, String questionId, List<String> choices) throws IOException, InterruptedException {
        ObjectNode body = JSON.createObjectNode();
        choices.forEach(body.putArray("choices")::add);
        return send(bearer(jsonRequest("/api/attempts/" + attemptId + "/answers/" + questionId), token).PUT(publish(body)));
    }

    public Reply finish(long attemptId, String token) throws IOException, InterruptedException {
        return send(bearer(request("/api/attempts/" + attemptId + "/finish"), token).POST(HttpRequest.BodyPublishers.noBody()));
    }

    /** Any request on this client's connections, for callers that build their own (pages, say). */
    public Reply send(HttpRequest.Builder request) throws IOException, InterruptedException {
        long start = System.nanoTime();
        HttpResponse<String> r = http.send(request.timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Reply(r.statusCode(), r.body(), System.nanoTime() - start);
    }

    public HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path));
    }

    public static Joined joined(Reply reply) {
        JsonNode body = reply.json();
        return new Joined(body.get("attemptId").asLong(), body.get("token").asText(), body.path("rejoinCode").asText(null));
    }

    private static HttpRequest.Builder bearer(HttpRequest.Builder request, String token) {
        return request.header("Authorization", "Bearer " + token);
    }

    private static HttpRequest.BodyPublisher publish(JsonNode body) {
        return HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8);
    }

    private HttpRequest.Builder jsonRequest(String path) {
        return request(path).header("Content-Type", "application/json");
    }
}
