package newsquiz.generate;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The last look at text a student will read: a question or choice lifted from the article must
 * still make sense on its own. Each check names what would confuse a reader or give the answer
 * away; a question that fails one is dropped rather than shown.
 */
final class Readable {
    /** "he", "her", "his": out of its sentence it points at no one, and it tells a reader the speaker's sex. */
    private static final Pattern PERSONAL = Pattern.compile("(?i)\\b(he|she|him|his|her|hers|himself|herself)\\b");
    /** "that claim", "the company": a reference back to a sentence the reader does not have. */
    private static final Pattern POINTS_BACK = Pattern.compile("(?i)\\b(?:that|this|these|those)\\s+(?:claim|account|report|application|"
            + "idea|plan|figure|number|decision|suggestion|allegation|statement|story|finding|view|case|picture|version|proposal|"
            + "request|offer|instruction|move|deal|vote|ruling|argument|theory|rumou?r|post|video|image|photo|document|memo|letter)s?\\b"
            + "|\\bthe\\s+(?:company|firm|idea|instruction|group|organi[sz]ation|previous|latter|former)\\b(?!\\s+\\p{Lu})"
            + "|^(?:it|its|they|their|them)\\b"
            // "That's a question for another day", "such pilots": what they stand for is in another sentence.
            + "|^(?:that|this)(?:['\u2019]s|\\s+(?:is|was)\\b)|\\bsuch\\s+(?!as\\b)\\p{Ll}+s\\b"
            // "suggestions it had pressured anyone": whose "it", the reader cannot tell.
            + "|\\b(?:that|suggestions?|claims?|reports?|allegations?|accusations?|denied|said|says)\\s+(?:it|its|they|their)\\b");
    /** "Last year … the tin raised": a gap where words were cut out of the middle. */
    private static final Pattern INNER_GAP = Pattern.compile("\\S\\s+\u2026\\s+\\S");
    /** "I", "we", "our" — but not "the US". */
    private static final Pattern FIRST_PERSON = Pattern.compile("\\b(I|I'm|I've|I'd|I'll|us)\\b|(?i:\\b(me|my|mine|we|we're|we've|our|ours)\\b)");
    private static final Pattern DOUBLED_STOP = Pattern.compile("[.!?][\u201d\"\u2019]?[.!?]$");
    private static final Pattern NEWSROOM = Pattern.compile("(?i)^(?:our|this newspaper|this publication|this site|this station)\\b");

    /** "DUNRAVEN - Nine people were killed …": the place line of a wire story, not part of what anyone said. */
    private static final Pattern DATELINE = Pattern.compile("(?:^|\\bthat\\s+)\\p{Lu}{3,}(?:\\s+\\p{Lu}{2,})*\\s*[-\u2013\u2014]\\s+\\p{Lu}");
    private static final Pattern BOUND_TO_QUESTION = Pattern.compile("^(Which organisation \\p{L}+ that )it\\b");

    private Readable() {}

    /** Why a choice would confuse a reader, or empty when it reads on its own. */
    static Optional<String> choiceProblem(String text) {
        String t = Phrasing.clean(text);
        if (INNER_GAP.matcher(t).find()) {
            return Optional.of("words cut out of the middle");
        }
        if (t.endsWith("\u2026") || DANGLING.matcher(t.replaceAll("[.,;:\u201d\"]+$", "")).find()) {
            return Optional.of("cut off");
        }
        if (unresolvedThem(t)) {
            return Optional.of("them out of context");
        }
        return common(t);
    }

    /** Why a question stem would confuse a reader; quoted snippets of the article may keep their gaps. */
    static Optional<String> stemProblem(String text) {
        String outsideQuotes = Phrasing.clean(text).replaceAll("\u201c[^\u201d]*\u201d", "\u201c\u201d")
                // The question's own words ("Which of these claims …", "treat this claim with care") point at its choices.
                .replaceAll("(?i)\\b(of these|this) (claims?|sources?|sentences?|statements?|words?|numbers?)\\b", "$2");
        if (INNER_GAP.matcher(outsideQuotes).find()) {
            return Optional.of("words cut out of the middle");
        }
        // "Which organisation denied that it had been hacked?": the "it" is the organisation asked about, not a lost referent.
        return common(BOUND_TO_QUESTION.matcher(outsideQuotes).replaceFirst("$1the same"));
    }

    /** A claim offered as a choice among claims: third person, so it reads as a claim and not a quote. */
    static boolean firstPerson(String text) {
        return FIRST_PERSON.matcher(text.replace('\u2019', '\'')).find();
    }

    static boolean personal(String text) {
        return PERSONAL.matcher(text).find();
    }

    /** People a pronoun may point back to within the same text: "the minister … his preferred bidder". */
    private static final Pattern ANTECEDENT = Pattern.compile("(?i:\\b(?:minister|president|chief|executive|director|manager|"
            + "spokes(?:man|woman|person)|official|officer|secretary|chair(?:man|woman)?|leader|mayor|governor|judge|lawyer|"
            + "doctor|teacher|student|man|woman|boy|girl|father|mother|son|daughter|husband|wife|owner|founder|author|"
            + "researcher|scientist|coach|player|captain|resident|worker|member|candidate|suspect|defendant|victim|witness)s?\\b)"
            + "|\\s\\p{Lu}\\p{L}+");
    /** "… by the academic senate and": text that stops where more was to come. */
    private static final Pattern DANGLING = Pattern.compile("(?i)\\b(and|or|but|of|to|the|a|an|by|with|for|in|on|at|from|as|than|that)$");

    private static final Pattern THEM = Pattern.compile("(?i)\\b(?:them|themselves)\\b");
    private static final Pattern PLURAL_NOUN = Pattern.compile(
            "(?i)\\b(?!(?:was|has|is|this|its|his|hers|yes|does|less|unless|across|always|perhaps|thus|plus)\\b)\\p{L}{3,}s\\b|\\b(?:people|children|men|women|police|staff)\\b");

    /** "The ruling had “complicated” them": out of its sentence, a choice cannot say who "them" are. */
    static boolean unresolvedThem(String claim) {
        Matcher m = THEM.matcher(claim);
        return m.find() && !PLURAL_NOUN.matcher(claim.substring(0, m.start())).find();
    }

    /** A he/she/his/her with no person named before it in the same text. */
    static boolean unresolvedPersonal(String text) {
        java.util.regex.Matcher m = PERSONAL.matcher(text);
        return m.find() && !ANTECEDENT.matcher(text.substring(0, m.start())).find();
    }

    private static Optional<String> common(String t) {
        if (POINTS_BACK.matcher(t).find()) {
            return Optional.of("points back at a sentence the reader does not have");
        }
        if (unresolvedPersonal(t)) {
            return Optional.of("he/she out of context");
        }
        if (DOUBLED_STOP.matcher(t).find()) {
            return Optional.of("doubled punctuation");
        }
        if (NEWSROOM.matcher(t).find()) {
            return Optional.of("the newsroom speaking of itself");
        }
        if (DATELINE.matcher(t).find()) {
            return Optional.of("a dateline glued to the sentence");
        }
        return Optional.empty();
    }
}
