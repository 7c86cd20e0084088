package newsquiz.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsquiz.analysis.Figure;
import newsquiz.analysis.Stance;
import newsquiz.quiz.Difficulty;
import newsquiz.quiz.QuestionType;
import newsquiz.quiz.Skill;

/**
 * Figures and what they count, as a gap in the article's own sentence. Wrong answers are figures
 * of the same sort and unit (staff for staff, hectares for hectares), from elsewhere in the
 * article or made from the key, and never break the sentence's own arithmetic.
 */
final class NumberQuestions implements QuestionFamily {
    private static final java.util.regex.Pattern CLOSING_SINGLE = java.util.regex.Pattern.compile("\u2019(?!\\p{L})");
    private static final java.util.regex.Pattern PLURAL_POSSESSIVE = java.util.regex.Pattern.compile("\\p{L}s\u2019(?=\\s+\\p{Ll})");

    @Override
    public List<Candidate> propose(Facts facts) {
        List<Candidate> out = new ArrayList<>();
        List<Figure> figures = facts.analysis.figures();
        int latestYear = Numbers.latestYear(facts.analysis.article().text());
        Casing casing = facts.casing();
        List<Quantity> all = new ArrayList<>();
        for (Figure f : figures) {
            all.add(Quantity.read(facts.sentence(f.sentence()).text(), f));
        }
        for (int i = 0; i < figures.size(); i++) {
            Figure f = figures.get(i);
            Quantity q = all.get(i);
            String sentence = facts.sentence(f.sentence()).text();
            List<Quantity> sameSentence = inSentence(figures, all, f.sentence());
            if (q == null || !q.askable() || Numbers.linked(q, sentence, sameSentence) || converted(sentence, q) || !prose(sentence)
                    || dialled(sentence, q) || reference(sentence, q) || correction(facts, f.sentence())
                    || disputed(facts, f.sentence(), q)) {
                continue;
            }
            String shown = Quantity.digits(q.value());
            // "“Rents are fixed until 2033.”": a sentence that is all quotation says who said it only elsewhere; the question
            // names the speaker and shows the words without their marks (review54 FER q06, HAR q06).
            Matcher quoted = WHOLLY_QUOTED.matcher(Explain.withoutScriptLabel(sentence).strip());
            String speaker = quoted.matches() ? quotedSpeaker(facts, f.sentence()) : null;
            String snippet = gap(speaker != null ? quoted.group(1) : Explain.withoutScriptLabel(sentence), shown);
            if (snippet == null) {
                continue;
            }
            List<String> wrong = wrongValues(q, sentence, sameSentence, all, latestYear, facts.analysis.article().text());
            if (wrong.size() < 2) {
                continue;
            }
            boolean twoEnds = q.value().matches("(?is).*\\d.*\\b(?:to|and)\\b.*\\d.*");
            String what = switch (q.sort()) {
                case DATE -> "date";
                case YEAR -> twoEnds ? "years" : "year";
                case AGE -> "age";
                default -> twoEnds ? "figures" : "number";
            };
            int priority = f.counts().isBlank() ? 35 : 50;
            out.add(new Candidate("number", Skill.COMPREHENSION, QuestionType.SINGLE_CHOICE, Difficulty.EASY,
                    speaker != null ? Phrasing.capitalise(speaker) + " said: \u201c" + snippet + "\u201d Which " + what
                            + (what.endsWith("s") ? " fill" : " fills") + " the gap?"
                            : "Which " + what + (what.endsWith("s") ? " complete" : " completes") + " this sentence from the article? \u201c"
                                    + snippet + "\u201d", shown, wrong,
                    explanation(facts, casing, q, f, sentence), List.of(f.sentence()),
                    "number:" + f.sentence() + ":" + q.value().toLowerCase(Locale.ROOT), priority));
        }
        return out;
    }

    /** A sentence all in quotation marks, or the first of a quotation that goes on into the next sentence. */
    private static final Pattern WHOLLY_QUOTED = Pattern.compile("^[\"\u201c]([^\"\u201c\u201d]+?)(?:[.!?]?[\"\u201d]|[.!?])$");

    /** Who said a sentence that is all quotation, written as in a sentence, or null when the article does not say. */
    private static String quotedSpeaker(Facts facts, int sentence) {
        for (Statement s : facts.statements) {
            if (s.quotation() && s.sentences().contains(sentence) && !s.attribution().anonymous() && ClauseCheck.readableSource(s.speaker())) {
                return AttributionQuestions.speakerInSentence(s.speaker(), facts);
            }
        }
        return null;
    }

    /** Other figures of the article of the same sort and unit first, then values made from the key. */
    private static List<String> wrongValues(Quantity q, String sentence, List<Quantity> sameSentence, List<Quantity> all, int latestYear,
            String article) {
        List<String> wrong = new ArrayList<>();
        for (Quantity other : all) {
            if (other != null && wrong.size() < 3 && q.sameKindAs(other) && fits(q, other.value(), sentence, sameSentence, wrong)
                    && Numbers.sensible(q, other.value(), sentence, article)) {
                wrong.add(Quantity.digits(other.value()));
            }
        }
        // A forecast's year has wrong answers after it, which may lie beyond every year the article names.
        int yearCap = q.sort() == Quantity.Sort.YEAR && Numbers.stillToCome(q, sentence) ? Math.max(latestYear, (int) q.number() + 7) : latestYear;
        for (String v : Numbers.variants(q, q.sort() == Quantity.Sort.YEAR ? 7 : 6, yearCap)) {
            if (wrong.size() < 3 && fits(q, v, sentence, sameSentence, wrong) && Numbers.sensible(q, v, sentence, article)) {
                wrong.add(Quantity.digits(v));
            }
        }
        return wrong;
    }

    private static List<Quantity> inSentence(List<Figure> figures, List<Quantity> all, int sentence) {
        List<Quantity> out = new ArrayList<>();
        for (int i = 0; i < figures.size(); i++) {
            if (figures.get(i).sentence() == sentence && all.get(i) != null) {
                out.add(all.get(i));
            }
        }
        return out;
    }

    /** A wrong value that is new, not written in the sentence, and keeps the sentence's order of figures. */
    private static boolean fits(Quantity key, String value, String sentence, List<Quantity> sameSentence, List<String> chosen) {
        String shown = Quantity.digits(value);
        // ("its basic pack costs ____, not 34": a number the sentence gives in any form is ruled out by the question itself.)
        // (Outside the gap: "from October 2024" may have "March 2024" beside it; "Thursday 22 May, 6pm" has no 6 in it.)
        int gap = Math.max(0, Math.min(sentence.length(), key.start()));
        String around = sentence.substring(0, gap) + " " + sentence.substring(Math.min(sentence.length(), gap + key.value().length()));
        String number = Numbers.firstFigure(shown);
        boolean inSentence = number != null && Pattern.compile("(?<![\\d.,])" + Pattern.quote(number) + "(?![\\d\\p{L}]|[.,]\\d)")
                .matcher(around).find();
        return !value.equalsIgnoreCase(key.value()) && Quantity.find(sentence, value) < 0 && !inSentence
                && chosen.stream().noneMatch(w -> w.equalsIgnoreCase(shown))
                && Numbers.keepsOrder(key, Numbers.firstNumber(value), sameSentence)
                && Numbers.believableChange(key, Numbers.firstNumber(value), sentence);
    }

    /**
     * The whole sentence, and the figure's source only when the sentence attributes that very
     * figure to someone: "the figure comes from" a speaker who denied it, or from the subject of
     * the sentence, would teach the wrong reading.
     */
    static String explanation(Facts facts, Casing casing, Quantity q, Figure f, String sentence) {
        String quoted = "The article says: \u201c" + Explain.insideQuotes(Phrasing.clean(Explain.withoutScriptLabel(sentence)).replaceAll("[.]$", ""))
                + "\u201d.";
        if (q.sort() == Quantity.Sort.YEAR || q.sort() == Quantity.Sort.DATE) {
            // When something happened is background the article gives, not a figure anyone vouches for.
            return quoted;
        }
        for (Statement s : facts.statements) {
            Stance stance = s.attribution().stance();
            if (s.sentences().contains(f.sentence()) && s.attribution().content().contains(f.value())
                    && stance != Stance.DENY && stance != Stance.RETRACT && !s.speaker().contains(f.value())
                    && ClauseCheck.readableSource(s.speaker()) && !toldByAnother(sentence, f.value(), s.speaker())
                    && !describesTheSubject(s.attribution().content(), f.value())
                    && !givenBeforeByAnother(facts, f, s.speaker())) {
                return quoted + " The figure comes from " + casing.source(AttributionQuestions.speakerInSentence(s.speaker(), facts)) + ".";
            }
        }
        return quoted;
    }

    /**
     * "The council said the lawns cost it 16,800 crowns a year. … The club says it cannot find 16,800 crowns a year": the
     * figure is the council's, the club only speaks of it (review86 ashcott q03).
     */
    private static boolean givenBeforeByAnother(Facts facts, Figure f, String speaker) {
        return facts.statements.stream().anyMatch(o -> o.sentence() < f.sentence() && !facts.mayBeSame(o.speaker(), speaker)
                && o.attribution().content().contains(f.value()));
    }

    /**
     * "The 6,750 teu container ship Corvina Star lost 61 containers, her manager confirmed": a figure before the claim's
     * first verb describes what the claim is about; the article gives it, the manager vouches for the 61.
     */
    private static boolean describesTheSubject(String content, String figure) {
        int at = content.indexOf(figure);
        java.util.regex.Matcher verb = Facts.FINITE.matcher(content);
        return at >= 0 && verb.find() && at < verb.start();
    }

    private static final java.util.regex.Pattern WHO_SAID = java.util.regex.Pattern.compile(
            ",\\s+who\\s+(?:had\\s+|has\\s+)?(?:said|says|told|claimed|estimated|argued|insisted|added|wrote|warned)\\b");

    /**
     * "It quoted Councillor Tom Bracewell, who said the council had received “more than 3,000 complaints”": a figure
     * after "X, who said" is X's, not the speaker's of the whole sentence, unless X is that speaker.
     */
    private static boolean toldByAnother(String sentence, String figure, String speaker) {
        int at = sentence.indexOf(figure);
        java.util.regex.Matcher m = WHO_SAID.matcher(at < 0 ? "" : sentence.substring(0, at));
        int last = -1;
        while (m.find()) {
            last = m.start();
        }
        if (last < 0) {
            return false;
        }
        String[] words = speaker.toLowerCase(java.util.Locale.ROOT).split("\\s+");
        String before = sentence.substring(Math.max(0, last - 60), last).toLowerCase(java.util.Locale.ROOT);
        return !WholeWord.in(before, words[words.length - 1]);
    }

    /**
     * "That is incorrect: the site is outside the Green Belt, whose boundary is 1.2 kilometres …": a gap in the article's
     * correction of a claim prints which claim it called false, the better question (review24 THI q10).
     */
    private static boolean correction(Facts facts, int sentence) {
        return facts.analysis.labels().stream().anyMatch(l -> l.labelSentence() == sentence && l.claimSentence() != sentence);
    }

    private static final java.util.regex.Pattern VERDICT = java.util.regex.Pattern.compile("(?i)\\b(?:wrong|not true|untrue|false|"
            + "incorrect|not correct|nonsense|never happened|made up)\\b");
    private static final java.util.regex.Pattern FIGURE_WORDS = java.util.regex.Pattern.compile("(?i)\\b(?:figures?|numbers?|estimates?|"
            + "sums?|totals?)\\b");

    /**
     * "… said that 11 bathers were taken to hospital. That is not true", "The paper reported that the unit cost £1.2 million
     * more. “Those figures are wrong,” a spokesman said": a figure the article or a later speaker calls wrong is no fact
     * to learn by heart (review26).
     */
    private static boolean disputed(Facts facts, int sentence, Quantity q) {
        if (facts.analysis.labels().stream().anyMatch(l -> l.claimSentence() == sentence && l.claim().contains(q.value()))) {
            return true;
        }
        for (var claim : facts.analysis.attributions()) {
            if (claim.sentence() != sentence || claim.stance() == newsquiz.analysis.Stance.DENY || !claim.content().contains(q.value())) {
                continue;
            }
            for (var denial : facts.analysis.attributions()) {
                // The very next words, and about figures or a bare verdict on what was just said: not any denial nearby.
                if (denial.stance() == newsquiz.analysis.Stance.DENY && denial.sentence() >= sentence && denial.sentence() <= sentence + 1
                        && !denial.source().equals(claim.source()) && (FIGURE_WORDS.matcher(denial.content()).find()
                        || Phrasing.words(denial.content()) <= 8 && VERDICT.matcher(denial.content()).find())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "should dial 999", "call 111": a phone number is no quantity, and a wrong one is no test. */
    private static boolean dialled(String sentence, Quantity q) {
        return sentence.substring(0, q.start()).matches("(?is).*\\b(?:dial|dialling|dialing|ring|call|phone|text)\\s+$")
                && q.value().matches("\\d{3,}");
    }

    /** "minute 26/041", "case 14/2031": part of a reference, which counts nothing (review23 HOL q04). */
    private static boolean reference(String sentence, Quantity q) {
        int end = q.start() + q.value().length();
        return q.start() > 0 && sentence.charAt(q.start() - 1) == '/' || end < sentence.length() && sentence.charAt(end) == '/';
    }

    /** "CLIP (Cllr Ada Hartsoe, council leader, full council, 20 January): …": a transcript's label, not the article's prose. */
    /** "REPORTER: …", "PRESENTER: …": a bulletin script's own voice, not a guest's words. */
    private static final java.util.regex.Pattern NEWSROOM_LABEL = java.util.regex.Pattern.compile(
            "^(?:PRESENTER|REPORTER|NEWSREADER|NARRATOR|CORRESPONDENT):\\s.*");
    private static final java.util.regex.Pattern SPEAKER_LABEL = java.util.regex.Pattern.compile("^\\p{Lu}{2,}[\\p{Lu} ]*(?:\\([^)]*\\))?:\\s.*");

    /** A sentence of the story, not a dateline ("Oct. 9, 2025 | Updated 7:40 p.m."), an editor's note or a transcript's label. */
    private static boolean prose(String sentence) {
        return Phrasing.words(sentence) >= 5 && !sentence.contains("|") && ClauseCheck.hasMainVerb(sentence)
                && (!SPEAKER_LABEL.matcher(sentence).matches() || NEWSROOM_LABEL.matcher(sentence).matches())
                && !sentence.matches("(?i)^this (?:article|story|report) (?:was|has been) (?:amended|updated|corrected)\\b.*");
    }

    /** "60m (204 feet)", "500 meters (about 1640 feet)": the bracket restates the figure, so a wrong value contradicts it. */
    private static boolean converted(String sentence, Quantity q) {
        String before = sentence.substring(0, q.start());
        String after = sentence.substring(q.start() + q.value().length());
        return after.matches("(?s)^\\s*(?:\\p{L}+\\s*)?\\((?:about |around |roughly )?\\D{0,5}\\d.*")
                || before.matches("(?s).*\\d\\S*(?:\\s+\\p{L}+)?\\s*\\((?:about |around |roughly )?\\D{0,5}$");
    }

    /** About twenty words of the sentence with the figure replaced by a gap; null if the figure is not there once. */
    static String gap(String sentence, String value) {
        String text = singleQuotes(Phrasing.clean(sentence).replaceAll("[.]$", ""));
        int at = Quantity.find(text, value);
        if (at < 0 || Quantity.find(text.substring(at + value.length()), value) >= 0) {
            return null;
        }
        String before = text.substring(0, at).strip();
        String after = text.substring(at + value.length()).strip();
        String[] b = before.isEmpty() ? new String[0] : before.split(" ");
        String[] a = after.isEmpty() ? new String[0] : after.split(" ");
        int plainFrom = Math.max(0, b.length - 10);
        int from = clauseStart(b, plainFrom);
        for (int moved = 0; moved < 4 && from > 0 && continuesGroup(b[from - 1], b[from]); moved++) {
            from--;
        }
        if (from > 0 && b[from - 1].matches("for|on|in|at|with|from|by|to|over|about")) {
            // "… the building had more than doubled" lost "the gas and electricity bill for": a window opening on a
            // preposition's object starts, when it is a few words away, where its clause does (review87 yarborne q03).
            for (int k = from - 2; k >= Math.max(0, from - 8); k--) {
                if (b[k].matches("that|while|because")) {
                    from = k + 1;
                    break;
                }
            }
        }
        for (int k = from - 1; k >= Math.max(1, from - 2); k--) {
            if (b[k].equals("of")) {
                // "… oysters in the region to rise by ____" lost "the price of native": what rises is the noun before "of".
                from = k >= 2 && b[k - 2].matches("(?i)the|a|an") ? k - 2 : k - 1;
                break;
            }
        }
        int plainTo = Math.min(a.length, 10);
        int to = clauseEnd(a, plainTo);
        if (pointsBackOnlyWider(b, from, plainFrom, a, to, plainTo)) {
            // "He owns four restaurants …, employs ____ people": a clause's edge is no gain when it brings in a "he" or an
            // "it" from another sentence.
            from = Math.max(from, plainFrom);
            to = Math.min(to, plainTo);
        }
        // A quotation the window cuts into is shown from its own opening mark, or to its own closing one, when that is a
        // few words away: a mark added at the cut would put the speaker's words somewhere else (review10 call 7).
        while (from > 0 && from > b.length - 18 && singleMarks(b, from, a, to) < 0) {
            from--;
        }
        while (to < a.length && to < 18 && singleMarks(b, from, a, to) > 0) {
            to++;
        }
        from = withNegation(b, from);
        if (from > 0 && ClauseCheck.personalPointsBack(outsideQuotes(window(b, from, a, to)))) {
            // "… close it for ____ months": the window shows the sentence from its start, so that what "it" is can be seen.
            from = 0;
        }
        int reported = afterPronounSaid(b);
        if (from < reported && ClauseCheck.personalPointsBack(outsideQuotes(window(b, from, a, to)))
                && !ClauseCheck.personalPointsBack(outsideQuotes(window(b, reported, a, to)))) {
            // "She said Vellora was holding ____ finished gowns …": who "she" is lies in another sentence, but what she said
            // stands on its own once the window starts after her.
            from = reported;
        }
        if (ClauseCheck.personalPointsBack(outsideQuotes(window(b, from, a, to)))) {
            // "It now has ____ signatures": what "it" is lies in another sentence, which the question does not show.
            return null;
        }
        String left = (from > 0 ? "\u2026 " : "") + String.join(" ", java.util.Arrays.copyOfRange(b, from, b.length));
        String right = to < a.length ? String.join(" ", java.util.Arrays.copyOfRange(a, 0, to)).replaceAll("[,;:]$", "") + " \u2026"
                : String.join(" ", a);
        // "____-ounce", "in ____.": no space where the article had none.
        boolean gluedAfter = text.length() > at + value.length() && !Character.isWhitespace(text.charAt(at + value.length()));
        boolean gluedBefore = at > 0 && !Character.isWhitespace(text.charAt(at - 1));
        String joined = (left + (gluedBefore ? "" : " ") + "____" + (gluedAfter ? "" : " ") + right).strip().replaceAll("[ \\t]+", " ");
        String shown = balanceSingle(joined);
        return shown + (to >= a.length && shown.matches("(?s).*[\\p{L}\\p{N}_]$") ? "." : "");
    }

    /** Words a window must not end on: "… and to put back the …" leaves the reader to guess what comes next (review58). */
    private static final Pattern OPEN_ENDED = Pattern.compile("(?i)the|a|an|and|or|but|of|in|on|at|to|for|by|with|from|into|"
            + "than|that|which|who|its|their|his|her|our|late|early|said|says|because|after|before|until|while|as|is|was|were|are|be|been|"
            + "will|would|could|can|may|able|going|due|about|around|more|less|over|some|any|every|all|each|no|not|very|so|too");

    /**
     * Where a window cut about {@code to} words into what follows the gap should end: the whole rest when little is left,
     * else at a comma or semicolon near the cut, else not on a word that leaves the phrase open ("wanted the lane …").
     */
    private static int clauseEnd(String[] after, int to) {
        if (after.length - to <= 4) {
            return after.length;
        }
        for (int k = to; k <= Math.min(after.length - 1, to + 4); k++) {
            if (after[k - 1].matches(".*[,;:]")) {
                return k;
            }
        }
        for (int k = to - 1; k >= 4; k--) {
            if (after[k - 1].matches(".*[,;:]") || after[k].matches("and|but|while|whereas")) {
                return k;
            }
        }
        int end = to;
        while (end > 4 && OPEN_ENDED.matcher(after[end - 1]).matches()) {
            end--;
        }
        return end;
    }

    /**
     * Where a window about {@code from} words before the gap should start: the sentence's own start when near, else a comma,
     * else the sentence's start when that costs a few words more than a cut inside a clause ("… work and bought ski
     * clothing that could cost up to ____", "… out of hand, saying …" read as garbled, review64).
     */
    private static int clauseStart(String[] before, int from) {
        if (from <= 4) {
            return 0;
        }
        for (int k = from; k >= Math.max(1, from - 4); k--) {
            if (before[k - 1].matches(".*[,;:]")) {
                return k;
            }
        }
        // (Not when the sentence opens with "She …": who she is lies in another sentence.)
        return before.length <= 18 && !before[0].matches("He|She|It|They|We|I|His|Her|Its|Their|Our|My") ? 0 : from;
    }

    private static final Pattern SAYING = Pattern.compile(
            "said|says|added|explained|insisted|argued|estimated|believes|thinks|expects|expected");

    /** The word after "She said (that)" opening the sentence, or 0. */
    private static int afterPronounSaid(String[] before) {
        if (before.length < 4 || !before[0].matches("He|She|It|They") || !SAYING.matcher(before[1]).matches()) {
            return 0;
        }
        return before[2].equals("that") ? 3 : 2;
    }

    /**
     * A window that would start inside a clause after its "never" or "not" starts where the clause does: "… a clay pit
     * under the estate" without "There was never" shows a speaker asserting what he denied (review23 FOX q04).
     */
    private static int withNegation(String[] before, int from) {
        int clause = from;
        while (clause > 0 && from - clause < 8 && !before[clause - 1].matches(".*[,;:.]$")
                && !before[clause].matches("^[\u201c\"'\u2018].*")) {
            clause--;
        }
        for (int i = clause; i < from; i++) {
            if (ClauseCheck.negated(before[i])) {
                return clause;
            }
        }
        return from;
    }

    /**
     * Whether a window may not start at {@code word} after {@code previous}: "… Nutrition, raised" hides the company's
     * first name, "… cent of jigsaw sales" the figure, "… of Ms Hollis-Pryce claim" the "Allies" who claim (review19),
     * "… crowns on Wednesday" the 214 (review21).
     */
    static boolean continuesGroup(String previous, String word) {
        if (previous.matches(".*[.!?;:]$") || previous.matches(".*[\u201d\"]$")) {
            return false;
        }
        boolean name = Character.isUpperCase(word.charAt(0)) && Character.isUpperCase(previous.charAt(0)) && !previous.endsWith(",");
        // "… crowns on Wednesday, closed at 190.4 crowns" hides the 214 the crowns counted (review21): no window starts
        // just after a figure, whatever its unit.
        boolean number = word.matches("(?i)(?:per|cent|percent|per-cent|million|billion|thousand|bn|m|pence|p)\\b.*|\\d.*")
                && previous.matches("(?i).*\\d.*|per|" + MONTH_WORD) || previous.matches("\\p{Sc}?\\d(?:[\\d.,]*\\d)?");
        boolean ofWhat = word.equals("of");
        return name || number || ofWhat;
    }

    /** A month as a dateline writes it too: "Aug 14", with no full stop (unlike the dates {@link Numbers} reads). */
    private static final String MONTH_WORD = "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?"
            + "|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";

    /** The words shown, with a figure where the gap is: what a reader reads the pronouns against. */
    private static boolean pointsBackOnlyWider(String[] b, int from, int plainFrom, String[] a, int to, int plainTo) {
        return ClauseCheck.personalPointsBack(outsideQuotes(window(b, from, a, to)))
                && !ClauseCheck.personalPointsBack(outsideQuotes(window(b, Math.max(from, plainFrom), a, Math.min(to, plainTo))));
    }

    private static String window(String[] before, int from, String[] after, int to) {
        return String.join(" ", java.util.Arrays.copyOfRange(before, from, before.length)) + " 0 "
                + String.join(" ", java.util.Arrays.copyOfRange(after, 0, to));
    }

    private static final Pattern QUOTED = Pattern.compile("[\u2018\u201c\"][^\u2019\u201d\"]*[\u2019\u201d\"]");

    /** A speaker's own words may say "it": a quotation cannot be reworded, and a reader takes it as theirs. */
    private static String outsideQuotes(String text) {
        return QUOTED.matcher(text).replaceAll("\u201c\u201d");
    }

    /**
     * Opening minus closing single marks in the words shown, {@code before} from {@code from} and {@code after} up to
     * {@code to}: below 0, a quotation opened before the window; above 0, one closes after it.
     */
    private static long singleMarks(String[] before, int from, String[] after, int to) {
        String text = String.join(" ", java.util.Arrays.copyOfRange(before, from, before.length)) + " "
                + String.join(" ", java.util.Arrays.copyOfRange(after, 0, to));
        long open = text.chars().filter(c -> c == '\u2018').count();
        long close = CLOSING_SINGLE.matcher(text).results().count() - PLURAL_POSSESSIVE.matcher(text).results().count();
        return open - close;
    }

    /** Closes or opens a single quotation mark left unmatched by the cut; an apostrophe inside a word ("don’t") is no quote. */
    private static String balanceSingle(String text) {
        long open = text.chars().filter(c -> c == '\u2018').count();
        long close = CLOSING_SINGLE.matcher(text).results().count();
        if (open > close) {
            return text + "\u2019";
        }
        // "Skerrow Seafarms’ pay report": a plural's apostrophe before the noun it owns closes nothing.
        if (close > open && close - PLURAL_POSSESSIVE.matcher(text).results().count() > open) {
            return text.startsWith("\u2026 ") ? "\u2026 \u2018" + text.substring(2) : "\u2018" + text;
        }
        return text;
    }

    /** Quotation marks inside the quoted sentence become single ones. */
    private static String singleQuotes(String text) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u201c') {
                b.append('\u2018');
            } else if (c == '\u201d') {
                b.append('\u2019');
            } else if (c == '"') {
                // A straight quote opens after a space or at the start, and closes after a word or a stop: a quote that
                // began in an earlier sentence ends here, it does not open.
                boolean opens = i == 0 || Character.isWhitespace(text.charAt(i - 1)) || "([\u2014\u2013".indexOf(text.charAt(i - 1)) >= 0;
                b.append(opens ? '\u2018' : '\u2019');
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
