package newsquiz.generate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsquiz.analysis.SourceType;
import newsquiz.article.Sentence;
import newsquiz.quiz.Difficulty;
import newsquiz.quiz.QuestionType;
import newsquiz.quiz.Skill;

/**
 * Which claims the article passes on without confirming them, and the words that signal it. A
 * hedge counts only in the article's own voice or where it marks the article's relay of a claim
 * ("Kessler reportedly made the offer", "…, according to the Ashby Gazette"); the same word in a
 * party's own wording ("every payment had been 'authorised, or believed to be authorised'") is
 * that party's case, not the article's doubt.
 */
final class HedgeQuestions implements QuestionFamily {
    /** Hedges that mark a claim as unconfirmed (not mere uncertainty such as "could"). */
    private static final Pattern STRONG = Pattern.compile(
            "(?i)\\b(reportedly|allegedly|purportedly|supposedly|apparently|there are reports|there were reports|"
                    // "believed to be", not "believed to": the phrase ends where the reader's eye stops.
                    + "(?:is |are |was |were )?(?:said|believed|thought) to \\p{L}+|it is thought|it is believed|it is understood|"
                    + "unconfirmed|unverified|(?:appears?|appeared) to \\p{L}+)\\b");
    /** Adverbs only the writer uses of a claim; in a party's paraphrase they are still the article's word. */
    private static final Pattern RELAY_ADVERB = Pattern.compile("(?i)reportedly|allegedly|purportedly|supposedly|there (?:are|were) reports");
    /** Words that also signal doubt or attribution: as a wrong answer they would be a second right one. */
    private static final Pattern DOUBT = Pattern.compile("(?i)allegations?|alleged(?:ly)?|allege[sd]?|rumou?rs?|rumou?red|claims?|claimed|"
            + "unverified|unconfirmed|reportedly|reported|reports?|reporting|apparently|apparent|believed?|believes|thought|thinks?|"
            + "said|says|saying|suggest(?:s|ed|ion|ions)?|may|might|could|would|should|possibl[ey]|likely|unlikely|probabl[ey]|"
            + "sources?|according|told|tells|appears?|appeared|seems?|seemed|estimated?|estimates|unclear|understood|expected|"
            + "perhaps|maybe|question(?:s|ed)?|denied|denies|deny|disputed?|purported(?:ly)?|supposedly|suspected|suspects?|"
            + "speculation|speculated|uncertain|unknown|anonymity|anonymous|comment(?:s|ed)?|accused|accusations?|warned|insisted|"
            + "unnamed|unidentified|consistent|indicat(?:e|es|ed)|signs?|evidence|confirm(?:s|ed)?|verif(?:y|ied)|"
            // "a figure neither the company nor the council would confirm", "The theory … is that": doubt in other words.
            + "neither|nor|nobody|theory|theories|hearsay|gossip|unproven|unsupported|uncorroborated|whispers?");
    /** Words that name nothing in the sentence: no reader would take them for the signal. */
    private static final Set<String> PLAIN = Set.of("the", "and", "that", "with", "from", "have", "been", "this", "their", "there",
            "which", "after", "before", "about", "into", "were", "they", "also", "itself", "himself", "herself", "themselves",
            "million", "billion", "thousand", "hundred", "where", "while", "during", "these", "those", "other", "being", "since",
            "until", "against", "between", "among", "through", "without", "whose", "still", "already", "first", "every",
            "including", "three", "seven", "eight", "eleven", "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "hundreds",
            "thousands", "millions");

    @Override
    public List<Candidate> propose(Facts facts) {
        List<Candidate> out = new ArrayList<>();
        List<NarrativeFacts.Fact> pool = NarrativeFacts.checkable(facts);
        Set<Integer> asked = new HashSet<>();
        for (Sentence sentence : facts.analysis.article().sentences()) {
            String hedge = articleHedge(facts, sentence);
            if (hedge == null || !asked.add(sentence.index())) {
                continue;
            }
            signalWord(sentence, hedge, out);
            unconfirmedClaim(facts, sentence, hedge, pool, out);
        }
        return out;
    }

    /** The first hedge in the sentence that is the article's own, or null. */
    static String articleHedge(Facts facts, Sentence sentence) {
        Matcher m = STRONG.matcher(sentence.text());
        while (m.find()) {
            String hedge = m.group(1);
            if (insideQuotes(sentence.text(), m.start()) || partyWording(facts, sentence.index(), hedge)) {
                continue;
            }
            return hedge;
        }
        return null;
    }

    /** Whether the position lies between an opening and a closing quotation mark. */
    static boolean insideQuotes(String text, int position) {
        boolean inside = false;
        boolean insideSingle = false;
        for (int i = 0; i < position; i++) {
            char c = text.charAt(i);
            if (c == '\u201c' || c == '\u201d') {
                inside = c == '\u201c';
            } else if (c == '"') {
                inside = !inside;
            } else if (c == '\u2018') {
                insideSingle = true;
            } else if (c == '\u2019' && (i + 1 >= text.length() || !Character.isLetter(text.charAt(i + 1)))) {
                insideSingle = false;
            }
        }
        return inside || insideSingle;
    }

    /**
     * A hedge inside what a person or body says ("the erosion … is believed to have happened",
     * Mr Haddox said) belongs to them. Reports relayed from an outlet, and the writer's own
     * "reportedly" or "allegedly", stay the article's.
     */
    private static boolean partyWording(Facts facts, int sentence, String hedge) {
        if (RELAY_ADVERB.matcher(hedge).matches()) {
            return false;
        }
        Pattern word = Pattern.compile("(?i)\\b" + Pattern.quote(hedge) + "\\b");
        for (Statement s : facts.statements) {
            if (s.sentences().contains(sentence) && word.matcher(s.attribution().content()).find()
                    && s.attribution().sourceType() != SourceType.OUTLET) {
                return true;
            }
        }
        return false;
    }

    private void signalWord(Sentence sentence, String hedge, List<Candidate> out) {
        String snippet = Phrasing.shorten(sentence.text(), 40).replace('\u201c', '\u2018').replace('\u201d', '\u2019');
        if (!snippet.toLowerCase(Locale.ROOT).contains(hedge.toLowerCase(Locale.ROOT))) {
            return;
        }
        // "is said to be" among "opposed", "company", "founder" is the one phrase: other phrases of its kind, or no question.
        Set<String> wrong = new LinkedHashSet<>(hedge.contains(" ") ? verbPhrases(snippet, hedge) : otherWords(snippet, hedge));
        List<String> choices = pickSpread(new ArrayList<>(wrong), 3);
        if (choices.size() < 2) {
            return;
        }
        String prompt = "Which word or phrase in this sentence shows that the claim has not been confirmed? \u201c" + snippet + "\u201d";
        String explanation = "\u201c" + hedge + "\u201d tells the reader that the article is passing on something it has not checked"
                + " itself. The other words just describe what happened.";
        out.add(new Candidate("hedge", Skill.SOURCE_EVALUATION, QuestionType.SINGLE_CHOICE, Difficulty.MEDIUM, prompt, hedge, choices,
                explanation, List.of(sentence.index()), "hedge-word:s" + sentence.index(), 70));
    }

    /** The hedged clause set among facts the article states itself, which it does confirm. */
    private void unconfirmedClaim(Facts facts, Sentence sentence, String hedge, List<NarrativeFacts.Fact> pool, List<Candidate> out) {
        String claim = withoutHedge(clauseWith(sentence.text(), hedge), hedge);
        if (claim == null || !ClauseCheck.isFullSentence(claim) || ClauseCheck.pointsBack(claim) || ClauseCheck.firstPerson(claim)) {
            return;
        }
        List<String> wrong = NarrativeFacts.pick(pool, claim, List.of(sentence.index()), 3);
        if (wrong.size() < 2) {
            return;
        }
        String explanation = "The article says: " + Explain.quote(List.of(sentence.text())) + (hedge.contains(" ") ? " The words \u201c" : " The word \u201c") + hedge
                + "\u201d show" + (hedge.contains(" ") ? "" : "s") + " the article is passing this on without having confirmed it. The other choices are facts the article"
                + " states itself.";
        out.add(new Candidate("hedge", Skill.SOURCE_EVALUATION, QuestionType.SINGLE_CHOICE, Difficulty.HARD,
                "Which of these claims does the article pass on without confirming it?", claim, wrong, explanation,
                List.of(sentence.index()), "hedge-claim:s" + sentence.index(), 55));
    }

    /**
     * The claim without the words that hedge it: beside facts the article states, "There are reports that …" or
     * "reportedly" in one choice would give the answer away (eval-blind16 review).
     */
    static String withoutHedge(String clause, String hedge) {
        if (clause == null) {
            return null;
        }
        Matcher saidTo = SAID_TO.matcher(hedge);
        if (saidTo.matches()) {
            // "are said to have since left" → "have since left"; "is said to be opposed" → "is opposed"; "is said to favour"
            // has no plain form without changing the verb, so no claim.
            String plain = plainVerb(saidTo.group(1).toLowerCase(Locale.ROOT), saidTo.group(2).toLowerCase(Locale.ROOT));
            return plain == null ? null
                    : Phrasing.capitalise(clause.replaceFirst("(?i)\\b" + Pattern.quote(hedge) + "\\b", plain).strip());
        }
        String bare = clause.replaceFirst("(?i)^" + java.util.regex.Pattern.quote(hedge) + "\\s+(?:that\\s+)?(?=\\S)", "");
        if (bare.length() == clause.length()) {
            bare = clause.replaceFirst("(?i)\\s*,?\\s*\\b" + java.util.regex.Pattern.quote(hedge) + "\\b,?", "");
        }
        bare = Phrasing.capitalise(bare.strip());
        return bare.toLowerCase(Locale.ROOT).contains(hedge.toLowerCase(Locale.ROOT)) ? null : bare;
    }

    private static final Pattern SAID_TO = Pattern.compile("(?i)(is|are|was|were) (?:said|thought|believed|understood|reported) to (\\p{L}+)");

    private static String plainVerb(String be, String verb) {
        if (!verb.matches("be|have")) {
            return null;
        }
        if (verb.equals("be")) {
            return be;
        }
        return switch (be) {
            case "is" -> "has";
            case "are" -> "have";
            default -> "had";
        };
    }

    /** The clause of a sentence that carries the hedge: "… but a significant number … have reportedly continued …". */
    private static String clauseWith(String sentence, String hedge) {
        String text = Phrasing.clean(sentence).replaceAll("[.]$", "")
                // "…, Het Wielerblad reported", "…, according to the Ashby Gazette, which cited …": the relay tag goes.
                .replaceFirst(",\\s+(?:according to\\s.*|[^,]{1,60}\\s(?:reported|said|says|reports)(?:\\s[^,]*)?)$", "");
        for (String clause : text.split(",\\s+(?:but|and|while|although)\\s+|;\\s+|:\\s+")) {
            if (clause.toLowerCase(Locale.ROOT).contains(hedge.toLowerCase(Locale.ROOT)) && Phrasing.words(clause) >= 5
                    && Phrasing.words(clause) <= 22) {
                return Phrasing.capitalise(clause.strip());
            }
        }
        return null;
    }

    /** The sentence's other words of five letters or more that signal nothing: the wrong answers beside a one-word hedge. */
    private static List<String> otherWords(String snippet, String hedge) {
        List<String> out = new ArrayList<>();
        for (String w : snippet.split("[^\\p{L}-]+")) {
            String lw = w.toLowerCase(Locale.ROOT);
            if (w.length() >= 5 && Character.isLowerCase(w.charAt(0)) && !PLAIN.contains(lw) && !hedge.toLowerCase(Locale.ROOT).contains(lw)
                    && !DOUBT.matcher(lw).matches() && !STRONG.matcher(w).matches() && !lw.endsWith("ly")) {
                out.add(w);
            }
        }
        return out;
    }

    /** Words a phrase of the sentence should not open or close on: "of the", "to a" read as scraps. */
    private static final Pattern EDGE_WORD = Pattern.compile("(?i)the|a|an|of|to|and|or|in|on|at|for|with|by|from|that|which|who|"
            + "its|their|his|her|as|than|but");
    private static final Pattern AUXILIARY = Pattern.compile("(?i)is|are|was|were|has|have|had|will|would|could|can|may|must|did|does|do|be|been");
    /** A verb, or what looks like one: "is", "held", "plans". */
    private static final Pattern VERB_LIKE = Pattern.compile("(?i)is|are|was|were|has|have|had|will|would|could|can|may|must|did|"
            + "does|do|\\p{L}{3,}ed|\\p{L}{3,}[^s\\W]s");

    /**
     * Runs of the sentence's words about as long as the hedge, away from it, with a verb in them as "is said to be" has,
     * none cut at a "the" or ending on an auxiliary.
     */
    private static List<String> verbPhrases(String snippet, String hedge) {
        String[] words = snippet.split("\\s+");
        int hedgeLength = hedge.split("\\s+").length;
        String lowerHedge = hedge.toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        // The hedge's own words are no part of a wrong answer: "have since left" beside "are said to have".
        int at = String.join(" ", words).toLowerCase(Locale.ROOT).indexOf(lowerHedge);
        int hedgeStart = at < 0 ? -1 : String.join(" ", words).substring(0, at).split("\\s+", -1).length - 1;
        for (int length = hedgeLength; length >= Math.max(2, hedgeLength - 1); length--) {
            out.addAll(verbPhrases(words, length, hedgeStart, hedgeLength, out));
        }
        return out;
    }

    private static List<String> verbPhrases(String[] words, int length, int hedgeStart, int hedgeLength, List<String> taken) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i + length <= words.length; i++) {
            if (hedgeStart >= 0 && i < hedgeStart + hedgeLength && i + length > hedgeStart) {
                continue;
            }
            String[] run = java.util.Arrays.copyOfRange(words, i, i + length);
            String phrase = String.join(" ", run);
            boolean plain = java.util.Arrays.stream(run).allMatch(w -> w.matches("\\p{Ll}[\\p{L}-]*"));
            if (plain && !EDGE_WORD.matcher(run[0]).matches() && !EDGE_WORD.matcher(run[length - 1]).matches()
                    && !AUXILIARY.matcher(run[length - 1]).matches() && java.util.Arrays.stream(run).anyMatch(w -> VERB_LIKE.matcher(w).matches())
                    && java.util.Arrays.stream(run)
                    .noneMatch(w -> DOUBT.matcher(w.toLowerCase(Locale.ROOT)).matches() || STRONG.matcher(w).matches())
                    && java.util.stream.Stream.concat(taken.stream(), out.stream()).noneMatch(o -> o.contains(run[0]) || o.contains(run[length - 1]))) {
                out.add(phrase);
            }
        }
        return out;
    }

    /** Words spread over the sentence rather than all from one end. */
    static List<String> pickSpread(List<String> words, int count) {
        if (words.size() <= count) {
            return words;
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(words.get(i * words.size() / count));
        }
        return out;
    }
}
