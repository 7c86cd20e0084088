package newsquiz.article;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Which story each sentence belongs to. A briefing or round-up is several stories, each opening with its own dateline
 * ("VELLANO, Calvera (Northstar) — …"); a person or a claim from one of them is no plausible answer about another.
 */
public final class Stories {
    /** "VELLANO, Calvera (Northstar) — ", "LONDON (Reuters) - ": a place in capitals, then a dash. */
    private static final Pattern DATELINE = Pattern.compile("^\\p{Lu}[\\p{Lu}\\p{M} .'\u2019-]{2,}(?:,\\s*[^\u2014\u2013\\n]{1,40}?)?"
            + "(?:\\s*\\([^)]{1,40}\\))?\\s+[\u2014\u2013-]\\s");

    /** "In other news, …", "Elsewhere, in other news: …", after a script's speaker label if there is one. */
    private static final Pattern OTHER_NEWS = Pattern.compile("^(?:\\p{Lu}{3,}(?:\\s*\\([^)]{1,40}\\))?:\\s*)?(?:And\\s+|Elsewhere,?\\s+)?"
            + "(?:in|In) other news\\b");

    private Stories() {}

    /**
     * Per sentence index, the number of the story it belongs to: all 0 unless two or more paragraphs open with a dateline, or
     * a paragraph turns to "other news".
     */
    public static int[] of(Article article) {
        List<Integer> openings = new ArrayList<>();
        boolean turnedToOtherNews = false;
        for (Paragraph p : article.paragraphs()) {
            if (p.kind() == Paragraph.Kind.BODY && DATELINE.matcher(p.text()).find()) {
                openings.add(p.start());
            }
            if (p.kind() == Paragraph.Kind.BODY && OTHER_NEWS.matcher(p.text()).find()) {
                // "PRESENTER: In other news, Wexcastle General Hospital says …": a bulletin moving on to another story.
                openings.add(p.start());
                turnedToOtherNews = true;
            }
        }
        // The reader lifts the first dateline out of the body as noise; the later ones stay at their paragraphs' start.
        boolean liftedDateline = article.noise().stream()
                .anyMatch(n -> n.kind() == NoiseLine.Kind.DATELINE && DATELINE.matcher(n.text() + " ").find());
        int[] story = new int[article.sentences().size()];
        if (openings.size() + (liftedDateline || turnedToOtherNews ? 1 : 0) < 2) {
            return story;
        }
        for (Sentence s : article.sentences()) {
            int n = 0;
            for (int start : openings) {
                if (s.start() >= start) {
                    n++;
                }
            }
            story[s.index()] = n;
        }
        return story;
    }
}
