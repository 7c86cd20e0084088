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

    static List<String> variants(String value, int count) {
        Matcher m = NUMBER.matcher(value);
        if (!m.find()) {
            return List.of();
        }
        String digits = m.group();
        double n = Double.parseDouble(digits.replace(",", ""));
        boolean year = digits.matches("(1[89]|20)\\d\\d") && !value.matches(".*\\d\\s*(%|percent|million|billion).*");
        Set<String> out = new LinkedHashSet<>();
        if (year) {
            for (int delta : new int[] {-3, 4, -7, 2}) {
                out.add(value.substring(0, m.start()) + (int) (n + delta) + value.substring(m.end()));
            }
        } else {
            boolean decimal = digits.contains(".");
            for (double f : FACTORS) {
                double v = n * f;
                if (v <= 0 || value.matches(".*(%|percent).*") && v > 100 || !decimal && v < 1) {
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

    private static String format(double v, boolean decimal, boolean grouped) {
        DecimalFormat f = new DecimalFormat(decimal ? "#,##0.#" : "#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        f.setGroupingUsed(grouped || v >= 10_000);
        return f.format(decimal ? Math.round(v * 10) / 10.0 : Math.round(v));
    }
}
