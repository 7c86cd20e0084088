package newsquiz.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Optional;
import newsquiz.store.AttemptStore;
import newsquiz.store.ClassSession;
import newsquiz.store.Codes;
import newsquiz.store.IssuedAttempt;
import newsquiz.store.Refused;
import newsquiz.web.view.JoinPage;
import newsquiz.web.view.WelcomePage;

/** Joining a class session with its code and a name, rejoining with the personal code, and the welcome page. */
final class ClassroomController {
    private final Learning learning;
    private final AttemptAccess access;

    ClassroomController(Learning learning, AttemptAccess access) {
        this.learning = learning;
        this.access = access;
    }

    void register(RoutesConfig routes) {
        routes.get("/join", this::form);
        routes.post("/join", this::join);
        routes.get("/attempt/{id}/welcome", this::welcome);
    }

    private void form(Context ctx) {
        String code = Codes.normalize(ctx.queryParam("code"));
        AttemptController.render(ctx, "join.jte", new JoinPage(CsrfGuard.token(ctx), limit(code, 12), "", null, false));
    }

    private void join(Context ctx) {
        String code = limit(ctx.formParam("code"), 40);
        String name = limit(ctx.formParam("name"), 200);
        String personal = limit(ctx.formParam("personal"), 40);
        boolean rejoining = !personal.isBlank();
        try {
            Optional<Long> mine = rejoining ? Optional.empty() : alreadyJoinedHere(ctx, code, name);
            if (mine.isPresent()) {
                ctx.redirect("/attempt/" + mine.get(), HttpStatus.SEE_OTHER);
                return;
            }
            IssuedAttempt issued = learning.join(code, name, personal);
            AttemptCookies.remember(ctx, issued);
            String next = rejoining ? "/attempt/" + issued.attempt().id() : "/attempt/" + issued.attempt().id() + "/welcome";
            ctx.redirect(next, HttpStatus.SEE_OTHER);
        } catch (Problem e) {
            showForm(ctx, e.status(), code, name, e.getMessage(), rejoining);
        } catch (Refused e) {
            int status = e.reason() == Refused.Reason.NOT_FOUND ? 404 : 409;
            showForm(ctx, status, code, name, e.getMessage(), rejoining || e.reason() == Refused.Reason.NAME_TAKEN);
        }
    }

    /** Reloading the join form or pressing Join twice continues the attempt this browser already has. */
    private Optional<Long> alreadyJoinedHere(Context ctx, String code, String name) {
        if (name.isBlank() || Codes.normalize(code).isEmpty()) {
            return Optional.empty();
        }
        Optional<ClassSession> session = learning.stores().sessions().byCode(code);
        if (session.isEmpty()) {
            return Optional.empty();
        }
        String key = AttemptStore.nameKey(name);
        for (long id : AttemptCookies.ids(ctx)) {
            Optional<Long> match = AttemptCookies.token(ctx, id)
                    .flatMap(learning::attemptForToken)
                    .filter(a -> a.id() == id && session.get().id() == (a.sessionId() == null ? -1 : a.sessionId())
                            && AttemptStore.nameKey(a.displayName()).equals(key))
                    .map(a -> a.id());
            if (match.isPresent()) {
                return match;
            }
        }
        return Optional.empty();
    }

    private void showForm(Context ctx, int status, String code, String name, String error, boolean askPersonal) {
        ctx.status(status);
        AttemptController.render(ctx, "join.jte", new JoinPage(CsrfGuard.token(ctx), code, name, error, askPersonal));
    }

    private void welcome(Context ctx) {
        AttemptView view = access.page(ctx);
        if (!view.classroom()) {
            ctx.redirect("/attempt/" + view.id(), HttpStatus.SEE_OTHER);
            return;
        }
        String note = switch (view.session().feedback()) {
            case IMMEDIATE -> "After each answer you will see if you were right, and why.";
            case END -> "You will see your score and the right answers after you hand in.";
            case CLOSED -> "You will see your score and the right answers when your teacher closes the session.";
        };
        AttemptController.render(ctx, "welcome.jte", new WelcomePage(view.quiz().title(), view.attempt().displayName(),
                view.attempt().rejoinCode(), view.questions().size(), note, "/attempt/" + view.id()));
    }

    private static String limit(String value, int max) {
        if (value == null) {
            return "";
        }
        return value.length() > max ? value.substring(0, max) : value;
    }
}
