package newsquiz.testing;

import newsquiz.analysis.Analyzer;
import newsquiz.article.ArticleReader;
import newsquiz.nlp.Nlp;

/** The OpenNLP models take a second or two to load: test classes share one set. */
public final class Models {
    private static final Nlp NLP = Nlp.load();
    private static final ArticleReader READER = new ArticleReader(NLP);
    private static final Analyzer ANALYZER = new Analyzer(NLP);

    private Models() {}

    public static Nlp nlp() {
        return NLP;
    }

    public static ArticleReader reader() {
        return READER;
    }

    public static Analyzer analyzer() {
        return ANALYZER;
    }
}
