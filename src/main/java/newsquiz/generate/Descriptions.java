package newsquiz.generate;

import java.util.Locale;

/**
 * A source's description as a reader should see it, built from the article's own words:
 * "Council President" → "council president", "one Eastmoor teacher" → "Eastmoor teacher". Choices carry no article, so the
 * form of one choice never gives it away; in a sentence, {@link #inSentence} adds one.
 */
final class Descriptions {

    private Descriptions() {}

    /** The description as an answer choice, or null when it would not tell a reader who the source is. */
    static String asChoice(String description, Facts facts) {
        String d = Phrasing.clean(description).replaceAll("[.,;:]+$", "");
        if (d.isEmpty() || d.matches("(?i)^(his|her|its|their|our|my|your)\\b.*")) {
            return null;
        }
        d = d.replaceFirst("^(?i)(a|an|the|one)\\s+", "");
        if (Facts.formOfAddress(d) || TITLE_FIRST.matcher(d).lookingAt()) {
            // "The Dean of Wallerscote, the Very Rev Sybil Wakeling": a name and its title say who, not what, someone is.
            return null;
        }
        if (d.matches("(?i).*\\b(his|her|our|my|your)\\b.*")) {
            // "a friend of his brother": whose, out of the article, the reader cannot tell.
            return null;
        }
        // "The chair of its residents' association": out of the article, "its" points nowhere; the body is the one the
        // quiz is about.
        d = d.replaceAll("\\b(?:its|their)\\b", "the").replaceAll("\\b(?:Its|Their)\\b", "The");
        if (d.matches("^\\p{Ll}\\S*['\u2019]s?\\s.*")) {
            // "the authority's operations director": which authority, the reader cannot tell.
            return null;
        }
        if (!d.matches("^\\S+['\u2019]s?\\s.*")) {
            StringBuilder words = new StringBuilder();
            for (String w : d.split(" ")) {
                // "Council President", "Local councillor": capitals of a title, not of a name.
                boolean keep = facts.isProperWord(w) || w.length() > 1 && w.chars().skip(1).anyMatch(Character::isUpperCase);
                words.append(words.length() == 0 ? "" : " ").append(keep ? w : w.toLowerCase(Locale.ROOT));
            }
            d = words.toString();
        }
        int contentWords = d.replaceAll("(?i)\\b(of|the|a|an|at|for|in|and)\\b", " ").trim().split("\\s+").length;
        if (contentWords < 2 || Phrasing.words(d) > 12) {
            // "the justice", "a spokesman": true of too many people to tell a reader anything.
            return null;
        }
        return Phrasing.capitalise(d);
    }

    /**
     * "a technology news site", "Brisko's chief executive", and "the chair of the residents' association" where the article
     * wrote "the" before a role tied to one body, or the role is a post one person holds: the choice inside a sentence.
     */
    static String inSentence(String choice, String original, Facts facts) {
        String first = choice.split("[\\s-]")[0];
        String c = facts.isProperWord(first) ? choice : Character.toLowerCase(choice.charAt(0)) + choice.substring(1);
        if (c.matches("^\\p{Lu}\\S*['\u2019]s\\s.*")) {
            return c;
        }
        if (Phrasing.clean(original).matches("(?i)^the\\s.*") && c.matches("(?i).*(\\bof\\b|\\bfor\\b|['\u2019]s\\s|\\bonly\\b).*")
                || ONE_HOLDER.matcher(c).lookingAt()) {
            return "the " + c;
        }
        return (startsWithVowelSound(c) ? "an " : "a ") + c;
    }

    private static final java.util.regex.Pattern TITLE_FIRST = java.util.regex.Pattern.compile(
            "(?i)(?:(?:very|rt|right|most)\\s+)?(?:rev|revd|reverend|dr|mr|mrs|ms|miss|sir|dame|lord|lady|canon|father)\\.?\\s+\\p{Lu}");

    /** "chair of the residents' association": a post one person holds. */
    private static final java.util.regex.Pattern ONE_HOLDER = java.util.regex.Pattern.compile("(?i)(chair|chairman|chairwoman|"
            + "head|leader|chief|director|president|secretary|treasurer|owner|founder|manager|editor|principal|headteacher|mayor|"
            + "clerk|captain|convenor|organiser|organizer) of\\b");

    private static final java.util.regex.Pattern INITIALS = java.util.regex.Pattern.compile("(\\p{Lu}{2,3})\\b");

    static boolean startsWithVowelSound(String text) {
        java.util.regex.Matcher initials = INITIALS.matcher(text);
        if (initials.lookingAt()) {
            // "a US state broadcaster", "an FBI agent": initials are read letter by letter.
            return "AEFHILMNORSX".indexOf(initials.group(1).charAt(0)) >= 0;
        }
        String t = text.toLowerCase(Locale.ROOT);
        if (t.matches("^(hour|honest|honour|honor|heir).*")) {
            return true;
        }
        return t.matches("^[aeiou].*") && !t.matches("^(uni|use|usu|uti|eu|one|once|ure).*");
    }
}
