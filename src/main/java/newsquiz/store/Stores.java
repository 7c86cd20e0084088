package newsquiz.store;

/** The store classes over one database, made together so they share one source of random codes. */
public record Stores(Database db, QuizStore quizzes, SessionStore sessions, AttemptStore attempts, AnswerStore answers) {
    public static Stores on(Database db) {
        Codes codes = new Codes();
        return new Stores(db, new QuizStore(db), new SessionStore(db, codes), new AttemptStore(db, codes), new AnswerStore(db));
    }
}
