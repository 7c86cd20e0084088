package newsquiz.bench;

import java.time.Duration;

/**
 * One stretch of load: how many students, for how long, joining over {@code rampUp}, thinking
 * between {@code minThink} and {@code maxThink} before each answer. With {@code again}, a
 * student who has handed in joins once more under a new name, so the load lasts the whole phase.
 */
public record LoadPhase(String name, int students, Duration duration, Duration rampUp, Duration minThink, Duration maxThink,
        boolean again) {

    public LoadPhase {
        if (students < 1 || duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("a phase needs at least one student and some time");
        }
        if (maxThink.compareTo(minThink) < 0) {
            throw new IllegalArgumentException("maxThink is shorter than minThink");
        }
    }
}
