package newsquiz.article;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The article text of an HTML page: its headline and paragraphs, without scripts, menus or footers. */
final class HtmlBlocks {
    private static final String CHROME = "script, style, noscript, template, nav, footer, aside, form, iframe, svg, "
            + "button, select, input, textarea, menu, dialog, [role=navigation], [role=banner], [role=contentinfo], "
            + "[role=complementary], [aria-hidden=true], [hidden]";
    private static final Pattern CHROME_CLASS = Pattern.compile(
            "(^|[\\s_-])(nav|navbar|menu|footer|sidebar|related|recommended|newsletter|subscribe|share|sharing|social|"
                    + "comments?|advert|advertisement|ads?|promo|cookie|breadcrumbs?|byline-share|outbrain|taboola)([\\s_-]|$)");
    private static final String BLOCKS = "h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, figcaption, dd, dt";

    private HtmlBlocks() {}

    static List<Block> of(String html) {
        Document doc = Jsoup.parse(html);
        List<Block> blocks = new ArrayList<>();
        String pageTitle = doc.title();
        for (Element caption : doc.select("figcaption")) {
            String text = caption.text().strip();
            if (!text.isEmpty()) {
                blocks.add(new Block(text, Block.Hint.CAPTION));
            }
            caption.remove();
        }
        doc.select(CHROME).remove();
        for (Element element : doc.getAllElements()) {
            String marks = (element.className() + " " + element.id()).toLowerCase(Locale.ROOT);
            if (element != doc.body() && element.parent() != null && CHROME_CLASS.matcher(marks).find()) {
                element.remove();
            }
        }
        Element root = root(doc);
        Element h1 = root.selectFirst("h1");
        if (h1 == null) {
            h1 = doc.selectFirst("h1");
        }
        if (h1 != null && !h1.text().isBlank()) {
            blocks.add(new Block(h1.text().strip(), Block.Hint.TITLE));
        } else if (!pageTitle.isBlank()) {
            blocks.add(new Block(pageTitle.replaceAll("\\s+[|\u2013\u2014-]\\s+[^|\u2013\u2014-]+$", "").strip(), Block.Hint.TITLE));
        }
        for (Element element : root.select(BLOCKS)) {
            // Leaf blocks only: a blockquote or list item holding paragraphs gives its paragraphs.
            if (element == h1 || element.select(BLOCKS).size() > 1) {
                continue;
            }
            String text = element.text().strip();
            if (text.isEmpty()) {
                continue;
            }
            Block.Hint hint = element.tagName().matches("h[1-6]") ? Block.Hint.HEADING : Block.Hint.NONE;
            blocks.add(new Block(text, hint));
        }
        if (blocks.stream().noneMatch(b -> b.hint() == Block.Hint.NONE)) {
            // Pages without paragraph markup: fall back to the lines of the visible text.
            for (String line : root.wholeText().split("\n")) {
                if (!line.isBlank()) {
                    blocks.add(Block.plain(line.strip().replaceAll("\\s+", " ")));
                }
            }
        }
        return blocks;
    }

    private static Element root(Document doc) {
        List<Element> candidates = new ArrayList<>(doc.select("article, main, [role=main], [itemprop=articleBody]"));
        if (candidates.isEmpty()) {
            candidates.addAll(doc.select("div, section"));
            return candidates.stream()
                    .max(Comparator.comparingInt(e -> e.select("> p").size()))
                    .filter(e -> e.select("> p").size() >= 2)
                    .orElse(doc.body());
        }
        return candidates.stream().max(Comparator.comparingInt(e -> e.select("p").size())).orElse(doc.body());
    }
}
