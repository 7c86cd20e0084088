package newsquiz.generate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import newsquiz.analysis.LoadedWord;
import newsquiz.quiz.Difficulty;
import newsquiz.quiz.QuestionType;
import newsquiz.quiz.Skill;

/**
 * Which word carries a side's framing. The wrong choices are neutral nouns and adjectives from the
 * same passage, so the learner compares labels with labels, not a label with a verb.
 */
final class LoadedLanguageQuestions implements QuestionFamily {
    /** Words before a noun or adjective: what follows them names or describes something. */
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "their", "his", "her", "our", "this", "that",
            "these", "those", "every", "each", "any", "some", "no", "of", "new", "own");
    private static final Pattern NOUN_OR_ADJECTIVE = Pattern.compile("(?i).*(tion|sion|ment|ness|ity|ism|ance|ence|ship|hood|ure|"
            + "ist|al|ous|ive|ic|ful|less|able|ible|ary|ial|ian|ery|ory)s?$");
    /** Words that charge a description themselves: never a "neutral" wrong answer. */
    private static final Pattern CHARGED = Pattern.compile("(?i)\\w*(nazi|fascis|terror|regime|thug|traitor|propaganda|puppet|junta|"
            + "invader|occupier|bandit|extremis|zealot|horde|vermin|scum|savage|butcher|genocid|warmonger|criminal|mob|lunatic|"
            + "aggress|brutal|evil|barbar|illegal|murder|enemy|enemies|massacre|atrocit|tyrant|tyranny|dictator|radical|"
            + "hostile|destroy|retreat|war|attack|invasion|slaughter|crime|disgrace|shame|lies|liar)\\w*");
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
            List<String> wrong = pickSpread(neutralWords(facts, sentence, w.word()), 3);
            if (wrong.size() < 2) {
                continue;
            }
            String speaker = AttributionQuestions.speakerInSentence(Phrasing.capitalise(w.usedBy()), facts);
            String prompt = "Here is part of what " + speaker + " said: \u201c" + sentence.replace('\u201c', '\u2018').replace('\u201d', '\u2019')
                    + "\u201d Which word is a loaded label that shows one side\u2019s view, rather than a neutral description?";
            String explanation = "\u201c" + w.word() + "\u201d is a charged label: it judges the other side instead of describing"
                    + " it. The article quotes it, which shows how " + speaker + " frames the conflict. The other words only describe.";
            out.add(new Candidate("loaded_language", Skill.SOURCE_EVALUATION, QuestionType.SINGLE_CHOICE, Difficulty.HARD, prompt, w.word(),
                    wrong, explanation, List.of(w.sentence()), "loaded:" + w.sentence(), 72));
        }
        return out;
    }

    /**
     * Nouns and adjectives of the passage that judge nothing: words right after a determiner
     * ("a desire", "its international duty") or with a noun or adjective ending ("construction").
     */
    static List<String> neutralWords(Facts facts, String passage, String loaded) {
        Set<String> out = new LinkedHashSet<>();
        String[] tokens = passage.split("[^\\p{L}-]+");
        for (int i = 0; i < tokens.length; i++) {
            String token = tokens[i];
            String lower = token.toLowerCase(Locale.ROOT);
            boolean afterDeterminer = i > 0 && DETERMINERS.contains(tokens[i - 1].toLowerCase(Locale.ROOT));
            boolean verbForm = lower.endsWith("ing") || lower.endsWith("ed") || lower.endsWith("ly");
            if (token.length() >= 5 && Character.isLowerCase(token.charAt(0)) && !PLAIN.contains(lower) && !verbForm
                    && (afterDeterminer || NOUN_OR_ADJECTIVE.matcher(lower).matches()) && !CHARGED.matcher(lower).matches()
                    && !lower.contains(loaded.toLowerCase(Locale.ROOT))
                    && facts.analysis.loadedWords().stream().noneMatch(o -> o.word().equalsIgnoreCase(token))) {
                out.add(token);
            }
        }
        return new ArrayList<>(out);
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

    /** Words spread over the sentence rather than all from one end. */
    private static List<String> pickSpread(List<String> words, int count) {
        if (words.size() <= count) {
            return words;
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(words.get(i * words.size() / count));
        }
        return out;
    }
}
