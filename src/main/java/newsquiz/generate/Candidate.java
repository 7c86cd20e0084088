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

    int firstSentence() {
        return sentences.stream().mapToInt(Integer::intValue).min().orElse(0);
    }
}
