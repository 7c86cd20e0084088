package newsquiz.web;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HandlerType;
import io.javalin.http.SameSite;
import java.security.SecureRandom;
import java.util.Base64;
import newsquiz.store.Codes;

/**
 * CSRF protection for the pages: a random token in a browser cookie that every form repeats in
 * a hidden field (double submit), checked for every POST; requests a browser marks as cross-site
 * are refused outright. Kept in a cookie rather than server memory so forms survive a restart.
 * The JSON API authenticates with a bearer header, which another site cannot make a browser send.
 */
public final class CsrfGuard {
    public static final String FIELD = "csrf";
    static final String COOKIE = "nq_csrf";
    private static final String ATTRIBUTE = "newsquiz.csrf";

    private final SecureRandom random = new SecureRandom();

    /** The token to put in this page's forms. */
    public static String token(Context ctx) {
        String token = ctx.attribute(ATTRIBUTE);
        return token == null ? "" : token;
    }

    void check(Context ctx) {
        if (exempt(ctx.path())) {
            return;
        }
        String token = ctx.cookie(COOKIE);
        if (token == null || !token.matches("[A-Za-z0-9_-]{32,64}")) {
            token = newToken();
            ctx.cookie(new Cookie(COOKIE, token, "/", -1, "https".equals(ctx.scheme()), true, null, SameSite.LAX));
            ctx.attribute(ATTRIBUTE, token);
            if (unsafe(ctx.method())) {
                throw refused();
            }
            return;
        }
        ctx.attribute(ATTRIBUTE, token);
        if (unsafe(ctx.method())) {
            if ("cross-site".equalsIgnoreCase(ctx.header("Sec-Fetch-Site"))) {
                throw new Problem(403, "This form was sent from another website, so it was refused.");
            }
            if (!Codes.sameCode(ctx.formParam(FIELD), token)) {
                throw refused();
            }
        }
    }

    private static Problem refused() {
        return new Problem(403, "This page was open for too long or came from somewhere else. Go back, reload the page and try again.");
    }

    private static boolean exempt(String path) {
        return path.startsWith("/api/") || path.startsWith("/static/") || path.startsWith("/webjars/");
    }

    private static boolean unsafe(HandlerType method) {
        return method != HandlerType.GET && method != HandlerType.HEAD && method != HandlerType.OPTIONS;
    }

    private String newToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
