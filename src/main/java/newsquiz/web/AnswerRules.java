package newsquiz.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import newsquiz.quiz.Choice;
import newsquiz.quiz.Question;
import newsquiz.quiz.QuestionType;

/** What counts as a well-formed answer to a question, and whether it is right. */
public final class AnswerRules {
    private AnswerRules() {}

    /**
     * Checks the chosen ids and puts them in a canonical order (the quiz's order, except for
     * ordering questions where the learner's order is the answer), so a re-send compares equal.
     */
    static List<String> normalize(Question question, List<String> chosen) {
        if (chosen == null || chosen.isEmpty()) {
            throw Problem.badRequest(question.type() == QuestionType.MULTIPLE_CHOICE
                    ? "Pick at least one answer first." : "Pick an answer first.");
        }
        List<String> ids = question.choices().stream().map(Choice::id).toList();
        for (String id : chosen) {
            if (id == null || !ids.contains(id)) {
                throw Problem.badRequest("\u201c" + shorten(id) + "\u201d is not one of this question's choices.");
            }
        }
        Set<String> distinct = new HashSet<>(chosen);
        if (distinct.size() != chosen.size()) {
            throw Problem.badRequest("Each choice can be picked only once.");
        }
        return switch (question.type()) {
            case SINGLE_CHOICE, TRUE_FALSE, TRUE_FALSE_NOT_GIVEN -> {
                if (chosen.size() != 1) {
                    throw Problem.badRequest("Pick exactly one answer.");
                }
                yield List.copyOf(chosen);
            }
            case MULTIPLE_CHOICE -> ids.stream().filter(distinct::contains).toList();
            case ORDERING -> {
                if (chosen.size() != ids.size()) {
                    throw Problem.badRequest("Put every item in a place: " + ids.size() + " places, each item once.");
                }
                yield List.copyOf(chosen);
            }
        };
    }

    static boolean correct(Question question, List<String> normalized) {
        if (question.type() == QuestionType.ORDERING) {
            return normalized.equals(key(question));
        }
        return new HashSet<>(normalized).equals(new HashSet<>(key(question)));
    }

    /** The right answer: the correct choices, or for ordering every choice in the quiz's order. */
    public static List<String> key(Question question) {
        List<String> key = new ArrayList<>();
        for (Choice c : question.choices()) {
            if (question.type() == QuestionType.ORDERING || c.correct()) {
                key.add(c.id());
            }
        }
        return key;
    }

    private static String shorten(String id) {
        if (id == null) {
            return "null";
        }
        return id.length() > 20 ? id.substring(0, 20) + "\u2026" : id;
    }
}
