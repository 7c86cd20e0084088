package newsquiz.web.teacher;

import io.javalin.http.sse.SseClient;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongFunction;
import newsquiz.web.SessionActivity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pushes the live view of a session to the teachers watching it, as server-sent events. Activity
 * only marks a session as changed; one timer thread renders each changed session at most once a
 * tick and sends it, so a class answering at once costs one render, not one per answer. The same
 * thread does all sending, so no two writes to one client ever overlap.
 */
final class LiveUpdates implements SessionActivity {
    static final long TICK_MILLIS = 500;
    /** Every so often each watched session is sent again (a time limit may have run out) and idle connections are kept open. */
    static final int REFRESH_TICKS = 30;

    private static final Logger LOG = LoggerFactory.getLogger(LiveUpdates.class);

    private final LongFunction<String> render;
    private final Map<Long, Set<SseClient>> watchers = new ConcurrentHashMap<>();
    private final Set<Long> changed = ConcurrentHashMap.newKeySet();
    private ScheduledExecutorService timer;
    private long ticks;
    private boolean stopped;

    /** {@code render} turns a session id into the HTML of its live body. */
    LiveUpdates(LongFunction<String> render) {
        this.render = render;
    }

    @Override
    public void changed(long sessionId) {
        if (watchers.containsKey(sessionId)) {
            changed.add(sessionId);
        }
    }

    /** Keeps the client's connection open and sends it the session's live body, now and on every change. */
    void watch(long sessionId, SseClient client) {
        if (!start()) {
            client.close();
            return;
        }
        client.keepAlive();
        client.onClose(() -> {
            Set<SseClient> set = watchers.get(sessionId);
            if (set != null) {
                set.remove(client);
                watchers.computeIfPresent(sessionId, (id, s) -> s.isEmpty() ? null : s);
            }
        });
        watchers.computeIfAbsent(sessionId, id -> ConcurrentHashMap.newKeySet()).add(client);
        changed.add(sessionId);
    }

    private synchronized boolean start() {
        if (stopped) {
            return false;
        }
        if (timer == null) {
            timer = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "newsquiz-live-updates");
                t.setDaemon(true);
                return t;
            });
            timer.scheduleWithFixedDelay(this::tick, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
        }
        return true;
    }

    private void tick() {
        try {
            boolean refresh = ++ticks % REFRESH_TICKS == 0;
            for (Long sessionId : watchers.keySet()) {
                if (refresh || changed.remove(sessionId)) {
                    send(sessionId);
                }
            }
            changed.retainAll(watchers.keySet());
        } catch (RuntimeException e) {
            LOG.warn("live update failed", e);
        }
    }

    private void send(long sessionId) {
        Set<SseClient> clients = watchers.get(sessionId);
        if (clients == null || clients.isEmpty()) {
            return;
        }
        // One event carries the whole fragment; HTML does not need its line breaks.
        String html = render.apply(sessionId).replaceAll("[\r\n]+", " ");
        for (SseClient client : clients) {
            if (client.terminated()) {
                clients.remove(client);
            } else {
                client.sendEvent("update", html);
            }
        }
    }

    /** Stops the timer and ends every open stream (the server is stopping). */
    synchronized void stop() {
        stopped = true;
        if (timer != null) {
            timer.shutdownNow();
        }
        for (Set<SseClient> clients : watchers.values()) {
            for (SseClient client : clients) {
                try {
                    client.close();
                } catch (RuntimeException ignored) {
                    // already gone
                }
            }
        }
        watchers.clear();
    }
}
