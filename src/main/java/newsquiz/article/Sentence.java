package newsquiz.article;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One body sentence: its index in the article, its paragraph, and offsets into the article text. */
public record Sentence(int index, int paragraph, String text, int start, int end) {
    /** "4.", "b)", "-", and the numbered paragraphs of minutes or reports: "2.3", "4.1.2". */
    private static final Pattern LIST_MARKER = Pattern.compile(
            "(?:\\d{1,2}(?:\\.\\d{1,2}){1,2}\\.?|\\d{1,2}[.)]|[-\u2022*])\\s+(?=\\p{Lu})"
                    // "(a) the last entry time is brought forward to 1am;": a lettered condition's letter.
                    + "|\\((?:[a-h]|i{1,3}|iv|v|vi{1,3})\\)\\s+(?=\\p{L})");

    /**
     * Where the sentence's own words start, after a list item's number or bullet ("4. The Council's statement says …",
     * "2.3 The Headteacher said …", "- The appeal is made by …"), which is no part of what it says; 0 for a sentence without one.
     */
    public int wordsStart() {
        Matcher marker = LIST_MARKER.matcher(text);
        return marker.lookingAt() ? marker.end() : 0;
    }
}
