package newsquiz.web.view;

import java.util.List;

/** The article with numbered paragraphs; evidence for an answered question is marked. */
public record ArticlePage(String title, String backUrl, String backLabel, boolean highlighted, List<Paragraph> paragraphs,
        String missing) {
    public ArticlePage {
        paragraphs = List.copyOf(paragraphs);
    }

    /** A body paragraph (number from 1) or a subheading (number 0). */
    public record Paragraph(int number, boolean heading, List<Piece> pieces) {
        public Paragraph {
            pieces = List.copyOf(pieces);
        }
    }

    public record Piece(String text, boolean marked) {}
}
