package newsquiz.generate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import newsquiz.analysis.SourceType;
import newsquiz.quiz.Difficulty;
import newsquiz.quiz.QuestionType;
import newsquiz.quiz.Skill;

/** Through which outlets a statement reached the article. */
final class RelayQuestions implements QuestionFamily {
    private static final String ARROW = " \u2192 ";

    @Override
    public List<Candidate> propose(Facts facts) {
        List<Candidate> out = new ArrayList<>();
        Set<String> outlets = outlets(facts);
        Set<String> asked = new LinkedHashSet<>();
        for (Statement s : facts.statements) {
            List<String> chain = s.attribution().via().stream().filter(outlets::contains).toList();
            if (chain.isEmpty() || !asked.add(s.speaker() + chain)) {
                continue;
            }
            if (chain.size() >= 2) {
                chainQuestion(facts, s, chain, outlets, out);
            } else {
                outletQuestion(facts, s, chain.get(0), outlets, out);
            }
        }
        return out;
    }

    private static Set<String> outlets(Facts facts) {
        Set<String> out = new LinkedHashSet<>();
        facts.analysis.sources().stream().filter(e -> e.type() == SourceType.OUTLET).forEach(e -> out.add(e.name()));
        return out;
    }

    private void chainQuestion(Facts facts, Statement s, List<String> chain, Set<String> outlets, List<Candidate> out) {
        String key = path(s.speaker(), chain);
        List<String> wrong = new ArrayList<>();
        List<String> reversed = new ArrayList<>(chain);
        java.util.Collections.reverse(reversed);
        wrong.add(path(s.speaker(), reversed));
        for (String other : outlets) {
            if (!chain.contains(other) && wrong.size() < 3 && !facts.mayBeSame(other, s.speaker())) {
                List<String> swapped = new ArrayList<>(chain);
                swapped.set(0, other);
                wrong.add(path(s.speaker(), swapped));
            }
        }
        wrong.add(s.speaker() + ARROW + "this article (directly)");
        String prompt = "How did " + AttributionQuestions.speakerInSentence(s.speaker()) + "\u2019s words reach this article?";
        String explanation = "The article says: " + Explain.quote(s.evidence()) + " So the words went from " + key.replace(ARROW, " to ")
                + ". Each step is a chance for words to be shortened, translated or framed.";
        out.add(new Candidate("relay", Skill.SOURCE_EVALUATION, QuestionType.SINGLE_CHOICE, Difficulty.HARD, prompt, key,
                wrong.subList(0, Math.min(3, wrong.size())), explanation, s.sentences(), "relay:" + s.speaker(), 85));
    }

    private void outletQuestion(Facts facts, Statement s, String outlet, Set<String> outlets, List<Candidate> out) {
        Set<String> usedBySpeaker = new LinkedHashSet<>();
        facts.by(s.speaker()).forEach(o -> usedBySpeaker.addAll(o.attribution().via()));
        List<String> wrong = new ArrayList<>();
        for (String other : outlets) {
            if (!usedBySpeaker.contains(other) && !facts.mayBeSame(other, outlet) && wrong.size() < 3) {
                wrong.add(other);
            }
        }
        if (wrong.size() < 2) {
            return;
        }
        String prompt = "Through which news outlet did the article get what " + AttributionQuestions.speakerInSentence(s.speaker())
                + " " + s.verb() + "?";
        String explanation = "The article says: " + Explain.quote(s.evidence()) + " The statement reached the article through "
                + outlet + ".";
        out.add(new Candidate("relay", Skill.SOURCE_EVALUATION, QuestionType.SINGLE_CHOICE, Difficulty.MEDIUM, prompt, outlet, wrong,
                explanation, s.sentences(), "relay:" + s.speaker(), 65));
    }

    private static String path(String speaker, List<String> chain) {
        return speaker + ARROW + String.join(ARROW, chain) + ARROW + "this article";
    }
}
