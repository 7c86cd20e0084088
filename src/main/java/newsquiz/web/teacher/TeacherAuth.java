package newsquiz.web.teacher;

import io.javalin.http.Context;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import newsquiz.web.Problem;
import newsquiz.web.TeacherGate;

/**
 * Who is the teacher: in the pages, whoever signed in with the password (a server-side session,
 * its id renewed at sign-in); in the JSON API, whoever sends the password with HTTP Basic (user
 * {@code teacher}). Every password tried, either way, counts for the address's throttle.
 */
public final class TeacherAuth implements TeacherGate {
    private static final String SIGNED_IN = "newsquiz.teacher";
    private static final String REALM = "Basic realm=\"newsquiz teacher\", charset=\"UTF-8\"";

    private final TeacherCredentials credentials;
    private final LoginThrottle throttle;

    TeacherAuth(TeacherCredentials credentials, LoginThrottle throttle) {
        this.credentials = credentials;
        this.throttle = throttle;
    }

    /** The API's check: HTTP Basic with user {@code teacher} and the teacher password, else 401 (or 429 while throttled). */
    @Override
    public void check(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            throw challenge(ctx, "Only the teacher may do this: send the teacher password with HTTP Basic (user \"teacher\").");
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw challenge(ctx, "The Authorization header is not valid HTTP Basic.");
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            throw challenge(ctx, "The Authorization header is not valid HTTP Basic.");
        }
        boolean userOk = TeacherCredentials.USER.equals(decoded.substring(0, colon));
        if (!tryPassword(ctx, userOk ? decoded.substring(colon + 1) : null)) {
            throw challenge(ctx, "Wrong user name or password.");
        }
    }

    /**
     * Checks a password from this request's address (null counts as wrong). Throws 429 while the
     * address must wait: even a right password is refused then, or waiting would not slow guessing down.
     */
    boolean tryPassword(Context ctx, String password) {
        String address = remoteAddress(ctx);
        Duration wait = throttle.waitFor(address);
        if (!wait.isZero()) {
            long seconds = Math.max(1, wait.toSeconds() + (wait.toMillisPart() > 0 ? 1 : 0));
            ctx.header("Retry-After", Long.toString(seconds));
            throw new Problem(429, "Too many wrong passwords from this computer. Try again in " + describe(seconds) + ".");
        }
        if (password != null && credentials.matches(password)) {
            throttle.succeeded(address);
            return true;
        }
        throttle.failed(address);
        return false;
    }

    boolean signedIn(Context ctx) {
        HttpSession session = ctx.req().getSession(false);
        if (session == null) {
            return false;
        }
        try {
            return Boolean.TRUE.equals(session.getAttribute(SIGNED_IN));
        } catch (IllegalStateException invalidated) {
            return false;
        }
    }

    /** Starts the teacher's session under a new id, so an id planted before sign-in is worthless. */
    void signIn(Context ctx) {
        ctx.req().getSession(true);
        ctx.req().changeSessionId();
        ctx.req().getSession().setAttribute(SIGNED_IN, Boolean.TRUE);
    }

    void signOut(Context ctx) {
        HttpSession session = ctx.req().getSession(false);
        if (session != null) {
            try {
                session.invalidate();
            } catch (IllegalStateException alreadyGone) {
                // nothing to end
            }
        }
    }

    boolean configured() {
        return credentials.configured();
    }

    /** The connection's own address: X-Forwarded-For is written by the client and proves nothing. */
    static String remoteAddress(Context ctx) {
        return ctx.req().getRemoteAddr();
    }

    private static Problem challenge(Context ctx, String message) {
        ctx.header("WWW-Authenticate", REALM);
        return new Problem(401, message);
    }

    static String describe(long seconds) {
        if (seconds < 90) {
            return seconds + (seconds == 1 ? " second" : " seconds");
        }
        long minutes = (seconds + 59) / 60;
        return minutes + " minutes";
    }
}
