package newsquiz.quiz;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** A quiz generated from one article, as stored in {@code quizzes/<id>.yaml}. */
@JsonPropertyOrder({"id", "title", "article", "articleSha256", "questions"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Quiz(String id, String title, String article, String articleSha256, List<Question> questions) {
    public Quiz {
        questions = questions == null ? List.of() : List.copyOf(questions);
    }

    public Quiz withQuestions(List<Question> replaced) {
        return new Quiz(id, title, article, articleSha256, replaced);
    }

    /** The questions a learner may see: everything a teacher has not rejected. */
    public List<Question> visibleQuestions() {
        return questions.stream().filter(q -> q.status() != Status.REJECTED).toList();
    }

    public List<Question> approvedQuestions() {
        return questions.stream().filter(q -> q.status() == Status.APPROVED).toList();
    }

    public Question question(String questionId) {
        return questions.stream().filter(q -> q.id().equals(questionId)).findFirst().orElse(null);
    }
}
