package newsquiz.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.Map;
import newsquiz.store.Refused;
import newsquiz.store.StoreException;
import newsquiz.web.view.ErrorPage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns every failure into a clear message: a page for people, {@code {"error": …}} for the API; never a stack trace. */
final class ErrorHandling {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorHandling.class);

    private ErrorHandling() {}

    static void register(RoutesConfig routes) {
        routes.exception(Problem.class, (e, ctx) -> respond(ctx, e.status(), e.getMessage()));
        routes.exception(Refused.class, (e, ctx) -> respond(ctx, status(e.reason()), e.getMessage()));
        routes.exception(HttpResponseException.class, (e, ctx) -> respond(ctx, e.getStatus(), message(e.getStatus())));
        routes.exception(StoreException.class, (e, ctx) -> {
            LOG.error("database failure on {} {}", ctx.method(), ctx.path(), e);
            respond(ctx, 503, "Your answer could not be saved just now, so it was not recorded. Please try again in a moment.");
        });
        routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("unexpected failure on {} {}", ctx.method(), ctx.path(), e);
            respond(ctx, 500, "Something went wrong on our side. Your saved answers are safe; please try again.");
        });
    }

    static void respond(Context ctx, int status, String message) {
        ctx.status(status);
        if (isApi(ctx)) {
            ctx.json(Map.of("error", message));
        } else {
            ctx.render("error.jte", Map.of("page", new ErrorPage(title(status), message)));
        }
    }

    static boolean isApi(Context ctx) {
        return ctx.path().startsWith("/api/") || ctx.path().equals("/api");
    }

    private static int status(Refused.Reason reason) {
        return reason == Refused.Reason.NOT_FOUND ? 404 : 409;
    }

    private static String title(int status) {
        return switch (status) {
            case 403 -> "Not allowed";
            case 404 -> "Not found";
            case 409 -> "That did not work";
            case 413 -> "Too much text";
            default -> status >= 500 ? "Sorry" : "That did not work";
        };
    }

    private static String message(int status) {
        return switch (status) {
            case 400 -> "The request was not understood.";
            case 401 -> "You need to sign in for this.";
            case 403 -> "You are not allowed to do this.";
            case 404 -> "There is nothing at this address.";
            case 405 -> "This address does not accept that kind of request.";
            case 413 -> "The request is too large.";
            case 415 -> "This kind of content is not accepted here.";
            default -> status >= 500 ? "Something went wrong on our side; please try again." : "The request could not be handled.";
        };
    }
}
