package newsquiz.web.teacher;

import io.javalin.security.RouteRole;

/** Marks the routes only the signed-in teacher may use; checked before the route runs, whatever path spelled it. */
enum TeacherRole implements RouteRole {
    TEACHER
}
