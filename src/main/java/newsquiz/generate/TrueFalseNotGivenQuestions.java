package newsquiz.generate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsquiz.analysis.Figure;
import newsquiz.analysis.SourceType;
import newsquiz.analysis.Stance;
import newsquiz.quiz.Difficulty;
import newsquiz.quiz.QuestionType;
import newsquiz.quiz.Skill;

/**
 * True, false or not given. True statements restate a claim; false ones change a figure the
 * article gives; "not given" ones state as fact what a source declined to comment on. Every
 * statement is a whole sentence that makes sense without the article open.
 */
final class TrueFalseNotGivenQuestions implements QuestionFamily {
    /** The stem every true-or-false question opens with, the statement after it. */
    static final String PROMPT = "Is the following statement true, false, or not given in the article? ";
    static final String TRUE = "True";
    static final String FALSE = "False";
    static final String NOT_GIVEN = "Not given";
    private static final Pattern WHETHER = Pattern.compile("(?i)\\bdeclined to (?:comment|say|confirm)\\s+(?:on\\s+)?whether\\s+(.+)$");
    /** The pronoun the article used for the speaker as the claim's subject or owner: "it had removed", "its systems". */
    private static final Pattern PRONOUN_START = Pattern.compile("(?i)^(he|she|it|they|his|her|its|their)\\s");

    private static final java.util.regex.Pattern VAGUE_SPEAKER = java.util.regex.Pattern.compile(
            "(?i)^(?:others?|some|several|many|most|both|all|another|one|the others|some others)$");

    @Override
    public List<Candidate> propose(Facts facts) {
        List<Candidate> out = new ArrayList<>();
        Casing casing = facts.casing();
        int latestYear = Numbers.latestYear(facts.analysis.article().text());
        unansweredWhether(facts, out);
        for (Statement s : facts.statements) {
            Matcher m = WHETHER.matcher(s.attribution().content());
            if (m.find()) {
                notGiven(s, m.group(1), out);
                continue;
            }
            if (s.attribution().stance() != Stance.ASSERT || s.quotation() || !facts.isStandalone(s)
                    || s.attribution().cue().startsWith("(") || Phrasing.words(s.claim()) > 22) {
                continue;
            }
            if (VAGUE_SPEAKER.matcher(s.speaker()).matches()) {
                // "According to others, the row should not bury the findings": "others" means something only beside the
                // sentence before it.
                continue;
            }
            if (disowned(facts, s)) {
                // "told the Kelvash Times that Rendle had returned early, according to a translation … Mr Targe said the
                // translation had got him wrong": "According to Targe, …" is no longer simply true.
                continue;
            }
            if (correctedByTheArticle(facts, s)) {
                // "Posts claimed the fair was cancelled. It has not: …": "According to the posts, …" is true only as a report
                // of a report the article says is wrong, and its negation reads as the truth (review42 MER q12).
                continue;
            }
            if (rejectedSoonAfter(facts, s)) {
                // "A report in the Evening Star said two packs had burst into flames. The report was wrong, said …": "According
                // to the Evening Star, …" is true as a report of a report, but a reader who answers "False" has a case.
                continue;
            }
            String claim = wholeClaim(s, ownPronouns(facts, s));
            if (claim == null || !ClauseCheck.readableSource(s.speaker())
                    || ClauseCheck.strayPersonal(ownPronouns(facts, s) ? s.speaker() + " said " + claim : claim, people(facts))) {
                continue;
            }
            if (!changedFigure(facts, casing, s, claim, latestYear, out)) {
                String explanation = "True. The article says: " + Explain.quote(s.evidence());
                String statement = statement(facts, casing, s, claim);
                if (statement != null) {
                    out.add(candidate(statement, TRUE, explanation, s.sentences(), "claim:" + s.index(), 40));
                    negatedStatement(facts, casing, s, claim, out);
                }
            }
        }
        return out;
    }

    /**
     * The claim as a sentence of its own, or null: the halves around a cut-out "he says" joined,
     * a second "and that …" dropped, and nothing cut mid-list, fragmentary or pointing back. The
     * speaker's own "his" or "her" ({@code ownPronouns}) reads as theirs after "According to …".
     */
    static String wholeClaim(Statement s, boolean ownPronouns) {
        String c = Phrasing.clean(s.claim());
        if (c.startsWith("\u2026") || c.endsWith("\u2026")) {
            return null;
        }
        // "Last year, he says, the tin raised …" was stored as "last year … the tin raised …".
        c = c.replaceAll("\\s*\u2026\\s*", " ");
        c = c.replaceFirst(",?\\s+and that\\s.*$", "");
        // "…, and believed the track was to blame": the speaker's second verb, not the claim's.
        c = c.replaceFirst(",\\s+and\\s+(?:\\p{Ll}+ed|said|says|told|added|thinks|believes)\\b.*$", "");
        // "because, it says, the ministry counts …": a tag inside the claim goes with its commas.
        c = c.replaceAll(",\\s+(?:he|she|it|they)\\s+(?:says|said|adds|added|argues|argued|claims|claimed|believes|insists),", "");
        c = c.replaceFirst("(?i)^(?:however|meanwhile|moreover|also|still|instead|nevertheless|but),\\s*", "");
        // "…, writes “NK News”": the outlet that relayed it, not part of what was said.
        c = c.replaceFirst(",\\s+(?:writes|wrote|reports|reported|says|said|according to)\\s+[^,]{1,60}$", "");
        if (cutMidList(c, s.attribution().content()) || cutMidList(c, String.join(" ", s.evidence())) || !ClauseCheck.isFullSentence(c)
                || ClauseCheck.pointsBack(c, ownPronouns ? s.speaker() : "")
                || ClauseCheck.firstPerson(c) || ClauseCheck.missingObject(c)) {
            return null;
        }
        return c;
    }

    private static boolean person(Facts facts, Statement s) {
        return facts.isPerson(s.speaker());
    }

    /**
     * Whether every he, his, she or her in the claim can be the speaker: the article calls the
     * speaker "he" or "she" elsewhere, and the claim uses only that one. "State auditors had never
     * set foot in his pharmacy", said by a woman, is about someone else.
     */
    static boolean ownPronouns(Facts facts, Statement s) {
        if (!person(facts, s)) {
            return false;
        }
        String gender = "";
        for (Statement other : facts.statements) {
            String mention = other.attribution().mention() == null ? "" : other.attribution().mention().strip().toLowerCase(Locale.ROOT);
            if (other.speaker().equals(s.speaker()) && mention.matches("he|she")) {
                gender = mention;
            }
        }
        String claim = " " + s.claim().toLowerCase(Locale.ROOT) + " ";
        boolean male = claim.matches("(?s).*\\b(he|him|his|himself)\\b.*");
        boolean female = claim.matches("(?s).*\\b(she|her|hers|herself)\\b.*");
        return gender.equals("he") && !female || gender.equals("she") && !male;
    }

    /** The names of the people who speak in the article. */
    static List<String> people(Facts facts) {
        return facts.speakers.values().stream().filter(i -> i.type() == SourceType.PERSON).map(Facts.SpeakerInfo::name).toList();
    }

    /**
     * A claim cut short of what the article says: a list before its last item ("did not match the
     * templates, carried a reference number" of "…, carried … and bore …"), or a noun before the
     * clause that says which one ("closely related to the strain" of "… the strain that sickened
     * three of the six patients").
     */
    static boolean cutMidList(String claim, String source) {
        String[] words = Phrasing.key(claim).split(" ");
        if (words.length < 3) {
            return false;
        }
        String tail = String.join(" ", java.util.Arrays.copyOfRange(words, words.length - 3, words.length));
        String whole = Phrasing.key(source);
        int at = whole.indexOf(tail);
        String rest = at < 0 ? "" : whole.substring(at + tail.length()).strip();
        return claim.contains(",") && rest.matches("^(and|or)\\b.*") || rest.matches("^(that|which|who|whose|where)\\b.*");
    }

    private static boolean correctedByTheArticle(Facts facts, Statement s) {
        return facts.analysis.labels().stream().anyMatch(l -> l.claimSentence() == s.sentence() && LabelledFalseQuestions.ownVerdict(facts, l));
    }

    /** Whether someone else, within the next three sentences, rejects what was said as "the report", "that claim", "the post". */
    private static boolean rejectedSoonAfter(Facts facts, Statement s) {
        return facts.statements.stream().anyMatch(o -> o.attribution().stance() == Stance.DENY && o.sentence() > s.sentence()
                && o.sentence() <= s.sentence() + 3 && !facts.mayBeSame(o.speaker(), s.speaker())
                && POINTED_AT.matcher(Phrasing.clean(o.attribution().content())).find());
    }

    private static final Pattern POINTED_AT = Pattern.compile("(?i)^\\W*(?:the|that|this|these|those|its|their)\\s+(?:[\\p{L}-]+\\s+)?"
            + "(?:reports?|claims?|posts?|stor(?:y|ies)|suggestions?|accounts?|allegations?|rumou?rs?|figures?|results?)\\b");

    /** Whether the speaker, within the next three sentences, says the report of their words got them wrong. */
    private static boolean disowned(Facts facts, Statement s) {
        return facts.statements.stream().anyMatch(o -> o.attribution().stance() == Stance.DENY && o.sentence() > s.sentence()
                && o.sentence() <= s.sentence() + 3 && facts.mayBeSame(o.speaker(), s.speaker())
                && OWN_WORDS_DISOWNED.matcher(o.attribution().content()).find());
    }

    private static final Pattern OWN_WORDS_DISOWNED = Pattern.compile("(?i)\\b(?:translat\\w*|misquot\\w*|misreport\\w*|"
            + "got (?:him|her|them|me|us|it) wrong|out of context|not what (?:I|he|she|we|they) said|(?:I|he|she|we|they) said .{1,60}, not that)");

    /**
     * "According to the team, fine-particle levels fell …": the claim lower-cased unless it opens
     * with a name; "According to FreshWay, it had removed …" rather than repeating the name.
     */
    static String statement(Facts facts, Casing casing, Statement s, String claim) {
        String speaker = casing.source(AttributionQuestions.speakerInSentence(s.speaker(), facts));
        String body = claim;
        String named = bareName(s.speaker());
        String lower = claim.toLowerCase(Locale.ROOT);
        Matcher pronoun = PRONOUN_START.matcher(Phrasing.unquote(Phrasing.clean(s.attribution().content())));
        if (lower.startsWith(named + ",")) {
            // "According to Mardock Chess Club, Mardock Chess Club, the oldest in the city, will play …": the name and its aside
            // repeat the source, and no pronoun can take their place (review85 mardock q01).
            return null;
        }
        // ("Wickstone Couriers' last vehicle purchase": a name ending in "s" takes the apostrophe alone.)
        int at = lower.startsWith(named + " ") || lower.matches(Pattern.quote(named) + "['\u2019]s?\\s.*") ? named.length()
                : lower.startsWith("the " + named) ? named.length() + 4 : -1;
        if (at > 0) {
            // Without the article's own pronoun the statement could only repeat the name after "According to".
            if (!pronoun.find() || !pronounIsSpeaker(facts, s)) {
                return null;
            }
            // "According to FreshWay, it had removed …", not "According to FreshWay, FreshWay had removed …".
            body = pronoun.group(1).toLowerCase(Locale.ROOT) + claim.substring(at).replaceFirst("^['\u2019]s?(?=\\s)", "");
        }
        if (body.matches("(?i)^its\\s.*") && Facts.PLURAL_BODY.matcher(s.speaker()).matches()) {
            // "According to the trustees, its gas bill …": whose bill, the statement cannot say (review83 riccall q03).
            return null;
        }
        body = casing.lowerFirst(body);
        return "According to " + speaker + ", " + endSentence(body);
    }

    /**
     * Whether the pronoun that opens what was said can only mean the speaker: not in "told him he
     * would be useless", nor after another person's name ("wrote to Lindqvist-Mbeki … and he has
     * not yet replied").
     */
    static boolean pronounIsSpeaker(Facts facts, Statement s) {
        String evidence = String.join(" ", s.evidence());
        String content = Phrasing.clean(s.attribution().content());
        int at = evidence.indexOf(content.length() > 20 ? content.substring(0, 20) : content);
        String before = at < 0 ? evidence : evidence.substring(0, at);
        if (before.matches("(?is).*\\b(him|her|them)\\b.*")) {
            return false;
        }
        Set<String> own = new HashSet<>(List.of(s.speaker().split("[\\s-]+")));
        for (Facts.SpeakerInfo other : facts.speakers.values()) {
            if (other.type() != SourceType.PERSON || other.name().equals(s.speaker())) {
                continue;
            }
            for (String w : other.name().split("[\\s-]+")) {
                if (w.length() > 2 && Character.isUpperCase(w.charAt(0)) && !own.contains(w) && WholeWord.in(before, w)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static String bareName(String speaker) {
        return speaker.toLowerCase(Locale.ROOT).replaceFirst("^the\\s+", "");
    }

    /** One full stop at the end, none after a closing quote that already ends the sentence. */
    static String endSentence(String text) {
        // "…since January,”" → "…since January”.": a quote's own comma does not end a sentence.
        String t = text.strip().replaceAll("[,;:]+$", "").replaceAll("[,;:]+([\u201d\u2019\"']+)$", "$1");
        if (t.matches("(?s).*[.!?][\u201d\u2019\"']*$")) {
            return t;
        }
        return t + ".";
    }

    /**
     * The claim with "not" after its one auxiliary ("the pool will not reopen in March"), as a false statement beside the
     * true one, so that the blueprint can keep true and false answers in balance (review29: 9 of 10 keys "True"). Only
     * where the "not" can only turn the claim into its opposite: no other negation, no quantifier or modal whose scope
     * a "not" would blur ("all … were not"), no second clause.
     */
    private static void negatedStatement(Facts facts, Casing casing, Statement s, String claim, List<Candidate> out) {
        String negated = negated(claim);
        String statement = negated == null ? null : statement(facts, casing, s, negated);
        if (statement != null) {
            String explanation = "False. " + Phrasing.capitalise(casing.source(AttributionQuestions.speakerInSentence(s.speaker(), facts)))
                    + " said the opposite: " + Explain.quote(s.evidence());
            out.add(candidate(statement, FALSE, explanation, s.sentences(), "claim:" + s.index(), 39));
        }
    }

    private static final Pattern AUXILIARY = Pattern.compile("(?i)\\b(?:is|are|was|were|will)\\s+(?!not\\b|never\\b|no\\b|to\\b)(?=\\p{L})"
            + "|\\b(?:has|have|had)\\s+(?=been\\b|\\p{Ll}+(?:ed|en|wn)\\b|(?:made|paid|sold|told|said|left|found|kept|held|built|bought|"
            + "brought|lost|met|sent|spent|set|put|cut|run|won|done|gone|seen|shut|let|read)\\b)");
    private static final Pattern BLURRED_BY_NOT = Pattern.compile("(?i)\\b(?:not|never|no|none|nothing|nobody|neither|nor|n't|all|every\\w*|"
            + "each|both|some\\w*|many|most|few|several|any\\w*|only|just|always|often|usually|also|even|still|already|more|less|"
            + "fewer|least|nearly|almost|about|around|until|unless|if|because|may|might|could|would|should|must|can|"
            + "likely|unlikely|probably|possibly|perhaps|expected|thought|believed|said|says|told|and|but|or|than)\\b|[,;:\u201c\u201d\"]");

    /** The claim with "not" after its auxiliary, or null where that would not simply make it false. */
    static String negated(String claim) {
        if (BLURRED_BY_NOT.matcher(claim).find() || Phrasing.words(claim) < 5 || Phrasing.words(claim) > 20) {
            return null;
        }
        Matcher aux = AUXILIARY.matcher(claim);
        if (!aux.find()) {
            return null;
        }
        int end = aux.end();
        if (aux.find()) {
            // Two auxiliaries, two clauses: which one "not" belongs to is a guess.
            return null;
        }
        String head = claim.substring(0, end).stripTrailing();
        // "the hall, which is …": the auxiliary must be the main clause's, with only its subject before it.
        if (ClauseCheck.negated(head) || head.matches("(?is).*\\b(?:that|which|who|whom|whose|where|when|while|as)\\b.*")) {
            return null;
        }
        return head + " not " + claim.substring(end);
    }

    /** "eight", "eleven", "eighteen", "eighty": a figure read aloud with a vowel first. */
    private static final java.util.regex.Pattern VOWEL_SOUND_FIGURE = java.util.regex.Pattern.compile("^(?:8|1[18](?![\\d])|1[18],\\d{3}(?![\\d]))");

    private static final java.util.regex.Pattern ARTICLE_AT_END = java.util.regex.Pattern.compile("(?i)\\b(an?)\\s+$");

    /** "offered a 6 percent rise" changed to 8 is "an 8 percent rise", and back again. */
    static String withArticleFor(String before, String figure) {
        java.util.regex.Matcher article = ARTICLE_AT_END.matcher(before);
        if (!article.find()) {
            return before;
        }
        boolean an = VOWEL_SOUND_FIGURE.matcher(figure).find();
        String word = article.group(1);
        String fitting = an ? "an" : "a";
        String cased = Character.isUpperCase(word.charAt(0)) ? Character.toUpperCase(fitting.charAt(0)) + fitting.substring(1) : fitting;
        return before.substring(0, article.start(1)) + cased + before.substring(article.end(1));
    }

    /** A false statement: one figure of the claim changed in a way that cannot still be true. */
    private boolean changedFigure(Facts facts, Casing casing, Statement s, String claim, int latestYear, List<Candidate> out) {
        for (Figure f : facts.analysis.figures()) {
            if (!s.sentences().contains(f.sentence())) {
                continue;
            }
            String sentence = facts.sentence(f.sentence()).text();
            Quantity q = Quantity.read(sentence, f);
            int inClaim = q == null ? -1 : Quantity.find(claim, q.value());
            // A figure inside quotation marks is someone's exact words: changing it would make up a quote.
            if (inClaim < 0 || !changeable(q) || Numbers.linked(q, sentence, inSentence(facts, f.sentence()))
                    || HedgeQuestions.insideQuotes(sentence, q.start())) {
                continue;
            }
            for (String v : Numbers.variants(q, 6, latestYear)) {
                if (Quantity.find(sentence, v) >= 0 || !Numbers.keepsOrder(q, Numbers.firstNumber(v), inSentence(facts, f.sentence()))
                        || !Numbers.sensible(q, v, sentence, facts.analysis.article().text())) {
                    continue;
                }
                String changed = withArticleFor(claim.substring(0, inClaim), v) + v + claim.substring(inClaim + q.value().length());
                String statement = statement(facts, casing, s, changed);
                if (statement == null) {
                    return true;
                }
                String explanation = "False. The article gives " + q.value() + ", not " + v + ": " + Explain.quote(s.evidence());
                out.add(candidate(statement, FALSE, explanation, s.sentences(),
                        "number:" + f.sentence() + ":" + f.value().toLowerCase(Locale.ROOT), 48));
                return true;
            }
        }
        return false;
    }

    /**
     * A figure whose change makes the statement false: not a clock time, and not a bound —
     * "fewer than 2,000" is still true when the article says "fewer than 200".
     */
    static boolean changeable(Quantity q) {
        return q.askable() && q.bound().isEmpty() && q.sort() != Quantity.Sort.DATE && q.sort() != Quantity.Sort.YEAR;
    }

    private static List<Quantity> inSentence(Facts facts, int sentence) {
        List<Quantity> out = new ArrayList<>();
        for (Figure f : facts.analysis.figures()) {
            Quantity q = f.sentence() == sentence ? Quantity.read(facts.sentence(sentence).text(), f) : null;
            if (q != null) {
                out.add(q);
            }
        }
        return out;
    }

    /** "… did not say whether the pool would reopen", "It is not clear whether …": a question the article leaves open. */
    private static final Pattern LEFT_OPEN = Pattern.compile("(?i)\\b(?:(?:did|does|do|would|could|will|has|have|had)\\s+not\\s+(?:yet\\s+)?|"
            + "(?:declined|refused|is\\s+yet|are\\s+yet|has\\s+yet|have\\s+yet)\\s+to\\s+|(?:was|were)\\s+unable\\s+to\\s+)(?:say|confirm|"
            + "comment\\s+on|disclose|reveal|explain|decide|announce|indicate)\\s+(?:whether|if)\\s+([^,;:\u2014\u2013]+?)(?:[,;:\u2014\u2013]|\\.?$)"
            + "|\\b(?:it\\s+(?:is|was|remains|remained)\\s+(?:not\\s+(?:yet\\s+)?(?:known|clear)|unclear))\\s+(?:whether|if)\\s+([^,;:\u2014\u2013]+?)"
            + "(?:[,;:\u2014\u2013]|\\.?$)");

    /**
     * "Active Brayfield did not say whether the pool would reopen before Easter": the article itself says the answer is
     * not known, so "The pool would reopen before Easter" is not given, whatever a reader guesses. Any sentence may
     * say so; {@link #notGiven} also reads a speaker's own "whether it …" with the speaker in place of "it".
     */
    private void unansweredWhether(Facts facts, List<Candidate> out) {
        for (newsquiz.article.Sentence sentence : facts.analysis.article().sentences()) {
            Matcher m = LEFT_OPEN.matcher(Phrasing.clean(sentence.text()));
            if (!m.find()) {
                continue;
            }
            String clause = (m.group(1) != null ? m.group(1) : m.group(2)).strip().replaceAll("[.]$", "");
            if (Phrasing.words(clause) < 5 || Phrasing.words(clause) > 20 || !ClauseCheck.isFullSentence(clause)
                    || ClauseCheck.pointsBack(clause) || Readable.choiceProblem(Phrasing.capitalise(clause)).isPresent()) {
                continue;
            }
            // "did not say whether it would appeal … On Friday it confirmed it would": open in one sentence, answered in another.
            boolean answered = facts.analysis.article().sentences().stream()
                    .anyMatch(o -> o.index() != sentence.index() && Distractors.similar(o.text(), clause));
            if (answered) {
                continue;
            }
            String statement = endSentence(Phrasing.capitalise(clause));
            String explanation = "Not given. The article only says: " + Explain.quote(List.of(sentence.text()))
                    + " It does not say whether this is true or false.";
            out.add(candidate(statement, NOT_GIVEN, explanation, List.of(sentence.index()), "open:s" + sentence.index(), 62));
        }
    }

    private void notGiven(Statement s, String matter, List<Candidate> out) {
        String clause = Phrasing.clean(matter).replaceAll("[.]$", "");
        clause = clause.replaceFirst("^(?i)(it|he|she|they)\\s+", s.speaker().replace("$", "\\$") + " ");
        if (Phrasing.words(clause) < 5 || Phrasing.words(clause) > 20 || !ClauseCheck.isFullSentence(clause)
                || ClauseCheck.pointsBack(clause)) {
            return;
        }
        String statement = endSentence(Phrasing.capitalise(clause));
        String explanation = "Not given. The article only says: " + Explain.quote(s.evidence())
                + " It does not say whether this is true or false.";
        out.add(candidate(statement, NOT_GIVEN, explanation, s.sentences(), "tfng:" + s.index(), 62));
    }

    private static Candidate candidate(String statement, String key, String explanation, List<Integer> sentences, String fact,
            int priority) {
        List<String> wrong = new ArrayList<>(List.of(TRUE, FALSE, NOT_GIVEN));
        wrong.remove(key);
        return new Candidate("true_false_not_given", Skill.COMPREHENSION, QuestionType.TRUE_FALSE_NOT_GIVEN, Difficulty.MEDIUM,
                PROMPT + statement, key, wrong, explanation, sentences,
                fact, priority);
    }
}
