package newsquiz.quiz;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How hard a question is expected to be. Written in files and JSON in lower case. */
public enum Difficulty {
    EASY, MEDIUM, HARD;

    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static Difficulty parse(String value) {
        if (value == null) {
            throw new IllegalArgumentException("missing value");
        }
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown value '" + value + "'");
        }
    }
}
