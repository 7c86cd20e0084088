package newsquiz.web.teacher.view;

/** The teacher's sign-in form; {@code next} is where to go afterwards (always a /teacher address). */
public record LoginPage(String csrf, String next, Notice notice) {}
