package newsquiz.generate;

import java.util.HashMap;
import java.util.Map;
import newsquiz.quiz.QuestionType;

/**
 * Whether two questions of one quiz give each other away: checked across the whole quiz, not question by question. One
 * instance serves one quiz's selection and remembers each text's normal form, since every pass compares every pair.
 */
final class QuizOverlap {
    private final Map<String, String> normal = new HashMap<>();

    /** Whether {@code answered}'s key shows in {@code asked}'s stem: a figure, or a claim of four words or more. */
    boolean reveals(Candidate answered, Candidate asked) {
        // An answer the family wrote itself has no article words to leak.
        if (answered.type() == QuestionType.TRUE_FALSE_NOT_GIVEN || answered.writtenChoices()) {
            return false;
        }
        String key = normal(answered.key());
        boolean figure = key.chars().anyMatch(Character::isDigit);
        if (!figure && key.split(" ").length < 4) {
            // A name in another stem tells who spoke there, not who said this.
            return false;
        }
        return WholeWord.in(normal(asked.prompt()), key);
    }

    static boolean shareSentence(Candidate a, Candidate b) {
        return a.sentences().stream().anyMatch(b.sentences()::contains);
    }

    private String normal(String text) {
        return normal.computeIfAbsent(text, Phrasing::key);
    }
}
