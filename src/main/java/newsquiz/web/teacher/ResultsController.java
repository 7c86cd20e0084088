package newsquiz.web.teacher;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import newsquiz.quiz.ExportFormat;
import newsquiz.quiz.Question;
import newsquiz.store.Answer;
import newsquiz.store.ClassSession;
import newsquiz.store.Stores;
import newsquiz.web.AnswerRules;
import newsquiz.web.CsrfGuard;
import newsquiz.web.Labels;
import newsquiz.web.Problem;
import newsquiz.web.teacher.view.Chart;
import newsquiz.web.teacher.view.ResultsPage;
import newsquiz.web.teacher.view.StudentPage;

/** The results of a session: the grid (sortable with plain links), the figures per question and for the test, one student's attempt. */
final class ResultsController {
    private final Stores stores;

    ResultsController(Stores stores) {
        this.stores = stores;
    }

    void register(RoutesConfig routes) {
        routes.get("/teacher/sessions/{code}/results", this::results, TeacherRole.TEACHER);
        routes.get("/teacher/sessions/{code}/students/{attemptId}", this::student, TeacherRole.TEACHER);
    }

    static ClassSession session(Stores stores, Context ctx) {
        String code = ctx.pathParam("code");
        if (!code.matches("[A-Za-z0-9]{1,12}")) {
            throw Problem.notFound("There is no session with the code " + Pages.shorten(code) + ".");
        }
        return stores.sessions().byCode(code)
                .orElseThrow(() -> Problem.notFound("There is no session with the code " + Pages.shorten(code) + "."));
    }

    private void results(Context ctx) {
        ClassSession session = session(stores, ctx);
        SessionResults results = SessionResults.load(stores, session);
        ResultsReport report = ResultsReport.of(results);
        String base = SessionController.liveUrl(session);
        List<ResultsPage.Download> downloads = new ArrayList<>();
        downloads.add(new ResultsPage.Download("Results (CSV)", base + "/results.csv"));
        downloads.add(new ResultsPage.Download("Results (CSV for Excel)", base + "/results.csv?excel=1"));
        for (ExportFormat f : ExportFormat.values()) {
            downloads.add(new ResultsPage.Download("Quiz as run: " + ExportController.label(f), base + "/export/" + f.cliName()));
        }
        Pages.render(ctx, "teacher/results.jte", new ResultsPage(CsrfGuard.token(ctx), session.code(), results.quiz().title(),
                Pages.state(session), base, downloads, grid(results, base + "/results", ctx.queryParam("sort"), ctx.queryParam("dir")),
                test(report), questions(report)));
    }

    static ResultsPage.Grid grid(SessionResults results, String url, String sortParam, String dirParam) {
        List<Question> questions = results.questions();
        String sort = sortParam == null ? "name" : sortParam;
        if (!sort.equals("name") && !sort.equals("score") && !validQuestionSort(sort, questions.size())) {
            sort = "name";
        }
        boolean descending = "desc".equals(dirParam);
        Collator collator = Collator.getInstance(Locale.ENGLISH);
        collator.setStrength(Collator.SECONDARY);
        Comparator<SessionResults.Student> byName = Comparator.comparing(SessionResults.Student::name, collator);
        Comparator<SessionResults.Student> order;
        if (sort.equals("name")) {
            order = byName;
        } else if (sort.equals("score")) {
            order = Comparator.comparingInt(SessionResults.Student::correct);
        } else {
            Question q = questions.get(Integer.parseInt(sort.substring(1)) - 1);
            order = Comparator.comparingInt(s -> rank(s.answer(q)));
        }
        if (descending) {
            order = order.reversed();
        }
        List<SessionResults.Student> students = new ArrayList<>(results.students());
        students.sort(order.thenComparing(byName));

        List<ResultsPage.Column> columns = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            Question q = questions.get(i);
            columns.add(new ResultsPage.Column(i + 1, q.prompt(), "question-" + (i + 1),
                    header("Q" + (i + 1), "q" + (i + 1), url, sort, descending, true)));
        }
        List<ResultsPage.Row> rows = new ArrayList<>();
        String base = url.substring(0, url.length() - "/results".length());
        for (SessionResults.Student s : students) {
            List<ResultsPage.Cell> cells = new ArrayList<>();
            for (int i = 0; i < questions.size(); i++) {
                Answer a = s.answer(questions.get(i));
                String q = "question " + (i + 1) + ": ";
                if (a == null) {
                    cells.add(new ResultsPage.Cell("blank", "", q + "not answered"));
                } else {
                    cells.add(a.correct() ? new ResultsPage.Cell("right", "\u2713", q + "right")
                            : new ResultsPage.Cell("wrong", "\u2717", q + "wrong"));
                }
            }
            rows.add(new ResultsPage.Row(s.name(), base + "/students/" + s.attempt().id(), s.correct(), questions.size(),
                    s.attempt().finished(), cells));
        }
        return new ResultsPage.Grid(header("Student", "name", url, sort, descending, false),
                header("Score", "score", url, sort, descending, true), columns, rows);
    }

    /** Right answers first when sorting a question descending: right 2, wrong 1, blank 0. */
    private static int rank(Answer a) {
        return a == null ? 0 : a.correct() ? 2 : 1;
    }

    private static boolean validQuestionSort(String sort, int questions) {
        return sort.matches("q[0-9]{1,3}") && Integer.parseInt(sort.substring(1)) >= 1 && Integer.parseInt(sort.substring(1)) <= questions;
    }

    /** A header links to sorting by its column; again on the sorted column flips the direction. Numbers start highest first. */
    private static ResultsPage.Header header(String label, String key, String url, String sort, boolean descending, boolean numeric) {
        boolean current = key.equals(sort);
        boolean nextDescending = current ? !descending : numeric;
        String aria = current ? (descending ? "descending" : "ascending") : "none";
        return new ResultsPage.Header(label, url + "?sort=" + key + "&dir=" + (nextDescending ? "desc" : "asc") + "#grid", aria);
    }

    static ResultsPage.Test test(ResultsReport report) {
        ResultsReport.Test t = report.test();
        String warning = null;
        if (t.students() == 0) {
            warning = "No student has answered yet, so there is nothing to compute.";
        } else if (t.smallClass()) {
            warning = "Only " + t.students() + (t.students() == 1 ? " student" : " students") + " answered. With fewer than "
                    + ItemStatistics.SMALL_CLASS + ", one answer more or less changes these figures a lot:"
                    + " read them as hints, not verdicts.";
        }
        Chart histogram = Charts.histogram(t.histogram());
        List<String> labels = t.families().stream().map(ResultsReport.Family::label).toList();
        List<Double> shares = t.families().stream().map(ResultsReport.Family::facility).toList();
        Chart families = Charts.shareBars("families", "Share right by kind of question", labels, shares);
        List<ResultsPage.FamilyRow> rows = t.families().stream()
                .map(f -> new ResultsPage.FamilyRow(f.label(), f.questions(), Pages.percent(f.facility()))).toList();
        return new ResultsPage.Test(t.students(), t.notStarted(), t.questions(), Pages.oneDecimal(t.mean()), Pages.oneDecimal(t.median()),
                Pages.decimal(t.standardDeviation()), Pages.decimal(t.alpha()), warning, histogram, families, rows, t.histogram());
    }

    static List<ResultsPage.QuestionReport> questions(ResultsReport report) {
        List<ResultsPage.QuestionReport> list = new ArrayList<>();
        for (ResultsReport.QuestionFigures f : report.questions()) {
            Question q = f.question();
            List<ResultsPage.Option> options = new ArrayList<>();
            for (ResultsReport.OptionCount o : f.options()) {
                int percent = f.answered() == 0 ? 0 : Math.round(100f * o.count() / f.answered());
                options.add(new ResultsPage.Option(o.text(), o.key(), o.count(), percent));
            }
            String note = switch (q.type()) {
                case ORDERING -> "Listed in the right order; the count is how many put each item in its right place.";
                case MULTIPLE_CHOICE -> "Students could choose several options.";
                default -> null;
            };
            list.add(new ResultsPage.QuestionReport(f.number(), "question-" + f.number(), q.prompt(), PrepareController.typeLabel(q.type()),
                    Labels.focus(q.focus()), f.answered(), f.blank(), Pages.percent(f.facility()), Pages.decimal(f.discrimination()),
                    options, note, f.flags()));
        }
        return list;
    }

    private void student(Context ctx) {
        ClassSession session = session(stores, ctx);
        String raw = ctx.pathParam("attemptId");
        SessionResults results = SessionResults.load(stores, session);
        SessionResults.Student student = results.students().stream()
                .filter(s -> raw.matches("[0-9]{1,18}") && s.attempt().id() == Long.parseLong(raw)).findFirst()
                .orElseThrow(() -> Problem.notFound("There is no such student in session " + session.code() + "."));
        List<StudentPage.Answer> answers = new ArrayList<>();
        for (int i = 0; i < results.questions().size(); i++) {
            Question q = results.questions().get(i);
            Answer a = student.answer(q);
            String key = ResultsReport.text(q, AnswerRules.key(q));
            if (a == null) {
                answers.add(new StudentPage.Answer(i + 1, q.prompt(), "blank", "Not answered", null, key, "", 0));
            } else {
                answers.add(new StudentPage.Answer(i + 1, q.prompt(), a.correct() ? "right" : "wrong", a.correct() ? "Right" : "Wrong",
                        ResultsReport.text(q, a.choices()), key, Pages.clock(a.answeredAt()), a.changes()));
            }
        }
        String state = student.attempt().finished() ? "Handed in" : session.closed() ? "Session closed before handing in" : "Still working";
        Pages.render(ctx, "teacher/student.jte", new StudentPage(CsrfGuard.token(ctx), session.code(), results.quiz().title(),
                student.name(), state, student.correct(), results.questions().size(), student.answers().size(),
                Pages.time(student.attempt().createdAt()), Pages.time(student.attempt().finishedAt()), answers,
                SessionController.liveUrl(session) + "/results"));
    }
}
