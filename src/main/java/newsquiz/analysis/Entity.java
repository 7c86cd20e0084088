package newsquiz.analysis;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Someone or something the article names, with every form it goes by. Built up while one
 * article is analysed (by {@link EntityRegistry}) and read only after that.
 */
final class Entity {
    enum Gender { UNKNOWN, MALE, FEMALE }

    final int id;
    String name;
    SourceType type = SourceType.UNKNOWN;
    final Set<String> keys = new LinkedHashSet<>();
    final List<String> descriptions = new ArrayList<>();
    Gender gender = Gender.UNKNOWN;
    final int firstSentence;
    boolean place;
    boolean listedAsSource;
    /** Whether some mention is other than after a preposition of place ("at Westby"). */
    boolean namedOtherThanAsPlace;
    /** Whether some mention has no "the" before it ("Mercury" rather than "the Mercury"). */
    boolean namedWithoutThe;
    /** Roles given in brackets in a list of those present ("Mrs Orrell (Chair)"): the role names them anywhere after. */
    final java.util.Set<String> listedRoles = new java.util.HashSet<>();
    /** The first such role as written ("Town Clerk"), or null. */
    String listedAs;
    int mentions;

    Entity(int id, String name, int firstSentence) {
        this.id = id;
        this.name = name;
        this.firstSentence = firstSentence;
    }

    int tokenCount() {
        return name.split("\\s+").length;
    }

    static String cleanDescription(String description) {
        String clean = description.strip().replaceAll("\\s+", " ").replaceAll("[\u201c\u201d\"]", "")
                .replaceAll("(?i)\\s+(?:the|a|an)$", "").replaceAll("^[,;:\\s]+|[,;:\\s]+$", "").strip();
        // "The next morning Ruth Pennick …", "Three days later the Playhouse's producer, …": when, not who.
        return TIME_BEFORE.matcher(clean).replaceFirst("").strip();
    }

    private static final java.util.regex.Pattern TIME_BEFORE = java.util.regex.Pattern.compile("(?i)^(?:(?:the\\s+)?(?:next|following|"
            + "same|previous)\\s+(?:morning|afternoon|evening|night|day|week|month|year)|\\p{L}+\\s+(?:days?|weeks?|months?|years?|"
            + "hours?)\\s+(?:later|earlier|on)|later|earlier|meanwhile|afterwards|yesterday|today)\\b,?\\s*");

    void describe(String description) {
        String clean = cleanDescription(description);
        // A clause is not a description: "the supply of food and energy sources is inadequate".
        boolean clause = clean.matches("(?i).*\\b(?:is|are|was|were|has|have|had|said|says|will|would|did|does)\\b.*");
        if (!clean.isEmpty() && !clause && !descriptions.contains(clean) && !clean.equalsIgnoreCase(name)
                && clean.split("\\s+").length <= 16) {
            descriptions.add(clean);
        }
    }

    String description() {
        return descriptions.isEmpty() ? "" : descriptions.get(0);
    }

    @Override
    public String toString() {
        return name + "[" + type + "]";
    }
}
