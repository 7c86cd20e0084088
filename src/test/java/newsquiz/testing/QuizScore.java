package newsquiz.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import newsquiz.quiz.Choice;
import newsquiz.quiz.Question;
import newsquiz.quiz.QuestionType;
import newsquiz.quiz.Quiz;
import newsquiz.quiz.Skill;

/**
 * The quiz checks of ../shared/eval/score.py, computed the same way: structure, verbatim
 * evidence, no wrong choice naming the key's source, a denial question for each gold denial, an
 * anonymous-source question when the article has one, enough questions, ≥ 40 % source evaluation.
 */
public record QuizScore(String name, int questions, double sourceShare, List<String> problems) {

    public boolean passes() {
        return problems.isEmpty();
    }

    public static QuizScore of(String name, JsonNode gold, String article, Quiz quiz) {
        Set<String> problems = new LinkedHashSet<>();
        String art = GoldScore.norm(article);
        int sourceEval = 0;
        for (Question q : quiz.questions()) {
            String id = q.id();
            if (q.skill() == Skill.SOURCE_EVALUATION) {
                sourceEval++;
            }
            List<Choice> correct = q.correctChoices();
            if ((q.type() == QuestionType.SINGLE_CHOICE || q.type() == QuestionType.TRUE_FALSE
                    || q.type() == QuestionType.TRUE_FALSE_NOT_GIVEN) && correct.size() != 1) {
                problems.add(id + ": " + correct.size() + " correct choices for " + q.type().json());
            }
            List<String> texts = q.choices().stream().map(c -> GoldScore.norm(c.text())).toList();
            if (new LinkedHashSet<>(texts).size() != texts.size()) {
                problems.add(id + ": repeated choice text");
            }
            if (q.prompt() == null || q.prompt().isBlank()) {
                problems.add(id + ": empty prompt");
            }
            if (q.evidence().isEmpty()) {
                problems.add(id + ": no evidence");
            }
            q.evidence().forEach(e -> {
                String quote = GoldScore.norm(e.quote());
                if (quote.isEmpty() || !art.contains(quote)) {
                    problems.add(id + ": evidence not found verbatim in the article: " + e.quote());
                }
            });
            String keyText = String.join(" ", correct.stream().map(Choice::text).toList());
            for (JsonNode g : gold.get("attributions")) {
                if (correct.isEmpty() || !hasAny(g.get("match"), keyText, 0)) {
                    continue;
                }
                for (Choice c : q.choices()) {
                    if (c.correct() || !hasAny(g.get("match"), c.text(), 3)) {
                        continue;
                    }
                    boolean other = false;
                    for (JsonNode h : gold.get("attributions")) {
                        other |= !h.path("source").asText().equals(g.path("source").asText()) && hasAny(h.get("match"), c.text(), 0)
                                && !hasAny(h.get("match"), keyText, 0);
                    }
                    if (!other) {
                        problems.add(id + ": wrong choice '" + c.text() + "' names the same source as the key");
                        break;
                    }
                }
            }
        }
        for (JsonNode d : gold.path("denials")) {
            boolean hit = false;
            for (Question q : quiz.questions()) {
                if (!"denial".equals(q.focus())) {
                    continue;
                }
                String both = q.prompt() + " " + String.join(" ", q.correctChoices().stream().map(Choice::text).toList());
                hit |= hasAny(d.get("by"), both, 0) && hasAny(d.get("denied"), both, 0);
            }
            if (!hit) {
                problems.add("no denial question names '" + d.get("by").get(0).asText() + "' and what it denied");
            }
        }
        if (!gold.path("anonymous_sources").isEmpty() && quiz.questions().stream().noneMatch(q -> "anonymous_source".equals(q.focus()))) {
            problems.add("no anonymous_source question");
        }
        int n = quiz.questions().size();
        int words = article.trim().split("\\s+").length;
        int min = Math.min(15, Math.max(5, words / 40));
        if (n < min) {
            problems.add("only " + n + " questions (want " + min + ")");
        }
        double share = n == 0 ? 0 : sourceEval / (double) n;
        if (n > 0 && share < 0.4) {
            problems.add(String.format(Locale.ROOT, "source_evaluation share %.2f < 0.40", share));
        }
        return new QuizScore(name, n, share, new ArrayList<>(problems));
    }

    private static boolean hasAny(JsonNode needles, String haystack, int minLength) {
        String hay = GoldScore.norm(haystack);
        for (JsonNode n : needles) {
            String needle = GoldScore.norm(n.asText());
            if (!needle.isEmpty() && needle.length() > minLength && hay.contains(needle)) {
                return true;
            }
        }
        return false;
    }

    public String row() {
        return String.format(Locale.ROOT, "%-34s %4d  %5.2f  %s", name, questions, sourceShare,
                passes() ? "PASS" : "FAIL " + problems.size());
    }
}
