package newsquiz.web.teacher;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import newsquiz.quiz.AnswerRow;
import newsquiz.quiz.ExportFormat;
import newsquiz.quiz.ExportResult;
import newsquiz.quiz.Exporters;
import newsquiz.quiz.Question;
import newsquiz.quiz.QuestionSelection;
import newsquiz.quiz.Quiz;
import newsquiz.quiz.ResultsCsv;
import newsquiz.store.Answer;
import newsquiz.store.ClassSession;
import newsquiz.store.Stores;
import newsquiz.web.Problem;

/** Downloads: a session's answers as CSV, and quizzes (current or as a session ran them) for other quiz tools. */
final class ExportController {
    private final Stores stores;
    private final QuizEditor editor;

    ExportController(Stores stores, QuizEditor editor) {
        this.stores = stores;
        this.editor = editor;
    }

    void register(RoutesConfig routes) {
        routes.get("/teacher/sessions/{code}/results.csv", this::resultsCsv, TeacherRole.TEACHER);
        routes.get("/teacher/sessions/{code}/export/{format}", this::sessionQuiz, TeacherRole.TEACHER);
        routes.get("/teacher/quizzes/{quizId}/export/{format}", this::quiz, TeacherRole.TEACHER);
    }

    private void resultsCsv(Context ctx) {
        ClassSession session = ResultsController.session(stores, ctx);
        SessionResults results = SessionResults.load(stores, session);
        List<AnswerRow> rows = new ArrayList<>();
        for (SessionResults.Student s : results.students()) {
            for (Question q : results.questions()) {
                Answer a = s.answer(q);
                if (a != null) {
                    rows.add(new AnswerRow(session.code(), s.name(), q.id(), a.choices(), a.correct(), a.answeredAt()));
                }
            }
        }
        ResultsCsv.Flavor flavor = "1".equals(ctx.queryParam("excel")) ? ResultsCsv.Flavor.EXCEL : ResultsCsv.Flavor.STANDARD;
        download(ctx, "text/csv; charset=utf-8", "newsquiz-" + session.code() + "-results.csv", ResultsCsv.toBytes(rows, flavor));
    }

    /** The quiz exactly as this session ran it: its snapshot, only the questions the session used. */
    private void sessionQuiz(Context ctx) {
        ClassSession session = ResultsController.session(stores, ctx);
        ExportFormat format = format(ctx);
        SessionResults results = SessionResults.load(stores, session);
        Quiz asRun = results.quiz().withQuestions(results.questions());
        ExportResult result = Exporters.export(asRun, format, QuestionSelection.NOT_REJECTED);
        send(ctx, result, safe(asRun.id()) + "-" + session.code() + format.fileSuffix());
    }

    private void quiz(Context ctx) {
        Quiz quiz = editor.quiz(Pages.id(ctx, "quizId", "quiz"));
        ExportFormat format = format(ctx);
        QuestionSelection selection = "approved".equals(ctx.queryParam("questions")) ? QuestionSelection.APPROVED_ONLY
                : QuestionSelection.NOT_REJECTED;
        ExportResult result = Exporters.export(quiz, format, selection);
        send(ctx, result, safe(quiz.id()) + format.fileSuffix());
    }

    private static void send(Context ctx, ExportResult result, String fileName) {
        if (result.exportedQuestionIds().isEmpty()) {
            throw Problem.conflict(result.warnings().isEmpty() ? "There is no question to export."
                    : "There is no question to export: " + result.warnings().get(result.warnings().size() - 1).message() + ".");
        }
        if (!result.warnings().isEmpty()) {
            // Left-out questions are named in a header so a script can notice; the file itself stays valid for its format.
            ctx.header("X-Export-Warnings", Integer.toString(result.warnings().size()));
        }
        download(ctx, result.mediaType(), fileName, result.content());
    }

    static void download(Context ctx, String contentType, String fileName, byte[] content) {
        ctx.contentType(contentType);
        ctx.header("Content-Disposition", "attachment; filename=\"" + safe(fileName) + "\"");
        ctx.result(content);
    }

    /** A file name made only of characters every system and header accepts. */
    static String safe(String name) {
        String s = name == null ? "" : name.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^[.-]+", "");
        return s.isEmpty() ? "newsquiz" : s.length() > 120 ? s.substring(0, 120) : s;
    }

    private static ExportFormat format(Context ctx) {
        return ExportFormat.byName(ctx.pathParam("format"))
                .orElseThrow(() -> Problem.notFound("Quizzes can be downloaded as gift, moodle, aiken or qti."));
    }

    static String label(ExportFormat f) {
        return switch (f) {
            case GIFT -> "GIFT";
            case MOODLE_XML -> "Moodle XML";
            case AIKEN -> "Aiken";
            case QTI -> "QTI 2.1 (zip)";
        };
    }

    static String hint(ExportFormat f) {
        return switch (f) {
            case GIFT -> "Moodle's text format; keeps every question type";
            case MOODLE_XML -> "Moodle's own import format, with explanations";
            case AIKEN -> "simple one-answer questions only";
            case QTI -> "for Canvas, Blackboard, ILIAS and other LMSs";
        };
    }
}
