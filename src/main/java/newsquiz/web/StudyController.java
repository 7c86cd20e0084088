package newsquiz.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import newsquiz.quiz.Quiz;
import newsquiz.store.IssuedAttempt;
import newsquiz.web.view.HomePage;

/** Self-study: the home page with its quizzes, starting or resuming one, practising the missed questions. */
final class StudyController {
    /** Resuming looks at this many of the browser's most recent attempts. */
    private static final int RECENT = 10;

    private final Learning learning;
    private final AttemptAccess access;
    private final ArticleLibrary articles;

    StudyController(Learning learning, AttemptAccess access, ArticleLibrary articles) {
        this.learning = learning;
        this.access = access;
        this.articles = articles;
    }

    void register(RoutesConfig routes) {
        routes.get("/", this::home);
        routes.post("/study/{quizId}/start", this::start);
        routes.post("/attempt/{id}/practise", this::practise);
    }

    private void home(Context ctx) {
        List<AttemptView> recent = recentAttempts(ctx);
        List<HomePage.QuizCard> cards = new ArrayList<>();
        for (Quiz quiz : learning.library().all()) {
            int questions = quiz.visibleQuestions().size();
            if (questions == 0) {
                continue;
            }
            // About 200 words a minute for the article, and 45 seconds a question.
            int minutes = Math.max(1, Math.round(articles.roughWordCount(quiz) / 200f + questions * 0.75f));
            String progress = unfinishedSelfStudy(recent, quiz.id())
                    .map(v -> v.answers().size() + " of " + v.questions().size() + " answered").orElse(null);
            cards.add(new HomePage.QuizCard(quiz.id(), quiz.title(), questions, minutes, "/study/" + quiz.id() + "/start", progress));
        }
        List<HomePage.ResumeCard> resume = new ArrayList<>();
        for (AttemptView v : recent) {
            if (v.classroom() && !v.attempt().finished() && !v.sessionClosed()) {
                resume.add(new HomePage.ResumeCard(v.quiz().title(), "/attempt/" + v.id(),
                        v.answers().size() + " of " + v.questions().size() + " answered", "Class quiz as " + v.attempt().displayName()));
            }
        }
        AttemptController.render(ctx, "home.jte", new HomePage(CsrfGuard.token(ctx), cards, resume));
    }

    /** Continues this browser's unfinished attempt at the quiz if there is one, else starts a new one. */
    private void start(Context ctx) {
        String quizId = ctx.pathParam("quizId");
        Optional<AttemptView> open = unfinishedSelfStudy(recentAttempts(ctx), quizId);
        if (open.isPresent()) {
            ctx.redirect("/attempt/" + open.get().id(), HttpStatus.SEE_OTHER);
            return;
        }
        IssuedAttempt issued = learning.startSelfStudy(quizId);
        AttemptCookies.remember(ctx, issued);
        ctx.redirect("/attempt/" + issued.attempt().id() + "/q/1", HttpStatus.SEE_OTHER);
    }

    private void practise(Context ctx) {
        AttemptView view = access.page(ctx);
        IssuedAttempt issued = learning.practiseMissed(view);
        AttemptCookies.remember(ctx, issued);
        ctx.redirect("/attempt/" + issued.attempt().id() + "/q/1", HttpStatus.SEE_OTHER);
    }

    private List<AttemptView> recentAttempts(Context ctx) {
        List<AttemptView> views = new ArrayList<>();
        for (long id : AttemptCookies.ids(ctx).stream().limit(RECENT).toList()) {
            AttemptCookies.token(ctx, id)
                    .flatMap(learning::attemptForToken)
                    .filter(a -> a.id() == id)
                    .map(learning::view)
                    .ifPresent(views::add);
        }
        return views;
    }

    private static Optional<AttemptView> unfinishedSelfStudy(List<AttemptView> recent, String quizId) {
        return recent.stream()
                .filter(v -> !v.classroom() && !v.attempt().finished() && v.quiz().id().equals(quizId))
                .findFirst();
    }
}
