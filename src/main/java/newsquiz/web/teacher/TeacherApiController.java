package newsquiz.web.teacher;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import newsquiz.quiz.Choice;
import newsquiz.quiz.Question;
import newsquiz.store.Answer;
import newsquiz.store.ClassSession;
import newsquiz.store.Stores;
import newsquiz.web.AnswerRules;

/** {@code GET /api/sessions/{code}/results}: a session's results for integrations, per student and per question (HTTP Basic). */
final class TeacherApiController {
    private final Stores stores;
    private final TeacherAuth auth;

    TeacherApiController(Stores stores, TeacherAuth auth) {
        this.stores = stores;
        this.auth = auth;
    }

    void register(RoutesConfig routes) {
        routes.get("/api/sessions/{code}/results", this::results);
    }

    private void results(Context ctx) {
        auth.check(ctx);
        ClassSession session = ResultsController.session(stores, ctx);
        SessionResults results = SessionResults.load(stores, session);
        ResultsReport report = ResultsReport.of(results);
        List<Map<String, Object>> students = new ArrayList<>();
        for (SessionResults.Student s : results.students()) {
            List<Map<String, Object>> answers = new ArrayList<>();
            for (Question q : results.questions()) {
                Answer a = s.answer(q);
                if (a != null) {
                    answers.add(ordered("questionId", q.id(), "choices", a.choices(), "correct", a.correct(), "answeredAt",
                            a.answeredAt().toString()));
                }
            }
            students.add(ordered("attemptId", s.attempt().id(), "name", s.name(), "finished", s.attempt().finished(), "score",
                    s.correct(), "answered", s.answers().size(), "answers", answers));
        }
        List<Map<String, Object>> questions = new ArrayList<>();
        for (ResultsReport.QuestionFigures f : report.questions()) {
            Question q = f.question();
            List<Map<String, Object>> options = new ArrayList<>();
            for (int i = 0; i < q.choices().size(); i++) {
                Choice c = q.choices().get(i);
                options.add(ordered("id", c.id(), "text", c.text(), "key", f.options().get(i).key(), "count", f.options().get(i).count()));
            }
            questions.add(ordered("id", q.id(), "number", f.number(), "prompt", q.prompt(), "type", q.type().json(), "focus", q.focus(),
                    "key", AnswerRules.key(q), "answered", f.answered(), "blank", f.blank(), "correct", f.correct(),
                    "facility", number(f.facility()), "discrimination", number(f.discrimination()), "options", options,
                    "check", f.check(), "flags", f.flags()));
        }
        ResultsReport.Test t = report.test();
        Map<String, Object> test = ordered("students", t.students(), "notStarted", t.notStarted(), "questions", t.questions(),
                "mean", number(t.mean()), "median", number(t.median()), "standardDeviation", number(t.standardDeviation()),
                "cronbachAlpha", number(t.alpha()), "smallClass", t.smallClass(), "histogram", t.histogram());
        ctx.json(ordered("code", session.code(), "quizId", results.quiz().id(), "title", results.quiz().title(),
                "feedback", session.feedback().json(), "closed", session.closed(), "test", test, "students", students,
                "questions", questions));
    }

    /** JSON has no NaN: an undefined figure is null. */
    private static Double number(double value) {
        return Double.isNaN(value) ? null : Math.round(value * 10000) / 10000.0;
    }

    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
