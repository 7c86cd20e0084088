package newsquiz.quiz;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Checks the rules every quiz keeps, whether generated, hand-edited or edited by a teacher. */
public final class QuizValidator {
    private QuizValidator() {}

    public static List<String> problems(Quiz quiz) {
        List<String> problems = new ArrayList<>();
        if (blank(quiz.id()) || !quiz.id().matches("[a-z0-9][a-z0-9-]{0,79}")) {
            problems.add("id must be 1-80 lower-case letters, digits or hyphens");
        }
        if (blank(quiz.title())) {
            problems.add("title is missing");
        }
        Set<String> ids = new HashSet<>();
        for (Question q : quiz.questions()) {
            String where = "question " + (blank(q.id()) ? "?" : q.id());
            if (blank(q.id())) {
                problems.add("a question has no id");
            } else if (!ids.add(q.id())) {
                problems.add(where + ": id is used twice");
            }
            problems.addAll(problems(q).stream().map(p -> where + ": " + p).toList());
        }
        return problems;
    }

    public static List<String> problems(Question q) {
        List<String> problems = new ArrayList<>();
        if (q.type() == null) {
            problems.add("type is missing");
        }
        if (q.skill() == null) {
            problems.add("skill is missing");
        }
        if (q.status() == null) {
            problems.add("status is missing");
        }
        if (blank(q.prompt())) {
            problems.add("the question text is empty");
        }
        if (q.choices().size() < 2) {
            problems.add("needs at least two choices");
        }
        Set<String> choiceIds = new HashSet<>();
        Set<String> texts = new HashSet<>();
        for (Choice c : q.choices()) {
            if (blank(c.id())) {
                problems.add("a choice has no id");
            } else if (!choiceIds.add(c.id())) {
                problems.add("choice id " + c.id() + " is used twice");
            }
            if (blank(c.text())) {
                problems.add("choice " + c.id() + " has no text");
            } else if (!texts.add(c.text().strip().toLowerCase(Locale.ROOT))) {
                problems.add("two choices say the same thing");
            }
        }
        long correct = q.choices().stream().filter(Choice::correct).count();
        if (correct == 0) {
            problems.add("no choice is marked correct");
        } else if (correct > 1 && q.type() != QuestionType.MULTIPLE_CHOICE && q.type() != QuestionType.ORDERING) {
            problems.add("only one choice may be correct for " + q.type().json());
        }
        return problems;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
