package newsquiz.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class NegatedEchoesPlainTest {
    /** The two patterns the one-pass reading replaced. */
    private static final Pattern PUNCTUATION = Pattern.compile("[\"\u201c\u201d\u2018,:;.!?\u2026]|(?<!\\p{L})'|'(?!\\p{L})");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private static String byPatterns(String text) {
        String spaced = PUNCTUATION.matcher(text.toLowerCase(Locale.ROOT).replace('\u2019', '\'')).replaceAll(" ");
        return SPACES.matcher(spaced).replaceAll(" ").strip();
    }

    @Test
    void readsAsThePatternsDid() throws IOException {
        List<String> texts = new ArrayList<>(List.of("", " ", "'", "''", "It isn't 'the' route\u2019s end\u2026 ", "\u201cNo,\u201d she said.\t\n x",
                "Russia\u2019s 'quote' 'tis o' \u00e9'\u00e9 \ud835\udc00'\ud835\udc00 a\u2028b \u000b\f\r", "  DON'T\u2018 stop  "));
        try (Stream<Path> files = Files.walk(Path.of("src/test/resources"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).limit(60).toList()) {
                texts.addAll(List.of(Files.readString(f).split("(?<=[.!?])\\s+")));
            }
        }
        for (String text : texts) {
            assertEquals(byPatterns(text), NegatedEchoes.plain(text), text);
        }
    }
}
