package newsquiz.generate;

import java.util.ArrayList;
import java.util.List;
import newsquiz.analysis.CauseEffect;
import newsquiz.article.Sentence;
import newsquiz.quiz.Difficulty;
import newsquiz.quiz.QuestionType;
import newsquiz.quiz.Skill;

/** What caused what, as the article states it. */
final class CauseEffectQuestions implements QuestionFamily {
    @Override
    public List<Candidate> propose(Facts facts) {
        List<Candidate> out = new ArrayList<>();
        for (CauseEffect c : facts.analysis.causes()) {
            String cause = Phrasing.shorten(c.cause(), 20);
            String effect = Phrasing.capitalise(Phrasing.shorten(c.effect(), 18));
            if (Phrasing.words(cause) < 3 || Phrasing.words(effect) < 4 || Distractors.similar(cause, effect)
                    || cause.matches("(?i)^(its|his|her|their|this|that|it|they|he|she)\\b.*")) {
                continue;
            }
            List<String> wrong = otherEvents(facts, c, effect);
            if (wrong.size() < 2) {
                continue;
            }
            List<String> evidence = new ArrayList<>();
            c.sentences().forEach(i -> evidence.add(facts.sentence(i).text()));
            String explanation = "The article says: " + Explain.quote(evidence) + " The words \u201c" + c.link()
                    + "\u201d link the cause to its result.";
            out.add(new Candidate("cause_effect", Skill.COMPREHENSION, QuestionType.SINGLE_CHOICE, Difficulty.MEDIUM,
                    "According to the article, what happened as a result of this: \u201c" + Phrasing.unquote(cause) + "\u201d?", effect, wrong,
                    explanation, c.sentences(), "cause:" + c.sentence(), 58));
        }
        return out;
    }

    /** Events from other paragraphs, stated in the article's own voice, that are not this cause's result. */
    private static List<String> otherEvents(Facts facts, CauseEffect c, String effect) {
        List<String> out = new ArrayList<>();
        int paragraph = facts.sentence(c.sentence()).paragraph();
        int keyWords = Phrasing.words(effect);
        for (Sentence s : facts.analysis.article().sentences()) {
            if (Math.abs(s.paragraph() - paragraph) < 2 || c.sentences().contains(s.index()) || attributed(facts, s.index())) {
                continue;
            }
            String clause = Phrasing.capitalise(Phrasing.shorten(s.text().split("[,;:](?=\\s)")[0], 18));
            int words = Phrasing.words(clause);
            if (words >= Math.max(4, keyWords / 2) && words <= keyWords * 2 + 3 && !Distractors.similar(clause, effect)
                    && !clause.matches("(?i)^(but|and|however|as|in|on|under|during|so|according|one of|this|that|these|those|it|they|he|she|his|her|its|their|both|such|the two)\\b.*") && out.size() < 3
                    && clause.matches("(?i).*\\b(is|are|was|were|has|have|had|will|\\w+ed)\\b.*")) {
                out.add(clause);
            }
        }
        return out;
    }

    private static boolean attributed(Facts facts, int sentence) {
        return facts.statements.stream().anyMatch(s -> s.sentences().contains(sentence));
    }
}
