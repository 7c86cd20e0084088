package newsquiz.article;

/** A body paragraph or a subheading; offsets are into {@link Article#text()}. */
public record Paragraph(int index, Kind kind, String text, int start, int end) {
    public enum Kind { BODY, SUBHEADING }
}
