package newsquiz.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.util.Map;
import newsquiz.store.Stores;
import newsquiz.web.teacher.TeacherArea;
import newsquiz.web.teacher.TeacherSetup;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/** The web app: security headers, CSRF and size limits in front of the self-study, classroom, attempt and API areas. */
public final class WebApp {
    /** Learner forms and API calls are tiny; anything bigger is refused before it is read. */
    public static final long MAX_LEARNER_BODY = 64 * 1024;
    /** Hard limit for any body (teacher uploads included); articles are at most 1 MB. */
    public static final long MAX_BODY = 2 * 1024 * 1024;

    private WebApp() {}

    /**
     * The learner areas only, with the API's teacher calls open to anyone: for benchmarks and
     * tools that need no teacher. A server people use is made with a {@link TeacherSetup}.
     */
    public static Javalin create(Stores stores, QuizLibrary library, ArticleLibrary articles) {
        return create(stores, library, articles, TeacherGate.OPEN);
    }

    public static Javalin create(Stores stores, QuizLibrary library, ArticleLibrary articles, TeacherGate teacher) {
        return create(stores, library, articles, teacher, null);
    }

    /** The whole app: learners and the teacher area, which guards the API's teacher calls too. */
    public static Javalin create(Stores stores, QuizLibrary library, ArticleLibrary articles, TeacherSetup setup) {
        TeacherArea area = new TeacherArea(stores, library, articles, setup);
        return create(stores, library, articles, area.gate(), area);
    }

    private static Javalin create(Stores stores, QuizLibrary library, ArticleLibrary articles, TeacherGate teacher, TeacherArea area) {
        ObjectMapper mapper = new ObjectMapper();
        Learning learning = new Learning(stores, library, area == null ? SessionActivity.NONE : area.activity());
        AttemptAccess access = new AttemptAccess(learning);
        CsrfGuard csrf = new CsrfGuard();
        // Javalin's default pool, made here so that answers waiting for their commit can be answered on it.
        QueuedThreadPool threads = new QueuedThreadPool(250, 8, 60_000);
        threads.setName("JettyServerThreadPool");
        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.jetty.threadPool = threads;
            config.jetty.modifyServer(server -> server.setErrorHandler(new MalformedRequests()));
            config.fileRenderer(new JteRenderer());
            config.jsonMapper(new JavalinJackson(mapper, false));
            config.http.maxRequestSize = MAX_BODY;
            config.staticFiles.add(files -> {
                files.hostedPath = "/static";
                files.directory = "/public";
                files.location = Location.CLASSPATH;
                files.headers = Map.of("Cache-Control", "max-age=3600");
            });
            config.staticFiles.enableWebjars();
            config.routes.before(ctx -> {
                SecurityHeaders.apply(ctx);
                limitBody(ctx);
                csrf.check(ctx);
            });
            config.routes.after(ctx -> {
                String type = ctx.res().getContentType();
                if (type != null && type.startsWith("text/html") && !type.contains("charset")) {
                    ctx.contentType("text/html; charset=utf-8");
                }
            });
            ErrorHandling.register(config.routes);
            new StudyController(learning, access, articles).register(config.routes);
            new ClassroomController(learning, access).register(config.routes);
            new AttemptController(learning, access, articles).register(config.routes);
            new ApiController(learning, access, teacher, mapper, threads).register(config.routes);
            if (area != null) {
                area.configure(config);
                area.register(config.routes, learning);
            }
        });
    }

    /** The most of a refused body read and thrown away, so that the refusal reaches the client. */
    static final long MAX_DRAINED = 16L * 1024 * 1024;

    /**
     * Reads a refused body to its end (up to {@link #MAX_DRAINED}) without keeping it: a reply sent while the client is
     * still sending is lost when the server closes the connection under it, and the teacher would see a broken page
     * instead of "too large".
     */
    private static void drain(Context ctx) {
        if (ctx.contentLength() > MAX_DRAINED) {
            return;
        }
        try (java.io.InputStream in = ctx.req().getInputStream()) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        } catch (java.io.IOException e) {
            // The client went away: there is no one left to tell.
        }
    }

    private static void limitBody(Context ctx) {
        if (ctx.method() == HandlerType.GET || ctx.method() == HandlerType.HEAD) {
            return;
        }
        if (ctx.path().startsWith("/teacher")) {
            // Uploads are parsed as they stream in, so a declared length over the limit is refused before any of it is kept.
            if (ctx.contentLength() > MAX_BODY) {
                drain(ctx);
                throw new Problem(413, "The request is too large: articles of up to 1 MB can be read.");
            }
            return;
        }
        if (ctx.contentLength() > MAX_BODY) {
            drain(ctx);
            throw new Problem(413, "The request is too large: at most " + MAX_LEARNER_BODY / 1024 + " KB is accepted here.");
        }
        // Read the whole body before refusing it: a reply sent while the client is still sending is lost
        // when the server closes the connection under it. Javalin stops reading at MAX_BODY.
        long length = ctx.bodyAsBytes().length;
        if (length > MAX_LEARNER_BODY) {
            throw new Problem(413, "The request is too large: at most " + MAX_LEARNER_BODY / 1024 + " KB is accepted here.");
        }
    }
}
