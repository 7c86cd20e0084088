package newsquiz.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import newsquiz.quiz.Question;
import newsquiz.store.Answer;

/** Counts an attempt's answers; an unanswered question counts as missed. */
final class Scoring {
    private Scoring() {}

    static Score score(List<Question> questions, Map<String, Answer> answers) {
        int correct = 0;
        List<String> missed = new ArrayList<>();
        for (Question q : questions) {
            Answer a = answers.get(q.id());
            if (a != null && a.correct()) {
                correct++;
            } else {
                missed.add(q.id());
            }
        }
        int answered = (int) questions.stream().filter(q -> answers.containsKey(q.id())).count();
        return new Score(correct, questions.size(), answered,
                tally(questions, answers, q -> q.skill() == null ? "other" : q.skill().json(), q -> Labels.skill(q.skill())),
                tally(questions, answers, q -> q.focus() == null ? "other" : q.focus(), q -> Labels.focus(q.focus())),
                missed);
    }

    private static List<Score.Tally> tally(List<Question> questions, Map<String, Answer> answers, Function<Question, String> key,
            Function<Question, String> label) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<String, String> labels = new LinkedHashMap<>();
        for (Question q : questions) {
            String k = key.apply(q);
            labels.putIfAbsent(k, label.apply(q));
            int[] c = counts.computeIfAbsent(k, x -> new int[2]);
            Answer a = answers.get(q.id());
            c[0] += a != null && a.correct() ? 1 : 0;
            c[1]++;
        }
        List<Score.Tally> tallies = new ArrayList<>();
        counts.forEach((k, c) -> tallies.add(new Score.Tally(k, labels.get(k), c[0], c[1])));
        return tallies;
    }
}
