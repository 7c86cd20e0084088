package newsquiz.web.teacher.view;

/** A running session: how to join, the live figures (also sent as server-sent events), and closing it. */
public record LivePage(String csrf, Notice notice, String code, String quizTitle, String feedback, String joinUrl, String projectorUrl,
        String resultsUrl, String closeAction, String eventsUrl, LiveBody body) {}
