package newsquiz.generate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsquiz.analysis.Stance;
import newsquiz.quiz.Difficulty;
import newsquiz.quiz.QuestionType;
import newsquiz.quiz.Skill;

/** Which claims are reported but not confirmed, and the words that signal it. */
final class HedgeQuestions implements QuestionFamily {
    /** Hedges that mark a claim as unconfirmed (not mere uncertainty such as "could"). */
    private static final Pattern STRONG = Pattern.compile(
            "(?i)\\b(reportedly|allegedly|purportedly|supposedly|apparently|there are reports|there were reports|"
                    + "(?:is |are |was |were )?said to|(?:is |are |was |were )?believed to|(?:is |are |was |were )?thought to|"
                    + "it is thought|it is believed|it is understood|unconfirmed|unverified|appears? to|appeared to|possibly)\\b");
    /** "often appear to save money" is a judgement inside a statement, not a sign that the statement is unconfirmed. */
    private static final Pattern WEAK = Pattern.compile("(?i)appears? to|appeared to|possibly");
    private static final Set<String> PLAIN = Set.of("the", "and", "that", "with", "from", "have", "been", "this", "their", "there",
            "which", "after", "before", "about", "into", "were", "they", "also");

    @Override
    public List<Candidate> propose(Facts facts) {
        List<Candidate> out = new ArrayList<>();
        Set<Integer> done = new java.util.HashSet<>();
        for (Statement s : facts.statements) {
            String sentence = String.join(" ", s.evidence());
            Matcher m = STRONG.matcher(sentence);
            if (!m.find() || s.attribution().cue().startsWith("(") || WEAK.matcher(m.group(1)).matches()) {
                continue;
            }
            String hedge = m.group(1);
            done.addAll(s.sentences());
            signalWord(facts, sentence, hedge, s.sentences(), "hedge-word:" + s.index(), out);
            unconfirmedClaim(facts, s, hedge, out);
        }
        // The article's own hedges: "a system believed to be 20 to 50 years old", "It is thought that …".
        for (var sentence : facts.analysis.article().sentences()) {
            Matcher m = STRONG.matcher(sentence.text());
            if (!done.contains(sentence.index()) && m.find()) {
                signalWord(facts, sentence.text(), m.group(1), List.of(sentence.index()), "hedge-word:s" + sentence.index(), out);
            }
        }
        return out;
    }

    private void signalWord(Facts facts, String sentence, String hedge, List<Integer> sentences, String fact, List<Candidate> out) {
        String snippet = Phrasing.shorten(sentence, 40).replace('\u201c', '\u2018').replace('\u201d', '\u2019');
        if (!snippet.toLowerCase(Locale.ROOT).contains(hedge.toLowerCase(Locale.ROOT))) {
            return;
        }
        Set<String> wrong = new LinkedHashSet<>();
        for (String w : snippet.split("[^\\p{L}-]+")) {
            String lw = w.toLowerCase(Locale.ROOT);
            if (w.length() >= 5 && Character.isLowerCase(w.charAt(0)) && !PLAIN.contains(lw) && !hedge.toLowerCase(Locale.ROOT).contains(lw)
                    && !STRONG.matcher(w).matches() && !lw.matches("could|would|should|might|likely|possibly|probably|perhaps|maybe")) {
                wrong.add(w);
            }
        }
        List<String> choices = pickSpread(new ArrayList<>(wrong), 3);
        if (choices.size() < 2) {
            return;
        }
        String prompt = "Which word or phrase in this sentence shows that the claim has not been confirmed? \u201c" + snippet + "\u201d";
        String explanation = "\u201c" + hedge + "\u201d tells the reader that the claim is passed on, not checked. The other words "
                + "just describe what happened.";
        out.add(new Candidate("hedge", Skill.SOURCE_EVALUATION, QuestionType.SINGLE_CHOICE, Difficulty.MEDIUM, prompt, hedge, choices,
                explanation, sentences, fact, 70));
    }

    private void unconfirmedClaim(Facts facts, Statement s, String hedge, List<Candidate> out) {
        if (!Facts.standalone(s)) {
            return;
        }
        String claim = clauseWith(s.attribution().content(), hedge);
        if (claim == null) {
            return;
        }
        List<String> wrong = Distractors.claims(facts, claim, o -> (o.attribution().hedges().isEmpty())
                && o.attribution().stance() == Stance.ASSERT && !o.attribution().anonymous(), 3);
        if (wrong.size() < 2) {
            return;
        }
        String explanation = "The article says: " + Explain.quote(s.evidence()) + " The word \u201c" + hedge
                + "\u201d shows the claim is reported but not confirmed.";
        out.add(new Candidate("hedge", Skill.SOURCE_EVALUATION, QuestionType.SINGLE_CHOICE, Difficulty.HARD,
                "Which of these claims does the article pass on without confirming it?", claim, wrong, explanation, s.sentences(),
                "hedge-claim:" + s.index(), 55));
    }

    /** The clause of a statement that carries the hedge: "… but a significant number … have reportedly continued …". */
    private static String clauseWith(String content, String hedge) {
        for (String clause : Phrasing.unquote(content).split(",\\s+(?:but|and|while|although)\\s+|;\\s+|:\\s+")) {
            if (clause.toLowerCase(Locale.ROOT).contains(hedge.toLowerCase(Locale.ROOT)) && Phrasing.words(clause) >= 5) {
                return Phrasing.capitalise(Phrasing.shorten(clause, 22));
            }
        }
        return null;
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
