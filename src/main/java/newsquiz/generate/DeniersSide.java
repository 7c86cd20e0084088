package newsquiz.generate;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import newsquiz.analysis.Stance;

/**
 * Which claims a denier, or someone on its side, has already answered, so that "Which claim did … deny?" cannot offer them
 * as wrong answers; and which of its own statements it owned up to, which it did not deny.
 */
final class DeniersSide {
    private static final Pattern NO_COMMENT = Pattern.compile("(?i)\\b(?:declined|refused|would\\s+not|did\\s+not\\s+want)\\s+to\\s+"
            + "(?:comment|discuss|say)\\b");
    /** "it was wrong to say so", "That is untrue": a verdict on whatever was said just before. */
    private static final Pattern VERDICT_POINTING_BACK = Pattern.compile("(?i)^\\W*(?:it|that|this)\\s+(?:was|is|had\\s+been)\\s+"
            + "(?:\\p{L}+\\s+)?(?:wrong|untrue|false|not\\s+true|incorrect|mistaken|nonsense)\\b|^\\W*(?:that|this|it|so)\\W*$"
            + "|\\bwrong\\s+to\\s+(?:say|suggest|claim)\\s+(?:so|that|this|it)\\b");
    /** A statement of the denier's own in the next sentences, without a word of denial, answers only a claim just before. */
    private static final int NEXT_ANSWER = 2;

    private DeniersSide() {}

    /**
     * "Which report did Pippinstall Cider reject?" cannot offer the price the company's chief executive denied in the next
     * paragraph: a claim denied by the denier or by someone who may speak for it is no wrong answer (review24 PIP q01).
     */
    static boolean answered(Facts facts, Statement claim, Statement d) {
        for (Statement other : facts.statements) {
            if (other == d || !other.speaker().equals(d.speaker()) && !facts.mayBeSame(other.speaker(), d.speaker())
                            && !Distractors.mayWorkFor(facts, other.speaker(), d.speaker())) {
                continue;
            }
            if (other.attribution().stance() != Stance.DENY) {
                // The cheap tests first: this runs for every statement beside every claim a wrong answer may be drawn from.
                if (!other.speaker().equals(d.speaker()) || other.sentence() <= claim.sentence()
                        || other.sentence() - claim.sentence() > NEXT_ANSWER) {
                    continue;
                }
                String answer = Phrasing.clean(other.attribution().content());
                if (!facts.mayBeSame(claim.speaker(), d.speaker()) && !Distractors.mayWorkFor(facts, d.speaker(), claim.speaker())
                        && !NO_COMMENT.matcher(answer).find() && !DenialQuestions.HOLDING_BACK.matcher(answer).find()
                        && (facts.answerOverlap().score(claim.claim(), answer) > 0
                                // "… said the change was a way to make the two librarians redundant. The council said both
                                // librarians would keep their jobs": in the very next sentence of the paragraph, one word
                                // taken up will do.
                                || other.sentence() == claim.sentence() + 1 && DenialQuestions.sameParagraph(facts, claim, other)
                                        && DenialQuestions.sharedStems(claim.claim(), answer, 5) > 0)) {
                    // "… said staff on night shifts would pay about 80 crowns a month more. The trust said night-shift staff
                    // would go on parking free": the denier's answer straight after a claim takes it up without a word of denial.
                    return true;
                }
                continue;
            }
            java.util.Optional<Statement> answered = DenialQuestions.answeredBy(facts, other);
            if (answered.orElse(null) == claim || joinsADenialOf(facts, other, claim)) {
                return true;
            }
            if (other.sentence() == claim.sentence() + 1 && VERDICT_POINTING_BACK.matcher(Phrasing.clean(other.attribution().content())).find()) {
                // "… told the Herald that officers had been called to the park twice. The force said it was wrong to say so":
                // a verdict on whatever was said just before is a denial of it too.
                return true;
            }
            if (other.sentence() > claim.sentence() && other.sentence() - claim.sentence() <= DenialQuestions.ANSWER_WINDOW
                    && facts.answerOverlap().score(claim.claim(), Phrasing.clean(other.attribution().content())) > 0) {
                // "Which claim did the airport reject?" cannot offer the "rewritten" log that its chief executive answered
                // in the next paragraph ("Nobody has rewritten a single line of any log"), in words of its own.
                return true;
            }
        }
        return false;
    }

    /**
     * "Wyvernhurst Police challenged the figure, saying … The council's highways director, Valorie Quested, was blunt. “Crime
     * in Pottlewick went down …”": a denial straight after someone else's denial of a claim (the one it answers, or one
     * just before whose words it takes up), with nothing else said between and a word of the claim's own, takes up the
     * same claim.
     */
    private static boolean joinsADenialOf(Facts facts, Statement denial, Statement claim) {
        int start = denial.sentences().stream().mapToInt(Integer::intValue).min().orElse(denial.sentence());
        if (!DenialQuestions.sharesAStem(claim.claim(), Phrasing.clean(denial.attribution().content()))) {
            return false;
        }
        for (Statement first : facts.statements) {
            if (first != denial && first.attribution().stance() == Stance.DENY && first.sentence() > claim.sentence()
                    && first.sentence() < start && start - first.sentence() <= 2
                    && (DenialQuestions.answeredBy(facts, first).orElse(null) == claim || first.sentence() - claim.sentence() <= 3
                            && facts.answerOverlap().score(claim.claim(), Phrasing.clean(first.attribution().content())) > 0)
                    && facts.statements.stream().noneMatch(s -> s.sentence() > first.sentence() && s.sentence() < start
                            && s.attribution().stance() != Stance.DENY)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "The trust admitted that 12 blue-badge bays had been closed for three weeks in March": up to {@code count} admissions of
     * the {@code speakers}, unlike the wrong answers already {@code taken}, as wrong answers to what they denied.
     */
    static List<String> admissions(Facts facts, String key, Set<String> speakers, List<String> taken, int count) {
        // ("Elsdon admitted that the council had not asked the police": its highways chair owns up for the council.)
        return Distractors.claims(facts, key, s -> s.attribution().stance() == Stance.CONFIRM && (speakers.contains(s.speaker())
                        || facts.bodySpokenFor(s.speaker()) != null && speakers.contains(facts.bodySpokenFor(s.speaker())))
                && taken.stream().noneMatch(w -> Distractors.similar(w, s.claim())), count);
    }
}
