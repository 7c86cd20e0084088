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

    /**
     * Words of everything pasted, title, subheadings and noise lines included: the length a reader sees, counted as a
     * checker splitting the pasted text on white space would. A title taken from the first sentence is not counted twice.
     */
    public int pastedWordCount() {
        int words = 0;
        for (Paragraph p : paragraphs) {
            words += words(p.text());
        }
        boolean titleFromBody = title != null && !paragraphs.isEmpty() && paragraphs.get(0).text().startsWith(title.strip());
        words += titleFromBody ? 0 : words(title);
        for (NoiseLine n : noise) {
            words += words(n.text());
        }
        return words;
    }

    private static int words(String text) {
        return text == null || text.isBlank() ? 0 : text.trim().split("\\s+").length;
    }

    public int wordCount() {
        int words = 0;
        for (Sentence s : sentences) {
            words += words(s.text());
        }
        return words;
    }
}
