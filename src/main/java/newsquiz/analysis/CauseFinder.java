package newsquiz.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsquiz.article.Sentence;

/** Finds cause and effect from the connectives news prose uses: "As a result", "because", "led to", "forced". */
final class CauseFinder {
    private static final Pattern AS_A_RESULT = Pattern.compile("^(?:As a result|As a consequence|Consequently|Therefore|Thus|"
            + "Because of (?:this|that)|(?:This|That|It) (?:ultimately |eventually |also |has )?(?:forced|led to|meant|caused|prompted|"
            + "triggered|resulted in))\\b,?\\s*(.+)$");
    private static final Pattern AS_A_RESULT_OF = Pattern.compile("^(?:As a result of|Because of|Due to|Owing to|In response to|"
            + "Following)\\s+([^,]+),\\s*(.+)$");
    private static final Pattern BECAUSE_FIRST = Pattern.compile("^Because\\s+([^,]+),\\s*(.+)$");
    private static final Pattern BECAUSE = Pattern.compile("^(.{15,}?),?\\s+(?:because(?! of)|since(?= \\w+ (?:is|are|was|were|had|has)))\\s+(.{8,})$");
    private static final Pattern DUE_TO = Pattern.compile(
            "^(.{15,}?)(?<!\\b(?:is|are|was|were|not|be))\\s+(?:because of|due to|owing to|as a result of|in response to)\\s+(?!\\w+ (?:on|in|by)\\b)(.{5,})$");
    private static final Pattern VERB_LINK = Pattern.compile("^(.{8,}?)\\s+(?:led to|caused|forced|prompted|triggered|resulted in|"
            + "sparked|drove|pushed)\\s+(.{5,})$");
    /*
     * The three patterns above try every split of the sentence; a sentence without their connective cannot match, and
     * most sentences have none, so the words are looked for first.
     */
    private static final List<String> BECAUSE_WORDS = List.of("because", "since");
    private static final List<String> DUE_TO_WORDS = List.of("because of", "due to", "owing to", "as a result of", "in response to");
    private static final List<String> LINK_VERBS = List.of("led to", "caused", "forced", "prompted", "triggered", "resulted in",
            "sparked", "drove", "pushed");

    private CauseFinder() {}

    static List<CauseEffect> find(List<Sentence> sentences) {
        List<CauseEffect> out = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            String text = s.text().strip().replaceAll("[.]$", "");
            Matcher m;
            boolean samePara = i > 0 && sentences.get(i - 1).paragraph() >= s.paragraph() - 1;
            if ((m = AS_A_RESULT_OF.matcher(text)).matches()) {
                out.add(new CauseEffect(clean(m.group(1)), clean(m.group(2)), text.substring(0, m.start(1)).strip(), i, List.of(i)));
            } else if ((m = AS_A_RESULT.matcher(text)).matches() && i > 0 && samePara) {
                String link = text.substring(0, m.start(1)).replaceAll("[,\\s]+$", "");
                out.add(new CauseEffect(clean(sentences.get(i - 1).text()), clean(m.group(1)), link, i, List.of(i - 1, i)));
            } else if ((m = BECAUSE_FIRST.matcher(text)).matches()) {
                out.add(new CauseEffect(clean(m.group(1)), clean(m.group(2)), "because", i, List.of(i)));
            } else if (containsAny(text, BECAUSE_WORDS) && (m = BECAUSE.matcher(text)).matches() && !m.group(1).matches("(?s).*\\banonymity$")) {
                out.add(new CauseEffect(clean(m.group(2)), clean(m.group(1)), "because", i, List.of(i)));
            } else if (containsAny(text, DUE_TO_WORDS) && (m = DUE_TO.matcher(text)).matches()) {
                out.add(new CauseEffect(clean(m.group(2)), clean(m.group(1)), linkWord(text, m), i, List.of(i)));
            } else if (containsAny(text, LINK_VERBS) && (m = VERB_LINK.matcher(text)).matches() && !m.group(1).matches("(?i)^(it|this|that|he|she|they)$")) {
                out.add(new CauseEffect(clean(m.group(1)), clean(m.group(2)), linkWord(text, m), i, List.of(i)));
            }
        }
        return out;
    }

    private static boolean containsAny(String text, List<String> words) {
        for (String w : words) {
            if (text.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static String linkWord(String text, Matcher m) {
        return text.substring(m.end(1), m.start(2)).strip();
    }

    private static String clean(String s) {
        return SentenceView.clean(s.replaceAll("[.]$", ""));
    }
}
