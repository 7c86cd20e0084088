package newsquiz.web.teacher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import newsquiz.analysis.Analysis;
import newsquiz.analysis.Analyzer;
import newsquiz.article.Article;
import newsquiz.article.ArticleReader;
import newsquiz.article.InvalidArticleException;
import newsquiz.generate.QuizGenerator;
import newsquiz.quiz.Quiz;
import newsquiz.quiz.QuizFiles;
import newsquiz.web.Problem;

/**
 * Makes a quiz from an article a teacher pastes or uploads: checks it, reads and analyses it,
 * generates questions (all drafts), then saves the article under a name of our own making in the
 * articles folder and the quiz in the quizzes folder. The uploaded file's name is never used as a path.
 */
final class QuizMaker {
    static final int MAX_BYTES = ArticleReader.MAX_BYTES;
    static final List<String> EXTENSIONS = List.of("txt", "md", "markdown", "html", "htm");
    private static final int MAX_ID = 60;

    private final TeacherSetup setup;
    private final Path articleBase;
    private final QuizEditor editor;
    private volatile Tools tools;

    private record Tools(ArticleReader reader, Analyzer analyzer, QuizGenerator generator) {}

    QuizMaker(TeacherSetup setup, Path articleBase, QuizEditor editor) {
        this.setup = setup;
        this.articleBase = articleBase;
        this.editor = editor;
    }

    Quiz fromText(String title, String text) {
        if (text == null || text.isBlank()) {
            throw Problem.badRequest("Paste the article's text first.");
        }
        byte[] bytes = text.replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8);
        return make(title, "pasted.txt", "txt", bytes);
    }

    Quiz fromUpload(String title, String fileName, byte[] bytes) {
        String extension = extension(checkedName(fileName));
        return make(title, "upload." + extension, extension, bytes);
    }

    /** Refuses names with folders, parent references or invisible characters, and types we cannot read. */
    static String checkedName(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            throw Problem.badRequest("Choose an article file to upload (.txt, .md or .html).");
        }
        if (fileName.length() > 255 || fileName.contains("/") || fileName.contains("\\") || fileName.contains("..")
                || fileName.codePoints().anyMatch(cp -> Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT)) {
            throw Problem.badRequest("That file name is not accepted: use a plain name like article.txt.");
        }
        String extension = extension(fileName);
        if (!EXTENSIONS.contains(extension)) {
            throw new Problem(415, "Only .txt, .md and .html articles can be read.");
        }
        return fileName;
    }

    private static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private Quiz make(String title, String readAs, String extension, byte[] bytes) {
        if (bytes.length == 0) {
            throw Problem.badRequest("The article is empty.");
        }
        if (bytes.length > MAX_BYTES) {
            throw new Problem(413, "The article is " + bytes.length / 1024 + " KB; articles of up to " + MAX_BYTES / 1000
                    + " KB can be read.");
        }
        String cleanTitle = QuestionForm.clean(title, false);
        if (cleanTitle.length() > 200) {
            throw Problem.badRequest("The title can be at most 200 characters long.");
        }
        Tools t = tools();
        Article article;
        try {
            article = t.reader().parse(readAs, bytes);
        } catch (InvalidArticleException e) {
            throw new Problem(422, "This article could not be read: " + e.getMessage() + ".");
        }
        Analysis analysis = t.analyzer().analyze(article);
        String sha = QuizFiles.sha256(bytes);
        Quiz generated = t.generator().generate(analysis, "draft", "", sha);
        if (generated.questions().isEmpty()) {
            throw new Problem(422, "No questions could be made from this article. Articles with quoted or attributed statements,"
                    + " numbers and several paragraphs work best.");
        }
        String quizTitle = cleanTitle.isEmpty() ? generated.title() : cleanTitle;
        synchronized (editor) {
            String id = freeId(slug(quizTitle));
            Path file = setup.articles().resolve(id + "." + extension);
            saveNew(file, bytes);
            Quiz quiz = new Quiz(id, quizTitle, relative(file), sha, generated.questions());
            return editor.add(quiz);
        }
    }

    private Tools tools() {
        Tools t = tools;
        if (t == null) {
            synchronized (this) {
                if (tools == null) {
                    tools = new Tools(new ArticleReader(setup.nlp().get()), new Analyzer(setup.nlp().get()), new QuizGenerator());
                }
                t = tools;
            }
        }
        return t;
    }

    /** The quiz file names its article relative to the article library's base, with forward slashes on every system. */
    private String relative(Path file) {
        Path rel = articleBase.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize());
        return rel.toString().replace('\\', '/');
    }

    private String freeId(String base) {
        String id = base;
        for (int n = 2; editor.taken(id) || articleExists(id); n++) {
            String suffix = "-" + n;
            id = (base.length() + suffix.length() > MAX_ID ? base.substring(0, MAX_ID - suffix.length()) : base) + suffix;
        }
        return id;
    }

    private boolean articleExists(String id) {
        return EXTENSIONS.stream().anyMatch(ext -> Files.exists(setup.articles().resolve(id + "." + ext)));
    }

    /** Written to a temporary file, then moved into place; never over a file that is there (callers hold the editor's lock). */
    private static void saveNew(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            if (Files.exists(file)) {
                throw new FileAlreadyExistsException(file.toString());
            }
            Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), ".article", ".tmp");
            try {
                Files.write(tmp, bytes);
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (FileAlreadyExistsException e) {
            throw Problem.conflict("An article with this name was saved at the same moment; try again.");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save the article " + file, e);
        }
    }

    /** A quiz id from a title: lower-case ASCII letters, digits and hyphens. */
    static String slug(String title) {
        String ascii = Normalizer.normalize(title, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_ID - 4) {
            slug = slug.substring(0, MAX_ID - 4).replaceAll("-[^-]*$", "");
        }
        return slug.isEmpty() ? "article" : slug;
    }
}
