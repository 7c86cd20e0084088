package newsquiz.web.teacher.view;

import java.util.List;

/** The part of the live view that updates as students join and answer. */
public record LiveBody(boolean closed, String state, String status, List<Student> students, List<Question> questions) {
    public LiveBody {
        students = List.copyOf(students);
        questions = List.copyOf(questions);
    }

    /** {@code progress} is answered out of the session's questions. */
    public record Student(String name, int answered, int total, int percent, boolean finished) {}

    /** {@code share} is right out of answered so far, as a percentage; -1 before anyone answered. */
    public record Question(int number, String prompt, int answered, int correct, int share) {}
}
