package newsquiz.web.teacher;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import newsquiz.web.CsrfGuard;
import newsquiz.web.Problem;
import newsquiz.web.teacher.view.LoginPage;
import newsquiz.web.teacher.view.Notice;

/** Signing in with the teacher password and signing out. */
final class LoginController {
    static final String PATH = "/teacher/login";

    private final TeacherAuth auth;

    LoginController(TeacherAuth auth) {
        this.auth = auth;
    }

    void register(RoutesConfig routes) {
        routes.get(PATH, this::form);
        routes.post(PATH, this::signIn);
        routes.post("/teacher/logout", this::signOut);
    }

    private void form(Context ctx) {
        if (auth.signedIn(ctx)) {
            ctx.redirect(next(ctx.queryParam("next")), HttpStatus.SEE_OTHER);
            return;
        }
        Notice notice = auth.configured() ? Pages.notice(ctx.queryParam("msg")) : notConfigured();
        Pages.render(ctx, "teacher/login.jte", new LoginPage(CsrfGuard.token(ctx), next(ctx.queryParam("next")), notice));
    }

    private void signIn(Context ctx) {
        String next = next(ctx.formParam("next"));
        if (!auth.configured()) {
            ctx.status(503);
            Pages.render(ctx, "teacher/login.jte", new LoginPage(CsrfGuard.token(ctx), next, notConfigured()));
            return;
        }
        boolean ok;
        try {
            ok = auth.tryPassword(ctx, Pages.limit(ctx.formParam("password"), 1024));
        } catch (Problem throttled) {
            ctx.status(throttled.status());
            Pages.render(ctx, "teacher/login.jte", new LoginPage(CsrfGuard.token(ctx), next, new Notice("error", throttled.getMessage())));
            return;
        }
        if (!ok) {
            ctx.status(401);
            Pages.render(ctx, "teacher/login.jte", new LoginPage(CsrfGuard.token(ctx), next,
                    new Notice("error", "That is not the teacher password. Check it and try again.")));
            return;
        }
        auth.signIn(ctx);
        ctx.redirect(next, HttpStatus.SEE_OTHER);
    }

    private void signOut(Context ctx) {
        auth.signOut(ctx);
        ctx.redirect(PATH + "?msg=out", HttpStatus.SEE_OTHER);
    }

    /** Only an address inside the teacher area, so the form cannot be used to send someone elsewhere. */
    static String next(String wanted) {
        if (wanted != null && wanted.length() <= 300 && wanted.matches("/teacher(/[A-Za-z0-9._~%=&?/-]*)?")
                && !wanted.contains("//") && !wanted.contains("..") && !wanted.startsWith(PATH)) {
            return wanted;
        }
        return "/teacher";
    }

    private static Notice notConfigured() {
        return new Notice("error", "No teacher password is set on this server yet. Set NEWSQUIZ_TEACHER_PASSWORD and restart it,"
                + " or restart it without one to get a generated password.");
    }
}
