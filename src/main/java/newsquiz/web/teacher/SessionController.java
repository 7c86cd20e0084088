package newsquiz.web.teacher;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.sse.SseHandler;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import newsquiz.quiz.Question;
import newsquiz.store.Answer;
import newsquiz.store.ClassSession;
import newsquiz.store.Feedback;
import newsquiz.store.Stores;
import newsquiz.web.CsrfGuard;
import newsquiz.web.Learning;
import newsquiz.web.Problem;
import newsquiz.web.teacher.view.LiveBody;
import newsquiz.web.teacher.view.LivePage;
import newsquiz.web.teacher.view.ProjectorPage;
import newsquiz.web.teacher.view.SessionsPage;

/** Running a class session: starting it, the projector page, the live view and its updates, closing it. */
final class SessionController {
    private final Stores stores;
    private final Learning learning;
    private final LiveUpdates live;

    SessionController(Stores stores, Learning learning, LiveUpdates live) {
        this.stores = stores;
        this.learning = learning;
        this.live = live;
    }

    void register(RoutesConfig routes) {
        routes.post("/teacher/sessions", this::start, TeacherRole.TEACHER);
        routes.get("/teacher/sessions", this::list, TeacherRole.TEACHER);
        routes.get("/teacher/sessions/{code}", this::liveView, TeacherRole.TEACHER);
        routes.get("/teacher/sessions/{code}/projector", this::projector, TeacherRole.TEACHER);
        routes.post("/teacher/sessions/{code}/close", this::close, TeacherRole.TEACHER);
        routes.get("/teacher/sessions/{code}/events", this::events, TeacherRole.TEACHER);
    }

    private void start(Context ctx) {
        String quizId = Pages.limit(ctx.formParam("quizId"), 100);
        Feedback feedback = Feedback.parse(ctx.formParam("feedback"))
                .orElseThrow(() -> Problem.badRequest("Choose when students see right and wrong."));
        String minutes = Pages.limit(ctx.formParam("minutes"), 10).strip();
        Integer limit = null;
        if (!minutes.isEmpty()) {
            int most = Learning.MAX_TIME_LIMIT_SECONDS / 60;
            if (!minutes.matches("[0-9]{1,4}") || Integer.parseInt(minutes) < 1 || Integer.parseInt(minutes) > most) {
                throw Problem.badRequest("The time limit must be a whole number of minutes from 1 to " + most + ", or empty for none.");
            }
            limit = Integer.parseInt(minutes) * 60;
        }
        boolean drafts = "yes".equals(ctx.formParam("drafts"));
        ClassSession session;
        try {
            session = learning.createSession(quizId, feedback, drafts, limit);
        } catch (Problem e) {
            if (e.status() == 409 && !drafts) {
                throw Problem.conflict("This quiz has no approved questions. Tick \u201cRun the draft questions\u201d to run them"
                        + " without review, or approve some first.");
            }
            throw e;
        }
        ctx.redirect(liveUrl(session), HttpStatus.SEE_OTHER);
    }

    private void list(Context ctx) {
        List<ClassSession> sessions = new ArrayList<>(stores.sessions().all());
        sessions.sort(Comparator.comparing(ClassSession::id).reversed());
        List<SessionsPage.Row> rows = new ArrayList<>();
        for (ClassSession s : sessions) {
            String title = stores.quizzes().byHash(s.quizHash()).map(q -> q.title()).orElse("(quiz missing)");
            rows.add(new SessionsPage.Row(s.code(), title, Pages.time(s.createdAt()), !s.closed(), Pages.state(s),
                    stores.attempts().forSession(s.id()).size(), liveUrl(s), liveUrl(s) + "/results"));
        }
        Pages.render(ctx, "teacher/sessions.jte", new SessionsPage(CsrfGuard.token(ctx), rows));
    }

    private void liveView(Context ctx) {
        ClassSession session = session(ctx);
        SessionResults results = SessionResults.load(stores, session);
        String base = liveUrl(session);
        Pages.render(ctx, "teacher/live.jte", new LivePage(CsrfGuard.token(ctx), Pages.notice(ctx.queryParam("msg")), session.code(),
                results.quiz().title(),
                Pages.feedback(session.feedback()), JoinAddresses.of(ctx, session.code()).get(0), base + "/projector", base + "/results",
                session.closed() ? null : base + "/close", base + "/events", body(results)));
    }

    private void projector(Context ctx) {
        ClassSession session = session(ctx);
        String title = stores.quizzes().byHash(session.quizHash()).map(q -> q.title()).orElse("");
        // Students type the code separately, so the address on the wall stays short.
        List<String> urls = JoinAddresses.of(ctx, null);
        Pages.render(ctx, "teacher/projector.jte", new ProjectorPage(session.code(), title, urls.get(0), urls.subList(1, urls.size()),
                session.closed(), liveUrl(session)));
    }

    private void close(Context ctx) {
        ClassSession session = session(ctx);
        stores.sessions().close(session.id());
        live.changed(session.id());
        ctx.redirect(liveUrl(session) + "?msg=closed", HttpStatus.SEE_OTHER);
    }

    /** The live body as server-sent events; an unknown code is a plain 404 before any stream starts. */
    private void events(Context ctx) throws Exception {
        ClassSession session = session(ctx);
        new SseHandler(client -> live.watch(session.id(), client)).handle(ctx);
    }

    /** The live body's HTML for a session, for the server-sent updates. */
    String renderBody(Templates templates, long sessionId) {
        ClassSession session = stores.sessions().byId(sessionId).orElseThrow();
        return templates.render("teacher/live-body.jte", "body", body(SessionResults.load(stores, session)));
    }

    static LiveBody body(SessionResults results) {
        int total = results.questions().size();
        List<LiveBody.Student> students = new ArrayList<>();
        for (SessionResults.Student s : results.students()) {
            int answered = s.answers().size();
            students.add(new LiveBody.Student(s.name(), answered, total, total == 0 ? 0 : Math.round(100f * answered / total),
                    s.attempt().finished()));
        }
        List<LiveBody.Question> questions = new ArrayList<>();
        int answers = 0;
        for (int i = 0; i < total; i++) {
            Question q = results.questions().get(i);
            int answered = 0;
            int correct = 0;
            for (SessionResults.Student s : results.students()) {
                Answer a = s.answer(q);
                if (a != null) {
                    answered++;
                    correct += a.correct() ? 1 : 0;
                }
            }
            answers += answered;
            int share = answered == 0 ? -1 : Math.round(100f * correct / answered);
            questions.add(new LiveBody.Question(i + 1, q.prompt(), answered, correct, share));
        }
        long finished = results.students().stream().filter(s -> s.attempt().finished()).count();
        String status = results.students().size() + (results.students().size() == 1 ? " student has" : " students have") + " joined, "
                + finished + " handed in, " + answers + (answers == 1 ? " answer" : " answers") + " so far.";
        return new LiveBody(results.session().closed(), Pages.state(results.session()), status, students, questions);
    }

    private ClassSession session(Context ctx) {
        return find(ctx).orElseThrow(() -> Problem.notFound("There is no session with the code "
                + Pages.shorten(ctx.pathParam("code")) + "."));
    }

    private Optional<ClassSession> find(Context ctx) {
        String code = ctx.pathParam("code");
        if (!code.matches("[A-Za-z0-9]{1,12}")) {
            return Optional.empty();
        }
        return stores.sessions().byCode(code);
    }

    static String liveUrl(ClassSession session) {
        return "/teacher/sessions/" + session.code();
    }
}
