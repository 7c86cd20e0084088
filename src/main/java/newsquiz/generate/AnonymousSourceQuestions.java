package newsquiz.generate;

import java.util.ArrayList;
import java.util.List;
import newsquiz.analysis.ClaimLabel;
import newsquiz.analysis.Stance;
import newsquiz.quiz.Difficulty;
import newsquiz.quiz.QuestionType;
import newsquiz.quiz.Skill;

/** Which claim rests on an unnamed source, and why that calls for care. */
final class AnonymousSourceQuestions implements QuestionFamily {
    @Override
    public List<Candidate> propose(Facts facts) {
        List<Candidate> out = new ArrayList<>();
        for (Statement s : facts.statements) {
            if (s.attribution().anonymous() && !s.attribution().cue().startsWith("(")) {
                unnamedSpeaker(facts, s, out);
            }
            if (!s.attribution().anonymous() || !Facts.standalone(s) || s.attribution().cue().startsWith("(")) {
                continue;
            }
            List<String> wrong = Distractors.claims(facts, s.claim(), o -> !o.attribution().anonymous()
                    && o.attribution().sourceType() != newsquiz.analysis.SourceType.UNKNOWN, 3);
            if (wrong.size() >= 2) {
                String explanation = "The article says: " + Explain.quote(s.evidence()) + " The claim comes from "
                        + AttributionQuestions.speakerInSentence(s.speaker(), facts) + ", and the article does not say who that is. "
                        + "The other claims come from sources it names.";
                out.add(new Candidate("anonymous_source", Skill.SOURCE_EVALUATION, QuestionType.SINGLE_CHOICE, Difficulty.MEDIUM,
                        "Which of these claims comes from a source the article does not name?", s.claim(), wrong, explanation,
                        s.sentences(), "anon:" + s.index(), clearlyUnnamed(s) ? 90 : 55));
            }
            why(facts, s, out);
        }
        return out;
    }

    /** "a source in Russia", "officials who spoke on condition of anonymity": the article says outright that it hides the name. */
    private static boolean clearlyUnnamed(Statement s) {
        String who = (s.speaker() + " " + s.attribution().mention()).toLowerCase(java.util.Locale.ROOT);
        return who.matches(".*\\b(source|sources|anonymity|anonymous|unnamed|familiar|person|insider|official|officials|employees|aides|worker|workers)\\b.*");
    }

    /** "Which of these sources does the article not name?" — the named speakers are the wrong answers. */
    private void unnamedSpeaker(Facts facts, Statement s, List<Candidate> out) {
        List<String> named = new ArrayList<>();
        for (Facts.SpeakerInfo info : facts.speakers.values()) {
            if (!info.anonymous() && info.type() == newsquiz.analysis.SourceType.PERSON && named.size() < 3
                    && !facts.mayBeSame(info.name(), s.speaker())) {
                named.add(info.name());
            }
        }
        if (named.size() < 2 || Phrasing.words(s.speaker()) > 9) {
            return;
        }
        String explanation = "The article says: " + Explain.quote(s.evidence()) + " It never gives a name for "
                + AttributionQuestions.speakerInSentence(s.speaker(), facts) + ", while the other sources are named people.";
        out.add(new Candidate("anonymous_source", Skill.SOURCE_EVALUATION, QuestionType.SINGLE_CHOICE, Difficulty.EASY,
                "Which of these sources quoted in the article is not named?", s.speaker(), named, explanation, s.sentences(),
                "anon-who:" + s.speaker(), 45));
    }

    /** "Why should a careful reader treat this claim with care?" — the reasons that do not apply are the wrong answers. */
    private void why(Facts facts, Statement s, List<Candidate> out) {
        List<String> wrong = new ArrayList<>();
        boolean denied = facts.statements.stream().anyMatch(o -> o.attribution().stance() == Stance.DENY && o.sentence() > s.sentence()
                && o.sentence() <= s.sentence() + 4);
        boolean labelled = facts.analysis.labels().stream().anyMatch((ClaimLabel l) -> l.claimSentence() == s.sentence());
        if (!denied) {
            wrong.add("The person who made it later took it back");
        }
        if (!labelled) {
            wrong.add("The article itself says it is false");
        }
        if (s.attribution().stance() != Stance.PREDICT && !s.claim().matches("(?i).*\\b(may|might|could|will|would|likely|expect\\w*)\\b.*")) {
            wrong.add("It is only a guess about the future");
        }
        if (wrong.size() < 2) {
            return;
        }
        String prompt = "The article reports: \u201c" + Phrasing.shorten(Phrasing.unquote(s.claim()), 18)
                + "\u201d Why should a careful reader treat this claim with extra care?";
        String explanation = "The claim comes from " + AttributionQuestions.speakerInSentence(s.speaker(), facts)
                + ". The article does not name the source, so readers cannot check who said it or how they know.";
        out.add(new Candidate("anonymous_source", Skill.SOURCE_EVALUATION, QuestionType.SINGLE_CHOICE, Difficulty.HARD, prompt,
                "It comes from a source the article does not name", wrong, explanation, s.sentences(), "anon-why:" + s.index(),
                clearlyUnnamed(s) ? 50 : 30));
    }
}
