package newsquiz.web.view;

import java.util.List;

/** Before handing in: what is answered. After: the score and its breakdown, when the learner may see it. */
public record SummaryPage(
        String csrf,
        String quizTitle,
        boolean finished,
        boolean resultsVisible,
        boolean acceptsAnswers,
        String message,
        int answered,
        int total,
        Result result,
        List<Row> rows,
        String finishAction,
        String practiseAction,
        Learner learner) {

    public SummaryPage {
        rows = List.copyOf(rows);
    }

    /** Score, a cheer that fits it, and bars by skill and by question family. */
    public record Result(int correct, int total, int percent, String cheer, List<Bar> bySkill, List<Bar> byFocus) {
        public Result {
            bySkill = List.copyOf(bySkill);
            byFocus = List.copyOf(byFocus);
        }
    }

    public record Bar(String label, int correct, int total, int percent) {}

    /** One question in the list; {@code status} is "right", "wrong", "answered" or "open". */
    public record Row(int number, String prompt, String status, String statusLabel, String url) {}
}
