package newsquiz.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Simulated students in one class session, each working through the quiz as the browser app
 * does: join, load the attempt, think, answer, next question, hand in. One thread per student,
 * blocking on each call, as a real student waits for each answer to be saved.
 */
public final class StudentLoad {
    /** After a failed call a student waits this long before going on, instead of hammering. */
    private static final long BACKOFF_MILLIS = 1000;

    private final ApiClient api;
    private final String sessionCode;

    public StudentLoad(ApiClient api, String sessionCode) {
        this.api = api;
        this.sessionCode = sessionCode;
    }

    public PhaseResult run(LoadPhase phase) throws InterruptedException {
        return new Run(phase).execute();
    }

    /** Picks an answer the API accepts: one choice, some choices, or every item in some order. */
    public static List<String> pick(JsonNode question) {
        List<String> ids = new ArrayList<>();
        question.get("choices").forEach(c -> ids.add(c.get("id").asText()));
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return switch (question.path("type").asText()) {
            case "ordering" -> {
                Collections.shuffle(ids, random);
                yield ids;
            }
            case "multiple_choice" -> {
                Collections.shuffle(ids, random);
                yield List.copyOf(ids.subList(0, 1 + random.nextInt(ids.size())));
            }
            default -> List.of(ids.get(random.nextInt(ids.size())));
        };
    }

    /** One phase's students and counters. */
    private final class Run {
        final LoadPhase phase;
        final long start = System.nanoTime();
        final long deadline;
        final AtomicLong answers = new AtomicLong();
        final AtomicLong attempts = new AtomicLong();
        final AtomicLong requests = new AtomicLong();
        final AtomicLong errors = new AtomicLong();
        final AtomicLong serverErrors = new AtomicLong();
        final AtomicLong retried = new AtomicLong();
        final Latencies answerLatency = new Latencies();
        final Latencies requestLatency = new Latencies();
        final Set<String> errorSamples = Collections.synchronizedSet(new LinkedHashSet<>());

        Run(LoadPhase phase) {
            this.phase = phase;
            this.deadline = start + phase.duration().toNanos();
        }

        PhaseResult execute() throws InterruptedException {
            List<Thread> threads = new ArrayList<>();
            long ramp = phase.rampUp().toMillis();
            for (int i = 0; i < phase.students(); i++) {
                long delay = phase.students() == 1 ? 0 : ramp * i / (phase.students() - 1);
                int index = i;
                Thread t = new Thread(() -> student(index, delay), "student-" + i);
                t.setDaemon(true);
                threads.add(t);
                t.start();
            }
            // Calls in flight at the deadline may finish (and count if they fail) but are not timed into the rate.
            long joinBy = System.currentTimeMillis() + phase.duration().toMillis() + 120_000;
            for (Thread t : threads) {
                t.join(Math.max(1, joinBy - System.currentTimeMillis()));
                if (t.isAlive()) {
                    errors.incrementAndGet();
                    errorSamples.add("a student was still waiting for the server two minutes after the phase ended");
                }
            }
            double seconds = phase.duration().toNanos() / 1e9;
            List<String> samples = List.copyOf(errorSamples);
            return new PhaseResult(phase, seconds, answers.get(), attempts.get(), requests.get(), answerLatency, requestLatency,
                    errors.get(), serverErrors.get(), retried.get(), samples.subList(0, Math.min(10, samples.size())));
        }

        void student(int index, long delay) {
            try {
                if (!pause(delay)) {
                    return;
                }
                for (int round = 0; !over(); round++) {
                    String name = phase.name().replaceAll("[^A-Za-z]", "") + " " + index + "." + round;
                    ApiClient.Reply joined = call("join", () -> api.join(sessionCode, name));
                    if (joined == null) {
                        pause(BACKOFF_MILLIS);
                        continue;
                    }
                    attempts.incrementAndGet();
                    if (!work(ApiClient.joined(joined)) || !phase.again() || !pause(think())) {
                        return;
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        /** Answers every question and hands in; false when the phase ended first. */
        boolean work(ApiClient.Joined me) throws InterruptedException {
            ApiClient.Reply attempt;
            while ((attempt = call("load attempt", () -> api.attempt(me.attemptId(), me.token()))) == null) {
                if (!pause(BACKOFF_MILLIS)) {
                    return false;
                }
            }
            for (JsonNode q : attempt.json().get("questions")) {
                if (!pause(think())) {
                    return false;
                }
                ApiClient.Reply saved = call("answer", () -> api.answer(me.attemptId(), me.token(), q.get("id").asText(), pick(q)));
                if (saved == null) {
                    pause(BACKOFF_MILLIS);
                    continue;
                }
                answerLatency.add(saved.nanos());
                if (!over()) {
                    answers.incrementAndGet();
                }
            }
            return !over() && call("hand in", () -> api.finish(me.attemptId(), me.token())) != null;
        }

        boolean over() {
            return System.nanoTime() >= deadline;
        }

        /** Sleeps, but not past the end of the phase; false when the phase is over. */
        boolean pause(long millis) throws InterruptedException {
            long left = (deadline - System.nanoTime()) / 1_000_000;
            if (left <= 0) {
                return false;
            }
            if (millis > 0) {
                Thread.sleep(Math.min(millis, left));
            }
            return !over();
        }

        long think() {
            long min = phase.minThink().toMillis();
            long max = phase.maxThink().toMillis();
            return max <= min ? min : ThreadLocalRandom.current().nextLong(min, max + 1);
        }

        /**
         * Makes the call and counts it; the reply when it succeeded (2xx), else null. A call whose
         * connection failed before any answer came back is sent once more, as browsers do on a
         * kept-alive connection the server has just closed (and as the JDK client already does
         * by itself for GET and PUT): only a second failure is an error. A repeated join that
         * finds its name taken had reached the server the first time; the student then joins
         * under another name, as after any lost acknowledgement.
         */
        ApiClient.Reply call(String what, Call call) throws InterruptedException {
            requests.incrementAndGet();
            ApiClient.Reply reply;
            long sent = System.nanoTime();
            try {
                reply = sendOnceMore(call);
            } catch (IOException e) {
                errors.incrementAndGet();
                errorSamples.add(String.format(Locale.ROOT, "%s: %s %s (after %d ms, %.1f s into the phase)", what,
                        e.getClass().getSimpleName(), e.getMessage(), (System.nanoTime() - sent) / 1_000_000, (sent - start) / 1e9));
                return null;
            }
            requestLatency.add(reply.nanos());
            if (!reply.ok()) {
                if (reply.retried() && reply.status() == 409) {
                    return null;
                }
                errors.incrementAndGet();
                if (reply.status() >= 500) {
                    serverErrors.incrementAndGet();
                }
                String body = reply.body().length() > 200 ? reply.body().substring(0, 200) : reply.body();
                errorSamples.add(what + ": " + reply.status() + " " + body);
                return null;
            }
            return reply;
        }

        private ApiClient.Reply sendOnceMore(Call call) throws IOException, InterruptedException {
            try {
                return call.send();
            } catch (IOException first) {
                retried.incrementAndGet();
                Thread.sleep(50);
                return call.send().asRetry();
            }
        }
    }

    @FunctionalInterface
    private interface Call {
        ApiClient.Reply send() throws IOException, InterruptedException;
    }
}
