package newsquiz.generate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import newsquiz.analysis.LoadedWord;
import newsquiz.quiz.Difficulty;
import newsquiz.quiz.QuestionType;
import newsquiz.quiz.Skill;

/** Which word carries a side's framing. */
final class LoadedLanguageQuestions implements QuestionFamily {
    private static final Set<String> PLAIN = Set.of("would", "could", "should", "their", "there", "which", "about", "these", "those",
            "other", "after", "before", "being", "where", "while");

    @Override
    public List<Candidate> propose(Facts facts) {
        List<Candidate> out = new ArrayList<>();
        Set<String> asked = new LinkedHashSet<>();
        for (LoadedWord w : facts.analysis.loadedWords()) {
            if (w.usedBy().isBlank() || w.usedBy().equals("the article") || !asked.add(w.word().toLowerCase(Locale.ROOT))) {
                continue;
            }
            String spoken = facts.statements.stream().filter(st -> st.sentences().contains(w.sentence())
                    && st.attribution().content().contains(w.word()))
                    .sorted(java.util.Comparator.comparing((Statement st) -> !st.quotation()))
                    .map(st -> st.attribution().content()).findFirst()
                    .orElse(facts.sentence(w.sentence()).text());
            String sentence = snippetAround(spoken, w.word());
            Set<String> neutral = new LinkedHashSet<>();
            for (String token : sentence.split("[^\\p{L}-]+")) {
                String lt = token.toLowerCase(Locale.ROOT);
                if (token.length() >= 6 && Character.isLowerCase(token.charAt(0)) && !PLAIN.contains(lt) && !lt.contains(w.word().toLowerCase(Locale.ROOT))
                        && facts.analysis.loadedWords().stream().noneMatch(o -> o.word().equalsIgnoreCase(token))
                        && !lt.endsWith("ly")) {
                    neutral.add(token);
                }
            }
            List<String> wrong = HedgeQuestions.pickSpread(new ArrayList<>(neutral), 3);
            if (wrong.size() < 2) {
                continue;
            }
            String speaker = AttributionQuestions.speakerInSentence(Phrasing.capitalise(w.usedBy()), facts);
            String prompt = "Here is part of what " + speaker + " said: \u201c" + sentence.replace('\u201c', '\u2018').replace('\u201d', '\u2019')
                    + "\u201d Which word is a loaded label that shows one side\u2019s view, rather than a neutral description?";
            String explanation = "\u201c" + w.word() + "\u201d is a charged label: it judges the other side instead of describing"
                    + " it. The article quotes it, which shows how " + speaker + " frames the conflict.";
            out.add(new Candidate("loaded_language", Skill.SOURCE_EVALUATION, QuestionType.SINGLE_CHOICE, Difficulty.HARD, prompt, w.word(),
                    wrong, explanation, List.of(w.sentence()), "loaded:" + w.sentence(), 72));
        }
        return out;
    }

    /** About 35 words of the sentence around the loaded word. */
    private static String snippetAround(String sentence, String word) {
        String[] words = Phrasing.clean(sentence).split(" ");
        int at = 0;
        for (int i = 0; i < words.length; i++) {
            if (words[i].contains(word)) {
                at = i;
                break;
            }
        }
        int from = Math.max(0, at - 24);
        int to = Math.min(words.length, from + 35);
        String text = String.join(" ", java.util.Arrays.copyOfRange(words, from, to));
        return (from > 0 ? "\u2026 " : "") + text.replaceAll("[\u201c\u201d\"]", "") + (to < words.length ? " \u2026" : "");
    }
}
