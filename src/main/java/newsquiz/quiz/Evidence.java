package newsquiz.quiz;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** Verbatim text from the article that supports the key; {@code sentence} is the body sentence index. */
@JsonPropertyOrder({"sentence", "quote"})
public record Evidence(int sentence, String quote) {}
