package newsquiz.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsquiz.article.Sentence;
import newsquiz.nlp.Alternations;

/**
 * Finds claims the article itself labels false, misleading or unsupported, and links each
 * label to the statement it judges (usually the attribution just before it).
 */
final class LabelFinder {
    private static final String VERDICT = "false|untrue|misleading|unsupported|wrong|inaccurate|incorrect|baseless|unfounded|"
            + "not true|exaggerated|fabricated|fake|debunked|without basis";
    private static final Pattern THAT_CLAIM_IS = Alternations.compile(
            "\\b(?:the|that|this|their|his|her|its|these|those)\\s+(?:\\w+\\s+)?(?:claims?|figures?|assertions?|allegations?|statements?|"
                    + "suggestions?|reports?|accounts?|(posts?|tweets?|messages?)|numbers?|rumou?rs?|stor(?:y|ies))\\s+(?:is|was|are|were)\\s+(?:also\\s+)?"
                    + "(?:completely\\s+|entirely\\s+|simply\\s+)?(" + VERDICT + ")\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern DOES_NOT_SUPPORT = Alternations.compile(
            "\\b(?:do|does|did)\\s+not\\s+(?:support|back up|bear out|substantiate)\\s+(?:that|this|the|such)\\s+(?:claim|figure|assertion|account|allegation)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NO_SUCH_CLAIM = Alternations.compile("\\bmade no such claim\\b|\\bno evidence (?:for|to support) (?:that|this|the) claim",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FALSE_CLAIM_THAT = Alternations.compile(
            "\\b(" + VERDICT + ")\\s+(?:claims?|assertions?|allegations?|reports?|rumou?rs?)\\s+that\\s+(.+?)(?:[.;]|$)", Pattern.CASE_INSENSITIVE);
    private static final Pattern CARRIER_CLAIMING_IS = Alternations.compile(
            "^\\W*(?:the\\s+|some\\s+|many\\s+)?(?:posts?|claims?|reports?|rumou?rs?|messages?|videos?|stories|suggestions?|tweets?)"
                    + "\\s+(?:\\S+\\s+){0,4}?(?:claiming|saying|suggesting|alleging|stating)\\s+that\\s+(.+?)\\s+(?:is|are|was|were)\\s+"
                    + "(?:also\\s+|simply\\s+|completely\\s+)?(" + VERDICT + ")\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern FALSELY = Alternations.compile("\\b(falsely|wrongly|misleadingly)\\s+(?:claims?|claimed|says?|said|states?|stated|suggests?|suggested)\\b",
            Pattern.CASE_INSENSITIVE);
    /**
     * "That is not true.", "That is not correct: Arrowline runs 14 routes …", "That is not so: your shares are not affected …",
     * "That is not what the ruling says.", "That was
     * never true.", "There is no such ban: …" — opening a sentence in the article's own voice (not inside a quotation),
     * the article's verdict on what was just reported.
     */
    private static final Pattern BARE_VERDICT = Alternations.compile(
            "^\\s*(?:(?:That|This|It)\\s+(?:is|was)\\s+(?:simply\\s+|also\\s+|plainly\\s+)?"
                    + "(not correct|not right|not so|never true|not the case|never the case|a myth|"
                    + "not what (?:happened|\\p{L}+(?:\\s+\\p{L}+){0,3}\\s+(?:says?|said|shows?|showed|found|finds))|" + VERDICT + ")"
                    + "|There\\s+(?:is|was|are|were)\\s+(no such)\\s+\\p{L}+)\\s*(?:[.!]\\s*$|[:;\u2013\u2014-]\\s+\\S|\\.\\s*$)");
    /**
     * "Posts claimed the recall covered every model. It does not: only the CW45 is affected." The claim's own verb, negated
     * and bare before a colon or dash, in the article's voice: the article answering what was just reported.
     */
    private static final Pattern NEGATED_BARE = Alternations.compile(
            "^\\s*(?:It|That|This|He|She|They)\\s+(?:does|did|do|has|had|have|is|was|were|are|could|can|will|would)(?:\\s+not|n['\u2019]t|(?<=can)not)"
                    // "It cannot be: the hall is held in trust for the village."
                    + "(?:\\s+(?:be|be so|be true|happen))?\\s*[:;\u2013\u2014]\\s+\\S", Pattern.CASE_INSENSITIVE);
    private static final Pattern RATING = Alternations.compile("^\\s*(?:Our )?(?:rating|verdict)\\s*:\\s*(" + VERDICT + "|mostly false|half true)",
            Pattern.CASE_INSENSITIVE);

    private LabelFinder() {}

    static List<ClaimLabel> find(List<Sentence> sentences, List<Attribution> attributions) {
        List<ClaimLabel> out = new ArrayList<>();
        for (Sentence s : sentences) {
            String text = s.text();
            Matcher m;
            if ((m = FALSE_CLAIM_THAT.matcher(text)).find()) {
                Attribution a = attributionIn(s.index(), attributions);
                out.add(new ClaimLabel(m.group(1).toLowerCase(Locale.ROOT), SentenceView.clean(m.group(2)),
                        a == null ? "" : a.source(), s.index(), s.index(), text));
                continue;
            }
            if ((m = CARRIER_CLAIMING_IS.matcher(text)).find()) {
                // "[Posts claiming that a festival-goer died at Mossbrook Fields are false.]"
                Attribution a = attributionIn(s.index(), attributions);
                out.add(new ClaimLabel(m.group(2).toLowerCase(Locale.ROOT), a == null ? SentenceView.clean(m.group(1)) : a.content(),
                        a == null ? "" : a.source(), s.index(), s.index(), text));
                continue;
            }
            String label = null;
            String carrier = null;
            if ((m = THAT_CLAIM_IS.matcher(text)).find()) {
                carrier = m.group(1) == null ? null : m.group(1).toLowerCase(Locale.ROOT).replaceFirst("s$", "");
                label = m.group(2).toLowerCase(Locale.ROOT);
            } else if (DOES_NOT_SUPPORT.matcher(text).find()) {
                label = "unsupported";
            } else if (NO_SUCH_CLAIM.matcher(text).find()) {
                label = "unsupported";
            } else if ((m = BARE_VERDICT.matcher(text)).find()) {
                String said = (m.group(1) != null ? m.group(1) : m.group(2)).toLowerCase(Locale.ROOT);
                label = said.matches("not correct|not right|not so|never true|not the case|never the case|not what .*|no such") ? "not true"
                        : said.equals("a myth") ? "false" : said;
            } else if (NEGATED_BARE.matcher(text).find()) {
                label = "not true";
            } else if ((m = RATING.matcher(text)).find()) {
                label = m.group(1).toLowerCase(Locale.ROOT);
            } else if ((m = FALSELY.matcher(text)).find()) {
                Attribution a = attributionIn(s.index(), attributions);
                if (a != null) {
                    out.add(new ClaimLabel("false", a.content(), a.source(), a.sentence(), s.index(), text));
                }
                continue;
            }
            if (label == null) {
                continue;
            }
            ClaimLabel unattributed = unattributedClaimBefore(s, sentences, attributions, label);
            if (unattributed != null) {
                out.add(unattributed);
                continue;
            }
            Attribution nearest = carrier != null ? carried(s.index(), attributions, carrier)
                    : judged(s.index(), attributions, text.toLowerCase(Locale.ROOT).startsWith("our"));
            // "That claim is false", straight after a claim the analysis did not find, is not about one further back.
            Attribution judged = nearest != null && nearest.sentence() < s.index() - 1 && THAT_CLAIM.matcher(text).lookingAt() ? null : nearest;
            if (judged != null && out.stream().noneMatch(l -> l.claimSentence() == judged.sentence() && l.claim().equals(judged.content()))) {
                out.add(new ClaimLabel(label, judged.content(), judged.source(), judged.sentence(), s.index(), text));
            }
        }
        return out;
    }

    private static final Pattern THAT_CLAIM = Alternations.compile("(?i)(?:that|this) (?:claim|post|report|story|rumou?r)\\b");

    /** "A petition … claims that the pouches cost £38,000." */
    private static final Pattern CLAIMS_THAT = Alternations.compile(
            "^(\\p{Lu}(?:[^,]|,(?=\\d)){2,80}?)(?:,(?:[^,]|,(?=\\d)){0,120},)?\\s+(?:claims?|claimed|alleges?|alleged|says?|said|suggests?|suggested|states?|stated|insists?|insisted)"
            // "claimed on Sunday that …"
            + "(?:\\s+(?:on|last|this|early|late)\\s+\\p{L}+)?\\s+that\\s+(.{12,})$");

    /**
     * "A petition … claims that X. That claim is wrong.": the verdict judges the claim just before it, even when nobody
     * the analysis counts as a speaker made it (a petition, a leaflet, a post).
     */
    private static ClaimLabel unattributedClaimBefore(Sentence verdict, List<Sentence> sentences, List<Attribution> attributions, String label) {
        int previous = verdict.index() - 1;
        if (previous < 0 || attributionIn(previous, attributions) != null) {
            return null;
        }
        Sentence before = sentences.stream().filter(x -> x.index() == previous).findFirst().orElse(null);
        if (before == null) {
            return null;
        }
        Matcher m = CLAIMS_THAT.matcher(before.text().strip());
        if (!m.matches()) {
            return null;
        }
        String claim = SentenceView.clean(m.group(2)).replaceAll("[.!]+$", "");
        return new ClaimLabel(label, claim, SentenceView.clean(m.group(1)), previous, verdict.index(), verdict.text());
    }

    private static Attribution attributionIn(int sentence, List<Attribution> attributions) {
        for (Attribution a : attributions) {
            if (a.sentence() == sentence) {
                return a;
            }
        }
        return null;
    }

    /**
     * "Governors agreed that the post was untrue": the verdict judges what the post said, however far back, and not the
     * statement just before it; null when no statement came from a post.
     */
    private static Attribution carried(int sentence, List<Attribution> attributions, String carrier) {
        Attribution best = null;
        Pattern word = Pattern.compile("(?i)\\b" + carrier + "s?\\b");
        for (Attribution a : attributions) {
            if (a.sentence() < sentence && a.sentence() >= sentence - 12 && a.stance() != Stance.DENY
                    && (word.matcher(a.source()).find() || a.mention() != null && word.matcher(a.mention()).find())) {
                best = a;
            }
        }
        return best;
    }

    /** The statement a verdict judges: the closest attribution before it, or the article's first for a closing rating. */
    private static Attribution judged(int sentence, List<Attribution> attributions, boolean rating) {
        if (rating && !attributions.isEmpty()) {
            return attributions.get(0);
        }
        Attribution best = null;
        for (Attribution a : attributions) {
            // A denial two sentences back is more likely what the verdict answers than what it judges; one said just
            // before it ("… that “not one home game” would be on the service. That is not correct: …") is what it judges.
            if (a.sentence() < sentence && a.sentence() >= sentence - 3 && (a.stance() != Stance.DENY || a.sentence() == sentence - 1)) {
                best = a;
            }
        }
        return best;
    }
}
