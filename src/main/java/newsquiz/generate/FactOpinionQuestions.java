package newsquiz.generate;

import java.util.List;
import java.util.regex.Pattern;
import newsquiz.analysis.Stance;
import newsquiz.quiz.Difficulty;
import newsquiz.quiz.QuestionType;
import newsquiz.quiz.Skill;

/**
 * A prediction or an opinion set among plain facts the article reports in its own voice. The
 * facts are never claims by a party to the story, nor estimates, so only the key is open to
 * doubt; the explanation says which of the two the key is.
 */
final class FactOpinionQuestions implements QuestionFamily {
    /** Words that make a claim a judgement or a guess rather than a report of what happened ("may", not the month). */
    private static final Pattern JUDGEMENT = Pattern.compile(
            "(?i)\\b(likely|unlikely|probably|(?-i:may)|might|could|should|would|will|expect|believe|think|feel|hope|fear|must|"
                    + "best|worst|better|worse|good|bad|wrong|right|unfair|fair|too|very|obviously|clearly|only shows)\\b");
    /** What is expected to happen: nobody can check it yet. */
    private static final Pattern FUTURE = Pattern.compile("(?i)\\b(will|won't|shall|going to|likely to|unlikely to|expected to|expects? to|"
            + "set to|forecasts?|projected|predicts?)\\b|\\bwithin (?:a|the next|two|three|\\d+) \\w+|\\bby (?:next|the end of|20\\d\\d)\\b");
    private static final Pattern FORECAST_CUE = Pattern.compile("(?i)predict|warn|expect|forecast|project");
    /** "was 38 percent more likely": a statistic, not a judgement; "found", "showed": a finding. */
    private static final Pattern FINDING = Pattern.compile("(?i)\\b(?:more|less) likely\\b(?!\\s+(?:source|cause|explanation|reason))");
    private static final Pattern FINDING_CUE = Pattern.compile("(?i)found|find|show|count|measur|conclud|calculat");

    @Override
    public List<Candidate> propose(Facts facts) {
        List<Candidate> out = new java.util.ArrayList<>();
        List<NarrativeFacts.Fact> pool = new java.util.ArrayList<>(NarrativeFacts.checkable(facts));
        pool.addAll(NarrativeFacts.records(facts));
        Casing casing = facts.casing();
        for (Statement s : facts.statements) {
            Stance stance = s.attribution().stance();
            String claim = s.claim();
            if (stance != Stance.PREDICT && stance != Stance.OPINION || !JUDGEMENT.matcher(claim).find() || FINDING.matcher(claim).find()
                    || FINDING_CUE.matcher(s.attribution().cue()).find() || !ClauseCheck.isFullSentence(claim)
                    || ClauseCheck.pointsBack(claim) || ClauseCheck.firstPerson(claim) || !ClauseCheck.readableSource(s.speaker())
                    || Facts.documentLike(s.speaker())) {
                continue;
            }
            List<String> wrong = NarrativeFacts.pick(pool, claim, s.sentences(), 3);
            if (wrong.size() < 2) {
                continue;
            }
            boolean prediction = FUTURE.matcher(claim).find() || FORECAST_CUE.matcher(s.attribution().cue()).find()
                    && claim.matches("(?i).*\\b(would|could|(?-i:may)|might)\\b.*");
            String who = casing.source(AttributionQuestions.speakerInSentence(s.speaker(), facts));
            String kind = prediction
                    ? " This is a prediction by " + who + ": it says what is expected to happen, which nobody can check yet."
                    : " This is an opinion of " + who + ": a judgement that others could disagree with, not something the article shows"
                            + " to be true.";
            String explanation = "The article says: " + Explain.quote(s.evidence()) + kind
                    + " The other choices are facts the article reports in its own words.";
            out.add(new Candidate("fact_opinion", Skill.SOURCE_EVALUATION, QuestionType.SINGLE_CHOICE, Difficulty.HARD,
                    "Which of these is a prediction or an opinion rather than a reported fact?", claim, wrong, explanation,
                    s.sentences(), "opinion:" + s.index(), 80));
        }
        return out;
    }
}
