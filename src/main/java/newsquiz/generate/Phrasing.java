package newsquiz.generate;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Turns article text into short, readable question and choice text. */
final class Phrasing {
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Set<String> CLAUSE_BREAKS = Set.of(",", ";", ":", "\u2013", "\u2014", "-");
    private static final Set<String> KEEP_CAPITAL = Set.of("I", "I'm", "I've", "I'd", "I'll");

    private Phrasing() {}

    static String clean(String text) {
        String t = SPACES.matcher(text == null ? "" : text).replaceAll(" ").strip();
        t = t.replaceAll("\\s+([,.;:!?])", "$1").replaceAll("\\s*\u2026\\s*", " \u2026 ");
        return t.replaceAll("^[,;:\u2013\u2014-]+\\s*", "").replaceAll("[\\s,;:\u2013\u2014-]+$", "").strip();
    }

    /**
     * At most {@code maxWords} words, cut at a clause boundary where one is near, with an ellipsis
     * when text was dropped; quotation marks stay balanced.
     */
    /** Like {@link #shorten} for reported speech: no opening fragments are dropped. */
    static String shortenPlain(String text, int maxWords) {
        return cut(clean(text).replaceAll("[.!?]+$", ""), maxWords);
    }

    static String shorten(String text, int maxWords) {
        String t = clean(text).replaceAll("[.!?]+$", "");
        return cut(dropVerblessLead(t, maxWords), maxWords);
    }

    private static String cut(String t, int maxWords) {
        String[] words = t.split(" ");
        if (words.length <= maxWords) {
            return balanceQuotes(t);
        }
        int cut = -1;
        for (int i = maxWords - 1; i >= Math.min(6, maxWords / 2); i--) {
            String w = words[i];
            char last = w.charAt(w.length() - 1);
            if (CLAUSE_BREAKS.contains(String.valueOf(last)) || words[Math.min(i + 1, words.length - 1)].matches("(?i)but|which|while|and|although|because")) {
                cut = i + 1;
                break;
            }
        }
        if (cut < 0) {
            cut = maxWords;
        }
        String head = String.join(" ", java.util.Arrays.copyOf(words, cut)).replaceAll("[,;:\u2013\u2014-]+$", "");
        return balanceQuotes(head + "\u2026");
    }

    /**
     * "Highly qualified, hardworking and ready to work…, the Korean construction workers will be
     * an asset…": when the text must be cut, opening fragments without a verb go first.
     */
    private static String dropVerblessLead(String t, int maxWords) {
        if (t.split(" ").length <= maxWords) {
            return t;
        }
        String[] parts = t.split(",\\s+");
        int drop = 0;
        while (drop < parts.length - 1 && !parts[drop].matches("(?i).*\\b(is|are|was|were|has|have|had|will|would|can|could|may|might|should|must)\\b.*")
                && parts[drop].split(" ").length <= 8) {
            drop++;
        }
        if (drop == 0) {
            return t;
        }
        String rest = String.join(", ", java.util.Arrays.copyOfRange(parts, drop, parts.length));
        return rest.split(" ").length >= 6 ? "\u2026 " + rest : t;
    }

    /** "“… in all areas.”?" → "“… in all areas”?": no full stop inside a closing quote before the question mark. */
    static String endQuestion(String text) {
        return text.replaceAll("[.,;:]+([\u201d\"\u2019]*)$", "$1") + "?";
    }

    /** Drops or closes a quotation mark left open by cutting. */
    static String balanceQuotes(String text) {
        long open = text.chars().filter(c -> c == '\u201c').count();
        long close = text.chars().filter(c -> c == '\u201d').count();
        long straight = text.chars().filter(c -> c == '"').count();
        String t = text;
        if (open > close) {
            t = t + "\u201d";
        } else if (close > open) {
            t = "\u201c" + t;
        }
        if (straight % 2 == 1) {
            t = t.endsWith("\"") ? t.substring(0, t.length() - 1) : t + "\"";
        }
        return t;
    }

    /** The text without quotation marks around the whole of it. */
    static String unquote(String text) {
        String t = clean(text);
        while (t.length() > 2 && "\u201c\"\u2018'".indexOf(t.charAt(0)) >= 0 && "\u201d\"\u2019'".indexOf(t.charAt(t.length() - 1)) >= 0
                && t.substring(1, t.length() - 1).chars().noneMatch(c -> c == '\u201c' || c == '\u201d' || c == '"')) {
            t = t.substring(1, t.length() - 1).strip();
        }
        return t.replaceAll("^[\u201c\"]([^\u201d\"]*)$", "$1").replaceAll("^([^\u201c\"]*)[\u201d\"]$", "$1");
    }

    static String capitalise(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return t;
        }
        int i = 0;
        while (i < t.length() && !Character.isLetterOrDigit(t.charAt(i))) {
            i++;
        }
        if (i >= t.length()) {
            return t;
        }
        return t.substring(0, i) + Character.toUpperCase(t.charAt(i)) + t.substring(i + 1);
    }

    private static final Set<String> SENTENCE_STARTERS = Set.of("the", "a", "an", "there", "this", "that", "these", "those",
            "it", "its", "he", "she", "they", "we", "our", "his", "her", "their", "some", "many", "most", "all", "no", "none",
            "every", "each", "both", "any", "such", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
            "ten", "under", "after", "before", "in", "on", "at", "by", "for", "since", "while", "when", "if", "as", "because",
            "however", "but", "and", "so", "now", "then", "only", "nobody", "nothing", "not", "more", "less", "fewer", "almost",
            "about", "around", "nearly", "workers", "people", "children", "parents", "residents", "officials", "police",
            "authorities", "experts", "scientists", "researchers", "critics", "analysts", "doctors", "teachers", "students",
            "families", "members", "leaders", "voters", "witnesses", "investigators", "engineers", "sources", "reports",
            "documents", "figures", "posts", "messages", "records", "data", "studies", "concerns", "first", "early");

    /**
     * Lower-cases the first word when it is an ordinary word ("There were …" → "there were …"),
     * never a name: a word the article writes in lower case somewhere, or a common sentence opener.
     */
    static String lowerFirst(String text, Facts facts) {
        return lowerFirst(text, facts.entityNames, facts.lowerCaseWords);
    }

    static String lowerFirst(String text, Set<String> names, Set<String> lowerCaseWords) {
        String t = text.strip();
        if (t.isEmpty()) {
            return t;
        }
        String first = t.split("[\\s,]")[0].replaceAll("[\u201c\"]", "");
        boolean ordinary = SENTENCE_STARTERS.contains(first.toLowerCase(Locale.ROOT))
                || lowerCaseWords.contains(first.toLowerCase(Locale.ROOT));
        if (KEEP_CAPITAL.contains(first) || !ordinary || names.stream().anyMatch(n -> startsWithWord(t.replaceAll("^[\u201c\"]", ""), n))
                || first.length() > 1 && first.chars().skip(1).anyMatch(Character::isUpperCase)) {
            return t;
        }
        int i = 0;
        while (i < t.length() && !Character.isLetter(t.charAt(i))) {
            i++;
        }
        if (i >= t.length()) {
            return t;
        }
        return t.substring(0, i) + Character.toLowerCase(t.charAt(i)) + t.substring(i + 1);
    }

    /** Whether the text opens with the name itself; "The Russian Foreign Ministry" opens with "The", "The Guardian" with its name. */
    private static boolean startsWithWord(String text, String name) {
        if (name.isBlank()) {
            return false;
        }
        return text.startsWith(name) && !(name.startsWith("The ") && !text.startsWith(name));
    }

    static int words(String text) {
        String t = clean(text);
        return t.isEmpty() ? 0 : t.split(" ").length;
    }

    /** Lower case, letters and digits only: for comparing texts that differ in quotes or spacing. */
    static String key(String text) {
        return clean(text).toLowerCase(Locale.ROOT).replace('\u2019', '\'').replaceAll("[^\\p{L}\\p{N}' ]", "").replaceAll("\\s+", " ").strip();
    }
}
