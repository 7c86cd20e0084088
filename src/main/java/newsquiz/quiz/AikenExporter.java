package newsquiz.quiz;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Aiken: one question text line, lettered options, an ANSWER line. It has exactly one correct answer, no
 * feedback and no escaping, so texts are collapsed to one line and anything the format cannot hold is logged.
 */
final class AikenExporter implements QuizExporter {
    /** What Moodle's reader takes for an option or answer line; a question text must not look like either. */
    static final Pattern OPTION_LINE = Pattern.compile("^[A-Z][).][ \\t]");
    static final String ANSWER_PREFIX = "ANSWER:";
    private static final int MAX_OPTIONS = 26;

    @Override
    public byte[] export(Quiz quiz, List<Question> questions, ExportLog log) {
        StringBuilder out = new StringBuilder();
        boolean explanationsLeftOut = false;
        for (Question q : questions) {
            String prompt = ExportText.oneLine(q.prompt());
            long correct = q.correctChoices().size();
            if (q.type() == QuestionType.ORDERING) {
                log.skip(q, "Aiken has no ordering questions");
            } else if (correct != 1) {
                log.skip(q, "Aiken allows exactly one correct answer, this question has " + correct);
            } else if (q.choices().size() > MAX_OPTIONS) {
                log.skip(q, "Aiken letters options A to Z, this question has " + q.choices().size());
            } else if (OPTION_LINE.matcher(prompt).find() || prompt.startsWith(ANSWER_PREFIX) || prompt.length() < 2) {
                log.skip(q, "its text would be read as an Aiken option or answer line");
            } else {
                if (q.type() == QuestionType.MULTIPLE_CHOICE) {
                    log.changed(q, "exported as a single-answer question (Aiken has no multiple-answer form)");
                }
                write(q, prompt, out);
                explanationsLeftOut |= !ExportText.isBlank(q.explanation());
            }
        }
        if (explanationsLeftOut) {
            log.quiz("Aiken has no feedback, so explanations are left out");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void write(Question q, String prompt, StringBuilder out) {
        out.append(prompt).append('\n');
        char letter = 'A';
        char key = 'A';
        for (Choice c : q.choices()) {
            out.append(letter).append(". ").append(ExportText.oneLine(c.text())).append('\n');
            if (c.correct()) {
                key = letter;
            }
            letter++;
        }
        out.append(ANSWER_PREFIX).append(' ').append(key).append("\n\n");
    }
}
