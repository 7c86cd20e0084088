package newsquiz.generate;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plausible but wrong versions of a figure, by what the figure is: "50,000" workers → "5,000",
 * "100,000"; a 12-year-old → a 9-year-old; 41 percent → 82 percent, never 410; 2021 → 2018,
 * never a year after the latest the article mentions.
 */
final class Numbers {
    private static final Pattern NUMBER = Pattern.compile("\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?");
    private static final Pattern YEAR = Pattern.compile("\\b" + Quantity.YEAR + "\\b");
    /** "fell from 6,410 students in 2019 to 6,150": two figures of one thing, whatever the figure finder made of them. */
    private static final Pattern FROM_TO = Pattern.compile("(?i)\\bfrom\\s+\\S*\\d[\\d,.]*\\S*(?:\\s+\\S+){0,4}?\\s+to\\s+\\S*\\d");
    /**
     * Wrong counts and amounts, one set per figure. Reviewers saw that "½, ×2, ×3" lets a student pick the key as the
     * number the others are multiples of, and that the key always sat second from the bottom: these factors are no simple
     * multiples, and which set a figure gets (so where its key sits among them) turns on the figure itself.
     */
    private static final double[][] FACTOR_SETS = {
        {0.6, 1.5, 2.5, 0.4, 1.8, 3.5},
        {0.4, 0.7, 1.6, 2.2, 0.55, 3},
        {1.4, 2.2, 3.5, 1.7, 2.8, 0.6},
        {0.3, 0.55, 0.8, 0.45, 1.4, 0.2},
    };
    /** Heights near the key first: a mountain twice as high as a 7,000-metre one does not exist. */
    private static final double[] HEIGHT_FACTORS = {0.75, 1.2, 0.5, 0.9, 2, 3};
    private static final int[] AGE_STEPS = {-4, 7, 3, -9, 12};
    // A key that is the latest year takes the steps back only: -3, -7, then -1 rather than -5, whose 2038, 2040, 2042
    // before 2045 made an even run the key broke (review59 SAN q07, SEN q08).
    // A year still to come may take a step forward as far as 7 (see NumberQuestions).
    private static final int[] YEAR_STEPS = {-3, -7, 2, -1, 4, -5, 7};

    private static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November|December"
            + "|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)";
    /** "February 23" or "23 February" (not "20 to 50"). */
    private static final Pattern DAY_OF_MONTH = Pattern.compile(
            "(?i)^(" + MONTH + "\\s+)(\\d{1,2})(\\b.*)$|^(\\d{1,2})(\\s+" + MONTH + "(?:\\s.*)?)$");

    private Numbers() {}

    /** Wrong values of the same sort and unit as the figure, never one written in {@code sentence} itself. */
    static List<String> variants(Quantity q, int count, int latestYear) {
        List<String> all = switch (q.sort()) {
            case DATE -> days(q.value());
            case YEAR -> years(q.value(), Math.max(latestYear, maxYear(q.value())));
            case AGE -> ages(q);
            case RANGE -> scaledAll(q.value(), factors(q)).stream().limit(3).toList();
            case PERCENT -> scaled(q.value(), q.number() < 10 && q.value().contains(".") ? null : factors(q),
                    q.number() > 100 ? Double.MAX_VALUE : 100);
            case MEASURE -> scaled(q.value(), isHeight(q) ? HEIGHT_FACTORS : factors(q), Double.MAX_VALUE);
            case COUNT, MONEY -> scaled(q.value(), factors(q), Double.MAX_VALUE);
            default -> List.of();
        };
        return all.subList(0, Math.min(count, all.size()));
    }

    private static double[] factors(Quantity q) {
        return FACTOR_SETS[Math.floorMod((long) Math.floor(q.number()), FACTOR_SETS.length)];
    }

    /** The first number written in a text: 2,700 for "2,700 staff", 2.7 for "2.7 million". */
    static double firstNumber(String text) {
        String figure = firstFigure(text);
        return figure == null ? Double.NaN : Double.parseDouble(figure.replace(",", ""));
    }

    /** The first number in a text as it is written ("2,700"), or null. */
    static String firstFigure(String text) {
        Matcher m = NUMBER.matcher(text);
        return m.find() ? m.group() : null;
    }

    /** The latest year before {@code year} that the text mentions, or 0. */
    private static int latestYearBefore(String text, int year) {
        int latest = 0;
        Matcher m = YEAR.matcher(text);
        while (m.find()) {
            int y = Integer.parseInt(m.group());
            if (y < year) {
                latest = Math.max(latest, y);
            }
        }
        return latest;
    }

    /** The latest year an article mentions: a wrong year after it would be a date that has not come. */
    static int latestYear(String text) {
        return latestYearBefore(text, Integer.MAX_VALUE);
    }

    /**
     * Whether a wrong value could be true of the world the sentence describes: fewer than 24 hours
     * in a day, no match minute beyond normal time when the figure is within it, no forecast for a
     * year before the one forecast. A value a reader can rule out without reading is no test.
     */

    static boolean sensible(Quantity key, String value, String sentence, String article) {
        double wrong = firstNumber(value);
        String unit = key.unit() == null ? "" : key.unit().toLowerCase(java.util.Locale.ROOT);
        int end = Math.min(sentence.length(), Math.max(0, key.start()) + key.value().length());
        String after = sentence.substring(end).toLowerCase(java.util.Locale.ROOT);
        String before = sentence.substring(0, Math.max(0, Math.min(sentence.length(), key.start()))).toLowerCase(java.util.Locale.ROOT);
        // "between 21 October and 15 February": a day of the month, whatever the analysis counted it as.
        if (after.matches("(?is)^(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + "\\b.*") || before.matches("(?is).*\\b" + MONTH + "\\s+$")) {
            return wrong >= 1 && wrong <= 28 && wrong == Math.rint(wrong);
        }
        // "whose 9-year-old son", "Kayden Moss, 15,", "aged 70": a person's age, where a foil half or twice as big is
        // impossible on its face (a Year 10 pupil of 6, a boy of 3 who has taken a drug since he was six).
        boolean yearsOld = after.matches("(?s)^-?\\s*years?[- ]old\\b.*") && before.matches("(?s).*(?:\\p{L}|,)\\s*$");
        boolean afterName = after.startsWith(",") && before.matches("(?s).*\\b\\p{Lu}?\\p{L}+,\\s*$") && key.number() < 110;
        boolean age = yearsOld || afterName || before.matches("(?s).*\\baged\\s+$");
        if (age) {
            return Math.abs(wrong - key.number()) <= Math.max(2, key.number() * 0.3) && wrong >= 1;
        }
        // "drinking in the pub for 54 years": a span a life can hold stays one; 540 or 162 years is no test.
        if (unit.matches("-?year") && key.number() <= 100) {
            // ("a member for 26 years": 91 years of one person's membership is no wrong answer a reader would weigh; review68
            // GOR q19.)
            return wrong <= (SPAN_OF_A_LIFE.matcher(before).find() ? 70 : 100);
        }
        // "the 7,212-metre mountain": nothing on land stands higher than Everest (8,849 m, 29,032 ft), and no point on the
        // mountain higher than its summit.
        if (isHeight(key) && article.matches("(?is).*\\b(?:mountain|peak|summit|altitude|above sea level|climb\\w*)\\b.*")) {
            boolean feet = unit.startsWith("f");
            double highest = highest(article, feet);
            return wrong <= (key.number() < highest ? highest : feet ? 29_032 : 8_849);
        }
        if (unit.startsWith("hour") && after.matches("(?s)^\\W*(?:hours?\\s+)?(?:a|per|each)\\s+day\\b.*")) {
            return wrong < 24;
        }
        if (unit.startsWith("minute") && key.number() <= 90
                && article.matches("(?is).*\\b(?:match|penalty|half-time|kick-off|striker|goalkeeper)\\b.*")) {
            return wrong <= 90;
        }
        if (key.sort() == Quantity.Sort.YEAR && stillToCome(key, sentence)) {
            // Any year after the latest one the article names before it could be the one to come, not one already gone.
            return wrong > latestYearBefore(article, (int) key.number());
        }
        return true;
    }

    /**
     * A forecast's year ({@link #forecast}), or one a deal or a booking runs to: "renewed in March 2033 and runs until 2038",
     * "frozen until at least 2037", "couples who have booked for 2032" (review66 EBB q05, FEL q11; review67 NET q05), or one a
     * modal looks ahead to.
     */
    static boolean stillToCome(Quantity key, String sentence) {
        String before = sentence.substring(0, Math.max(0, Math.min(sentence.length(), key.start())));
        return forecast(sentence) || RUNS_UNTIL.matcher(before).find() || MAY_HAPPEN_IN.matcher(before).find();
    }

    /** "who has been a member for ____ years", "has farmed here for ____ years": a span of one person's working life. */
    private static final Pattern SPAN_OF_A_LIFE = Pattern.compile("(?i)\\b(?:member|worked|lived|served|played|taught|volunteered|"
            + "farmed|fished|run|ran|kept|owned|coached|driven|sung|walked)\\b[^.;]{0,40}?\\bfor\\s+(?:almost\\s+|nearly\\s+|more than\\s+|over\\s+)?$");

    /** "She added that building could start in 2035": a modal whose verb the year goes with (review68 GOR q15). */
    private static final Pattern MAY_HAPPEN_IN = Pattern.compile("(?i)\\b(?:could|might|(?-i:may)|would)\\s+(?:not\\s+)?(?:\\p{L}+\\s+){1,3}"
            + "(?:in|by|before|until)\\s+(?:\\p{L}+\\s+)?$");

    private static final Pattern RUNS_UNTIL = Pattern.compile("(?i)\\b(?:until|till|booked for|due in|due by|scheduled for|planned for)"
            + "(?:\\s+at\\s+least)?\\s+(?:\\p{L}+\\s+)?$");

    /** "expected to open in 2027", "would be worth £310 million by 2028": a year still to come when the words were said. */
    static boolean forecast(String sentence) {
        return sentence.matches("(?is).*\\b(?:expects?|expected|will|forecasts?|projected|projects|targets?|aims?|estimated?|estimates|"
                + "predicts?|predicted)\\b.*");
    }

    private static final Pattern METRES = Pattern.compile("(?i)\\b(\\d{1,2},?\\d{3})(?:-|\\s)?(?:m|metres?|meters?)\\b");
    private static final Pattern FEET = Pattern.compile("(?i)\\b(\\d{1,2},?\\d{3})(?:-|\\s)?(?:ft|feet|foot)\\b");

    /** The greatest height the article gives in metres (or feet). */
    private static double highest(String article, boolean feet) {
        Matcher m = (feet ? FEET : METRES).matcher(article);
        double highest = 0;
        while (m.find()) {
            highest = Math.max(highest, Double.parseDouble(m.group(1).replace(",", "")));
        }
        return highest;
    }

    private static boolean isHeight(Quantity q) {
        String unit = q.unit() == null ? "" : q.unit().toLowerCase(java.util.Locale.ROOT);
        return unit.matches("-?(?:m|metres?|meters?|ft|feet|foot)") && q.number() >= 1000;
    }

    /**
     * Whether a wrong value keeps the figure's order to the other figures of its sort in the same
     * sentence: "9,000 of the country's 13,500 doctors" cannot become "9,000 of … 640 doctors".
     */
    static boolean keepsOrder(Quantity key, double wrong, List<Quantity> sameSentence) {
        for (Quantity other : sameSentence) {
            if (other.start() == key.start() || other.sort() != key.sort() || Double.isNaN(other.number())) {
                continue;
            }
            if (Math.signum(key.number() - other.number()) != Math.signum(wrong - other.number())) {
                return false;
            }
        }
        return true;
    }

    /** What a figure counts in beyond its digits: "£1.6m", "40 per cent". */
    private static final String SCALE_WORD = "(m|bn|k|%|\\s*per\\s*cent|\\s*million|\\s*billion)";
    private static final Pattern CHANGED_FROM = Pattern.compile("(?i)\\b(up|down|rising|falling|risen|fallen)\\s+from\\s+([£$€]?)"
            + "(\\d[\\d,]*(?:\\.\\d+)?)" + SCALE_WORD + "?");
    private static final Pattern SCALE = Pattern.compile("(?i)" + SCALE_WORD + "$");

    /**
     * "312 members, 41 of them juniors, up from 287": a wrong value keeps the direction of the change and stays within half
     * the old figure again, or the sentence itself shows which one is right (review27 HOL q07: 780 beside "up from 287").
     */
    static boolean believableChange(Quantity key, double wrong, String sentence) {
        Matcher m = CHANGED_FROM.matcher(sentence);
        while (m.find()) {
            if (m.start() < key.start()) {
                continue;
            }
            // "filed 11 weeks late …, a wage bill of £2.3m, up from £1.6m": the old figure must be of the key's own kind.
            String keyMoney = key.value().matches("^[£$€].*") ? key.value().substring(0, 1) : "";
            Matcher keyScale = SCALE.matcher(key.value().strip());
            String scale = keyScale.find() ? keyScale.group(1).strip().toLowerCase(java.util.Locale.ROOT) : "";
            String oldScale = m.group(4) == null ? "" : m.group(4).strip().toLowerCase(java.util.Locale.ROOT);
            if (!keyMoney.equals(m.group(2)) || !scale.equals(oldScale)) {
                continue;
            }
            double old = Double.parseDouble(m.group(3).replace(",", ""));
            boolean up = m.group(1).toLowerCase(java.util.Locale.ROOT).matches("up|rising|risen");
            if (Double.isNaN(key.number()) || up != key.number() > old) {
                return true;
            }
            return up ? wrong > old && wrong <= old * 1.5 : wrong < old && wrong >= old * 0.5;
        }
        return true;
    }

    /**
     * "fell from 1,240 hectares to 850 hectares, a loss of 31 percent": figures tied by arithmetic
     * or by "twice as" — changing one makes the sentence contradict itself.
     */
    static boolean linked(Quantity key, String sentence, List<Quantity> sameSentence) {
        long sameUnit = Math.max(sameSentence.stream().filter(o -> o.sort() == key.sort()).count(),
                FROM_TO.matcher(sentence).find() ? 2 : 0);
        boolean percent = sameSentence.stream().anyMatch(o -> o.sort() == Quantity.Sort.PERCENT && o.start() != key.start());
        boolean ratio = sentence.matches("(?is).*\\b(twice|double|doubled|halved|half as|times as|times more|times the)\\b.*");
        boolean fromTo = FROM_TO.matcher(sentence).find();
        // "… to 850 hectares, a loss of 31 percent": the share is worked out from the figures beside it.
        boolean derivedShare = key.sort() == Quantity.Sort.PERCENT && (fromTo || ratio
                && sameSentence.stream().filter(o -> o.sort() == Quantity.Sort.PERCENT).count() >= 2);
        return sameUnit >= 2 && (percent || ratio) || derivedShare;
    }

    /** "February 23" → "February 16", "February 27": other days of the same month. */
    private static List<String> days(String value) {
        Matcher day = DAY_OF_MONTH.matcher(value);
        if (!day.matches()) {
            return List.of();
        }
        boolean monthFirst = day.group(1) != null;
        int d = Integer.parseInt(monthFirst ? day.group(2) : day.group(4));
        List<String> out = new ArrayList<>();
        for (int delta : new int[] {-7, 4, -14, 9, 2}) {
            int other = d + delta;
            if (other >= 1 && other <= 28) {
                out.add(monthFirst ? day.group(1) + other + day.group(3) : other + day.group(5));
            }
        }
        return out;
    }

    /** Every year in the value moves by the same step, staying on or before the latest year the article names. */
    private static List<String> years(String value, int latest) {
        List<String> out = new ArrayList<>();
        for (int step : YEAR_STEPS) {
            Matcher m = YEAR.matcher(value);
            StringBuilder b = new StringBuilder();
            boolean ok = true;
            while (m.find()) {
                int y = Integer.parseInt(m.group()) + step;
                ok &= y <= latest && y > 1500;
                m.appendReplacement(b, String.valueOf(y));
            }
            m.appendTail(b);
            if (ok && !b.toString().equals(value)) {
                out.add(b.toString());
            }
        }
        return out;
    }

    private static int maxYear(String value) {
        return latestYear(value);
    }

    /** A child stays a child and an adult an adult; nobody is 110. */
    private static List<String> ages(Quantity q) {
        Matcher m = NUMBER.matcher(q.value());
        if (!m.find()) {
            return List.of();
        }
        int age = (int) q.number();
        boolean child = age < 18;
        int low = child ? 1 : 18;
        int high = child ? 17 : 105;
        List<String> out = new ArrayList<>();
        for (int step : AGE_STEPS) {
            // Small ages move by small steps: a 6-year-old is not confused with a 13-year-old, nor a 12-year-old on a BMX
            // with a 3-year-old (review86 fallowick q01).
            int scaledStep = age < 10 ? Integer.signum(step) * Math.max(1, Math.abs(step) / 3)
                    : child ? Integer.signum(step) * Math.max(1, Math.abs(step) / 2) : step;
            int other = age + scaledStep;
            if (other >= low && other <= high && other != age) {
                out.add(q.value().substring(0, m.start()) + other + q.value().substring(m.end()));
            }
        }
        return new ArrayList<>(new LinkedHashSet<>(out));
    }

    /** One number scaled by each factor (or, for small decimals, moved by steps), kept below {@code max}. */
    private static List<String> scaled(String value, double[] factors, double max) {
        Matcher m = NUMBER.matcher(value);
        if (!m.find()) {
            return List.of();
        }
        String digits = m.group();
        double n = Double.parseDouble(digits.replace(",", ""));
        boolean decimal = digits.contains(".");
        boolean scale = value.matches("(?i).*\\d\\s*(million|billion|trillion|thousand|bn|m)\\b.*");
        // "£16.99" → "£8.50", never "£8.5": pence are written with two digits.
        boolean twoPlaces = digits.matches(".*\\.\\d\\d");
        Set<Double> values = new LinkedHashSet<>();
        if (factors == null || decimal && n < 10) {
            // "2.7 million" → "1.7 million", "3.7 million": small decimals move by steps; a factor would read as a typo.
            for (double delta : new double[] {-1, 1, 1.5, 2.5, -0.5}) {
                values.add(twoPlaces ? Math.round((n + delta) * 100) / 100.0 : Math.round((n + delta) * 10) / 10.0);
            }
        } else {
            for (double f : factors) {
                values.add(twoPlaces ? Math.round(n * f * 100) / 100.0
                        : decimal ? Math.round(n * f * 10) / 10.0 : roundLike(n * f, digits));
            }
        }
        List<String> out = new ArrayList<>();
        for (double v : values) {
            // A count of things is a whole number of at least two; a scaled amount stays readable ("0.3 million" is not).
            if (v == n || v > max || v <= 0 || !decimal && v < 2 || scale && (v < 1 || v >= 1000)) {
                continue;
            }
            String formatted = twoPlaces ? twoDecimals(v, grouped(digits, v))
                    : format(v, decimal || v != Math.rint(v), grouped(digits, v));
            if (!formatted.equals(digits)) {
                out.add(value.substring(0, m.start()) + formatted + value.substring(m.end()));
            }
        }
        return out;
    }

    /** To as many significant digits as the article's figure: 6,750 × 1.4 is 9,450, 38,000 × 1.4 is 53,000, 86,400 × 1.8 is 155,500. */
    static double roundLike(double v, String digits) {
        String whole = digits.replace(",", "").replaceAll("\\..*$", "");
        String significant = whole.replaceAll("0+$", "");
        // Two at least: one would turn 400 × 0.6 back into 200, half of it.
        int places = Math.max(2, significant.length());
        // A whole number stays whole: 212 × 0.4 is 85, not 84.8.
        double magnitude = Math.max(1, Math.pow(10, Math.floor(Math.log10(Math.abs(v))) + 1 - places));
        // Nor rounder than the figure itself: beside 86,400 a wrong 156,000 stands out; 155,500 does not.
        double unit = Math.pow(10, whole.length() - significant.length());
        magnitude = Math.min(magnitude, Math.max(1, unit));
        return Math.round(v / magnitude) * magnitude;
    }

    /** "20 to 50" → "10 to 25", "40 to 100": both ends move together. */
    private static List<String> scaledAll(String value, double[] factors) {
        List<String> out = new ArrayList<>();
        for (double f : factors) {
            Matcher m = NUMBER.matcher(value);
            StringBuilder b = new StringBuilder();
            while (m.find()) {
                String digits = m.group();
                double v = Double.parseDouble(digits.replace(",", "")) * f;
                // "£11.40 to £15.20" → "£6.84 to £9.12": prices keep their pence (review19: "£3.4 to £4.6" stood out).
                m.appendReplacement(b, digits.matches(".*\\.\\d\\d") ? twoDecimals(v, grouped(digits, v))
                        : format(v, digits.contains("."), grouped(digits, v)));
            }
            m.appendTail(b);
            // "15 to 18" scaled by 0.3 rounds to "5 to 5", a range no reader would choose (review78 aldwinter q06).
            if (!b.toString().equals(value) && distinctEnds(value) == distinctEnds(b.toString())) {
                out.add(b.toString());
            }
        }
        return out;
    }

    private static boolean distinctEnds(String range) {
        return NUMBER.matcher(range).results().map(r -> r.group().replace(",", "")).distinct().count() > 1;
    }

    /** Thousands separators as the article writes them: "1640 feet" stays ungrouped, "212" grown to "2,120" is grouped. */
    private static boolean grouped(String original, double v) {
        String whole = original.replaceAll("\\..*$", "");
        return original.contains(",") || v >= 10_000 || whole.length() <= 3 && v >= 1000;
    }

    private static String twoDecimals(double v, boolean grouped) {
        DecimalFormat f = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        f.setGroupingUsed(grouped);
        return f.format(v);
    }

    private static String format(double v, boolean decimal, boolean grouped) {
        DecimalFormat f = new DecimalFormat(decimal ? "#,##0.#" : "#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        f.setGroupingUsed(grouped);
        return f.format(decimal ? Math.round(v * 10) / 10.0 : Math.round(v));
    }
}
