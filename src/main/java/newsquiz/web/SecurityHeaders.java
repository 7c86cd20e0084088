package newsquiz.web;

import io.javalin.http.Context;

/** Headers every response carries: no inline script or style, no framing, no sniffing, no referrer leaks. */
final class SecurityHeaders {
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none';"
            + " form-action 'self'";

    private SecurityHeaders() {}

    static void apply(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "same-origin");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        ctx.header("Cross-Origin-Opener-Policy", "same-origin");
        String path = ctx.path();
        if (!path.startsWith("/static/") && !path.startsWith("/webjars/")) {
            // Pages and API answers hold attempt data and tokens: never keep them in a shared cache.
            ctx.header("Cache-Control", "no-store");
        }
    }
}
