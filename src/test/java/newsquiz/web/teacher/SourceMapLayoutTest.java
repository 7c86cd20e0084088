package newsquiz.web.teacher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsquiz.analysis.Attribution;
import newsquiz.analysis.SourceType;
import newsquiz.analysis.Stance;
import newsquiz.web.teacher.view.SourceMap;
import org.junit.jupiter.api.Test;

class SourceMapLayoutTest {
    private static final Pattern RUN = Pattern.compile("^M(\\d+) (\\d+) H(\\d+) ");

    @Test
    void thirtySourcesThroughSeveralOutletsStayLegible() {
        Random random = new Random(5);
        String[] outlets = {"Reuters", "The Moscow Times", "Izvestia", "Voice of America", "Channel 1", "Twitter", "Daily NK"};
        List<Attribution> list = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            // As in real articles, words travel one way: from a nearer outlet (lower index here) to a wider one.
            List<String> via = new ArrayList<>();
            int from = random.nextInt(outlets.length + 2);
            for (int o = from; o < outlets.length && via.size() < 2; o += 1 + random.nextInt(3)) {
                via.add(outlets[o]);
            }
            String name = i % 7 == 0 ? "a senior official at the ministry who spoke on condition of anonymity number " + i : "Source Person " + i;
            list.add(attribution(name, i % 7 == 0, i % 5 == 0 ? Stance.DENY : Stance.ASSERT, via, i));
        }
        // One speaker heard directly and through two outlets: its direct line must skip the outlet columns.
        list.add(attribution("Source Person 1", false, Stance.ASSERT, List.of("The Moscow Times", "Izvestia"), 40));

        SourceMap map = SourceMapLayout.layout(list);
        List<SourceMap.Node> boxes = map.nodes().stream().filter(n -> !n.kind().equals("article")).toList();
        assertEquals(30 + outlets.length, boxes.size(), "one box per source or outlet, however often it appears");
        for (int i = 0; i < boxes.size(); i++) {
            SourceMap.Node a = boxes.get(i);
            assertTrue(a.x() >= 0 && a.y() >= 0 && a.x() + a.width() <= map.width() && a.y() + a.height() <= map.height(), a.title());
            for (SourceMap.Label l : a.labels()) {
                assertTrue(l.text().length() <= SourceMapLayout.CHARS_PER_LINE || l.meta(), l.text());
                assertTrue(l.y() > a.y() && l.y() < a.y() + a.height(), "label inside its box: " + l.text());
            }
            for (int j = i + 1; j < boxes.size(); j++) {
                SourceMap.Node b = boxes.get(j);
                boolean apart = a.x() + a.width() <= b.x() || b.x() + b.width() <= a.x() || a.y() + a.height() <= b.y()
                        || b.y() + b.height() <= a.y();
                assertTrue(apart, a.title() + " overlaps " + b.title());
            }
        }
        // A connection that skips columns runs straight through an empty stretch of them.
        int runs = 0;
        for (SourceMap.Edge e : map.edges()) {
            Matcher m = RUN.matcher(e.d());
            if (!m.find()) {
                continue;
            }
            runs++;
            int x1 = Integer.parseInt(m.group(1));
            int y = Integer.parseInt(m.group(2));
            int x2 = Integer.parseInt(m.group(3));
            for (SourceMap.Node n : boxes) {
                boolean crosses = n.x() > x1 && n.x() < x2 && y >= n.y() && y <= n.y() + n.height();
                assertFalse(crosses, "the line at y=" + y + " crosses " + n.title());
            }
        }
        assertTrue(runs > 0, "the test should include connections that skip a column");
        SourceMap.Node article = map.nodes().stream().filter(n -> n.kind().equals("article")).findFirst().orElseThrow();
        assertTrue(boxes.stream().allMatch(n -> n.x() + n.width() < article.x()), "the article is the rightmost column");
        assertTrue(map.nodes().stream().anyMatch(n -> n.denial()));
        assertTrue(map.edges().stream().anyMatch(SourceMap.Edge::denial));
        assertTrue(map.summary().contains("Denials by: a senior official at the ministry who spoke on condition of anonymity number 0, Source Person 5,"), map.summary());
        assertTrue(map.summary().contains("Unnamed sources: a senior official"), map.summary());
        assertTrue(map.paths().stream().anyMatch(p -> p.text().startsWith("Source Person 1 \u2192 The Moscow Times \u2192 Izvestia \u2192 this article")),
                map.paths().toString());
    }

    @Test
    void outletsCitingEachOtherAreDrawnOnceAndTheLayoutEnds() {
        SourceMap map = SourceMapLayout.layout(List.of(attribution("Reuters", false, Stance.ASSERT, List.of("Twitter"), 1),
                attribution("Twitter", false, Stance.ASSERT, List.of("Reuters"), 2),
                attribution("Ana Lopez", false, Stance.ASSERT, List.of("Reuters", "Twitter"), 3)));
        assertEquals(4, map.nodes().size());
        assertEquals(3, map.paths().size());
    }

    @Test
    void wordsWrapAndLongNamesEndWithAnEllipsis() {
        assertEquals(List.of("Alexander Matsegora"), SourceMapLayout.wrap("Alexander Matsegora"));
        List<String> lines = SourceMapLayout.wrap("the fellow with a focus on East Asia at the Brookings Institution in Washington and elsewhere too");
        assertEquals(SourceMapLayout.MAX_LINES, lines.size());
        assertTrue(lines.get(lines.size() - 1).endsWith("\u2026"), lines.toString());
        assertTrue(lines.stream().allMatch(l -> l.length() <= SourceMapLayout.CHARS_PER_LINE), lines.toString());
        String word = "Supercalifragilisticexpialidocious";
        assertEquals(List.of(word.substring(0, SourceMapLayout.CHARS_PER_LINE - 1) + "\u2026"), SourceMapLayout.wrap(word));
    }

    @Test
    void namesThatDifferOnlyByTheOrCaseAreOneSource() {
        SourceMap map = SourceMapLayout.layout(List.of(attribution("The Guardian", false, Stance.ASSERT, List.of(), 1),
                attribution("the guardian", false, Stance.ASSERT, List.of(), 2)));
        assertEquals(2, map.nodes().size(), "one source and the article");
    }

    @Test
    void noAttributionsMeansNoMap() {
        SourceMap map = SourceMapLayout.layout(List.of());
        assertTrue(map.empty());
        assertTrue(map.summary().contains("No statements"));
    }

    @Test
    void everyNameIsEscapedWhenDrawn() {
        SourceMap map = SourceMapLayout.layout(List.of(
                attribution("<script>alert(1)</script> & \"Co\"", true, Stance.DENY, List.of("<b>Outlet</b>"), 1)));
        String html = new Templates().render("teacher/sourcemap.jte", "map", map);
        assertFalse(html.contains("<script>alert"), html);
        assertFalse(html.contains("<b>Outlet"), html);
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), html);
        assertTrue(html.contains("<svg"), html);
        assertTrue(html.contains("map-denial"), html);
        assertTrue(html.contains("<desc id=\"map-desc\">"), html);
    }

    static Attribution attribution(String source, boolean anonymous, Stance stance, List<String> via, int sentence) {
        return new Attribution(source, anonymous ? SourceType.ANONYMOUS : SourceType.PERSON, "", source, "said", stance, "something",
                false, false, anonymous, via, sentence, "Evidence.", List.of(), List.of(sentence));
    }
}
