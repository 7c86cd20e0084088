package newsquiz.analysis;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * What a denial of "that" denies. "Residents have accused the authorities of opening the floodgates
 * without warning. The operator denied that, saying …": the statement just reported; "Asked about
 * rumours that she had refused an honour, she denied that": the rumour named in the same sentence.
 */
final class DenialReferents {
    private DenialReferents() {}

    /**
     * {@code lastUnsourcedReport}: the latest sentence before this one that reports a claim no one is quoted for ("Some
     * tenants have been told that …"); a "that" after it points there, not at a statement before it.
     */
    static void resolve(SentenceView s, List<Draft> found, List<Draft> earlier, int lastUnsourcedReport,
            Function<Draft, String> contentText) {
        for (Draft d : found) {
            if (d.dropped || d.verb == null || d.verb.stance() != Stance.DENY || d.content.size() != 1) {
                continue;
            }
            String text = contentText.apply(d).toLowerCase(Locale.ROOT);
            if (ACCUSATION.matcher(text).matches()) {
                // "She accused suppliers of inflating the costs. Brackley flatly rejected the accusation.": what was alleged.
                d.pointsBack = true;
                Draft accusation = accusationBefore(s, earlier);
                if (accusation != null) {
                    // Both: the denial's own words ("the accusation") and what they point back at.
                    d.content.addAll(0, accusation.content);
                    d.firstSentence = Math.min(d.firstSentence, accusation.firstSentence);
                }
                continue;
            }
            // "waved it away as …": the pronoun between the verb and its particle is what is denied.
            boolean pronounInCue = d.cue != null && d.cue.matches("(?i)\\S+ (?:it|that|this|them) \\S+.*");
            int[] asked = pronounInCue ? claimBefore(s, d.cueToken) : null;
            if (asked != null) {
                d.content.clear();
                d.content.add(new int[] {s.tokens[asked[0]].start(), s.tokens[asked[1] - 1].end()});
                continue;
            }
            // "flatly denied this in a statement sent to reporters": the pronoun is the object, the rest says where.
            // "rejected that firmly": the content kept only the manner adverb after the pronoun.
            boolean pronounThenManner = d.contentFromToken == d.cueToken + 2 && s.at(d.cueToken + 1) != null
                    && s.tokens[d.cueToken + 1].isAny("that", "this", "it", "them") && text.matches("\\p{L}+ly");
            if (!pronounThenManner
                    && !text.matches("(?:that|this|it|these|those|them)(?: (?:in|on|at|during|through|via|by|with|to|when|after)\\b.*)?")) {
                continue;
            }
            int[] named = claimBefore(s, d.cueToken);
            if (named != null) {
                d.content.clear();
                d.content.add(new int[] {s.tokens[named[0]].start(), s.tokens[named[1] - 1].end()});
                continue;
            }
            int latest = -1;
            for (int i = earlier.size() - 1; i >= 0; i--) {
                Draft claim = earlier.get(i);
                if (claim.sentence < s.index() - 2 || claim.lastSentence < lastUnsourcedReport) {
                    break;
                }
                if (claim.kind != Draft.Kind.DECLINED && !claim.content.isEmpty()) {
                    latest = latest < 0 ? takenUpByTheReason(s, found, d, earlier, i, lastUnsourcedReport, contentText) : latest;
                    if (i != latest) {
                        continue;
                    }
                    d.content.clear();
                    Draft reported = reportedJustBefore(earlier, i);
                    if (reported != null) {
                        // "Some residents said the smoke contained chlorine. “It was a poison cloud,” said NAME. The company
                        // denied this": the quotation bears out the claim reported before it; the denial answers both.
                        d.content.addAll(reported.content);
                    }
                    d.content.addAll(claim.content);
                    d.firstSentence = Math.min(d.firstSentence, claim.firstSentence);
                    d.quoted = claim.quoted;
                    break;
                }
            }
        }
    }

    /**
     * "Funeral directors said the council was using the crematorium to plug a hole in its budget. Their spokesman said the
     * filters could have been paid off within 15 years. The council disputed that, saying every crown would go into a
     * separate crematorium account": the reason given with the denial says which of the claims just before "that" is; an
     * earlier one it takes up at least two words of, more than it does of the latest ({@code latest}), rather than the latest.
     */
    private static int takenUpByTheReason(SentenceView s, List<Draft> found, Draft d, List<Draft> earlier, int latest,
            int lastUnsourcedReport, Function<Draft, String> contentText) {
        String reason = found.stream().filter(o -> o != d && !o.dropped && o.cueToken > d.cueToken && !o.content.isEmpty())
                .map(contentText).findFirst().orElse(null);
        if (reason == null) {
            return latest;
        }
        int best = latest;
        int bestShared = AnsweredClaims.sharedCommonStems(contentText.apply(earlier.get(latest)), reason);
        for (int i = latest - 1; i >= 0; i--) {
            Draft claim = earlier.get(i);
            if (claim.sentence < s.index() - 2 || claim.lastSentence < lastUnsourcedReport) {
                break;
            }
            int shared = claim.kind == Draft.Kind.DECLINED || claim.content.isEmpty() ? 0
                    : AnsweredClaims.sharedCommonStems(contentText.apply(claim), reason);
            if (shared >= 2 && shared > bestShared) {
                best = i;
                bestShared = shared;
            }
        }
        return best;
    }

    /**
     * The statement reported in the sentence before the quotation {@code earlier.get(i)}, when that quotation is a
     * speaker's own words following another's reported claim; null otherwise.
     */
    private static Draft reportedJustBefore(List<Draft> earlier, int i) {
        Draft quote = earlier.get(i);
        if (!quote.quoted || i == 0) {
            return null;
        }
        int j = i - 1;
        while (j > 0 && earlier.get(j).lastSentence >= quote.firstSentence && earlier.get(j).uncued) {
            // The same quotation read before its cue was found, not yet taken away.
            j--;
        }
        Draft before = earlier.get(j);
        boolean claimReported = !before.quoted && before.kind == Draft.Kind.VERB && !before.content.isEmpty()
                && before.lastSentence == quote.firstSentence - 1 && before.verb != null && before.verb.stance() == Stance.ASSERT;
        return claimReported ? before : null;
    }

    private static final Pattern ACCUSATION = Pattern.compile("(?:the|that|this|these|those) (?:accusations?|allegations?|charges?)");

    /** The statement of an accusing verb ("accused … of", "alleged") in this sentence or the two before, or null. */
    private static Draft accusationBefore(SentenceView s, List<Draft> earlier) {
        for (int i = earlier.size() - 1; i >= 0; i--) {
            Draft claim = earlier.get(i);
            if (claim.sentence < s.index() - 2) {
                break;
            }
            if (claim.verb != null && ACCUSING.contains(claim.verb.lemma()) && !claim.content.isEmpty()) {
                return claim;
            }
        }
        return null;
    }

    private static final java.util.Set<String> ACCUSING = java.util.Set.of("accuse", "allege", "charge", "claim");

    /** The "that" clause of a claim noun ("rumours that …", "reports that …") before token {@code limit}, or null. */
    /** The "that" at r, or after a short phrase of where the claim was made ("a claim in the same paper that"), or -1. */
    private static int thatAfterPlace(SentenceView s, int r, int limit) {
        if (s.is(r, "that")) {
            return r;
        }
        if (!s.isAny(r, "in", "on", "by", "from")) {
            return -1;
        }
        for (int k = r + 1; k < Math.min(limit, r + 6); k++) {
            if (s.tokens[k].isComma() || s.tokens[k].isVerb()) {
                return -1;
            }
            if (s.tokens[k].is("that")) {
                return k;
            }
        }
        return -1;
    }

    private static int[] claimBefore(SentenceView s, int limit) {
        for (int i = 0; i + 2 < limit; i++) {
            Token t = s.tokens[i];
            if (!t.quoted() && (AttributionExtractor.CLAIM_NOUNS.contains(t.lower()) || AttributionExtractor.HEARSAY_NOUNS.contains(t.lower()))) {
                int that = thatAfterPlace(s, i + 1, limit);
                if (that < 0) {
                    continue;
                }
                int end = that + 1;
                while (end < limit && !(s.tokens[end].isComma() && !s.tokens[end].quoted())) {
                    end++;
                }
                return end > that + 1 ? new int[] {that + 1, end} : null;
            }
        }
        return null;
    }
}
