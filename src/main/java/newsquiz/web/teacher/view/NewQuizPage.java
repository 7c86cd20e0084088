package newsquiz.web.teacher.view;

/** Making a quiz from an article: paste its text or upload a file; the fields keep what was typed after an error. */
public record NewQuizPage(String csrf, String title, String text, Notice notice, int maxKilobytes) {}
