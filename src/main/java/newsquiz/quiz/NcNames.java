package newsquiz.quiz;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Hands out XML names (NCName: a letter or '_' first, then letters, digits, '.', '-', '_') that stay unique
 * within one scope. Uniqueness ignores case because QTI item names also become file names in the zip.
 */
final class NcNames {
    private final Set<String> taken = new HashSet<>();

    /** Marks a name as used without handing it out (e.g. "imsmanifest"). */
    void reserve(String name) {
        taken.add(name.toLowerCase(Locale.ROOT));
    }

    /** {@code wanted} itself when it is a free NCName; otherwise the nearest free one ("1" → "_1", "a b" → "a_b"). */
    String claim(String wanted) {
        String base = sanitize(wanted);
        String name = base;
        for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
            name = base + "_" + n;
        }
        return name;
    }

    static String sanitize(String wanted) {
        String s = ExportText.orEmpty(wanted).replaceAll("[^A-Za-z0-9._-]", "_");
        if (s.isEmpty()) {
            return "_";
        }
        char first = s.charAt(0);
        boolean startsWell = (first >= 'A' && first <= 'Z') || (first >= 'a' && first <= 'z') || first == '_';
        return startsWell ? s : "_" + s;
    }
}
