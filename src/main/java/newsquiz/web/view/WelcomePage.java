package newsquiz.web.view;

/** Shown right after joining: the personal code to write down, and how feedback works in this session. */
public record WelcomePage(String quizTitle, String name, String personalCode, int questions, String feedbackNote, String startUrl) {}
