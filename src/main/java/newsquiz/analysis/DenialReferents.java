package newsquiz.analysis;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * What a denial of "that" denies. "Residents have accused the authorities of opening the floodgates
 * without warning. The operator denied that, saying …": the statement just reported; "Asked about
 * rumours that she had refused an honour, she denied that": the rumour named in the same sentence.
 */
final class DenialReferents {
    private DenialReferents() {}

    static void resolve(SentenceView s, List<Draft> found, List<Draft> earlier, Function<Draft, String> contentText) {
        for (Draft d : found) {
            if (d.dropped || d.verb == null || d.verb.stance() != Stance.DENY || d.content.size() != 1
                    || !contentText.apply(d).toLowerCase(Locale.ROOT).matches("that|this|it|these|those|them")) {
                continue;
            }
            int[] named = claimBefore(s, d.cueToken);
            if (named != null) {
                d.content.clear();
                d.content.add(new int[] {s.tokens[named[0]].start(), s.tokens[named[1] - 1].end()});
                continue;
            }
            for (int i = earlier.size() - 1; i >= 0; i--) {
                Draft claim = earlier.get(i);
                if (claim.sentence < s.index() - 2) {
                    break;
                }
                if (claim.kind != Draft.Kind.DECLINED && !claim.content.isEmpty()) {
                    d.content.clear();
                    d.content.addAll(claim.content);
                    d.firstSentence = Math.min(d.firstSentence, claim.firstSentence);
                    d.quoted = claim.quoted;
                    break;
                }
            }
        }
    }

    /** The "that" clause of a claim noun ("rumours that …", "reports that …") before token {@code limit}, or null. */
    private static int[] claimBefore(SentenceView s, int limit) {
        for (int i = 0; i + 2 < limit; i++) {
            Token t = s.tokens[i];
            if (!t.quoted() && (AttributionExtractor.CLAIM_NOUNS.contains(t.lower()) || AttributionExtractor.HEARSAY_NOUNS.contains(t.lower()))
                    && s.is(i + 1, "that")) {
                int end = i + 2;
                while (end < limit && !(s.tokens[end].isComma() && !s.tokens[end].quoted())) {
                    end++;
                }
                return end > i + 2 ? new int[] {i + 2, end} : null;
            }
        }
        return null;
    }
}
