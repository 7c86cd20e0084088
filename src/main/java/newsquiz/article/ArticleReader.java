package newsquiz.article;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import newsquiz.nlp.Nlp;
import newsquiz.nlp.TaggedTokens;
import opennlp.tools.util.Span;

/**
 * Reads a .txt, .md or .html article into title, paragraphs, subheadings and sentences with
 * offsets, keeping bylines, captions, "Read more" lines and other noise out of the body.
 */
public final class ArticleReader {
    /** Ten times the longest feature article; larger inputs are refused with this limit named. */
    public static final int MAX_BYTES = 1_000_000;

    /** "PORT VESSAIG, Isle of Vessaig - ": a place's lower-case "of" or "upon" does not end the dateline. */
    private static final Pattern DATELINE = Pattern.compile(
            "^((?:\\p{Lu}[\\p{Lu}.'\u2019-]+(?:\\s+\\p{Lu}[\\p{Lu}.'\u2019-]+)*)(?:,\\s*\\p{Lu}[\\p{L}.]*(?:\\s+(?:(?:of|upon|de|la|the)\\s+)?\\p{Lu}[\\p{L}.]*)*)?"
                    // "QUARRENDYKE, March 9 (Northwire) -": the wire's date after the place.
                    + "(?:,\\s*\\p{Lu}\\p{Ll}+\\.?\\s+\\d{1,2}(?:,\\s*\\d{4})?)?"
                    + "\\s*(?:\\([^)]{1,40}\\))?|\\([^)]{1,40}\\))\\s*[\u2013\u2014-]{1,2}\\s+(?=\\S)");
    private static final Pattern ABBREVIATION_END = Pattern.compile(
            "(?i)(?:^|[\\s(])(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|mr|mrs|ms|dr|prof|gen|gov|sen|rep|st|mt|lt|col|capt|sgt|"
                    + "no|nos|vol|inc|corp|ltd|co|jr|sr|vs|approx|fig|u\\.s|u\\.k|e\\.g|i\\.e|a\\.m|p\\.m)\\.$");

    private final Nlp nlp;

    public ArticleReader(Nlp nlp) {
        this.nlp = nlp;
    }

    public Article read(Path path) throws InvalidArticleException {
        if (!Files.exists(path)) {
            throw new InvalidArticleException("no such file: " + path);
        }
        if (Files.isDirectory(path)) {
            throw new InvalidArticleException(path + " is a folder, not an article file");
        }
        try {
            long size = Files.size(path);
            if (size > MAX_BYTES) {
                throw new InvalidArticleException("the article is " + TextDecoder.size(size)
                        + "; newsquiz reads articles up to " + TextDecoder.size(MAX_BYTES));
            }
            return parse(path.getFileName().toString(), Files.readAllBytes(path));
        } catch (IOException e) {
            throw new InvalidArticleException("cannot read " + path + ": " + e.getMessage());
        }
    }

    public Article parse(String name, byte[] bytes) throws InvalidArticleException {
        String text = TextDecoder.decode(bytes);
        return parse(name, text, formatOf(name, text));
    }

    public Article parse(String name, String text, Article.Format format) throws InvalidArticleException {
        nlp.forgetKeptTags();
        if (text.isBlank()) {
            throw new InvalidArticleException("the article is empty");
        }
        if (text.length() > MAX_BYTES) {
            throw new InvalidArticleException("the article is " + TextDecoder.size(text.length())
                    + "; newsquiz reads articles up to " + TextDecoder.size(MAX_BYTES));
        }
        List<Block> blocks = switch (format) {
            case HTML -> HtmlBlocks.of(text);
            case MARKDOWN -> MarkdownBlocks.of(text);
            case TEXT -> PlainTextBlocks.of(text);
        };
        return assemble(name, format, blocks);
    }

    static Article.Format formatOf(String name, String text) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xhtml")) {
            return Article.Format.HTML;
        }
        if (lower.endsWith(".md") || lower.endsWith(".markdown")) {
            return Article.Format.MARKDOWN;
        }
        String head = text.stripLeading().toLowerCase(Locale.ROOT);
        if (!lower.endsWith(".txt") && (head.startsWith("<!doctype html") || head.startsWith("<html")
                || head.startsWith("<") && head.contains("<p"))) {
            return Article.Format.HTML;
        }
        return Article.Format.TEXT;
    }

    private enum Role { TITLE, HEADING, BODY, NOISE }

    /**
     * Where a closing "Sources" heading over lines of citations starts (Wikinews: "“Title” – Outlet, date" one per line), or
     * the number of blocks when the article has none.
     */
    private static int closingSourceList(List<Block> blocks) {
        for (int b = blocks.size() - 2; b >= 0; b--) {
            if (SourceList.isHeading(blocks.get(b).text())) {
                for (int c = b + 1; c < blocks.size(); c++) {
                    if (SourceList.citations(blocks.get(c).text()).isEmpty()) {
                        return blocks.size();
                    }
                }
                return b;
            }
        }
        return blocks.size();
    }

    private Article assemble(String name, Article.Format format, List<Block> blocks) throws InvalidArticleException {
        List<NoiseLine> noise = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        List<Block> content = new ArrayList<>();
        List<Role> roles = new ArrayList<>();
        int closingSources = closingSourceList(blocks);
        for (int b = 0; b < blocks.size(); b++) {
            Block block = blocks.get(b);
            if (b >= closingSources) {
                noise.add(new NoiseLine(NoiseLine.Kind.SOURCE_LIST, block.text()));
                sources.addAll(SourceList.citations(block.text()));
                continue;
            }
            if (block.hint() == Block.Hint.CAPTION) {
                noise.add(new NoiseLine(NoiseLine.Kind.CAPTION, block.text()));
                continue;
            }
            Optional<String> reply = LineClassifier.editorsReply(block.text());
            if (reply.isPresent()) {
                content.add(Block.plain(reply.get()));
                roles.add(Role.BODY);
                continue;
            }
            Optional<NoiseLine.Kind> kind = LineClassifier.noise(block.text());
            if (kind.isPresent()) {
                noise.add(new NoiseLine(kind.get(), block.text()));
                LineClassifier.sourceList(block.text()).ifPresent(list -> sources.addAll(SourceList.parse(list)));
                continue;
            }
            content.add(block);
            roles.add(switch (block.hint()) {
                case TITLE -> Role.TITLE;
                case HEADING -> Role.HEADING;
                default -> LineClassifier.headingLike(block.text()) ? Role.HEADING : Role.BODY;
            });
        }
        keepVoxPopLabels(content, roles);
        String title = chooseTitle(content, roles);
        markStrayHeadlines(content, roles, noise);

        String threadTotal = numberedPosts(content, roles);
        StringBuilder text = new StringBuilder();
        List<Paragraph> paragraphs = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        boolean firstBody = true;
        for (int i = 0; i < content.size(); i++) {
            Role role = roles.get(i);
            if (role == Role.TITLE || role == Role.NOISE) {
                continue;
            }
            String paragraphText = content.get(i).text();
            if (role == Role.BODY && firstBody) {
                firstBody = false;
                var dateline = DATELINE.matcher(paragraphText);
                if (dateline.find() && dateline.end() < paragraphText.length()) {
                    noise.add(new NoiseLine(NoiseLine.Kind.DATELINE, dateline.group().strip()));
                    paragraphText = paragraphText.substring(dateline.end());
                }
            }
            if (role == Role.BODY && isCaption(paragraphText)) {
                noise.add(new NoiseLine(NoiseLine.Kind.CAPTION, paragraphText));
                continue;
            }
            if (text.length() > 0) {
                text.append("\n\n");
            }
            int start = text.length();
            text.append(paragraphText);
            Paragraph paragraph = new Paragraph(paragraphs.size(),
                    role == Role.HEADING ? Paragraph.Kind.SUBHEADING : Paragraph.Kind.BODY, paragraphText, start, text.length());
            paragraphs.add(paragraph);
            if (paragraph.kind() == Paragraph.Kind.BODY) {
                int counter = threadTotal != null ? postCounterLength(paragraphText, threadTotal) : 0;
                for (int[] span : sentenceSpans(paragraphText)) {
                    if (span[0] < counter) {
                        // "3/15 The council says …": the post's counter is layout; the sentence starts after it.
                        span[0] = counter;
                        if (span[0] >= span[1]) {
                            continue;
                        }
                    }
                    sentences.add(new Sentence(sentences.size(), paragraph.index(),
                            paragraphText.substring(span[0], span[1]), start + span[0], start + span[1]));
                }
            }
        }
        if (sentences.isEmpty()) {
            throw new InvalidArticleException("no sentences found in the article (only headings or lines that are not article text)");
        }
        if (title == null) {
            title = titleFromSentence(sentences.get(0).text());
        }
        return new Article(name, format, title, text.toString(), List.copyOf(paragraphs), List.copyOf(sentences),
                List.copyOf(noise), List.copyOf(sources));
    }

    /** "3/15 " opening a paragraph: the counter of a numbered thread of posts. */
    private static final Pattern POST_COUNTER = Pattern.compile("^(\\d{1,3})/(\\d{1,3})\\s+(?=\\S)");

    /**
     * Whether the body is a numbered thread ("1/15 Thread. …", "2/15 The council says …"): at least two paragraphs open
     * with a counter of the same total, none beyond it; that total, or null. A lone "3/4 of the members …" is a fraction,
     * not a counter.
     */
    private static String numberedPosts(List<Block> content, List<Role> roles) {
        java.util.Map<String, Integer> byTotal = new java.util.HashMap<>();
        for (int i = 0; i < content.size(); i++) {
            if (roles.get(i) != Role.BODY) {
                continue;
            }
            var m = POST_COUNTER.matcher(content.get(i).text());
            if (m.find() && Integer.parseInt(m.group(1)) <= Integer.parseInt(m.group(2))) {
                byTotal.merge(m.group(2), 1, Integer::sum);
            }
        }
        return byTotal.entrySet().stream().filter(e -> e.getValue() >= 2).map(java.util.Map.Entry::getKey).findFirst().orElse(null);
    }

    /** The length of the post counter (of the thread's total) opening the paragraph, with the space after it, or 0. */
    private static int postCounterLength(String paragraph, String total) {
        var m = POST_COUNTER.matcher(paragraph);
        return m.find() && m.group(2).equals(total) && Integer.parseInt(m.group(1)) <= Integer.parseInt(total) ? m.end() : 0;
    }

    private static String chooseTitle(List<Block> content, List<Role> roles) {
        for (int i = 0; i < content.size(); i++) {
            if (roles.get(i) == Role.TITLE) {
                return content.get(i).text();
            }
        }
        if (!content.isEmpty() && (roles.get(0) == Role.HEADING || looksLikeLongHeadline(content.get(0).text()))) {
            roles.set(0, Role.TITLE);
            return content.get(0).text();
        }
        return null;
    }

    /**
     * A vox pop's label line over a quotation (the quote on the next line, no verb of saying) looks like a subhead, but it
     * names who speaks: it stays in the body, so the quotation can be given to that person.
     */
    private static void keepVoxPopLabels(List<Block> content, List<Role> roles) {
        for (int i = 0; i + 1 < content.size(); i++) {
            String next = content.get(i + 1).text();
            if (roles.get(i) == Role.HEADING && LineClassifier.voxPopLabel(content.get(i).text(), next)) {
                roles.set(i, Role.BODY);
            }
        }
    }

    private static boolean looksLikeLongHeadline(String text) {
        String core = text.strip().replaceAll("[\"\u201c\u201d\u2018\u2019']+$", "");
        return !core.isEmpty() && ".!?".indexOf(core.charAt(core.length() - 1)) < 0 && core.split("\\s+").length <= 30;
    }

    /**
     * Two headings in a row: the first is a link to another story left behind by the scraper,
     * since a real subheading introduces text. The same holds for a heading with nothing after it.
     */
    private static void markStrayHeadlines(List<Block> content, List<Role> roles, List<NoiseLine> noise) {
        for (int i = 0; i < content.size(); i++) {
            if (roles.get(i) != Role.HEADING) {
                continue;
            }
            int next = i + 1;
            boolean last = next >= content.size();
            if (last || roles.get(next) == Role.HEADING) {
                roles.set(i, Role.NOISE);
                noise.add(new NoiseLine(NoiseLine.Kind.STRAY_HEADLINE, content.get(i).text()));
            }
        }
    }

    private static final java.util.regex.Pattern QUOTED_LINE = java.util.regex.Pattern.compile(".*[\"\u201c\u201d].*");

    /** A one-sentence paragraph without any verb, like "Virgin Class 390 EMU at platform 1 of Carlisle station.", is a photo caption. */
    private boolean isCaption(String paragraph) {
        if (!paragraph.endsWith(".") || paragraph.length() > 240 || QUOTED_LINE.matcher(paragraph).matches()) {
            return false;
        }
        // Tagging is what costs: a paragraph without two capitals after its first letter cannot pass the count below.
        if (paragraph.substring(1).chars().filter(Character::isUpperCase).count() < 2 || nlp.sentences(paragraph).size() != 1) {
            return false;
        }
        TaggedTokens tokens = nlp.tagAndKeep(paragraph);
        if (tokens.size() < 6) {
            return false;
        }
        int capitalised = 0;
        for (int i = 0; i < tokens.size(); i++) {
            String tag = tokens.tags()[i];
            if (tag.startsWith("VERB") || tag.startsWith("AUX") || tag.equals("PRON") || tag.equals("SCONJ")) {
                return false;
            }
            if (i > 0 && Character.isUpperCase(tokens.tokens()[i].charAt(0))) {
                capitalised++;
            }
        }
        return capitalised >= 2;
    }

    private List<int[]> sentenceSpans(String paragraph) {
        List<int[]> spans = new ArrayList<>();
        for (Span span : nlp.sentences(paragraph)) {
            int start = span.getStart();
            int end = span.getEnd();
            while (start < end && Character.isWhitespace(paragraph.charAt(start))) {
                start++;
            }
            while (end > start && Character.isWhitespace(paragraph.charAt(end - 1))) {
                end--;
            }
            if (start == end) {
                continue;
            }
            if (!spans.isEmpty() && continuesPrevious(paragraph, spans.get(spans.size() - 1), start, end)) {
                spans.get(spans.size() - 1)[1] = end;
            } else {
                spans.add(new int[] {start, end});
            }
        }
        return spans;
    }

    /** The model splits after "Oct." in "on Oct. 2 and"; such breaks are mended here. */
    private static boolean continuesPrevious(String paragraph, int[] previous, int start, int end) {
        String before = paragraph.substring(previous[0], previous[1]);
        char first = paragraph.charAt(start);
        boolean lowerOrDigit = Character.isLowerCase(first) || Character.isDigit(first);
        if (ABBREVIATION_END.matcher(before).find() && lowerOrDigit) {
            return true;
        }
        String piece = paragraph.substring(start, end);
        return piece.matches("[\"\u201d\u2019')\\]]+[.,;:]?") || Character.isLowerCase(first) && !before.endsWith(".");
    }

    static String titleFromSentence(String sentence) {
        String clean = sentence.strip().replaceAll("\\s+", " ");
        if (clean.length() <= 80) {
            return clean.replaceAll("[.,;:]+$", "");
        }
        int cut = clean.lastIndexOf(' ', 80);
        String title = clean.substring(0, cut > 0 ? cut : 80);
        return title.replaceAll("[\\s.,;:\u2013\u2014-]+$", "");
    }
}
