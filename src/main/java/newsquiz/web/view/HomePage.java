package newsquiz.web.view;

import java.util.List;

/** The start page: quizzes to practise alone, attempts to continue, and the class code box. */
public record HomePage(String csrf, List<QuizCard> quizzes, List<ResumeCard> resume) {
    public HomePage {
        quizzes = List.copyOf(quizzes);
        resume = List.copyOf(resume);
    }

    /** A quiz to start; {@code minutes} is the estimated time including reading the article. */
    public record QuizCard(String id, String title, int questions, int minutes, String startUrl, String progress) {}

    /** An attempt this browser can continue. */
    public record ResumeCard(String title, String url, String progress, String kind) {}
}
