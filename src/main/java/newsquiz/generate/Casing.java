package newsquiz.generate;

import java.util.HashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Locale;
import java.util.Set;

/**
 * The case a sentence's first word takes once it no longer starts the sentence ("According to the
 * team, fine-particle levels …"): lower case unless the article treats the word as a name, which
 * it shows by capitalising it in the middle of a sentence.
 */
final class Casing {
    /** "A Brisko engineer", "The Lower Ashby reservoir": a determiner before a name is still an ordinary word. */
    private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "some", "many", "most", "all", "no", "every", "each",
            "both", "any", "several", "few", "this", "that", "these", "those", "its", "their", "his", "her", "our", "one", "two",
            "three", "four", "five", "six", "seven", "eight", "nine", "ten");
    private final Set<String> midSentenceCapitals = new HashSet<>();
    private final Set<String> lowerCaseWords = new HashSet<>();
    private final Set<String> names;
    /** The people among {@link #names}: their surnames alone are names too. */
    private final Set<String> people;
    private final String text;

    Casing(List<String> sentences, Set<String> names) {
        this(sentences, names, Set.of());
    }

    Casing(List<String> sentences, Set<String> names, Set<String> people) {
        this.names = names;
        this.people = people;
        this.text = String.join(" ", sentences);
        for (String sentence : sentences) {
            // "• There is no evidence": after a list's bullet a capital still starts the sentence.
            String[] words = Phrasing.withoutBullet(sentence.strip()).split("\\s+");
            for (String w : words) {
                String word = bare(w);
                if (!word.isEmpty() && Character.isLowerCase(word.charAt(0))) {
                    lowerCaseWords.add(word);
                }
            }
            for (int i = 1; i < words.length; i++) {
                String previous = words[i - 1];
                String word = bare(words[i]);
                // After a full stop, colon or opening quote a capital only starts a sentence.
                boolean sentenceStart = previous.matches(".*[.!?:\u201c\u2018\"]$") || words[i].matches("^[\u201c\u2018\"'(].*");
                // Only the first capital of a run starts a name: "District" in "Sallowfield District Council" proves nothing.
                boolean afterCapital = !bare(previous).isEmpty() && Character.isUpperCase(bare(previous).charAt(0));
                if (!sentenceStart && !afterCapital && !word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
                    midSentenceCapitals.add(word);
                    midSentenceCapitals.add(word.split("-")[0]);
                }
            }
        }
    }

    private static final java.util.regex.Pattern TITLE = java.util.regex.Pattern.compile(
            "Ms|Mr|Mrs|Miss|Dr|Sir|Dame|Lord|Lady|Baroness|Baron|Cllr|Prof|Professor|Rev");

    /** Whether the article ever writes the word in lower case: "Debris", never "Nurelle". */
    boolean writtenInLowerCase(String word) {
        return lowerCaseWords.contains(word.toLowerCase(Locale.ROOT));
    }

    /** "Emergency services were called" → "emergency services were called"; "Corvalis said" stays. */
    private static final java.util.regex.Pattern NUMBER_WORD = java.util.regex.Pattern.compile(
            "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundreds?|thousands?|dozens?");

    String lowerFirst(String text) {
        return lowerFirst(text, true);
    }

    /** {@code trustNames}: whether a known source name keeps its capital; a name only ever seen at a sentence start does not. */
    private String lowerFirst(String text, boolean trustNames) {
        String t = text.strip();
        int i = 0;
        while (i < t.length() && !Character.isLetter(t.charAt(i))) {
            i++;
        }
        if (i >= t.length() || !Character.isUpperCase(t.charAt(i))) {
            return t;
        }
        String first = bare(t.substring(i).split("[\\s,;:]")[0]);
        boolean acronym = first.length() > 1 && first.chars().skip(1).anyMatch(Character::isUpperCase);
        String rest = t.substring(i);
        String[] words = rest.split("\\s+");
        // "Regional Transport Authority": a run of capitals is a name even when its first word is ordinary.
        boolean determiner = DETERMINERS.contains(first.toLowerCase(Locale.ROOT));
        boolean capitalRun = !determiner && words.length > 1 && !words[1].isEmpty() && Character.isUpperCase(words[1].charAt(0))
                // "Under UN sanctions": an acronym after an ordinary word makes no name of it.
                && !(lowerCaseWords.contains(first.toLowerCase(Locale.ROOT)) && bare(words[1]).equals(bare(words[1]).toUpperCase(Locale.ROOT)));
        // A word the article also writes in lower case is an ordinary word; one it capitalises mid-sentence is a name.
        String lower = first.toLowerCase(Locale.ROOT);
        boolean ordinary = lowerCaseWords.contains(lower) || lowerCaseWords.contains(lower.split("-")[0]) || NUMBER_WORD.matcher(lower).matches();
        if (capitalRun && ordinary && TITLE.matcher(bare(words[1])).matches()) {
            // "Moving Ms Hollis-Pryce now would be …": an ordinary word before a title starts no name.
            capitalRun = false;
        }
        if (capitalRun && ordinary && !determiner) {
            // "Defender Luka Varga will miss …": the article's "defender" before a person's name is no part of the name.
            String afterFirst = rest.substring(rest.indexOf(words[1]));
            capitalRun = names.stream().noneMatch(n -> !n.isBlank() && startsWithName(afterFirst, n));
        }
        // "Two Brisko employees" keeps its capital as a source's name; "Seven of the injured" is no name.
        boolean name = trustNames && (!ordinary || determiner) && names.stream().anyMatch(n -> !n.isBlank() && !n.matches("(?i)^(the|a|an)\\s.*")
                && startsWithName(rest, n) && (!determiner || n.matches("\\S+\\s+\\p{Lu}.*")) && seenAsName(n));
        if (first.equals("I") || first.startsWith("I'") || first.startsWith("I\u2019") || acronym || name || capitalRun) {
            return t;
        }
        if (!ordinary && (midSentenceCapitals.contains(first) || midSentenceCapitals.contains(first.split("-")[0])
                || surnameOfKnownName(first))) {
            return t;
        }
        return t.substring(0, i) + Character.toLowerCase(t.charAt(i)) + t.substring(i + 1);
    }

    /**
     * "Debris fell into the sea" at a sentence start made a name of "Debris": a one-word name the article never
     * capitalises mid-sentence, and that is no part of a longer name, is an ordinary word.
     */
    private boolean seenAsName(String name) {
        // "Kerravia's health ministry" after a dateline: a possessive is a name's, whatever its place in the sentence.
        return name.contains(" ") || midSentenceCapitals.contains(name) || text.contains(name + "'s") || text.contains(name + "\u2019s")
                // "Hillcote" of "Hillcote Dairy League" is a name; "Dairy" inside it, the kind of body, is not ("Dairy farmers who
                // supply …"); any part of a person's name is.
                || names.stream().anyMatch(other -> other.contains(" ") && (other.split("[\\s-]+")[0].equals(name)
                        || people.contains(other) && java.util.Arrays.asList(other.split("[\\s-]+")).contains(name)));
    }

    /** "Hasselbrink, of the Civic Alliance, …" after "Governor Ottokar Hasselbrink": a person's surname is a name. */
    private boolean surnameOfKnownName(String word) {
        return people.stream().anyMatch(n -> n.endsWith(" " + word));
    }

    /** "There was …" does not start with the name "T" (of "T-shirts"): a name ends where a word does. */
    private static boolean startsWithName(String text, String name) {
        return text.startsWith(name) && (text.length() == name.length() || !Character.isLetterOrDigit(text.charAt(name.length())));
    }

    /**
     * A source named the way the article names it: "the Northern Courier" when the article writes
     * "the Northern Courier said", "Kestner Chemicals" when it never puts "the" before the name
     * itself ("the Kestner Chemicals site" is a site), "the regional transport authority" when the
     * article writes it in lower case.
     */
    private static final java.util.regex.Pattern NAME_WITH_OF = java.util.regex.Pattern.compile("\\p{Lu}\\p{L}+\\s+(?:of|for)\\s+(?:the\\s+)?\\p{Lu}.*");

    private static final java.util.regex.Pattern INNER_CAPITAL = java.util.regex.Pattern.compile("\\s\\p{Lu}\\p{Ll}");

    String source(String speaker) {
        return sources.computeIfAbsent(speaker, this::findSource);
    }

    // Each speaker is shown many times, and finding its casing scans the whole article.
    private final java.util.Map<String, String> sources = new java.util.HashMap<>();

    private String findSource(String speaker) {
        String given = speaker.strip();
        String core = given.replaceFirst("^(?i)the\\s+", "");
        // "A team leader", "One porter": a description that brings its own article takes no "the".
        if (core.isEmpty() || !Character.isUpperCase(core.charAt(0)) || core.matches("(?i)^(?:a|an|one|some|two|three|several|another)\\s.*")) {
            return lowerFirst(given);
        }
        if (!text.contains(core)) {
            return text.contains(core.toLowerCase(Locale.ROOT)) ? "the " + core.toLowerCase(Locale.ROOT) : lowerFirst(given);
        }
        // Written with its capitals only where a sentence starts ("District council officials, who …"): an ordinary phrase.
        // ("Tallyrow, the payments firm …" is a name all the same: a one-word name the analysis found, never in lower case.)
        if (!afterLowerCaseOrComma(core) && (core.contains(" ") || writtenInLowerCase(core) || !names.contains(core))
                // "A University of Strandmoor study": a capital after "of" makes the whole a name, wherever it stands.
                && !NAME_WITH_OF.matcher(core).matches()
                // ("Chilcott and Lilleker, the decorators, …" opens its sentence, and its second capital says it is a name.)
                && !INNER_CAPITAL.matcher(core).find()) {
            return lowerFirst(given, false);
        }
        String shown = given;
        int withThe = 0;
        int bare = 0;
        int newspaper = 0;
        int from = 0;
        for (int at = text.indexOf(core); at >= 0; at = text.indexOf(core, from)) {
            String next = nextWord(at + core.length());
            if (next == null) {
                from = at + 1;
                continue;
            }
            from = at + core.length();
            // "the Kestner Chemicals site": the article belongs to "site", not to the name.
            boolean ownThe = next.isEmpty() || !LOWER_CASE_WORD.matcher(next).matches()
                    || NOT_A_NOUN.matcher(next).matches() && !PLURAL_NOUN.matcher(next).matches();
            String before = text.substring(Math.max(0, at - 30), at);
            if (theBefore(at) && ownThe) {
                withThe++;
            } else if (NEWSPAPER_BEFORE.matcher(before).find()) {
                newspaper++;
            } else if (!theBefore(at) && !POSSESSIVE_BEFORE.matcher(before).find()) {
                // ("Sunday's Daily Beacon" says nothing either way.)
                bare++;
            }
        }
        // "The tabloid Morning Flare reported", never written bare: a newspaper's title takes "the" in a sentence of ours
        // ("the daily Dagsposten" that is also plain "Dagsposten's editor" does not).
        boolean title = newspaper > 0 || MASTHEAD.matcher(core).find();
        if (withThe > 0 && withThe >= bare || withThe == 0 && bare == 0 && title) {
            return "the " + core;
        }
        return bare > 0 && withThe == 0 ? core : shown;
    }

    /** "the Haverlund Chemicals works", "the Brenmoor Rovers fans": plural nouns a name often describes, never its verb. */
    private static final Pattern PLURAL_NOUN = Pattern.compile("works|headquarters|offices|premises|grounds|buildings|staff|"
            + "workers|employees|customers|members|players|fans|officials|shares|accounts|plans|sites|factories|shops|stores");
    private static final Pattern NEWSPAPER_BEFORE = Pattern.compile("\\b[Tt]he\\s+(?:tabloid|daily|newspaper|paper|weekly|broadsheet)\\s+$");
    private static final Pattern POSSESSIVE_BEFORE = Pattern.compile("\\p{L}['\u2019]s?\\s+$");
    /** Words of a newspaper's title: "the Daily Beacon", "the Westmoor Mercury". */
    private static final Pattern MASTHEAD = Pattern.compile("\\b(?:Daily|Times|Post|Herald|Gazette|Echo|Mail|Mirror|Telegraph|Guardian|"
            + "Chronicle|Journal|Tribune|Observer|Courier|Express|Standard|Mercury|Examiner|Advertiser|Argus|Clarion|Sentinel|"
            + "Bugle|Beacon|Record|Independent|Inquirer|Dispatch)\\b");
    private static final Pattern LOWER_CASE_WORD = Pattern.compile("\\p{Ll}+");
    private static final Pattern NOT_A_NOUN = Pattern.compile(".*(?:ed|s)|said|told|has|had|is|was|will|would|did|who|which|that"
            + "|whose|and|or|but|in|on|at|for|to|of|from|with|by|as|over|after|before|about|under|could|can|may|might|should|must"
            // "wrote to the Countryside Licensing Authority last week": a time phrase, no noun the "the" could belong to.
            + "|last|next|this|earlier|later|yesterday|today|tonight|again|also|now|then|too"
            // "after the Broadcast Licensing Authority found that …": a verb in the past without "-ed" is no noun either.
            + "|found|made|took|gave|got|went|came|saw|wrote|ran|kept|held|left|put|set|sent|built|paid|met|began|became|brought"
            + "|bought|thought|knew|won|lost|sold|spent|stood|heard|felt|meant|led|cut|let|shut|broke|chose|drew|fell|grew|rose"
            + "|spoke|threw|understood|withdrew|forgot|struck|sought|taught|caught|fought|dealt|lent|sat|stuck");

    /**
     * What follows a name that ends at {@code at}: a lower-case word after spaces, one character that is no letter, or
     * nothing at the end of the text; {@code null} when a capital or a letter glued to the name follows.
     */
    private String nextWord(int at) {
        if (at == text.length()) {
            return "";
        }
        int wordStart = at;
        while (wordStart < text.length() && isRegexSpace(text.charAt(wordStart))) {
            wordStart++;
        }
        int wordEnd = wordStart;
        while (wordStart > at && wordEnd < text.length() && Character.getType(text.codePointAt(wordEnd)) == Character.LOWERCASE_LETTER) {
            wordEnd += Character.charCount(text.codePointAt(wordEnd));
        }
        if (wordEnd > wordStart) {
            return text.substring(wordStart, wordEnd);
        }
        return Character.isLetter(text.codePointAt(at)) ? null : "";
    }

    /** Whether "the" or "The", a whole word, stands right before the name, with only spaces between. */
    private boolean theBefore(int at) {
        int end = at;
        while (end > 0 && isRegexSpace(text.charAt(end - 1))) {
            end--;
        }
        if (end == at || end < 3 || !text.regionMatches(end - 2, "he", 0, 2) || text.charAt(end - 3) != 't' && text.charAt(end - 3) != 'T') {
            return false;
        }
        return end == 3 || !WholeWord.isWord(text.charAt(end - 4));
    }

    /**
     * Whether the name ever follows a lower-case word, a comma or a semicolon ("said the Trust", "Meanwhile, Trust …"),
     * so that its capital is the name's own. An optional "the" in between ends in a lower-case letter itself.
     */
    private boolean afterLowerCaseOrComma(String core) {
        for (int at = text.indexOf(core); at >= 0; at = text.indexOf(core, at + 1)) {
            int before = at - 1;
            while (before >= 0 && isRegexSpace(text.charAt(before))) {
                before--;
            }
            if (before >= 0 && before < at - 1) {
                char c = text.charAt(before);
                if (c == ',' || c == ';' || Character.getType(c) == Character.LOWERCASE_LETTER) {
                    return true;
                }
            }
        }
        return false;
    }

    /** {@code \s} of a regular expression without flags. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** The word without surrounding punctuation or a possessive "'s". */
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$");
    private static final Pattern POSSESSIVE = Pattern.compile("['\u2019]s$");

    private static String bare(String word) {
        return POSSESSIVE.matcher(EDGE_PUNCTUATION.matcher(word).replaceAll("")).replaceAll("");
    }
}
