package newsquiz.quiz;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads GIFT as Moodle does: questions separated by blank lines, "//" comment lines, "::name::", a "[format]"
 * marker, backslash escapes, "=" / "~" answers with "%weight%", "#" answer feedback and "####" general feedback.
 * Multiple-choice and true/false questions are read; other GIFT types are refused with the line they start on.
 */
public final class GiftReader {
    private static final Pattern WEIGHT = Pattern.compile("^%(-*[0-9]{1,2}\\.?[0-9]*)%");
    private static final Set<String> FORMATS = Set.of("moodle", "html", "plain", "markdown");
    private static final Set<String> TRUE_WORDS = Set.of("T", "TRUE");
    private static final Set<String> TRUE_FALSE_WORDS = Set.of("T", "TRUE", "F", "FALSE");

    private GiftReader() {}

    public static List<ImportedQuestion> read(String gift) throws InvalidQuizException {
        String text = ExportText.normalizeNewlines(gift.startsWith("\uFEFF") ? gift.substring(1) : gift);
        String[] lines = text.split("\n", -1);
        List<ImportedQuestion> questions = new ArrayList<>();
        List<String> block = new ArrayList<>();
        int blockStart = 0;
        for (int i = 0; i <= lines.length; i++) {
            String line = i < lines.length ? lines[i] : "";
            if (line.isBlank()) {
                if (!block.isEmpty()) {
                    parse(String.join("\n", block).strip(), blockStart + 1).ifPresent(questions::add);
                    block.clear();
                }
                continue;
            }
            if (block.isEmpty()) {
                blockStart = i;
            }
            block.add(line.strip().startsWith("//") ? "" : line);
        }
        return questions;
    }

    private static Optional<ImportedQuestion> parse(String text, int line) throws InvalidQuizException {
        if (text.isEmpty() || text.startsWith("$CATEGORY:")) {
            return Optional.empty();
        }
        String name = null;
        if (text.startsWith("::")) {
            int end = indexOfUnescaped(text, "::", 2);
            if (end < 0) {
                throw error(line, "the question name has no closing ::");
            }
            name = unescape(text.substring(2, end)).strip();
            text = text.substring(end + 2).strip();
        }
        int open = indexOfUnescaped(text, "{", 0);
        int close = indexOfUnescaped(text, "}", Math.max(open, 0));
        if (open < 0 && close < 0) {
            throw error(line, "a text without answers (a description) is not a question");
        }
        if (open < 0 || close < 0) {
            throw error(line, "a { has no matching } (write \\{ or \\} for a literal brace)");
        }
        String after = text.substring(close + 1);
        String prompt = withoutFormat(text.substring(0, open) + (after.isBlank() ? "" : "_____" + after));
        String answers = text.substring(open + 1, close).strip();
        String explanation = "";
        List<Integer> generalFeedback = indexesOfUnescaped(answers, "####");
        if (!generalFeedback.isEmpty()) {
            int at = generalFeedback.get(generalFeedback.size() - 1);
            explanation = withoutFormat(answers.substring(at + 4));
            answers = answers.substring(0, at).strip();
        }
        if (answers.isEmpty()) {
            throw error(line, "essay questions are not supported");
        }
        if (answers.startsWith("#")) {
            throw error(line, "numerical questions are not supported");
        }
        if (indexOfUnescaped(answers, "~", 0) >= 0) {
            return Optional.of(multipleChoice(name, prompt, answers, explanation, line));
        }
        if (indexOfUnescaped(answers, "=", 0) >= 0 && indexOfUnescaped(answers, "->", 0) >= 0) {
            throw error(line, "matching questions are not supported");
        }
        int hash = indexOfUnescaped(answers, "#", 0);
        String word = (hash > 0 ? answers.substring(0, hash) : answers).strip();
        if (TRUE_FALSE_WORDS.contains(word)) {
            boolean isTrue = TRUE_WORDS.contains(word);
            List<ImportedChoice> choices = List.of(
                    new ImportedChoice("True", isTrue ? 1 : 0), new ImportedChoice("False", isTrue ? 0 : 1));
            return Optional.of(new ImportedQuestion(name, QuestionType.TRUE_FALSE, prompt, choices, explanation));
        }
        throw error(line, "short-answer questions are not supported");
    }

    /** Moodle splits answers at every unescaped "~" and "="; a "=" answer is a key, a "~" one may carry %weight%. */
    private static ImportedQuestion multipleChoice(String name, String prompt, String answers, String explanation,
            int line) throws InvalidQuizException {
        List<Integer> marks = new ArrayList<>(indexesOfUnescaped(answers, "~"));
        marks.addAll(indexesOfUnescaped(answers, "="));
        marks.sort(null);
        List<ImportedChoice> choices = new ArrayList<>();
        String head = answers.substring(0, marks.get(0)).strip();
        if (!head.isEmpty()) {
            choices.add(choice(head, 0));
        }
        boolean single = false;
        for (int k = 0; k < marks.size(); k++) {
            int at = marks.get(k);
            int end = k + 1 < marks.size() ? marks.get(k + 1) : answers.length();
            String body = answers.substring(at + 1, end).strip();
            double fraction = 0;
            if (answers.charAt(at) == '=') {
                single = true;
                fraction = 1;
            } else {
                Matcher weight = WEIGHT.matcher(body);
                if (weight.find()) {
                    fraction = parseWeight(weight.group(1), line) / 100;
                    body = body.substring(weight.end());
                }
            }
            choices.add(choice(body, fraction));
        }
        if (choices.size() < 2) {
            throw error(line, "a multiple-choice question needs at least two answers");
        }
        QuestionType type = single ? QuestionType.SINGLE_CHOICE : QuestionType.MULTIPLE_CHOICE;
        return new ImportedQuestion(name, type, prompt, choices, explanation);
    }

    private static ImportedChoice choice(String body, double fraction) {
        int hash = indexOfUnescaped(body, "#", 0);
        return new ImportedChoice(withoutFormat(hash < 0 ? body : body.substring(0, hash)), fraction);
    }

    private static double parseWeight(String weight, int line) throws InvalidQuizException {
        try {
            return Double.parseDouble(weight.replaceFirst("^-+", "-"));
        } catch (NumberFormatException e) {
            throw error(line, "cannot read the answer weight %" + weight + "%");
        }
    }

    /** Drops a leading "[html]"-style marker (we keep every text as it is written) and resolves escapes. */
    private static String withoutFormat(String raw) {
        String text = raw.strip();
        int end = text.indexOf(']');
        if (text.startsWith("[") && end > 0 && FORMATS.contains(text.substring(1, end))) {
            text = text.substring(end + 1);
        }
        return unescape(text).strip();
    }

    static String unescape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\\' || i + 1 == text.length()) {
                out.append(c);
                continue;
            }
            char next = text.charAt(++i);
            switch (next) {
                case '\\', ':', '#', '=', '{', '}', '~' -> out.append(next);
                case 'n' -> out.append('\n');
                default -> out.append(c).append(next);
            }
        }
        return out.toString();
    }

    private static int indexOfUnescaped(String text, String token, int from) {
        for (int i = from; i < text.length(); i++) {
            if (text.charAt(i) == '\\') {
                i++;
            } else if (text.startsWith(token, i)) {
                return i;
            }
        }
        return -1;
    }

    private static List<Integer> indexesOfUnescaped(String text, String token) {
        List<Integer> found = new ArrayList<>();
        for (int i = indexOfUnescaped(text, token, 0); i >= 0; i = indexOfUnescaped(text, token, i + 1)) {
            found.add(i);
        }
        return found;
    }

    private static InvalidQuizException error(int line, String message) {
        return new InvalidQuizException("GIFT question at line " + line + ": " + message);
    }
}
