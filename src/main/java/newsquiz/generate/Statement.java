package newsquiz.generate;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsquiz.analysis.Attribution;

/**
 * One attribution prepared for questions: who (as a learner should read it), what (short and
 * standalone), and the verbatim sentences that prove it.
 */
record Statement(
        int index,
        Attribution attribution,
        String speaker,
        String claim,
        boolean quotation,
        List<Integer> sentences,
        List<String> evidence) {

    int sentence() {
        return attribution.sentence();
    }

    String verb() {
        return Speech.pastTense(attribution);
    }

    /** A claim someone may reject: not itself a denial, nor what its speaker admitted ("It did accept that …"). */
    boolean rejectable() {
        return attribution.stance() != newsquiz.analysis.Stance.DENY && attribution.stance() != newsquiz.analysis.Stance.CONFIRM;
    }

    private static final Pattern OWN_PRONOUN = Pattern.compile("(?i)^(?:that\\s+)?(he|she|it|they|his|her|its|their)\\s+(\\S+)");

    /**
     * {@code claim} with the article's own pronoun back where the speaker's name stood in for it: in a question that
     * names the speaker or asks for them, "how did Devin Achterberg say that Devin Achterberg had …" repeats itself and
     * "Who said that Brightwell's operatives …" names its answer; "he had …", "its operatives …" read right.
     */
    String withOwnPronoun(String claim) {
        Matcher pronoun = OWN_PRONOUN.matcher(Phrasing.clean(attribution.content()));
        if (!pronoun.find()) {
            return claim;
        }
        String own = pronoun.group(1).toLowerCase(Locale.ROOT);
        if (own.matches("his|her|its|their")) {
            // The owner may be the speaker's owner: "its troops" of "Vardania's foreign ministry" became "Vardania's troops".
            Matcher owner = Pattern.compile("^[^\\s\"\u201c]+(?:\\s[^\\s\"\u201c]+){0,5}?['\u2019]s?\\s+(?=" + Pattern.quote(pronoun.group(2)) + ")")
                    .matcher(claim);
            return owner.find() ? own + " " + claim.substring(owner.end()) : claim;
        }
        return claim.startsWith(speaker + " ") ? own + claim.substring(speaker.length()) : claim;
    }

    /**
     * "expects the ledgers to become the most-read thing on the island": what was said is the cue's object and an
     * infinitive, not a clause. It follows "Who expected …?" without "that", and is never offered as "That the ledgers to
     * become …" (review23).
     */
    boolean objectAndInfinitive() {
        String content = Phrasing.unquote(Phrasing.clean(attribution.content()));
        String cue = attribution.cue();
        String[] words = content.split(" ");
        String opening = String.join(" ", java.util.Arrays.copyOf(words, Math.min(3, words.length)));
        return !cue.isBlank() && Phrasing.unquote(Phrasing.clean(String.join(" ", evidence))).contains(cue + " " + opening)
                && ClauseCheck.objectAndInfinitive(content);
    }
}
