package newsquiz.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsquiz.analysis.SourceType;
import newsquiz.analysis.Stance;
import newsquiz.quiz.Difficulty;
import newsquiz.quiz.QuestionType;
import newsquiz.quiz.Skill;

/**
 * A denial asked as true, false or not given: "According to Kindlewell Care, it has shortened its visits." is false,
 * because Kindlewell Care said it has not. The statement is either the claim the speaker rejected ("dismissed claims
 * that it quietly lifted its ban") or the speaker's own words with their one "not" taken out. It needs no wrong answers
 * from elsewhere in the article, so a denial that no other question can be built on is still asked; and its key is
 * "False", where the other true/false statements are mostly true (review29: 9 of 10 "True").
 */
final class DenialTrueFalseQuestions implements QuestionFamily {
    /** Below every other denial question: the blueprint takes this one only for a denial nothing else asks about. */
    static final int PRIORITY = 10;
    private static final Pattern DENYING_VERB = Pattern.compile(
            "(?i)den(?:y|ies|ied)|reject(?:s|ed)?|dismiss(?:es|ed)?|disput(?:e|es|ed)|refut(?:e|es|ed)|rebut(?:s|ted)?|contest(?:s|ed)?");
    /** "it has not …", "they were never …", "the firm hasn't …": one auxiliary and its negation, which comes out. */
    private static final Pattern NEGATED_AUXILIARY = Pattern.compile("(?i)\\b(is|are|was|were|has|have|had|will|would|can|could|should|"
            + "must|does|do|did)(?:\\s+(?:not|never)\\b|n['\u2019]t\\b)");
    private static final Pattern CANNOT = Pattern.compile("(?i)\\b(ca)nnot\\b|\\b(ca|wo)n['\u2019]t\\b");
    /** "they never fished the reef": a verb after "never" keeps its own tense. */
    private static final Pattern NEVER = Pattern.compile("(?i)\\bnever\\s+(?=\\p{Ll}+(?:ed|s)\\b)");
    private static final Pattern ANY_NEGATION = Pattern.compile(
            "(?i)\\b(?:not|never|no|nothing|nobody|none|neither|nor|nowhere|without)\\b|n['\u2019]t\\b|\\bcannot\\b");
    /**
     * Words that only read right under a negation ("never made so much as a sleeve", "had not yet", "any money"), and
     * verdicts that point back ("that is not the case"): with the "not" gone the statement would not be the claim denied.
     */
    private static final Pattern NEGATIVE_ONLY = Pattern.compile("(?i)\\b(?:any\\w*|ever|yet|either|at all|so much as|a single|"
            + "whatsoever|one penny|in years|until|only|just|because|case|true|untrue|correct|accurate|right|wrong|false|sure|aware|"
            + "clear|certain|know|knew|known|think|believe|expect)\\b");
    /**
     * "the money that was not spent went back", "it remains in force and has not been reviewed": a negation in a clause
     * of its own, or after another the speaker affirms, is not simply what the speaker denies.
     */
    private static final Pattern SUBORDINATE = Pattern.compile("(?i)\\b(?:that|which|who|whom|whose|where|when|if|unless|while|although|"
            + "before|after|once|as|and|but|or)\\b");
    private static final Pattern SPOKESPERSON = Pattern.compile("(?i)\\bspokes(?:man|woman|person)\\b");

    /**
     * The "that" opening a reported clause ("that the pool had closed"), not the one pointing back ("“That conversation did
     * not take place”", which loses its sense without it).
     */
    private static final Pattern COMPLEMENTISER = Pattern.compile("^[Tt]hat\\s+(?=(?:the|a|an|it|its|he|she|they|we|there|his|her|"
            + "their|no|none|nobody|nothing|any|every|some|all|this|these|those|\\p{Lu}\\S*)\\b)");

    private static int negationAt(String content) {
        Matcher m = ANY_NEGATION.matcher(content);
        return m.find() ? m.start() : content.length();
    }

    /** "dismissed that explanation as “a story built backwards”": a thing labelled, no claim stated. */
    private static final Pattern LABEL = Pattern.compile("(?i)\\bas\\s+[\u201c\"]");
    private static final Pattern VERDICT = Pattern.compile("(?i)\\b(?:is|are|was|were)\\s+(?:\\p{L}+\\s+)?(?:wrong|false|untrue|incorrect|"
            + "nonsense|baseless|inaccurate|mistaken|misleading)\\b|\\bnot\\s+(?:true|the case|correct|accurate)\\b");

    /** "… flats fanciful": a verdict's label after the claim it was put on ("branded the claim that … fanciful"). */
    private static final Pattern LABEL_AFTER = Pattern.compile("(?i)\\s(?:fanciful|baseless|nonsense|false|untrue|absurd|ridiculous|"
            + "wrong|laughable|far-fetched|misleading|inaccurate|unfounded|groundless|rubbish|fiction|fantasy)\\W*$");

    /** "ever" in a rejected claim ("denied that she had ever met him") only strengthens the denial. */
    private static final Pattern EVER = Pattern.compile("(?i)\\s+ever(?=\\s)");
    private static final Pattern NEEDS_THE_DENIAL = Pattern.compile("(?i)\\bany(?:one|body|thing|where)?\\b|\\bat\\s+all\\b");

    @Override
    public List<Candidate> propose(Facts facts) {
        List<Candidate> out = new ArrayList<>();
        for (Statement d : facts.statements) {
            // A body's unnamed spokesperson speaks for the body; another unnamed voice is asked about as a source instead.
            if (!DenialQuestions.weighable(d) || d.attribution().hedged() || !ClauseCheck.readableSource(d.speaker())
                    || d.attribution().anonymous() && !SPOKESPERSON.matcher(d.speaker()).find()) {
                continue;
            }
            Optional<String> rejected = rejectedClaim(d, facts);
            if (rejected.isPresent()) {
                if (NEEDS_THE_DENIAL.matcher(rejected.get()).find()) {
                    // "denied that it made any profit": out from under the denial, "any" and "at all" no longer read.
                    continue;
                }
                add(facts, d, rejected.get(), TrueFalseNotGivenQuestions.FALSE, " rejected this claim: ", PRIORITY, out);
                continue;
            }
            String own = ownDenial(d);
            String affirmed = own == null ? null : affirmed(own);
            if (affirmed != null) {
                // Both ways round: the blueprint keeps true and false answers in balance, and takes the false one when it must.
                add(facts, d, own, TrueFalseNotGivenQuestions.TRUE, " said so: ", PRIORITY + 1, out);
                add(facts, d, affirmed, TrueFalseNotGivenQuestions.FALSE, " said the opposite: ", PRIORITY, out);
            }
        }
        return out;
    }

    private static void add(Facts facts, Statement d, String claim, String key, String reason, int priority, List<Candidate> out) {
        if (Phrasing.words(claim) < 4 || Phrasing.words(claim) > 24 || !readable(facts, d, claim)) {
            return;
        }
        String statement = TrueFalseNotGivenQuestions.statement(facts, facts.casing(), d, claim);
        if (statement == null) {
            return;
        }
        String speaker = facts.casing().source(AttributionQuestions.speakerInSentence(d.speaker(), facts));
        List<String> wrong = new ArrayList<>(List.of(TrueFalseNotGivenQuestions.TRUE, TrueFalseNotGivenQuestions.FALSE,
                TrueFalseNotGivenQuestions.NOT_GIVEN));
        wrong.remove(key);
        out.add(new Candidate("denial", Skill.SOURCE_EVALUATION, QuestionType.TRUE_FALSE_NOT_GIVEN, Difficulty.MEDIUM,
                TrueFalseNotGivenQuestions.PROMPT + statement, key, wrong,
                key + ". " + Phrasing.capitalise(speaker) + reason + Explain.quote(d.evidence()), d.sentences(), "deny:" + d.index(),
                priority));
    }

    /**
     * "dismissed claims that it quietly lifted its ban", "denied that she had ever met him": the claim itself, without the
     * "ever" that only strengthens the denial.
     */
    private static Optional<String> rejectedClaim(Statement d, Facts facts) {
        return claimRejected(d, facts).map(claim -> withoutLeadingAny(EVER.matcher(claim).replaceFirst("")));
    }

    private static final Pattern LEADING_ANY = Pattern.compile("(?i)^any(one|body|thing)?\\s+(\\p{L}+)(\\s+of\\b)?");

    /**
     * "denied that any member of staff had sales targets": out from under the denial, "any" reads as "a member of staff had
     * …" ("someone", "some" before a plural), as the claim would have been put (review51 ARD q06). Before a mass noun it
     * stays.
     */
    static String withoutLeadingAny(String claim) {
        Matcher m = LEADING_ANY.matcher(claim);
        if (!m.lookingAt()) {
            return claim;
        }
        String next = m.group(2);
        boolean plural = next.endsWith("s") && !next.endsWith("ss");
        if (m.group(1) == null && !plural && m.group(3) == null) {
            // ("any society money was spent": a mass noun takes no "a", and "some" would change the claim.)
            return claim;
        }
        String article = m.group(1) != null ? "some" + m.group(1).toLowerCase(java.util.Locale.ROOT)
                : plural ? "some" : "aeioAEIO".indexOf(next.charAt(0)) >= 0 ? "an" : "a";
        String replaced = article + claim.substring(m.start(2) - 1);
        return Character.isUpperCase(claim.charAt(0)) ? Phrasing.capitalise(replaced) : replaced;
    }

    private static Optional<String> claimRejected(Statement d, Facts facts) {
        Optional<NamedClaim> named = NamedClaim.in(d, facts);
        if (named.isPresent() && (VERDICT.matcher(named.get().clause()).find() || LABEL_AFTER.matcher(named.get().clause()).find())) {
            // ("branded the claim that it planned to build flats fanciful": the label closes the clause, and is the speaker's too;
            // "According to Halbrook Properties, it planned to build flats fanciful" was review70 leckmoor q05, a wrong key.)
            // "A rumour that the lease had gone to a chain is wrong": the verdict is the speaker's, not part of the claim.
            return Optional.empty();
        }
        if (named.isPresent()) {
            // "According to the board, it quietly lifted its ban": the statement names the speaker, so the article's "it" stays.
            return Optional.of(named.get().asWritten());
        }
        String content = COMPLEMENTISER.matcher(Phrasing.unquote(Phrasing.clean(d.attribution().content()))).replaceFirst("");
        if (!DENYING_VERB.matcher(d.verb()).matches() || d.quotation() || !Facts.hasFiniteVerb(content) || LABEL.matcher(content).find()
                || content.matches("(?i)^(?:the|a|an|this|that|these|those|such|his|her|its|their)\\s+(?:\\p{L}+\\s+){0,3}?"
                        + "(?:claims?|reports?|allegations?|suggestions?|accounts?|rumou?rs?|accusations?|figures?|charges?)\\b.*")) {
            return Optional.empty();
        }
        // "denied that the freeze had ever been put to the Cabinet, saying the memo was …": the reason is no part of the claim.
        return Optional.of(DenialQuestions.SAYING_AFTER.matcher(content).replaceFirst(""));
    }

    /** The speaker's own words of denial as a claim, without "that" or the full stop; null in the first person. */
    private static String ownDenial(Statement d) {
        String content = COMPLEMENTISER.matcher(Phrasing.unquote(Phrasing.clean(d.attribution().content())))
                .replaceFirst("").replaceAll("[.\u2026]+$", "").strip();
        return ClauseCheck.firstPerson(content) ? null : content;
    }

    /**
     * The speaker's own denial with its one negation taken out ("has not shortened" → "has shortened"), or null: a
     * second negation, a "no" or "nobody", or words that need the negation would leave a statement that is not simply the
     * opposite of what was said.
     */
    static String affirmed(String content) {
        if (content.contains(",") || content.contains(":") || NEGATIVE_ONLY.matcher(content).find()) {
            return null;
        }
        Matcher negations = ANY_NEGATION.matcher(content);
        int count = 0;
        while (negations.find()) {
            count++;
        }
        if (count != 1 || SUBORDINATE.matcher(content.substring(0, negationAt(content))).find()) {
            return null;
        }
        Matcher aux = NEGATED_AUXILIARY.matcher(content);
        String affirmed;
        if (aux.find()) {
            affirmed = content.substring(0, aux.start()) + aux.group(1) + content.substring(aux.end());
        } else {
            Matcher cannot = CANNOT.matcher(content);
            Matcher never = NEVER.matcher(content);
            if (cannot.find()) {
                affirmed = content.substring(0, cannot.start()) + (cannot.group(1) != null ? cannot.group(1) + "n"
                        : cannot.group(2).equalsIgnoreCase("wo") ? "will" : "can") + content.substring(cannot.end());
            } else if (never.find()) {
                affirmed = content.substring(0, never.start()) + content.substring(never.end());
            } else {
                return null;
            }
        }
        // Without its "not" the words are no longer the speaker's: no quotation marks around them.
        return affirmed.replaceAll("[\u201c\u201d\"]", "").replaceAll("\\s+", " ").strip();
    }

    /**
     * A whole sentence with nothing pointing outside it, read after "According to SPEAKER": the speaker's own "it" or "its"
     * (a body's) or "he" or "she" (a person the article calls so) is the speaker.
     */
    private static boolean readable(Facts facts, Statement d, String claim) {
        if (!ClauseCheck.isFullSentence(claim) || ClauseCheck.firstPerson(claim) || ClauseCheck.missingObject(claim)
                || !ClauseCheck.balancedQuotes(claim)) {
            return false;
        }
        Facts.SpeakerInfo info = facts.speakers.get(d.speaker());
        // Only a body is an "it": whatever else the analysis could not type, "it" cannot stand for a person.
        boolean body = info == null || info.type() != SourceType.PERSON || SPOKESPERSON.matcher(d.speaker()).find();
        String read = claim;
        String name = Matcher.quoteReplacement(d.speaker());
        if (body) {
            read = read.replaceAll("(?i)^it\\b", name).replaceAll("(?i)\\bits\\b", name + "'s");
        } else if (TrueFalseNotGivenQuestions.ownPronouns(facts, d)) {
            read = read.replaceAll("(?i)^(?:he|she)\\b", name).replaceAll("(?i)\\b(?:his|her)\\b", name + "'s");
        }
        return !ClauseCheck.pointsBack(read) && !ClauseCheck.strayPersonal(read, TrueFalseNotGivenQuestions.people(facts));
    }
}
