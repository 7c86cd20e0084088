package newsquiz.article;

import java.util.List;

/**
 * A news article as read: its title, body paragraphs (with subheadings), sentences with
 * character offsets into {@link #text()}, the lines kept out of the body as noise, and the
 * article's own closing source list.
 */
public record Article(
        String name,
        Format format,
        String title,
        String text,
        List<Paragraph> paragraphs,
        List<Sentence> sentences,
        List<NoiseLine> noise,
        List<String> sources) {

    public enum Format { TEXT, MARKDOWN, HTML }

    public List<Paragraph> bodyParagraphs() {
        return paragraphs.stream().filter(p -> p.kind() == Paragraph.Kind.BODY).toList();
    }

    /** Words of everything pasted, title and noise lines included: the length a reader sees. */
    public int pastedWordCount() {
        int words = wordCount() + (title == null || title.isBlank() ? 0 : title.trim().split("\\s+").length);
        for (NoiseLine n : noise) {
            words += n.text().isBlank() ? 0 : n.text().trim().split("\\s+").length;
        }
        return words;
    }

    public int wordCount() {
        int words = 0;
        for (Sentence s : sentences) {
            words += s.text().isBlank() ? 0 : s.text().trim().split("\\s+").length;
        }
        return words;
    }
}
