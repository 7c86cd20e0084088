package newsquiz.web.teacher.view;

import java.util.List;

/**
 * A laid-out source map, ready to draw as SVG: speakers on the left, the outlets their words
 * passed through in the middle, this article on the right. Coordinates are in pixels;
 * {@code summary} and {@code paths} say the same in words.
 */
public record SourceMap(int width, int height, String summary, List<Node> nodes, List<Edge> edges, List<Path> paths) {
    public SourceMap {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
        paths = List.copyOf(paths);
    }

    public boolean empty() {
        return paths.isEmpty();
    }

    /** A box; {@code kind} is "speaker", "outlet" or "article". {@code title} is the full text for a tooltip or screen reader. */
    public record Node(String kind, boolean denial, boolean anonymous, int x, int y, int width, int height, String title,
            List<Label> labels) {
        public Node {
            labels = List.copyOf(labels);
        }

        public String cssClass() {
            return "map-node map-" + kind + (denial ? " map-denial" : "") + (anonymous ? " map-anonymous" : "");
        }
    }

    /** One line of text in a box; {@code meta} lines are the smaller flag line. */
    public record Label(int x, int y, String text, boolean meta) {}

    /** A connection drawn as an SVG path; denials are drawn dashed and red. */
    public record Edge(String d, boolean denial) {}

    /** One speaker's route to the article, in words, with its flags. */
    public record Path(String text, boolean denial, boolean anonymous) {}
}
