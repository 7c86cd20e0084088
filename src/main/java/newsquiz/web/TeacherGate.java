package newsquiz.web;

import io.javalin.http.Context;

/**
 * Guards what only a teacher may do through the API (creating sessions now; results later).
 * Until teacher login exists the gate is open; issue 5 supplies one that checks HTTP Basic.
 */
@FunctionalInterface
public interface TeacherGate {
    TeacherGate OPEN = ctx -> { };

    /** Throws a {@link Problem} (401) when the request is not from the teacher. */
    void check(Context ctx);
}
