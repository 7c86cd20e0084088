package newsquiz.analysis;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What a source does with its statement. */
public enum Stance {
    ASSERT, DENY, CONFIRM, SUGGEST, PREDICT, OPINION, RETRACT;

    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}
