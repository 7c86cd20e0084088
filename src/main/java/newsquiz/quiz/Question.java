package newsquiz.quiz;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** One question with its answer key, explanation and verbatim evidence from the article. */
@JsonPropertyOrder({"id", "type", "skill", "focus", "difficulty", "status", "prompt", "choices", "explanation", "evidence"})
public record Question(
        String id,
        QuestionType type,
        Skill skill,
        String focus,
        Difficulty difficulty,
        Status status,
        String prompt,
        List<Choice> choices,
        String explanation,
        List<Evidence> evidence) {

    public Question {
        choices = choices == null ? List.of() : List.copyOf(choices);
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    public List<Choice> correctChoices() {
        return choices.stream().filter(Choice::correct).toList();
    }

    public Question withStatus(Status newStatus) {
        return new Question(id, type, skill, focus, difficulty, newStatus, prompt, choices, explanation, evidence);
    }
}
