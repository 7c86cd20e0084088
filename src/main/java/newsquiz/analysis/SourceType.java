package newsquiz.analysis;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The kind of source an attribution names. */
public enum SourceType {
    PERSON, ORGANIZATION, OUTLET, GOVERNMENT, ANONYMOUS, UNKNOWN;

    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}
