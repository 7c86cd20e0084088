package newsquiz.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsquiz.analysis.Figure;
import newsquiz.analysis.Stance;
import newsquiz.quiz.Difficulty;
import newsquiz.quiz.QuestionType;
import newsquiz.quiz.Skill;

/**
 * True, false or not given. True statements restate a claim; false ones change a figure the
 * article gives; "not given" ones state as fact what a source declined to comment on.
 */
final class TrueFalseNotGivenQuestions implements QuestionFamily {
    static final String TRUE = "True";
    static final String FALSE = "False";
    static final String NOT_GIVEN = "Not given";
    private static final Pattern WHETHER = Pattern.compile("(?i)\\bdeclined to (?:comment|say|confirm)\\s+(?:on\\s+)?whether\\s+(.+)$");

    @Override
    public List<Candidate> propose(Facts facts) {
        List<Candidate> out = new ArrayList<>();
        for (Statement s : facts.statements) {
            Matcher m = WHETHER.matcher(s.attribution().content());
            if (m.find()) {
                notGiven(facts, s, m.group(1), out);
                continue;
            }
            if (s.attribution().stance() != Stance.ASSERT || s.quotation() || !Facts.standalone(s)
                    || s.attribution().cue().startsWith("(") || Phrasing.words(s.claim()) > 22) {
                continue;
            }
            Figure figure = figureIn(facts, s);
            if (figure != null) {
                changedFigure(facts, s, figure, out);
            } else {
                restated(facts, s, out);
            }
        }
        return out;
    }

    private void restated(Facts facts, Statement s, List<Candidate> out) {
        String statement = "According to " + AttributionQuestions.speakerInSentence(s.speaker(), facts) + ", "
                + Phrasing.lowerFirst(s.claim(), facts).replaceAll("\u2026$", "") + ".";
        String explanation = "True. The article says: " + Explain.quote(s.evidence());
        out.add(candidate(statement, TRUE, explanation, s.sentences(), "claim:" + s.index(), 40));
    }

    private void changedFigure(Facts facts, Statement s, Figure f, List<Candidate> out) {
        List<String> variants = Numbers.variants(f.value(), 1);
        if (variants.isEmpty() || !s.claim().contains(f.value())) {
            return;
        }
        String changed = s.claim().replace(f.value(), variants.get(0));
        String statement = "According to " + AttributionQuestions.speakerInSentence(s.speaker(), facts) + ", "
                + Phrasing.lowerFirst(changed, facts).replaceAll("\u2026$", "") + ".";
        String explanation = "False. The article gives " + f.value() + ", not " + variants.get(0) + ": " + Explain.quote(s.evidence());
        out.add(candidate(statement, FALSE, explanation, s.sentences(),
                "number:" + f.sentence() + ":" + f.value().toLowerCase(Locale.ROOT), 48));
    }

    private void notGiven(Facts facts, Statement s, String matter, List<Candidate> out) {
        String clause = Phrasing.clean(matter).replaceAll("[.]$", "");
        clause = clause.replaceFirst("^(?i)(it|he|she|they)\\s+", s.speaker().replace("$", "\\$") + " ");
        clause = clause.replaceAll("(?i)\\bthe group\\b", "the group");
        if (Phrasing.words(clause) < 5 || Phrasing.words(clause) > 20) {
            return;
        }
        String statement = Phrasing.capitalise(clause) + ".";
        String explanation = "Not given. The article only says: " + Explain.quote(s.evidence())
                + " It does not say whether this is true or false.";
        out.add(candidate(statement, NOT_GIVEN, explanation, s.sentences(), "tfng:" + s.index(), 62));
    }

    private static Candidate candidate(String statement, String key, String explanation, List<Integer> sentences, String fact,
            int priority) {
        List<String> wrong = new ArrayList<>(List.of(TRUE, FALSE, NOT_GIVEN));
        wrong.remove(key);
        return new Candidate("true_false_not_given", Skill.COMPREHENSION, QuestionType.TRUE_FALSE_NOT_GIVEN, Difficulty.MEDIUM,
                "Is this statement true, false, or not given in the article? " + statement, key, wrong, explanation, sentences,
                fact, priority);
    }

    private static Figure figureIn(Facts facts, Statement s) {
        for (Figure f : facts.analysis.figures()) {
            if (s.sentences().contains(f.sentence()) && f.kind() != Figure.Kind.YEAR && f.kind() != Figure.Kind.DATE
                    && s.claim().toLowerCase(Locale.ROOT).contains(f.value().toLowerCase(Locale.ROOT))) {
                return f;
            }
        }
        return null;
    }
}
