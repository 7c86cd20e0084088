package newsquiz.article;

import java.util.ArrayList;
import java.util.List;

/** Parses a closing "Sources: DPA and KCNA news agencies, BBCThe Moscow Times, CNN" line. */
final class SourceList {
    private SourceList() {}

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
