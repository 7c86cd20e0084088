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

/** Plausible but wrong versions of a figure: "50,000" → "5,000", "500,000", "15,000". */
final class Numbers {
    private static final Pattern NUMBER = Pattern.compile("\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?");
    private static final double[] FACTORS = {10, 0.1, 3, 0.5, 2, 0.3};

    private Numbers() {}

    private static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November|December"
            + "|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)";
    /** "February 23" or "23 February" (not "20 to 50"). */
    private static final Pattern DAY_OF_MONTH = Pattern.compile(
            "(?i)^(" + MONTH + "\\s+)(\\d{1,2})(\\b.*)$|^(\\d{1,2})(\\s+" + MONTH + "(?:\\s.*)?)$");

    static List<String> variants(String value, int count) {
        Matcher day = DAY_OF_MONTH.matcher(value);
        if (day.matches()) {
            // "February 23" → "February 16", "February 9", "February 27": other days of the same month.
            boolean monthFirst = day.group(1) != null;
            int d = Integer.parseInt(monthFirst ? day.group(2) : day.group(4));
            List<String> out = new ArrayList<>();
            for (int delta : new int[] {-7, 4, -14, 9, 2}) {
                int other = d + delta;
                if (other >= 1 && other <= 28 && out.size() < count) {
                    out.add(monthFirst ? day.group(1) + other + day.group(3) : other + day.group(5));
                }
            }
            return out;
        }
        Matcher m = NUMBER.matcher(value);
        if (!m.find()) {
            return List.of();
        }
        Matcher second = NUMBER.matcher(value);
        if (second.find(m.end()) && value.matches("(?i).*\\d\\s*(?:to|and|-)\\s*.*\\d.*")) {
            return rangeVariants(value, count);
        }
        String digits = m.group();
        double n = Double.parseDouble(digits.replace(",", ""));
        boolean year = digits.matches("(1[89]|20)\\d\\d") && !value.matches(".*\\d\\s*(%|percent|million|billion).*");
        Set<String> out = new LinkedHashSet<>();
        if (year) {
            for (int delta : new int[] {-3, 4, -7, 2}) {
                out.add(value.substring(0, m.start()) + (int) (n + delta) + value.substring(m.end()));
            }
        } else if (digits.contains(".") && n < 10) {
            // "2.7 million" → "1.7 million", "3.7 million", "4.2 million": small decimals move by steps, not factors.
            for (double delta : new double[] {-1, 1, 1.5, 2.5, -0.5}) {
                double v = Math.round((n + delta) * 10) / 10.0;
                if (v > 0) {
                    out.add(value.substring(0, m.start()) + format(v, true, false) + value.substring(m.end()));
                }
            }
        } else {
            boolean decimal = digits.contains(".");
            for (double f : FACTORS) {
                double v = n * f;
                boolean scaled = value.matches("(?i).*\\d\\s*(million|billion|trillion|thousand).*");
                if (v <= 0 || value.matches(".*(%|percent).*") && v > 100 || !decimal && v < 1 || scaled && v >= 1000) {
                    continue;
                }
                String formatted = format(v, decimal || v < 10 && v != Math.rint(v), digits.contains(","));
                if (!formatted.equals(digits)) {
                    out.add(value.substring(0, m.start()) + formatted + value.substring(m.end()));
                }
            }
        }
        List<String> list = new ArrayList<>(out);
        return list.subList(0, Math.min(count, list.size()));
    }

    /** "20 to 50" → "10 to 25", "40 to 100": both ends move together. */
    private static List<String> rangeVariants(String value, int count) {
        List<String> out = new ArrayList<>();
        for (double f : new double[] {0.5, 2, 3, 10}) {
            Matcher m = NUMBER.matcher(value);
            StringBuilder b = new StringBuilder();
            while (m.find()) {
                String digits = m.group();
                double v = Double.parseDouble(digits.replace(",", "")) * f;
                m.appendReplacement(b, format(v, digits.contains("."), digits.contains(",")));
            }
            m.appendTail(b);
            if (!b.toString().equals(value) && out.size() < count) {
                out.add(b.toString());
            }
        }
        return out;
    }

    private static String format(double v, boolean decimal, boolean grouped) {
        DecimalFormat f = new DecimalFormat(decimal ? "#,##0.#" : "#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        f.setGroupingUsed(grouped || v >= 10_000);
        return f.format(decimal ? Math.round(v * 10) / 10.0 : Math.round(v));
    }
}
