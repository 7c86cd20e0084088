package newsquiz.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import newsquiz.analysis.Analysis;
import newsquiz.analysis.Attribution;
import newsquiz.article.NoiseLine;

/** The analysis as JSON (the contract other tools read) or as a table for people. */
final class AnalysisReport {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private AnalysisReport() {}

    static String json(Analysis analysis) throws JsonProcessingException {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("title", analysis.title());
        root.put("attributions", analysis.attributions());
        root.put("sources", analysis.sources());
        root.put("figures", analysis.figures());
        root.put("causes", analysis.causes());
        root.put("labelledFalse", analysis.labels());
        root.put("loadedWords", analysis.loadedWords());
        root.put("sourceList", analysis.article().sources());
        root.put("notArticleText", analysis.article().noise().stream().map(NoiseLine::text).toList());
        return JSON.writeValueAsString(root);
    }

    static String text(Analysis analysis) {
        StringBuilder b = new StringBuilder();
        b.append(analysis.title()).append('\n');
        b.append("=".repeat(Math.min(80, analysis.title().length()))).append("\n\n");
        b.append(String.format("%-4s %-28s %-9s %-22s %s%n", "#", "WHO", "STANCE", "VIA", "SAID (flags)"));
        for (Attribution a : analysis.attributions()) {
            String flags = flags(a);
            b.append(String.format("%-4s %-28s %-9s %-22s %s%s%n", "s" + a.sentence(), cut(a.source(), 28), a.stance().json(),
                    cut(String.join(" > ", a.via()), 22), cut(a.content(), 90), flags.isEmpty() ? "" : "  [" + flags + "]"));
        }
        List<NoiseLine> noise = analysis.article().noise();
        if (!noise.isEmpty()) {
            b.append("\nNot article text:\n");
            for (NoiseLine n : noise) {
                b.append("  ").append(n.kind().name().toLowerCase()).append(": ").append(cut(n.text(), 100)).append('\n');
            }
        }
        return b.toString();
    }

    private static String flags(Attribution a) {
        StringBuilder f = new StringBuilder();
        if (a.quoted()) {
            f.append("quoted ");
        }
        if (a.hedged()) {
            f.append("hedged ");
        }
        if (a.anonymous()) {
            f.append("anonymous ");
        }
        return f.toString().strip();
    }

    private static String cut(String s, int n) {
        String clean = s.replaceAll("\\s+", " ");
        return clean.length() <= n ? clean : clean.substring(0, n - 1) + "\u2026";
    }
}
