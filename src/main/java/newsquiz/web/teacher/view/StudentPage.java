package newsquiz.web.teacher.view;

import java.util.List;

/** One student's attempt in a session, question by question. */
public record StudentPage(String csrf, String code, String quizTitle, String name, String state, int score, int total, int answered,
        String joined, String finished, List<Answer> answers, String backUrl) {
    public StudentPage {
        answers = List.copyOf(answers);
    }

    /** {@code mark} is "right", "wrong" or "blank"; {@code chosen} is null for a blank. */
    public record Answer(int number, String prompt, String mark, String markLabel, String chosen, String key, String time,
            int changes) {}
}
