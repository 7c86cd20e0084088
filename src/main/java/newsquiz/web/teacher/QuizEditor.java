package newsquiz.web.teacher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import newsquiz.quiz.InvalidQuizException;
import newsquiz.quiz.Question;
import newsquiz.quiz.Quiz;
import newsquiz.quiz.QuizFiles;
import newsquiz.quiz.QuizValidator;
import newsquiz.quiz.Status;
import newsquiz.web.Problem;
import newsquiz.web.QuizLibrary;

/**
 * Changes a teacher makes to a quiz: each is validated, written atomically to the quiz's file and
 * put in the library, so new sessions and self-study attempts get it. Sessions and attempts
 * already started keep their snapshot and never see the change.
 */
final class QuizEditor {
    private final QuizLibrary library;
    private final Path folder;

    QuizEditor(QuizLibrary library, Path folder) {
        this.library = library;
        this.folder = folder;
    }

    Quiz quiz(String quizId) {
        return library.byId(quizId).orElseThrow(() -> Problem.notFound("There is no quiz called " + Pages.shorten(quizId) + "."));
    }

    synchronized Quiz setStatus(String quizId, String questionId, Status status) {
        Quiz quiz = quiz(quizId);
        Question q = question(quiz, questionId);
        return save(replace(quiz, q.withStatus(status)));
    }

    synchronized Quiz approveDrafts(String quizId) {
        Quiz quiz = quiz(quizId);
        List<Question> questions = quiz.questions().stream()
                .map(q -> q.status() == Status.DRAFT ? q.withStatus(Status.APPROVED) : q).toList();
        return save(quiz.withQuestions(questions));
    }

    /**
     * Replaces a question with its edited version. {@code version} is the quiz's content hash when
     * the form was shown: if the quiz changed since, the edit is refused rather than silently undoing the other change.
     */
    synchronized Quiz replaceQuestion(String quizId, String version, Question edited) {
        Quiz quiz = quiz(quizId);
        if (!QuizFiles.contentHash(quiz).equals(version)) {
            throw Problem.conflict("This quiz was changed in another window since you opened this form. Go back, reload, and edit again.");
        }
        question(quiz, edited.id());
        List<String> problems = QuizValidator.problems(edited);
        if (!problems.isEmpty()) {
            throw new InvalidEdit(problems);
        }
        return save(replace(quiz, edited));
    }

    /** Writes a new quiz (its id is new) and adds it to the library. */
    synchronized Quiz add(Quiz quiz) {
        if (library.byId(quiz.id()).isPresent()) {
            throw Problem.conflict("A quiz called " + quiz.id() + " already exists.");
        }
        return save(quiz);
    }

    synchronized boolean taken(String quizId) {
        return library.byId(quizId).isPresent()
                || Stream.of(".yaml", ".yml", ".json").anyMatch(ext -> Files.exists(folder.resolve(quizId + ext)));
    }

    static Question question(Quiz quiz, String questionId) {
        Question q = quiz.question(questionId);
        if (q == null) {
            throw Problem.notFound("Quiz " + quiz.id() + " has no question " + Pages.shorten(questionId) + ".");
        }
        return q;
    }

    private static Quiz replace(Quiz quiz, Question changed) {
        List<Question> questions = new ArrayList<>();
        for (Question q : quiz.questions()) {
            questions.add(q.id().equals(changed.id()) ? changed : q);
        }
        return quiz.withQuestions(questions);
    }

    private Quiz save(Quiz quiz) {
        List<String> problems = QuizValidator.problems(quiz);
        if (!problems.isEmpty()) {
            throw new InvalidEdit(problems);
        }
        Optional<Path> existing = fileOf(quiz.id());
        Path target = existing.filter(p -> !p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json"))
                .orElse(folder.resolve(quiz.id() + ".yaml"));
        QuizFiles.write(quiz, target);
        // A JSON quiz is rewritten as YAML next to it; the old file would load as a duplicate.
        existing.filter(p -> !p.equals(target)).ifPresent(QuizEditor::deleteQuietly);
        library.put(quiz);
        return quiz;
    }

    /** The file a quiz was loaded from: usually named after its id, else found by reading the folder. */
    private Optional<Path> fileOf(String quizId) {
        for (String ext : List.of(".yaml", ".yml", ".json")) {
            Path p = folder.resolve(quizId + ext);
            if (Files.isRegularFile(p) && idOf(p).filter(quizId::equals).isPresent()) {
                return Optional.of(p);
            }
        }
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().matches("(?i).*\\.(ya?ml|json)")).sorted()
                    .filter(p -> idOf(p).filter(quizId::equals).isPresent()).reduce((first, second) -> second);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }

    private static Optional<String> idOf(Path file) {
        try {
            return Optional.ofNullable(QuizFiles.read(file).id());
        } catch (InvalidQuizException e) {
            return Optional.empty();
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // the YAML file wins on the next load anyway (read later in name order)
        }
    }

    /** An edit that breaks the quiz rules; the messages say what to fix. */
    static final class InvalidEdit extends RuntimeException {
        private final List<String> problems;

        InvalidEdit(List<String> problems) {
            super(String.join("; ", problems), null, false, false);
            this.problems = List.copyOf(problems);
        }

        List<String> problems() {
            return problems;
        }
    }
}
