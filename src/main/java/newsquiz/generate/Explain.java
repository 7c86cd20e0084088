package newsquiz.generate;

import java.util.List;

/** Explanations that name the source and show the reasoning, with the article's own words. */
final class Explain {
    private Explain() {}

    /** The evidence in full where it is short enough, so the reader sees the name and the words together. */
    private static final java.util.regex.Pattern END_OF_SENTENCE = java.util.regex.Pattern.compile("[.!?\u2026][\u2019'\"]?$");

    /**
     * "REPORTER: ", "CLIP (OFELKIRK): ", a problem page's "Q: ": a script's or column's label, which tells whose line it is,
     * not what it says.
     */
    private static final java.util.regex.Pattern SCRIPT_LABEL = java.util.regex.Pattern.compile(
            "(?m)^(?:\\p{Lu}{3,}(?:\\s*\\([^)]{1,40}\\))?|Q|A):\\s+(?=\\S)");

    /** The text without a script's speaker label at the start of its lines. */
    static String withoutScriptLabel(String text) {
        return SCRIPT_LABEL.matcher(text).replaceAll("");
    }

    private static final java.util.regex.Pattern STRAIGHT_OPENING = java.util.regex.Pattern.compile("(?<=^|[\\s(\\[\u2014\u2013-])\"");

    static String quote(List<String> evidence) {
        return quoted(String.join(" ", evidence.stream().map(Explain::withoutScriptLabel).toList()));
    }

    /** The sentences the statements stand in, each once, by their place in the article. */
    static java.util.SortedMap<Integer, String> passage(List<Statement> statements) {
        java.util.SortedMap<Integer, String> shown = new java.util.TreeMap<>();
        for (Statement s : statements) {
            for (int k = 0; k < s.sentences().size(); k++) {
                shown.put(s.sentences().get(k), s.evidence().get(k));
            }
        }
        return shown;
    }

    /**
     * Sentences by their place in the article, with "…" where others stand between: a claim and the denial three
     * sentences on are not one passage (review64 BRA q01, HAD q02).
     */
    static String quote(java.util.SortedMap<Integer, String> sentences) {
        StringBuilder joined = new StringBuilder();
        int last = Integer.MIN_VALUE;
        for (java.util.Map.Entry<Integer, String> e : sentences.entrySet()) {
            joined.append(joined.length() == 0 ? "" : e.getKey() == last + 1 ? " " : " \u2026 ").append(withoutScriptLabel(e.getValue()));
            last = e.getKey();
        }
        return quoted(joined.toString());
    }

    private static String quoted(String text) {
        String quoted = insideQuotes(Phrasing.wholeClauses(text, 70));
        // The explanation goes on with a new sentence, so the quoted one keeps its full stop.
        if (!END_OF_SENTENCE.matcher(quoted).find()) {
            quoted += ".";
        }
        return "\u201c" + quoted + "\u201d";
    }

    /** The article's own quotation marks, single inside ours: “"There have been …"” reads as a typing slip. */
    static String insideQuotes(String text) {
        String quoted = text.replace('\u201c', '\u2018').replace('\u201d', '\u2019');
        return balanced(STRAIGHT_OPENING.matcher(quoted).replaceAll("\u2018").replace('"', '\u2019'));
    }

    /** A closing mark, not an apostrophe: not between two letters ("quarry’s"). */
    private static final java.util.regex.Pattern CLOSING_MARK = java.util.regex.Pattern.compile("(?<!\\p{L})\u2019|\u2019(?!\\p{L})");

    /**
     * The first sentence of a quotation that runs on ("‘We have sent stone down that road since 1951.") closes its mark here;
     * the last one of such a quotation ("We weigh every tray,’ said …") opens it.
     */
    private static String balanced(String quoted) {
        long opening = quoted.chars().filter(c -> c == '\u2018').count();
        return Phrasing.withMissingMark(quoted, opening, CLOSING_MARK.matcher(quoted).results().count(), '\u2018', '\u2019');
    }

    /** "Felix Ambrose, a respiratory physician", "Commissioner Raymond Tulliver": the speaker as the article introduces them. */
    static String who(Statement s, Facts facts) {
        String description = Phrasing.clean(s.attribution().description());
        Facts.SpeakerInfo info = facts.speakers.get(s.speaker());
        // A person's name keeps its capital, even a bare surname the text never writes otherwise ("Ormerind").
        boolean person = info != null && info.type() == newsquiz.analysis.SourceType.PERSON && !info.anonymous()
                && !s.speaker().matches("(?i)^(?:the|a|an)\\s.*");
        String who = person ? s.speaker() : Phrasing.lowerFirst(s.speaker(), facts);
        if (description.isBlank() || description.equalsIgnoreCase(who) || Phrasing.words(description) > 12
                || who.toLowerCase().contains(description.toLowerCase().replaceFirst("^the\\s+", ""))
                || description.matches("(?i)^(his|her|its|their|our)\\b.*")
                // "(UK) National Rail Enquires" gave "UK)": half a bracket is no description.
                || description.chars().filter(c -> c == '(').count() != description.chars().filter(c -> c == ')').count()
                // "Russian President Vladimir Putin and North Korea's ruler Kim Jong Un": another speaker's words are no
                // description of this one.
                || facts.speakers.values().stream().anyMatch(other -> other.type() == newsquiz.analysis.SourceType.PERSON
                        && !other.name().equals(s.speaker()) && other.name().contains(" ") && description.contains(other.name()))) {
            return who;
        }
        if (description.matches("(?!(?:The|A|An)\\s)(?:\\p{Lu}[\\p{L}.]*\\s+){0,2}\\p{Lu}[\\p{L}.]*")
                && !s.speaker().matches("(?i)^(the|a|an)\\s.*")) {
            // A title written before the name: "Commissioner Raymond Tulliver", "Dr. Felix Ambrose", "Lady Justice Ormerind".
            return description + " " + who;
        }
        if (description.matches("(?i)^(mr|mrs|ms|dr|prof)\\.?$")) {
            return who;
        }
        if (description.matches("\\p{Lu}[\\p{L}.'\u2019-]*(?:\\s+(?:and|of|for|the|\\p{Lu}[\\p{L}.'\u2019-]*))*\\s+\\p{Lu}[\\p{L}.'\u2019-]*")) {
            // "the Work and Pensions Secretary": an office's title keeps its capitals.
            return who + ", the " + description;
        }
        // ("Thrupworth Homes' director of property" is determined by its owner as "Sheerglass's managing director" is.)
        boolean determined = description.matches("(?i)^(a|an|the)\\s.*")
                || description.matches("^(?:\\p{Lu}\\S*\\s+){0,3}\\p{Lu}\\S*(?:['\u2019]s|s['\u2019])\\s.*");
        return who + ", " + (determined ? Phrasing.lowerFirst(description, facts) : "the " + Phrasing.lowerFirst(description, facts));
    }
}
