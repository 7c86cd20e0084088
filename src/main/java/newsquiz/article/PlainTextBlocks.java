package newsquiz.article;

import java.util.ArrayList;
import java.util.List;

/** Paragraphs of plain text: one per line, except hard-wrapped lines, which are joined again. */
final class PlainTextBlocks {
    private PlainTextBlocks() {}

    static List<Block> of(String text) {
        List<Block> blocks = new ArrayList<>();
        List<String> group = new ArrayList<>();
        for (String line : normalizeLines(text).split("\n", -1)) {
            if (line.isBlank()) {
                flush(group, blocks);
            } else {
                group.add(line.strip());
            }
        }
        flush(group, blocks);
        return blocks;
    }

    static String normalizeLines(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n').replace('\u00a0', ' ').replace('\t', ' ');
    }

    private static void flush(List<String> group, List<Block> blocks) {
        if (group.isEmpty()) {
            return;
        }
        int longest = group.stream().mapToInt(String::length).max().orElse(0);
        StringBuilder current = new StringBuilder(group.get(0));
        for (int i = 1; i < group.size(); i++) {
            String previous = group.get(i - 1);
            String line = group.get(i);
            if (isWrapped(previous, line, longest)) {
                current.append(' ').append(line);
            } else {
                blocks.add(Block.plain(current.toString()));
                current = new StringBuilder(line);
            }
        }
        blocks.add(Block.plain(current.toString()));
        group.clear();
    }

    /** A hard wrap breaks a long line mid-sentence; a short line or a finished sentence is its own paragraph. */
    private static final java.util.regex.Pattern LAYOUT_LINE = java.util.regex.Pattern.compile("\\s\\|\\s");

    /** Also "In attendance: …" or "Apologies: …" under the list of those present in minutes: a labelled line of its own. */
    private static final java.util.regex.Pattern HEADER_LINE = java.util.regex.Pattern.compile(
            "(?:From|To|Cc|Sent|Date|Subject):\\s.*|[\\p{Lu}\\d&'\u2019-]+(?:\\s+[\\p{Lu}\\d&'\u2019-]+)+"
            + "|\\p{Lu}\\p{Ll}+(?:\\s+\\p{Ll}+)?:\\s+\\p{Lu}.*");

    private static boolean isWrapped(String previous, String next, int longest) {
        if (previous.length() < 40 || longest < 50) {
            return false;
        }
        char last = previous.charAt(previous.length() - 1);
        boolean finished = ".!?:;\"\u201d\u2019)]".indexOf(last) >= 0;
        if (finished || LineClassifier.voxPopLabel(previous, next)) {
            return false;
        }
        // "Afterword | a blog about corrections" under a headline: a masthead or a byline line stands alone.
        if (LAYOUT_LINE.matcher(next).find() || LAYOUT_LINE.matcher(previous).find()) {
            return false;
        }
        // "From: NAME, Role" or "FOR IMMEDIATE RELEASE" under a long headline: an email header or a release's label line.
        if (HEADER_LINE.matcher(next).matches()) {
            return false;
        }
        return Character.isLowerCase(next.charAt(0)) || previous.length() >= longest * 0.6;
    }
}
