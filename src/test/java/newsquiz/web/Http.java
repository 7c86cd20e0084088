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
final class Http {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    final CookieManager cookies = new CookieManager();
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    private final TestServer server;

    Http(TestServer server) {
        this.server = server;
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    HttpResponse<String> get(String path, String bearer) {
        return send(auth(HttpRequest.newBuilder(uri(path)), bearer).GET());
    }

    HttpResponse<String> json(String method, String path, String body, String bearer) {
        HttpRequest.Builder b = auth(HttpRequest.newBuilder(uri(path)), bearer).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return send(b);
    }

    /** Posts a form, adding the CSRF token from the given page unless one is in the fields. */
    HttpResponse<String> form(String path, String... fieldsAndValues) {
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
    static String csrf(HttpResponse<String> page) {
        Matcher m = CSRF.matcher(page.body());
        if (!m.find()) {
            throw new AssertionError("no csrf field on the page:\n" + page.body());
        }
        return m.group(1);
    }

    /** Follows a 303 (or other redirect) with a GET, as a browser does. */
    HttpResponse<String> follow(HttpResponse<String> redirect) {
        String location = redirect.headers().firstValue("Location").orElseThrow(() ->
                new AssertionError("expected a redirect, got " + redirect.statusCode() + ":\n" + redirect.body()));
        return get(location.startsWith("http") ? URI.create(location).getRawPath()
                + (URI.create(location).getRawQuery() == null ? "" : "?" + URI.create(location).getRawQuery()) : location);
    }

    static JsonNode body(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON (" + response.statusCode() + "): " + response.body(), e);
        }
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
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
