package newsquiz.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import jakarta.servlet.ServletException;
import java.util.Map;
import newsquiz.store.Refused;
import newsquiz.store.StoreException;
import newsquiz.web.view.ErrorPage;
import org.eclipse.jetty.http.HttpException;
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
            respond(ctx, 503, notSaved(ctx));
        });
        // Jetty turns down a malformed or oversized form or upload while the app reads it: that is the sender's error, not ours.
        routes.exception(ServletException.class, (e, ctx) -> {
            int status = clientError(e);
            if (status == 0) {
                LOG.error("unexpected failure on {} {}", ctx.method(), ctx.path(), e);
                respond(ctx, 500, "Something went wrong on our side. Your saved answers are safe; please try again.");
            } else {
                respond(ctx, status, message(status));
            }
        });
        routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("unexpected failure on {} {}", ctx.method(), ctx.path(), e);
            respond(ctx, 500, "Something went wrong on our side. Your saved answers are safe; please try again.");
        });
    }

    /** What a failed write means to whoever tried it; it never suggests that anything was saved. */
    static String notSaved(Context ctx) {
        String path = ctx.path();
        if (path.startsWith("/teacher") || path.startsWith("/api/sessions")) {
            return "This could not be saved, so nothing was recorded: the server cannot write to its database (its disk may be full"
                    + " or the file read-only). Free some space or fix the file's permissions, then try again.";
        }
        if (path.startsWith("/api/attempts/") && path.contains("/answers/") || path.matches("/attempt/[^/]+/q/[^/]+")) {
            return "Your answer could not be saved just now, so it was not recorded. Please try again in a moment;"
                    + " if it keeps failing, tell your teacher.";
        }
        return "This could not be saved just now, so nothing was recorded. Please try again in a moment;"
                + " if it keeps failing, tell your teacher.";
    }

    /** The 4xx status Jetty gave a request it could not read, or 0 when the failure is something else. */
    private static int clientError(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof HttpException http && http.getCode() >= 400 && http.getCode() < 500) {
                return http.getCode();
            }
        }
        return 0;
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
            case 400 -> "The request was not understood: it is malformed.";
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
