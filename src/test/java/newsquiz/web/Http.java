package newsquiz.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A JDK HTTP client with its own cookie jar, like one browser; it does not follow redirects. */
public final class Http {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    public final CookieManager cookies = new CookieManager();
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    private final TestServer server;

    public Http(TestServer server) {
        this.server = server;
    }

    /** The Authorization header value for the teacher (HTTP Basic, user "teacher"). */
    public static String basic(String password) {
        return "Basic " + java.util.Base64.getEncoder().encodeToString(("teacher:" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** A JSON call as the teacher's script makes it: HTTP Basic with the test server's teacher password. */
    public HttpResponse<String> teacherJson(String method, String path, String body) {
        return send(HttpRequest.newBuilder(uri(path)).header("Authorization", basic(TestServer.TEACHER_PASSWORD))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Creates a class session through the API as the teacher; returns its join code. */
    public String createSession(String json) {
        HttpResponse<String> r = teacherJson("POST", "/api/sessions", json);
        if (r.statusCode() != 201) {
            throw new AssertionError("session not created (" + r.statusCode() + "): " + r.body());
        }
        return body(r).get("code").asText();
    }

    /** Signs this client in on the teacher pages, as a browser does with the form. */
    public void signInAsTeacher() {
        HttpResponse<String> form = get("/teacher/login");
        HttpResponse<String> done = form("/teacher/login", "csrf", csrf(form), "password", TestServer.TEACHER_PASSWORD);
        if (done.statusCode() != 303) {
            throw new AssertionError("teacher sign-in failed (" + done.statusCode() + "): " + done.body());
        }
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    public HttpResponse<String> get(String path, String bearer) {
        return send(auth(HttpRequest.newBuilder(uri(path)), bearer).GET());
    }

    public HttpResponse<String> json(String method, String path, String body, String bearer) {
        HttpRequest.Builder b = auth(HttpRequest.newBuilder(uri(path)), bearer).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return send(b);
    }

    /** Posts a form, adding the CSRF token from the given page unless one is in the fields. */
    public HttpResponse<String> form(String path, String... fieldsAndValues) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            if (body.length() > 0) {
                body.append('&');
            }
            body.append(URLEncoder.encode(fieldsAndValues[i], StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(fieldsAndValues[i + 1], StandardCharsets.UTF_8));
        }
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    /** The CSRF token a page's forms carry. */
    public static String csrf(HttpResponse<String> page) {
        Matcher m = CSRF.matcher(page.body());
        if (!m.find()) {
            throw new AssertionError("no csrf field on the page:\n" + page.body());
        }
        return m.group(1);
    }

    /** Follows a 303 (or other redirect) with a GET, as a browser does. */
    public HttpResponse<String> follow(HttpResponse<String> redirect) {
        String location = redirect.headers().firstValue("Location").orElseThrow(() ->
                new AssertionError("expected a redirect, got " + redirect.statusCode() + ":\n" + redirect.body()));
        return get(location.startsWith("http") ? URI.create(location).getRawPath()
                + (URI.create(location).getRawQuery() == null ? "" : "?" + URI.create(location).getRawQuery()) : location);
    }

    public static JsonNode body(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON (" + response.statusCode() + "): " + response.body(), e);
        }
    }

    /** A GET whose body is kept as bytes (downloads). */
    public HttpResponse<byte[]> download(String path) {
        try {
            return client.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Posts a multipart form with one file field (and the other fields given), as a browser's upload does. */
    public HttpResponse<String> upload(String path, String fileField, String fileName, byte[] content, String... fieldsAndValues) {
        String boundary = "----newsquiz" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        java.util.function.Consumer<String> text = s -> body.writeBytes(s.getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            text.accept("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fieldsAndValues[i] + "\"\r\n\r\n"
                    + fieldsAndValues[i + 1] + "\r\n");
        }
        text.accept("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
        body.writeBytes(content);
        text.accept("\r\n--" + boundary + "--\r\n");
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    public HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create(server.url(path));
    }

    private static HttpRequest.Builder auth(HttpRequest.Builder b, String bearer) {
        return bearer == null ? b : b.header("Authorization", "Bearer " + bearer);
    }
}
