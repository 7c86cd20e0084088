package newsquiz.web;

import java.util.List;

/** How an attempt went: overall, by skill and by question family; {@code missed} are wrong or unanswered question ids. */
public record Score(int correct, int total, int answered, List<Tally> bySkill, List<Tally> byFocus, List<String> missed) {
    public Score {
        bySkill = List.copyOf(bySkill);
        byFocus = List.copyOf(byFocus);
        missed = List.copyOf(missed);
    }

    public int percent() {
        return total == 0 ? 0 : Math.round(100f * correct / total);
    }

    /** Correct out of total for one group of questions. */
    public record Tally(String key, String label, int correct, int total) {
        public int percent() {
            return total == 0 ? 0 : Math.round(100f * correct / total);
        }
    }
}
