package newsquiz.analysis;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Court reporting's fronted suggestion: "Put to her by Mr Hale that she had not been in the house, she replied: …". What
 * was put is counsel's claim (when counsel is named after "by"), and the witness's reply, unless it agrees, is the other
 * version of things: a denial whatever its words.
 */
final class PutToWitness {
    private static final Set<String> OBJECT = Set.of("him", "her", "them");
    private static final Set<String> REPLY = Set.of("replied", "said", "answered", "responded", "told", "insisted");
    /** "Yes, that is right", "I accept that", "That is true": a reply that agrees with what was put. */
    private static final Pattern AGREES = Pattern.compile("^\\W*(?:yes|yeah|i accept|i agree|i do accept|that is (?:right|true|correct)|"
            + "that's (?:right|true|correct)|it is true|correct|true)\\b", Pattern.CASE_INSENSITIVE);

    private PutToWitness() {}

    static void add(SentenceView s, List<Draft> found, PhraseParser phrases, Lexicon lexicon, java.util.function.Function<Draft, String> text) {
        if (s.size() < 8 || !s.tokens[0].is("put") || s.tokens[0].quoted() || !s.is(1, "to") || s.at(2) == null
                || !OBJECT.contains(s.tokens[2].lower())) {
            return;
        }
        int by = s.is(3, "by") ? 3 : -1;
        int that = -1;
        for (int k = 3; k < Math.min(s.size(), 12); k++) {
            if (s.tokens[k].is("that") && !s.tokens[k].quoted()) {
                that = k;
                break;
            }
            if (s.tokens[k].text().matches("[;:()\"\u201c\u201d.!?]")) {
                return;
            }
        }
        if (that < 0) {
            return;
        }
        // The comma that closes the suggestion: the last one before the reply's own verb.
        int comma = -1;
        int reply = -1;
        for (int k = that + 2; k < s.size(); k++) {
            if (s.tokens[k].quoted() || s.tokens[k].isQuoteMark()) {
                break;
            }
            if (s.tokens[k].isComma()) {
                comma = k;
            } else if (comma > 0 && REPLY.contains(s.tokens[k].lower()) && k - comma <= 4) {
                reply = k;
                break;
            }
        }
        if (reply < 0) {
            return;
        }
        for (Draft d : found) {
            if (!d.dropped && d.cueToken >= reply && !d.content.isEmpty() && !AGREES.matcher(text.apply(d)).find()) {
                d.setAgainst = true;
            }
        }
        if (by > 0) {
            Phrase counsel = phrases.parse(s, by + 1, that);
            if (counsel == null || found.stream().anyMatch(d -> !d.dropped && d.cueToken == 0)) {
                return;
            }
            Draft d = new Draft(Draft.Kind.VERB, s.index(), 0);
            d.verb = lexicon.cue("claimed");
            d.cue = "put to " + s.tokens[2].text();
            d.phrase = counsel;
            d.content.add(new int[] {s.tokens[that + 1].start(), s.tokens[comma - 1].end()});
            d.contentFromToken = that + 1;
            d.contentToToken = comma;
            found.add(0, d);
        }
    }
}
