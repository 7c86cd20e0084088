package newsquiz.generate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsquiz.article.Sentence;

/**
 * How strongly a denial's words answer a claim: the common words they share, counted by their first five letters so that
 * "pumpkins" meets "pumpkin" and "sold" does not meet "slice". A long word the rest of the article does not use
 * ("underpinned" in a house sale) weighs double; names do not count at all, since the horse or the town a story is about
 * is in half its claims.
 */
final class AnswerOverlap {
    private static final Pattern FIGURE = Pattern.compile("(?<![\\p{L}\\d.,])\\d{1,3}(?:,\\d{3})*(?:\\.\\d+)?(?![\\p{L}\\d])");
    private static final Pattern LOWER_CASE_WORD = Pattern.compile("(?<!\\p{L})\\p{Ll}[\\p{L}'\u2019-]*");
    /** A claim and its denial: a word found in no more sentences than these two is the thread between them. */
    private static final int RARE = 2;
    /** Short words ("year", "place") are rare in a short article by chance; a long one is rare because of its topic. */
    private static final int LONG_WORD = 7;
    private static final int LONG_STEM = 7;

    private final Map<String, Integer> sentencesWith = new HashMap<>();
    private final Map<String, Map<String, Word>> stemCache = new HashMap<>();

    AnswerOverlap(List<Sentence> sentences) {
        for (Sentence s : sentences) {
            for (Word word : stems(s.text()).values()) {
                sentencesWith.merge(word.longStem(), 1, Integer::sum);
            }
        }
    }

    /** Two words in common, or one long word the article keeps for these two places, is enough; 0 means not enough. */
    int score(String claim, String denial) {
        Map<String, Word> denied = stemsOf(denial);
        int score = 0;
        for (Map.Entry<String, Word> word : stemsOf(claim).entrySet()) {
            Word other = denied.get(word.getKey());
            if (other != null) {
                // Rarity is judged on the longer stem: "underpinned" is rare where "under" is not.
                boolean rare = word.getValue().length() >= LONG_WORD && word.getValue().longStem().equals(other.longStem())
                        && sentencesWith.getOrDefault(word.getValue().longStem(), 0) <= RARE;
                score += rare ? 2 : 1;
            }
        }
        return score >= 2 ? score : 0;
    }


    /** A common word by its first five letters, with the length of the longest word that had them and its own longer stem. */
    private record Word(int length, String longStem) {}

    /** Every claim is scored against many denials: each text's stems are worked out once per quiz. */
    private Map<String, Word> stemsOf(String text) {
        return stemCache.computeIfAbsent(text, AnswerOverlap::stems);
    }

    /** Content words: "bid", "tax" and "pay" carry a claim as well as longer words; "the" and "was" carry none. */
    private static java.util.Set<String> words(String text) {
        java.util.Set<String> out = new java.util.HashSet<>(Distractors.contentWords(text));
        for (String w : Phrasing.key(text).split(" ")) {
            if (w.length() == 3 && !SHORT_STOP.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }

    private static final java.util.Set<String> SHORT_STOP = java.util.Set.of(
            "the", "and", "but", "not", "nor", "was", "has", "had", "are", "for", "you", "our", "his", "her", "its", "who",
            "why", "how", "any", "all", "one", "two", "six", "ten", "out", "off", "now", "yet", "may", "can", "did", "got",
            "get", "let", "say", "see", "own", "new", "way", "day", "too", "per", "via", "ago", "him", "she", "few", "lot",
            "use", "end", "put", "set", "ask", "saw", "won", "isn", "don", "yes", "etc", "mrs", "old");

    private static Map<String, Word> stems(String text) {
        StringBuilder lower = new StringBuilder();
        Matcher m = LOWER_CASE_WORD.matcher(text);
        while (m.find()) {
            // "night-shift staff" meets "staff on night shifts": each half of a joined word is a word of its own.
            lower.append(m.group().replace('-', ' ')).append(' ');
        }
        Map<String, Word> out = new HashMap<>();
        for (String w : words(lower.toString())) {
            // "forms" meets "form": a plural is the same word for this purpose.
            String bare = w.replaceAll("^['\u2018\u2019]+|['\u2018\u2019]+$", "").replaceFirst("(?<=[^siu'\u2019])s$", "");
            Word word = new Word(bare.length(), bare.length() > LONG_STEM ? bare.substring(0, LONG_STEM) : bare);
            out.merge(bare.length() > 5 ? bare.substring(0, 5) : bare, word, (a, b) -> a.length() >= b.length() ? a : b);
        }
        Matcher figure = FIGURE.matcher(text);
        while (figure.find()) {
            // "planned to close about 40 rural counters" and "There is no list of 40 branches": a figure both give is a thread
            // between them (a year is too common for it).
            String digits = figure.group().replace(",", "");
            if (!digits.matches("(?:19|20)\\d\\d")) {
                out.put("#" + digits, new Word(0, "#" + digits));
            }
        }
        return out;
    }
}
