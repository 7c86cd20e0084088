package newsquiz.article;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Paragraphs of a Markdown file, with headings marked and inline markup removed. */
final class MarkdownBlocks {
    private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]]*)]\\([^)]*\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)]\\([^)]*\\)");
    private static final Pattern EMPHASIS = Pattern.compile("(\\*\\*|__)(.+?)\\1|(?<![\\w*])[*_](?!\\s)(.+?)(?<!\\s)[*_](?![\\w*])");
    private static final Pattern LIST_MARKER = Pattern.compile("^(\\s*([-*+]|\\d+[.)])\\s+|>\\s?)");
    private static final Pattern RULE = Pattern.compile("^\\s*([-*_]\\s*){3,}$");
    private static final Pattern TAG = Pattern.compile("<[^>]+>");

    private MarkdownBlocks() {}

    static List<Block> of(String text) {
        List<Block> blocks = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        boolean inFence = false;
        boolean titleSeen = false;
        for (String raw : PlainTextBlocks.normalizeLines(text).split("\n", -1)) {
            String line = raw.strip();
            if (line.startsWith("```") || line.startsWith("~~~")) {
                inFence = !inFence;
                flush(paragraph, blocks);
                continue;
            }
            if (inFence) {
                continue;
            }
            var heading = HEADING.matcher(line);
            if (heading.matches()) {
                flush(paragraph, blocks);
                String headingText = inline(heading.group(2));
                boolean title = !titleSeen && heading.group(1).length() == 1;
                titleSeen |= title;
                if (!headingText.isBlank()) {
                    blocks.add(new Block(headingText, title ? Block.Hint.TITLE : Block.Hint.HEADING));
                }
                continue;
            }
            if (line.isEmpty() || RULE.matcher(line).matches()) {
                flush(paragraph, blocks);
                continue;
            }
            if (IMAGE.matcher(line).matches()) {
                flush(paragraph, blocks);
                var image = IMAGE.matcher(line);
                if (image.matches() && !image.group(1).isBlank()) {
                    blocks.add(new Block(image.group(1).strip(), Block.Hint.CAPTION));
                }
                continue;
            }
            var marker = LIST_MARKER.matcher(line);
            if (marker.find()) {
                flush(paragraph, blocks);
                line = line.substring(marker.end());
            }
            if (paragraph.length() > 0) {
                paragraph.append(' ');
            }
            paragraph.append(line);
        }
        flush(paragraph, blocks);
        return blocks;
    }

    private static void flush(StringBuilder paragraph, List<Block> blocks) {
        String text = inline(paragraph.toString()).strip();
        if (!text.isEmpty()) {
            blocks.add(Block.plain(text));
        }
        paragraph.setLength(0);
    }

    static String inline(String text) {
        String out = IMAGE.matcher(text).replaceAll("");
        out = LINK.matcher(out).replaceAll("$1");
        out = TAG.matcher(out).replaceAll("");
        String previous;
        do {
            previous = out;
            out = EMPHASIS.matcher(out).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
                    m.group(2) != null ? m.group(2) : m.group(3)));
        } while (!out.equals(previous));
        return out.replace("\\*", "*").replace("\\_", "_").replace("\\#", "#");
    }
}
