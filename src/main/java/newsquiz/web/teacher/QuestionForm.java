package newsquiz.web.teacher;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import newsquiz.quiz.Choice;
import newsquiz.quiz.Question;
import newsquiz.quiz.QuestionType;
import newsquiz.quiz.QuizValidator;
import newsquiz.quiz.Status;
import newsquiz.web.teacher.view.EditQuestionPage;

/**
 * The question edit form: fields are named by position ({@code text-0}, {@code key=0}), never by
 * choice id, so whatever ids a quiz file uses, the form cannot point at a choice that is not there.
 * The question's type, evidence and ids stay as they are.
 */
final class QuestionForm {
    static final int MAX_PROMPT = 1000;
    static final int MAX_CHOICE = 300;
    static final int MAX_EXPLANATION = 3000;
    static final int MAX_CHOICES = 8;
    static final String NEW = "new";

    /** The edited question (valid only when {@code errors} is empty) and the fields to show again. */
    record Parsed(Question question, List<String> errors, List<EditQuestionPage.ChoiceField> fields) {
        Parsed {
            errors = List.copyOf(errors);
            fields = List.copyOf(fields);
        }
    }

    private QuestionForm() {}

    static boolean fixedChoices(Question q) {
        return q.type() == QuestionType.TRUE_FALSE || q.type() == QuestionType.TRUE_FALSE_NOT_GIVEN;
    }

    static boolean canAdd(Question q) {
        return (q.type() == QuestionType.SINGLE_CHOICE || q.type() == QuestionType.MULTIPLE_CHOICE) && q.choices().size() < MAX_CHOICES;
    }

    static EditQuestionPage.KeyKind keyKind(Question q) {
        return switch (q.type()) {
            case MULTIPLE_CHOICE -> EditQuestionPage.KeyKind.MANY;
            case ORDERING -> EditQuestionPage.KeyKind.ORDER;
            default -> EditQuestionPage.KeyKind.ONE;
        };
    }

    /** The fields for a question as it is, with an empty slot for one more choice where one may be added. */
    static List<EditQuestionPage.ChoiceField> fields(Question q) {
        List<EditQuestionPage.ChoiceField> fields = new ArrayList<>();
        for (Choice c : q.choices()) {
            fields.add(new EditQuestionPage.ChoiceField(c.id(), c.text(), c.correct(), false));
        }
        if (canAdd(q)) {
            fields.add(new EditQuestionPage.ChoiceField(NEW, "", false, true));
        }
        return fields;
    }

    static Parsed parse(Question original, Context ctx) {
        List<String> errors = new ArrayList<>();
        String prompt = clean(ctx.formParam("prompt"), true);
        String explanation = clean(ctx.formParam("explanation"), true);
        if (prompt.length() > MAX_PROMPT) {
            errors.add("The question text is longer than " + MAX_PROMPT + " characters.");
        }
        if (explanation.length() > MAX_EXPLANATION) {
            errors.add("The explanation is longer than " + MAX_EXPLANATION + " characters.");
        }
        Status status = switch (Pages.limit(ctx.formParam("status"), 20)) {
            case "approved" -> Status.APPROVED;
            case "rejected" -> Status.REJECTED;
            case "draft" -> Status.DRAFT;
            default -> original.status();
        };
        Set<String> keys = new HashSet<>(ctx.formParams("key"));
        List<Choice> choices = new ArrayList<>();
        List<EditQuestionPage.ChoiceField> fields = new ArrayList<>();
        for (int i = 0; i < original.choices().size(); i++) {
            Choice c = original.choices().get(i);
            String text = fixedChoices(original) ? c.text() : clean(ctx.formParam("text-" + i), false);
            boolean key = original.type() == QuestionType.ORDERING ? c.correct() : keys.contains(Integer.toString(i));
            fields.add(new EditQuestionPage.ChoiceField(c.id(), text, key, false));
            if (text.length() > MAX_CHOICE) {
                errors.add("Choice " + (i + 1) + " is longer than " + MAX_CHOICE + " characters.");
            }
            if (text.isEmpty() && original.type() != QuestionType.ORDERING) {
                continue;
            }
            choices.add(new Choice(c.id(), text, key));
        }
        if (canAdd(original)) {
            String text = clean(ctx.formParam("text-" + NEW), false);
            boolean key = keys.contains(NEW);
            fields.add(new EditQuestionPage.ChoiceField(NEW, text, key, true));
            if (text.length() > MAX_CHOICE) {
                errors.add("The new choice is longer than " + MAX_CHOICE + " characters.");
            }
            if (!text.isEmpty()) {
                choices.add(new Choice(unusedId(original), text, key));
            }
        }
        Question edited = new Question(original.id(), original.type(), original.skill(), original.focus(), original.difficulty(), status,
                prompt, choices, explanation, original.evidence());
        for (String problem : QuizValidator.problems(edited)) {
            errors.add(sentence(problem));
        }
        return new Parsed(edited, errors, fields);
    }

    /** The next letter no choice uses yet. */
    static String unusedId(Question q) {
        Set<String> used = new HashSet<>();
        q.choices().forEach(c -> used.add(c.id()));
        for (char c = 'a'; c <= 'z'; c++) {
            if (!used.contains(String.valueOf(c))) {
                return String.valueOf(c);
            }
        }
        for (int n = 1; ; n++) {
            if (!used.contains("c" + n)) {
                return "c" + n;
            }
        }
    }

    /** Trims, drops control characters, and keeps line breaks only where a paragraph may have them. */
    static String clean(String raw, boolean multiline) {
        if (raw == null) {
            return "";
        }
        String s = raw.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (cp == '\n') {
                out.append(multiline ? '\n' : ' ');
            } else if (cp == '\t') {
                out.append(' ');
            } else if (!Character.isISOControl(cp) && Character.getType(cp) != Character.FORMAT || cp == 0x200D) {
                out.appendCodePoint(cp);
            }
        });
        String text = out.toString().strip();
        return multiline ? text.replaceAll("\n{3,}", "\n\n").replaceAll("[ ]{2,}", " ") : text.replaceAll("\\s+", " ");
    }

    private static String sentence(String problem) {
        String p = switch (problem) {
            case "no choice is marked correct" -> "mark the right answer";
            case "needs at least two choices" -> "a question needs at least two choices";
            case "the question text is empty" -> "type the question";
            default -> problem;
        };
        return Character.toUpperCase(p.charAt(0)) + p.substring(1) + ".";
    }
}
