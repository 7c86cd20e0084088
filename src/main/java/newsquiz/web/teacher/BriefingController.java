package newsquiz.web.teacher;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import newsquiz.analysis.Analysis;
import newsquiz.analysis.Analyzer;
import newsquiz.analysis.Attribution;
import newsquiz.analysis.SourceType;
import newsquiz.analysis.Stance;
import newsquiz.article.Article;
import newsquiz.article.Paragraph;
import newsquiz.nlp.Nlp;
import newsquiz.quiz.Quiz;
import newsquiz.web.ArticleLibrary;
import newsquiz.web.CsrfGuard;
import newsquiz.web.teacher.view.BriefingPage;
import newsquiz.web.teacher.view.SourceMap;

/** The article briefing: its attributions as a table, the source map, and the numbered text. */
final class BriefingController {
    /** Analyses kept for quick reloads; a handful of articles is what a teacher works on at once. */
    private static final int CACHED = 16;

    private final QuizEditor editor;
    private final ArticleLibrary articles;
    private final Supplier<Nlp> nlp;
    private final Map<String, Analysis> cache = new LinkedHashMap<>(CACHED, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Analysis> eldest) {
            return size() > CACHED;
        }
    };
    private volatile Analyzer analyzer;

    BriefingController(QuizEditor editor, ArticleLibrary articles, Supplier<Nlp> nlp) {
        this.editor = editor;
        this.articles = articles;
        this.nlp = nlp;
    }

    void register(RoutesConfig routes) {
        routes.get("/teacher/quizzes/{quizId}/briefing", this::briefing, TeacherRole.TEACHER);
    }

    private void briefing(Context ctx) {
        Quiz quiz = editor.quiz(Pages.id(ctx, "quizId", "quiz"));
        String quizUrl = PrepareController.quizUrl(quiz.id());
        Optional<Article> article = articles.forQuiz(quiz);
        if (article.isEmpty()) {
            Pages.render(ctx, "teacher/briefing.jte", new BriefingPage(CsrfGuard.token(ctx), quiz.title(), quizUrl, quiz.title(),
                    "The article for this quiz (" + PrepareController.articleName(quiz) + ") is not available on this server.", List.of(),
                    SourceMapLayout.layout(List.of()), List.of()));
            return;
        }
        Analysis analysis = analysis(quiz, article.get());
        Pages.render(ctx, "teacher/briefing.jte", page(ctx, quiz, quizUrl, article.get(), analysis));
    }

    static BriefingPage page(Context ctx, Quiz quiz, String quizUrl, Article article, Analysis analysis) {
        Map<Integer, Integer> numbers = new LinkedHashMap<>();
        List<BriefingPage.Paragraph> paragraphs = new ArrayList<>();
        int number = 0;
        for (Paragraph p : article.paragraphs()) {
            boolean heading = p.kind() == Paragraph.Kind.SUBHEADING;
            if (!heading) {
                numbers.put(p.index(), ++number);
            }
            paragraphs.add(new BriefingPage.Paragraph(heading ? 0 : number, heading, p.text()));
        }
        List<BriefingPage.Row> rows = new ArrayList<>();
        for (Attribution a : analysis.attributions()) {
            int paragraph = a.sentence() >= 0 && a.sentence() < article.sentences().size()
                    ? numbers.getOrDefault(article.sentences().get(a.sentence()).paragraph(), 0) : 0;
            rows.add(new BriefingPage.Row(a.source() == null || a.source().isBlank() ? "Unnamed source" : a.source(), type(a.sourceType()),
                    a.content() == null ? "" : a.content(), a.via() == null || a.via().isEmpty() ? "" : String.join(" \u2192 ", a.via()),
                    flags(a), paragraph));
        }
        SourceMap map = SourceMapLayout.layout(analysis.attributions());
        return new BriefingPage(CsrfGuard.token(ctx), quiz.title(), quizUrl, article.title(), null, rows, map, paragraphs);
    }

    static List<String> flags(Attribution a) {
        List<String> flags = new ArrayList<>();
        if (a.stance() == Stance.DENY) {
            flags.add("denial");
        }
        if (a.quoted()) {
            flags.add("quoted");
        }
        if (a.hedged()) {
            flags.add("hedged");
        }
        if (a.anonymous()) {
            flags.add("anonymous");
        }
        return flags;
    }

    private static String type(SourceType type) {
        if (type == null) {
            return "";
        }
        return switch (type) {
            case PERSON -> "person";
            case ORGANIZATION -> "organisation";
            case OUTLET -> "news outlet";
            case GOVERNMENT -> "government";
            case ANONYMOUS -> "unnamed";
            case UNKNOWN -> "";
        };
    }

    private Analysis analysis(Quiz quiz, Article article) {
        String key = quiz.article() + "\u0000" + quiz.articleSha256();
        synchronized (cache) {
            Analysis cached = cache.get(key);
            if (cached != null) {
                return cached;
            }
        }
        Analysis analysis = analyzer().analyze(article);
        synchronized (cache) {
            cache.put(key, analysis);
        }
        return analysis;
    }

    private Analyzer analyzer() {
        Analyzer a = analyzer;
        if (a == null) {
            synchronized (this) {
                if (analyzer == null) {
                    analyzer = new Analyzer(nlp.get());
                }
                a = analyzer;
            }
        }
        return a;
    }
}
