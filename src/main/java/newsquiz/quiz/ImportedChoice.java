package newsquiz.quiz;

/**
 * An answer option read from another tool's file. {@code fraction} is its share of the mark as Moodle gives it:
 * 1 for a single key, a share for each key of a multiple-answer question, 0 or below for a wrong choice.
 */
public record ImportedChoice(String text, double fraction) {
    public boolean correct() {
        return fraction > 0;
    }
}
