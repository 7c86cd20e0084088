package newsquiz.store;

/** What saving an answer did: a first answer, a changed one, or a repeat that was already stored. */
public record SavedAnswer(Answer answer, Outcome outcome) {
    public enum Outcome { CREATED, REPLACED, CONFIRMED }
}
