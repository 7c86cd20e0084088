package newsquiz.analysis;

import java.util.List;
import newsquiz.article.Article;
import newsquiz.testing.Models;

/** A short invented article under a headline, read with the shared models, and what it attributes. */
final class InventedText {
    private InventedText() {}

    static Analysis analysis(String body) throws Exception {
        Article article = Models.reader().parse("test.txt", "Headline for the test\n\n" + body, Article.Format.TEXT);
        return Models.analyzer().analyze(article);
    }

    static List<Attribution> analyze(String body) throws Exception {
        return analysis(body).attributions();
    }

    /** The first attribution whose content holds {@code words}; fails the test when there is none. */
    static Attribution saying(List<Attribution> all, String words) {
        return all.stream().filter(a -> a.content().contains(words)).findFirst()
                .orElseThrow(() -> new AssertionError("nothing says " + words + " in " + all));
    }
}
