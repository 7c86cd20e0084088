package newsquiz.web.teacher.view;

import java.util.List;

/** Every class session, newest first. */
public record SessionsPage(String csrf, List<Row> sessions) {
    public SessionsPage {
        sessions = List.copyOf(sessions);
    }

    public record Row(String code, String quizTitle, String started, boolean open, String state, int students, String liveUrl,
            String resultsUrl) {}
}
