package newsquiz.quiz;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Moodle's GIFT text format. Every question goes out as a multiple-choice question in plain-text format
 * ({@code [plain]}), so learner-facing text is never read as HTML; ordering questions have no GIFT form.
 */
final class GiftExporter implements QuizExporter {
    /** Moodle reads "~%5% rise" as a 5 % weight; such a text needs an explicit weight in front of it. */
    private static final Pattern LOOKS_LIKE_WEIGHT = Pattern.compile("^%-*[0-9]{1,2}\\.?[0-9]*%");

    @Override
    public byte[] export(Quiz quiz, List<Question> questions, ExportLog log) {
        StringBuilder out = new StringBuilder();
        out.append("// ").append(ExportText.oneLine(quiz.title())).append('\n');
        out.append("// newsquiz quiz ").append(ExportText.oneLine(quiz.id())).append(" in GIFT format\n\n");
        out.append("$CATEGORY: $course$/top/").append(category(quiz)).append("\n\n");
        for (Question q : questions) {
            if (q.type() == QuestionType.ORDERING) {
                log.skip(q, "GIFT has no ordering questions");
                continue;
            }
            writeQuestion(q, out, log);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private void writeQuestion(Question q, StringBuilder out, ExportLog log) {
        boolean multipleAnswers = q.type() == QuestionType.MULTIPLE_CHOICE;
        out.append("// ").append(ExportText.oneLine(q.id())).append(": ").append(q.type().json()).append('\n');
        out.append("::").append(escape(q.id())).append("::[plain]").append(escape(q.prompt())).append("{\n");
        AnswerWeights weights = AnswerWeights.of(q);
        if (multipleAnswers && !weights.onMoodleGradeList()) {
            log.changed(q, "its answer weights are not on Moodle's grade list; import with \"nearest grade\"");
        }
        for (Choice c : q.choices()) {
            String text = protectFormat(escape(c.text()));
            if (multipleAnswers) {
                // No '=' at all is what tells Moodle this is a multiple-answer question.
                out.append("~%").append(weights.percent(c)).append('%').append(text);
            } else if (c.correct()) {
                out.append('=').append(text);
            } else {
                out.append('~').append(LOOKS_LIKE_WEIGHT.matcher(text).find() ? "%0%" : "").append(text);
            }
            out.append('\n');
        }
        if (!ExportText.isBlank(q.explanation())) {
            out.append("####").append(protectFormat(escape(q.explanation()))).append('\n');
        }
        out.append("}\n\n");
    }

    /** Backslash-escapes GIFT's special characters; line breaks become "\n", since a blank line ends a question. */
    static String escape(String text) {
        String s = ExportText.normalizeNewlines(text).strip();
        StringBuilder out = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\', '~', '=', '#', '{', '}', ':' -> out.append('\\').append(c);
                case '\n' -> out.append("\\n");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A text starting with "[" could be read as a format marker such as "[html]"; a leading "[plain]" settles it. */
    private static String protectFormat(String text) {
        return text.startsWith("[") ? "[plain]" + text : text;
    }

    /** Quiz ids are slugs, which are safe in a Moodle category path; anything else is reduced to one. */
    private static String category(Quiz quiz) {
        String slug = ExportText.orEmpty(quiz.id()).replaceAll("[^A-Za-z0-9_-]+", "-");
        return slug.isEmpty() ? "newsquiz" : slug;
    }
}
