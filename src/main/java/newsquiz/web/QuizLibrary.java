package newsquiz.web;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import newsquiz.quiz.Quiz;
import newsquiz.quiz.QuizFiles;

/** The quizzes learners can start: the current version of each file in the quizzes folder. */
public final class QuizLibrary {
    private final Map<String, Quiz> quizzes = new ConcurrentHashMap<>();
    private final List<String> problems;

    private QuizLibrary(List<Quiz> loaded, List<String> problems) {
        loaded.forEach(q -> quizzes.put(q.id(), q));
        this.problems = List.copyOf(problems);
    }

    public static QuizLibrary load(Path folder) {
        List<String> problems = new ArrayList<>();
        List<Quiz> loaded = QuizFiles.readAll(folder, problems);
        return new QuizLibrary(loaded, problems);
    }

    public static QuizLibrary of(List<Quiz> quizzes) {
        return new QuizLibrary(quizzes, List.of());
    }

    public List<Quiz> all() {
        return quizzes.values().stream().sorted(Comparator.comparing(Quiz::title, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    public Optional<Quiz> byId(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(quizzes.get(id));
    }

    /** Adds or replaces a quiz (a teacher's edit); attempts already started keep their snapshot. */
    public void put(Quiz quiz) {
        quizzes.put(quiz.id(), quiz);
    }

    /** Files in the folder that could not be read, one line each. */
    public List<String> problems() {
        return problems;
    }
}
