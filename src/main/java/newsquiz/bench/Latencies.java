package newsquiz.bench;

import java.util.Arrays;

/** Response times of one kind of request, kept whole so percentiles are exact. */
public final class Latencies {
    private long[] nanos = new long[1024];
    private int size;

    public synchronized void add(long value) {
        if (size == nanos.length) {
            nanos = Arrays.copyOf(nanos, size * 2);
        }
        nanos[size++] = value;
    }

    /** All the samples of several, as one. */
    public static Latencies of(java.util.List<Latencies> parts) {
        Latencies all = new Latencies();
        for (Latencies part : parts) {
            synchronized (part) {
                for (int i = 0; i < part.size; i++) {
                    all.add(part.nanos[i]);
                }
            }
        }
        return all;
    }

    public synchronized int count() {
        return size;
    }

    /** The p-th percentile (0–100) in milliseconds, by the nearest-rank method; 0 when empty. */
    public synchronized double percentile(double p) {
        if (size == 0) {
            return 0;
        }
        long[] sorted = Arrays.copyOf(nanos, size);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * size);
        return sorted[Math.max(0, Math.min(size - 1, rank - 1))] / 1e6;
    }

    public double max() {
        return percentile(100);
    }
}
