package newsquiz.generate;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns article text into short, readable question and choice text. */
final class Phrasing {
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Set<String> CLAUSE_BREAKS = Set.of(",", ";", ":", "\u2013", "\u2014", "-");

    private Phrasing() {}

    private static final Pattern ITS = Pattern.compile("\\bits\\b");

    /** Whether the text says "its": only a body or a thing has one, which a question asking "Who" must not hint at. */
    static boolean hasIts(String text) {
        return ITS.matcher(text).find();
    }

    static String clean(String text) {
        if (text != null && alreadyClean(text)) {
            // Most texts are clean already, and clean is asked of every choice many times: four regex passes saved.
            return text;
        }
        String t = SPACES.matcher(text == null ? "" : text).replaceAll(" ").strip();
        t = SPACE_BEFORE_PUNCTUATION.matcher(t).replaceAll("$1");
        t = ELLIPSIS.matcher(t).replaceAll(" \u2026 ");
        return DANGLING_EDGES.matcher(t).replaceAll("").strip();
    }

    /** Single spaces between words, none before punctuation, no ellipsis, nothing dangling at either edge. */
    private static boolean alreadyClean(String t) {
        if (t.isEmpty()) {
            return true;
        }
        if (",;:\u2013\u2014-".indexOf(t.charAt(0)) >= 0 || " ,;:\u2013\u2014-".indexOf(t.charAt(t.length() - 1)) >= 0) {
            return false;
        }
        char previous = 'x';
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '\u2026' || c != ' ' && Character.isWhitespace(c) || c == ' ' && (previous == ' ' || i == 0)
                    || previous == ' ' && ",.;:!?".indexOf(c) >= 0) {
                return false;
            }
            previous = c;
        }
        return true;
    }

    private static final Pattern SPACE_BEFORE_PUNCTUATION = Pattern.compile("\\s+([,.;:!?])");
    private static final Pattern ELLIPSIS = Pattern.compile("\\s*\u2026\\s*");
    private static final Pattern DANGLING_EDGES = Pattern.compile("^[,;:\u2013\u2014-]+\\s*|[\\s,;:\u2013\u2014-]+$");

    /**
     * At most {@code maxWords} words, cut at a clause boundary where one is near, with an ellipsis
     * when text was dropped; quotation marks stay balanced.
     */
    /** Like {@link #shorten} for reported speech: no opening fragments are dropped. */
    /** "A", "A and B", "A, B and C". */
    static String list(List<String> items) {
        if (items.size() <= 1) {
            return items.isEmpty() ? "" : items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    static String shortenPlain(String text, int maxWords) {
        return cut(clean(text).replaceAll("[.!?]+$", ""), maxWords);
    }

    static String shorten(String text, int maxWords) {
        String t = clean(text).replaceAll("[.!?]+$", "");
        return cut(dropVerblessLead(t, maxWords), maxWords);
    }

    /**
     * The text whole when it is short enough; otherwise its first sentence, or its first clauses
     * up to a clause boundary, so that what remains still ends where a clause ends. Never an
     * ellipsis: a choice cut mid-phrase reads as a trick.
     */
    /** ", which Mr Quayle produced as evidence,", ", who runs the shop,": a non-restrictive aside with no quotation in it. */
    private static final java.util.regex.Pattern NON_RESTRICTIVE = java.util.regex.Pattern.compile(
            ",\\s+(?:which|who)\\s+[^,\"\u201c\u201d;:]{3,80},(?=\\s+\\p{Ll})");

    private static final int SLACK = 2;
    private static final Pattern SHORT_LAST_CLAUSE = Pattern.compile("\\s(?:before|after|until|unless|when|without)(?:\\s+\\S+){1,5}$");

    static String wholeClauses(String text, int maxWords) {
        String t = clean(text).replaceAll("[.!?]+$", "");
        if (words(t) <= maxWords || words(t) <= maxWords + SLACK && SHORT_LAST_CLAUSE.matcher(t).find()) {
            // "… sent to the printer before the candidate saw it": a short last clause may be the point of the claim, and
            // the few words it takes are worth keeping.
            return balanceQuotes(t);
        }
        // "photographs of a carpet, which Mr Quayle produced as evidence, had been taken before …": an aside between commas
        // goes before the clause is cut short.
        String withoutAside = NON_RESTRICTIVE.matcher(t).replaceFirst("");
        if (!withoutAside.equals(t) && words(withoutAside) <= maxWords && words(withoutAside) >= 5) {
            return balanceQuotes(withoutAside);
        }
        String[] sentences = t.split("(?<=[.!?][\u201d\"]?)\\s+(?=[\u201c\"]?\\p{Lu})");
        if (sentences.length > 1 && words(sentences[0]) >= 5 && words(sentences[0]) <= maxWords) {
            return balanceQuotes(sentences[0].replaceAll("[.!?]+$", ""));
        }
        String[] w = t.split(" ");
        for (int i = Math.min(maxWords, w.length - 1) - 1; i >= 7; i--) {
            boolean boundary = w[i].endsWith(",") || w[i].endsWith(";") || w[i + 1].matches("[\u2013\u2014-]");
            if (boundary && !insideQuotation(w, i) && w[i + 1].matches("(?i)which|who|where|while|and|but|although|though|as|because|since|after|before|"
                    + "when|in|with|\\p{Ll}+ing|according|[\u2013\u2014-]")) {
                return balanceQuotes(String.join(" ", java.util.Arrays.copyOf(w, i + 1)).replaceAll("[,;]$", ""));
            }
        }
        // No comma to cut at: "… to a new data centre being built by …" loses least before a participle or relative clause.
        // Not before "that": "come down for | that reason alone" and "for reasons | that had nothing to do with it" leave the
        // point of the sentence behind.
        for (int i = Math.min(maxWords, w.length - 1); i >= 8; i--) {
            // "forty minutes | after the last entry time": a span of time is measured from what follows; "stopped exactly |
            // where the brake …" is where it stopped.
            if (w[i].matches("being|which|who|whose|where|after|before|when|while|because") && !w[i - 1].matches("(?i)said|says|than|so|exactly|precisely|right|just|only")
                    && !(w[i].matches("after|before") && w[i - 1].matches("(?i)(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|"
                            + "shortly|soon|just|long|immediately|moments?)[,;]?"))
                    // "had been taken | before the couple ever moved in": when something was done is the point of saying it.
                    && !(w[i].matches("after|before|when|while|because") && w[i - 1].matches("(?i)\\p{L}+(?:ed|en)|was|were|is|are|been|be"))
                    // "damaged while it was | being fitted": "being" after "was" is a verb's own passive, not a clause.
                    && !(w[i].equals("being") && w[i - 1].matches("(?i)was|were|is|are|am|be|been"))
                    // "a label that recorded | which page of the app was open": after a verb, "which" asks what was recorded.
                    && !(w[i].matches("which|who|whose|where") && w[i - 1].matches("\\p{Ll}+ed|knows?|knew|asks?|shows?|tells?|decides?"))
                    && !insideQuotation(w, i - 1)) {
                return balanceQuotes(String.join(" ", java.util.Arrays.copyOf(w, i)).replaceAll("[,;]$", ""));
            }
        }
        return balanceQuotes(t);
    }

    /**
     * Whether a cut after word {@code last} falls inside a quotation: "had gone up 'in jumps of a thousand | , which you
     * don't see'" would leave the speaker's words open. Single marks count only at a word's edge, never as apostrophes.
     */
    static boolean insideQuotation(String[] w, int last) {
        int doubleOpen = 0;
        int singleOpen = 0;
        for (int i = 0; i <= last; i++) {
            String word = w[i];
            doubleOpen += count(word, '\u201c') - count(word, '\u201d') + count(word, '"') % 2 * (doubleOpen > 0 ? -1 : 1);
            if (word.matches("^[\u2018'].*")) {
                singleOpen++;
            }
            if (word.matches(".*\\p{L}[.,;:!?]*[\u2019'][.,;:!?]*$") && singleOpen > 0 && !word.matches("(?i).*s'$")) {
                singleOpen--;
            }
        }
        return doubleOpen > 0 || singleOpen > 0;
    }

    private static int count(String word, char mark) {
        return (int) word.chars().filter(c -> c == mark).count();
    }

    private static String cut(String t, int maxWords) {
        String[] words = t.split(" ");
        if (words.length <= maxWords) {
            return balanceQuotes(t);
        }
        int cut = -1;
        for (int i = maxWords - 1; i >= Math.min(6, maxWords / 2); i--) {
            String w = words[i];
            char last = w.charAt(w.length() - 1);
            if (CLAUSE_BREAKS.contains(String.valueOf(last)) || words[Math.min(i + 1, words.length - 1)].matches("(?i)but|which|while|and|although|because")) {
                cut = i + 1;
                break;
            }
        }
        if (cut < 0) {
            cut = maxWords;
        }
        String head = String.join(" ", java.util.Arrays.copyOf(words, cut)).replaceAll("[,;:\u2013\u2014-]+$", "");
        return balanceQuotes(head + "\u2026");
    }

    /**
     * "Highly qualified, hardworking and ready to work…, the Korean construction workers will be
     * an asset…": when the text must be cut, opening fragments without a verb go first.
     */
    private static String dropVerblessLead(String t, int maxWords) {
        if (t.split(" ").length <= maxWords) {
            return t;
        }
        String[] parts = t.split(",\\s+");
        int drop = 0;
        while (drop < parts.length - 1 && !parts[drop].matches("(?i).*\\b(is|are|was|were|has|have|had|will|would|can|could|may|might|should|must)\\b.*")
                && parts[drop].split(" ").length <= 8) {
            drop++;
        }
        if (drop == 0) {
            return t;
        }
        String rest = String.join(", ", java.util.Arrays.copyOfRange(parts, drop, parts.length));
        return rest.split(" ").length >= 6 ? "\u2026 " + rest : t;
    }

    /** "“… in all areas.”?" → "“… in all areas”?": no full stop inside a closing quote before the question mark. */
    static String endQuestion(String text) {
        return text.replaceAll("[.,;:]+([\u201d\"\u2019]*)$", "$1") + "?";
    }

    /** The text with the closing mark added when it opens more than it closes, or the opening one when it closes more. */
    static String withMissingMark(String text, long opening, long closing, char open, char close) {
        return opening > closing ? text + close : closing > opening ? open + text : text;
    }

    /** Drops or closes a quotation mark left open by cutting. */
    static String balanceQuotes(String text) {
        long straight = text.chars().filter(c -> c == '"').count();
        long opening = text.chars().filter(c -> c == '\u201c').count();
        String t = withMissingMark(text, opening, text.chars().filter(c -> c == '\u201d').count(), '\u201c', '\u201d');
        if (straight % 2 == 1) {
            t = t.endsWith("\"") ? t.substring(0, t.length() - 1) : t + "\"";
        }
        return t;
    }

    private static final java.util.regex.Pattern BULLET = java.util.regex.Pattern.compile("^[\u2022\u25aa\u25cf\u2023*\u2013-]\\s+");

    /** "• There was no fault …" → "There was no fault …": a list's bullet is layout, not words. */
    static String withoutBullet(String text) {
        return BULLET.matcher(text).replaceFirst("");
    }

    /**
     * '“The paper that went round on Monday night,” said the chief executive, “was our November mock”' is one quotation
     * told in two parts: "The paper that went round on Monday night was our November mock". A second part opening in
     * capitals is a sentence of its own and is left apart.
     */
    static String joinedQuotation(String content) {
        Matcher m = RESUMED_QUOTATION.matcher(clean(content));
        if (!m.matches()) {
            return content;
        }
        String first = m.group(1).strip();
        String rest = m.group(2).strip();
        // "… Monday night, … was our mock": the comma stood before the speech tag; a verb straight after it needs none.
        if (PREDICATE_FIRST.matcher(rest).lookingAt()) {
            first = first.replaceFirst(",$", "");
        }
        return first + " " + rest;
    }

    private static final Pattern RESUMED_QUOTATION = Pattern.compile(
            "^[\u201c\"\u2018']?([^\u201c\u201d\"\u2026]{3,}?)[\u201d\"\u2019']?\\s+\u2026\\s+[\u201c\"\u2018']"
                    + "(\\p{Ll}[^\u201c\u201d\"\u2026]*?)[\u201d\"\u2019']?$");
    /** An auxiliary or a form of "be" opening a text: the predicate of whatever came before it. */
    static final Pattern PREDICATE_FIRST = Pattern.compile(
            "(?:is|was|were|are|has|had|have|will|would|could|can|may|might|should|must|did|does|do)\\b");

    /** The text without quotation marks around the whole of it. */
    static String unquote(String text) {
        String t = clean(text);
        while (t.length() > 2 && "\u201c\"\u2018'".indexOf(t.charAt(0)) >= 0 && "\u201d\"\u2019'".indexOf(t.charAt(t.length() - 1)) >= 0
                && t.substring(1, t.length() - 1).chars().noneMatch(c -> c == '\u201c' || c == '\u201d' || c == '"')) {
            t = t.substring(1, t.length() - 1).strip();
        }
        return t.replaceAll("^[\u201c\"]([^\u201d\"]*)$", "$1").replaceAll("^([^\u201c\"]*)[\u201d\"]$", "$1");
    }

    static String capitalise(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return t;
        }
        int i = 0;
        while (i < t.length() && !Character.isLetterOrDigit(t.charAt(i))) {
            i++;
        }
        if (i >= t.length()) {
            return t;
        }
        return t.substring(0, i) + Character.toUpperCase(t.charAt(i)) + t.substring(i + 1);
    }

    /** The first word in lower case unless the article treats it as a name ("There were …" → "there were …"). */
    static String lowerFirst(String text, Facts facts) {
        return facts.casing().lowerFirst(text);
    }

    static int words(String text) {
        String t = clean(text);
        return t.isEmpty() ? 0 : t.split(" ").length;
    }

    /** Lower case, letters and digits only: for comparing texts that differ in quotes or spacing. */
    static String key(String text) {
        String lower = clean(text).toLowerCase(Locale.ROOT);
        // One pass instead of two regexes (key is asked of every pair of choices): letters, digits, apostrophes, and
        // single spaces between them. Clean text has no whitespace but single spaces.
        StringBuilder out = new StringBuilder(lower.length());
        lower.codePoints().forEach(cp -> {
            int c = cp == '\u2019' ? '\'' : cp;
            if (c == ' ') {
                if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
                    out.append(' ');
                }
            } else if (c == '\'' || Character.isLetter(c) || isNumber(c)) {
                out.appendCodePoint(c);
            }
        });
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == ' ') {
            end--;
        }
        return out.substring(0, end);
    }

    private static boolean isNumber(int c) {
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }


    /** "MedaLink Systems'" rather than "MedaLink Systems's"; "Ana's" as usual. */
    static String possessive(String name, char apostrophe) {
        // "Yardy's" is already its own owner: "Yardy's Riccall store", not "Yardy's'".
        if (name.matches(".*\\p{L}['\u2019]s")) {
            return name;
        }
        return name.endsWith("s") ? name + apostrophe : name + apostrophe + "s";
    }
}
