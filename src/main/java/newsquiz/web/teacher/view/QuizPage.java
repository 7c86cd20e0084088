package newsquiz.web.teacher.view;

import java.util.List;

/** One quiz under review: each question with its key and actions, starting a session, downloads. */
public record QuizPage(
        String csrf,
        Notice notice,
        String id,
        String title,
        String article,
        String briefingUrl,
        int approved,
        int drafts,
        int rejected,
        List<QuestionCard> questions,
        String approveDraftsAction,
        Start start,
        List<Download> downloads,
        List<SessionLink> sessions) {

    public QuizPage {
        questions = List.copyOf(questions);
        downloads = List.copyOf(downloads);
        sessions = List.copyOf(sessions);
    }

    public record QuestionCard(int number, String id, String anchor, String status, String statusLabel, String type, String skill,
            String focus, String difficulty, String prompt, List<ChoiceLine> choices, String explanation, List<String> evidence,
            String statusAction, String editUrl) {
        public QuestionCard {
            choices = List.copyOf(choices);
            evidence = List.copyOf(evidence);
        }
    }

    /** A choice as the teacher sees it: {@code key} marks the right one(s); for ordering, the list is the right order. */
    public record ChoiceLine(String id, String text, boolean key) {}

    /** The start-a-session form; {@code confirmDrafts} asks the teacher to confirm running unreviewed drafts. */
    public record Start(String action, String quizId, boolean possible, boolean confirmDrafts, int questions, String reason) {}

    public record Download(String label, String url, String hint) {}

    public record SessionLink(String code, String started, String state, String url) {}
}
