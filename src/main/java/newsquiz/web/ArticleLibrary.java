package newsquiz.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import newsquiz.article.Article;
import newsquiz.article.ArticleReader;
import newsquiz.article.InvalidArticleException;
import newsquiz.nlp.Nlp;
import newsquiz.quiz.Quiz;

/** The article behind each quiz, read once; {@code quiz.article} is a path relative to the base folder. */
public final class ArticleLibrary {
    private final Path base;
    private final Supplier<Nlp> nlp;
    private final Map<Path, Optional<Article>> cache = new ConcurrentHashMap<>();
    private volatile ArticleReader reader;

    public ArticleLibrary(Path base, Supplier<Nlp> nlp) {
        this.base = base;
        this.nlp = nlp;
    }

    /** The folder quiz files' article paths are relative to. */
    public Path base() {
        return base;
    }

    public Optional<Article> forQuiz(Quiz quiz) {
        if (quiz.article() == null || quiz.article().isBlank()) {
            return Optional.empty();
        }
        Path path = base.resolve(quiz.article()).normalize();
        if (!isArticleFile(path)) {
            return Optional.empty();
        }
        return cache.computeIfAbsent(path, this::read);
    }

    /** Estimated reading time in words, without parsing the article (for the home page). */
    public int roughWordCount(Quiz quiz) {
        if (quiz.article() == null) {
            return 0;
        }
        try {
            return (int) (Files.size(base.resolve(quiz.article())) / 6);
        } catch (java.io.IOException | RuntimeException e) {
            return 0;
        }
    }

    /** A quiz file names its article; only article files are ever shown, whatever path a quiz names. */
    private static boolean isArticleFile(Path path) {
        String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return name.endsWith(".txt") || name.endsWith(".md") || name.endsWith(".markdown") || name.endsWith(".html")
                || name.endsWith(".htm");
    }

    private Optional<Article> read(Path path) {
        try {
            return Optional.of(reader().read(path));
        } catch (InvalidArticleException e) {
            return Optional.empty();
        }
    }

    private ArticleReader reader() {
        ArticleReader r = reader;
        if (r == null) {
            synchronized (this) {
                if (reader == null) {
                    reader = new ArticleReader(nlp.get());
                }
                r = reader;
            }
        }
        return r;
    }
}
