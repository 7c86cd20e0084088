package newsquiz.web.view;

import java.util.List;

/**
 * One question of an attempt. {@code reveal} is null until the learner has answered and may see
 * the feedback: before that, nothing on the page tells which choice is right.
 */
public record QuestionPage(
        String csrf,
        String quizTitle,
        int number,
        int total,
        int answered,
        String prompt,
        String hint,
        Kind kind,
        List<Option> options,
        List<Slot> slots,
        boolean editable,
        String submitLabel,
        Notice notice,
        Reveal reveal,
        Nav nav,
        Learner learner) {

    public QuestionPage {
        options = List.copyOf(options);
        slots = List.copyOf(slots);
    }

    public enum Kind { ONE, MANY, ORDER }

    /** A choice; {@code mark} is empty before feedback, then "right", "wrong" or "missed". */
    public record Option(String id, String text, boolean checked, String mark, String markLabel) {}

    /** A place in an ordering question and the choice the learner put there. */
    public record Slot(int position, List<SlotOption> options) {
        public Slot {
            options = List.copyOf(options);
        }
    }

    public record SlotOption(String id, String text, boolean selected) {}

    /** A short message after an action: kind is "success", "info" or "error". */
    public record Notice(String kind, String text) {}

    public record Reveal(boolean correct, String headline, List<String> key, String explanation, List<Quote> evidence) {
        public Reveal {
            key = List.copyOf(key);
            evidence = List.copyOf(evidence);
        }
    }

    /** Verbatim evidence from the article; {@code paragraph} is 0 when it could not be located. */
    public record Quote(int paragraph, String text, String url) {}

    /** Where the learner can go from here; null entries are not shown. */
    public record Nav(String formAction, String articleUrl, String previousUrl, String nextUrl, String nextLabel,
            String finishAction, String summaryUrl) {}
}
