package newsquiz.generate;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsquiz.analysis.SourceType;

/**
 * "rejected suggestions, made by economists, that it had changed its methodology": a denial that
 * names the kind of claim it rejects and states it. The claim comes out as a clause a reader can
 * weigh on its own ("the Statistics Office had changed its methodology"), with the kind beside it,
 * and as the article words it ({@code asWritten}: "it had changed its methodology") for a
 * statement that names the speaker before it.
 */
record NamedClaim(String noun, String clause, String asWritten) {
    private static final Pattern NAMED = Pattern.compile(
            "(?i)^((?:(?:the|a|an|any)\\s+)?(?:\\S+['\u2019]s?\\s+)?(?:[\\p{L}-]+\\s+){0,2}?)(suggestion|claim|allegation|idea|argument|report|"
                    + "rumou?r|accusation|notion|charge|assertion|contention|theory|story|storie)s?"
                    // "suggestions, made by several economists on Thursday, that …", "the story repeated in every cafe in town,
                    // that …"
                    + "(?:,[^,]{1,80},|\\s+\\p{L}+(?:ed|ing)\\b[^,]{0,60},)?" + Facts.WHERE_MADE + "\\s+(that\\s+)?(\\S.*)$");
    /** What may open a claim that has no "that" before it: "suggestions it had pressured anyone". */
    private static final Pattern BARE_SUBJECT = Pattern.compile("(?i)^(?:it|they|he|she|there|the|its|their|his|her)\\b.*");
    /** The speaker's own label or manner after the claim: "…, calling them “baseless”", "… as flawed", "… outright". */
    private static final Pattern TRAILER = Pattern.compile(
            "(?i)(?:,\\s*(?:calling|describing|branding|saying|adding|stating|insisting|arguing|writing|noting|explaining|pointing|citing)\\b.*|\\s+as\\s+[\u201c\"].*|\\s+(?:outright|entirely|completely|flatly|firmly))$");

    /** The claim a denial's content names and states, if it does. */
    static Optional<NamedClaim> in(Statement d, Facts facts) {
        String content = Phrasing.unquote(Phrasing.clean(d.attribution().content()));
        Matcher m = NAMED.matcher(content);
        if (!m.matches() || m.group(1).matches("(?i).*\\b(?:this|that|these|those)\\s+$")) {
            return Optional.empty();
        }
        String rest = TRAILER.matcher(m.group(4)).replaceFirst("");
        if (d.verb().matches("called|described|labelled|labeled|branded|termed")) {
            // "called the suggestion … that the notice was issued to hide a wider fault “simply wrong”": the name it was
            // given follows the claim.
            rest = rest.replaceFirst("\\s+[\u201c\"][^\u201c\u201d\"]+[\u201d\"]\\W*$", "");
        }
        String clause = withoutOccasion(rest.replaceAll("[.\u2026]+$", "").strip()).replaceAll("[,;:]+$", "");
        if (m.group(3) == null && !BARE_SUBJECT.matcher(clause).matches() || !Facts.hasFiniteVerb(clause)
                || Phrasing.words(clause) < 3 || Phrasing.words(clause) > 20 || clause.matches("(?i)^(?:and|but|or|of|to|in)\\b.*")) {
            return Optional.empty();
        }
        String resolved = ownPronoun(clause, m.group(1), d);
        return Optional.of(new NamedClaim(m.group(2).toLowerCase(java.util.Locale.ROOT), resolved, clause));
    }

    private static final Pattern OCCASION = Pattern.compile("^(\\S+(?:\\s+\\S+){2,}?)(?:\\s+(?:after|following|since|when)|,\\s+as)\\s+\\S.*$");

    /**
     * "suggestions that its boats are unsafe after one of its narrowboats sank in a lock on the Fennick Canal last Saturday
     * with a family of six on board": the long clause after "after" tells what prompted the suggestion, not what it was, and
     * so does "…, as astronomers and amateur stargazers campaign to keep the site open".
     */
    private static String withoutOccasion(String clause) {
        if (Phrasing.words(clause) <= 20) {
            return clause;
        }
        Matcher m = OCCASION.matcher(clause);
        return m.matches() && Facts.hasFiniteVerb(m.group(1)) ? m.group(1) : clause;
    }

    /**
     * "rejected the suggestion that its systems were at fault": with no one else named before it,
     * the pronoun opening the claim is the speaker's own. Otherwise it stays, and the readability
     * check keeps the claim out of a question.
     */
    private static String ownPronoun(String clause, String lead, Statement d) {
        boolean otherParty = lead.matches(".*\\p{Lu}.*|.*['\u2019]s?\\s+.*");
        if (otherParty) {
            return clause;
        }
        SourceType type = d.attribution().sourceType();
        boolean person = type == SourceType.PERSON;
        String speaker = d.speaker();
        if (!person && clause.matches("(?i)^it\\s+\\S.*") || person && clause.matches("(?i)^(?:he|she)\\s+\\S.*")) {
            return speaker + clause.substring(clause.indexOf(' '));
        }
        if (!person && clause.matches("(?i)^its\\s+\\S.*") || person && clause.matches("(?i)^his\\s+\\S.*")) {
            return Phrasing.possessive(speaker, '\'') + clause.substring(clause.indexOf(' '));
        }
        return clause;
    }
}
