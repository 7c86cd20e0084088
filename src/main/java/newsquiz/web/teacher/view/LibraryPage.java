package newsquiz.web.teacher.view;

import java.util.List;

/** Every quiz with its article and how far its review has come; files that could not be read are listed too. */
public record LibraryPage(String csrf, Notice notice, List<QuizRow> quizzes, List<String> problems) {
    public LibraryPage {
        quizzes = List.copyOf(quizzes);
        problems = List.copyOf(problems);
    }

    public record QuizRow(String id, String title, String article, int questions, int approved, int drafts, int rejected,
            String reviewUrl, String briefingUrl) {}
}
