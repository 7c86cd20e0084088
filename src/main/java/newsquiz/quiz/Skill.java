package newsquiz.quiz;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What a question practises. Written in files and JSON in lower case. */
public enum Skill {
    COMPREHENSION, SOURCE_EVALUATION;

    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static Skill parse(String value) {
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
