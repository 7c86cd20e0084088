package newsquiz.web;

/** Told when something happens in a class session (a student joins, answers or hands in), so live views can update. */
@FunctionalInterface
public interface SessionActivity {
    SessionActivity NONE = sessionId -> { };

    void changed(long sessionId);
}
