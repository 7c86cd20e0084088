package newsquiz.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import newsquiz.article.Article;
import newsquiz.article.Paragraph;
import newsquiz.article.Sentence;
import newsquiz.quiz.Evidence;

/** Finds a verbatim evidence quote in the article's paragraphs, and numbers body paragraphs from 1 as the pages show them. */
final class EvidenceLocator {
    /** Where a quote sits: the paragraph's index in the article and character offsets inside that paragraph. */
    record Span(int paragraph, int start, int end) {}

    private final Article article;
    private final Map<Integer, Integer> numbers = new HashMap<>();

    EvidenceLocator(Article article) {
        this.article = article;
        int number = 0;
        for (Paragraph p : article.paragraphs()) {
            if (p.kind() == Paragraph.Kind.BODY) {
                numbers.put(p.index(), ++number);
            }
        }
    }

    /** The number shown beside a body paragraph, or 0 for a subheading. */
    int number(int paragraphIndex) {
        return numbers.getOrDefault(paragraphIndex, 0);
    }

    /** Looks first in the paragraph of the quoted sentence (a quote may recur), then everywhere; else the whole sentence. */
    Optional<Span> locate(Evidence evidence) {
        List<Paragraph> order = new ArrayList<>();
        Sentence sentence = evidence.sentence() >= 0 && evidence.sentence() < article.sentences().size()
                ? article.sentences().get(evidence.sentence()) : null;
        if (sentence != null) {
            order.add(article.paragraphs().get(sentence.paragraph()));
        }
        order.addAll(article.paragraphs());
        String quote = evidence.quote() == null ? "" : evidence.quote().strip();
        if (!quote.isEmpty()) {
            for (Paragraph p : order) {
                int at = p.text().indexOf(quote);
                if (at >= 0) {
                    return Optional.of(new Span(p.index(), at, at + quote.length()));
                }
            }
        }
        if (sentence != null) {
            Paragraph p = article.paragraphs().get(sentence.paragraph());
            return Optional.of(new Span(p.index(), sentence.start() - p.start(), sentence.end() - p.start()));
        }
        return Optional.empty();
    }
}
