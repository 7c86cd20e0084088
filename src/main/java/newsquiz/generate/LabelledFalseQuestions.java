package newsquiz.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import newsquiz.analysis.ClaimLabel;
import newsquiz.analysis.Stance;
import newsquiz.quiz.Difficulty;
import newsquiz.quiz.QuestionType;
import newsquiz.quiz.Skill;

/**
 * What the article itself calls false, misleading or unsupported. Only a verdict in the article's
 * own voice counts ("That claim is misleading: …", not "… does not support that claim, Quist
 * said"); wrong choices are other reported claims in the third person that the article never
 * contradicts.
 */
final class LabelledFalseQuestions implements QuestionFamily {
    private static final Pattern VERDICT_WORD = Pattern.compile("(?i)\\b(false|untrue|misleading|unsupported|not support|no evidence|"
            + "wrong|inaccurate|incorrect|baseless|unfounded|not true|exaggerated|fabricated|fake|debunked|no such)\\b");
    /** "…, Quist said", "according to the authors": a verdict someone in the story gives. */
    private static final Pattern TAGGED = Pattern.compile("(?i),\\s+(?:\\S+\\s+){0,4}(?:said|says|told|added|wrote|argued|insisted|noted)"
            + "(?:\\s+\\S+){0,3}\\.?$|\\baccording to\\b");
    /** The article's own words that a claim near them is wrong: "It does not.", "There is no rationing". */
    private static final Pattern REFUTED = Pattern.compile("(?i)\\b(not true|untrue|false|misleading|no evidence|there is no|"
            + "there was no|there are no|not supported|unsupported|no such|is wrong|was wrong|incorrect|inaccurate)\\b"
            + "|^(?:It|That|This) (?:does|did|is|was)(?:n['\u2019]t| not)\\b");

    private static final Pattern FIGURE_VERDICT = Pattern.compile("(?i)^(?:the|that|this)\\s+(?:figure|number|total|estimate|"
            + "statistic|count|sum|amount|percentage)\\b");

    /**
     * "Cllr Bracewell says he was given the number by an officer … The figure was wrong": a verdict on "the figure" judges a
     * claim that holds one, not the account of where it came from.
     */
    private static boolean verdictOnAFigureElsewhere(Facts facts, ClaimLabel label, String claim) {
        String verdict = facts.sentence(label.labelSentence()).text().strip();
        return FIGURE_VERDICT.matcher(verdict).find() && !claim.matches("(?s).*\\d.*");
    }

    /** "the claim in the posts is untrue", "The post is false" name whose claim it judges: not the statement's speaker's. */
    private static boolean verdictNamesAnother(Facts facts, ClaimLabel label, Statement judged) {
        String verdict = facts.sentence(label.labelSentence()).text().strip().toLowerCase(java.util.Locale.ROOT);
        java.util.regex.Matcher m = WHOSE_CLAIM.matcher(verdict);
        if (!m.find()) {
            java.util.regex.Matcher carrier = JUDGED_CARRIER.matcher(verdict);
            // "The post is false": a post's claim is what it judges, whether or not the analysis found the post speaking.
            return carrier.find() && !judged.speaker().toLowerCase(java.util.Locale.ROOT).contains(carrier.group(1).replaceFirst("s$", ""));
        }
        String whose = m.group(1);
        return facts.statements.stream().anyMatch(o -> o != judged && o.speaker().toLowerCase(java.util.Locale.ROOT).contains(whose))
                && !judged.speaker().toLowerCase(java.util.Locale.ROOT).contains(whose);
    }

    private static final Pattern JUDGED_CARRIER = Pattern.compile("^(?:the|this|that)\\s+(post|posts|leaflet|leaflets|message|messages|"
            + "video|videos|tweet|tweets|email|letter|flyer|meme|story|rumou?r)\\s+(?:is|was|are|were)\\s+(?:simply\\s+|also\\s+)?"
            + "(?:false|untrue|wrong|misleading|incorrect|not true|baseless)\\b");
    private static final Pattern WHOSE_CLAIM = Pattern.compile("\\b(?:claim|report|allegation|suggestion)s?\\s+(?:in|by|from|of)\\s+"
            + "(?:the\\s+)?(\\p{L}+)");

    /** The label and "who claimed that …" test the same fact when the claim is an attribution. */
    private static String factOf(Facts facts, ClaimLabel label) {
        Statement s = statementOf(facts, label);
        return s != null ? "claim:" + s.index() : "label:" + label.claimSentence();
    }

    private static Statement statementOf(Facts facts, ClaimLabel label) {
        for (Statement s : facts.statements) {
            if (s.sentence() == label.claimSentence() && Distractors.similar(s.claim(), label.claim())) {
                return s;
            }
        }
        return null;
    }

    @Override
    public List<Candidate> propose(Facts facts) {
        List<Candidate> out = new ArrayList<>();
        Casing casing = facts.casing();
        // Whether a statement makes a fair wrong answer at all does not depend on the label: worked out once per quiz.
        java.util.Map<Statement, Boolean> fair = new java.util.IdentityHashMap<>();
        for (ClaimLabel label : facts.analysis.labels()) {
            if (!ownVerdict(facts, label)) {
                continue;
            }
            Statement judged = statementOf(facts, label);
            if (judged != null && verdictNamesAnother(facts, label, judged)) {
                // "… had never been suspended, a spokeswoman said. … the claim in the posts is untrue": the verdict backs the
                // denial and judges the claim it denied, which sits elsewhere.
                continue;
            }
            String claim = judged != null ? tidy(judged.claim())
                    : Phrasing.capitalise(Phrasing.shorten(Phrasing.unquote(label.claim().replaceAll("^(?i)that\\s+", "")), 20));
            // "“Thousands of ballots” had been left …": the article's quotation marks around words are no part of the grammar.
            String bare = claim.replaceAll("[\u201c\u201d\"]", "");
            if (Phrasing.words(claim) < 4 || !ClauseCheck.isFullSentence(bare) || ClauseCheck.pointsBack(claim)
                    || ClauseCheck.firstPerson(claim) || verdictOnAFigureElsewhere(facts, label, claim)) {
                continue;
            }
            // Nor anything the judged claim's own source said: it may have made the wrong answer in the same breath.
            java.util.function.Predicate<Statement> notJudged = s -> judged == null || s != judged && !sameSpeaker(s.speaker(), judged.speaker());
            List<String> wrong = Distractors.claims(facts, claim, s -> notJudged.test(s) && fair.computeIfAbsent(s, x -> fairFoil(facts, x)), 3)
                    .stream()
                    .map(LabelledFalseQuestions::tidy).toList();
            if (wrong.size() < 2) {
                continue;
            }
            String word = switch (label.label()) {
                case "unsupported" -> "not supported by the evidence";
                case "misleading" -> "misleading";
                default -> label.label();
            };
            List<Integer> sentences = label.claimSentence() == label.labelSentence() ? List.of(label.labelSentence())
                    : List.of(label.claimSentence(), label.labelSentence());
            List<String> evidence = new ArrayList<>();
            sentences.forEach(i -> evidence.add(facts.sentence(i).text()));
            String source = judged != null ? judged.speaker() : label.claimSource();
            String by = source.isBlank() || !ClauseCheck.readableSource(source) ? ""
                    : " The claim was made by " + casing.source(AttributionQuestions.speakerInSentence(source, facts)) + ".";
            String explanation = "The article says: " + Explain.quote(evidence) + " Here the article itself, not a source it quotes,"
                    + " says the claim is " + word + "." + by;
            out.add(new Candidate("labelled_false", Skill.SOURCE_EVALUATION, QuestionType.SINGLE_CHOICE, Difficulty.MEDIUM,
                    "Which claim does the article itself say is " + word + "?", claim, wrong, explanation, sentences,
                    factOf(facts, label), 88));
        }
        return out;
    }

    private static boolean sameSpeaker(String a, String b) {
        return Phrasing.key(a).replaceFirst("^the ", "").equals(Phrasing.key(b).replaceFirst("^the ", ""));
    }

    /** "…this season,”" → "…this season”": a quote's own comma does not end a choice. */
    static String tidy(String claim) {
        return claim.replaceAll("[,;:]+([\u201d\"\u2019]*)$", "$1");
    }

    /**
     * The verdict is the article's when no one in the story is credited with it: no "…, Quist
     * said" on the verdict and no attribution on that sentence whose words carry the verdict.
     */
    static boolean ownVerdict(Facts facts, ClaimLabel label) {
        String verdict = facts.sentence(label.labelSentence()).text().split("[:;]")[0];
        if (TAGGED.matcher(verdict.strip()).find()) {
            return false;
        }
        for (Statement s : facts.statements) {
            if (s.sentences().contains(label.labelSentence()) && s.sentence() != label.claimSentence()
                    && VERDICT_WORD.matcher(s.attribution().content()).find()) {
                return false;
            }
        }
        return true;
    }

    /**
     * A claim a reader could take for the false one but that the article never calls wrong: not
     * labelled, not contradicted in its own or the next two sentences, not denied by anyone, third
     * person and whole.
     */
    private static boolean fairFoil(Facts facts, Statement s) {
        Stance stance = s.attribution().stance();
        if (stance == Stance.DENY || stance == Stance.RETRACT || !facts.standsAsClaim(s.claim())
                || facts.analysis.labels().stream().anyMatch(l -> l.claimSentence() == s.sentence() || l.labelSentence() == s.sentence())) {
            return false;
        }
        for (Statement other : facts.statements) {
            if (other.attribution().stance() == Stance.DENY && facts.similar(other.claim(), s.claim())) {
                return false;
            }
        }
        // A source whose claim the article calls false may have made this one in the same breath.
        for (ClaimLabel l : facts.analysis.labels()) {
            if (!l.claimSource().isBlank() && sameSpeaker(s.speaker(), l.claimSource())) {
                return false;
            }
        }
        int last = facts.analysis.article().sentences().size() - 1;
        for (int i = s.sentence(); i <= Math.min(last, s.sentence() + 2); i++) {
            String text = facts.sentence(i).text();
            // In the claim's own sentence only the words outside what the source said can refute it.
            String outside = i == s.sentence() ? text.replace(s.attribution().content(), "") : text;
            if (REFUTED.matcher(outside).find()) {
                return false;
            }
        }
        return true;
    }
}
