package newsquiz.web.teacher;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import newsquiz.analysis.Attribution;
import newsquiz.analysis.SourceType;
import newsquiz.analysis.Stance;
import newsquiz.web.teacher.view.SourceMap;

/**
 * Lays out who said what through whom as columns: each source sits as many columns left of "this
 * article" as the longest chain of outlets its words took, so every hop goes one or more columns
 * to the right. Every box has a row of its own within its column, and a connection that skips a
 * column runs through an empty cell of it, so no line crosses a box and no labels overlap.
 */
final class SourceMapLayout {
    static final int NODE_WIDTH = 236;
    static final int ARTICLE_WIDTH = 112;
    static final int COLUMN_GAP = 84;
    static final int ROW_GAP = 12;
    static final int MARGIN = 12;
    static final int LINE_HEIGHT = 17;
    static final int META_HEIGHT = 16;
    static final int PADDING = 10;
    /** What fits in a box in bold 14 px (about 8 px a character) with its padding. */
    static final int CHARS_PER_LINE = 25;
    static final int MAX_LINES = 3;
    static final String ARTICLE = "\u0000article";

    private SourceMapLayout() {}

    private static final class Node {
        final String key;
        final String name;
        int statements;
        int relayed;
        boolean denial;
        boolean anonymous;
        int firstSentence = Integer.MAX_VALUE;
        int distance;
        int column;
        int row = -1;
        List<String> lines = List.of();

        Node(String key, String name) {
            this.key = key;
            this.name = name;
        }

        boolean outlet() {
            return relayed > 0;
        }
    }

    static SourceMap layout(List<Attribution> attributions) {
        Map<String, Node> nodes = new LinkedHashMap<>();
        Map<String, Set<String>> successors = new LinkedHashMap<>();
        Set<String> deniedEdges = new HashSet<>();
        Map<String, List<String>> routes = new LinkedHashMap<>();
        Map<String, int[]> routeCounts = new HashMap<>();
        Node article = new Node(ARTICLE, "This article");
        nodes.put(ARTICLE, article);
        for (Attribution a : attributions) {
            List<String> chain = new ArrayList<>();
            String speaker = a.source() == null || a.source().isBlank() ? "Unnamed source" : a.source().strip();
            chain.add(speaker);
            for (String via : a.via() == null ? List.<String>of() : a.via()) {
                if (via != null && !via.isBlank()) {
                    chain.add(via.strip());
                }
            }
            boolean denial = a.stance() == Stance.DENY;
            List<String> keys = new ArrayList<>();
            for (int i = 0; i < chain.size(); i++) {
                String key = key(chain.get(i));
                String name = chain.get(i);
                Node node = nodes.computeIfAbsent(key, k -> new Node(k, name));
                if (i == 0) {
                    node.statements++;
                    node.denial |= denial;
                    node.anonymous |= a.anonymous() || a.sourceType() == SourceType.ANONYMOUS;
                    node.firstSentence = Math.min(node.firstSentence, a.sentence());
                } else {
                    node.relayed++;
                    node.firstSentence = Math.min(node.firstSentence, a.sentence());
                }
                if (keys.isEmpty() || !keys.get(keys.size() - 1).equals(key)) {
                    keys.add(key);
                }
            }
            keys.add(ARTICLE);
            for (int i = 0; i + 1 < keys.size(); i++) {
                successors.computeIfAbsent(keys.get(i), k -> new java.util.LinkedHashSet<>()).add(keys.get(i + 1));
                if (denial) {
                    deniedEdges.add(keys.get(i) + "\u0001" + keys.get(i + 1));
                }
            }
            String route = String.join("\u0001", keys);
            routes.putIfAbsent(route, keys);
            routeCounts.computeIfAbsent(route, r -> new int[2]);
            routeCounts.get(route)[0]++;
            if (denial) {
                routeCounts.get(route)[1]++;
            }
        }
        if (nodes.size() == 1) {
            return new SourceMap(0, 0, "No statements are attributed to anyone in this article.", List.of(), List.of(), List.of());
        }
        for (Node n : nodes.values()) {
            distance(n.key, nodes, successors, new HashSet<>());
        }
        int columns = article.distance;
        for (Node n : nodes.values()) {
            n.column = n == article ? columns : columns - n.distance;
            n.lines = wrap(n.name);
        }
        assignRows(nodes, successors, columns);
        return draw(nodes, successors, deniedEdges, routes, routeCounts, columns);
    }

    /** Longest number of hops from this node to the article; a cycle (A via B, B via A) is cut where it closes. */
    private static int distance(String key, Map<String, Node> nodes, Map<String, Set<String>> successors, Set<String> visiting) {
        Node node = nodes.get(key);
        if (ARTICLE.equals(key)) {
            return 0;
        }
        if (node.distance > 0) {
            return node.distance;
        }
        if (!visiting.add(key)) {
            return 0;
        }
        int d = 0;
        for (String next : successors.getOrDefault(key, Set.of())) {
            d = Math.max(d, distance(next, nodes, successors, visiting) + 1);
        }
        visiting.remove(key);
        node.distance = Math.max(1, d);
        // The article sits one column right of the farthest source.
        Node article = nodes.get(ARTICLE);
        article.distance = Math.max(article.distance, node.distance);
        return node.distance;
    }

    private static void assignRows(Map<String, Node> nodes, Map<String, Set<String>> successors, int columns) {
        Map<String, List<Node>> predecessors = new HashMap<>();
        for (Map.Entry<String, Set<String>> e : successors.entrySet()) {
            for (String to : e.getValue()) {
                predecessors.computeIfAbsent(to, k -> new ArrayList<>()).add(nodes.get(e.getKey()));
            }
        }
        // taken.get(column) holds the rows used there by a box or by a connection passing through.
        List<Set<Integer>> taken = new ArrayList<>();
        for (int c = 0; c <= columns; c++) {
            taken.add(new HashSet<>());
        }
        for (int c = 0; c < columns; c++) {
            final int column = c;
            List<Node> inColumn = nodes.values().stream().filter(n -> n.column == column && !ARTICLE.equals(n.key)).toList();
            List<Node> fed = new ArrayList<>();
            List<Node> leaves = new ArrayList<>();
            for (Node n : inColumn) {
                boolean hasPlaced = predecessors.getOrDefault(n.key, List.of()).stream().anyMatch(p -> p.row >= 0);
                (hasPlaced ? fed : leaves).add(n);
            }
            fed.sort((a, b) -> Double.compare(desired(a, predecessors), desired(b, predecessors)));
            leaves.sort((a, b) -> Integer.compare(a.firstSentence, b.firstSentence));
            for (Node n : fed) {
                n.row = nearestFree(taken.get(c), (int) Math.round(desired(n, predecessors)));
                taken.get(c).add(n.row);
            }
            for (Node n : leaves) {
                n.row = nearestFree(taken.get(c), 0);
                taken.get(c).add(n.row);
            }
            for (Node n : inColumn) {
                for (String to : successors.getOrDefault(n.key, Set.of())) {
                    int target = nodes.get(to).column;
                    for (int between = c + 1; between < target; between++) {
                        taken.get(between).add(n.row);
                    }
                }
            }
        }
    }

    private static double desired(Node n, Map<String, List<Node>> predecessors) {
        return predecessors.getOrDefault(n.key, List.of()).stream().filter(p -> p.row >= 0).mapToInt(p -> p.row).average().orElse(0);
    }

    private static int nearestFree(Set<Integer> taken, int wanted) {
        int want = Math.max(0, wanted);
        for (int step = 0; ; step++) {
            if (want - step >= 0 && !taken.contains(want - step)) {
                return want - step;
            }
            if (!taken.contains(want + step)) {
                return want + step;
            }
        }
    }

    private static SourceMap draw(Map<String, Node> nodes, Map<String, Set<String>> successors, Set<String> deniedEdges,
            Map<String, List<String>> routes, Map<String, int[]> routeCounts, int columns) {
        Node article = nodes.get(ARTICLE);
        int rows = nodes.values().stream().filter(n -> n != article).mapToInt(n -> n.row).max().orElse(0) + 1;
        int[] rowHeight = new int[rows];
        for (Node n : nodes.values()) {
            if (n != article) {
                rowHeight[n.row] = Math.max(rowHeight[n.row], boxHeight(n));
            }
        }
        int[] rowTop = new int[rows];
        int y = MARGIN;
        for (int r = 0; r < rows; r++) {
            rowHeight[r] = Math.max(rowHeight[r], boxHeight(1));
            rowTop[r] = y;
            y += rowHeight[r] + ROW_GAP;
        }
        int height = y - ROW_GAP + MARGIN;
        int width = x(columns) + ARTICLE_WIDTH + MARGIN;

        Map<String, int[]> boxes = new HashMap<>();
        List<SourceMap.Node> drawn = new ArrayList<>();
        for (Node n : nodes.values()) {
            if (n == article) {
                continue;
            }
            int h = boxHeight(n);
            int top = rowTop[n.row] + (rowHeight[n.row] - h) / 2;
            boxes.put(n.key, new int[] {x(n.column), top, NODE_WIDTH, h});
            List<SourceMap.Label> labels = new ArrayList<>();
            int baseline = top + PADDING + 13;
            for (String line : n.lines) {
                labels.add(new SourceMap.Label(x(n.column) + PADDING, baseline, line, false));
                baseline += LINE_HEIGHT;
            }
            labels.add(new SourceMap.Label(x(n.column) + PADDING, baseline - 1, meta(n), true));
            drawn.add(new SourceMap.Node(n.outlet() && n.statements == 0 ? "outlet" : "speaker", n.denial, n.anonymous, x(n.column), top,
                    NODE_WIDTH, h, n.name + ": " + meta(n), labels));
        }
        int articleTop = MARGIN;
        int articleHeight = height - 2 * MARGIN;
        drawn.add(new SourceMap.Node("article", false, false, x(columns), articleTop, ARTICLE_WIDTH, articleHeight, "This article",
                List.of(new SourceMap.Label(x(columns) + ARTICLE_WIDTH / 2, articleTop + articleHeight / 2 - 4, "This", false),
                        new SourceMap.Label(x(columns) + ARTICLE_WIDTH / 2, articleTop + articleHeight / 2 + 14, "article", false))));

        List<SourceMap.Edge> edges = new ArrayList<>();
        for (Map.Entry<String, Set<String>> e : successors.entrySet()) {
            int[] from = boxes.get(e.getKey());
            for (String to : e.getValue()) {
                int fromY = from[1] + from[3] / 2;
                int x1 = from[0] + from[2];
                int toX;
                int toY;
                if (ARTICLE.equals(to)) {
                    toX = x(columns);
                    toY = fromY;
                } else {
                    int[] box = boxes.get(to);
                    toX = box[0];
                    toY = box[1] + box[3] / 2;
                }
                edges.add(new SourceMap.Edge(path(x1, fromY, toX, toY), deniedEdges.contains(e.getKey() + "\u0001" + to)));
            }
        }
        List<SourceMap.Path> paths = new ArrayList<>();
        for (Map.Entry<String, List<String>> route : routes.entrySet()) {
            List<String> keys = route.getValue();
            Node speaker = nodes.get(keys.get(0));
            List<String> names = keys.stream().map(k -> ARTICLE.equals(k) ? "this article" : nodes.get(k).name).toList();
            int[] counts = routeCounts.get(route.getKey());
            StringBuilder text = new StringBuilder(String.join(" \u2192 ", names));
            text.append(" (").append(counts[0]).append(counts[0] == 1 ? " statement" : " statements");
            if (counts[1] > 0) {
                text.append(", ").append(counts[1] == counts[0] ? "a denial" : counts[1] + " of them denials");
            }
            if (speaker.anonymous) {
                text.append(", unnamed source");
            }
            text.append(')');
            paths.add(new SourceMap.Path(text.toString(), counts[1] > 0, speaker.anonymous));
        }
        return new SourceMap(width, height, summary(nodes), drawn, edges, paths);
    }

    /** A line right through any skipped column (its row is free there), then a curve into the target. */
    static String path(int x1, int y1, int x2, int y2) {
        int bend = x2 - COLUMN_GAP;
        StringBuilder d = new StringBuilder("M").append(x1).append(' ').append(y1);
        if (bend > x1) {
            d.append(" H").append(bend);
        }
        int start = Math.max(x1, bend);
        int mid = (start + x2) / 2;
        d.append(" C").append(mid).append(' ').append(y1).append(' ').append(mid).append(' ').append(y2).append(' ')
                .append(x2 - 2).append(' ').append(y2);
        return d.toString();
    }

    private static String summary(Map<String, Node> nodes) {
        List<String> denials = new ArrayList<>();
        List<String> anonymous = new ArrayList<>();
        int speakers = 0;
        int outlets = 0;
        for (Node n : nodes.values()) {
            if (ARTICLE.equals(n.key)) {
                continue;
            }
            speakers += n.statements > 0 ? 1 : 0;
            outlets += n.outlet() ? 1 : 0;
            if (n.denial) {
                denials.add(n.name);
            }
            if (n.anonymous) {
                anonymous.add(n.name);
            }
        }
        StringBuilder s = new StringBuilder("Source map: ").append(speakers).append(speakers == 1 ? " source" : " sources");
        s.append(" and ").append(outlets).append(outlets == 1 ? " outlet or channel" : " outlets or channels")
                .append(" on the way to this article.");
        s.append(denials.isEmpty() ? " No denials." : " Denials by: " + String.join(", ", denials) + ".");
        s.append(anonymous.isEmpty() ? " No unnamed sources." : " Unnamed sources: " + String.join(", ", anonymous) + ".");
        return s.toString();
    }

    private static String meta(Node n) {
        List<String> parts = new ArrayList<>();
        if (n.denial) {
            parts.add("\u2717 denies");
        }
        if (n.anonymous) {
            parts.add("? unnamed");
        }
        if (n.statements > 0) {
            parts.add(n.statements + (n.statements == 1 ? " statement" : " statements"));
        }
        if (n.relayed > 0) {
            parts.add("passed on " + n.relayed);
        }
        return String.join(" \u00b7 ", parts);
    }

    static int x(int column) {
        return MARGIN + column * (NODE_WIDTH + COLUMN_GAP);
    }

    private static int boxHeight(Node n) {
        return boxHeight(n.lines.size());
    }

    private static int boxHeight(int lines) {
        return PADDING + lines * LINE_HEIGHT + META_HEIGHT + PADDING;
    }

    /** Names that differ only in case, a leading "the" or spacing are one source. */
    static String key(String name) {
        String k = name.toLowerCase(Locale.ROOT).replaceAll("[\u201c\u201d\"]", "").replaceAll("\\s+", " ").strip();
        return k.startsWith("the ") ? k.substring(4) : k;
    }

    /** Word-wraps a name into at most {@link #MAX_LINES} lines, ending with an ellipsis when cut. */
    static List<String> wrap(String text) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        String[] words = text.strip().split("\\s+");
        int i = 0;
        while (i < words.length && lines.size() < MAX_LINES) {
            String word = words[i];
            if (word.length() > CHARS_PER_LINE) {
                word = word.substring(0, CHARS_PER_LINE - 1) + "\u2026";
            }
            if (line.length() == 0) {
                line.append(word);
                i++;
            } else if (line.length() + 1 + word.length() <= CHARS_PER_LINE) {
                line.append(' ').append(word);
                i++;
            } else {
                lines.add(line.toString());
                line.setLength(0);
            }
        }
        if (line.length() > 0 && lines.size() < MAX_LINES) {
            lines.add(line.toString());
        }
        if (i < words.length) {
            String last = lines.get(lines.size() - 1);
            lines.set(lines.size() - 1, (last.length() >= CHARS_PER_LINE ? last.substring(0, CHARS_PER_LINE - 1) : last) + "\u2026");
        }
        return lines;
    }
}
