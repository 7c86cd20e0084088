package newsquiz.quiz;

/** Text clean-up shared by the exporters: line endings, one-line forms, characters XML cannot hold. */
final class ExportText {
    private static final char REPLACEMENT = '\uFFFD';

    private ExportText() {}

    static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /** CRLF and lone CR become LF, so every format sees one kind of line break. */
    static String normalizeNewlines(String text) {
        return orEmpty(text).replace("\r\n", "\n").replace('\r', '\n');
    }

    /** Every run of white space, line breaks included, becomes one space. */
    static String oneLine(String text) {
        return orEmpty(text).replaceAll("[\\s\\u0085\\u2028\\u2029]+", " ").strip();
    }

    /** Shortens to at most {@code max} code points, never splitting a surrogate pair. */
    static String abbreviate(String text, int max) {
        if (text.codePointCount(0, text.length()) <= max) {
            return text;
        }
        int end = text.offsetByCodePoints(0, max - 1);
        return text.substring(0, end).strip() + "…";
    }

    /**
     * Replaces what XML 1.0 cannot carry (most C0 controls, lone surrogates, U+FFFE/U+FFFF) with U+FFFD;
     * a real XML writer escapes markup but writes these through, and the file would not parse.
     */
    static String xmlSafe(String text) {
        String s = orEmpty(text);
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok;
            if (Character.isHighSurrogate(c)) {
                ok = i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
                if (ok) {
                    if (out != null) {
                        out.append(c).append(s.charAt(i + 1));
                    }
                    i++;
                    continue;
                }
            } else if (Character.isLowSurrogate(c)) {
                ok = false;
            } else {
                ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF);
            }
            if (!ok && out == null) {
                out = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (out != null) {
                out.append(ok ? c : REPLACEMENT);
            }
        }
        return out == null ? s : out.toString();
    }
}
