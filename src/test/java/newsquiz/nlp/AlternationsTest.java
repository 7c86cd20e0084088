package newsquiz.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class AlternationsTest {
    private static final List<String> TEXTS = List.of("The claim is false.", "It was NOT TRUE, she said.", "abc", "xabc ab",
            "a | b", "never happened", "pipe| here", "", "is simply wrong and never happened",
            "It\u2019s OK, \u00f6K, not, never, been THE end", "US$ 5 or \u20ac12 between 3 and 4, bd 1-2");

    @Test
    void neighbouringBranchesShareOneBoundaryTest() {
        assertEquals("\\b(?=[in])(?:is false|never happened)|^x|\\b(?=[ab])(?:a|b)",
                Alternations.compile("\\bis false|\\bnever happened|^x|\\ba|\\bb").pattern());
    }

    @Test
    void matchesExactlyWhatTheRegexMatches() {
        for (String regex : List.of("\\bis (?:simply )?(false|wrong)\\b|\\bnever happened\\b|^\\W*it was not\\b",
                "\\bab|a\\w*|\\babc", "\\b(a)|\\b(b)c|\\b(ab)c", "\\b[|]\\s*b|\\bpipe\\||\\Q|\\E here", "\\bnot true|\\bfalse",
                "\\b(?:not|never)?,|\\bbe(?:en)?|\\b\\Qthe\\E|\\bIt['\u2019]s|\\b(?:o|\u00f6)k",
                "(?:between\\s+)?(?:US)?(?:[$\u20ac]\\s?)?(\\d+)|\\b[a-c]d|\\b\\d-\\d")) {
            for (int flags : new int[] {0, Pattern.CASE_INSENSITIVE}) {
                Pattern plain = Pattern.compile(regex, flags);
                Pattern hoisted = Alternations.compile(regex, flags);
                for (String text : TEXTS) {
                    assertEquals(matches(plain, text), matches(hoisted, text), regex + " on " + text);
                }
            }
        }
    }

    @Test
    void looksAheadOnlyOnFirstCharactersItKnows() {
        assertEquals("\\b(?=[\\x{2c}bnt])(?:(?=[\\x{2c}n])(?:not|never)?,|be(?:en)?|\\Qthe\\E)|^x|\\b(?=[a])a|\\b\\w",
                Alternations.compile("\\b(?:not|never)?,|\\bbe(?:en)?|\\b\\Qthe\\E|^x|\\ba|\\b\\w").pattern());
    }

    @Test
    void leavesTopLevelInlineFlagsAlone() {
        String regex = "\\bfoo|(?i)\\bbar|\\bbaz";
        assertEquals(regex, Alternations.compile(regex).pattern());
    }

    /** Every match with its groups, so that a change of the winning branch or of group numbers shows. */
    private static String matches(Pattern p, String text) {
        StringBuilder b = new StringBuilder();
        Matcher m = p.matcher(text);
        while (m.find()) {
            b.append('[').append(m.start()).append(',').append(m.end());
            for (int g = 1; g <= m.groupCount(); g++) {
                b.append(',').append(m.group(g));
            }
            b.append(']');
        }
        return b.toString();
    }
}
