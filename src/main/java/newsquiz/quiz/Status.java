package newsquiz.quiz;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Where a question stands in the teacher's review; rejected ones never reach a learner. Written in files and JSON in lower case. */
public enum Status {
    DRAFT, APPROVED, REJECTED;

    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static Status parse(String value) {
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
