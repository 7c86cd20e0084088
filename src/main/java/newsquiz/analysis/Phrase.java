package newsquiz.analysis;

import java.util.List;

/**
 * A source as written in a sentence, parsed: its head (a name, a pronoun, "the company", "two
 * officials", "internal messages"), the words that describe it, and the outlets it names.
 */
record Phrase(
        int sentence,
        int from,
        int to,
        Kind kind,
        Entity entity,
        String text,
        String head,
        String description,
        boolean anonymousMarker,
        boolean plural,
        boolean definite,
        List<String> via) {

    enum Kind { NAME, PRONOUN, DEFINITE, GROUP, DOCUMENT, OTHER }
}
