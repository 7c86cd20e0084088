package newsquiz.web.teacher;

import io.javalin.config.JavalinConfig;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import newsquiz.store.Stores;
import newsquiz.store.TeacherStore;
import newsquiz.web.ArticleLibrary;
import newsquiz.web.Learning;
import newsquiz.web.QuizLibrary;
import newsquiz.web.SessionActivity;
import newsquiz.web.TeacherGate;
import newsquiz.web.view.ErrorPage;
import org.eclipse.jetty.ee10.servlet.SessionHandler;
import org.eclipse.jetty.http.HttpCookie;

/**
 * Everything a teacher does, wired together: sign-in, preparing quizzes, the article briefing,
 * running sessions, results and downloads. Every route but sign-in carries {@link TeacherRole}
 * and is refused before it runs unless the teacher is signed in.
 */
public final class TeacherArea {
    /** A school day: a teacher who signed in in the morning is still signed in after the last lesson. */
    static final int SESSION_SECONDS = 10 * 60 * 60;
    static final String SESSION_COOKIE = "nq_teacher";

    private final Stores stores;
    private final QuizLibrary library;
    private final ArticleLibrary articles;
    private final TeacherSetup setup;
    private final TeacherAuth auth;
    private final Templates templates = new Templates();
    private final LiveUpdates live;
    private SessionController sessions;

    public TeacherArea(Stores stores, QuizLibrary library, ArticleLibrary articles, TeacherSetup setup) {
        this.stores = stores;
        this.library = library;
        this.articles = articles;
        this.setup = setup;
        this.auth = new TeacherAuth(new TeacherCredentials(new TeacherStore(stores.db())), new LoginThrottle(Clock.systemUTC()));
        this.live = new LiveUpdates(id -> sessions.renderBody(templates, id));
    }

    /** The check the JSON API uses for teacher-only calls: HTTP Basic with the teacher password. */
    public TeacherGate gate() {
        return auth;
    }

    /** Learners' joins and answers go here so the live view can update. */
    public SessionActivity activity() {
        return live;
    }

    /** The teacher's session cookie (HttpOnly, SameSite=Strict, only sent to /teacher), upload limits, stopping live streams. */
    public void configure(JavalinConfig config) {
        config.jetty.modifyServletContextHandler(handler -> {
            SessionHandler sessionHandler = handler.getSessionHandler();
            sessionHandler.setSessionCookie(SESSION_COOKIE);
            sessionHandler.setHttpOnly(true);
            sessionHandler.setSameSite(HttpCookie.SameSite.STRICT);
            sessionHandler.setSessionPath("/teacher");
            sessionHandler.setMaxInactiveInterval(SESSION_SECONDS);
        });
        config.jetty.multipartConfig.maxFileSize(QuizMaker.MAX_BYTES * 2L, SizeUnit.BYTES);
        config.jetty.multipartConfig.maxTotalRequestSize(QuizMaker.MAX_BYTES * 2L, SizeUnit.BYTES);
        config.jetty.multipartConfig.maxInMemoryFileSize(QuizMaker.MAX_BYTES * 2, SizeUnit.BYTES);
        config.events.serverStopping(live::stop);
    }

    public void register(io.javalin.config.RoutesConfig routes, Learning learning) {
        routes.beforeMatched(ctx -> {
            if (ctx.routeRoles().contains(TeacherRole.TEACHER) && !auth.signedIn(ctx)) {
                throw new SignInRequired();
            }
        });
        routes.exception(SignInRequired.class, (e, ctx) -> signInRequired(ctx));
        routes.exception(QuizEditor.InvalidEdit.class, (e, ctx) -> {
            ctx.status(422);
            String message = "The quiz was not changed: " + e.getMessage() + ".";
            ctx.render("error.jte", Map.of("page", new ErrorPage("That did not work", message)));
        });
        QuizEditor editor = new QuizEditor(library, setup.quizzes());
        QuizMaker maker = new QuizMaker(setup, articles.base(), editor);
        sessions = new SessionController(stores, learning, live);
        new LoginController(auth).register(routes);
        new PrepareController(library, editor, maker, stores).register(routes);
        new BriefingController(editor, articles, setup.nlp()).register(routes);
        sessions.register(routes);
        new ResultsController(stores).register(routes);
        new ExportController(stores, editor).register(routes);
        new TeacherApiController(stores, auth).register(routes);
    }

    /** Pages go to the sign-in form and come back afterwards; streams and forms get a plain 401. */
    private static void signInRequired(Context ctx) {
        boolean page = "GET".equals(ctx.method().name()) && !ctx.path().endsWith("/events");
        if (page) {
            String wanted = ctx.path() + (ctx.queryString() == null ? "" : "?" + ctx.queryString());
            ctx.redirect(LoginController.PATH + "?next=" + URLEncoder.encode(LoginController.next(wanted), StandardCharsets.UTF_8),
                    HttpStatus.SEE_OTHER);
            return;
        }
        ctx.status(401);
        if (ctx.path().endsWith("/events")) {
            ctx.contentType("text/plain; charset=utf-8").result("Sign in as the teacher first.");
        } else {
            ctx.render("error.jte", Map.of("page", new ErrorPage("Sign in first", "Only the teacher may do this. Sign in at /teacher/login"
                    + " and try again.")));
        }
    }
}
