package newsquiz.analysis;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A statement that takes another source's words and negates them denies what that source said, whatever its verb:
 * "it is the route they walked" answered by "It is not the route they walked", "the shop has sold the lease" by "has
 * sold nothing", "fences were put up on the towpath" by "put up no fences", "the club agreed to the merger" by "Attending
 * one meeting is not the same as agreeing to a merger".
 */
final class NegatedEchoes {
    /** How far back, in sentences, a claim is still the one a verb-and-zero answer echoes. */
    private static final int RECENT = 8;
    /** Punctuation and quotation marks; an apostrophe too, but not inside a word ("isn't", "Russia's"). */
    private static final String PUNCTUATION_MARKS = "\"\u201c\u201d\u2018,:;.!?\u2026";
    private static final Pattern NOT = Pattern.compile("\\b(?:not|n't)\\s+");
    /** "has sold nothing", "put up no fences": a verb, perhaps its particle, then the zero. */
    private static final Pattern ANY_NEGATION = Pattern.compile("\\b(?:not|no|nothing)\\b|n't\\b");
    private static final Pattern VERB_THEN_ZERO = Pattern.compile(
            "\\b(?:has|have|had|did|does|do|will|would|i|we|they|it|he|she)\\s+(\\p{L}+(?:\\s+(?:up|down|out|off|away|in|on|back))?)\\s+(?:no|nothing)\\b");
    private static final Pattern NOT_THE_SAME = Pattern.compile("\\b(?:is|was|are|were)(?: not|n't) the same (?:thing )?as ([^.;,]+)");
    /** Verbs too common to echo anything ("have no", "made no", "said nothing"). */
    private static final Set<String> PLAIN = Set.of("have", "has", "had", "be", "been", "is", "are", "was", "were", "do", "did",
            "done", "made", "make", "said", "say", "see", "seen", "saw", "know", "knew", "known", "get", "got", "want", "need",
            "give", "gave", "given", "take", "took", "taken", "find", "found", "hear", "heard", "show", "shown", "showed");

    /** Each earlier statement in the form compared, made once per analysis: a long article has hundreds to compare. */
    private final Map<Attribution, String> plainClaims = new IdentityHashMap<>();

    boolean deniesAnother(String content, String source, int sentence, List<Attribution> previous, String sentenceBefore) {
        String said = plain(content);
        if (!ANY_NEGATION.matcher(said).find() && !said.contains("nobody") && !said.contains("no one")) {
            // Most statements negate nothing: no need to read every statement before them (a long article has hundreds).
            return false;
        }
        // What is looked for in each earlier statement depends on this one alone: worked out once, not once per statement.
        List<Echo> negated = negatedWords(said);
        List<Echo> zeroed = verbsThenZero(said);
        zeroed.addAll(notTheThingNamed(said));
        zeroed.addAll(noSuchThing(said));
        zeroed.addAll(notTheFigure(said));
        List<Echo> nobodyDid = nobodyDid(said);
        for (Attribution a : previous) {
            if (a.source().equals(source)) {
                continue;
            }
            String claim = plainClaims.computeIfAbsent(a, earlier -> plain(earlier.content()));
            if (!nobodyDid.isEmpty() && sentence - a.sentence() <= 3 && !ANY_NEGATION.matcher(claim).find() && Echo.anyIn(nobodyDid, claim)) {
                // "It was signed for at her front door" answered by "nobody at her house had signed for any letter": a
                // denial's own account, in plain words, is a claim a third party can deny in turn.
                return true;
            }
            if (a.stance() == Stance.DENY) {
                continue;
            }
            if (Echo.anyIn(negated, claim) || sentence - a.sentence() <= RECENT && Echo.anyIn(zeroed, claim)) {
                return true;
            }
        }
        return notTheSame(said, plain(sentenceBefore));
    }

    /**
     * "the droppings had been found in a cellar it shares with the bakery next door, not in its own storeroom" against
     * "inspectors found mouse droppings in its storeroom": reported words that close by setting aside what another gave.
     */
    boolean setsAnotherRight(String content, String source, int sentence, List<Attribution> previous) {
        List<Echo> setAside = notWhereItWasSaid(content.toLowerCase(Locale.ROOT));
        if (setAside.isEmpty()) {
            return false;
        }
        for (Attribution a : previous) {
            if (!a.source().equals(source) && a.stance() != Stance.DENY && sentence - a.sentence() <= RECENT
                    && Echo.anyIn(setAside, plainClaims.computeIfAbsent(a, earlier -> plain(earlier.content())))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "they said … that the stake had not been declared" answered by "the stake had been declared in the paper": a statement
     * that says, in the earlier claim's own words, what that claim said had not happened, denies it.
     */
    boolean affirmsWhatAnotherNegated(String content, String source, int sentence, List<Attribution> previous) {
        String said = " " + plain(content) + " ";
        if (ANY_NEGATION.matcher(said).find()) {
            return false;
        }
        for (Attribution a : previous) {
            if (a.source().equals(source) || a.stance() == Stance.DENY || sentence - a.sentence() > RECENT) {
                continue;
            }
            for (String affirmed : affirmedForms.computeIfAbsent(a, NegatedEchoes::withoutNot)) {
                if (said.contains(affirmed)) {
                    return true;
                }
            }
            if (sentence - a.sentence() <= 4 && affirmsTheNegatedAct(said, plainClaims.computeIfAbsent(a, earlier -> plain(earlier.content())),
                    sentence - a.sentence() <= 1)) {
                return true;
            }
            if (sentence - a.sentence() == 1 && affirmsWhatWasWithout(said, plainClaims.computeIfAbsent(a, earlier -> plain(earlier.content())))) {
                return true;
            }
        }
        return false;
    }

    /** "without a patch test": a thing of two words ("ten months without a stop" names too little to find again). */
    private static final Pattern WITHOUT = Pattern.compile("\\bwithout\\s+(?:a|an|any)\\s+(\\p{L}{3,}\\s+\\p{L}{4,})\\b");

    /**
     * "a stylist had put bleach on her hair without a patch test" answered, straight after, by "its record card showed a patch
     * test on Vokes's inner arm": the thing said to be missing, said to be there.
     */
    private static boolean affirmsWhatWasWithout(String said, String claim) {
        Matcher without = WITHOUT.matcher(claim);
        while (without.find()) {
            if (said.matches(".*\\b(?:a|an|the|its|their)\\s+" + Pattern.quote(without.group(1)) + "\\b.*")) {
                return true;
            }
        }
        return false;
    }

    /** "was never finished", "had not been used": the participle a claim says did not happen. */
    private static final Pattern NEGATED_PARTICIPLE = Pattern.compile("\\b(?:not|never|n't)\\s+(?:(?:be|been|being|have|had|yet|ever)\\s+)*"
            + "(\\p{L}{2,}ed)\\b");
    private static final Pattern MODAL = Pattern.compile("\\b(?:will|would|could|should|might|may|must|can|to)\\s+$");

    /**
     * "a study of the main post that was never finished" answered by "The study was finished in March 2031", "the telescope
     * had not been used for any teaching" by "more than 200 students had used the telescope": the same act, said to have
     * happened, about the same thing (a word of the claim's besides the verb). "would be finished next year" promises, and
     * answers nothing. Said in the very next sentence ("the county had not counted the traffic" answered by "its engineers had
     * counted 310 vehicles an hour"), the act is the answer whatever it names the thing.
     */
    private static boolean affirmsTheNegatedAct(String said, String claim, boolean rightAfter) {
        if (!claim.contains("not ") && !claim.contains("never ") && !claim.contains("n't ")) {
            // Asked of every statement against each claim of the four sentences before: most claims negate nothing.
            return false;
        }
        Matcher m = NEGATED_PARTICIPLE.matcher(claim);
        while (m.find()) {
            String verb = m.group(1);
            if (PLAIN.contains(verb) || !said.contains(verb)) {
                continue;
            }
            Matcher done = actDone("was|were|had|has|have|been|is|are", verb).matcher(said);
            while (done.find()) {
                if (!MODAL.matcher(said.substring(0, done.start())).find() && (rightAfter || sharesAThing(said, claim, verb))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Words too common to show two texts speak of one thing (the short ones count only written as a name would be). */
    static final Set<String> NO_THING = Set.of("about", "after", "before", "their", "there", "these", "those", "which", "where",
            "would", "could", "should", "since", "every", "other", "never", "being", "will", "that", "this", "the", "and", "have",
            "been", "were");

    /** A word of five letters or more, other than the verb, that both say. */
    private static boolean sharesAThing(String said, String claim, String verb) {
        Set<String> claimWords = new java.util.HashSet<>(java.util.Arrays.asList(claim.split(" ")));
        for (String w : said.split(" ")) {
            if (w.length() >= 5 && !w.equals(verb) && !NO_THING.contains(w) && claimWords.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Each earlier claim's "not" phrases with the "not" taken out, made once per analysis. */
    private final Map<Attribution, List<String>> affirmedForms = new IdentityHashMap<>();

    /** "the stake had not been declared" → " stake had been declared ": three words before the "not", two after. */
    private static List<String> withoutNot(Attribution a) {
        String claim = plain(a.content());
        List<String> out = new ArrayList<>();
        Matcher not = NOT.matcher(claim);
        while (not.find()) {
            String[] before = lastWords(claim.substring(0, not.start()), 3).split(" ");
            String[] after = firstWords(claim.substring(not.end()), 2).split(" ");
            if (before.length == 3 && after.length == 2 && !PLAIN.contains(after[1])) {
                out.add(" " + String.join(" ", before) + " " + String.join(" ", after) + " ");
            }
        }
        return out;
    }

    /** Words to find again in an earlier claim; the plain search rules out most claims before the pattern is run. */
    private record Echo(String words, Pattern pattern) {
        static boolean anyIn(List<Echo> echoes, String claim) {
            for (Echo e : echoes) {
                if (claim.contains(e.words) && e.pattern.matcher(claim).find()) {
                    return true;
                }
            }
            return false;
        }
    }

    /** "it is not the route they walked" against "it is the route they walked": four words either side of the "not" meet again. */
    private static List<Echo> negatedWords(String said) {
        List<Echo> echoes = new ArrayList<>();
        Matcher m = NOT.matcher(said);
        while (m.find()) {
            String before = lastWords(said.substring(0, m.start()), 2);
            String after = firstWords(said.substring(m.end()), 3);
            if (before.split(" ").length == 2 && after.split(" ").length == 3) {
                String words = before + " " + after;
                echoes.add(new Echo(words, Pattern.compile("\\b" + Pattern.quote(words) + "\\b")));
            }
        }
        return echoes;
    }

    /** "nobody at her house had signed for any letter", "no one from the club was paid": no one did the act another said was done. */
    private static final Pattern NOBODY_DID = Pattern.compile("\\b(?:nobody|no one|not one of (?:us|them))\\s+(?:[\\p{L}']+\\s+){0,4}?"
            + "(?:had|has|have|was|were|did)\\s+(?:ever\\s+)?(\\p{L}{3,}ed)\\b");

    /** "was finished", "had signed", "had already used": the act said done, after one of {@code auxiliaries} and perhaps an adverb. */
    private static Pattern actDone(String auxiliaries, String participle) {
        return Pattern.compile("\\b(?:" + auxiliaries + ")\\s+(?:\\p{L}+\\s+)?" + Pattern.quote(participle) + "\\b");
    }

    private static List<Echo> nobodyDid(String said) {
        List<Echo> out = new ArrayList<>();
        Matcher m = NOBODY_DID.matcher(said);
        while (m.find()) {
            String verb = m.group(1);
            if (!PLAIN.contains(verb)) {
                out.add(new Echo(verb, actDone("was|were|had|has|have|been", verb)));
            }
        }
        return out;
    }

    /** "…, not in its own storeroom": the closing phrase a correction sets aside. */
    private static final Pattern NOT_TAIL = Pattern.compile(",\\s*not\\s+((?:[\\p{L}'-]+\\s+){0,5}[\\p{L}'-]+)\\s*$");
    private static final Set<String> TAIL_FILLER = Set.of("about", "after", "before", "their", "there", "these", "those", "which",
            "where", "because", "every", "other", "until", "since", "least", "still", "never", "always", "anyone", "anything");

    /** "there was no record of any complaint", "there had been no walkout": the thing another said there was. */
    private static final Pattern THERE_WAS_NO = Pattern.compile("\\bthere (?:is|was|were|are|has been|had been|have been) no "
            + "(?:(?:record|sign|trace|mention) of (?:any |a )?)?(?:such )?(\\p{L}{6,})\\b");

    /** "there was no record of any complaint" against "the crew had complained": the thing, by the stem of its word. */
    private static List<Echo> noSuchThing(String said) {
        Matcher m = THERE_WAS_NO.matcher(said);
        List<Echo> out = new ArrayList<>();
        while (m.find()) {
            String word = m.group(1);
            String stem = word.substring(0, Math.max(5, word.length() - 3));
            out.add(new Echo(stem, Pattern.compile("\\b" + Pattern.quote(stem) + "\\p{L}*\\b")));
        }
        return out;
    }

    /** "…, not in its own storeroom": the words of the closing phrase set aside, to find in what another said. */
    private static List<Echo> notWhereItWasSaid(String said) {
        Matcher m = NOT_TAIL.matcher(said.replaceAll("[.!]+$", "").strip());
        List<Echo> out = new ArrayList<>();
        if (!m.find()) {
            return out;
        }
        for (String w : m.group(1).split("\\s+")) {
            if (w.length() >= 5 && !TAIL_FILLER.contains(w)) {
                // "worn clips on two hoses, not leaks" against "gas had been leaking": the word by its stem.
                String stem = w.replaceFirst("(?:s|es|ed|ing)$", "");
                String root = stem.length() >= 4 ? stem : w;
                out.add(new Echo(root, Pattern.compile("\\b" + Pattern.quote(root) + (root.equals(w) ? "" : "\\p{L}*") + "\\b")));
            }
        }
        return out;
    }

    private static final Pattern NOT_A_THING = Pattern.compile("^(?:this|that|it)\\s+(?:is|was)\\s+not\\s+(?:a|an)\\s+(\\p{L}{4,})\\b");

    /** "This is not a closure." against "a move … is a permanent closure by stealth": the thing another called it. */
    private static List<Echo> notTheThingNamed(String said) {
        Matcher m = NOT_A_THING.matcher(said);
        if (!m.find()) {
            return new ArrayList<>();
        }
        String noun = m.group(1);
        return new ArrayList<>(List.of(new Echo(noun, Pattern.compile("\\b(?:is|was|are|were|be)\\s+(?:a|an)\\s+(?:\\p{L}+\\s+){0,2}"
                + Pattern.quote(noun) + "\\b"))));
    }

    /** "It is a real noise, but it is not 85": a figure set aside outright, read in the plain form ("6,000" is "6 000"). */
    private static final Pattern NOT_THE_FIGURE = Pattern.compile("\\b(?:is|was|are|were)\\s+not\\s+(\\d{2,3}(?: \\d{3})*|\\d{4,})(?= *$)");

    /** "it is not 85" against "noise … had reached 85 decibels": the figure another gave, given back as wrong. */
    private static List<Echo> notTheFigure(String said) {
        List<Echo> out = new ArrayList<>();
        for (String clause : said.split("\\b(?:and|but)\\b")) {
            Matcher m = NOT_THE_FIGURE.matcher(clause.strip());
            if (m.find()) {
                String figure = m.group(1);
                out.add(new Echo(figure, Pattern.compile("(?<!\\d )(?<!\\d)" + Pattern.quote(figure) + "(?! \\d{3})(?!\\d)")));
            }
        }
        return out;
    }

    private static List<Echo> verbsThenZero(String said) {
        List<Echo> echoes = new ArrayList<>();
        Matcher m = VERB_THEN_ZERO.matcher(said);
        while (m.find()) {
            String verb = m.group(1);
            if (!PLAIN.contains(verb.split(" ")[0]) && verb.length() >= 4) {
                echoes.add(new Echo(verb, Pattern.compile("\\b" + Pattern.quote(verb) + "\\b(?!\\s+(?:no|nothing)\\b)")));
            }
        }
        return echoes;
    }

    /** "is not the same as signing up to a trial", right after a record that the union "agreed to the trial". */
    private static boolean notTheSame(String said, String sentenceBefore) {
        Matcher m = NOT_THE_SAME.matcher(said);
        if (!m.find()) {
            return false;
        }
        for (String w : m.group(1).split("\\s+")) {
            if (w.length() >= 4 && !Set.of("that", "this", "with", "from", "into", "their", "your").contains(w)
                    && Pattern.compile("\\b" + Pattern.quote(w) + "\\b").matcher(sentenceBefore).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The text in lower case with its punctuation and each run of white space ({@code \\s+}) made one space. Read in one
     * pass rather than with two patterns: every statement, and every earlier one it is compared with, is read so.
     */
    static String plain(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        StringBuilder out = new StringBuilder(lower.length());
        boolean inSpace = false;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            boolean space = PUNCTUATION_MARKS.indexOf(c) >= 0 || c == '\'' && !(letterBefore(lower, i) && letterAfter(lower, i))
                    || c == ' ' || c == '\t' || c == '\n' || c == '\u000b' || c == '\f' || c == '\r';
            if (!space) {
                out.append(c);
            } else if (!inSpace) {
                out.append(' ');
            }
            inSpace = space;
        }
        return out.toString().strip();
    }

    /** As the pattern's lookbehind saw it: one char back, so the low half of a surrogate pair is no letter. */
    private static boolean letterBefore(String text, int i) {
        return i > 0 && Character.isLetter(text.charAt(i - 1));
    }

    private static boolean letterAfter(String text, int i) {
        return i + 1 < text.length() && Character.isLetter(text.codePointAt(i + 1));
    }

    private static String lastWords(String text, int n) {
        String[] w = text.strip().split(" ");
        return String.join(" ", java.util.Arrays.copyOfRange(w, Math.max(0, w.length - n), w.length));
    }

    private static String firstWords(String text, int n) {
        String[] w = text.strip().split(" ");
        return String.join(" ", java.util.Arrays.copyOfRange(w, 0, Math.min(n, w.length)));
    }
}
