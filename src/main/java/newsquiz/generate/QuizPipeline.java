package newsquiz.generate;

import java.nio.file.Path;
import newsquiz.analysis.Analyzer;
import newsquiz.article.Article;
import newsquiz.article.ArticleReader;
import newsquiz.article.InvalidArticleException;
import newsquiz.nlp.Nlp;
import newsquiz.quiz.Quiz;
import newsquiz.quiz.QuizFiles;

/** From an article's bytes to a quiz: read, analyse, generate. One instance serves many threads. */
public final class QuizPipeline {
    private final ArticleReader reader;
    private final Analyzer analyzer;
    private final QuizGenerator generator = new QuizGenerator();

    public QuizPipeline(Nlp nlp) {
        this.reader = new ArticleReader(nlp);
        this.analyzer = new Analyzer(nlp);
    }

    /**
     * @param name file name, whose extension says how to read it (.txt, .md, .html)
     * @param articlePath where the quiz file will say the article lives
     */
    public Quiz quiz(String name, byte[] bytes, String id, String articlePath, int count) throws InvalidArticleException {
        Article article = reader.parse(name, bytes);
        return generator.generate(analyzer.analyze(article), id, articlePath, QuizFiles.sha256(bytes), count);
    }

    public Quiz quiz(String name, byte[] bytes, String id, String articlePath) throws InvalidArticleException {
        return quiz(name, bytes, id, articlePath, QuizGenerator.DEFAULT_COUNT);
    }

    /** A quiz id from a file name: "Russia North Korea.txt" → "russia-north-korea". */
    public static String slug(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = (dot > 0 ? name.substring(0, dot) : name).toLowerCase(java.util.Locale.ROOT);
        String slug = base.replaceAll("[^a-z0-9-]+", "-").replaceAll("-{2,}", "-").replaceAll("^-|-$", "");
        return slug.length() > 80 ? slug.substring(0, 80).replaceAll("-$", "") : slug;
    }

    /** The path a quiz file records: relative to the working folder when the article is inside it, with forward slashes. */
    public static String articlePath(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path here = Path.of("").toAbsolutePath();
        Path shown = absolute.startsWith(here) ? here.relativize(absolute) : absolute;
        return shown.toString().replace('\\', '/');
    }
}
