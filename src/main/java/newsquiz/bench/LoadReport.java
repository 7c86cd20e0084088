package newsquiz.bench;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** What one load run measured, and whether each target of the exam scenario is met. */
record LoadReport(PhaseResult paced, List<PhaseResult> bursts, List<InsertBaseline.Result> baselines, PageRate.Comparison pages,
        int pageClients, double pageSeconds) {
    static final double P99_TARGET_MS = 100;
    static final double THROUGHPUT_TARGET = 1.0;
    static final double PAGE_TARGET = 0.3;

    LoadReport {
        bursts = List.copyOf(bursts);
        baselines = List.copyOf(baselines);
        if (baselines.size() != bursts.size() + 1) {
            throw new IllegalArgumentException("each round needs a baseline run before and after it");
        }
    }

    /** Each round's answers per second over the mean of the baseline runs either side of it. */
    double[] roundRatios() {
        double[] ratios = new double[bursts.size()];
        for (int i = 0; i < ratios.length; i++) {
            double baseline = (baselines.get(i).rowsPerSecond() + baselines.get(i + 1).rowsPerSecond()) / 2;
            ratios[i] = bursts.get(i).answersPerSecond() / baseline;
        }
        return ratios;
    }

    double throughputRatio() {
        return PageRate.median(roundRatios());
    }

    double baselineRate() {
        return PageRate.median(baselines.stream().mapToDouble(InsertBaseline.Result::rowsPerSecond).toArray());
    }

    long burstErrors() {
        return bursts.stream().mapToLong(PhaseResult::errors).sum();
    }

    boolean noErrors() {
        return paced.errors() == 0 && burstErrors() == 0;
    }

    boolean latencyMet() {
        return paced.requestLatency().percentile(99) < P99_TARGET_MS;
    }

    boolean allMet() {
        return noErrors() && latencyMet() && throughputRatio() >= THROUGHPUT_TARGET && pages.ratio() >= PAGE_TARGET;
    }

    void print(PrintWriter out) {
        double burstSeconds = bursts.stream().mapToDouble(PhaseResult::seconds).sum();
        long burstAnswers = bursts.stream().mapToLong(PhaseResult::answers).sum();
        Latencies burstAnswerLatency = Latencies.of(bursts.stream().map(PhaseResult::answerLatency).toList());
        Latencies burstRequestLatency = Latencies.of(bursts.stream().map(PhaseResult::requestLatency).toList());
        out.println();
        out.printf(Locale.ROOT, "%-30s %8s %7s %8s %8s %9s %7s %7s %7s %7s %6s %4s%n", "answers (PUT)", "students", "seconds",
                "attempts", "answers", "answers/s", "p50 ms", "p95 ms", "p99 ms", "max ms", "errors", "5xx");
        row(out, "realistic (think " + seconds(paced.phase().minThink()) + "-" + seconds(paced.phase().maxThink()) + " s)",
                paced.phase().students(), paced.seconds(), paced.attempts(), paced.answers(), paced.answerLatency(), paced.errors(),
                paced.serverErrors());
        row(out, "no pauses (" + bursts.size() + " rounds)", bursts.get(0).phase().students(), burstSeconds,
                bursts.stream().mapToLong(PhaseResult::attempts).sum(), burstAnswers, burstAnswerLatency, burstErrors(),
                bursts.stream().mapToLong(PhaseResult::serverErrors).sum());
        out.printf(Locale.ROOT, "every API call (join, load, answer, hand in): p99 %.1f ms with pauses, %.1f ms without%n",
                paced.requestLatency().percentile(99), burstRequestLatency.percentile(99));
        long retried = paced.retried() + bursts.stream().mapToLong(PhaseResult::retried).sum();
        if (retried > 0) {
            out.printf(Locale.ROOT, "calls sent once more after their connection closed without an answer: %d (not errors unless the"
                    + " second try failed too)%n", retried);
        }
        List<String> samples = new ArrayList<>(paced.errorSamples());
        bursts.forEach(b -> samples.addAll(b.errorSamples()));
        samples.stream().distinct().limit(10).forEach(s -> out.println("  error: " + s));
        out.println();
        out.printf(Locale.ROOT, "baseline: plain JDBC, one row per transaction (autocommit), %s: %.0f rows/s, median of %d runs"
                + " between the rounds (%s)%n", baselines.get(0).pragmas(), baselineRate(), baselines.size(),
                baselines.stream().map(b -> String.format(Locale.ROOT, "%.0f", b.rowsPerSecond())).collect(Collectors.joining(", ")));
        out.printf(Locale.ROOT, "app / baseline: %.2fx, median over the rounds of answers/s over the baseline runs either side"
                + " (rounds: %s answers/s; ratios: %s)%n", throughputRatio(),
                bursts.stream().map(b -> String.format(Locale.ROOT, "%.0f", b.answersPerSecond())).collect(Collectors.joining(", ")),
                Arrays.stream(roundRatios()).mapToObj(r -> String.format(Locale.ROOT, "%.2f", r)).collect(Collectors.joining(", ")));
        out.printf(Locale.ROOT, "pages: question page %.0f/s, bare Javalin handler %.0f/s (%d clients, median of %d rounds of %.0f s,"
                + " %d not served): ratio %.2f%n", pages.firstRate(), pages.secondRate(), pageClients, pages.firstRates().length,
                pageSeconds, pages.failures(), pages.ratio());
        out.println();
        out.println("targets");
        target(out, paced.phase().students() + " students at once, no errors", noErrors(), (paced.errors() + burstErrors()) + " errors");
        target(out, "p99 under " + (int) P99_TARGET_MS + " ms with realistic pauses", latencyMet(),
                String.format(Locale.ROOT, "%.1f ms", paced.requestLatency().percentile(99)));
        target(out, "answers/s at least " + THROUGHPUT_TARGET + "x the insert baseline", throughputRatio() >= THROUGHPUT_TARGET,
                String.format(Locale.ROOT, "%.2fx", throughputRatio()));
        target(out, "question page at least " + PAGE_TARGET + "x a bare handler", pages.ratio() >= PAGE_TARGET,
                String.format(Locale.ROOT, "%.2fx", pages.ratio()));
    }

    private static void row(PrintWriter out, String name, int students, double seconds, long attempts, long answers, Latencies l,
            long errors, long serverErrors) {
        out.printf(Locale.ROOT, "%-30s %8d %7.1f %8d %8d %9.1f %7.1f %7.1f %7.1f %7.1f %6d %4d%n", name, students, seconds, attempts,
                answers, answers / seconds, l.percentile(50), l.percentile(95), l.percentile(99), l.max(), errors, serverErrors);
    }

    private static void target(PrintWriter out, String what, boolean met, String figure) {
        out.printf(Locale.ROOT, "  %-50s %-6s %s%n", what, met ? "met" : "MISSED", figure);
    }

    private static String seconds(Duration d) {
        double s = d.toMillis() / 1000.0;
        return s == Math.rint(s) ? String.valueOf((long) s) : String.valueOf(s);
    }
}
