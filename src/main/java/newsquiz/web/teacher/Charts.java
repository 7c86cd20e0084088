package newsquiz.web.teacher;

import java.util.ArrayList;
import java.util.List;
import newsquiz.web.teacher.view.Chart;

/** The results charts: how many students got each score, and the share right for each kind of question. */
final class Charts {
    private static final int LEFT = 44;
    private static final int BOTTOM = 44;
    private static final int TOP = 24;
    private static final int BAR_STEP = 30;
    private static final int PLOT_HEIGHT = 160;
    private static final int LEFT_PAD = 16;

    private Charts() {}

    /** {@code counts.get(n)} students got n questions right; bars from 0 to the number of questions. */
    static Chart histogram(List<Integer> counts) {
        int max = Math.max(1, counts.stream().mapToInt(Integer::intValue).max().orElse(1));
        int width = Math.max(200, LEFT + counts.size() * BAR_STEP + 16);
        int height = TOP + PLOT_HEIGHT + BOTTOM;
        int baseline = TOP + PLOT_HEIGHT;
        List<Chart.Rect> rects = new ArrayList<>();
        List<Chart.Text> texts = new ArrayList<>();
        List<Chart.Line> lines = new ArrayList<>();
        lines.add(new Chart.Line(LEFT - 4, baseline, width - 8, baseline, "chart-axis"));
        for (int tick : ticks(max)) {
            int y = baseline - tick * PLOT_HEIGHT / max;
            lines.add(new Chart.Line(LEFT - 4, y, width - 8, y, "chart-grid"));
            texts.add(new Chart.Text(LEFT - 8, y + 5, Integer.toString(tick), "chart-tick"));
        }
        for (int n = 0; n < counts.size(); n++) {
            int count = counts.get(n);
            int h = count * PLOT_HEIGHT / max;
            int x = LEFT + n * BAR_STEP + 4;
            String words = count + (count == 1 ? " student" : " students") + " with " + n + " right";
            if (count > 0) {
                rects.add(new Chart.Rect(x, baseline - h, BAR_STEP - 8, h, "chart-bar", words));
                texts.add(new Chart.Text(x + (BAR_STEP - 8) / 2, baseline - h - 5, Integer.toString(count), "chart-value"));
            }
            texts.add(new Chart.Text(x + (BAR_STEP - 8) / 2, baseline + 18, Integer.toString(n), "chart-category"));
        }
        texts.add(new Chart.Text(LEFT + (width - LEFT) / 2, height - 6, "questions right", "chart-axis-label"));
        StringBuilder description = new StringBuilder("Number of students by score: ");
        List<String> parts = new ArrayList<>();
        for (int n = 0; n < counts.size(); n++) {
            if (counts.get(n) > 0) {
                parts.add(counts.get(n) + " with " + n + " right");
            }
        }
        description.append(parts.isEmpty() ? "no scores yet." : String.join(", ", parts) + ".");
        return new Chart("histogram", width, height, "Scores", description.toString(), rects, texts, lines);
    }

    /**
     * Horizontal bars, each with its label on the line above, so the chart stays narrow enough for
     * a phone whatever the labels say; the figure follows the bar.
     */
    static Chart shareBars(String id, String title, List<String> labels, List<Double> shares) {
        int barWidth = 240;
        int step = 48;
        int width = LEFT_PAD + barWidth + 56;
        int height = 8 + labels.size() * step + 24;
        List<Chart.Rect> rects = new ArrayList<>();
        List<Chart.Text> texts = new ArrayList<>();
        List<Chart.Line> lines = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        for (int pct : new int[] {0, 50, 100}) {
            int x = LEFT_PAD + pct * barWidth / 100;
            lines.add(new Chart.Line(x, 22, x, height - 22, pct == 0 ? "chart-axis" : "chart-grid"));
            texts.add(new Chart.Text(x, height - 6, pct + "%", "chart-category"));
        }
        for (int i = 0; i < labels.size(); i++) {
            int y = 8 + i * step;
            double share = shares.get(i);
            texts.add(new Chart.Text(LEFT_PAD, y + 13, shorten(labels.get(i), 40), "chart-label-above"));
            if (Double.isNaN(share)) {
                texts.add(new Chart.Text(LEFT_PAD + 6, y + 33, "no answers", "chart-note"));
                parts.add(labels.get(i) + ": no answers");
                continue;
            }
            int percent = (int) Math.round(share * 100);
            int w = Math.max(2, percent * barWidth / 100);
            rects.add(new Chart.Rect(LEFT_PAD, y + 19, w, 18, "chart-bar", labels.get(i) + ": " + percent + "% right"));
            texts.add(new Chart.Text(LEFT_PAD + w + 6, y + 33, percent + "%", "chart-end"));
            parts.add(labels.get(i) + " " + percent + "%");
        }
        String description = title + ", share of right answers: " + (parts.isEmpty() ? "none yet." : String.join("; ", parts) + ".");
        return new Chart(id, width, height, title, description, rects, texts, lines);
    }

    /** About four round steps up to the maximum. */
    static List<Integer> ticks(int max) {
        int step = Math.max(1, (int) Math.ceil(max / 4.0));
        List<Integer> ticks = new ArrayList<>();
        for (int t = step; t <= max; t += step) {
            ticks.add(t);
        }
        return ticks;
    }

    private static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "\u2026";
    }
}
