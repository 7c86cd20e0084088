package newsquiz.web.teacher;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import newsquiz.quiz.Question;
import newsquiz.quiz.Quiz;
import newsquiz.store.Answer;
import newsquiz.store.Attempt;
import newsquiz.store.ClassSession;
import newsquiz.store.Stores;

/**
 * Everything answered in one class session, read in one go: the quiz as the session froze it,
 * the questions it ran, and each student's attempt with its answers.
 */
record SessionResults(ClassSession session, Quiz quiz, List<Question> questions, List<Student> students) {
    SessionResults {
        questions = List.copyOf(questions);
        students = List.copyOf(students);
    }

    /** One student's attempt; {@code answers} by question id. */
    record Student(Attempt attempt, Map<String, Answer> answers) {
        Student {
            answers = Map.copyOf(answers);
        }

        String name() {
            return attempt.displayName();
        }

        Answer answer(Question q) {
            return answers.get(q.id());
        }

        int correct() {
            return (int) answers.values().stream().filter(Answer::correct).count();
        }
    }

    static SessionResults load(Stores stores, ClassSession session) {
        Quiz quiz = stores.quizzes().byHash(session.quizHash())
                .orElseThrow(() -> new IllegalStateException("missing quiz snapshot " + session.quizHash()));
        List<Question> questions = session.questionIds().stream().map(quiz::question).filter(Objects::nonNull).toList();
        Map<Long, Map<String, Answer>> byAttempt = new HashMap<>();
        for (Answer a : stores.answers().forSession(session.id())) {
            byAttempt.computeIfAbsent(a.attemptId(), id -> new HashMap<>()).put(a.questionId(), a);
        }
        List<Student> students = new ArrayList<>();
        for (Attempt attempt : stores.attempts().forSession(session.id())) {
            students.add(new Student(attempt, byAttempt.getOrDefault(attempt.id(), Map.of())));
        }
        return new SessionResults(session, quiz, questions, students);
    }

    /** Students who answered at least one question: the statistics are about them. */
    List<Student> answering() {
        return students.stream().filter(s -> !s.answers().isEmpty()).toList();
    }
}
