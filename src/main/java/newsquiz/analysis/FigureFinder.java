package newsquiz.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsquiz.nlp.Alternations;

/** Finds the numbers and dates of an article with the words that say what they count. */
final class FigureFinder {
    private static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November|December|"
            + "Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)";
    private static final String NUMBER = "\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?";
    private static final String WORD_NUMBER = "(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
            + "thirty|forty|fifty|hundred|a hundred|a dozen|dozens of|hundreds of|thousands of)";
    private static final String SCALE = "(?:\\s?(?:million|billion|trillion|thousand|bn|m)\\b)?";
    private static final String CURRENCY_WORD = "(?:euros?|pounds?|dollars?|yuan|yen|crowns?|francs?|rupees?|roubles?|rubles?|won|pesos?)";
    private static final String FRACTION = "(?:a third|a quarter|half|two-thirds|a fifth|a tenth|nine tenths)";
    private static final Pattern FIGURE = Alternations.compile(
            "\\b" + MONTH + "\\s+\\d{4}\\b"                                      // April 2019
                    + "|\\b" + MONTH + "\\s+\\d{1,2}\\b(?:,\\s*\\d{4})?"                         // Oct. 2, July 25, 2024
                    + "|\\b\\d{1,2}\\s+" + MONTH + "(?:\\s+\\d{4})?"                      // 16 May 2024
                    + "|\\b\\d+(?:\\.\\d+)?-(?:mile|meter|metre|km|kilometre|year|day|week|month|hour|foot|storey|story|point|"
                    + "nautical mile|minute|second|seat|member)s?\\b"                      // 3.1-mile, 305-meter
                    + "|\\b\\d{1,2}-\\d{1,2}\\b"                                          // a 5-4 vote
                    + "|(?:between\\s+)?(?:(?:US|CNY|HK|C|A|NZ)?[$\u20ac\u00a3\u00a5]\\s?)?(?:" + NUMBER + ")" + SCALE
                    + "(?:\\s?(?:percent|per cent|%))?(?:\\s+" + CURRENCY_WORD + ")?"
                    + "(?:\\s+(?:to|and)\\s+(?:(?:US|CNY)?[$\u20ac\u00a3\u00a5]\\s?)?(?:" + NUMBER + ")(?![\\d,])" + SCALE
                    + "(?:\\s?(?:percent|per cent|%))?(?:\\s+" + CURRENCY_WORD + ")?)?"
                    + "|\\b" + FRACTION + "\\b"
                    + "|\\b" + WORD_NUMBER + "(?=\\s+[a-z])",
            Pattern.CASE_INSENSITIVE);
    private static final String YEAR = "(?:1[5-9]|20)\\d\\d";
    /** Nouns that count in the singular: "2000 people", "1500 staff". */
    private static final Set<String> COUNTED_SINGULARS = Set.of("people", "staff", "police", "personnel", "cattle", "sheep", "livestock",
            "feet", "children", "men", "women", "deer", "fish", "crew");
    private static final Set<String> UNITS = Set.of("metres", "meters", "metre", "meter", "miles", "mile", "feet", "foot", "km",
            "kilometres", "kilometers", "millimetres", "millimeters", "mm", "cm", "inches", "kg", "kilograms", "tonnes", "tons",
            "hours", "hour", "minutes", "days", "day", "weeks", "week", "months", "month", "years", "year", "degrees", "gallons",
            "litres", "liters", "acres", "hectares", "nautical", "seasons", "terms", "times");
    private static final Set<String> STOP = Set.of("the", "a", "an", "of", "in", "on", "at", "to", "for", "and", "or", "by",
            "from", "with", "that", "which", "who", "was", "were", "is", "are", "had", "has", "have", "than", "there", "it", "he",
            "she", "they", "we", "when", "after", "before", "as", "but", "while", "if", "late", "early", "last", "since", "per",
            "each", "ago", "later", "earlier");

    /**
     * Every branch of {@link #FIGURE} needs a digit or one of the words of its number words and fractions (in any case),
     * taken from the same lists so the two cannot drift apart.
     */
    private static final List<String> FIGURE_WORDS = java.util.stream.Stream.of(WORD_NUMBER, FRACTION)
            .flatMap(list -> java.util.Arrays.stream(list.split("[^a-z]+"))).filter(w -> w.length() > 2).distinct().toList();

    private FigureFinder() {}

    /** A cheap test that rules out most sentences before the long figure pattern is run over them. */
    private static boolean mayHoldFigure(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        String lower = text.toLowerCase(Locale.ROOT);
        for (String word : FIGURE_WORDS) {
            if (lower.contains(word)) {
                return true;
            }
        }
        return false;
    }

    static List<Figure> find(List<SentenceView> sentences, List<Attribution> attributions) {
        List<Figure> figures = new ArrayList<>();
        for (SentenceView s : sentences) {
            String text = s.sentence.text();
            if (!mayHoldFigure(text)) {
                continue;
            }
            Matcher m = FIGURE.matcher(text);
            // "2.4 Dr Ellerker reported …": a numbered paragraph's number counts nothing.
            int from = s.sentence.wordsStart();
            while (m.find(from)) {
                String value = m.group().strip();
                int end = m.end();
                from = end;
                if (mixedRange(value)) {
                    // "31% to 452 pence", "in 2021 to £342,000": two figures of different kinds, each a figure of its own.
                    value = value.split("\\s+(?:to|and)\\s+")[0].replaceFirst("(?i)^between\\s+", "");
                    end = m.start() + m.group().indexOf(value) + value.length();
                    from = end;
                }
                if (value.isEmpty() || isPartOfName(text, m.start(), end)
                        || smallWordNumber(value) || capitalisedAfter(text, end) && value.matches("[A-Za-z ]+")) {
                    continue;
                }
                String after = text.substring(end);
                Figure.Kind kind = kindOf(value, text.substring(0, m.start()), after);
                String counts = kind == Figure.Kind.COUNT || kind == Figure.Kind.MEASURE || kind == Figure.Kind.MONEY
                        || kind == Figure.Kind.RANGE ? countedNoun(after) : "";
                if (kind == Figure.Kind.COUNT && counts.isEmpty() && value.matches("[a-zA-Z ]+")) {
                    continue;
                }
                figures.add(new Figure(value, kind, counts, clause(text, m.start(), end), s.index(), sourceOf(s.index(), attributions)));
            }
        }
        return figures;
    }

    /**
     * "from 6,410 students in 2019 to 6,150": a year and a count are not one range; nor are "31% to
     * 452 pence" (a share and a price). "between 20 and 50 percent" is one.
     */
    private static boolean mixedRange(String value) {
        String[] parts = value.split("\\s+(?:to|and)\\s+");
        if (parts.length != 2) {
            return false;
        }
        boolean firstYear = parts[0].replaceAll("^between\\s+", "").matches(YEAR);
        boolean secondYear = parts[1].matches(YEAR);
        boolean firstShare = parts[0].matches("(?i).*(?:%|percent|per cent)");
        boolean secondShare = parts[1].matches("(?i).*(?:%|percent|per cent)");
        return firstYear != secondYear || firstShare && !secondShare;
    }

    /** "one of these states", "the two countries": small counts are not worth a question. */
    private static boolean smallWordNumber(String value) {
        return value.matches("(?i)one|two|three|a hundred|hundred|[0-3]");
    }

    private static boolean capitalisedAfter(String text, int end) {
        String rest = text.substring(end).strip();
        return !rest.isEmpty() && Character.isUpperCase(rest.charAt(0));
    }

    private static Figure.Kind kindOf(String value, String before, String after) {
        String v = value.toLowerCase(Locale.ROOT);
        if (v.matches(".*\\b(?:january|february|march|april|may|june|july|august|september|october|november|december|"
                + "jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\b.*")) {
            return Figure.Kind.DATE;
        }
        if (v.matches("(?:between\\s+)?.*\\b(?:to|and)\\b.*") || v.matches("\\d{1,2}-\\d{1,2}")) {
            return Figure.Kind.RANGE;
        }
        if (v.matches(".*\\d-[a-z ]+")) {
            return Figure.Kind.MEASURE;
        }
        if (v.matches(".*[$\u20ac\u00a3\u00a5].*") || v.matches(".*\\b" + CURRENCY_WORD + "$")) {
            return Figure.Kind.MONEY;
        }
        if (v.endsWith("%") || v.endsWith("percent") || v.endsWith("per cent")) {
            return Figure.Kind.PERCENT;
        }
        // "in 1896", "the 1896 bridge", "a 2021 inspection": a year, unless it counts things ("2000 homes", "1500 staff").
        if (v.matches(YEAR) && (!countsThings(after) || ownedYear(before))) {
            return Figure.Kind.YEAR;
        }
        String next = firstWord(after);
        if (UNITS.contains(next)) {
            return Figure.Kind.MEASURE;
        }
        return Figure.Kind.COUNT;
    }

    /**
     * "our 2032 accounts", "the trust's 2031 figures": an owner's thing of a year. A count that large after an owner would
     * be printed "2,032".
     */
    private static boolean ownedYear(String before) {
        return OWNER_BEFORE.matcher(before).find();
    }

    private static final java.util.regex.Pattern OWNER_BEFORE =
            java.util.regex.Pattern.compile("(?i)(?:\\b(?:our|its|their|his|her|my|your)|\\p{L}['\u2019]s?)\\s+$");

    private static boolean countsThings(String after) {
        String next = firstWord(after);
        return !next.isEmpty() && !STOP.contains(next) && Character.isLowerCase(after.strip().charAt(0))
                && (next.matches(".*[^s]s") || COUNTED_SINGULARS.contains(next) || UNITS.contains(next));
    }

    private static String firstWord(String after) {
        String t = after.strip();
        int end = 0;
        while (end < t.length() && (Character.isLetter(t.charAt(end)) || t.charAt(end) == '-')) {
            end++;
        }
        return t.substring(0, end).toLowerCase(Locale.ROOT);
    }

    /** "50,000 North Korean workers in Russia" → "North Korean workers": the words a number counts. */
    private static String countedNoun(String after) {
        String[] words = after.strip().split("\\s+");
        List<String> out = new ArrayList<>();
        for (String raw : words) {
            String w = raw.replaceAll("[\u201c\u201d\"]", "");
            String bare = w.replaceAll("[,.;:)]+$", "");
            if (bare.isEmpty() || STOP.contains(bare.toLowerCase(Locale.ROOT)) && !out.isEmpty() || out.size() >= 4) {
                break;
            }
            if (STOP.contains(bare.toLowerCase(Locale.ROOT))) {
                if (bare.equalsIgnoreCase("of") || bare.equalsIgnoreCase("in")) {
                    continue;
                }
                break;
            }
            out.add(bare);
            if (!bare.equals(w)) {
                break;
            }
        }
        return String.join(" ", out);
    }

    /** The clause around a figure, for questions and explanations. */
    private static String clause(String text, int start, int end) {
        int from = start;
        while (from > 0 && ",;:".indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        int to = end;
        while (to < text.length() && ",;".indexOf(text.charAt(to)) < 0) {
            to++;
        }
        return text.substring(from, to).strip().replaceAll("[.]$", "");
    }

    /** "Class 390", "EMU 390009", "Channel 1", "Article 298": numbers inside names are not figures. */
    private static boolean isPartOfName(String text, int start, int end) {
        if (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            // "the A614", "an M25 junction", "Q3": digits glued to a letter are a code, not a figure.
            return true;
        }
        int b = start - 1;
        while (b >= 0 && text.charAt(b) == ' ') {
            b--;
        }
        if (b >= 0 && Character.isUpperCase(text.charAt(Math.max(0, text.lastIndexOf(' ', b) + 1)))
                && Character.isLetter(text.charAt(b)) && text.substring(start, end).matches("\\d+")) {
            String word = text.substring(text.lastIndexOf(' ', b) + 1, b + 1);
            return !word.matches(MONTH.replace("\\.", "\\.?")) && word.length() > 1 && !word.matches("(?i)in|on|by|since|of");
        }
        return false;
    }

    private static String sourceOf(int sentence, List<Attribution> attributions) {
        for (Attribution a : attributions) {
            if (a.sentences().contains(sentence)) {
                return a.source();
            }
        }
        return "";
    }
}
