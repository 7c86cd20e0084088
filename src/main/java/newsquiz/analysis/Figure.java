package newsquiz.analysis;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * A number or date in the article and what it counts: "50,000" North Korean workers, "$500
 * million" in foreign exchange, "April 2019" (the Vladivostok summit). {@code source} names who
 * gave the figure when an attribution covers it.
 */
public record Figure(String value, Kind kind, String counts, String context, int sentence, String source) {
    public enum Kind {
        COUNT, MONEY, PERCENT, MEASURE, DATE, YEAR, TIME, RANGE;

        @JsonValue
        public String json() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
