package newsquiz.generate;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsquiz.analysis.SourceType;

/**
 * A denier's own words turned into question text: the label they put on a claim, the verb phrase
 * they rejected it with, and pronouns that can only mean the denier, so a question reads on its
 * own without naming its answer.
 */
final class DenierWording {
    private DenierWording() {}

    /** Whether a claim opens with a pronoun standing for something said before ("That … is not what we see"). */
    static boolean pointsBack(String claim) {
        return POINTING_PRONOUN.matcher(Phrasing.unquote(claim)).find();
    }

    /** "That … “is simply not what we see”": the claim's subject is something said before, not here. */
    private static final Pattern POINTING_PRONOUN = Pattern.compile(
            "(?i)^(?:that|this|it)\\s*(?:\u2026\\s*)?(?:[\u201c\"]|(?:is|was|isn['\u2019]t|wasn['\u2019]t|did|does|has)\\b)");

    /** "it “continues to reject” the allegations and …": the denier's own rejecting verb phrase. */
    private static final Pattern OWN_REJECTION = Pattern.compile(
            "(?i)^(?:it|he|she)\\s+([\u201c\"]?(?:\\p{L}+\\s+){0,2}(?:rejects|rejected|reject|denies|denied|deny|disputes|disputed|dismisses|dismissed)\\b"
                    + "[\u201d\"]?\\s+(?:the|these|those|all|any)\\s+\\p{L}+s?)\\b.*$");

    static String ownRejection(Statement d) {
        Matcher m = OWN_REJECTION.matcher(Phrasing.unquote(Phrasing.clean(d.attribution().content())));
        if (!m.matches() || !d.claim().startsWith(d.speaker()) || m.group(1).matches("(?i)^(?:reject|deny|dispute)\\b.*")) {
            return null;
        }
        return Phrasing.balanceQuotes(m.group(1).replace('"', '\u201c').replaceFirst("\u201c(?=[^\u201c]*$)", "\u201d"));
    }

    /**
     * "between him and Joel Okoye", said by the person asked about: in "Who insisted …?" the
     * pronoun stands for the answer, and "them" says so without naming it or giving away a sex.
     */
    static String boundToWho(String claim, Statement d, Facts facts) {
        if (d.attribution().sourceType() != SourceType.PERSON || !Readable.unresolvedPersonal(claim) && !onlyBodiesBefore(claim, facts)
                || otherPersonBefore(d, facts) || claim.matches("(?i).*\\b(?:he|she)\\s+\\p{Ll}+[^s\\W]s\\b.*")) {
            // "she says": a present tense that would need its own agreement; left as the article has it.
            return claim;
        }
        // "Who rejected suggestions that she had interfered?": the person asked about, as "they", which names no sex.
        String t = claim;
        for (String[] agree : AGREEMENT) {
            t = t.replaceAll("\\b(?:he|she)\\s+" + agree[0] + "\\b", "they " + agree[1]);
        }
        return t.replaceAll("\\b(?:he|she)\\b", "they").replaceAll("\\b(?:himself|herself)\\b", "themselves")
                .replaceAll("\\bher\\b(?=\\s+(?!(?:to|in|on|at|for|with|from|by|and|or|but|that|as|of)\\b)\\p{Ll})", "their")
                .replaceAll("\\b(?:him|her)\\b", "them").replaceAll("\\b(?:his|hers)\\b", "their");
    }

    private static final Pattern PERSON_NOUN = Pattern.compile("(?i)\\b" + Readable.PERSON_NOUNS + "\\b");

    /**
     * "Greywold Heat Ltd sold him a heat pump too small for his house": the capitals before "him" name a company, not a
     * person he could be, so "him" is the speaker asked about.
     */
    private static boolean onlyBodiesBefore(String claim, Facts facts) {
        Matcher m = Readable.PERSONAL.matcher(claim);
        if (!m.find()) {
            return false;
        }
        String before = claim.substring(0, m.start());
        // "… has never put a price on him”": inside the speaker's own words the pronoun is theirs to mean.
        if (!ClauseCheck.balancedQuotes(before) || PERSON_NOUN.matcher(before).find()) {
            return false;
        }
        for (Facts.SpeakerInfo other : facts.speakers.values()) {
            if (other.type() == SourceType.PERSON || other.type() == SourceType.ANONYMOUS) {
                for (String w : other.name().split("[\\s-]+")) {
                    if (w.length() > 2 && Character.isUpperCase(w.charAt(0)) && WholeWord.in(before, w)) {
                        return false;
                    }
                }
            }
        }
        // Only names the analysis knows as bodies or places may stand before the pronoun.
        for (Matcher cap = CAPITALISED.matcher(before); cap.find(); ) {
            if (facts.entityNames.stream().noneMatch(n -> WholeWord.in(n, cap.group()))) {
                return false;
            }
        }
        return true;
    }

    private static final Pattern CAPITALISED = Pattern.compile("(?<=\\s)\\p{Lu}\\p{L}+");

    private static final String[][] AGREEMENT = {{"was", "were"}, {"is", "are"}, {"has", "have"}, {"does", "do"},
        {"wasn['\u2019]t", "weren't"}, {"isn['\u2019]t", "aren't"}, {"hasn['\u2019]t", "haven't"}, {"doesn['\u2019]t", "don't"}};

    private static final Pattern VERDICT_ON = Pattern.compile("(?i)^(?:it|this)\\s*(?:is|was|['\u2019]s)\\s+(?:simply\\s+|completely\\s+|"
            + "totally\\s+|entirely\\s+|just\\s+|absolutely\\s+)?(?:untrue|false|wrong|not true|incorrect|nonsense|absurd|ridiculous)"
            + "\\s+(?:to\\s+(?:say|suggest|claim)\\s+)?that\\s+(\\p{L}.{10,})$");

    /** "A rumour that the cafe lease had been given to a national chain is wrong": the claim named, then the verdict on it. */
    private static final Pattern NAMED_CLAIM_UNTRUE = Pattern.compile("(?i)^(?:(?:the|a|an|these|those|that|any)\\s+)?(?:[\\p{L}-]+\\s+)?"
            + "(claims?|reports?|rumou?rs?|suggestions?|allegations?|stor(?:y|ies)|accounts?|talk|speculation)\\s+(?:that\\s+)?(\\p{L}.{10,}?)\\s*,?\\s+"
            + "(?:(?:is|are|was|were)\\s+(?:simply\\s+|completely\\s+|totally\\s+|entirely\\s+|just\\s+|absolutely\\s+|plainly\\s+|flatly\\s+)?"
            + "[\u201c\"]?(?:untrue|false|wrong|not true|not remotely true|not correct|incorrect|nonsense|rubbish|baseless|groundless|unfounded|"
            + "without foundation|mistaken)\\b"
            // "the claim that the light would go dark in winter did not stand up, because …" (review68 KET).
            + "|(?:does|did|do)\\s+not\\s+stand\\s+up\\b(?:,?\\s+because\\b.*)?)[^,;]*$");

    /** The kind of claim and the claim a "rumour that … is wrong" names; null for other words. */
    static String[] namedClaimCalledUntrue(String said) {
        java.util.regex.Matcher m = NAMED_CLAIM_UNTRUE.matcher(Phrasing.clean(said).replaceAll("[.]+$", ""));
        if (!m.matches()) {
            return null;
        }
        // One claim is asked for: "Which claim did the trust deny?", though the article wrote "claims".
        String kind = m.group(1).toLowerCase(java.util.Locale.ROOT).replaceFirst("ies$", "y").replaceFirst("s$", "");
        return new String[] {kind, m.group(2)};
    }

    /** "It is simply untrue that the criteria were changed" → "the criteria were changed"; null for other words. */
    static String verdictOn(String said) {
        java.util.regex.Matcher m = VERDICT_ON.matcher(Phrasing.clean(said).replaceAll("[.]+$", ""));
        return m.matches() ? Phrasing.capitalise(m.group(1)) : null;
    }

    /** A named body whose words open with "it" or "its" for itself: "denied that it had been hacked". */
    static boolean speaksOfItself(Statement d) {
        return isNamedBody(d) && Phrasing.clean(d.attribution().content()).matches("(?i)^(?:that\\s+)?(?:it|its)\\s+.*");
    }

    /** An organisation or a government body the article names, not an unnamed one. */
    static boolean isNamedBody(Statement d) {
        SourceType type = d.attribution().sourceType();
        return (type == SourceType.ORGANIZATION || type == SourceType.GOVERNMENT) && !d.attribution().anonymous();
    }

    /** Whether the sentence names another person before what was said, whom a "him" might mean. */
    private static boolean otherPersonBefore(Statement d, Facts facts) {
        String evidence = facts.sentence(d.sentence()).text();
        String content = Phrasing.clean(d.attribution().content());
        int at = evidence.indexOf(content.length() > 20 ? content.substring(0, 20) : content);
        String before = at < 0 ? evidence : evidence.substring(0, at);
        for (Facts.SpeakerInfo other : facts.speakers.values()) {
            if (other.type() != SourceType.PERSON || other.name().equals(d.speaker())) {
                continue;
            }
            for (String w : other.name().split("[\\s-]+")) {
                if (w.length() > 2 && Character.isUpperCase(w.charAt(0)) && !d.speaker().contains(w) && before.contains(w)) {
                    return true;
                }
            }
        }
        return before.matches("(?is).*\\b(?:him|her|them)\\b.*");
    }

    /** "the account of his former technician, Dana Whitford" → "the account of Dana Whitford": the name, not whose it is. */
    static String namedNotDescribed(String thing) {
        return thing.replaceFirst("\\b(?:his|her|their|its)\\s+(?:[\\p{Ll}-]+\\s+){0,2}[\\p{Ll}-]+,\\s+(\\p{Lu}[\\p{L}'\u2019-]+(?:\\s+\\p{Lu}[\\p{L}'\u2019-]+){0,3}),?", "$1");
    }

    private static final Pattern OWN_DEED = Pattern.compile("(?i)^(?:that\\s+)?(?:it|he|she|they)\\s+(had|was|were)\\s+(\\S.*)$");

    /**
     * "it had been hacked" → "having been hacked", when the claim's subject is the denier
     * themselves (the analysis put their name in its place); null for any other claim.
     */
    static String ownDeed(Statement d) {
        Matcher m = OWN_DEED.matcher(Phrasing.unquote(Phrasing.clean(d.attribution().content())));
        // "she was leaving" has no gerund: "being leaving" is not English.
        if (!m.matches() || !d.claim().startsWith(d.speaker()) || Phrasing.words(m.group(2)) > 16
                || !m.group(1).equalsIgnoreCase("had") && m.group(2).matches("(?i)^\\p{L}+ing\\b.*")) {
            return null;
        }
        return (m.group(1).equalsIgnoreCase("had") ? "having " : "being ") + m.group(2).replaceAll("[.]+$", "");
    }

    /** "“false and misleading”" rather than "false": the speaker's whole quoted label when the word sits inside a short one. */
    static String withinQuote(String content, Matcher word) {
        Matcher quote = Pattern.compile("[\u201c\"]([^\u201d\"]{2,60})[\u201d\"]").matcher(content);
        while (quote.find()) {
            if (quote.start(1) <= word.start(1) && quote.end(1) >= word.end(1) && Phrasing.words(quote.group(1)) <= 6) {
                return quote.group(1).replaceAll("[.,]+$", "");
            }
        }
        return word.group(1);
    }

    /** "dismissing the story as “fiction”", "rejected the findings as flawed", "calling them “baseless”": how the denier labelled it. */
    private static final Pattern AS_LABEL = Pattern.compile(
            "(?i)(?:\\bas\\s+|\\b(?:calling|branding|describing)\\s+(?:it|them|this|that)\\s+(?:as\\s+)?)([\u201c\"][^\u201d\"]{2,50}[\u201d\"]|"
                    + "(?:false|untrue|flawed|wrong|misleading|baseless|groundless|unfounded|inaccurate|nonsense|rubbish|speculation)\\b)");

    /** The label a denier put on what they rejected, quotation marks kept; null when there is none. */
    static String rejectionLabel(String content) {
        Matcher m = AS_LABEL.matcher(Phrasing.clean(content));
        if (!m.find()) {
            return null;
        }
        String label = m.group(1).replaceAll("[.,]+([\u201d\"])$", "$1");
        return label.startsWith("\"") ? "\u201c" + label.substring(1, label.length() - 1) + "\u201d" : label;
    }

}
