package newsquiz.web;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;

/** Headers every response carries: no inline script or style, no framing, no sniffing, no referrer leaks. */
final class SecurityHeaders {
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none';"
            + " form-action 'self'";

    /** The same on every response, including the error pages Jetty writes itself ({@link MalformedRequests}). */
    static final Map<String, String> ALWAYS = always();

    private SecurityHeaders() {}

    static void apply(Context ctx) {
        ALWAYS.forEach(ctx::header);
        String path = ctx.path();
        if (!path.startsWith("/static/") && !path.startsWith("/webjars/")) {
            // Pages and API answers hold attempt data and tokens: never keep them in a shared cache.
            ctx.header("Cache-Control", "no-store");
        }
    }

    private static Map<String, String> always() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Security-Policy", CSP);
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Referrer-Policy", "same-origin");
        headers.put("X-Frame-Options", "DENY");
        headers.put("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        headers.put("Cross-Origin-Opener-Policy", "same-origin");
        return java.util.Collections.unmodifiableMap(headers);
    }
}
