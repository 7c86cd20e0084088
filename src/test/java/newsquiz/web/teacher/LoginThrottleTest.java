package newsquiz.web.teacher;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {
    /** A clock the test moves by hand. */
    private static final class TestClock extends Clock {
        Instant now = Instant.parse("2025-01-01T08:00:00Z");

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }
    }

    @Test
    void freeTriesThenDoublingWaitsThenALockout() {
        TestClock clock = new TestClock();
        LoginThrottle throttle = new LoginThrottle(clock);
        String ip = "192.0.2.7";
        for (int i = 0; i < LoginThrottle.FREE_FAILURES; i++) {
            assertEquals(Duration.ZERO, throttle.waitFor(ip));
            throttle.failed(ip);
        }
        assertEquals(Duration.ofSeconds(1), throttle.waitFor(ip));
        clock.advance(Duration.ofSeconds(1));
        assertEquals(Duration.ZERO, throttle.waitFor(ip));
        throttle.failed(ip);
        assertEquals(Duration.ofSeconds(2), throttle.waitFor(ip));
        clock.advance(Duration.ofSeconds(2));
        throttle.failed(ip);
        assertEquals(Duration.ofSeconds(4), throttle.waitFor(ip));
        for (int f = 6; f <= LoginThrottle.LOCK_AFTER; f++) {
            clock.advance(throttle.waitFor(ip));
            throttle.failed(ip);
        }
        assertEquals(LoginThrottle.LOCKOUT, throttle.waitFor(ip));
        clock.advance(Duration.ofMinutes(14));
        assertEquals(Duration.ofMinutes(1), throttle.waitFor(ip));
        // Another address is not affected.
        assertEquals(Duration.ZERO, throttle.waitFor("192.0.2.8"));
        // After the lockout the address starts afresh.
        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        assertEquals(Duration.ZERO, throttle.waitFor(ip));
        throttle.failed(ip);
        assertEquals(Duration.ZERO, throttle.waitFor(ip));
    }

    @Test
    void aRightPasswordClearsTheCount() {
        LoginThrottle throttle = new LoginThrottle(new TestClock());
        for (int i = 0; i < 5; i++) {
            throttle.failed("198.51.100.1");
        }
        throttle.succeeded("198.51.100.1");
        assertEquals(Duration.ZERO, throttle.waitFor("198.51.100.1"));
    }

    @Test
    void ipv6AddressesCountPerSlash64() {
        assertEquals(LoginThrottle.key("2001:db8:1:2::1"), LoginThrottle.key("2001:db8:1:2:ffff::9"));
        LoginThrottle throttle = new LoginThrottle(new TestClock());
        for (int i = 0; i < LoginThrottle.FREE_FAILURES; i++) {
            throttle.failed("2001:db8:1:2::" + (i + 1));
        }
        assertEquals(Duration.ofSeconds(1), throttle.waitFor("[2001:db8:1:2::99]"));
        assertEquals(Duration.ZERO, throttle.waitFor("2001:db8:1:3::1"));
    }

    @Test
    void delaysAreCappedAtAMinute() {
        assertEquals(Duration.ofSeconds(1), LoginThrottle.delay(3));
        assertEquals(Duration.ofSeconds(32), LoginThrottle.delay(8));
        assertEquals(Duration.ofMinutes(1), LoginThrottle.delay(9));
    }
}
