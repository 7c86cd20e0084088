package newsquiz.web.teacher.view;

import java.util.List;

/** A small chart laid out on the server as SVG primitives; {@code description} says what it shows in words. */
public record Chart(String id, int width, int height, String title, String description, List<Rect> rects, List<Text> texts,
        List<Line> lines) {
    public Chart {
        rects = List.copyOf(rects);
        texts = List.copyOf(texts);
        lines = List.copyOf(lines);
    }

    public record Rect(int x, int y, int width, int height, String cssClass, String title) {}

    /** {@code cssClass} sets the anchor and size (chart-label, chart-value, chart-axis-label …). */
    public record Text(int x, int y, String text, String cssClass) {}

    public record Line(int x1, int y1, int x2, int y2, String cssClass) {}
}
