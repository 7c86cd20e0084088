package newsquiz.generate;

import java.util.HashMap;
import java.util.Map;
import newsquiz.quiz.QuestionType;

/**
 * Whether two questions of one quiz give each other away: checked across the whole quiz, not question by question. One
 * instance serves one quiz's selection and remembers each text's normal form, since every pass compares every pair.
 */
final class QuizOverlap {
    private final Map<String, String> normal = new HashMap<>();

    /**
     * Whether {@code asked}'s visible text (its stem, or a choice of several words) answers {@code answered}: its key, a
     * figure or a claim of four words or more; a person's description beside their name; a true/false statement.
     */
    boolean reveals(Candidate answered, Candidate asked) {
        if (answered.type() == QuestionType.TRUE_FALSE_NOT_GIVEN) {
            // "The Meeple Auditor will 'review it when it lands'" offered elsewhere makes "True" a guess no longer; so does
            // the claim in other words ("The 40 per cent figure 'is out by a factor of ten'" beside "… the 24 per cent figure").
            String statement = normal(answered.prompt());
            String claim = answered.prompt().replaceFirst("^.*?\\?\\s+(?:According to [^,]+,\\s+)?", "");
            if (choices(asked).anyMatch(c -> c.split(" ").length >= 5 && (WholeWord.in(statement, c) || Distractors.similar(c, claim)))) {
                return true;
            }
            // "False. The article gives 40 per cent, not 24 per cent": the article's figure in another stem shows which is right.
            java.util.regex.Matcher given = ARTICLE_GIVES.matcher(answered.explanation());
            return given.find() && WholeWord.in(normal(asked.prompt()), normal(given.group(1)));
        }
        if (answered.focus().equals("labelled_false") && asked.prompt().contains("____")
                && asked.sentences().contains(answered.sentences().get(answered.sentences().size() - 1))) {
            // "… the site is outside the Green Belt, whose boundary is ____ kilometres": a gap in the article's own
            // correction shows which claim it called incorrect (review24 THI q10).
            return true;
        }
        if (answered.focus().equals("attribution") && !answered.writtenChoices() && answered.prompt().startsWith("Who ")
                && nextTo(answered, asked)) {
            // "Tanisha Greaves, ____, a care worker …, received a notice" printed beside "Who said 'I know I was over'?":
            // the sentence before a quotation names its speaker (review19).
            String surname = answered.key().replaceFirst("['\u2019]s$", "").replaceFirst("^.*\\s", "");
            return surname.length() >= 3 && Character.isUpperCase(surname.charAt(0)) && WholeWord.in(normal(asked.prompt()), normal(surname));
        }
        // An answer the family wrote itself has no article words to leak.
        if (answered.writtenChoices()) {
            return false;
        }
        String key = normal(answered.key());
        java.util.regex.Matcher described = DESCRIBED.matcher(answered.prompt());
        if (answered.focus().equals("source_description") && described.matches()) {
            // "Velotra's founder, Benedikt Haroun" in another stem answers how the article describes him.
            // So does "A post on X by the cycling journalist Marnie Oyelowo-Finch" offered as a choice.
            String name = normal(described.group(1));
            return !key.isBlank() && java.util.stream.Stream.concat(java.util.stream.Stream.of(normal(asked.prompt())), choices(asked))
                    .anyMatch(text -> WholeWord.in(text, key) && WholeWord.in(text, name));
        }
        if (answered.focus().equals("number") && narrowsTheFigure(answered.key(), asked.prompt())) {
            return true;
        }
        boolean figure = key.chars().anyMatch(Character::isDigit);
        if (!figure && key.split(" ").length < 4) {
            // A name in another stem tells who spoke there, not who said this; unless it prints the very words asked about.
            return printsWhoSaidIt(answered, asked);
        }
        // A gap's figure shows in a choice of words around it ("had sold 240 orchids"), not as a bare figure among figures; a
        // claim offered as a choice elsewhere does not tell who made it.
        // "A 45-metre blade" shows 45 as much as "45 metres" does: the figure is looked for with hyphens read as spaces.
        String spacedKey = spaced(answered.key());
        // "the 17-mile route from Elmcrake" in another stem gives away the 17 (review56 DUN q02).
        return WholeWord.in(normal(asked.prompt()), key) || figure && WholeWord.in(spaced(asked.prompt()), spacedKey)
                || figure && answered.focus().equals("number")
                && java.util.stream.Stream.concat(java.util.stream.Stream.of(asked.key()), asked.distractors().stream())
                        .anyMatch(c -> c.split(" ").length >= 4 && !c.equals(answered.key()) && WholeWord.in(spaced(c), spacedKey));
    }

    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October|November|December)";
    private static final java.util.regex.Pattern DAY_OF_MONTH = java.util.regex.Pattern.compile(
            "^(?:" + MONTH + "\\s+(\\d{1,2})|(\\d{1,2})\\s+" + MONTH + ")$");
    private static final java.util.regex.Pattern WHOLE_NUMBER = java.util.regex.Pattern.compile("^(\\d{1,6})(?:\\s+\\p{L}+)?$");
    private static final java.util.regex.Pattern NUMBER_IN_TEXT = java.util.regex.Pattern.compile("(?<![\\d.,])\\d[\\d,]*(?:\\.\\d+)?(?![\\d])");
    private static final java.util.regex.Pattern PART_OF_MONTH = java.util.regex.Pattern.compile(
            "(?i)\\b(end|close|last\\s+days?|start|beginning|first\\s+days?)\\s+of\\s+(?-i:" + MONTH + ")\\b");
    private static final java.util.regex.Pattern HALF_OR_DOUBLE = java.util.regex.Pattern.compile("(?i)\\b(?:half|double|doubled|twice)\\b");

    /**
     * Whether a stem narrows a figure down to its key though it does not print it: "will close at the end of October" beside
     * "October 31" among other days of October (review87 saltcoombe q17), "no more than 22 cats, half its present number"
     * beside 44 (review86 hartwith q02).
     */
    static boolean narrowsTheFigure(String key, String stem) {
        java.util.regex.Matcher date = DAY_OF_MONTH.matcher(key.strip());
        if (date.matches()) {
            String month = date.group(1) != null ? date.group(1) : date.group(4);
            int day = Integer.parseInt(date.group(2) != null ? date.group(2) : date.group(3));
            java.util.regex.Matcher part = PART_OF_MONTH.matcher(stem);
            while (part.find()) {
                boolean end = part.group(1).toLowerCase(java.util.Locale.ROOT).matches("end|close|last.*");
                if (part.group(2).equals(month) && (end ? day >= 28 : day <= 3)) {
                    return true;
                }
            }
            return false;
        }
        java.util.regex.Matcher whole = WHOLE_NUMBER.matcher(key.strip());
        if (!whole.matches() || Integer.parseInt(whole.group(1)) % 2 != 0 || !HALF_OR_DOUBLE.matcher(stem).find()) {
            return false;
        }
        String half = String.valueOf(Integer.parseInt(whole.group(1)) / 2);
        java.util.regex.Matcher number = NUMBER_IN_TEXT.matcher(stem);
        while (number.find()) {
            if (number.group().replace(",", "").equals(half)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code asked}'s stem names {@code answered}'s key beside the words it asks about: "The leader of the council,
     * whose group holds ____ seats, dismissed the allegation as 'a smear …'" beside "Who dismissed the allegation as 'a smear
     * …'?" (review42 MIL q07).
     */
    boolean printsWhoSaidIt(Candidate answered, Candidate asked) {
        String key = normal(answered.key());
        String stem = normal(asked.prompt());
        return answered.prompt().matches("^Whos?e? .*") && !key.isBlank() && key.split(" ").length < 6 && WholeWord.in(stem, key)
                && sharesRun(normal(answered.prompt().replaceFirst("^\\S+\\s+\\S+\\s+", "")), stem, 5);
    }

    /**
     * Whether {@code gap}, a sentence printed with a gap, gives {@code other} away: it rests on the sentence a denial question
     * asks about, or prints four words in a row of one of its choices ("… by road, according to a letter the board sent …").
     */
    boolean gapGivesAway(Candidate gap, Candidate other) {
        if (!gap.prompt().contains("____") || gap == other) {
            return false;
        }
        if (shareSentence(gap, other) && other.focus().equals("denial") && !other.prompt().contains("____")) {
            return true;
        }
        String stem = normal(gap.prompt());
        return !other.writtenChoices() && choices(other).anyMatch(c -> c.split(" ").length >= 4 && sharesRun(c, stem, 4));
    }

    /** Whether {@code text} holds some {@code n} words of {@code words} in a row. */
    private static boolean sharesRun(String words, String text, int n) {
        String[] w = words.split(" ");
        for (int i = 0; i + n <= w.length; i++) {
            if (WholeWord.in(text, String.join(" ", java.util.Arrays.copyOfRange(w, i, i + n)))) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.regex.Pattern ARTICLE_GIVES = java.util.regex.Pattern.compile("^False\\. The article gives (.+?), not ");

    /** Whether the two questions rest on one sentence or two side by side. */
    static boolean nextTo(Candidate a, Candidate b) {
        return a.sentences().stream().anyMatch(x -> b.sentences().stream().anyMatch(y -> Math.abs(x - y) <= 1));
    }

    /** {@link #reveals} for a key that is a claim of four words or more, not a long name. */
    boolean revealsClaim(Candidate answered, Candidate asked) {
        return Phrasing.words(answered.key()) >= 4 && Facts.hasFiniteVerb(answered.key()) && reveals(answered, asked);
    }

    private static final java.util.regex.Pattern DESCRIBED = java.util.regex.Pattern.compile("^How does the article describe (.+)\\?$");

    private java.util.stream.Stream<String> choices(Candidate c) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(c.key()), c.distractors().stream()).map(this::normal);
    }

    static boolean shareSentence(Candidate a, Candidate b) {
        return a.sentences().stream().anyMatch(b.sentences()::contains);
    }

    private String spaced(String text) {
        return normal(text.replace('-', ' '));
    }

    private String normal(String text) {
        return normal.computeIfAbsent(text, Phrasing::key);
    }
}
