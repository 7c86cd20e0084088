package newsquiz.generate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import newsquiz.analysis.Analysis;
import newsquiz.analysis.SourceType;
import newsquiz.quiz.Difficulty;
import newsquiz.quiz.QuestionType;
import newsquiz.quiz.Skill;

/** How the article describes a source, and what such a label tells a reader. */
final class SourceDescriptionQuestions implements QuestionFamily {
    /**
     * What a description tells a reader, and three readings it rules out: each wrong answer is about the same thing (whom
     * the outlet answers to) and contradicted by the description itself, so none is also true and none is absurd. None
     * names the side itself: a wrong answer naming the Kremlin would name a source the key names.
     */
    private static final List<String[]> MEANINGS = List.of(
            new String[] {"(?i).*\\bpro-(\\w+).*", "It usually takes the side of the %s",
                    "It is neutral and takes no side|It usually takes the opposing side|It is run by the opposition"},
            new String[] {"(?i).*\\bstate\\b.*\\b(broadcaster|media|television|news agency|agency|newspaper|radio|tv)\\b.*",
                    "It is funded or run by a government",
                    "It is owned by a private company|It is independent of any government|It is run by an opposition party"},
            new String[] {"(?i).*\\bindependent\\b.*", "It is not run by a government or a company in the story",
                    "It is run by the government|It is owned by a company in the story|It is run by a political party"},
            new String[] {"(?i).*\\bwho was not involved in the (research|study)\\b.*", "They did not take part in the study they comment on",
                    "They led the study they comment on|They paid for the study they comment on|They wrote part of the study they comment on"});
    /** A person named only inside what others said ("indicate 1 death, 84 year old lady Margaret Masson"): no source. */
    private static boolean onlySpokenOf(Facts facts, String name, List<Integer> sentences) {
        boolean speaks = facts.statements.stream().anyMatch(st -> facts.mayBeSame(st.speaker(), name)
                || st.attribution().via().stream().anyMatch(v -> facts.mayBeSame(v, name)));
        return !speaks && sentences.stream().allMatch(i -> facts.statements.stream()
                .anyMatch(st -> st.sentence() == i && st.attribution().content().contains(name)));
    }

    @Override
    public List<Candidate> propose(Facts facts) {
        Map<String, Analysis.SourceEntity> described = new LinkedHashMap<>();
        Map<String, String> choices = new LinkedHashMap<>();
        for (Analysis.SourceEntity e : facts.analysis.sources()) {
            if (e.descriptions().isEmpty() || e.type() == SourceType.UNKNOWN || !usable(e.descriptions().get(0), e.name())
                    || Facts.formOfAddress(e.descriptions().get(0))) {
                continue;
            }
            String choice = Descriptions.asChoice(e.descriptions().get(0), facts);
            if (choice != null) {
                described.put(e.name(), e);
                choices.put(e.name(), choice);
            }
        }
        List<Candidate> out = new ArrayList<>();
        List<String> normalised = facts.analysis.article().sentences().stream().map(s -> norm(s.text())).toList();
        for (Analysis.SourceEntity e : described.values()) {
            List<Integer> sentences = sentencesNaming(normalised, e.name(), e.descriptions().get(0));
            if (sentences.isEmpty() || e.type() == SourceType.PERSON && onlySpokenOf(facts, e.name(), sentences)) {
                // "84 year old lady Margaret Masson", who died: someone the article speaks of, not a source it quotes.
                continue;
            }
            String key = choices.get(e.name());
            // Only the article's own descriptions of other sources of the same kind: invented ones are easy to spot.
            List<String> wrong = new ArrayList<>();
            for (Analysis.SourceEntity other : described.values()) {
                String d = choices.get(other.name());
                if (other != e && sameKind(other.type(), e.type()) && !facts.mayBeSame(other.name(), e.name()) && wrong.size() < 3
                        && !Distractors.similar(d, key) && !d.toLowerCase(Locale.ROOT).contains(e.name().toLowerCase(Locale.ROOT))) {
                    wrong.add(d);
                }
            }
            String name = Phrasing.lowerFirst(facts.withArticleThe(e.name()), facts);
            if (wrong.size() >= 2) {
                String explanation = "The article calls " + name + " " + Descriptions.inSentence(key, e.descriptions().get(0), facts)
                        + ". Knowing who a source is helps a reader judge what they say.";
                out.add(new Candidate("source_description", Skill.SOURCE_EVALUATION, QuestionType.SINGLE_CHOICE, Difficulty.EASY,
                        "How does the article describe " + name + "?", key, wrong, explanation, sentences.subList(0, 1),
                        "describe:" + e.name(), 60));
            }
            meaning(facts, e, key, sentences, out);
        }
        return out;
    }

    private void meaning(Facts facts, Analysis.SourceEntity e, String choice, List<Integer> sentences, List<Candidate> out) {
        String description = e.descriptions().get(0);
        if (e.type() == SourceType.PERSON) {
            return;
        }
        for (String[] m : MEANINGS) {
            java.util.regex.Matcher matcher = java.util.regex.Pattern.compile(m[0]).matcher(description);
            if (!matcher.matches()) {
                continue;
            }
            String side = m[1].contains("%s") ? matcher.group(1) : "government";
            String key = m[1].contains("%s") ? String.format(m[1], side) : m[1];
            List<String> wrong = List.of(m[2].split("\\|"));
            String called = "The article calls " + Phrasing.lowerFirst(facts.withArticleThe(e.name()), facts) + " " + Descriptions.inSentence(choice, description, facts);
            String explanation = called + ". " + key + ", so a reader should keep that in mind when it reports on the story.";
            out.add(new Candidate("source_description", Skill.SOURCE_EVALUATION, QuestionType.SINGLE_CHOICE, Difficulty.HARD,
                    called + ". What does that tell a reader?", key, wrong, explanation, sentences.subList(0, 1),
                    "describe-meaning:" + e.name(), 75));
            return;
        }
    }

    private static boolean usable(String description, String name) {
        int words = Phrasing.words(description);
        // "The state Consumer Data Protection Commission": a scope word in front of a name is no description.
        // "the baker in question", "the same official": who is meant is in the sentence before (review20).
        if (description.matches("(?i)^(his|her|its|their|our|my)\\b.*") || description.matches("(?i).*\\bin question$|^(?:the\\s+)?same\\b.*")
                || description.matches("(?i)(state|federal|national|local|regional|city|county|municipal|public|private|official|government)")) {
            return false;
        }
        return words >= 1 && words <= 14 && !description.toLowerCase(Locale.ROOT).contains(name.toLowerCase(Locale.ROOT))
                && !description.matches("(?i)^(mr|mrs|ms|dr|the|a|an)\\.?$");
    }

    private static boolean sameKind(SourceType a, SourceType b) {
        boolean aPerson = a == SourceType.PERSON;
        boolean bPerson = b == SourceType.PERSON;
        return aPerson == bPerson;
    }

    /** Sentences naming the source, those that also hold the description first. */
    private static List<Integer> sentencesNaming(List<String> normalised, String name, String description) {
        List<Integer> both = new ArrayList<>();
        List<Integer> named = new ArrayList<>();
        String key = norm(name);
        String desc = norm(description);
        String lastWord = key.contains(" ") ? key.substring(key.lastIndexOf(' ') + 1) : key;
        for (int i = 0; i < normalised.size(); i++) {
            String text = normalised.get(i);
            if (text.contains(desc) && (text.contains(key) || text.contains(lastWord))) {
                both.add(i);
            } else if (text.contains(key)) {
                named.add(i);
            }
        }
        both.addAll(named);
        return both;
    }

    private static final java.util.regex.Pattern QUOTE_MARKS = java.util.regex.Pattern.compile("[\u201c\u201d\"]");
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    private static String norm(String s) {
        return SPACES.matcher(QUOTE_MARKS.matcher(s.toLowerCase(Locale.ROOT).replace('\u2019', '\'')).replaceAll("")).replaceAll(" ");
    }
}
