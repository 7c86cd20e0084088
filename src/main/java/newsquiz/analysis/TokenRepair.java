package newsquiz.analysis;

import newsquiz.nlp.Nlp;
import newsquiz.nlp.TaggedTokens;

/**
 * The tokenizer sometimes glues a closing quotation mark to the punctuation before it ("?”",
 * ".’") or a full stop to the last word of a quotation ("toxic."), which hides where the
 * quotation ends. Such a sentence is tagged again with a space at each seam; offsets still point
 * into the original text. It also splits a verb joined by a hyphen ("pooh-poohed"), which is put
 * back together.
 */
final class TokenRepair {
    private static final String QUOTES = "\"\u201d\u2019'\u00bb";

    private TokenRepair() {}

    static TaggedTokens repair(Nlp nlp, String sentence, TaggedTokens tagged) {
        return joinHyphenatedVerbs(splitSeams(nlp, sentence, tagged));
    }

    private static final java.util.Set<String> OBJECT_OPENERS = java.util.Set.of("the", "that", "this", "these", "those", "it", "them",
            "its", "their", "his", "her", "a", "an", "any", "every", "all");

    /**
     * "Winnan pooh-poohed the figure, saying …": the tokenizer splits a verb joined by a hyphen, and its first half then reads as
     * part of the name before it ("Winnan pooh"). Two lower-case halves with no space around the hyphen, the second a verb in
     * "-ed" before its object, are one verb.
     */
    private static TaggedTokens joinHyphenatedVerbs(TaggedTokens tagged) {
        int n = tagged.size();
        boolean[] joinAt = null;
        int joins = 0;
        for (int i = 0; i + 3 < n; i++) {
            if (tagged.tokens()[i + 1].equals("-") && tagged.ends()[i] == tagged.starts()[i + 1] && tagged.ends()[i + 1] == tagged.starts()[i + 2]
                    && tagged.tokens()[i].matches("\\p{Ll}{2,}") && tagged.tokens()[i + 2].matches("\\p{Ll}{3,}ed")
                    && tagged.tags()[i + 2].startsWith("VERB") && OBJECT_OPENERS.contains(tagged.tokens()[i + 3].toLowerCase(java.util.Locale.ROOT))) {
                joinAt = joinAt == null ? new boolean[n] : joinAt;
                joinAt[i] = true;
                joins++;
                i += 2;
            }
        }
        if (joinAt == null) {
            return tagged;
        }
        int size = n - 2 * joins;
        String[] tokens = new String[size];
        String[] tags = new String[size];
        int[] starts = new int[size];
        int[] ends = new int[size];
        for (int i = 0, k = 0; i < n; i++, k++) {
            int last = joinAt[i] ? i + 2 : i;
            tokens[k] = joinAt[i] ? tagged.tokens()[i] + "-" + tagged.tokens()[last] : tagged.tokens()[i];
            tags[k] = tagged.tags()[last];
            starts[k] = tagged.starts()[i];
            ends[k] = tagged.ends()[last];
            i = last;
        }
        return new TaggedTokens(tokens, tags, starts, ends);
    }

    private static TaggedTokens splitSeams(Nlp nlp, String sentence, TaggedTokens tagged) {
        StringBuilder spaced = null;
        int[] map = null;
        int copied = 0;
        for (int i = 0; i < tagged.size(); i++) {
            int seam = seam(tagged, i);
            if (seam < 0) {
                continue;
            }
            if (spaced == null) {
                spaced = new StringBuilder(sentence.length() + 8);
                map = new int[sentence.length() + tagged.size() + 1];
            }
            copied = copy(sentence, copied, seam, spaced, map);
            map[spaced.length()] = seam;
            spaced.append(' ');
        }
        if (spaced == null) {
            return tagged;
        }
        copy(sentence, copied, sentence.length(), spaced, map);
        map[spaced.length()] = sentence.length();
        TaggedTokens again = nlp.tag(spaced.toString());
        String[] tokens = new String[again.size()];
        int[] starts = new int[again.size()];
        int[] ends = new int[again.size()];
        for (int i = 0; i < again.size(); i++) {
            starts[i] = map[again.starts()[i]];
            ends[i] = map[again.ends()[i] - 1] + 1;
            tokens[i] = sentence.substring(starts[i], ends[i]);
        }
        return new TaggedTokens(tokens, again.tags(), starts, ends);
    }

    private static int copy(String sentence, int from, int to, StringBuilder out, int[] map) {
        for (int k = from; k < to; k++) {
            map[out.length()] = k;
            out.append(sentence.charAt(k));
        }
        return to;
    }

    /** Offset in the sentence where token i should be split, or -1. */
    private static int seam(TaggedTokens tagged, int i) {
        String text = tagged.tokens()[i];
        int n = text.length();
        if (n < 2) {
            return -1;
        }
        char last = text.charAt(n - 1);
        char before = text.charAt(n - 2);
        if (QUOTES.indexOf(last) >= 0 && ".?!,;:".indexOf(before) >= 0) {
            // "?”" → "?" "”"
            return tagged.starts()[i] + n - 1;
        }
        boolean nextIsQuote = i + 1 < tagged.size() && tagged.tokens()[i + 1].length() == 1
                && QUOTES.indexOf(tagged.tokens()[i + 1].charAt(0)) >= 0;
        if (last == '.' && nextIsQuote && n > 3 && Character.isLowerCase(text.charAt(0))
                && text.substring(0, n - 1).chars().allMatch(Character::isLetter)) {
            // "toxic.”" → "toxic" "." "”"; abbreviations ("a.m.", "Oct.") keep their point.
            return tagged.starts()[i] + n - 1;
        }
        return -1;
    }
}
