package newsquiz.quiz;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** An answer option; {@code id} is a short letter ("a", "b", …). */
@JsonPropertyOrder({"id", "text", "correct"})
public record Choice(String id, String text, boolean correct) {}
