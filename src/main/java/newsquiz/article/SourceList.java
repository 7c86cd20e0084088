package newsquiz.article;

import java.util.ArrayList;
import java.util.List;

/** Parses a closing "Sources: DPA and KCNA news agencies, BBCThe Moscow Times, CNN" line. */
final class SourceList {
    private SourceList() {}

    private static final java.util.regex.Pattern HEADING = java.util.regex.Pattern.compile("(?i)(?:sources?|references)\\s*:?");
    /** One Wikinews-style citation: "“Title” – Outlet, date", perhaps after a bullet. */
    private static final java.util.regex.Pattern CITATION = java.util.regex.Pattern.compile(
            "\\s*[*\u2022-]?\\s*[\"\u201c][^\"\u201c\u201d]+[\"\u201d]\\s*[-\u2013\u2014]\\s*([^,\"\u201c]+?)\\s*(?:,[^\"\u201c]*)?(?=\\s*(?:[*\u2022-]?\\s*[\"\u201c]|$))");

    /** Whether a line is the heading of a closing list of sources given one per line ("Sources"). */
    static boolean isHeading(String line) {
        return HEADING.matcher(line.strip()).matches();
    }

    /**
     * The outlets of a block made only of citations ("“Residents evacuated …” - Orrendale Courier, April 12, 2029"), in
     * order; empty when anything else is in it.
     */
    static List<String> citations(String block) {
        List<String> outlets = new ArrayList<>();
        java.util.regex.Matcher m = CITATION.matcher(block);
        int at = 0;
        while (at < block.length() && m.find(at) && m.start() == at) {
            outlets.add(m.group(1).strip());
            at = m.end();
        }
        return at == block.length() ? outlets : List.of();
    }

    static List<String> parse(String list) {
        List<String> names = new ArrayList<>();
        for (String part : list.split("\\s*[,;]\\s*|\\s+and\\s+|\\s*&\\s*")) {
            // Pasted lists lose their separators: "BBCThe Moscow Times" is two names.
            for (String name : part.split("(?<=\\p{Lu}{2})(?=\\p{Lu}\\p{Ll})")) {
                String clean = name.strip().replaceAll("[.\u201c\u201d\"]+$", "").replaceAll("^[\u201c\"]+", "");
                if (!clean.isEmpty()) {
                    names.add(clean);
                }
            }
        }
        return names;
    }
}
