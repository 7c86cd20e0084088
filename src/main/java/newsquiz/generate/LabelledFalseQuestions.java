package newsquiz.generate;

import java.util.ArrayList;
import java.util.List;
import newsquiz.analysis.ClaimLabel;
import newsquiz.quiz.Difficulty;
import newsquiz.quiz.QuestionType;
import newsquiz.quiz.Skill;

/** What the article itself calls false, misleading or unsupported. */
final class LabelledFalseQuestions implements QuestionFamily {
    /** The label and "who claimed that …" test the same fact when the claim is an attribution. */
    private static String factOf(Facts facts, ClaimLabel label) {
        Statement s = statementOf(facts, label);
        return s != null ? "claim:" + s.index() : "label:" + label.claimSentence();
    }

    private static Statement statementOf(Facts facts, ClaimLabel label) {
        for (Statement s : facts.statements) {
            if (s.sentence() == label.claimSentence() && Distractors.similar(s.claim(), label.claim())) {
                return s;
            }
        }
        return null;
    }

    @Override
    public List<Candidate> propose(Facts facts) {
        List<Candidate> out = new ArrayList<>();
        for (ClaimLabel label : facts.analysis.labels()) {
            Statement judged = statementOf(facts, label);
            String claim = judged != null ? judged.claim()
                    : Phrasing.capitalise(Phrasing.shorten(Phrasing.unquote(label.claim().replaceAll("^(?i)that\\s+", "")), 20));
            if (Phrasing.words(claim) < 4) {
                continue;
            }
            List<String> wrong = Distractors.claims(facts, claim, s -> facts.analysis.labels().stream()
                    .noneMatch(l -> l.claimSentence() == s.sentence()) && !Distractors.similar(s.claim(), claim), 3);
            if (wrong.size() < 2) {
                continue;
            }
            String word = switch (label.label()) {
                case "unsupported" -> "not supported by the evidence";
                case "misleading" -> "misleading";
                default -> label.label();
            };
            List<Integer> sentences = label.claimSentence() == label.labelSentence() ? List.of(label.labelSentence())
                    : List.of(label.claimSentence(), label.labelSentence());
            List<String> evidence = new ArrayList<>();
            sentences.forEach(i -> evidence.add(facts.sentence(i).text()));
            String explanation = "The article says: " + Explain.quote(evidence) + " Here the article itself judges the claim"
                    + (label.claimSource().isBlank() ? "" : " made by " + AttributionQuestions.speakerInSentence(label.claimSource(), facts)) + ".";
            out.add(new Candidate("labelled_false", Skill.SOURCE_EVALUATION, QuestionType.SINGLE_CHOICE, Difficulty.MEDIUM,
                    "Which claim does the article itself say is " + word + "?", claim, wrong, explanation, sentences,
                    factOf(facts, label), 88));
        }
        return out;
    }
}
