package newsquiz.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Map;
import newsquiz.quiz.Question;
import newsquiz.quiz.QuestionType;
import newsquiz.store.Refused;

/** The pages of an attempt, alone or in class: one question at a time, the article, hand-in and results. */
final class AttemptController {
    private final Learning learning;
    private final AttemptAccess access;
    private final QuestionPages questionPages;
    private final ArticlePages articlePages;
    private final SummaryPages summaryPages;

    AttemptController(Learning learning, AttemptAccess access, ArticleLibrary articles) {
        this.learning = learning;
        this.access = access;
        this.questionPages = new QuestionPages(articles);
        this.articlePages = new ArticlePages(articles);
        this.summaryPages = new SummaryPages();
    }

    void register(RoutesConfig routes) {
        routes.get("/attempt/{id}", this::resume);
        routes.get("/attempt/{id}/q/{n}", this::question);
        routes.post("/attempt/{id}/q/{n}", this::answer);
        routes.get("/attempt/{id}/article", this::article);
        routes.get("/attempt/{id}/summary", this::summary);
        routes.post("/attempt/{id}/finish", this::finish);
    }

    /** Back to where the learner left off. */
    private void resume(Context ctx) {
        AttemptView view = access.page(ctx);
        int next = view.firstUnanswered();
        if (view.attempt().finished() || next == 0) {
            ctx.redirect(base(view) + "/summary", HttpStatus.SEE_OTHER);
        } else {
            ctx.redirect(base(view) + "/q/" + next, HttpStatus.SEE_OTHER);
        }
    }

    private void question(Context ctx) {
        AttemptView view = access.page(ctx);
        int n = number(ctx, view);
        render(ctx, "question.jte", questionPages.build(view, n, CsrfGuard.token(ctx), ctx.queryParam("msg")));
    }

    /** Saves the answer, then redirects (303): to the feedback when it may be shown, else to the next question. */
    private void answer(Context ctx) {
        AttemptView view = access.page(ctx);
        int n = number(ctx, view);
        Question q = view.questions().get(n - 1);
        List<String> chosen = ctx.formParams("choice").stream().filter(s -> !s.isBlank()).toList();
        String here = base(view) + "/q/" + n;
        AttemptView after;
        try {
            after = learning.answer(view, q.id(), chosen).view();
        } catch (Problem e) {
            if (e.status() != 400) {
                throw e;
            }
            ctx.redirect(here + "?msg=" + (q.type() == QuestionType.ORDERING ? "order" : "pick"), HttpStatus.SEE_OTHER);
            return;
        } catch (Refused e) {
            String code = switch (e.reason()) {
                case ANSWER_LOCKED -> "locked";
                case SESSION_CLOSED -> "closed";
                case ATTEMPT_FINISHED -> "finished";
                default -> throw e;
            };
            ctx.redirect(here + "?msg=" + code, HttpStatus.SEE_OTHER);
            return;
        }
        if (after.feedbackVisible()) {
            ctx.redirect(here, HttpStatus.SEE_OTHER);
        } else if (n < after.questions().size()) {
            ctx.redirect(base(view) + "/q/" + (n + 1) + "?msg=saved", HttpStatus.SEE_OTHER);
        } else {
            ctx.redirect(base(view) + "/summary?msg=saved", HttpStatus.SEE_OTHER);
        }
    }

    private void article(Context ctx) {
        AttemptView view = access.page(ctx);
        String q = ctx.queryParam("q");
        int n = q != null && q.matches("[0-9]{1,4}") ? Integer.parseInt(q) : 0;
        render(ctx, "article.jte", articlePages.build(view, n));
    }

    private void summary(Context ctx) {
        AttemptView view = access.page(ctx);
        render(ctx, "summary.jte", summaryPages.build(view, CsrfGuard.token(ctx), ctx.queryParam("msg")));
    }

    private void finish(Context ctx) {
        AttemptView view = access.page(ctx);
        learning.finish(view);
        ctx.redirect(base(view) + "/summary", HttpStatus.SEE_OTHER);
    }

    private static int number(Context ctx, AttemptView view) {
        String raw = ctx.pathParam("n");
        int n = raw.matches("[0-9]{1,4}") ? Integer.parseInt(raw) : 0;
        if (n < 1 || n > view.questions().size()) {
            throw Problem.notFound("This quiz has no question " + Learning.shorten(raw) + ".");
        }
        return n;
    }

    private static String base(AttemptView view) {
        return "/attempt/" + view.id();
    }

    static void render(Context ctx, String template, Object page) {
        ctx.render(template, Map.of("page", page));
    }
}
