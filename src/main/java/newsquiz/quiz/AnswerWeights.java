package newsquiz.quiz;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Set;

/**
 * Partial credit for a multiple-answer question, as Moodle scores them: each correct choice earns an equal share
 * of the mark, each wrong choice costs an equal share, so ticking every box scores zero.
 */
record AnswerWeights(int correct, int wrong) {
    /** Moodle only imports grades on its fixed list; 1/n is on it for these n. */
    private static final Set<Integer> MOODLE_LISTED_SHARES = Set.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 20);

    static AnswerWeights of(Question question) {
        int correct = question.correctChoices().size();
        return new AnswerWeights(correct, question.choices().size() - correct);
    }

    /** As Moodle writes percentages: at most five decimals, no trailing zeros ("33.33333", "-50", "100"). */
    String percent(Choice choice) {
        return share(choice, BigDecimal.valueOf(100), 5);
    }

    /** The same weight as a fraction of the mark, for QTI's response mapping ("0.3333333", "-0.5", "1"). */
    String fraction(Choice choice) {
        return share(choice, BigDecimal.ONE, 7);
    }

    boolean onMoodleGradeList() {
        return MOODLE_LISTED_SHARES.contains(correct) && (wrong == 0 || MOODLE_LISTED_SHARES.contains(wrong));
    }

    private String share(Choice choice, BigDecimal whole, int scale) {
        int parts = choice.correct() ? correct : wrong;
        BigDecimal value = whole.divide(BigDecimal.valueOf(parts), scale, RoundingMode.HALF_UP);
        return (choice.correct() ? value : value.negate()).stripTrailingZeros().toPlainString();
    }
}
