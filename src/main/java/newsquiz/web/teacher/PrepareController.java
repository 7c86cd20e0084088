package newsquiz.web.teacher;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import newsquiz.quiz.Evidence;
import newsquiz.quiz.ExportFormat;
import newsquiz.quiz.Question;
import newsquiz.quiz.QuestionType;
import newsquiz.quiz.Quiz;
import newsquiz.quiz.QuizFiles;
import newsquiz.quiz.Status;
import newsquiz.store.ClassSession;
import newsquiz.store.Stores;
import newsquiz.web.CsrfGuard;
import newsquiz.web.Labels;
import newsquiz.web.Problem;
import newsquiz.web.QuizLibrary;
import newsquiz.web.teacher.view.EditQuestionPage;
import newsquiz.web.teacher.view.LibraryPage;
import newsquiz.web.teacher.view.NewQuizPage;
import newsquiz.web.teacher.view.Notice;
import newsquiz.web.teacher.view.QuizPage;

/** Preparing quizzes: the library, a new quiz from an article, and reviewing its questions one by one. */
final class PrepareController {
    private final QuizLibrary library;
    private final QuizEditor editor;
    private final QuizMaker maker;
    private final Stores stores;

    PrepareController(QuizLibrary library, QuizEditor editor, QuizMaker maker, Stores stores) {
        this.library = library;
        this.editor = editor;
        this.maker = maker;
        this.stores = stores;
    }

    void register(RoutesConfig routes) {
        routes.get("/teacher", this::library, TeacherRole.TEACHER);
        routes.get("/teacher/new", this::newForm, TeacherRole.TEACHER);
        routes.post("/teacher/new/text", this::fromText, TeacherRole.TEACHER);
        routes.post("/teacher/new/file", this::fromFile, TeacherRole.TEACHER);
        routes.get("/teacher/quizzes/{quizId}", this::quiz, TeacherRole.TEACHER);
        routes.post("/teacher/quizzes/{quizId}/approve-drafts", this::approveDrafts, TeacherRole.TEACHER);
        routes.post("/teacher/quizzes/{quizId}/questions/{questionId}/status", this::status, TeacherRole.TEACHER);
        routes.get("/teacher/quizzes/{quizId}/questions/{questionId}/edit", this::editForm, TeacherRole.TEACHER);
        routes.post("/teacher/quizzes/{quizId}/questions/{questionId}/edit", this::edit, TeacherRole.TEACHER);
    }

    private void library(Context ctx) {
        List<LibraryPage.QuizRow> rows = new ArrayList<>();
        for (Quiz q : library.all()) {
            int approved = count(q, Status.APPROVED);
            int drafts = count(q, Status.DRAFT);
            int rejected = count(q, Status.REJECTED);
            rows.add(new LibraryPage.QuizRow(q.id(), q.title(), articleName(q), q.questions().size(), approved, drafts, rejected,
                    quizUrl(q.id()), quizUrl(q.id()) + "/briefing"));
        }
        Pages.render(ctx, "teacher/library.jte", new LibraryPage(CsrfGuard.token(ctx), Pages.notice(ctx.queryParam("msg")), rows,
                library.problems()));
    }

    private void newForm(Context ctx) {
        Pages.render(ctx, "teacher/new-quiz.jte", new NewQuizPage(CsrfGuard.token(ctx), "", "", null, QuizMaker.MAX_BYTES / 1000));
    }

    private void fromText(Context ctx) {
        String title = Pages.limit(ctx.formParam("title"), 1000);
        String text = ctx.formParam("text");
        try {
            created(ctx, maker.fromText(title, text));
        } catch (Problem e) {
            showNewForm(ctx, e, title, Pages.limit(text, QuizMaker.MAX_BYTES));
        }
    }

    private void fromFile(Context ctx) {
        String title = Pages.limit(ctx.formParam("title"), 1000);
        try {
            UploadedFile file = ctx.uploadedFile("file");
            if (file == null || file.size() == 0 && (file.filename() == null || file.filename().isBlank())) {
                throw Problem.badRequest("Choose an article file to upload (.txt, .md or .html).");
            }
            QuizMaker.checkedName(file.filename());
            if (file.size() > QuizMaker.MAX_BYTES) {
                throw new Problem(413, "The file is " + file.size() / 1024 + " KB; articles of up to " + QuizMaker.MAX_BYTES / 1000
                        + " KB can be read.");
            }
            byte[] bytes;
            try (InputStream in = file.content()) {
                bytes = in.readNBytes(QuizMaker.MAX_BYTES + 1);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            created(ctx, maker.fromUpload(title, file.filename(), bytes));
        } catch (Problem e) {
            showNewForm(ctx, e, title, "");
        }
    }

    private void created(Context ctx, Quiz quiz) {
        ctx.redirect(quizUrl(quiz.id()) + "?msg=created", HttpStatus.SEE_OTHER);
    }

    private void showNewForm(Context ctx, Problem e, String title, String text) {
        ctx.status(e.status());
        Pages.render(ctx, "teacher/new-quiz.jte", new NewQuizPage(CsrfGuard.token(ctx), title, text, new Notice("error", e.getMessage()),
                QuizMaker.MAX_BYTES / 1000));
    }

    private void quiz(Context ctx) {
        Quiz quiz = editor.quiz(Pages.id(ctx, "quizId", "quiz"));
        Pages.render(ctx, "teacher/quiz.jte", quizPage(ctx, quiz, Pages.notice(ctx.queryParam("msg"))));
    }

    private QuizPage quizPage(Context ctx, Quiz quiz, Notice notice) {
        String base = quizUrl(quiz.id());
        List<QuizPage.QuestionCard> cards = new ArrayList<>();
        for (int i = 0; i < quiz.questions().size(); i++) {
            Question q = quiz.questions().get(i);
            List<QuizPage.ChoiceLine> choices = q.choices().stream()
                    .map(c -> new QuizPage.ChoiceLine(c.id(), c.text(), q.type() != QuestionType.ORDERING && c.correct())).toList();
            List<String> evidence = q.evidence().stream().map(Evidence::quote).filter(s -> s != null && !s.isBlank()).toList();
            String questionBase = base + "/questions/" + q.id();
            cards.add(new QuizPage.QuestionCard(i + 1, q.id(), "q-" + anchor(q.id()), q.status().json(), statusLabel(q.status()),
                    typeLabel(q.type()), Labels.skill(q.skill()), Labels.focus(q.focus()),
                    q.difficulty() == null ? "" : q.difficulty().json(), q.prompt(), choices, q.explanation(), evidence,
                    questionBase + "/status", questionBase + "/edit"));
        }
        int approved = count(quiz, Status.APPROVED);
        int drafts = count(quiz, Status.DRAFT);
        QuizPage.Start start;
        if (approved > 0) {
            start = new QuizPage.Start("/teacher/sessions", quiz.id(), true, false, approved,
                    "The session runs the " + approved + (approved == 1 ? " approved question." : " approved questions."));
        } else if (drafts > 0) {
            start = new QuizPage.Start("/teacher/sessions", quiz.id(), true, true, drafts,
                    "No question is approved yet. You can still run the " + drafts + " draft questions, after confirming below.");
        } else {
            start = new QuizPage.Start("/teacher/sessions", quiz.id(), false, false, 0,
                    "Every question is rejected, so there is nothing to run. Set some back to draft or approve them.");
        }
        List<QuizPage.Download> downloads = new ArrayList<>();
        for (ExportFormat f : ExportFormat.values()) {
            downloads.add(new QuizPage.Download(ExportController.label(f), base + "/export/" + f.cliName(), ExportController.hint(f)));
        }
        List<QuizPage.SessionLink> sessions = new ArrayList<>();
        List<ClassSession> all = new ArrayList<>(stores.sessions().all());
        all.sort(Comparator.comparing(ClassSession::id).reversed());
        for (ClassSession s : all) {
            if (sessions.size() >= 10) {
                break;
            }
            boolean ofThisQuiz = stores.quizzes().byHash(s.quizHash()).map(q -> q.id().equals(quiz.id())).orElse(false);
            if (ofThisQuiz) {
                sessions.add(new QuizPage.SessionLink(s.code(), Pages.time(s.createdAt()), s.closed() ? "closed" : "open",
                        "/teacher/sessions/" + s.code()));
            }
        }
        return new QuizPage(CsrfGuard.token(ctx), notice, quiz.id(), quiz.title(), articleName(quiz), base + "/briefing", approved, drafts,
                count(quiz, Status.REJECTED), cards, drafts > 0 ? base + "/approve-drafts" : null, start, downloads, sessions);
    }

    private void approveDrafts(Context ctx) {
        Quiz quiz = editor.approveDrafts(Pages.id(ctx, "quizId", "quiz"));
        ctx.redirect(quizUrl(quiz.id()) + "?msg=all-approved", HttpStatus.SEE_OTHER);
    }

    private void status(Context ctx) {
        String quizId = Pages.id(ctx, "quizId", "quiz");
        String questionId = ctx.pathParam("questionId");
        String wanted = Pages.limit(ctx.formParam("status"), 20);
        Status status = switch (wanted) {
            case "approved" -> Status.APPROVED;
            case "rejected" -> Status.REJECTED;
            case "draft" -> Status.DRAFT;
            default -> throw Problem.badRequest("The status must be approved, rejected or draft.");
        };
        editor.setStatus(quizId, questionId, status);
        ctx.redirect(quizUrl(quizId) + "?msg=" + wanted + "#q-" + anchor(questionId), HttpStatus.SEE_OTHER);
    }

    private void editForm(Context ctx) {
        Quiz quiz = editor.quiz(Pages.id(ctx, "quizId", "quiz"));
        Question q = QuizEditor.question(quiz, ctx.pathParam("questionId"));
        Pages.render(ctx, "teacher/edit-question.jte", editPage(ctx, quiz, q, q.prompt(), q.explanation(), q.status().json(),
                QuestionForm.fields(q), List.of()));
    }

    private void edit(Context ctx) {
        Quiz quiz = editor.quiz(Pages.id(ctx, "quizId", "quiz"));
        Question original = QuizEditor.question(quiz, ctx.pathParam("questionId"));
        QuestionForm.Parsed parsed = QuestionForm.parse(original, ctx);
        List<String> errors = parsed.errors();
        if (errors.isEmpty()) {
            try {
                editor.replaceQuestion(quiz.id(), Pages.limit(ctx.formParam("version"), 100), parsed.question());
                ctx.redirect(quizUrl(quiz.id()) + "?msg=edited#q-" + anchor(original.id()), HttpStatus.SEE_OTHER);
                return;
            } catch (QuizEditor.InvalidEdit e) {
                errors = e.problems();
            }
        }
        ctx.status(422);
        Question shown = parsed.question();
        Pages.render(ctx, "teacher/edit-question.jte", editPage(ctx, quiz, original, shown.prompt(), shown.explanation(),
                shown.status().json(), parsed.fields(), errors));
    }

    private EditQuestionPage editPage(Context ctx, Quiz quiz, Question q, String prompt, String explanation, String status,
            List<EditQuestionPage.ChoiceField> fields, List<String> errors) {
        String action = quizUrl(quiz.id()) + "/questions/" + q.id() + "/edit";
        return new EditQuestionPage(CsrfGuard.token(ctx), quiz.title(), quiz.questions().indexOf(q) + 1, q.id(), typeLabel(q.type()),
                QuizFiles.contentHash(quiz), prompt, explanation == null ? "" : explanation, status, QuestionForm.keyKind(q),
                QuestionForm.fixedChoices(q), fields, errors, action, quizUrl(quiz.id()) + "#q-" + anchor(q.id()));
    }

    static String quizUrl(String quizId) {
        return "/teacher/quizzes/" + quizId;
    }

    /** Question ids come from quiz files; in a URL fragment or an HTML id only safe characters remain. */
    static String anchor(String questionId) {
        return questionId.replaceAll("[^A-Za-z0-9_-]", "_");
    }

    static String articleName(Quiz q) {
        if (q.article() == null || q.article().isBlank()) {
            return "(no article)";
        }
        String a = q.article().replace('\\', '/');
        return a.substring(a.lastIndexOf('/') + 1);
    }

    static int count(Quiz q, Status status) {
        return (int) q.questions().stream().filter(x -> x.status() == status).count();
    }

    static String statusLabel(Status status) {
        return switch (status) {
            case DRAFT -> "Draft";
            case APPROVED -> "Approved";
            case REJECTED -> "Rejected";
        };
    }

    static String typeLabel(QuestionType type) {
        return switch (type) {
            case SINGLE_CHOICE -> "One answer";
            case MULTIPLE_CHOICE -> "Several answers";
            case TRUE_FALSE -> "True or false";
            case TRUE_FALSE_NOT_GIVEN -> "True, false or not given";
            case ORDERING -> "Put in order";
        };
    }
}
