package newsquiz.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import newsquiz.article.Article;
import newsquiz.article.Paragraph;
import newsquiz.quiz.Evidence;
import newsquiz.quiz.Question;
import newsquiz.web.view.ArticlePage;

/** Builds the article page, marking a question's evidence once the learner may see it. */
final class ArticlePages {
    private final ArticleLibrary articles;

    ArticlePages(ArticleLibrary articles) {
        this.articles = articles;
    }

    ArticlePage build(AttemptView view, int questionNumber) {
        String base = "/attempt/" + view.id();
        boolean forQuestion = questionNumber >= 1 && questionNumber <= view.questions().size();
        String backUrl = forQuestion ? base + "/q/" + questionNumber : base;
        String backLabel = forQuestion ? "Back to question " + questionNumber : "Back to the quiz";
        Optional<Article> found = articles.forQuiz(view.quiz());
        if (found.isEmpty()) {
            return new ArticlePage(view.quiz().title(), backUrl, backLabel, false, List.of(),
                    "The article for this quiz is not available on this server.");
        }
        Article article = found.get();
        EvidenceLocator locator = new EvidenceLocator(article);
        List<EvidenceLocator.Span> marks = new ArrayList<>();
        if (forQuestion) {
            Question q = view.questions().get(questionNumber - 1);
            if (view.answer(q) != null && view.feedbackVisible()) {
                for (Evidence e : q.evidence()) {
                    locator.locate(e).ifPresent(marks::add);
                }
            }
        }
        List<ArticlePage.Paragraph> paragraphs = new ArrayList<>();
        for (Paragraph p : article.paragraphs()) {
            boolean heading = p.kind() == Paragraph.Kind.SUBHEADING;
            paragraphs.add(new ArticlePage.Paragraph(locator.number(p.index()), heading, pieces(p, marks)));
        }
        return new ArticlePage(article.title(), backUrl, backLabel, !marks.isEmpty(), paragraphs, null);
    }

    /** Splits a paragraph into plain and marked pieces; overlapping marks merge. */
    static List<ArticlePage.Piece> pieces(Paragraph p, List<EvidenceLocator.Span> marks) {
        String text = p.text();
        boolean[] marked = new boolean[text.length()];
        for (EvidenceLocator.Span m : marks) {
            if (m.paragraph() == p.index()) {
                for (int i = Math.max(0, m.start()); i < Math.min(text.length(), m.end()); i++) {
                    marked[i] = true;
                }
            }
        }
        List<ArticlePage.Piece> pieces = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= text.length(); i++) {
            if (i == text.length() || marked[i] != marked[start]) {
                pieces.add(new ArticlePage.Piece(text.substring(start, i), text.length() > 0 && marked[start]));
                start = i;
            }
        }
        return pieces;
    }
}
