package newsquiz.web.teacher.view;

import java.util.List;

/** Editing one question's wording, choices, key and explanation; {@code version} detects an edit made meanwhile elsewhere. */
public record EditQuestionPage(
        String csrf,
        String quizTitle,
        int number,
        String questionId,
        String type,
        String version,
        String prompt,
        String explanation,
        String status,
        KeyKind keyKind,
        boolean fixedChoices,
        List<ChoiceField> choices,
        List<String> errors,
        String action,
        String backUrl) {

    public EditQuestionPage {
        choices = List.copyOf(choices);
        errors = List.copyOf(errors);
    }

    /** How the key is picked: one choice, several, or none (an ordering question's key is the listed order). */
    public enum KeyKind { ONE, MANY, ORDER }

    public record ChoiceField(String id, String text, boolean key, boolean added) {}
}
