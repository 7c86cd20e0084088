package newsquiz.analysis;

import java.util.List;
import java.util.Set;

/**
 * A claim that a second speaker took up, told in an appositive after it: "The daily reported that
 * 40,000 visas had been cancelled, a figure repeated on Wednesday by the deputy speaker, Andor
 * Kessely, in a post on Facebook." The deputy speaker said the same thing as the daily.
 */
final class EchoedClaims {
    private static final Set<String> ECHO_NOUNS = Set.of("figure", "number", "claim", "claims", "allegation", "estimate", "total",
            "line", "phrase", "view", "description", "charge", "accusation");
    private static final Set<String> ECHO_PARTICIPLES = Set.of("repeated", "echoed", "cited", "quoted", "shared", "endorsed",
            "amplified");

    private EchoedClaims() {}

    /** The token of "by" after an echoing participle at {@code v} (", a figure repeated on Wednesday by …"), or -1. */
    static int echoBy(SentenceView s, int v) {
        if (!ECHO_PARTICIPLES.contains(s.tokens[v].lower()) || s.tokens[v].quoted() || v < 3 || !ECHO_NOUNS.contains(s.tokens[v - 1].lower())
                || !s.tokens[v - 2].isAny("a", "the", "that", "this") || !s.tokens[v - 3].isComma()) {
            return -1;
        }
        for (int i = v + 1; i < Math.min(s.size(), v + 6); i++) {
            Token t = s.tokens[i];
            if (t.is("by")) {
                return i;
            }
            if (t.isComma() || t.quoted() || t.isQuoteMark() || t.isVerb() && !t.tag().startsWith("NOUN")) {
                return -1;
            }
        }
        return -1;
    }

    /** Adds the second speaker's draft, with the first one's content, for each echo in the sentence. */
    static void add(SentenceView s, List<Draft> found, PhraseParser phrases, Lexicon lexicon) {
        for (int v = 3; v < s.size(); v++) {
            int by = echoBy(s, v);
            if (by < 0) {
                continue;
            }
            int comma = v - 3;
            Draft claim = null;
            for (Draft d : found) {
                if (!d.dropped && d.content.size() == 1 && d.coversToken(comma - 1)) {
                    claim = d;
                }
            }
            int end = by + 1;
            while (end < s.size() && !(s.tokens[end].isComma() && s.at(end + 1) != null && s.tokens[end + 1].isPreposition())
                    && !(s.tokens[end].isPunct() && !s.tokens[end].isComma() && end == s.size() - 1)) {
                end++;
            }
            Phrase speaker = end > by + 1 ? phrases.parse(s, by + 1, end) : null;
            if (claim == null || speaker == null) {
                continue;
            }
            int[] range = claim.content.get(0);
            // The claim ends where the appositive about it begins.
            range[1] = Math.min(range[1], s.tokens[comma - 1].end());
            claim.contentToToken = Math.min(claim.contentToToken, comma);
            Draft echo = new Draft(Draft.Kind.VERB, s.index(), v);
            echo.verb = lexicon.cue("repeated");
            echo.cue = s.tokens[v].text();
            echo.phrase = speaker;
            echo.content.add(new int[] {range[0], range[1]});
            echo.quoted = claim.quoted;
            echo.contentFromToken = claim.contentFromToken;
            echo.contentToToken = comma;
            found.add(echo);
        }
    }
}
