package newsquiz.generate;

import java.util.Set;
import newsquiz.quiz.QuestionType;

/** Whether two questions of one quiz give each other away: checked across the whole quiz, not question by question. */
final class QuizOverlap {
    /** Answers the family writes itself ("It comes from a source the article does not name"): no article words to leak. */
    private static final Set<String> WRITTEN = Set.of("anon-why", "deny-words", "describe-meaning", "relay-count", "channel", "deny-how");

    private QuizOverlap() {}

    /** Whether {@code answered}'s key shows in {@code asked}'s stem: a figure, or a claim of four words or more. */
    static boolean reveals(Candidate answered, Candidate asked) {
        if (answered.type() == QuestionType.TRUE_FALSE_NOT_GIVEN || WRITTEN.contains(kind(answered))) {
            return false;
        }
        String key = Phrasing.key(answered.key());
        boolean figure = key.chars().anyMatch(Character::isDigit);
        if (!figure && key.split(" ").length < 4) {
            // A name in another stem tells who spoke there, not who said this.
            return false;
        }
        return WholeWord.in(Phrasing.key(asked.prompt()), key);
    }

    static boolean shareSentence(Candidate a, Candidate b) {
        return a.sentences().stream().anyMatch(b.sentences()::contains);
    }

    private static String kind(Candidate c) {
        int colon = c.fact().indexOf(':');
        return colon < 0 ? c.fact() : c.fact().substring(0, colon);
    }
}
