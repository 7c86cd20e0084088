package newsquiz.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import newsquiz.quiz.Choice;
import newsquiz.quiz.Question;
import newsquiz.quiz.Quiz;
import newsquiz.store.Answer;
import newsquiz.store.Attempt;
import newsquiz.store.ClassSession;
import newsquiz.store.Feedback;

/**
 * An attempt with everything needed to show it: its quiz snapshot, its session (null for
 * self-study), its questions in order and its answers. Decides what the learner may see.
 */
public record AttemptView(Attempt attempt, Quiz quiz, ClassSession session, List<Question> questions, Map<String, Answer> answers) {
    public AttemptView {
        questions = List.copyOf(questions);
        answers = Map.copyOf(answers);
    }

    public long id() {
        return attempt.id();
    }

    public boolean classroom() {
        return session != null;
    }

    /** Whether right/wrong, keys and explanations may be shown for answered questions. */
    public boolean feedbackVisible() {
        if (session == null) {
            return true;
        }
        return switch (session.feedback()) {
            case IMMEDIATE -> true;
            case END -> attempt.finished() || session.closed();
            case CLOSED -> session.closed();
        };
    }

    /** Whether the score may be shown (after handing in, or when the policy says so). */
    public boolean resultsVisible() {
        if (session == null || session.feedback() != Feedback.CLOSED) {
            return attempt.finished() || session != null && session.closed();
        }
        return session.closed();
    }

    /** Feedback right after each answer means an answer cannot change once given. */
    public boolean locksAnswers() {
        return session == null || session.feedback() == Feedback.IMMEDIATE;
    }

    public boolean acceptsAnswers() {
        return !attempt.finished() && (session == null || !session.closed());
    }

    public boolean sessionClosed() {
        return session != null && session.closed();
    }

    public Optional<Question> question(String questionId) {
        return questions.stream().filter(q -> q.id().equals(questionId)).findFirst();
    }

    /** 1-based position, or 0 when the question is not in this attempt. */
    public int numberOf(String questionId) {
        for (int i = 0; i < questions.size(); i++) {
            if (questions.get(i).id().equals(questionId)) {
                return i + 1;
            }
        }
        return 0;
    }

    /** The first question without an answer (1-based), or 0 when all are answered. */
    public int firstUnanswered() {
        for (int i = 0; i < questions.size(); i++) {
            if (!answers.containsKey(questions.get(i).id())) {
                return i + 1;
            }
        }
        return 0;
    }

    public Answer answer(Question q) {
        return answers.get(q.id());
    }

    public List<Choice> choicesInOrder(Question q) {
        return ChoiceOrder.forAttempt(attempt.id(), q);
    }

    public Score score() {
        return Scoring.score(questions, answers);
    }

    /** What a learner is told while results are held back. */
    public String waitingMessage() {
        if (session != null && session.feedback() == Feedback.CLOSED && !session.closed()) {
            return "Your answers are saved. You will see your results when your teacher closes the session.";
        }
        return "Your answers are saved. You will see your results when you hand in.";
    }
}
