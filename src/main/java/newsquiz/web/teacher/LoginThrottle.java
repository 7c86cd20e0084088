package newsquiz.web.teacher;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * Slows down password guessing from one address: the first few wrong passwords cost nothing,
 * then each one makes the address wait twice as long before the next try, and after
 * {@link #LOCK_AFTER} the address is refused for {@link #LOCKOUT}. Keyed on the connection's
 * remote address, never on a forwarded-for header a client can write.
 */
final class LoginThrottle {
    static final int FREE_FAILURES = 3;
    static final int LOCK_AFTER = 10;
    static final Duration LOCKOUT = Duration.ofMinutes(15);
    static final Duration MAX_DELAY = Duration.ofMinutes(1);
    /** Addresses remembered at most; old entries go first, so a flood of addresses cannot exhaust memory. */
    static final int MAX_TRACKED = 10_000;

    private final Clock clock;
    private final Map<String, Failures> failures = new HashMap<>();

    private record Failures(int count, Instant last) {}

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** Zero when this address may try a password now, else how long it must wait. */
    synchronized Duration waitFor(String address) {
        Failures f = current(key(address));
        if (f == null || f.count() < FREE_FAILURES) {
            return Duration.ZERO;
        }
        Instant until = f.last().plus(f.count() >= LOCK_AFTER ? LOCKOUT : delay(f.count()));
        Duration left = Duration.between(clock.instant(), until);
        return left.isNegative() ? Duration.ZERO : left;
    }

    synchronized void failed(String address) {
        String key = key(address);
        Failures f = current(key);
        failures.put(key, new Failures(f == null ? 1 : f.count() + 1, clock.instant()));
        if (failures.size() > MAX_TRACKED) {
            forgetOld();
        }
    }

    synchronized void succeeded(String address) {
        failures.remove(key(address));
    }

    /** 1 s after the third failure, then 2, 4, 8 … up to a minute. */
    static Duration delay(int count) {
        int doublings = Math.min(count - FREE_FAILURES, 10);
        Duration d = Duration.ofSeconds(1L << doublings);
        return d.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : d;
    }

    /** An IPv6 client usually has a whole /64 to hop around in, so it counts as one address. */
    static String key(String address) {
        if (address == null) {
            return "";
        }
        String a = address.startsWith("[") && address.endsWith("]") ? address.substring(1, address.length() - 1) : address;
        if (a.indexOf(':') < 0) {
            return a;
        }
        int zone = a.indexOf('%');
        if (zone >= 0) {
            a = a.substring(0, zone);
        }
        try {
            byte[] bytes = java.net.InetAddress.getByName(a).getAddress();
            if (bytes.length == 16) {
                StringBuilder prefix = new StringBuilder();
                for (int i = 0; i < 8; i += 2) {
                    prefix.append(String.format("%02x%02x:", bytes[i], bytes[i + 1]));
                }
                return prefix.append(":/64").toString();
            }
        } catch (java.net.UnknownHostException e) {
            // not an address literal: keep it as it is
        }
        return a;
    }

    private Failures current(String key) {
        Failures f = failures.get(key);
        if (f != null && f.last().plus(LOCKOUT).isBefore(clock.instant())) {
            failures.remove(key);
            return null;
        }
        return f;
    }

    private void forgetOld() {
        Instant now = clock.instant();
        failures.values().removeIf(f -> f.last().plus(LOCKOUT).isBefore(now));
        Iterator<Map.Entry<String, Failures>> oldest = failures.entrySet().stream()
                .sorted(Map.Entry.comparingByValue((a, b) -> a.last().compareTo(b.last()))).toList().iterator();
        while (failures.size() > MAX_TRACKED && oldest.hasNext()) {
            failures.remove(oldest.next().getKey());
        }
    }
}
