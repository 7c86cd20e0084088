package newsquiz.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import newsquiz.analysis.CauseEffect;
import newsquiz.quiz.Difficulty;
import newsquiz.quiz.QuestionType;
import newsquiz.quiz.Skill;

/**
 * What the article itself says one thing led to. Only links stated in the article's own voice
 * count, with cause and result both whole clauses; the wrong results are other events the article
 * reports, far from this one, so none of them is also a result of the same cause. A cause that is
 * only a noun phrase ("because of the accident") is usually the story's central event, of which
 * every other event is a result too, so it is not asked.
 */
final class CauseEffectQuestions implements QuestionFamily {
    /** Links whose cause is a noun phrase: "because of the storm", "in response to the accident". */
    private static final Pattern NOUN_LINK = Pattern.compile("(?i)because of|due to|owing to|as a result of|in response to|following|caused");

    @Override
    public List<Candidate> propose(Facts facts) {
        List<Candidate> out = new ArrayList<>();
        List<NarrativeFacts.Fact> events = NarrativeFacts.events(facts);
        Casing casing = facts.casing();
        for (CauseEffect c : facts.analysis.causes()) {
            if (c.sentences().stream().anyMatch(i -> NarrativeFacts.attributed(facts, i))) {
                continue;
            }
            String effect = Phrasing.capitalise(Phrasing.clean(c.effect()).replaceAll("[.]$", ""));
            String cause = cause(c);
            if (cause == null || Phrasing.words(effect) > 20 || !ClauseCheck.isFullSentence(effect) || ClauseCheck.pointsBack(effect)
                    || ClauseCheck.firstPerson(effect) || Distractors.similar(cause, effect)) {
                continue;
            }
            List<String> wrong = otherEvents(facts, c, events, effect);
            if (wrong.size() < 2) {
                continue;
            }
            String because = "because " + casing.lowerFirst(cause);
            List<String> evidence = new ArrayList<>();
            c.sentences().forEach(i -> evidence.add(facts.sentence(i).text()));
            String explanation = "The article says: " + Explain.quote(evidence) + " The words \u201c" + c.link()
                    + "\u201d show that this happened as a result. The other choices are things the article reports elsewhere, not"
                    + " results of this.";
            out.add(new Candidate("cause_effect", Skill.COMPREHENSION, QuestionType.SINGLE_CHOICE, Difficulty.MEDIUM,
                    "According to the article, what happened " + because + "?", effect, wrong, explanation, c.sentences(),
                    "cause:" + c.sentence(), 58));
        }
        return out;
    }

    /** The cause as a whole clause the question can state after "because", or null. */
    private static String cause(CauseEffect c) {
        String cause = Phrasing.clean(c.cause()).replaceAll("[.]$", "");
        if (NOUN_LINK.matcher(c.link()).matches() || cause.contains("\u2026") || Phrasing.words(cause) > 25
                || ClauseCheck.firstPerson(cause) || !ClauseCheck.isFullSentence(cause) || ClauseCheck.pointsBack(cause)) {
            return null;
        }
        return cause;
    }

    /** Events from other paragraphs that neither cause nor follow from anything the article links. */
    private static List<String> otherEvents(Facts facts, CauseEffect c, List<NarrativeFacts.Fact> events, String effect) {
        int paragraph = facts.sentence(c.sentence()).paragraph();
        List<NarrativeFacts.Fact> pool = new ArrayList<>();
        for (NarrativeFacts.Fact e : events) {
            boolean linked = facts.analysis.causes().stream().anyMatch(o -> o.sentences().contains(e.sentence()));
            if (Math.abs(e.paragraph() - paragraph) >= 2 && !linked) {
                pool.add(e);
            }
        }
        return NarrativeFacts.pick(pool, effect, c.sentences(), 3);
    }
}
