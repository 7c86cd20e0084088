package newsquiz.generate;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SortedMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsquiz.analysis.Stance;
import newsquiz.quiz.Difficulty;
import newsquiz.quiz.QuestionType;
import newsquiz.quiz.Skill;

/**
 * "Which claim did both Vexholme Patrols and the district council deny?": two parties on different sides, each rejecting
 * the same claim of a third, in one question. A claim denied twice is worth weighing twice, and asking it of either
 * denier alone would leave the other as a second right answer among the wrong ones (review55 MOS q03).
 */
final class JointDenialQuestions implements QuestionFamily {
    /** Above each denier's own "Which claim did … deny?": one question covers both denials. */
    static final int PRIORITY = 75;

    @Override
    public List<Candidate> propose(Facts facts) {
        List<Candidate> out = new ArrayList<>();
        List<Statement> asked = new ArrayList<>();
        for (Statement first : facts.statements) {
            Statement claim = answered(facts, first);
            if (claim == null || asked.contains(claim)) {
                continue;
            }
            for (Statement second : facts.statements) {
                if (second.sentence() > first.sentence() && answered(facts, second) == claim && apart(facts, first, second)
                        && apart(facts, claim, first) && apart(facts, claim, second) && !anotherClaimBetween(facts, claim, first, second)) {
                    ask(facts, first, second, claim, out);
                    asked.add(claim);
                    break;
                }
            }
        }
        return out;
    }

    /** The claim a weighable denial by someone a reader can name answers, or null. */
    private static Statement answered(Facts facts, Statement d) {
        if (!DenialQuestions.weighable(d) || DenialQuestions.nobodyInParticular(d.speaker()) || d.attribution().anonymous()) {
            return null;
        }
        Statement claim = DenialQuestions.answeredBy(facts, d).orElse(null);
        // Only a claim someone put forward, in reported words, and a denial that takes up one of its words ("gave short
        // shrift to the bonus claim"): a pointer resolved by position alone is too weak a thread to hang two keys on.
        return claim != null && CLAIMED.contains(claim.attribution().stance()) && !claim.quotation() && facts.isStandalone(claim)
                && facts.standsAsClaim(claim.claim()) && facts.choiceProblem(claim.claim()).isEmpty() && d.sentence() > claim.sentence()
                && d.sentence() - claim.sentence() <= WINDOW && takesUp(facts, claim, d) ? claim : null;
    }

    private static final Set<Stance> CLAIMED = EnumSet.of(Stance.ASSERT, Stance.SUGGEST, Stance.PREDICT);
    /** Sentences a denial may follow its claim by. */
    private static final int WINDOW = 12;

    /**
     * The denial's own words answer the claim's ("its wardens were paid a fixed hourly wage" against "the wardens were paid a
     * bonus"), or it names the claim by one of its words ("gave short shrift to the bonus claim").
     */
    private static boolean takesUp(Facts facts, Statement claim, Statement d) {
        String content = Phrasing.clean(d.attribution().content());
        if (facts.answerOverlap().score(claim.claim(), content) > 0) {
            return true;
        }
        Matcher named = NAMED_CLAIM.matcher(content);
        return named.find() && Distractors.contentWords(claim.claim()).contains(named.group(1).toLowerCase(Locale.ROOT));
    }

    private static final Pattern NAMED_CLAIM = Pattern.compile("(?i)\\b(?:the|that|this)\\s+(\\p{L}{4,})\\s+(?:claims?|suggestions?|"
            + "reports?|story|stories|allegations?|figures?|accounts?|rumou?rs?)\\b");

    /**
     * "Wadge said the parish council had offered 3,000 crowns. Tibbitts: no offer had reached them. One trustee told the News the
     * hall would be sold. Sturtridge said there was no question of a sale": a claim of someone else between the two denials
     * is what the second most likely answers, so the two are not asked as one (review79 marrowdene q05, a wrong key).
     */
    private static boolean anotherClaimBetween(Facts facts, Statement claim, Statement first, Statement second) {
        return facts.statements.stream().anyMatch(s -> s.sentence() > first.sentence() && s.sentence() < second.sentence()
                && CLAIMED.contains(s.attribution().stance()) && !s.speaker().equals(claim.speaker())
                && apart(facts, s, first) && apart(facts, s, second));
    }

    /** Two speakers who are not one side: not the same, and neither speaking for the other. */
    private static boolean apart(Facts facts, Statement one, Statement other) {
        return !one.speaker().equals(other.speaker()) && !facts.mayBeSame(one.speaker(), other.speaker())
                && !Distractors.mayWorkFor(facts, one.speaker(), other.speaker())
                && !Distractors.mayWorkFor(facts, other.speaker(), one.speaker())
                && !Distractors.councilAndMember(facts, one.speaker(), other.speaker())
                && !Distractors.councilAndMember(facts, other.speaker(), one.speaker());
    }

    private static void ask(Facts facts, Statement first, Statement second, Statement claim, List<Candidate> out) {
        // A wrong answer is a claim of someone else that neither denier, nor anyone on either's side, rejected.
        Predicate<Statement> fair = s -> s != claim && s.attribution().stance() != Stance.DENY
                && !facts.mayBeSame(s.speaker(), first.speaker()) && !facts.mayBeSame(s.speaker(), second.speaker())
                && !Distractors.similar(s.claim(), claim.claim())
                && !DeniersSide.answered(facts, s, first) && !DeniersSide.answered(facts, s, second);
        // Reported claims first, like the key; someone's quoted words if there are too few.
        List<String> wrong = Distractors.claims(facts, claim.claim(), fair.and(s -> !s.quotation()), 3);
        if (wrong.size() < 2) {
            wrong = Distractors.claims(facts, claim.claim(), fair, 3);
        }
        if (wrong.size() < 2) {
            // "The council accepted that 43 fines had been issued to the wrong people": what a denier admitted, it did not deny.
            List<String> others = List.copyOf(wrong);
            wrong = new ArrayList<>(others);
            wrong.addAll(DeniersSide.admissions(facts, claim.claim(), Set.copyOf(List.of(first.speaker(), second.speaker())), others,
                    2 - others.size()));
        }
        if (wrong.size() < 2) {
            return;
        }
        String one = AttributionQuestions.speakerInSentence(first.speaker(), facts);
        String other = AttributionQuestions.speakerInSentence(second.speaker(), facts);
        SortedMap<Integer, String> shown = Explain.passage(List.of(claim, first, second));
        String explanation = "The article says: " + Explain.quote(shown) + " Both " + one + " and " + other
                + " rejected this claim, which came from " + AttributionQuestions.speakerInSentence(claim.speaker(), facts) + ".";
        out.add(new Candidate("denial", Skill.SOURCE_EVALUATION, QuestionType.SINGLE_CHOICE, Difficulty.HARD,
                "Which claim did both " + one + " and " + other + " deny?", Phrasing.capitalise(claim.claim()), wrong, explanation,
                new ArrayList<>(shown.keySet()), "deny:" + first.index(), PRIORITY));
    }
}
