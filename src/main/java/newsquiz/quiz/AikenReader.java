package newsquiz.quiz;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Aiken as Moodle does (question text, options "A." or "A)", then "ANSWER: X"), but stricter: options
 * must be lettered A, B, C… in order, and a question without its ANSWER line is an error, not a lost question.
 */
public final class AikenReader {
    private static final Pattern OPTION = Pattern.compile("^([A-Z])[).][ \\t](.*)$");

    private AikenReader() {}

    public static List<ImportedQuestion> read(String aiken) throws InvalidQuizException {
        String text = ExportText.normalizeNewlines(aiken.startsWith("\uFEFF") ? aiken.substring(1) : aiken);
        String[] lines = text.split("\n", -1);
        List<ImportedQuestion> questions = new ArrayList<>();
        String prompt = null;
        int promptLine = 0;
        List<String> options = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            int number = i + 1;
            if (line.length() < 2) {
                continue; // Moodle skips these too
            }
            Matcher option = OPTION.matcher(line);
            if (option.matches()) {
                if (prompt == null) {
                    throw error(number, "an option comes before any question text");
                }
                char expected = (char) ('A' + options.size());
                if (option.group(1).charAt(0) != expected) {
                    throw error(number, "expected option " + expected + ", found " + option.group(1));
                }
                options.add(option.group(2).strip());
            } else if (line.startsWith(AikenExporter.ANSWER_PREFIX)) {
                if (prompt == null || options.size() < 2) {
                    throw error(number, "an ANSWER line needs a question with at least two options above it");
                }
                String key = line.substring(AikenExporter.ANSWER_PREFIX.length()).strip();
                int index = key.length() == 1 ? key.charAt(0) - 'A' : -1;
                if (index < 0 || index >= options.size()) {
                    throw error(number, "the answer '" + key + "' is not one of the options A to "
                            + (char) ('A' + options.size() - 1));
                }
                List<ImportedChoice> choices = new ArrayList<>();
                for (int k = 0; k < options.size(); k++) {
                    choices.add(new ImportedChoice(options.get(k), k == index ? 1 : 0));
                }
                questions.add(new ImportedQuestion(null, QuestionType.SINGLE_CHOICE, prompt, choices, ""));
                prompt = null;
                options.clear();
            } else if (!options.isEmpty()) {
                throw error(number, "text after the options of the question at line " + promptLine
                        + "; is its ANSWER line missing?");
            } else if (prompt == null) {
                prompt = line;
                promptLine = number;
            } else {
                prompt = prompt + " " + line;
            }
        }
        if (prompt != null) {
            throw error(promptLine, "the question has no ANSWER line");
        }
        return questions;
    }

    private static InvalidQuizException error(int line, String message) {
        return new InvalidQuizException("Aiken line " + line + ": " + message);
    }
}
