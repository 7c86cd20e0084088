package newsquiz.web.teacher.view;

import java.util.List;

/** The article as a careful reader sees it: who said what through whom, a source map, and the text itself. */
public record BriefingPage(String csrf, String quizTitle, String quizUrl, String articleTitle, String missing, List<Row> attributions,
        SourceMap map, List<Paragraph> paragraphs) {
    public BriefingPage {
        attributions = List.copyOf(attributions);
        paragraphs = List.copyOf(paragraphs);
    }

    /** One attributed statement; {@code paragraph} links to it in the text below (0 when unknown). */
    public record Row(String who, String type, String said, String via, List<String> flags, int paragraph) {
        public Row {
            flags = List.copyOf(flags);
        }
    }

    public record Paragraph(int number, boolean heading, String text) {}
}
