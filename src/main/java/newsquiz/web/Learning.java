package newsquiz.web;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import newsquiz.quiz.Question;
import newsquiz.quiz.Quiz;
import newsquiz.quiz.Status;
import newsquiz.store.Answer;
import newsquiz.store.Attempt;
import newsquiz.store.ClassSession;
import newsquiz.store.Codes;
import newsquiz.store.Feedback;
import newsquiz.store.Refused;
import newsquiz.store.IssuedAttempt;
import newsquiz.store.SavedAnswer;
import newsquiz.store.Stores;

/** The rules of taking a quiz, shared by the pages and the JSON API. */
public final class Learning {
    static final int MAX_NAME_LENGTH = 40;

    /** The longest time limit a session may have: a school day. */
    public static final int MAX_TIME_LIMIT_SECONDS = 8 * 60 * 60;

    private final Stores stores;
    private final QuizLibrary library;
    private final SessionActivity activity;

    public Learning(Stores stores, QuizLibrary library) {
        this(stores, library, SessionActivity.NONE);
    }

    public Learning(Stores stores, QuizLibrary library, SessionActivity activity) {
        this.stores = stores;
        this.library = library;
        this.activity = activity;
    }

    public QuizLibrary library() {
        return library;
    }

    public Stores stores() {
        return stores;
    }

    /** A self-study attempt over every question a teacher has not rejected. */
    public IssuedAttempt startSelfStudy(String quizId) {
        Quiz quiz = quiz(quizId);
        List<String> ids = quiz.visibleQuestions().stream().map(Question::id).toList();
        if (ids.isEmpty()) {
            throw Problem.conflict("This quiz has no questions to answer yet.");
        }
        String hash = stores.quizzes().snapshot(quiz);
        return stores.attempts().startSelfStudy(hash, ids);
    }

    /** A new self-study attempt with only the questions missed in a finished one. */
    public IssuedAttempt practiseMissed(AttemptView view) {
        if (!view.resultsVisible()) {
            throw Problem.conflict(view.waitingMessage());
        }
        List<String> missed = view.score().missed();
        if (missed.isEmpty()) {
            throw Problem.conflict("You got every question right: there is nothing to practise again.");
        }
        return stores.attempts().startSelfStudy(view.attempt().quizHash(), missed);
    }

    /**
     * A class session runs the quiz's approved questions; a quiz with none approved runs its
     * drafts only when the teacher asked for that. Rejected questions never run.
     */
    public ClassSession createSession(String quizId, Feedback feedback, boolean drafts) {
        return createSession(quizId, feedback, drafts, null);
    }

    /** As {@link #createSession(String, Feedback, boolean)}, closing by itself after {@code timeLimitSeconds} when given. */
    public ClassSession createSession(String quizId, Feedback feedback, boolean drafts, Integer timeLimitSeconds) {
        if (timeLimitSeconds != null && (timeLimitSeconds < 1 || timeLimitSeconds > MAX_TIME_LIMIT_SECONDS)) {
            throw Problem.badRequest("The time limit must be between 1 minute and " + MAX_TIME_LIMIT_SECONDS / 3600 + " hours.");
        }
        Quiz quiz = quiz(quizId);
        List<Question> chosen = quiz.approvedQuestions();
        if (chosen.isEmpty()) {
            if (!drafts) {
                throw Problem.conflict("Quiz " + quizId + " has no approved questions yet. Approve some, or start the session"
                        + " with its draft questions (drafts: true).");
            }
            chosen = quiz.questions().stream().filter(q -> q.status() == Status.DRAFT).toList();
        }
        if (chosen.isEmpty()) {
            throw Problem.conflict("Quiz " + quizId + " has no questions a class could answer.");
        }
        String hash = stores.quizzes().snapshot(quiz);
        return stores.sessions().create(hash, feedback, drafts, chosen.stream().map(Question::id).toList(), timeLimitSeconds);
    }

    /** Joins a class; with a personal code, continues the attempt already made under that name. */
    public IssuedAttempt join(String code, String name, String rejoinCode) {
        String displayName = displayName(name);
        String normalized = Codes.normalize(code);
        if (normalized.isEmpty()) {
            throw Problem.badRequest("Type the class code your teacher gave you.");
        }
        ClassSession session = stores.sessions().byCode(normalized).orElseThrow(() -> Problem.notFound(
                "No class uses the code " + shorten(normalized) + ". Check it with your teacher."));
        if (rejoinCode != null && !rejoinCode.isBlank()) {
            return stores.attempts().rejoin(session.id(), displayName, rejoinCode);
        }
        IssuedAttempt joined = stores.attempts().join(session.id(), displayName);
        activity.changed(session.id());
        return joined;
    }

    public Optional<Attempt> attemptForToken(String token) {
        return stores.attempts().byToken(token);
    }

    public AttemptView view(Attempt attempt) {
        Quiz quiz = stores.quizzes().byHash(attempt.quizHash())
                .orElseThrow(() -> new IllegalStateException("missing quiz snapshot " + attempt.quizHash()));
        ClassSession session = attempt.sessionId() == null ? null
                : stores.sessions().byId(attempt.sessionId()).orElseThrow(() -> new IllegalStateException("missing session"));
        List<Question> questions = attempt.questionIds().stream().map(quiz::question).filter(q -> q != null).toList();
        Map<String, Answer> answers = new HashMap<>();
        for (Answer a : stores.answers().forAttempt(attempt.id())) {
            answers.put(a.questionId(), a);
        }
        return new AttemptView(attempt, quiz, session, questions, answers);
    }

    /** Checks and stores an answer; returns the attempt as it is after the answer committed. */
    public Answered answer(AttemptView view, String questionId, List<String> chosen) {
        List<String> normalized = check(view, questionId, chosen);
        boolean correct = AnswerRules.correct(view.question(questionId).orElseThrow(), normalized);
        return answered(view, questionId, stores.answers().save(view.id(), questionId, normalized, correct, view.locksAnswers()));
    }

    /**
     * The same without waiting: a bad answer throws at once; a good one is queued for the next
     * group commit, and the future completes on {@code after} once it has committed (or fails
     * with {@link Refused} or a store failure). A request waiting for it holds no server thread.
     */
    public CompletableFuture<Answered> answerLater(AttemptView view, String questionId, List<String> chosen, Executor after) {
        List<String> normalized = check(view, questionId, chosen);
        boolean correct = AnswerRules.correct(view.question(questionId).orElseThrow(), normalized);
        return stores.answers().submit(view.id(), questionId, normalized, correct, view.locksAnswers())
                .thenApplyAsync(saved -> answered(view, questionId, saved), after);
    }

    /** The chosen ids in canonical order, or the reason they cannot be saved. */
    private static List<String> check(AttemptView view, String questionId, List<String> chosen) {
        Question question = view.question(questionId)
                .orElseThrow(() -> Problem.notFound("This attempt has no question " + shorten(questionId) + "."));
        if (!view.acceptsAnswers() && !view.answers().containsKey(questionId)) {
            throw view.sessionClosed()
                    ? new Refused(Refused.Reason.SESSION_CLOSED, "This class session is closed, so answers are no longer accepted.")
                    : new Refused(Refused.Reason.ATTEMPT_FINISHED, "You have already handed in this quiz, so answers can no longer change.");
        }
        return AnswerRules.normalize(question, chosen);
    }

    private Answered answered(AttemptView view, String questionId, SavedAnswer saved) {
        if (view.classroom() && saved.outcome() != SavedAnswer.Outcome.CONFIRMED) {
            activity.changed(view.session().id());
        }
        Map<String, Answer> answers = new HashMap<>(view.answers());
        answers.put(questionId, saved.answer());
        return new Answered(new AttemptView(view.attempt(), view.quiz(), view.session(), view.questions(), answers), saved);
    }

    public AttemptView finish(AttemptView view) {
        Attempt finished = stores.attempts().finish(view.id());
        if (view.classroom()) {
            activity.changed(view.session().id());
        }
        return new AttemptView(finished, view.quiz(), view.session(), view.questions(), view.answers());
    }

    private Quiz quiz(String quizId) {
        return library.byId(quizId).orElseThrow(() -> Problem.notFound("There is no quiz called " + shorten(quizId) + "."));
    }

    /** A display name: 1 to 40 characters with a letter or digit, no control or invisible characters. */
    static String displayName(String raw) {
        String name = raw == null ? "" : Normalizer.normalize(raw, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
        if (name.isEmpty()) {
            throw Problem.badRequest("Type your name so your teacher knows whose answers these are.");
        }
        if (name.codePointCount(0, name.length()) > MAX_NAME_LENGTH) {
            throw Problem.badRequest("Your name can be at most " + MAX_NAME_LENGTH + " characters long.");
        }
        boolean hasLetterOrDigit = false;
        for (int cp : name.codePoints().toArray()) {
            int type = Character.getType(cp);
            if (type == Character.CONTROL || type == Character.FORMAT || type == Character.PRIVATE_USE
                    || type == Character.SURROGATE || type == Character.UNASSIGNED) {
                throw Problem.badRequest("Your name contains a character that cannot be shown. Use letters, digits and spaces.");
            }
            hasLetterOrDigit |= Character.isLetterOrDigit(cp);
        }
        if (!hasLetterOrDigit) {
            throw Problem.badRequest("Your name needs at least one letter or digit.");
        }
        return name;
    }

    static String shorten(String s) {
        if (s == null) {
            return "";
        }
        return s.length() > 40 ? s.substring(0, 40) + "\u2026" : s;
    }
}
