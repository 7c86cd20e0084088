package newsquiz.web;

import io.javalin.http.Context;
import java.util.Optional;
import newsquiz.store.Attempt;

/** Who may see an attempt: whoever holds one of its tokens (cookie for pages, bearer header for the API). */
final class AttemptAccess {
    private final Learning learning;

    AttemptAccess(Learning learning) {
        this.learning = learning;
    }

    AttemptView page(Context ctx) {
        long id = attemptId(ctx);
        Optional<Attempt> attempt = AttemptCookies.token(ctx, id).flatMap(learning::attemptForToken).filter(a -> a.id() == id);
        if (attempt.isEmpty()) {
            throw new Problem(403, "This quiz was started in another browser, so it cannot be opened here. If you are in a class,"
                    + " join again with your name and your personal code.");
        }
        return learning.view(attempt.get());
    }

    AttemptView api(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || header.isBlank()) {
            throw new Problem(401, "Send the attempt's token as Authorization: Bearer <token>.");
        }
        if (!header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new Problem(401, "The Authorization header must be Bearer <token>.");
        }
        Attempt attempt = learning.attemptForToken(header.substring(7).strip())
                .orElseThrow(() -> new Problem(401, "This token is not valid."));
        long id = attemptId(ctx);
        if (attempt.id() != id) {
            throw new Problem(403, "This token belongs to another attempt.");
        }
        return learning.view(attempt);
    }

    static long attemptId(Context ctx) {
        String raw = ctx.pathParam("id");
        if (!raw.matches("[0-9]{1,18}")) {
            throw Problem.notFound("There is no attempt " + Learning.shorten(raw) + ".");
        }
        return Long.parseLong(raw);
    }
}
