package newsquiz.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import newsquiz.quiz.Choice;
import newsquiz.quiz.Evidence;
import newsquiz.quiz.Question;
import newsquiz.quiz.Quiz;
import newsquiz.store.Answer;
import newsquiz.store.ClassSession;
import newsquiz.store.Feedback;
import newsquiz.store.IssuedAttempt;
import newsquiz.store.SavedAnswer;

/**
 * The JSON API. Attempt calls authenticate with {@code Authorization: Bearer <token>} and no
 * cookies, so they need no CSRF token. Keys appear only for answered questions whose feedback
 * the learner may see.
 */
final class ApiController {
    private final Learning learning;
    private final AttemptAccess access;
    private final TeacherGate teacher;
    private final ObjectMapper mapper;
    /** Where a saved answer's response is written: a server thread, never the database writer's. */
    private final Executor responses;

    ApiController(Learning learning, AttemptAccess access, TeacherGate teacher, ObjectMapper mapper, Executor responses) {
        this.learning = learning;
        this.access = access;
        this.teacher = teacher;
        this.mapper = mapper;
        this.responses = responses;
    }

    void register(RoutesConfig routes) {
        routes.get("/api/quizzes", this::quizzes);
        routes.post("/api/sessions", this::createSession);
        routes.post("/api/attempts", this::createAttempt);
        routes.get("/api/attempts/{id}", this::attempt);
        routes.put("/api/attempts/{id}/answers/{questionId}", this::answer);
        routes.post("/api/attempts/{id}/finish", this::finish);
    }

    private void quizzes(Context ctx) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Quiz q : learning.library().all()) {
            list.add(ordered("id", q.id(), "title", q.title(), "questions", q.visibleQuestions().size()));
        }
        ctx.json(list);
    }

    private void createSession(Context ctx) {
        teacher.check(ctx);
        JsonInput in = JsonInput.of(ctx, mapper);
        String quizId = in.string("quizId");
        String feedbackText = in.optionalString("feedback").orElse("immediate");
        Feedback feedback = Feedback.parse(feedbackText)
                .orElseThrow(() -> Problem.badRequest("feedback must be \"immediate\", \"end\" or \"closed\"."));
        boolean drafts = in.bool("drafts", false);
        ClassSession session = learning.createSession(quizId, feedback, drafts);
        ctx.status(201).json(ordered("code", session.code(), "quizId", quizId, "feedback", session.feedback().json(),
                "drafts", session.drafts(), "questions", session.questionIds().size(), "joinUrl", "/join?code=" + session.code()));
    }

    private void createAttempt(Context ctx) {
        JsonInput in = JsonInput.of(ctx, mapper);
        IssuedAttempt issued;
        if (in.has("code")) {
            String name = in.optionalString("name").orElseThrow(() -> Problem.badRequest("name is missing."));
            issued = learning.join(in.string("code"), name, in.optionalString("rejoinCode").orElse(null));
        } else if (in.has("quizId")) {
            issued = learning.startSelfStudy(in.string("quizId"));
        } else {
            throw Problem.badRequest("Send {\"quizId\": …} to practise alone or {\"code\": …, \"name\": …} to join a class.");
        }
        Map<String, Object> body = ordered("attemptId", issued.attempt().id(), "token", issued.token());
        if (issued.attempt().classroom()) {
            body.put("name", issued.attempt().displayName());
            body.put("rejoinCode", issued.attempt().rejoinCode());
        }
        ctx.status(201).json(body);
    }

    private void attempt(Context ctx) {
        AttemptView view = access.api(ctx);
        List<Map<String, Object>> questions = new ArrayList<>();
        for (Question q : view.questions()) {
            List<Map<String, Object>> choices = new ArrayList<>();
            for (Choice c : view.choicesInOrder(q)) {
                choices.add(ordered("id", c.id(), "text", c.text()));
            }
            questions.add(ordered("id", q.id(), "type", q.type().json(), "prompt", q.prompt(), "choices", choices));
        }
        List<Map<String, Object>> answers = new ArrayList<>();
        for (Question q : view.questions()) {
            Answer a = view.answer(q);
            if (a != null) {
                Map<String, Object> entry = ordered("questionId", q.id(), "choices", a.choices());
                if (view.feedbackVisible()) {
                    entry.put("feedback", feedback(q, a));
                }
                answers.add(entry);
            }
        }
        Map<String, Object> body = ordered("attemptId", view.id(), "quizId", view.quiz().id(), "title", view.quiz().title(),
                "mode", view.classroom() ? "classroom" : "self-study");
        if (view.classroom()) {
            body.put("name", view.attempt().displayName());
            body.put("feedback", view.session().feedback().json());
            body.put("sessionClosed", view.sessionClosed());
        }
        body.put("finished", view.attempt().finished());
        body.put("acceptsAnswers", view.acceptsAnswers());
        body.put("questions", questions);
        body.put("answers", answers);
        ctx.json(body);
    }

    private void answer(Context ctx) {
        AttemptView view = access.api(ctx);
        String questionId = ctx.pathParam("questionId");
        if (view.question(questionId).isEmpty()) {
            throw Problem.notFound("This attempt has no question " + Learning.shorten(questionId) + ".");
        }
        List<String> chosen = JsonInput.of(ctx, mapper).strings("choices", 50);
        // Hundreds of students answer at once and each waits for a group commit: waiting holds no server thread.
        CompletableFuture<Answered> saving = learning.answerLater(view, questionId, chosen, responses);
        ctx.future(() -> saving.thenAccept(answered -> ctx.json(saved(questionId, answered))));
    }

    private static Map<String, Object> saved(String questionId, Answered answered) {
        SavedAnswer saved = answered.saved();
        Map<String, Object> body = ordered("saved", true, "questionId", questionId, "choices", saved.answer().choices(),
                "status", saved.outcome().name().toLowerCase(java.util.Locale.ROOT));
        if (answered.view().feedbackVisible()) {
            body.put("feedback", feedback(answered.view().question(questionId).orElseThrow(), saved.answer()));
        }
        return body;
    }

    private void finish(Context ctx) {
        AttemptView view = learning.finish(access.api(ctx));
        Map<String, Object> body = ordered("finished", true, "resultsAvailable", view.resultsVisible());
        if (view.resultsVisible()) {
            Score s = view.score();
            body.put("score", s.correct());
            body.put("total", s.total());
            body.put("answered", s.answered());
            body.put("percent", s.percent());
            body.put("bySkill", s.bySkill());
            body.put("byFocus", s.byFocus());
            body.put("missed", s.missed());
        } else {
            body.put("message", view.waitingMessage());
        }
        ctx.json(body);
    }

    private static Map<String, Object> feedback(Question q, Answer a) {
        List<Map<String, Object>> evidence = new ArrayList<>();
        for (Evidence e : q.evidence()) {
            evidence.add(ordered("sentence", e.sentence(), "quote", e.quote()));
        }
        return ordered("correct", a.correct(), "key", AnswerRules.key(q), "explanation", q.explanation(), "evidence", evidence);
    }

    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
