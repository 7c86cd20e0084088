package newsquiz.analysis;

import java.util.ArrayList;
import java.util.List;
import newsquiz.article.Article;
import newsquiz.article.Paragraph;

/** Finds quotations: curly or straight double quotes, guillemets, and British single quotes. */
final class QuoteFinder {
    private QuoteFinder() {}

    static List<QuoteSpan> find(Article article) {
        List<QuoteSpan> spans = new ArrayList<>();
        boolean britishStyle = usesSingleQuotes(article);
        for (Paragraph p : article.paragraphs()) {
            if (p.kind() != Paragraph.Kind.BODY) {
                continue;
            }
            findInParagraph(p, britishStyle, spans);
        }
        return spans;
    }

    private static void findInParagraph(Paragraph p, boolean britishStyle, List<QuoteSpan> out) {
        String text = p.text();
        int open = -1;
        char closer = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (open < 0) {
                if (c == '\u201c') {
                    open = i;
                    closer = '\u201d';
                } else if (c == '"') {
                    open = i;
                    closer = '"';
                } else if (c == '\u00ab') {
                    open = i;
                    closer = '\u00bb';
                } else if (britishStyle && c == '\u2018' && opensSingle(text, i)) {
                    open = i;
                    closer = '\u2019';
                } else if (britishStyle && c == '\'' && opensSingle(text, i)) {
                    // Pasted British copy often quotes with typewriter apostrophes: 'brutal'.
                    open = i;
                    closer = '\'';
                }
            } else if (c == closer && (closer != '\u2019' && closer != '\'' || closesSingle(text, i))) {
                out.add(new QuoteSpan(p.start() + open, p.start() + i + 1, p.index(), false));
                open = -1;
            }
        }
        if (open >= 0 && text.length() - open > 1) {
            out.add(new QuoteSpan(p.start() + open, p.start() + text.length(), p.index(), true));
        }
    }

    /** ‘ opens a quote when it starts a word; ’ closes one when no letter follows (else it is an apostrophe). */
    private static boolean opensSingle(String text, int i) {
        boolean startOfWord = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
        return startOfWord && i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1));
    }

    private static boolean closesSingle(String text, int i) {
        if (i + 1 >= text.length()) {
            return true;
        }
        char next = text.charAt(i + 1);
        if (Character.isLetterOrDigit(next)) {
            return false;
        }
        // "the workers’ union": an apostrophe after a plural s, followed by a space and a lower-case word.
        char before = text.charAt(i - 1);
        if (before == 's' && next == ' ' && i + 2 < text.length() && Character.isLowerCase(text.charAt(i + 2))) {
            return false;
        }
        return true;
    }

    /** British papers quote with ‘…’; an article that opens more ‘ than “ is read that way. */
    private static boolean usesSingleQuotes(Article article) {
        int single = 0;
        int dbl = 0;
        String text = article.text();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean wordStart = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
            if (c == '\u2018' && wordStart || c == '\'' && wordStart && i + 1 < text.length() && Character.isLetter(text.charAt(i + 1))) {
                single++;
            } else if (c == '\u201c' || c == '"') {
                dbl++;
            }
        }
        return single > 0 && single * 2 >= dbl;
    }
}
