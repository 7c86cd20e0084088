package newsquiz.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class WholeWordTest {
    private static final List<String> TEXTS = List.of("Ana Ruiz, who chairs the board, said", "the Ruizes", "O'Neill's team",
            "Ruiz_2 said", "told Radio Tarven.", "Tarven", "", "Müller and Mülleroth", "(Keel Wire) -", "Keel Wires");
    private static final List<String> WORDS = List.of("Ruiz", "board", "O'Neill", "Tarven", "Müller", "Keel Wire", "(Keel",
            "Wire)", "s", "Ruiz_2");

    @Test
    void agreesWithTheRegularExpressionItReplaces() {
        for (String text : TEXTS) {
            for (String word : WORDS) {
                boolean regex = Pattern.compile("\\b" + Pattern.quote(word) + "\\b").matcher(text).find();
                assertEquals(regex, WholeWord.in(text, word), () -> "'" + word + "' in '" + text + "'");
            }
        }
    }

    @Test
    void findsALaterOccurrenceWhenTheFirstIsInsideAWord() {
        assertEquals(true, WholeWord.in("Tarvenposten quoted Tarven officials", "Tarven"));
        assertEquals(false, WholeWord.in("Tarvenposten", "Tarven"));
    }

    @Test
    void theLastWholeOccurrenceBeforeAPlace() {
        String text = "posted on x, then the box said: x marks it";
        assertEquals(32, WholeWord.lastBefore(text, "x", text.length()));
        assertEquals(10, WholeWord.lastBefore(text, "x", 30));
        assertEquals(-1, WholeWord.lastBefore("the boxes", "x", 8));
    }
}
