package newsquiz.web.teacher.view;

import java.util.List;

/** After (or during) a session: the student × question grid, per-question figures and whole-test statistics. */
public record ResultsPage(
        String csrf,
        String code,
        String quizTitle,
        String state,
        String liveUrl,
        List<Download> downloads,
        Grid grid,
        Test test,
        List<QuestionReport> questions) {

    public ResultsPage {
        downloads = List.copyOf(downloads);
        questions = List.copyOf(questions);
    }

    public record Download(String label, String url) {}

    /** Column headers are sort links; {@code sort} is "ascending", "descending" or "none" for aria-sort. */
    public record Grid(Header name, Header score, List<Column> columns, List<Row> rows) {
        public Grid {
            columns = List.copyOf(columns);
            rows = List.copyOf(rows);
        }
    }

    public record Header(String label, String url, String sort) {}

    public record Column(int number, String prompt, String anchor, Header header) {}

    public record Row(String name, String url, int score, int total, boolean finished, List<Cell> cells) {
        public Row {
            cells = List.copyOf(cells);
        }
    }

    /** {@code mark} is "right", "wrong" or "blank"; {@code symbol} what is shown, {@code words} what a screen reader says. */
    public record Cell(String mark, String symbol, String words) {}

    public record Test(int students, int notStarted, int questions, String mean, String median, String deviation, String alpha,
            String smallClassWarning, Chart histogram, Chart families, List<FamilyRow> familyRows, List<Integer> histogramCounts) {
        public Test {
            familyRows = List.copyOf(familyRows);
            histogramCounts = List.copyOf(histogramCounts);
        }
    }

    public record FamilyRow(String label, int questions, String facility) {}

    public record QuestionReport(int number, String anchor, String prompt, String type, String focus, int answered, int blank,
            String facility, String discrimination, List<Option> options, String optionNote, List<String> flags) {
        public QuestionReport {
            options = List.copyOf(options);
            flags = List.copyOf(flags);
        }

        public boolean check() {
            return !flags.isEmpty();
        }
    }

    /** {@code percent} of the answers chose it (0–100) for the bar. */
    public record Option(String text, boolean key, int count, int percent) {}
}
