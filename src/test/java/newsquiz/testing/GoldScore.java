package newsquiz.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import newsquiz.analysis.Attribution;
import newsquiz.analysis.Stance;

/**
 * The attribution figures of ../shared/eval/score.py, computed the same way: a prediction
 * matches a gold entry when its source (text in brackets ignored) contains a "match" string
 * and its content contains a "key" string, case-insensitive with quotes and dashes normalised.
 */
public record GoldScore(String name, int predicted, int required, double recall, double precision, Double deny,
        List<String> missed, List<String> unmatched) {

    public static final double MIN_RECALL = 0.90;
    public static final double MIN_PRECISION = 0.90;

    public boolean passes() {
        return recall >= MIN_RECALL && precision >= MIN_PRECISION && (deny == null || deny >= 1.0);
    }

    public static GoldScore of(String name, JsonNode gold, List<Attribution> predictions) {
        List<JsonNode> golds = new ArrayList<>();
        gold.get("attributions").forEach(golds::add);
        List<JsonNode> required = golds.stream().filter(g -> !g.has("required") || g.get("required").asBoolean()).toList();
        List<String> missed = new ArrayList<>();
        for (JsonNode g : required) {
            if (predictions.stream().noneMatch(p -> matches(g, p))) {
                missed.add(g.get("id").asText());
            }
        }
        List<String> unmatched = new ArrayList<>();
        int correct = 0;
        for (Attribution p : predictions) {
            if (golds.stream().anyMatch(g -> matches(g, p))) {
                correct++;
            } else {
                unmatched.add(p.source() + " -> " + p.content());
            }
        }
        double recall = (required.size() - missed.size()) / (double) Math.max(1, required.size());
        double precision = correct / (double) Math.max(1, predictions.size());
        List<JsonNode> denials = required.stream().filter(g -> "deny".equals(g.path("stance").asText())).toList();
        Double deny = null;
        if (!denials.isEmpty()) {
            long hit = denials.stream()
                    .filter(g -> predictions.stream().anyMatch(p -> matches(g, p) && p.stance() == Stance.DENY)).count();
            deny = hit / (double) denials.size();
        }
        return new GoldScore(name, predictions.size(), required.size(), recall, precision, deny, missed, unmatched);
    }

    static boolean matches(JsonNode gold, Attribution p) {
        String source = p.source() == null ? "" : p.source().replaceAll("\\([^)]*\\)|\\[[^\\]]*]", " ");
        return hasAny(gold.get("match"), source) && hasAny(gold.get("key"), p.content());
    }

    private static boolean hasAny(JsonNode needles, String haystack) {
        String hay = norm(haystack);
        for (JsonNode n : needles) {
            String needle = norm(n.asText());
            if (!needle.isEmpty() && hay.contains(needle)) {
                return true;
            }
        }
        return false;
    }

    static String norm(String text) {
        String t = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC)
                .replace('\u2018', '\'').replace('\u2019', '\'').replace('\u201c', '"').replace('\u201d', '"')
                .replace('\u2013', '-').replace('\u2014', '-');
        return t.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }

    public String row() {
        return String.format(Locale.ROOT, "%-34s %4d %4d  %5.3f  %5.3f  %5s  %s", name, predicted, required, recall, precision,
                deny == null ? "n/a" : String.format(Locale.ROOT, "%.2f", deny), passes() ? "PASS" : "FAIL");
    }
}
