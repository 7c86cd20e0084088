package newsquiz.web.teacher;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Classical test statistics over a students × items score matrix (1 right, 0 wrong or blank), as
 * Moodle's quiz statistics report computes them. Undefined figures (one student, an item everyone
 * got right) are {@link Double#NaN}, never a made-up number.
 */
public final class ItemStatistics {
    /** Below this many students the figures swing with a single answer. */
    public static final int SMALL_CLASS = 10;
    /** Moodle's guidance: a discrimination index under 0.2 (or negative) deserves a look. */
    public static final double LOW_DISCRIMINATION = 0.2;

    /**
     * The figures. {@code facility}: mean item score (share right). {@code discrimination}: the
     * Pearson (point-biserial) correlation between the item and the rest of the test (total minus
     * this item). Mean, median and standard deviation (sample, n − 1) are of the totals; {@code alpha}
     * is Cronbach's coefficient of internal consistency.
     */
    public record Result(int students, int items, List<Double> totals, List<Double> facility, List<Double> discrimination,
            double mean, double median, double standardDeviation, double alpha) {
        public Result {
            totals = List.copyOf(totals);
            facility = List.copyOf(facility);
            discrimination = List.copyOf(discrimination);
        }
    }

    private ItemStatistics() {}

    /** {@code scores[s][i]} is student s's score on item i; every row must have the same length. */
    public static Result compute(double[][] scores) {
        int n = scores.length;
        int k = n == 0 ? 0 : scores[0].length;
        for (double[] row : scores) {
            if (row.length != k) {
                throw new IllegalArgumentException("every student needs a score for every item");
            }
        }
        double[] totals = new double[n];
        for (int s = 0; s < n; s++) {
            totals[s] = Arrays.stream(scores[s]).sum();
        }
        List<Double> facility = new ArrayList<>();
        List<Double> discrimination = new ArrayList<>();
        double itemVariances = 0;
        for (int i = 0; i < k; i++) {
            double[] item = new double[n];
            double[] rest = new double[n];
            for (int s = 0; s < n; s++) {
                item[s] = scores[s][i];
                rest[s] = totals[s] - scores[s][i];
            }
            facility.add(n == 0 ? Double.NaN : mean(item));
            discrimination.add(correlation(item, rest));
            itemVariances += sampleVariance(item);
        }
        double totalVariance = sampleVariance(totals);
        double alpha = k < 2 || n < 2 || totalVariance == 0 ? Double.NaN : k / (k - 1.0) * (1 - itemVariances / totalVariance);
        return new Result(n, k, Arrays.stream(totals).boxed().toList(), facility, discrimination, n == 0 ? Double.NaN : mean(totals),
                median(totals), Math.sqrt(totalVariance), alpha);
    }

    static double mean(double[] xs) {
        double sum = 0;
        for (double x : xs) {
            sum += x;
        }
        return sum / xs.length;
    }

    static double median(double[] xs) {
        if (xs.length == 0) {
            return Double.NaN;
        }
        double[] sorted = xs.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    /** With n − 1 in the denominator; NaN for fewer than two values. */
    static double sampleVariance(double[] xs) {
        if (xs.length < 2) {
            return Double.NaN;
        }
        double m = mean(xs);
        double sum = 0;
        for (double x : xs) {
            sum += (x - m) * (x - m);
        }
        return sum / (xs.length - 1);
    }

    /** Pearson's r; NaN when either side does not vary (nothing to correlate). */
    static double correlation(double[] xs, double[] ys) {
        if (xs.length < 2) {
            return Double.NaN;
        }
        double mx = mean(xs);
        double my = mean(ys);
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < xs.length; i++) {
            sxy += (xs[i] - mx) * (ys[i] - my);
            sxx += (xs[i] - mx) * (xs[i] - mx);
            syy += (ys[i] - my) * (ys[i] - my);
        }
        // Sums of squares of 0/1 data are exact multiples of 1/n; anything this small is rounding noise.
        if (sxx < 1e-12 || syy < 1e-12) {
            return Double.NaN;
        }
        return sxy / Math.sqrt(sxx * syy);
    }
}
