package newsquiz.generate;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsquiz.analysis.Figure;

/**
 * A figure as it reads in its sentence: what sort of value it is, the unit written after it
 * ("staff", "-ounce", "percent", "£ million") and a bound written before it ("fewer than"). Two
 * figures can stand in for each other only when sort and unit agree.
 *
 * @param start where the figure starts in the sentence
 */
record Quantity(String value, Sort sort, String unit, String bound, double number, int start) {
    enum Sort { COUNT, MONEY, PERCENT, MEASURE, AGE, YEAR, DATE, RANGE, CLOCK, OTHER }

    /** A year as articles write one, 1500 to 2099. */
    static final String YEAR = "(?:1[5-9]|20)\\d\\d";
    private static final Pattern FIRST_NUMBER = Pattern.compile("\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?");
    private static final Pattern BOUND = Pattern.compile("(?i)\\b(fewer than|less than|more than|greater than|over|under|at least|"
            + "at most|up to|almost|nearly|as many as|as few as|as much as|no more than|no fewer than|no less than|above|below|"
            + "exceeding|upwards of|just over|just under|in excess of|well over|well under|close to|not quite|than(?:\\s+the)?)\\s+$");
    private static final Pattern CLOCK_AFTER = Pattern.compile("(?i)^(?:[:.]\\d{2}|\\s?(?:a\\.m\\.|p\\.m\\.|am\\b|pm\\b|gmt\\b|bst\\b|"
            + "utc\\b|cet\\b|hrs\\b|h\\b|o['\u2019]clock\\b))");
    private static final Pattern TIME_PREPOSITION = Pattern.compile("(?i)\\b(by|at|until|till|around|before|after|from|since)\\s+$");
    private static final Pattern AGE_BEFORE = Pattern.compile("(?i)(\\baged|\\bage of|\\bwho is|\\bwho was|\\bwho turns|\\bwho turned)\\s+$"
            + "|\\p{Lu}[\\p{L}'\u2019-]+,\\s+$");
    private static final Pattern CHILD = Pattern.compile("(?i)^(?:[- ]years?)?[- ]old\\s+(boy|girl|child|son|daughter|baby|toddler|pupil|schoolboy|"
            + "schoolgirl|student|teenager)\\b");
    /** "305-meter", "3.1-mile": the unit written into the figure. */
    private static final Pattern HYPHEN_UNIT = Pattern.compile("\\d-(\\p{L}[\\p{L} ]*)$");
    /** "5.3-ounce" where the figure finder stopped at the digits. */
    private static final Pattern GLUED_UNIT = Pattern.compile("^-(\\p{L}+)");
    private static final Pattern STOP = Pattern.compile("(?i)and|or|in|on|at|to|for|by|from|with|that|which|who|was|were|is|are|"
            + "had|has|have|than|as|but|if|the|a|an|this|these|those|it|its|their|his|her|after|before|since|per|each|ago");

    /** How the figure reads in this sentence, or null when it is not there as a figure of its own. */
    static Quantity read(String sentence, Figure figure) {
        String value = figure.value();
        int at = find(sentence, value);
        if (at < 0) {
            return null;
        }
        String before = sentence.substring(0, at);
        String after = sentence.substring(at + value.length());
        Matcher number = FIRST_NUMBER.matcher(value);
        double n = number.find() ? Double.parseDouble(number.group().replace(",", "")) : Double.NaN;
        Matcher bound = BOUND.matcher(before);
        String b = bound.find() ? bound.group(1).toLowerCase(Locale.ROOT) : "";
        Sort sort = sortOf(figure, value, before, after, n);
        return new Quantity(value, sort, unitOf(sort, value, after), b, n, at);
    }

    private static Sort sortOf(Figure figure, String value, String before, String after, double n) {
        if (before.matches("(?s).*\\d[:.]$") || CLOCK_AFTER.matcher(after).find()
                || value.matches("\\d{1,2}") && n <= 24 && TIME_PREPOSITION.matcher(before).find()
                && after.matches("(?s)^(?:[,.;]|\\s+(?:and|or|to|until|on|in)\\s+\\d|\\s*$).*")) {
            return Sort.CLOCK;
        }
        // "the 1940s", "the 88th minute", "a 5-4 vote", "three or four bangs": not a value to vary.
        if (after.matches("(?s)^\\p{L}.*") || value.matches("\\d{1,2}-\\d{1,2}") || value.matches("(?i)[a-z ]+")) {
            return Sort.OTHER;
        }
        if (isAge(value, before, after)) {
            return Sort.AGE;
        }
        // "a 2019 training video", "in 2022 may have", "expects 2026 revenue": a year, unless it counts things ("2000 people").
        if (value.matches(YEAR) && !after.matches("(?is)^\\s+(?:\\p{L}+s|people|staff|feet|foot)\\b.*")) {
            return Sort.YEAR;
        }
        return switch (figure.kind()) {
            case DATE -> Sort.DATE;
            case YEAR -> Sort.YEAR;
            case RANGE -> value.matches("(?i)(?:between\\s+)?" + YEAR + "\\s+(?:to|and)\\s+" + YEAR) ? Sort.YEAR : Sort.RANGE;
            case MONEY -> Sort.MONEY;
            case PERCENT -> Sort.PERCENT;
            case TIME -> Sort.CLOCK;
            case MEASURE -> Sort.MEASURE;
            default -> value.matches(".*\\d-\\p{L}+") || after.matches("(?s)^-\\p{L}.*") ? Sort.MEASURE : Sort.COUNT;
        };
    }

    /** "a 12-year-old", "84 year old", "who is 76 and …", "Margaret Ellery, 58, of …". */
    private static boolean isAge(String value, String before, String after) {
        if (value.matches("\\d+-year") && after.matches("(?s)^[- ]old\\b.*")
                || value.matches("\\d{1,3}") && after.matches("(?s)^[- ]years?[- ]old\\b.*")) {
            return true;
        }
        return value.matches("\\d{1,3}") && AGE_BEFORE.matcher(before).find()
                && after.matches("(?s)^(?:[,.;]|\\s+(?:and|but|when|who|is|was)\\b|\\s*$).*");
    }

    /** The word or symbol that says what the figure measures; empty when nothing does. */
    private static String unitOf(Sort sort, String value, String after) {
        String v = value.toLowerCase(Locale.ROOT);
        switch (sort) {
            case PERCENT:
                return "percent";
            case MONEY:
                return v.replaceAll("[\\d,.\\s]+", " ").replaceAll("\\b(?:to|and|between)\\b", " ").replaceAll("\\s+", " ").strip();
            case AGE:
                return CHILD.matcher(after).find() ? "child" : "age";
            case YEAR:
            case DATE:
            case CLOCK:
            case OTHER:
                return sort.name().toLowerCase(Locale.ROOT);
            default:
                break;
        }
        Matcher hyphen = HYPHEN_UNIT.matcher(value);
        if (hyphen.find()) {
            return "-" + hyphen.group(1).toLowerCase(Locale.ROOT);
        }
        Matcher glued = GLUED_UNIT.matcher(after);
        if (glued.find()) {
            return "-" + glued.group(1).toLowerCase(Locale.ROOT);
        }
        // What follows the last digit inside the value: "million" of "2.7 million", "m" of "3.5m".
        String scale = v.replaceAll("^.*\\d", "").replaceAll("[^a-z ]", " ").replaceAll("\\s+", " ").strip();
        if (scale.matches("m|km|cm|mm|kg|g|ft|mph|kmh|ha|mw|gw|kw|gb|tb")) {
            return scale;
        }
        String[] following = after.strip().split("[\\s,.;:)\u201d\"]+");
        String next = following.length == 0 ? "" : following[0].toLowerCase(Locale.ROOT);
        if (next.isEmpty() || STOP.matcher(next).matches() || !next.matches("[\\p{L}'-]+")) {
            return scale;
        }
        return (scale.isEmpty() ? "" : scale + " ") + singular(next);
    }

    private static String singular(String word) {
        return word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") ? word.substring(0, word.length() - 1) : word;
    }

    /** Where the figure stands alone in the sentence: not inside a longer number ("06" of "06:50") or word. */
    static int find(String sentence, String value) {
        int from = 0;
        while (true) {
            int at = sentence.indexOf(value, from);
            if (at < 0) {
                return -1;
            }
            int end = at + value.length();
            // Inside "1,240", "06:50", "2023-24" or "RATAN-600": part of another number or of a name.
            boolean glueBefore = at > 0 && (Character.isLetterOrDigit(sentence.charAt(at - 1))
                    || at > 1 && ".,:-".indexOf(sentence.charAt(at - 1)) >= 0 && Character.isLetterOrDigit(sentence.charAt(at - 2)));
            boolean glueAfter = end < sentence.length() && Character.isDigit(sentence.charAt(end))
                    || end + 1 < sentence.length() && ",-".indexOf(sentence.charAt(end)) >= 0 && Character.isDigit(sentence.charAt(end + 1));
            if (!glueBefore && !glueAfter) {
                return at;
            }
            from = at + 1;
        }
    }

    /** Whether a question may turn on this figure: a value with a known unit that a wrong answer can imitate. */
    boolean askable() {
        if (HALF_RANGE.matcher(value).matches()) {
            // "between 20" of "between 20 September and 3 October": one end of a range, cut from its other end.
            return false;
        }
        return switch (sort) {
            case CLOCK, OTHER -> false;
            case COUNT, MEASURE -> !unit.isEmpty();
            default -> !Double.isNaN(number);
        };
    }

    private static final Pattern HALF_RANGE = Pattern.compile("(?i)(?:between|from)\\s+[^\\s]+");

    /** Whether another figure could stand in this one's place: same sort, same unit, and a comparable size. */
    boolean sameKindAs(Quantity other) {
        if (sort != other.sort || !unit.equals(other.unit) || !other.askable() || !askable() || !shape(value).equals(shape(other.value))) {
            return false;
        }
        if (sort == Sort.YEAR) {
            // A year from much later in the story (a forecast, a deadline) is no stand-in for a past one.
            return other.number - number <= 3 && number - other.number <= 15;
        }
        if (sort == Sort.AGE) {
            return number < 18 == other.number < 18;
        }
        if (sort == Sort.DATE) {
            return true;
        }
        double ratio = other.number / number;
        return ratio >= 0.2 && ratio <= 5;
    }

    /** "between 2018 and 2022" and "2016", "July 25" and "April 2019" have different shapes. */
    private static String shape(String value) {
        return value.toLowerCase(Locale.ROOT).replaceAll("\\b" + YEAR + "\\b", "Y").replaceAll("\\d+\\.\\d+", "#.#")
                .replaceAll("\\d[\\d,]*", "#")
                .replaceAll("\\p{L}+", "a");
    }

    /** The digits a learner fills in: "27" of "27-year", "305" of "305-meter"; the unit stays in the sentence. */
    static String digits(String value) {
        return value.replaceFirst("^(\\d[\\d,.]*)-\\p{L}[\\p{L} ]*$", "$1");
    }
}
