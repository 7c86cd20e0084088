package newsquiz.web.teacher;

import io.javalin.http.Context;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import newsquiz.store.ClassSession;
import newsquiz.store.Feedback;
import newsquiz.web.Problem;
import newsquiz.web.teacher.view.Notice;

/** Small things every teacher page needs: rendering, number and time formats, words for settings. */
final class Pages {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH)
            .withZone(ZoneId.systemDefault());
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ENGLISH)
            .withZone(ZoneId.systemDefault());

    private Pages() {}

    static void render(Context ctx, String template, Object page) {
        ctx.render(template, Map.of("page", page));
    }

    static String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }

    static String clock(Instant instant) {
        return instant == null ? "" : CLOCK.format(instant);
    }

    /** "75%", or a dash when there is nothing to divide. */
    static String percent(double share) {
        return Double.isNaN(share) ? "\u2014" : Math.round(share * 100) + "%";
    }

    static String decimal(double value) {
        return Double.isNaN(value) ? "\u2014" : String.format(Locale.ROOT, "%.2f", value);
    }

    static String oneDecimal(double value) {
        return Double.isNaN(value) ? "\u2014" : String.format(Locale.ROOT, "%.1f", value);
    }

    static String feedback(Feedback feedback) {
        return switch (feedback) {
            case IMMEDIATE -> "right or wrong after each answer";
            case END -> "results when each student hands in";
            case CLOSED -> "results when you close the session";
        };
    }

    static String state(ClassSession session) {
        if (session.closedAt() != null) {
            return "Closed " + time(session.closedAt());
        }
        if (session.closed()) {
            return "Time is up (" + time(session.deadline()) + ")";
        }
        if (session.deadline() != null) {
            long minutes = Math.max(0, (session.deadline().toEpochMilli() - System.currentTimeMillis() + 59_999) / 60_000);
            return "Open: closes by itself in " + minutes + (minutes == 1 ? " minute" : " minutes")
                    + " (" + clock(session.deadline()) + ")";
        }
        return "Open";
    }

    /** Messages shown after a redirect, by code, so no free text travels in the address. */
    static Notice notice(String code) {
        if (code == null) {
            return null;
        }
        return switch (code) {
            case "approved" -> new Notice("success", "Question approved.");
            case "rejected" -> new Notice("success", "Question rejected: learners will never see it.");
            case "draft" -> new Notice("success", "Question is a draft again.");
            case "edited" -> new Notice("success", "Question saved. Sessions already started keep the version they began with.");
            case "all-approved" -> new Notice("success", "All draft questions approved.");
            case "created" -> new Notice("success", "Quiz made from the article. Review each question: approve, edit or reject it.");
            case "closed" -> new Notice("success", "Session closed: no more answers are accepted.");
            case "out" -> new Notice("info", "You are signed out.");
            default -> null;
        };
    }

    /** A path parameter that must look like one of our ids; anything else is simply not found. */
    static String id(Context ctx, String name, String what) {
        String raw = ctx.pathParam(name);
        if (!raw.matches("[A-Za-z0-9][A-Za-z0-9_-]{0,99}")) {
            throw Problem.notFound("There is no " + what + " " + shorten(raw) + ".");
        }
        return raw;
    }

    static String shorten(String s) {
        if (s == null) {
            return "";
        }
        return s.length() > 40 ? s.substring(0, 40) + "\u2026" : s;
    }

    static String limit(String value, int max) {
        if (value == null) {
            return "";
        }
        return value.length() > max ? value.substring(0, max) : value;
    }
}
