package newsquiz.article;

/** One body sentence: its index in the article, its paragraph, and offsets into the article text. */
public record Sentence(int index, int paragraph, String text, int start, int end) {}
