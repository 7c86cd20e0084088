package newsquiz.generate;

import java.util.ArrayList;
import java.util.HashSet;
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
            whatItTells(facts, sentence, hedge, out);
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

    /**
     * What the hedge tells a reader. Two reviews found no wrong answers for "which word shows it is unconfirmed": the
     * sentence's other words are plain nouns nobody takes for a hedge, and its other doubt words are second right answers.
     * What a reader can mistake a hedge for (a checked fact, the article's verdict, the writer's view) is always wrong.
     */
    private void whatItTells(Facts facts, Sentence sentence, String hedge, List<Candidate> out) {
        String snippet = Phrasing.shorten(Explain.withoutScriptLabel(sentence.text()), 40).replace('\u201c', '\u2018').replace('\u201d', '\u2019');
        if (!snippet.toLowerCase(Locale.ROOT).contains(hedge.toLowerCase(Locale.ROOT)) || judgedNearby(facts, sentence.index())) {
            return;
        }
        boolean phrase = hedge.contains(" ");
        String ended = snippet.matches("(?s).*[.!?\u2026]\\W*$") ? snippet : snippet + ".";
        String prompt = "The article says: \u201c" + ended + "\u201d What " + (phrase ? "do the words" : "does the word") + " \u201c"
                + hedge + "\u201d tell the reader?";
        String explanation = "\u201c" + hedge + "\u201d " + (phrase ? "show" : "shows") + " that the article is passing this on without"
                + " having confirmed it. It does not say the claim is true or false, and it is not the writer\u2019s own opinion.";
        out.add(new Candidate("hedge", Skill.SOURCE_EVALUATION, QuestionType.SINGLE_CHOICE, Difficulty.EASY, prompt, meaningOf(hedge),
                List.of("The writer has checked it and knows it is true", "The writer shows that it is false",
                        "It is the writer\u2019s own opinion"),
                explanation, List.of(sentence.index()), "hedge-meaning:s" + sentence.index(), 70));
    }

    /** The key in words a 14-year-old uses, by what kind of doubt the hedge signals. */
    static String meaningOf(String hedge) {
        String h = hedge.toLowerCase(Locale.ROOT);
        if (h.matches("apparently|appears? to .*|appeared to .*")) {
            return "It looks that way, but the writer has not confirmed it";
        }
        if (h.matches("allegedly|purportedly|supposedly")) {
            return "Someone claims it, but it has not been proven";
        }
        if (h.matches("unconfirmed|unverified")) {
            return "Nobody has confirmed it yet, so it may not be true";
        }
        if (h.matches(".*\\bbelieved\\b.*")) {
            return "People believe it, but the writer has not confirmed it";
        }
        if (h.matches(".*\\bthought\\b.*")) {
            return "Some people think so, but the writer has not confirmed it";
        }
        return "Others have said it, but the writer has not confirmed it";
    }

    /**
     * A claim the article judges false close by ("appeared to show … Archive footage shows the clip is from 2019") is not
     * merely unconfirmed, and "the writer shows that it is false" would be right.
     */
    private static boolean judgedNearby(Facts facts, int sentence) {
        return facts.analysis.labels().stream().anyMatch(l -> Math.abs(l.claimSentence() - sentence) <= 2
                || Math.abs(l.labelSentence() - sentence) <= 2);
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
}
