package newsquiz.generate;

import java.util.List;

/** Explanations that name the source and show the reasoning, with the article's own words. */
final class Explain {
    private Explain() {}

    static String quote(List<String> evidence) {
        return "\u201c" + Phrasing.shorten(String.join(" ", evidence), 45).replace('\u201c', '\u2018').replace('\u201d', '\u2019') + "\u201d";
    }

    static String who(Statement s) {
        String description = s.attribution().description();
        String who = s.speaker();
        if (description != null && !description.isBlank() && !description.equalsIgnoreCase(who) && Phrasing.words(description) <= 12
                && !who.toLowerCase().contains(description.toLowerCase())) {
            who = who + " (" + description + ")";
        }
        return who;
    }
}
