package newsquiz.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Payloads an intruder types into every field, and the checks every response to them must pass. */
final class Hostile {
    static final String SCRIPT = "<script>alert('nq-xss')</script>";
    static final String IMG = "\"><img src=x onerror=alert('nq-xss')>";
    static final String SQL = "Robert'); DROP TABLE attempt;--";
    static final String SQL_OR = "' OR '1'='1";
    static final String TEMPLATE = "${7*7}{{7*7}}<%= 7*7 %>";
    static final String TRAVERSAL = "../../../../etc/passwd";
    static final String FORMULA = "=HYPERLINK(\"http://evil.example\",\"x\")";
    static final String RTL_OVERRIDE = "Ana\u202Egnp.exe";
    static final String ZERO_WIDTH = "\u200B\u200B";
    static final String NUL = "Al\u0000Capone";
    static final String LONG = "x".repeat(10_000);

    /** Text that must never come back raw in an HTML page: if it does, a browser would run it. */
    static final List<String> RAW_MARKERS = List.of("<script>alert('nq-xss')", "<img src=x onerror=");

    /** A stack trace or exception name in a response means an error escaped the error handling. */
    static final List<String> LEAKS = List.of("Exception", "\tat ", "at newsquiz.", "at io.javalin.", "at org.eclipse.", "SQLITE_");

    private Hostile() {}

    /** A response, however it was obtained: status, headers (names in lower case) and body. */
    record Reply(String request, int status, Map<String, List<String>> headers, String body) {
        static Reply of(HttpResponse<String> r) {
            Map<String, List<String>> headers = new LinkedHashMap<>();
            r.headers().map().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), v));
            return new Reply(r.request().method() + " " + r.uri().getRawPath(), r.statusCode(), headers, r.body());
        }

        String header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null || values.isEmpty() ? "" : values.get(0);
        }

        boolean html() {
            return header("content-type").startsWith("text/html");
        }

        boolean json() {
            return header("content-type").startsWith("application/json");
        }

        @Override
        public String toString() {
            String shown = body.length() > 600 ? body.substring(0, 600) + "…" : body;
            return request + " -> " + status + " " + header("content-type") + "\n" + shown;
        }
    }

    /** Sends bytes the JDK client refuses to send (bad escapes, raw {@code ..}, huge headers) over a plain socket. */
    static Reply raw(int port, String description, byte[] request) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request);
            out.flush();
            ByteArrayOutputStream response = new ByteArrayOutputStream();
            InputStream in = socket.getInputStream();
            try {
                in.transferTo(response);
            } catch (IOException e) {
                // the server closed the connection after answering
            }
            return parse(description, response.toString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError(description + ": " + e.getMessage(), e);
        }
    }

    /**
     * Sends a request whose body is {@code length} bytes: {@code prefix}, then filler. A server
     * may answer 413 and close before the body is all sent, which the JDK client reports as a
     * broken pipe instead of the answer; this keeps writing until refused, then reads the answer.
     */
    static Reply streamed(int port, String description, String head, byte[] prefix, int length) {
        return streamed(port, description, head, prefix, length, false);
    }

    /** The same with {@code Transfer-Encoding: chunked}: no length up front, so the server must count as it reads. */
    static Reply streamed(int port, String description, String head, byte[] prefix, int length, boolean chunked) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            try {
                String framing = chunked ? "Transfer-Encoding: chunked" : "Content-Length: " + length;
                out.write((head + framing + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.UTF_8));
                byte[] filler = "word+".repeat(4096).getBytes(StandardCharsets.US_ASCII);
                write(out, prefix, prefix.length, chunked);
                for (int sent = prefix.length; sent < length; sent += filler.length) {
                    write(out, filler, Math.min(filler.length, length - sent), chunked);
                }
                if (chunked) {
                    out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                }
                out.flush();
            } catch (IOException e) {
                // refused mid-body: the answer is waiting to be read
            }
            ByteArrayOutputStream response = new ByteArrayOutputStream();
            try {
                socket.getInputStream().transferTo(response);
            } catch (IOException e) {
                // closed after answering
            }
            return parse(description, response.toString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError(description + ": " + e.getMessage(), e);
        }
    }

    private static void write(OutputStream out, byte[] bytes, int length, boolean chunked) throws IOException {
        if (chunked) {
            out.write((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        }
        out.write(bytes, 0, length);
        if (chunked) {
            out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
    }

    static Reply raw(int port, String description, String request) {
        return raw(port, description, request.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static Reply parse(String description, String text) {
        int end = text.indexOf("\r\n\r\n");
        if (end < 0) {
            throw new AssertionError(description + ": no HTTP response: " + text);
        }
        String[] lines = text.substring(0, end).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.computeIfAbsent(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                    .add(lines[i].substring(colon + 1).strip());
        }
        return new Reply(description, status, headers, text.substring(end + 4));
    }
}
