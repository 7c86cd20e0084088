package newsquiz.web;

import io.javalin.http.Context;

/**
 * Guards what only a teacher may do through the API (creating sessions, reading results). The
 * teacher area supplies one that checks HTTP Basic; {@link #OPEN} is for benchmarks and tools
 * that run the learner areas alone.
 */
@FunctionalInterface
public interface TeacherGate {
    TeacherGate OPEN = ctx -> { };

    /** Throws a {@link Problem} (401) when the request is not from the teacher. */
    void check(Context ctx);
}
