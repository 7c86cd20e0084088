package newsquiz.bench;

import java.util.List;

/**
 * What one phase measured. {@code answers} counts answers acknowledged (200, saved) within the
 * phase's time; {@code errors} counts every failed call, whatever its kind; {@code retried}
 * the calls sent a second time after their connection failed without an answer.
 */
public record PhaseResult(
        LoadPhase phase,
        double seconds,
        long answers,
        long attempts,
        long requests,
        Latencies answerLatency,
        Latencies requestLatency,
        long errors,
        long serverErrors,
        long retried,
        List<String> errorSamples) {

    public PhaseResult {
        errorSamples = List.copyOf(errorSamples);
    }

    public double answersPerSecond() {
        return answers / seconds;
    }
}
