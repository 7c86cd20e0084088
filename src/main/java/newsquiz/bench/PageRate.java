package newsquiz.bench;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * Pages served per second with a fixed number of clients each sending its next request as soon
 * as the last one is answered. Two targets are measured in alternating rounds, so that JIT
 * warm-up and whatever else the machine does affect both alike; each gets the median of its rounds.
 */
public final class PageRate {
    /** A page to fetch and what counts as served (status and content). */
    public record Target(String name, HttpRequest request, Predicate<String> served) {}

    /** Requests per second for each target, the medians and how many responses were not served. */
    public record Comparison(Target first, Target second, double[] firstRates, double[] secondRates, long failures) {
        public double firstRate() {
            return median(firstRates);
        }

        public double secondRate() {
            return median(secondRates);
        }

        public double ratio() {
            return firstRate() / secondRate();
        }
    }

    /** Shared by both targets, so neither gets a better client. */
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final int clients;

    public PageRate(int clients) {
        this.clients = clients;
    }

    public Comparison compare(Target first, Target second, Duration warmUp, Duration round, int rounds) throws InterruptedException {
        AtomicLong failures = new AtomicLong();
        measure(first, warmUp, failures);
        measure(second, warmUp, failures);
        failures.set(0);
        double[] a = new double[rounds];
        double[] b = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            a[i] = measure(first, round, failures);
            b[i] = measure(second, round, failures);
        }
        return new Comparison(first, second, a, b, failures.get());
    }

    /** Served responses per second over the round; each client is a thread sending its next request when the last is answered. */
    double measure(Target target, Duration duration, AtomicLong failures) throws InterruptedException {
        AtomicLong served = new AtomicLong();
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            Thread t = new Thread(() -> {
                while (System.nanoTime() < end) {
                    try {
                        HttpResponse<String> r = http.send(target.request(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                        if (r.statusCode() == 200 && target.served().test(r.body())) {
                            served.incrementAndGet();
                        } else {
                            failures.incrementAndGet();
                        }
                    } catch (IOException e) {
                        failures.incrementAndGet();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }, "page-client-" + i);
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        return served.get() / ((System.nanoTime() - start) / 1e9);
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
