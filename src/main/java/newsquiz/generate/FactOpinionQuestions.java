package newsquiz.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import newsquiz.analysis.Stance;
import newsquiz.quiz.Difficulty;
import newsquiz.quiz.QuestionType;
import newsquiz.quiz.Skill;

/** A reported fact versus a prediction or an opinion. */
final class FactOpinionQuestions implements QuestionFamily {
    /** Words that make a claim a judgement or a guess rather than a report of what happened. */
    private static final Pattern JUDGEMENT = Pattern.compile(
            "(?i)\\b(likely|unlikely|probably|may|might|could|should|would|will|expect|believe|think|feel|hope|fear|must|"
                    + "best|worst|better|worse|good|bad|wrong|right|unfair|fair|too|very|obviously|clearly|only shows)\\b");
    private static final Pattern FACTUAL = Pattern.compile("(?i)\\d|\\b(january|february|march|april|may|june|july|august|september|"
            + "october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b");

    @Override
    public List<Candidate> propose(Facts facts) {
        List<Candidate> out = new ArrayList<>();
        for (Statement s : facts.statements) {
            Stance stance = s.attribution().stance();
            if (stance != Stance.PREDICT && stance != Stance.OPINION || !Facts.standalone(s) || !JUDGEMENT.matcher(s.claim()).find()) {
                continue;
            }
            List<String> wrong = Distractors.claims(facts, s.claim(), o -> (o.attribution().stance() == Stance.ASSERT
                    || o.attribution().stance() == Stance.CONFIRM) && !JUDGEMENT.matcher(o.claim()).find()
                    && FACTUAL.matcher(o.claim()).find(), 3);
            if (wrong.size() < 3) {
                wrong = new ArrayList<>(wrong);
                for (String fact : factualSentences(facts, s)) {
                    if (wrong.size() < 3 && wrong.stream().noneMatch(w -> Distractors.similar(w, fact))) {
                        wrong.add(fact);
                    }
                }
            }
            if (wrong.size() < 2) {
                continue;
            }
            String kind = stance == Stance.PREDICT ? "a prediction" : "an opinion";
            String explanation = "The article says: " + Explain.quote(s.evidence()) + " This is " + kind + " by "
                    + AttributionQuestions.speakerInSentence(s.speaker(), facts) + ", not a fact the article reports. The other choices report"
                    + " things that happened or were counted.";
            out.add(new Candidate("fact_opinion", Skill.SOURCE_EVALUATION, QuestionType.SINGLE_CHOICE, Difficulty.HARD,
                    "Which of these is a prediction or an opinion rather than a reported fact?", s.claim(), wrong, explanation,
                    s.sentences(), "opinion:" + s.index(), 80));
        }
        return out;
    }

    /** Facts the article itself states, with a number or date and no judging word. */
    private static List<String> factualSentences(Facts facts, Statement opinion) {
        List<String> out = new ArrayList<>();
        for (var sentence : facts.analysis.article().sentences()) {
            String text = Phrasing.clean(sentence.text()).replaceAll("[.]$", "");
            if (opinion.sentences().contains(sentence.index()) || Phrasing.words(text) < 6 || Phrasing.words(text) > 24
                    || JUDGEMENT.matcher(text).find() || !FACTUAL.matcher(text).find() || text.contains("\u201c") || text.contains("\"")
                    || text.matches("(?i)^(but|and|however|this|that|these|those|it|they|he|she|his|her|its|their)\\b.*")
                    || facts.statements.stream().anyMatch(s -> s.sentences().contains(sentence.index()))) {
                continue;
            }
            out.add(text);
        }
        return out;
    }
}
