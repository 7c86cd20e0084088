package newsquiz.analysis;

import java.util.List;
import newsquiz.article.Article;

/**
 * What a careful reader takes from an article: who said what through whom, and the numbers,
 * causes, labelled-false claims and loaded words questions are built from.
 */
public record Analysis(
        Article article,
        List<Attribution> attributions,
        List<SourceEntity> sources,
        List<Figure> figures,
        List<CauseEffect> causes,
        List<ClaimLabel> labels,
        List<LoadedWord> loadedWords) {

    public String title() {
        return article.title();
    }

    /** A named source or outlet with the ways the article describes it. */
    public record SourceEntity(String name, SourceType type, List<String> descriptions, List<String> aliases) {}
}
