package newsquiz.generate;

import java.util.List;
import newsquiz.quiz.Difficulty;
import newsquiz.quiz.QuestionType;
import newsquiz.quiz.Skill;

/**
 * A question a family proposes, before the quality filter and the blueprint decide whether it
 * goes in. {@code fact} names what it tests, so that no two chosen questions test the same thing.
 */
record Candidate(
        String focus,
        Skill skill,
        QuestionType type,
        Difficulty difficulty,
        String prompt,
        String key,
        List<String> distractors,
        String explanation,
        List<Integer> sentences,
        String fact,
        int priority) {

    /** The same question with other wrong answers. */
    Candidate withDistractors(List<String> others) {
        return new Candidate(focus, skill, type, difficulty, prompt, key, others, explanation, sentences, fact, priority);
    }

    /** The same question explained in other words. */
    Candidate withExplanation(String other) {
        return new Candidate(focus, skill, type, difficulty, prompt, key, distractors, other, sentences, fact, priority);
    }

    /** The same question asked in other words. */
    Candidate withPrompt(String reworded) {
        return new Candidate(focus, skill, type, difficulty, reworded, key, distractors, explanation, sentences, fact, priority);
    }

    /** The same question with its answer in fewer words. */
    Candidate withKey(String shorter) {
        return new Candidate(focus, skill, type, difficulty, prompt, shorter, distractors, explanation, sentences, fact, priority);
    }

    int firstSentence() {
        return sentences.stream().mapToInt(Integer::intValue).min().orElse(0);
    }

    /** Choices the family writes itself ("It comes from a source the article does not name"), not article text. */
    boolean writtenChoices() {
        return WRITTEN.matcher(fact).matches();
    }

    private static final java.util.regex.Pattern WRITTEN = java.util.regex.Pattern.compile(
            "(anon-why|deny-words|describe-meaning|hedge-meaning|relay-count|channel|deny-how):.*");
}
