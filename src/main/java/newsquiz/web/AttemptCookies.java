package newsquiz.web;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import newsquiz.store.IssuedAttempt;

/**
 * The pages keep each attempt's bearer token in an HttpOnly cookie of its own, so closing the
 * browser and coming back resumes the attempt.
 */
final class AttemptCookies {
    static final String PREFIX = "nq_attempt_";
    private static final int MAX_AGE_SECONDS = 60 * 60 * 24 * 90;
    /** Cookie headers have a size limit; the oldest attempts are forgotten first. */
    private static final int KEEP = 20;

    private AttemptCookies() {}

    static void remember(Context ctx, IssuedAttempt issued) {
        ctx.cookie(cookie(ctx, PREFIX + issued.attempt().id(), issued.token(), MAX_AGE_SECONDS));
        List<Long> ids = new ArrayList<>(ids(ctx));
        ids.remove(issued.attempt().id());
        ids.sort(null);
        for (int i = 0; i < ids.size() - (KEEP - 1); i++) {
            ctx.cookie(cookie(ctx, PREFIX + ids.get(i), "", 0));
        }
    }

    static Optional<String> token(Context ctx, long attemptId) {
        return Optional.ofNullable(ctx.cookie(PREFIX + attemptId)).filter(t -> !t.isBlank());
    }

    /** Attempt ids this browser holds tokens for, newest first. */
    static List<Long> ids(Context ctx) {
        List<Long> ids = new ArrayList<>();
        for (Map.Entry<String, String> e : ctx.cookieMap().entrySet()) {
            String name = e.getKey();
            if (name.startsWith(PREFIX) && name.length() < PREFIX.length() + 19 && !e.getValue().isBlank()) {
                try {
                    ids.add(Long.parseLong(name.substring(PREFIX.length())));
                } catch (NumberFormatException ignored) {
                    // not one of ours
                }
            }
        }
        ids.sort((a, b) -> Long.compare(b, a));
        return ids;
    }

    private static Cookie cookie(Context ctx, String name, String value, int maxAge) {
        return new Cookie(name, value, "/", maxAge, "https".equals(ctx.scheme()), true, null, SameSite.LAX);
    }
}
