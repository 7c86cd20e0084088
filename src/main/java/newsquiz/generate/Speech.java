package newsquiz.generate;

import java.util.Locale;
import java.util.Map;
import newsquiz.analysis.Attribution;

/** The verb a question uses for an attribution: "said", "suggested", "reported", "denied". */
final class Speech {
    private static final Map<String, String> PAST = Map.ofEntries(
            Map.entry("say", "said"), Map.entry("tell", "said"), Map.entry("add", "said"), Map.entry("write", "wrote"),
            Map.entry("suggest", "suggested"), Map.entry("predict", "predicted"), Map.entry("warn", "warned"),
            Map.entry("argue", "argued"), Map.entry("claim", "claimed"), Map.entry("confirm", "confirmed"),
            Map.entry("report", "reported"), Map.entry("estimate", "estimated"), Map.entry("insist", "insisted"),
            Map.entry("note", "noted"), Map.entry("deny", "denied"), Map.entry("announce", "announced"), Map.entry("find", "found"),
            Map.entry("conclude", "concluded"), Map.entry("reject", "rejected"), Map.entry("dismiss", "dismissed"),
            Map.entry("dispute", "disputed"), Map.entry("contradict", "contradicted"), Map.entry("admit", "admitted"), Map.entry("acknowledge", "acknowledged"),
            Map.entry("expect", "expected"), Map.entry("believe", "believed"), Map.entry("allege", "alleged"),
            Map.entry("explain", "explained"), Map.entry("state", "stated"), Map.entry("show", "showed"),
            Map.entry("indicate", "indicated"), Map.entry("recall", "recalled"), Map.entry("promise", "promised"),
            Map.entry("accuse", "accused"), Map.entry("criticize", "criticised"), Map.entry("praise", "praised"),
            Map.entry("call", "called"), Map.entry("describe", "described"),
            // "Harbour traders … fear the ships will not come back": a fear is not a statement (review44 YEL q08).
            Map.entry("fear", "feared"), Map.entry("hope", "hoped"), Map.entry("doubt", "doubted"), Map.entry("worry", "worried"));

    private Speech() {}

    /** The base form after "did": "said" → "say", "estimated" → "estimate". */
    static String base(String past) {
        for (Map.Entry<String, String> e : PAST.entrySet()) {
            if (e.getValue().equals(past) && !e.getKey().equals("tell") && !e.getKey().equals("add")) {
                return e.getKey();
            }
        }
        return past;
    }

    static String pastTense(Attribution a) {
        String cue = a.cue() == null ? "" : a.cue().toLowerCase(Locale.ROOT);
        if (cue.startsWith("according to") || cue.equals("(continues the quote)") || cue.contains("opinion")) {
            return "said";
        }
        if (NEGATED_ASSENT.matcher(cue).find() || a.stance() == newsquiz.analysis.Stance.DENY && ASSENT.matcher(cue).matches()) {
            // "did not accept that consumers would read it so": asked as "Who said that consumers would …?", the key would
            // hold the very view the speaker refused.
            return "disputed";
        }
        String[] words = cue.split("\\s+");
        for (int i = words.length - 1; i >= 0; i--) {
            String w = words[i];
            for (Map.Entry<String, String> e : PAST.entrySet()) {
                String key = e.getKey();
                // "denies" is "deny", "says" is "say".
                boolean iesForm = key.endsWith("y") && w.startsWith(key.substring(0, key.length() - 1) + "ie");
                if (w.startsWith(key) || iesForm || w.equals(e.getValue())) {
                    return e.getValue();
                }
            }
        }
        // "went straight at the story …, that …": an idiom of rejection whose object is the claim, which nobody "said".
        if (a.stance() != newsquiz.analysis.Stance.DENY) {
            return "said";
        }
        if (REJECTING_IDIOM.matcher(cue).find()) {
            return "rejected";
        }
        // So is "rubbished that", "took issue with it": what was rejected, which "Who said that …?" would key to the one who
        // rejected it (review64 INC q01). A quotation after the cue ("disagreed: “…”") is the speaker's own words.
        return !a.quoted() && java.util.Arrays.stream(words).anyMatch(Speech::rejectsAnObject) ? "denied" : "said";
    }

    /** A verb of the lexicon that takes the rejected thing as its object ("rubbish", "refute", "take issue with"). */
    private static boolean rejectsAnObject(String word) {
        return Facts.LEXICON.cues(word).stream().anyMatch(v -> v.stance() == newsquiz.analysis.Stance.DENY
                && v.kind() == newsquiz.analysis.Lexicon.CueKind.NEGATIVE_SPEECH);
    }

    private static final java.util.regex.Pattern REJECTING_IDIOM = java.util.regex.Pattern.compile(
            "\\b(?:went|goes|go) (?:straight|directly|squarely) at\\b|\\btook aim at\\b");

    private static final java.util.regex.Pattern NEGATED_ASSENT = java.util.regex.Pattern.compile(
            "\\b(?:(?:did|does|do|would|will|could|can)\\s*(?:not|n['\u2019]t)|never|refused\\s+to|declined\\s+to)\\s+"
                    + "(?:accept|agree|believe|buy|concede|acknowledge)");

    /** "accept" as a denial's cue: the analysis keeps the verb and reads the "did not" before it as the stance. */
    private static final java.util.regex.Pattern ASSENT = java.util.regex.Pattern.compile(
            "(?:accept|agree|believe|buy|concede|acknowledge)(?:s|ed|d)?");

    private static final java.util.regex.Pattern DENIAL_VERB = java.util.regex.Pattern.compile(
            "(?i)\\b(?:den|reject|dismiss|refut|disput|rebut|contest)");

    /** Whether a cue or verb is one of denying ("denied", "flatly rejected", "disputes"). */
    static boolean denies(String cueOrVerb) {
        return DENIAL_VERB.matcher(cueOrVerb).find();
    }
}
