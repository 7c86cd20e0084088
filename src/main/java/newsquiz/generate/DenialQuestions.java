package newsquiz.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsquiz.analysis.Attribution;
import newsquiz.analysis.ContestedClaims;
import newsquiz.analysis.SourceType;
import newsquiz.analysis.Stance;
import newsquiz.quiz.Difficulty;
import newsquiz.quiz.QuestionType;
import newsquiz.quiz.Skill;

/** Which claim did X deny; who denied it; how did they describe it. */
final class DenialQuestions implements QuestionFamily {
    /** "these reports", "that suggestion", "the allegation": a denial that points back at an earlier claim. */
    private static final Pattern REFERENCE = Pattern.compile(
            "(?i)^(?:these|those|the|that|this|such|its|their|his|her)\\s+(?:[\\w'\u2019]+\\s+)?(reports?|claims?|allegations?|accusations?|"
                    + "suggestions?|accounts?|findings|story|stories|rumou?rs?|charges?|figures?|report|idea|assertions?|criticism|explanations?|versions?|"
                    + "complaints?(?![\u2019']))\\b(.*)$");
    private static final Pattern QUOTED_VERDICT = Pattern.compile(
            "(?i)^(?:that|this|these|those)\\s+(\\p{L}+)\\s+(?:is|are|was|were|'s)\\s+(?:a\\s+|an\\s+|simply\\s+|completely\\s+|just\\s+)?"
                    + "(?:fiction|invention|lie|lies|false|untrue|wrong|nonsense|rubbish|fake|made up|not true|not correct|incorrect|a fabrication|fabrication)\\b.*");
    private static final Pattern NOTHING_IN = Pattern.compile("(?i)^there\\s+(?:is|was|['\u2019]s)\\s+(?:absolutely\\s+)?nothing"
            + "(?:\\s+whatsoever|\\s+at\\s+all)?\\s+in\\s+((?:the|that|this|these|those)\\s+(?:story|stories|claims?|rumou?rs?|reports?|suggestions?))\\b.*$");
    /** "rejected that picture outright": a demonstrative and a noun point back, whatever the noun. */
    private static final Pattern DEMONSTRATIVE = Pattern.compile(
            // ("This was incorrect" is a verdict, its last word no noun.)
            "(?i)^(?:that|this|these|those|such)\\s+(?:(?!(?:is|was|are|were|has|had|have)\\s)\\p{L}+\\s+)?(\\p{L}+)[.]?$");
    /** "“That is not what happened”", "denied that": the words point back at something said before. */
    private static final Pattern POINTING_BACK = Pattern.compile(
            "(?i)^(?:that|this|it)(?:\\s+(?:(?:(?:simply|just|plainly|really)\\s+)?(?:is|was|'s|\u2019s)\\s+(?:not|simply not|false|untrue|wrong|incorrect|nonsense|a lie)"
                    + "|isn['\u2019]t|wasn['\u2019]t|did not happen|didn['\u2019]t happen|never happened)\\b.*)?$");
    /** "The firm said nothing could be further from the truth": a verdict on what was said before, naming none of it. */
    private static final Pattern FURTHER_FROM_THE_TRUTH = Pattern.compile(
            "(?i)^(?:but\\s+)?nothing\\s+(?:could|can)\\s+be\\s+(?:further|farther)\\s+from\\s+the\\s+truth[.!]?$");
    /** "…, calling the Osmerian statement “a clumsy attempt to rewrite events”": the thing and the words for it. */
    private static final Pattern CALLING = Pattern.compile(
            "(?i)\\b(?:calling|called|describing|described|branding|branded|dismissing|dismissed)\\s+(?!by\\b|to\\b|in\\b|at\\b|on\\b)(.{2,60}?)\\s+(?:as\\s+)?[\u201c\"]([^\u201d\"]{2,80})[\u201d\"]");
    private static final Pattern OWN_WORDS_POINTING = Pattern.compile(
            "(?i)^(\\p{L}+)(?:\\s+\\p{L}+){0,2}\\s+(?:that|it|this|them|these|those|the (?=(?:story|claim|report|rumou?r|post|figures?)\\b))"
                    + "(\\s*\\p{L}+)?(?:\\s+\\p{L}+){0,4}\\W*$");

    /** "put that straight when I dropped in: his counter has …": the rejection's words and a pointer, then the other version. */
    private static final Pattern POINTER_THEN_COLON = Pattern.compile(
            "(?i)^(\\p{L}+)(?:\\s+\\p{L}+){0,2}\\s+(?:that|it|this|them|that one)\\b[^:\"\u201c\u201d]{0,60}:\\s*\\S.*$");

    /** Whether what was said is only the rejection's own words, cue first, with a pointer for what it rejects. */
    private static boolean ownWordsPointing(Statement d, String said) {
        Matcher m = OWN_WORDS_POINTING.matcher(said);
        if (!m.matches()) {
            m = POINTER_THEN_COLON.matcher(said);
        }
        String cue = d.attribution().cue() == null ? "" : d.attribution().cue().strip();
        return m.matches() && !cue.isEmpty() && cue.toLowerCase(Locale.ROOT).startsWith(m.group(1).toLowerCase(Locale.ROOT));
    }

    /** "the signs belong to …": a plural subject and its present verb, a clause rather than a thing. */
    private static final Pattern PLURAL_THEN_VERB = Pattern.compile("(?i)^(?:the|its|their|his|her|our)\\s+(?:\\p{L}+\\s+){0,2}?\\p{L}+s\\s+"
            + "(?!(?:of|in|on|at|for|from|with|by|and|or|to|as|about|over|into|that|which|who)\\b)\\p{Ll}+(?<!ing|ed)\\b");

    /** "This is not a closure": the word another used for the thing, set aside. */
    private static final Pattern NOT_A_THING = Pattern.compile("(?i)^\\W*(?:this|that|it)\\s+(?:is|was)\\s+not\\s+(?:a|an)\\s+(\\p{L}{4,})\\b");

    /**
     * "This is not a closure. The unit will open at night again …": the quotation names the word it answers, so the one
     * claim that called the thing that is what it answers, whatever else shares its words; with two or none, no claim is.
     */
    private static Statement claimNaming(Facts facts, Statement d, String said) {
        Matcher m = NOT_A_THING.matcher(said);
        Matcher none = NO_SUCH_THING.matcher(said);
        if (m.find()) {
            return claimUsingWord(facts, d, m.group(1));
        }
        if (!none.find()) {
            return null;
        }
        // "There has been no quiet closure": the thing is the last word before what follows it, else another of its words.
        List<String> words = new ArrayList<>(List.of(none.group(1).split("\\s+")));
        java.util.Collections.reverse(words);
        for (String word : words) {
            Statement naming = word.length() >= 4 && Character.isLowerCase(word.charAt(0)) && !NOT_A_THING_SAID.matcher(word).matches()
                    ? claimUsingWord(facts, d, word) : null;
            if (naming != null) {
                return naming;
            }
        }
        return null;
    }

    private static Statement claimUsingWord(Facts facts, Statement d, String thing) {
        Pattern named = formsOf(thing);
        List<Statement> naming = facts.claims().stream().filter(s -> s.sentence() < d.sentence()
                && s.sentence() >= d.sentence() - ANSWER_WINDOW && !facts.knownSame(s.speaker(), d.speaker())
                && s.attribution().stance() != Stance.DENY && facts.isStandalone(s) && facts.choiceProblem(s.claim()).isEmpty()
                && named.matcher(s.claim()).find()
                // "The waiting list has not shrunk. It has been split in two": two sentences make no one choice.
                && !s.claim().matches(".*[.!?]\\s+\\p{Lu}.*")).toList();
        return naming.size() == 1 ? naming.get(0) : null;
    }

    /** "There had been no complaint", "there was no stabbing": the thing another said there was, said not to exist. */
    private static final Pattern NO_SUCH_THING = Pattern.compile("(?i)^\\W*there\\s+(?:is|was|were|are|has\\s+been|had\\s+been|have\\s+been)"
            + "\\s+(?:no|never\\s+(?:a|an|any))\\s+(?:(?:record|sign|trace|mention)\\s+of\\s+(?:any\\s+|a\\s+)?)?(?:such\\s+)?"
            + "((?:\\p{L}+\\s+){0,2}?\\p{L}+)(?=\\s*$|\\s*[,;.]|\\s+(?:of|in|on|at|for|from|with|by|to|"
            + "about|and|or|that|which|when|who|was|were|had|has|is)\\b)");

    /** "There is no truth in that", "no evidence", "no plan to": words of a verdict, not a thing another said there was. */
    private static final Pattern NOT_A_THING_SAID = Pattern.compile("(?i)truth|evidence|basis|foundation|substance|proof|sign|signs|"
            + "doubt|question|chance|reason|need|point|intention|suggestion|danger|risk|plans?|case|such");

    /** A noun and the words a claim may have used for it: "closure(s)", "complained" for "complaint", "stabbed" for "stabbing". */
    private static Pattern formsOf(String noun) {
        if (noun.toLowerCase(Locale.ROOT).matches(".*[^aeiou]ing")) {
            // "stabbing" for "stabbed": the verb's root, its final consonant doubled or not.
            String root = noun.substring(0, noun.length() - 3).replaceFirst("(\\p{L})\\1$", "$1$1?");
            return Pattern.compile("(?i)\\b" + root + "(?:e?s|e?d|ing)?\\b");
        }
        if (noun.length() >= 8) {
            // "complaint" for "had complained": a longer noun by its stem.
            return Pattern.compile("(?i)\\b" + Pattern.quote(noun.substring(0, noun.length() - 3)) + "\\p{L}*");
        }
        return Pattern.compile("(?i)\\b" + Pattern.quote(noun) + "(?:s|es)?\\b");
    }

    /** "hit back at those numbers, saying …": a retort aimed at what was just said. */
    private static final Pattern RETORT_AT = Pattern.compile("(?i)\\b(?:hit|fired|struck|shot) back at (?:those|these|that|this|the) \\p{L}+"
            // "The trust contradicted him, saying …", "flatly disagreed with Nute over the emails": the one just heard, answered.
            + "|\\b(?:contradict|correct)(?:ed|s)? (?:him|her|them)\\b|\\bdisagree(?:d|s)? with (?:him|her|them|(?-i:\\p{Lu})[\\p{L}'\u2019-]+)\\b");

    /** "gave the lie to that, saying …", "took that claim apart, saying …": the words before the reason point back at a claim. */
    private static final Pattern POINTER_THEN_SAYING = Pattern.compile(
            "(?i)" + newsquiz.analysis.PointingBack.AT_WHAT_WAS_SAID + "(?:\\s+\\p{L}+){0,2},\\s+saying\\b");
    /**
     * "said its books told a different tale: the grant had been paid in full": a short verdict, then after a colon the other
     * version; the verdict is on what was said just before.
     */
    private static final Pattern VERDICT_THEN_REASON = Pattern.compile("^(?!.*\\d[^:]*:)([^:;,\"\u201c\u201d]{8,90}):\\s+\\p{L}.{10,}$");

    /**
     * "gave the lie to that, saying …" (the speaker's only words in the sentence, and no "also" joining another's denial),
     * or "said its books told a different tale: …" (not the article's own correction "according to" a record): a retort
     * told by its shape, whatever its idiom.
     */
    private static boolean retortByItsShape(Facts facts, Statement d, String said) {
        String sentence = facts.sentence(d.sentence()).text();
        boolean pointerThenSaying = POINTER_THEN_SAYING.matcher(sentence).find() && !JOINING.matcher(sentence).find()
                && facts.statements.stream().noneMatch(o -> o != d && o.sentence() == d.sentence() && o.speaker().equals(d.speaker()));
        return pointerThenSaying
                || !d.quotation() && !d.attribution().cue().startsWith("according") && VERDICT_THEN_REASON.matcher(said).matches();
    }

    /**
     * The claim a verdict and its reason answer: "said its books told a different tale: the grant had been paid" answers the
     * one claim just before; "said the group had slipped a digit: …" answers what the group said, or nothing that can be
     * named safely. A claim given in the same sentence as its speaker's own denial is that side's, not what is answered.
     */
    private static Statement claimAVerdictAnswers(Facts facts, Statement d, String said) {
        Matcher claimant = VERDICT_ON_SOMEONE.matcher(said.split("\\s*:\\s+", 2)[0]);
        if (said.contains(":") && claimant.lookingAt()
                && (claimant.group(1) != null || !NO_ONE_IN_PARTICULAR.matcher(claimant.group(2)).matches())) {
            String role = claimant.group(1) != null ? claimant.group(1) : claimant.group(2);
            // (The one named, or an officer of the body named: "the charity" is its chief executive too.)
            java.util.function.Predicate<Statement> named = s -> {
                String body = facts.bodySpokenFor(s.speaker());
                return Referents.namedOrDescribedAs(facts, s.speaker(), role) || body != null && Referents.namedOrDescribedAs(facts, body, role);
            };
            boolean someone = facts.statements.stream().anyMatch(named);
            List<Statement> theirs = Referents.claimsBy(facts, d, named.and(s -> !facts.mayBeSame(s.speaker(), d.speaker())));
            if (!CLAIM_OR_THING.matcher(role).matches()) {
                // "said the group had slipped a digit: …" where the group's words come only inside another's sentence: the
                // claim just before is someone else's, so no claim is safe. "the charity had jumped the gun: …": what the one
                // the verdict names said, the only such claim or the one the reason takes up most; none when that is not clear.
                return someone ? claimOfTheOneNamed(d, said, theirs) : null;
            }
        }
        // (Only the sentence just before: "Rescorla said that was never on the cards: …" answers the unnamed officer there, not
        // the elections office's words a paragraph up.)
        Statement before = claimJustBefore(facts, d);
        return before == null || before.sentence() != d.sentence() - 1 || facts.statements.stream().anyMatch(o -> o.sentence()
                == before.sentence() && o.speaker().equals(before.speaker()) && o.attribution().stance() == Stance.DENY) ? null : before;
    }

    private static Statement claimOfTheOneNamed(Statement d, String said, List<Statement> theirs) {
        if (theirs.size() == 1) {
            Statement only = theirs.get(0);
            return only.sentence() == d.sentence() - 1 || sharedStems(said, only.claim(), 4) > 0 ? only : null;
        }
        Statement best = null;
        int most = 0;
        int atMost = 0;
        for (Statement s : theirs) {
            int shared = sharedStems(said, s.claim(), 4);
            if (shared > most) {
                best = s;
                most = shared;
                atMost = 1;
            } else if (shared == most && shared > 0) {
                atMost++;
            }
        }
        return atMost == 1 ? best : null;
    }

    private static final Pattern NO_ONE_IN_PARTICULAR = Pattern.compile(
            "Nothing|Nobody|None|There|It|That|This|What|Everything|Everyone|No|Its|Our");

    /** "the group had slipped a digit", "Mulvenna had got her wires crossed": a verdict whose subject may be the claimant. */
    private static final Pattern VERDICT_ON_SOMEONE = Pattern.compile("^(?:[Tt]he\\s+(?:[\\p{L}'’-]+\\s+)?(\\p{Ll}+)|(\\p{Lu}\\p{L}+))\\s+"
            + "(?:had|has|have|was|were|is|are|got|must|would|could|should|might)\\b");
    /** "the truth was", "its books told", "that figure": a verdict's subject that is a thing, not someone. */
    private static final Pattern CLAIM_OR_THING = Pattern.compile("(?i)truth|figures?|claims?|reports?|story|stories|accounts?|estimates?|numbers?|"
            + "counts?|facts?|records?|books|idea|suggestion|picture|reality|case");

    private static final Pattern FIGURE_CHALLENGED = Pattern.compile("(?i)\\b(?:challeng|disput|contest|question|queri|contradict)\\w*\\s+"
            + "(?:the|that|this|those|these|its|their|his|her)\\s+(?:[\\p{L}-]+['\u2019]s?\\s+)?(?:[\\p{L}-]+\\s+)?"
            + "(?:figures?|numbers?|counts?|totals?|estimates?|readings?)\\b");
    /** A figure and the word it counts, perhaps one word between: "71 decibels", "140 lorries", "310 heavy lorries". */
    private static final Pattern FIGURE_AND_UNIT = Pattern.compile("(?<![\\d.,])(\\d[\\d,.]*)\\s+(?:[\\p{L}-]+\\s+)?(\\p{L}{4,})");
    private static final Pattern ANY_FIGURE = Pattern.compile("(?<![\\d.,])\\d[\\d,.]*");
    /** Words after a figure that count nothing ("61 to 57 during the trial year"). */
    private static final Set<String> NO_UNIT = Set.of("during", "since", "before", "after", "between", "from", "until", "over", "under",
            "last", "this", "that", "with", "each", "every", "more", "less", "than", "times", "when", "while", "were", "which", "their");

    /**
     * The claim by someone else, in the six sentences before, that gives another figure than the denial for the same thing:
     * of the unit it counts ("92 decibels" against "71 decibels") or in two words of its own ("burglaries in Pottlewick had
     * risen by 40 percent" against "fallen from 61 to 57"), when only one claim does; else null.
     */
    private static Statement claimWithAnotherFigure(Facts facts, Statement d) {
        String content = Phrasing.clean(d.attribution().content());
        Set<String> ownFigures = new java.util.HashSet<>();
        Matcher f = ANY_FIGURE.matcher(content);
        while (f.find()) {
            ownFigures.add(f.group());
        }
        List<Pattern> units = new ArrayList<>();
        Matcher own = FIGURE_AND_UNIT.matcher(content);
        while (own.find()) {
            if (!NO_UNIT.contains(own.group(2).toLowerCase(Locale.ROOT))) {
                units.add(Pattern.compile("(?<![\\d.,])(\\d[\\d,.]*)\\s+(?:[\\p{L}-]+\\s+)?" + Pattern.quote(own.group(2)) + "\\b",
                        Pattern.CASE_INSENSITIVE));
            }
        }
        List<Statement> found = new ArrayList<>();
        for (Statement s : facts.claims()) {
            if (s.sentence() >= d.sentence() || s.sentence() < d.sentence() - 6 || facts.knownSame(s.speaker(), d.speaker())
                    || s.attribution().stance() == Stance.DENY || !facts.isStandalone(s) || facts.choiceProblem(s.claim()).isPresent()) {
                continue;
            }
            boolean sameUnit = units.stream().anyMatch(u -> u.matcher(s.claim()).results().anyMatch(m -> !ownFigures.contains(m.group(1))));
            boolean otherFigure = ANY_FIGURE.matcher(s.claim()).results().anyMatch(m -> !ownFigures.contains(m.group()));
            if (sameUnit || otherFigure && sharedStems(s.claim(), content, 4) >= 2) {
                found.add(s);
            }
        }
        return found.size() == 1 ? found.get(0) : null;
    }

    /** The claim of someone else in the sentence before a reply, if it is the only one there and can stand alone; else null. */
    private static Statement claimJustBefore(Facts facts, Statement d) {
        // ("A receptionist at the park … told the Chronicle that … Copperleigh flatly contradicted her": an unnamed insider's
        // claim is one the body may answer.)
        List<Statement> before = facts.statements.stream().filter(s -> s.sentence() == d.sentence() - 1
                && (!facts.knownSame(s.speaker(), d.speaker()) || unnamedInsider(s, d)) && s.attribution().stance() != Stance.DENY).toList();
        if (before.size() == 1 && facts.isStandalone(before.get(0)) && facts.choiceProblem(before.get(0).claim()).isEmpty()) {
            return before.get(0);
        }
        // "She found 18,000 card numbers in a file …, she told KernelPost. She called Hopsack's post “careful spin”. A Hopsack
        // spokesperson said …": the claimant's last words may be a verdict that cannot stand alone; the claim before it, by
        // the same claimant, is what the answer takes up.
        // Anyone else speaking in between, a denier too, breaks the thread.
        List<Statement> lately = facts.statements.stream().filter(s -> s.sentence() >= d.sentence() - 2 && s.sentence() < d.sentence()
                && !facts.knownSame(s.speaker(), d.speaker())).toList();
        boolean oneClaimant = !lately.isEmpty() && lately.stream().allMatch(s -> s.speaker().equals(lately.get(0).speaker()));
        List<Statement> standalone = lately.stream().filter(s -> s.attribution().stance() != Stance.DENY && facts.isStandalone(s)
                && facts.choiceProblem(s.claim()).isEmpty()).toList();
        return oneClaimant && standalone.size() == 1 ? standalone.get(0) : null;
    }

    /**
     * "The association said the flood was cover for a rise planned long before. Its secretary said Copperleigh had set out the
     * same figure in a letter to its investors in 2032. The association has asked for a breakdown, she said. Copperleigh hit
     * back at the association … “There was no figure for ground rent in any letter to investors in 2032,” said its managing
     * director": of the claims one side made in a row, the one the denial's words (with its reason and the denials straight
     * after it) take up, not just the last ({@code picked}; review66 bramblecove q07, q09). Two shared words, or the only one
     * sharing a word when the last shares none.
     */
    private static Statement takenUpOfTheRun(Facts facts, Statement d, Statement picked) {
        // ("poured cold water on the association's account": words that only point back say nothing of which claim.)
        StringBuilder said = new StringBuilder(Pointing.of(d).back() ? "" : d.attribution().content());
        for (int i = d.index() + 1; i < facts.statements.size(); i++) {
            Statement o = facts.statements.get(i);
            boolean reason = o.sentence() == d.sentence() && o.speaker().equals(d.speaker());
            boolean deniedNext = o.sentence() > d.sentence() && o.sentence() <= d.sentence() + 2 && o.attribution().stance() == Stance.DENY;
            if (!reason && !deniedNext) {
                break;
            }
            said.append(' ').append(o.attribution().content());
        }
        String words = said.toString();
        int pickedShares = sharedStems(picked.claim(), words, 4);
        Statement best = picked;
        int bestShares = pickedShares;
        int sharing = 0;
        for (int i = picked.index() - 1; i >= 0; i--) {
            Statement s = facts.statements.get(i);
            if (s.sentence() < picked.sentence() - 3 || !s.speaker().equals(picked.speaker()) && !facts.knownSame(s.speaker(), picked.speaker())
                    || facts.knownSame(s.speaker(), d.speaker()) || s.speaker().equals(d.speaker()) || s.attribution().stance() == Stance.DENY) {
                break;
            }
            if (!s.rejectable() || !facts.isStandalone(s) || facts.choiceProblem(s.claim()).isPresent()) {
                continue;
            }
            int shares = sharedStems(s.claim(), words, 4);
            sharing += shares > 0 ? 1 : 0;
            if (shares > bestShares) {
                best = s;
                bestShares = shares;
            }
        }
        return bestShares >= 2 || pickedShares == 0 && sharing == 1 ? best : picked;
    }

    private static final Pattern FIGURE = Pattern.compile("\\d+");
    /** "the thread was “fantasy”": a one-word verdict on a thing the sentence only names. */
    private static final Pattern VERDICT_ON_A_THING = Pattern.compile("(?i)^(?:the|that|this)\\s+\\p{L}+\\s+(?:was|is|were|are)\\s+"
            + "[\"\u201c]?(?:(?:simply|just|pure|complete|total)\\s+)?[\\p{L}-]+\\W*$");
    /** "the figure was 286,000, not 412,000": the figure another gave, set right. */
    private static final Pattern NOT_THE_FIGURE = Pattern.compile("(?i),\\s*not\\s+(?:about\\s+|around\\s+|nearly\\s+|some\\s+)?"
            // "one email about the lock, not three": a count in words is a figure too.
            + "(\\p{Sc}?\\d[\\d,.]*\\d|\\p{Sc}?\\d|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|"
            + "fifty|sixty|seventy|eighty|ninety|a hundred|a thousand)\\b)");
    /** "every day this winter, ice or not": a concession, not a negation. */
    private static final Pattern OR_NOT = Pattern.compile("(?i),?\\s+or not\\b");
    private static final Pattern BLAMING = Pattern.compile("(?i)\\b(?:blam|accus)\\w*");
    static boolean sameParagraph(Facts facts, Statement a, Statement b) {
        return facts.sentence(a.sentence()).paragraph() == facts.sentence(b.sentence()).paragraph();
    }

    /** "said", "has told": a cue that rejects nothing itself, so what was said is the speaker's own version, not its object. */
    private static final Pattern PLAIN_SAYING = Pattern.compile("(?i)(?:(?:has|have|had)\\s+)?(?:said|says|told|tells|added|adds)");
    /** "waved that account aside" → "account"; "put paid to that one" → "one", a word for no kind of claim in particular. */
    private static String pointedNoun(String said) {
        Matcher m = POINTED_NOUN.matcher(said);
        return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : "one";
    }

    private static final Pattern POINTED_NOUN = Pattern.compile("(?i)\\b(?:that|this|these|those|the)\\s+(accounts?|claims?|reports?|story|"
            + "stories|allegations?|suggestions?|rumou?rs?|figures?|versions?)\\b");

    /** A denial and the claim it was found to answer. */
    private record Answered(Statement denial, Statement target, Referents.Hearsay hearsay) {}

    /** "maintained that …", "insisted that …": a rebuttal in the speaker's own words, its object unnamed. */
    private static final Pattern OWN_WORDS_CUE = Pattern.compile("(?i)(?:also\\s+)?(?:maintain|insist|stress|assert)\\w*");

    /** "went further", "was just as clear", "also took issue", "much the same thing": words that join the denial before. */
    private static final Pattern JOINING = Pattern.compile("(?i)\\b(?:also|too|as well|likewise|similarly|went further|just as|"
            + "equally|much the same|the same thing|echoed)\\b");

    /**
     * The claim a second party answers when its denial names none but joins the one just before ("The Health Board went
     * further, saying …"): the same claim, if that denial was another speaker's within two sentences and nobody else spoke
     * in between; null otherwise.
     */
    private static Answered joins(Facts facts, Statement d, Answered last) {
        if (last == null || facts.knownSame(last.denial().speaker(), d.speaker())
                // "went further, calling the memo “a forgery”": a denial that names its object is asked about by that object.
                || d.attribution().cue().matches("(?i).*\\b(?:call|describ|brand|label|dismiss|term)\\w*\\b.*")
                // "The island council also rejected the claim that the fare had tripled": it names its own claim, which may
                // not be the one the denial before answered.
                || Facts.namesAClaim(Phrasing.unquote(d.claim()))) {
            return null;
        }
        // "… said the story was “pure invention”. “Nobody has sold anything,” she told the Packet.": the first denier's
        // last words count, not only the denial the claim was found for.
        int lastWords = facts.statements.stream().filter(s -> s.sentence() < d.sentence() && s.speaker().equals(last.denial().speaker())
                && s.attribution().stance() == Stance.DENY).mapToInt(Statement::sentence).max().orElse(last.denial().sentence());
        if (lastWords < d.sentence() - 2) {
            return null;
        }
        boolean othersBetween = facts.statements.stream().anyMatch(s -> s.sentence() > last.denial().sentence() && s.sentence() < d.sentence()
                && !s.speaker().equals(last.denial().speaker()) && !s.speaker().equals(d.speaker()));
        String sentence = facts.sentence(d.sentence()).text();
        String head = Phrasing.clean(d.attribution().content());
        int at = head.length() > 12 ? sentence.indexOf(head.substring(0, 12)) : -1;
        String before = at > 0 ? sentence.substring(0, at) : sentence;
        return !othersBetween && JOINING.matcher(before).find() ? last : null;
    }

    /**
     * "A letter said the council planned to sell the bells. The vicar said both bells would go back. The diocesan adviser said
     * no request to sell any bell had ever reached the diocese": a denial straight after another's, by someone who did not
     * make the claim, taking up its words.
     */
    private static boolean straightAfter(Facts facts, Statement d, Answered last) {
        // ("Residents said the smoke contained chlorine. “…,” said one. The company denied this. The agency said there had been
        // no chlorine in the smoke": a quotation bearing the claim out may stand between it and the first denial.)
        return last != null && last.target() != null && last.hearsay() == null && last.denial().sentence() == d.sentence() - 1
                && last.target().sentence() >= d.sentence() - 4 && (!facts.mayBeSame(last.denial().speaker(), d.speaker())
                        || bodyOfAnotherKind(d.speaker(), last.denial().speaker()) && !facts.knownSame(last.denial().speaker(), d.speaker()))
                && !speaksForTheBody(d, last.denial().speaker())
                && !facts.mayBeSame(last.target().speaker(), d.speaker()) && sharesAStem(last.target().claim(), d.claim(), 4);
    }

    private static final Pattern KIND_OF_BODY = Pattern.compile("(?i)^the\\s+(?:[\\p{L}-]+\\s+){0,3}(agency|authority|ministry|council|"
            + "service|commission|regulator|board|department|inspectorate|watchdog|laboratory|police|coastguard)$");

    /**
     * "The provincial environment agency" after "Haverlund Chemicals": a body described by a kind the named one is not of
     * is another body, though it is not named.
     */
    private static boolean bodyOfAnotherKind(String described, String named) {
        Matcher m = KIND_OF_BODY.matcher(described.strip());
        return m.matches() && !named.toLowerCase(Locale.ROOT).contains(m.group(1).toLowerCase(Locale.ROOT));
    }

    /**
     * "Osmeria's foreign ministry dismissed the accusation. … ministry spokeswoman Lejla Morav-Anand told a briefing": one
     * who is described by the body's own noun speaks for it, so is no second party.
     */
    private static boolean speaksForTheBody(Statement d, String body) {
        String noun = body.toLowerCase(Locale.ROOT).replaceAll(".*\\s", "");
        String described = (d.attribution().description() + " " + d.attribution().mention()).toLowerCase(Locale.ROOT);
        return noun.length() > 3 && Pattern.compile("\\b" + Pattern.quote(noun) + "\\b").matcher(described).find();
    }

    /**
     * "Aldbrough's own group … disowned his figure, saying …": "his" or "her" is a person's, so a body's claim with a figure
     * just before is not what was turned away (review68 KES: the grants office's register offered as the group's target).
     */
    private static boolean notSomeonesButABodys(String said, Statement claim) {
        return claim != null && HIS_OR_HER.matcher(Phrasing.clean(said)).lookingAt()
                && claim.attribution().sourceType() != SourceType.PERSON;
    }

    private static final Pattern HIS_OR_HER = Pattern.compile("(?i)^(?:his|her)\\s");

    /** Asks whose claim of kind {@code noun} was denied, when there is one to ask of; whether it did. */
    private boolean whoseOfItsKind(Facts facts, Statement d, String noun, String said, List<Candidate> out) {
        Statement ofKind = Referents.latestOfKind(facts, d, noun);
        if (ofKind == null || notSomeonesButABodys(said, ofKind)) {
            return false;
        }
        whoseClaim(facts, d, noun, ofKind, out);
        return true;
    }

    /** "Besides Alarik Yarcombe, who denied the report that …?": the second party's question, the first named in it. */
    private boolean besides(Facts facts, Statement d, Answered first, List<Candidate> out) {
        List<Candidate> asked = new ArrayList<>();
        whoDenied(facts, d, first.target(), first.target().claim(), kindOf(first.target()), asked);
        boolean added = false;
        for (Candidate c : asked) {
            if (c.prompt().startsWith("Who denied ") && !c.distractors().contains(first.denial().speaker())) {
                out.add(c.withPrompt("Besides " + AttributionQuestions.speakerInSentence(first.denial().speaker(), facts) + ", who"
                        + c.prompt().substring(3)));
                added = true;
            }
        }
        return added;
    }

    /** A speaker's own negative statement may restate the denial: never offered as what they did not reject. */
    private static final Pattern NEGATION = Pattern.compile("(?i)\\b(?:not|no|never|nothing|nobody|none|n['\u2019]t)\\b");
    // ("Veloria flatly contradicted that": what was contradicted is the claim, which Veloria never said.)
    private static final Set<String> DENY_VERBS = Set.of("denied", "rejected", "dismissed", "disputed", "contradicted");
    private static final Pattern REJECTING_WORDS = Pattern.compile(
            "(?i)(fake from start to finish|fake news|fake|false and irresponsible|false|untrue|simply untrue|categorically untrue|"
                    + "baseless|groundless|unfounded|pure speculation|speculation|an invention|a forgery|a hoax|nonsense|propaganda|"
                    + "ill-founded|a fiction|wide of the mark|deeply flawed|flawed|not what happened|rubbish|a smear|a lie)");
    /** What a speaker might have called a claim instead of rejecting it, short and long. */
    private static final List<String> OTHER_DESCRIPTIONS = List.of("As partly true", "As a misunderstanding",
            "As accurate but incomplete", "As too early to judge", "As old news that changes nothing",
            "As an honest mistake by the reporters", "As a fair summary of what happened", "As worth looking into further");

    @Override
    public List<Candidate> propose(Facts facts) {
        List<Candidate> out = new ArrayList<>();
        java.util.Map<String, Statement> lastTarget = new java.util.HashMap<>();
        java.util.Map<String, Integer> lastDenial = new java.util.HashMap<>();
        Answered lastAnswered = null;
        for (Statement d : facts.statements) {
            // "accused each other of misleading the public": two sides trading charges, no one denial to weigh.
            // "warned there were “no miracles available”": a warning, whatever its "no", is not a denial.
            if (!weighable(d)) {
                continue;
            }
            whoGaveAccount(facts, d, out);
            String said = Phrasing.unquote(d.claim()).replaceAll("\u2026", "").strip();
            Pointing pointing = Pointing.of(d);
            Matcher ref = pointing.ref();
            Matcher verdict = pointing.verdict();
            Matcher demonstrative = pointing.demonstrative();
            boolean pointsBack = pointing.back();
            // "gave that short shrift", "took issue with it": the rejecting words alone, their object a pointer.
            boolean ownWords = !pointsBack && ownWordsPointing(d, said);
            pointsBack |= ownWords;
            // "put paid to that one" names no kind of claim: the latest claim is meant, whatever verb gave it.
            String noun = ref.matches() ? ref.group(1) : demonstrative.matches() ? demonstrative.group(1)
                    : verdict.matches() ? verdict.group(1) : ownWords ? pointedNoun(said) : "claim";
            Statement earlier = lastTarget.get(d.speaker());
            int lastOwn = earlier == null ? -1 : lastDenial.get(d.speaker());
            // "Catterall … went straight at the story … Varnham told the chamber that repairs had been held back. Mrs Catterall
            // gave that short shrift.": a new claim by someone else in between is what the second denial answers.
            boolean soonAfter = earlier != null && lastOwn >= d.sentence() - 3;
            boolean again = soonAfter && facts.statements.stream().noneMatch(s -> s.sentence() > lastOwn
                    && s.sentence() < d.sentence() && !facts.knownSame(s.speaker(), d.speaker()) && s.attribution().stance() != Stance.DENY);
            if (soonAfter && !again && d.quotation() && facts.isStandalone(d) && !pointsBack) {
                // "Q: There are reports that … / Donachie: That is completely untrue. No dates have been set": a new denial in
                // the speaker's own words, whatever becomes of the claim it answers.
                whoGaveDenial(facts, d, out);
            }
            if (again && (pointsBack || d.quotation())) {
                // "denied these reports. “This news is fake from start to finish,” it said": one denial, told twice.
                describe(facts, d, earlier, out);
                if (d.quotation() && facts.isStandalone(d) && !pointsBack) {
                    // "Ms Quarrington rejected that. “There is no second round planned …,” she said": her own words are a
                    // denial a reader can be asked to put a name to.
                    whoGaveDenial(facts, d, out);
                }
                continue;
            }
            String verdictOn = DenierWording.verdictOn(said);
            if (verdictOn != null) {
                // "It is simply untrue that the criteria were changed": what is called untrue is what was denied.
                whichClaim(facts, d, null, verdictOn, null, out);
                whoDenied(facts, d, null, verdictOn, null, out);
                continue;
            }
            String[] calledUntrue = d.quotation() ? null : claimCalledUntrue(facts, d, said);
            if (calledUntrue != null) {
                // "A rumour that the cafe lease had been given to a national chain is wrong, said Mrs Achara-Lightfoot": the
                // rumour named is what was denied.
                whichClaim(facts, d, null, calledUntrue[1], calledUntrue[0], out);
                whoDenied(facts, d, null, calledUntrue[1], calledUntrue[0], out);
                continue;
            }
            java.util.Optional<Referents.Hearsay> hearsay = pointsBack ? Referents.hearsayBefore(facts, d) : java.util.Optional.empty();
            Statement target = pointsBack && hearsay.isEmpty() ? Referents.earlierClaim(facts, d, noun)
                    : hearsay.isEmpty() ? Referents.claimantNamed(facts, d) : null;
            if (target != null && clearsTheDenier(target, d)) {
                target = null;
            }
            if (NOT_A_THING.matcher(said).find()) {
                // "This is not a closure.": not whatever was said last, but the claim that called it a closure.
                target = claimNaming(facts, d, said);
            } else if (pointsBack && hearsay.isEmpty()) {
                // ("the sludge explanation" after an admission, which is no claim to reject: the engineer's sludge claim.)
                target = withTopic(facts, d, target, said);
                target = target == null ? null : takenUpOfTheRun(facts, d, target);
                target = notSomeonesButABodys(said, target) ? null : target;
            }
            Matcher otherFigure = NOT_THE_FIGURE.matcher(said);
            if (otherFigure.find()) {
                // "The figure was 286,000, not 412,000": the claim answered is the one that gave 412,000, wherever it is;
                // "the number was 84, not 200" answers "more than 200 flights had been cancelled" just before.
                // "The team said the account was wrong: … 70 minutes after the call, not three hours": the account is the one
                // that gave three hours, not an older one "account" happened to point at first.
                target = target != null ? (target.claim().contains(otherFigure.group(1)) ? target
                        : pointsBack && hearsay.isEmpty() ? claimWithFigure(facts, d, otherFigure.group(1)) : null)
                        : hearsay.isEmpty() && !pointsBack ? claimWithFigure(facts, d, otherFigure.group(1)) : null;
            }
            if (target == null && hearsay.isEmpty() && !pointsBack) {
                // "told the Post that no such message had been sent": the message is the one the claim just before spoke of.
                Statement such = Referents.suchThing(facts, d);
                if (such != null) {
                    String what = kindOf(such);
                    whichClaim(facts, d, such, null, such.claim(), what, preferred(such, what), out);
                    whoDenied(facts, d, such, such.claim(), what, out);
                    continue;
                }
            }
            Matcher owned = OWNED_CLAIM.matcher(said);
            boolean ownerTarget = false;
            if (target == null && hearsay.isEmpty() && !pointsBack && owned.matches()) {
                // "gave short shrift to the association's costs figure": whose claim it was is named, and which of theirs is the
                // question ("Which claim did the city council reject?").
                Statement owners = Referents.earlierClaim(facts, d, owned.group(2));
                // Only a claim its owner made, with a figure if a figure was rejected: "the study's central figure" is not
                // its author's "the true figure could be higher still", nor "Mrs Delphy's claim" a plot holder's sighting.
                // ("the charity's forecast" that crashes "would double" is a forecast in words, no figure.)
                boolean figure = owned.group(2).matches("(?i)figures?|estimates?|counts?|numbers?");
                // ("the association's costs figure" may be its chair's: one the article gives as the association's own.)
                if (owners != null && facts.speakers.keySet().stream().anyMatch(x -> Referents.namedOrDescribedAs(facts, x, owned.group(1))
                        && (x.equals(owners.speaker()) || facts.knownSame(x, owners.speaker())))
                        && (!figure || owners.claim().matches("(?s).*\\d.*"))) {
                    target = figure ? owners : takenUpOfTheRun(facts, d, owners);
                    ownerTarget = true;
                }
            }
            boolean reply = d.attribution().cue().matches("(?i)(?:answer|repl|respond|retort|counter)\\w*")
                    || RETORT_AT.matcher(facts.sentence(d.sentence()).text()).find();
            if (target == null && hearsay.isEmpty() && !pointsBack && (reply || retortByItsShape(facts, d, said))) {
                // "One council officer told the Gazette that the valuation had allegedly been done in an afternoon. The
                // finance director answered that one …: the valuation took eleven days": a reply answers the claim just made.
                target = reply ? claimJustBefore(facts, d) : claimAVerdictAnswers(facts, d, said);
                // "Holden said interpreters had left because Lingofield had cut their fees. He said at least 15 had gone.
                // Lingofield said the pay-cut story did not bear scrutiny: …": the story the verdict names, not the last claim.
                // When no claim speaks of what the verdict names, the one just before is no stand-in: "talk of scrapping the
                // windmill was barmy" does not answer the same councillor's next claim, about the lease (review87 saltcoombe q10).
                target = withTopic(facts, d, target, said);
                target = target == null ? null : takenUpOfTheRun(facts, d, target);
                if (target != null && d.quotation() && facts.isStandalone(d)) {
                    // "Q: There are reports that your executive … / A: That is completely untrue.": the answer's own words are a
                    // denial to put a name to, whether or not the question's claim can stand as a choice.
                    whoGaveDenial(facts, d, out);
                }
            }
            if (target == null && hearsay.isEmpty() && !pointsBack && FIGURE_CHALLENGED.matcher(facts.sentence(d.sentence()).text()).find()) {
                // "The parish challenged the figure, saying its own meter had read 71 decibels": the figure challenged is the one
                // another gave in the same unit ("the bells reach 92 decibels").
                target = claimWithAnotherFigure(facts, d);
            }
            if (target == null && hearsay.isEmpty() && !pointsBack && !NEGATION.matcher(OR_NOT.matcher(said).replaceAll("")).find()
                    && PLAIN_SAYING.matcher(d.attribution().cue()).matches()) {
                // "A former worker … told Hartmoor Sound that the sprinklers had reportedly been switched off. Mr Winterflood
                // said his crews found the sprinklers working": a denial in positive words answers the contested claim just
                // before it, whose words it takes up.
                Statement contested = claimJustBefore(facts, d);
                // ("blamed Colridge Dyeworks, …, claiming it had dumped dye": what a blaming cue takes is no clause to ask about.)
                if (contested != null && (ContestedClaims.contested(contested.attribution()) || sameParagraph(facts, contested, d))
                        && !BLAMING.matcher(contested.attribution().cue()).find()
                        && sharesAStem(contested.claim(), d.claim(), 4)) {
                    target = contested;
                }
            }
            if (target == null && hearsay.isEmpty() && !pointsBack && d.quotation() && facts.isStandalone(d)) {
                // "The company also said it had held two open meetings with residents. … “Nobody from Corrowen has ever knocked
                // on a door in this street,” Hobbard said": a denial naming whoever made the claim just before answers it.
                Statement claimed = claimJustBefore(facts, d);
                // (Not an outlet: "the Drenlow Lamplighter" shares its town's name with what the words are about.)
                if (claimed != null && claimed.attribution().sourceType() != SourceType.OUTLET && namesTheSpeaker(said, claimed.speaker())) {
                    target = claimed;
                }
            }
            Answered joined = target == null && hearsay.isEmpty() && !pointsBack ? joins(facts, d, lastAnswered) : null;
            if (joined == null && target == null && hearsay.isEmpty() && !pointsBack && straightAfter(facts, d, lastAnswered)
                    && besides(facts, d, lastAnswered, out)) {
                // A second party straight after the first, taking up the claim's words with no joining word: "Who denied …?"
                // of that claim is the first denier's question, so this one names the first.
                continue;
            }
            if (joined != null) {
                // "Dowdeswell told the Bulletin there was “nothing whatsoever” in the story. The Health Board went further,
                // saying the contract runs until 2031": a second party answering the claim the first just denied.
                target = joined.target();
                hearsay = java.util.Optional.ofNullable(joined.hearsay());
            }
            // "The contractor called the story a fabrication … The board also pushed back against the deckhand's account": a second
            // party found to answer the same claim as the denial before is asked about beside the first (review66 ebbersham q11-13).
            Answered sameClaimBefore = joined == null && target != null && lastAnswered != null && lastAnswered.target() == target
                    && lastAnswered.hearsay() == null && !lastAnswered.denial().speaker().equals(d.speaker())
                    // ("Gullstone Capital, the fund that has owned Copperleigh" is one side with it, but another body that denied.)
                    && (!facts.knownSame(lastAnswered.denial().speaker(), d.speaker()) || DenierWording.isNamedBody(lastAnswered.denial())
                            && DenierWording.isNamedBody(d)) ? lastAnswered : null;
            if (hearsay.isPresent() || target != null) {
                lastAnswered = new Answered(d, target, hearsay.orElse(null));
            }
            if (hearsay.isPresent()) {
                // "Rumours went around that X. City hall says that isn't true.": the rumour is what was denied.
                // A second party's denial is asked as which claim it answered, or its joining the first is lost.
                int priority = joined != null ? Math.max(ANSWERED_PRIORITY, preferred(null, hearsay.get().noun())) : preferred(null, hearsay.get().noun());
                whichClaim(facts, d, null, hearsay.get(), hearsay.get().clause(), hearsay.get().noun(), priority, out);
            } else if (target != null) {
                int before = out.size();
                lastTarget.put(d.speaker(), target);
                lastDenial.put(d.speaker(), d.sentence());
                // ("pushed back against the traders' estimate": an estimate, not a "report": review67 TUL q03.)
                String ownersWord = ownerTarget ? owned.group(2).toLowerCase(Locale.ROOT) : "";
                // ("Which report did the head teacher deny?" of what a councillor said: a claim, as askAnswered calls it.)
                String what = ownersWord.matches("estimate|claim|account|allegation|suggestion|forecast|prediction|warning")
                        ? ownersWord
                        : !pointsBack ? claimUnlessReported(target, kindOf(target))
                        : noun.toLowerCase(Locale.ROOT).matches("news|story|stories|number|figure|thing|idea|picture|one")
                        ? kindOf(target) : noun.toLowerCase(Locale.ROOT);
                // "She says the posters have it backwards": the denial names whose claim it was, so which claim is the question.
                boolean claimantNamed = !pointsBack;
                // "Anfield said the valve had come from Dalverne and that the crack had started with a flaw. Dalverne disputed
                // that account": the account is both things, and its first clause alone is no fair key ("Who disputed the
                // account that …" is still fair: the account did say it).
                boolean bothThings = pointsBack && facts.laterClauseOf(target) != null;
                if (!bothThings) {
                    whichClaim(facts, d, target, null, target.claim(), what,
                            claimantNamed ? Math.max(ANSWERED_PRIORITY, preferred(target, what)) : preferred(target, what), out);
                }
                if (sameClaimBefore != null ? !besides(facts, d, sameClaimBefore, out)
                        : joined == null || joined.target() == null || joined.hearsay() != null || !besides(facts, d, joined, out)) {
                    // "The plant's landlord also disputed the newspaper's story": a second "Who denied …?" of the same claim
                    // would repeat the first party's question, so it names the first party.
                    whoDenied(facts, d, target, target.claim(), what, out);
                }
                describe(facts, d, target, out);
                if (!claimantNamed && target.attribution().via().isEmpty() && !target.attribution().anonymous() && !facts.bareRole(target.speaker())
                        && !facts.mayBeSame(target.speaker(), d.speaker())) {
                    // "Whose account did the school deny?": when no contested claim makes a fair wrong answer, who made it does.
                    whoseClaim(facts, d, what, target, out);
                }
                if (ownerTarget && out.size() == before) {
                    // "Who rejected the association's costs figure?" when the claim itself makes no question.
                    whoDenied(facts, d, null, d.claim(), null, out);
                }
            } else if (ref.matches() && labelled(d.claim()) == null && whoseOfItsKind(facts, d, noun, said, out)) {
                // "denied the accusation" where the accusation's words cannot stand alone: whose accusation it was.
            } else if (d.quotation()) {
                if (facts.isStandalone(d) || verdict.matches()) {
                    whoGaveDenial(facts, d, out);
                }
                lastAnswered = answered(facts, d, lastAnswered, out);
            } else if (!pointsBack || !Phrasing.unquote(d.claim()).matches("(?i)^(that|this|it)\\W*$")) {
                // "denied that X", "rejected the suggestion that X", "called the report “speculation”".
                java.util.Optional<NamedClaim> named = NamedClaim.in(d, facts);
                if (facts.isStandalone(d) && !Facts.opensWithClaimNoun(d.claim())) {
                    whichClaim(facts, d, null, d.claim(), null, out);
                } else if (named.isPresent()) {
                    // "rejected suggestions that it had changed its methodology": the suggestion itself is what was rejected.
                    whichClaim(facts, d, null, named.get().clause(), named.get().noun(), out);
                    lastAnswered = new Answered(d, null, new Referents.Hearsay(named.get().noun(), named.get().clause(), d.sentence()));
                }
                whoDenied(facts, d, null, d.claim(), null, out);
                if (!facts.isStandalone(d) || CALLING.matcher(Phrasing.clean(d.attribution().content())).find()) {
                    describeObject(facts, d, out);
                }
                lastAnswered = answered(facts, d, lastAnswered, out);
            }
        }
        for (Statement d : facts.statements) {
            whatDenierSaid(facts, d, out);
        }
        return out;
    }

    /**
     * The claim a "rumour that … is wrong" names, standing alone; "claims that it had kept the centre open … were “not
     * remotely true”" from a body are claims about the body itself. The kind of claim and the claim; null when there is
     * none, or it leans on other words.
     */
    private static String[] claimCalledUntrue(Facts facts, Statement d, String said) {
        String[] named = DenierWording.namedClaimCalledUntrue(said);
        if (named == null) {
            return null;
        }
        String claim = named[1];
        Matcher own = OWN_IT.matcher(claim);
        if (own.lookingAt()) {
            if (!DenierWording.isNamedBody(d)) {
                return null;
            }
            String body = AttributionQuestions.speakerInSentence(d.speaker(), facts);
            claim = (own.group(1).equalsIgnoreCase("its") ? Phrasing.possessive(body, '\'') : body) + " " + claim.substring(own.end());
        }
        claim = Phrasing.capitalise(claim);
        return facts.standsAsClaim(claim) ? new String[] {named[0], claim} : null;
    }

    private static final Pattern OWN_IT = Pattern.compile("(?i)^(it|its)\\s+");

    /**
     * "Posts claim the cameras are running an hour fast. … Greengage Foods was named in one post as the business that had
     * asked for the cameras. “We never asked for cameras,” its manager said": the article's own narration between the claim
     * and the denial says, as closely as the claim does, what was denied; then the claim is not safely the one answered.
     */
    private static boolean narrationAnswered(Facts facts, Statement claim, Statement d, String denial) {
        int claimed = facts.answerOverlap().score(claim.claim(), denial);
        Set<Integer> attributed = new java.util.HashSet<>();
        for (Statement s : facts.statements) {
            if (s != d) {
                attributed.addAll(s.sentences());
            }
        }
        for (int k = claim.sentence() + 1; k < d.sentence(); k++) {
            // (The denial's own sentence names its speaker, whose words the denial shares: "the minister's spokesman said …".)
            if (attributed.contains(k) || d.sentences().contains(k)) {
                continue;
            }
            String text = facts.sentence(k).text();
            int narrated = text.isBlank() ? 0 : facts.answerOverlap().score(text, denial);
            if (narrated > 0 && narrated >= claimed && facts.sharedWords(text, claim.claim()) <= 1) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Helen Mbatha-Rowe said the 40 per cent figure “is out by a factor of ten”. “We make less on a tin of formula …,” she
     * said": a quotation right after the speaker's own denial carries on that rebuttal; a claim it shares words with since
     * ("the board could order makers to sell a plain formula") is not what it answered.
     */
    private static boolean continuesOwnDenial(Facts facts, Statement d, Statement claim) {
        // ("“We measure this cliff to the centimetre …,” said the agency's area manager" goes on with the agency's "80
        // centimetres a year, not 3 metres" three sentences before, not with the chair's remark about the agency: review57
        // SKE q05.)
        // A quotation that takes up the claim's own words, or a claim about its own speaker, answers it, however long after its
        // side's denial it comes; one that defends "our figure" does not answer a claim with no figure in it.
        String said = Phrasing.clean(d.attribution().content());
        boolean defendsAFigure = OUR_FIGURE.matcher(said).find() && !claim.claim().matches("(?s).*\\d.*");
        int reach = !defendsAFigure && (sharesAStem(said, claim.claim(), 4) || mentions(facts, d.speaker()).test(claim.claim())) ? 1 : 3;
        return d.quotation() && facts.statements.stream().anyMatch(o -> o != d && o.attribution().stance() == Stance.DENY
                && o.sentence() < d.sentence() && o.sentence() >= d.sentence() - reach && o.sentence() > claim.sentence()
                && facts.knownSame(o.speaker(), d.speaker())
                && answeredBy(facts, o).filter(a -> a != claim).isPresent());
    }

    /** The claim a denial answers by naming it or pointing back at it, worked out once per denial. */
    static java.util.Optional<Statement> answeredBy(Facts facts, Statement denial) {
        return facts.claimAnswered.computeIfAbsent(denial, o -> java.util.Optional.ofNullable(Referents.claimantNamed(facts, o))
                .or(() -> java.util.Optional.ofNullable(Referents.earlierClaim(facts, o, "claim")))
                .filter(claim -> !clearsTheDenier(claim, o)));
    }

    /**
     * "“We have had no letter, call or email about this lane from Featherstone,” said the committee's chair. Featherstone Homes
     * said the story was a tall tale": another's denial that speaks up for the denier is on its side, not what it denied
     * (review72 brindleton q09, a wrong key).
     */
    private static boolean clearsTheDenier(Statement claim, Statement denial) {
        String said = claim.attribution().content();
        // (A claim against the denier names it too, "Featherstone had asked for the change", but says no "no".)
        if (!CLEARING.matcher(said).find()) {
            return false;
        }
        String name = denial.speaker().replaceFirst("(?i)^the\\s+", "").split("\\s+")[0];
        return name.length() > 3 && Character.isUpperCase(name.charAt(0)) && WholeWord.in(said, name);
    }

    private static final Pattern CLEARING = Pattern.compile("(?i)\\b(?:no|nothing|nobody|never|none)\\b[^.;]{0,80}\\b(?:from|by|with)\\s+\\p{Lu}");

    /** A denial a reader can be asked to weigh: not a warning, a finding, an admission or an accusation, whatever its "no". */
    static boolean weighable(Statement d) {
        return d.attribution().stance() == Stance.DENY && !d.attribution().cue().startsWith("(")
                // "warned there were “no miracles available”": a warning, whatever its "no", is not a denial.
                && !d.verb().matches("warned|predicted|promised|forecast|cautioned")
                // "The 46 households on the lane see it differently": a view of their own, no report denied (review72 brindleton q04).
                && !d.attribution().cue().matches("(?i)(?:see|sees|saw|seen|remember|remembers|remembered)\\b.*\\bdifferently\\b.*")
                // "Officers found no bottles", "admitted they cropped the pictures", "claimed there had been no bidder": a
                // finding, an admission or an accusation, whatever its "no", is nothing denied.
                && !d.verb().matches("found|admitted|conceded|acknowledged|claimed|alleged|accused|concluded|ruled|judged|considered")
                // "accused each other of misleading the public": two sides trading charges, no one denial to weigh.
                && !Phrasing.clean(d.attribution().content()).matches("(?i)^(?:each other|one another)\\b.*")
                // "the programme's published rules say there are no such kiosks": a record shows; it denies nothing.
                && !RECORD.matcher(d.speaker()).matches();
    }

    /**
     * "A lorry driver told the paper he had driven a milk tanker from the plain to the dairy. … “No milk from the plain has
     * ever come into this dairy, not in a tanker and not in a bucket,” Basso said": a denial in the speaker's own words
     * answers a contested claim before it, and which claim that was is the question a careful reader must answer. The
     * claim answered shares the denial's words ("milk", "plain", "tanker"; see {@link AnswerOverlap}). Only one clear
     * claim will do: two as close would make the key a guess.
     *
     * <p>Asks which claim {@code d} answered, and gives what a second party straight after it may answer: "The company denied
     * this. The agency said there had been no chlorine in the smoke" takes up the claim the company's words hold (see
     * {@link #echoed}); {@code last} when they hold none.
     */
    private Answered answered(Facts facts, Statement d, Answered last, List<Candidate> out) {
        Statement echo = echoed(facts, d);
        Answered answered = echo != null ? new Answered(d, echo, null) : last;
        // ("The borough said there had been no complaint": a body known only as "the borough" is untyped, but no record.)
        boolean record = d.attribution().sourceType() == SourceType.UNKNOWN && !(BARE_BODY.matcher(d.speaker()).matches()
                && !Facts.documentLike(d.speaker()));
        if (record || RELAYED.matcher(Phrasing.clean(d.attribution().content())).find()) {
            // "Wessington's published bus register" contradicts a claim; it does not deny it. "Mrs Sollas said the county
            // council had told her in writing that it has no plans …": the council denies, she only passes it on.
            return answered;
        }
        if (echo != null) {
            // "The union disputes that": the claim it disputes is the one just quoted, word for word.
            askAnswered(facts, d, echo, out);
            return answered;
        }
        String denial = Phrasing.clean(d.attribution().content());
        if (NOT_A_THING.matcher(denial).find()) {
            // "This is not a closure": the claim that used the word, or none; no scoring of shared words.
            Statement named = claimNaming(facts, d, denial);
            if (named != null && !narrationAnswered(facts, named, d, denial) && !continuesOwnDenial(facts, d, named)) {
                askAnswered(facts, d, named, out);
            }
            return answered;
        }
        Statement best = null;
        int bestScore = 0;
        int secondScore = 0;
        boolean namesWhatItDenies = !d.quotation() && facts.isStandalone(d) && !ClauseCheck.negated(denial);
        Set<String> denialWords = Distractors.contentWords(denial);
        java.util.function.Predicate<String> aboutDenier = mentions(facts, d.speaker());
        List<Statement> justClaimed = new ArrayList<>();
        List<Statement> aboutTheDenier = new ArrayList<>();
        List<Statement> plainlySaidJustBefore = new ArrayList<>();
        List<Statement> plainlySaidRecently = new ArrayList<>();
        Statement latest = null;
        Statement lastImplicating = null;
        java.util.function.Predicate<String> aboutItsBody = mentionsBodyOf(d);
        for (Statement s : facts.statements) {
            if (s.sentence() >= d.sentence() || s.sentence() < d.sentence() - ANSWER_WINDOW
                    || facts.knownSame(s.speaker(), d.speaker()) && !unnamedInsider(s, d)
                    // "No one in this office handed that ship a clock to race" is another party's own denial, not a claim.
                    // A negative claim is a claim when someone "claims" it: "about 600 forms were never counted".
                    // "It did accept that the street light … had been broken": what a side admits is no claim a third party denies.
                    || !s.rejectable() || ClauseCheck.negated(s.claim()) && !CONTESTING_CUE.matcher(s.attribution().cue()).find()
                    || !facts.isStandalone(s)
                    || facts.choiceProblem(s.claim()).isPresent() || s.quotation() && facts.firstPerson(s.claim())) {
                continue;
            }
            boolean implicates = s.sentence() >= d.sentence() - IMPLICATED_WINDOW && (aboutDenier.test(s.claim()) || aboutItsBody.test(s.claim()));
            if (implicates) {
                lastImplicating = s;
            }
            if (!contested(facts, s) && !blamedInTheSameBreath(facts, s)) {
                if (s.sentence() == d.sentence() - 1 || s.sentence() == d.sentence() - 2 && sameParagraph(facts, s, d)) {
                    plainlySaidJustBefore.add(s);
                }
                if (s.sentence() >= d.sentence() - 3) {
                    plainlySaidRecently.add(s);
                }
                // "Bodega Sant Eloi had skipped the vintage", in a wine writer's note: what one person says of the denier is
                // what their rebuttal may answer, though nothing marks it as contested. An official body's report is not.
                // So is what a union, campaign or residents' group says of it ("The union also said the firm had scrapped its
                // mileage allowance").
                if (implicates && (s.attribution().sourceType() == SourceType.PERSON || s.attribution().sourceType() == SourceType.ORGANIZATION
                        && ADVOCATES.matcher(s.speaker()).find())) {
                    aboutTheDenier.add(s);
                }
                continue;
            }
            if (s.sentence() >= d.sentence() - 2) {
                latest = s;
            }
            // Just before: the sentence before, or two back within the denial's own paragraph.
            if (s.sentence() == d.sentence() - 1 || s.sentence() == d.sentence() - 2 && sameParagraph(facts, s, d)) {
                justClaimed.add(s);
            }
            if (implicates) {
                aboutTheDenier.add(s);
            }
            // Naming the denier only tips the balance between claims that share words: "the Hollins partnership had been
            // bidding with Aitken money" names Aitken but is not what "It has not been sold twice" answered.
            int shared = facts.answerOverlap().score(s.claim(), denial);
            if (namesWhatItDenies && Distractors.sharedWith(denialWords, s.claim()) < 2) {
                // "Mr Threadgold denied that the union had leaked the severance list": what is denied is stated, so a claim
                // sharing one word with it ("would lose their severance payment") is another matter (review25, ORM).
                shared = 0;
            }
            int score = shared == 0 ? 0 : 2 * shared + (aboutDenier.test(s.claim()) ? 1 : 0);
            if (score > bestScore) {
                secondScore = bestScore;
                bestScore = score;
                best = s;
            } else if (score > secondScore) {
                secondScore = score;
            }
        }
        if (best == null && justClaimed.size() == 1 && negatedOutright(denial) && nothingSaidBetween(facts, justClaimed.get(0), d)
                // "claim that the lynx killed a dog … and that police marksmen have been called in": when the claim's sentence
                // shares words with the denial that the claim does not, the denial answers the rest of that sentence.
                && facts.answerOverlap().score(facts.sentence(justClaimed.get(0).sentence()).text(), denial) == 0
                // "Patients said two evening sessions had been cancelled. “We have never been asked to plan for a closure,”
                // said the lead nurse": a denial with words of its own, none of them the claim's, answers something else.
                && (denialWords.size() < 3 || BACK_TO_A_CLAIM.matcher(denial).find() || sharesAStem(denial, justClaimed.get(0).claim()))
                // "Allnutt said Fallowford Water had warned the council … He told Cathedral FM the council was gambling …
                // Fallowford Water said … it had sent the council no warning": a claim about the denier that takes up more of
                // the denial's words may be what it answers; the one just before is then no safe key (review80 addlebury q09).
                && aboutTheDenier.stream().noneMatch(a -> takesUpMore(denial, a, justClaimed.get(0)))) {
            // "The syndicate's bid, she claims, arrived two days late. 'Nobody outside this office laid eyes on either bid
            // before the envelopes were opened,' said Harriet Dunn": a denial right after the one contested claim, with
            // nobody else's words between, answers it in whatever words.
            best = justClaimed.get(0);
        }
        if (best == null && d.quotation() && justClaimed.size() == 1 && justClaimed.get(0).attribution().anonymous()
                && justClaimed.get(0).sentence() == d.sentence() - 1 && nothingSaidBetween(facts, justClaimed.get(0), d)
                && sharesAStem(denial, justClaimed.get(0).claim())) {
            // "A park attendant, who asked not to be named, told the Post that the splash pad would run only at weekends. “It
            // will run every day from June to September,” said the councillor": a quotation in the speaker's own words, straight
            // after an unnamed insider's claim and taking up its words, answers it.
            best = justClaimed.get(0);
        }
        if (best == null && latest != null && POINTER_OBJECT.matcher(d.claim()).find() && nothingSaidBetween(facts, latest, d)) {
            // "Posts claimed the turbine had been left spinning. The operator has contested that claim": a verdict whose
            // object points back is about the claim just before it.
            best = latest;
        }
        if (best == null && aboutTheDenier.size() == 1 && !ClauseCheck.negated(denial) && (d.quotation() || facts.isStandalone(d))
                // "Vallance told Rural Week that the association would pay for tests on reed … The survey also said much of the
                // imported reed was cut after a single season's growth. Vellerup Reed protested that …": a later claim about
                // the denier, from a report, is as likely what it answers; the earlier one is then no safe key.
                && lastImplicating == aboutTheDenier.get(0)
                // "The Post reported the parent company was up for sale. “Complete nonsense,” said its chairman. … Strellett said
                // the company had recruited 22 carers": a claim someone else has already denied is not what she answers.
                && !deniedByAnotherBetween(facts, aboutTheDenier.get(0), d)
                // "… “Together we can run evening clinics,” said its senior partner. … Patients' Voice said the merger was the
                // first step towards closing the Tallis Lane building. The partnership set the record straight, saying both
                // buildings would stay open": a third party's claim between, closer to the denial's words, is what it answers.
                && !claimedCloserBetween(facts, aboutTheDenier.get(0), d, denial)) {
            // "A post claimed the sponsor, Solvane, would pull out. … “We signed for three more seasons in January,” said
            // Solvane's marketing director": a rebuttal in other words answers the one claim just before about its speaker.
            best = aboutTheDenier.get(0);
        }
        if (best == null && NO_SUCH_THING.matcher(denial).find()) {
            // "Quistelli has also said the inspection was set off by a complaint … The borough said there had been no
            // complaint": a plain statement is no contested claim, but the one that said there was the thing is answered.
            best = claimNaming(facts, d, denial);
        }
        if (best == null) {
            best = plainClaimAnswered(facts, d, denial, plainlySaidRecently);
        }
        Statement later = best == null ? null : facts.laterClauseOf(best);
        Statement rejection = best == null ? null : rejectionItGivesAReasonFor(facts, d);
        if (later != null && !sharesAStem(denial, best.claim()) && sharesAStem(denial, later.claim())) {
            // "Anfield said the valve had come from Dalverne and that the crack had started with a flaw when the part was
            // made. … “The part left our factory in perfect condition,” said Dalverne's engineering director": the denial
            // answers the clause it takes words from.
            best = later;
        } else if (later != null && rejection != null) {
            // "Dalverne disputed that account, saying the valve had passed every check": the reason answers the whole account,
            // whichever of its two clauses it shares words with.
            return answered;
        } else if (best != null && rejection != null && (answeredBy(facts, rejection).orElse(null) != best
                // "flatly rejected the suggestion that complaints had been ignored, saying 1,090 of them had been closed":
                // the rejection says in words what it rejects, and its reason answers that, not a claim sharing its words.
                || NamedClaim.in(rejection, facts).isPresent())) {
            // "The fund contested that account, saying Tennock had left the room": the reason answers the account the rejection
            // points back at, not the lede's report about the fund (review50 MAR q01).
            return answered;
        }
        if (best != null && (narrationAnswered(facts, best, d, denial) || continuesOwnDenial(facts, d, best)
                || unshownClaimAnsweredAsClosely(facts, d, best, denial, bestScore))) {
            return answered;
        }
        Statement found = best;
        if (found != null && bestScore > 0 && java.util.stream.Stream.concat(aboutTheDenier.stream(), plainlySaidJustBefore.stream())
                .anyMatch(a -> takesUpMore(denial, a, found))) {
            // "She said the shingle was being lost because the harbour board's new breakwater … had cut off the stones …. The
            // Harbour Board said the shingle … never passes the breakwater": a claim about the denier, or one just before it,
            // which nothing marks as contested but which takes up more of the denial's words than the contested one found;
            // the key would be a guess (review81 rosscombe q03, a wrong key).
            return answered;
        }
        // "The service said that figure was way off: …": a verdict on a figure answers a claim that gave one; when that claim
        // cannot be shown, an unnamed firefighter's report of no figure is no stand-in (review78 aldwinter q04, a wrong key).
        boolean onAFigure = VERDICT_ON_A_FIGURE.matcher(denial).lookingAt();
        if (best != null && (bestScore > secondScore || bestScore == 0) && (!onAFigure || Referents.hasFigure(best.attribution().content()))) {
            askAnswered(facts, d, best, out);
        }
        return answered;
    }

    /**
     * "Dagnall said each hangar would take away two parking spaces … The council said each hangar would sit in a single
     * parking bay, not across two": a denial straight after another's plain claim, with nobody else reported between, answers
     * it when it takes up more of its words than any other claim there, or points back at it.
     */
    private static Statement plainClaimAnswered(Facts facts, Statement d, String denial, List<Statement> saidRecently) {
        if (JOINING.matcher(facts.sentence(d.sentence()).text()).find() || rejectionItGivesAReasonFor(facts, d) != null) {
            // "was also plain about it": one who joins a denial answers what the first denier answered, not the first's words;
            // "rejected the suggestion that complaints had been ignored, saying …": the reason answers what was rejected.
            return null;
        }
        // ("Dagnall said each hangar would take away two parking spaces … He told Kexbrough Sound the association would fight
        // every hangar": the claimant's own next words between leave the first claim as near as the second.)
        List<Statement> near = saidRecently.stream().filter(s -> onlyTheClaimantBetween(facts, s, d) && !partOfARebuttal(facts, s)
                && (s.sentence() >= d.sentence() - 2 && (s.sentence() == d.sentence() - 1 || sameParagraph(facts, s, d))
                        || saidRecently.stream().anyMatch(o -> o.speaker().equals(s.speaker()) && o.sentence() == d.sentence() - 1)))
                .toList();
        Statement best = null;
        int bestShared = 0;
        boolean tie = false;
        for (Statement s : near) {
            int shared = sharedStems(denial, s.claim(), 4);
            if (shared > bestShared) {
                best = s;
                bestShared = shared;
                tie = false;
            } else if (shared == bestShared) {
                tie = true;
            }
        }
        // (A denial in words of its own says "not" or "never"; a bare account of other figures may be no denial at all.)
        if (best != null && bestShared >= 2 && !tie && (negatedOutright(denial) || DENY_VERBS.contains(d.verb()))) {
            return best;
        }
        int last = near.stream().mapToInt(Statement::sentence).max().orElse(-1);
        // (A pointer means the claim just before it: the sentence before, or two back in its own paragraph.)
        List<Statement> latest = near.stream().filter(s -> s.sentence() == last && (last == d.sentence() - 1
                || last == d.sentence() - 2 && sameParagraph(facts, s, d))).toList();
        // ("The group's account", "His figure": a pointer naming whose words it means is answered by them, not by the latest;
        // and the claim pointed at is the last thing anyone else said, even one no choice can show.)
        Statement lastSaid = facts.statements.stream().filter(o -> o.sentence() < d.sentence() && !o.speaker().equals(d.speaker()))
                .reduce((a, b) -> b).orElse(null);
        // ("called the story “a holiday brochure”": a story, a report or figures are some source's own, found by their kind.)
        Pointing pointing = Pointing.of(d);
        String kind = pointing.ref().matches() ? pointing.ref().group(1)
                : pointing.demonstrative().matches() ? pointing.demonstrative().group(1) : "";
        return latest.size() == 1 && latest.get(0) == lastSaid && pointing.back() && !OWNED_POINTER.matcher(d.claim()).lookingAt()
                && !SOURCED_KIND.matcher(kind).matches() ? latest.get(0) : null;
    }

    private static final Pattern SOURCED_KIND = Pattern.compile("(?i)stor(?:y|ies)|reports?|figures?|findings|rumou?rs?|posts?|numbers?|"
            + "estimates?|data|statistics|survey|study|letter|leaflet|petition|video|memo");
    private static final Pattern OWNED_POINTER = Pattern.compile("(?i)^\\W*(?:his|her|their|its|the\\s+[\\p{L}-]+['\u2019]s?)\\s");

    /** Whether nobody but the claimant and the denier is reported between a claim and the denial after it. */
    private static boolean onlyTheClaimantBetween(Facts facts, Statement claim, Statement d) {
        return facts.statements.stream().noneMatch(s -> s != claim && !s.speaker().equals(d.speaker())
                && !s.speaker().equals(claim.speaker()) && s.sentence() > claim.sentence() && s.sentence() < d.sentence());
    }

    /** "The vicar said the bells had been rehung because their old bearings had worn through", after his own denial. */
    private static boolean partOfARebuttal(Facts facts, Statement s) {
        return facts.statements.stream().anyMatch(o -> o.attribution().stance() == Stance.DENY
                && facts.knownSame(o.speaker(), s.speaker()) && o.sentence() <= s.sentence() && o.sentence() >= s.sentence() - 1);
    }

    /** Whether {@code other}'s claim shares more of the denial's words than {@code found}'s does. */
    private static boolean takesUpMore(String denial, Statement other, Statement found) {
        return other != found && sharedStems(denial, other.claim(), 4) > sharedStems(denial, found.claim(), 4);
    }

    private static final Pattern VERDICT_ON_A_FIGURE = Pattern.compile(
            "(?i)^\\W*(?:that|this|the|their|its|his|her)\\s+(?:" + Referents.FIGURE_NOUNS + ")\\s+(?:was|were|is|are)\\b");

    /**
     * "A Ledgerpost manager told the Herald that the company planned to close about 40 rural counters. “There is no list of
     * 40 branches. Every village counter we run today will still be open next month,” said its head of rural services": the
     * claim just before, which cannot be shown on its own, is answered at least as closely as the older one that can; the
     * older one is then no safe key (review52 HAL q01). It keeps a deer agency's published cull figures, given just after a
     * post's claim, from being asked as the agency's denial of the post (eval-blind5's deer-cull fact check).
     */
    private static boolean unshownClaimAnsweredAsClosely(Facts facts, Statement d, Statement best, String denial, int bestScore) {
        return facts.statements.stream().anyMatch(s -> s != best && s.sentence() < d.sentence() && s.sentence() >= d.sentence() - 2
                && s.sentence() > best.sentence() && s.attribution().stance() != Stance.DENY
                && (!facts.knownSame(s.speaker(), d.speaker()) || unnamedInsider(s, d))
                && (!facts.isStandalone(s) || facts.choiceProblem(s.claim()).isPresent())
                && 2 * facts.answerOverlap().score(s.claim(), denial) >= bestScore && facts.answerOverlap().score(s.claim(), denial) > 0);
    }

    /**
     * The same speaker's rejection of "that account" or "the claim" in the same sentence that {@code d} gives the reason for,
     * or null.
     */
    private static Statement rejectionItGivesAReasonFor(Facts facts, Statement d) {
        return facts.statements.stream().filter(o -> o != d && o.sentence() == d.sentence() && o.speaker().equals(d.speaker())
                && o.attribution().stance() == Stance.DENY && (POINTER_OBJECT.matcher(o.claim()).find() || Pointing.of(o).back()
                        || ownWordsPointing(o, Phrasing.unquote(o.claim()).replaceAll("\u2026", "").strip())
                        // "rejected the suggestion that complaints had been ignored, saying …" names what it rejects.
                        || NamedClaim.in(o, facts).isPresent())).findFirst().orElse(null);
    }

    /**
     * How a rejection's own words point back at a claim said before: "that suggestion" or "the claim untrue" ({@code ref};
     * "the suggestion that the firm misled her" states what it rejects instead), "there was “nothing whatsoever” in the
     * story" (the story), "“That number is a fiction”" ({@code verdict}), "denied that outright" ({@code demonstrative}), or
     * a bare "That is untrue" ({@code back} alone).
     */
    private record Pointing(Matcher ref, Matcher demonstrative, Matcher verdict, boolean back) {
        static Pointing of(Statement d) {
            String said = Phrasing.unquote(d.claim()).replaceAll("\u2026", "").strip();
            Matcher ref = REFERENCE.matcher(Facts.namesAClaim(said) ? "" : NOTHING_IN.matcher(said.replaceAll("[\"\u201c\u201d]", "")).replaceFirst("$1"));
            Matcher demonstrative = DEMONSTRATIVE.matcher(said.replaceFirst(
                    "(?i)\\s+(?:outright|entirely|completely|flatly|firmly|as well|too|either|also|again)[.]?$", ""));
            Matcher verdict = QUOTED_VERDICT.matcher(said);
            // "That was not the case: it had approved nothing yet …": the verdict before a colon points back, the rest is its
            // reason.
            String verdictPart = said.split("\\s*:\\s+", 2)[0];
            boolean back = ref.matches() || demonstrative.matches() || verdict.matches()
                    || FURTHER_FROM_THE_TRUTH.matcher(said).matches()
                    || POINTING_BACK.matcher(Phrasing.unquote(Phrasing.clean(d.attribution().content())).replaceAll("[.\u2026]+$", "").strip()).matches()
                            && Phrasing.words(verdictPart) <= 6;
            return new Pointing(ref, demonstrative, verdict, back);
        }
    }

    private static final Pattern BARE_BODY = Pattern.compile("(?i)^the\\s+\\p{L}+$");

    /** Asked as what the denial answered, it ties the denial to its claim: the question a denial most needs. */
    private void askAnswered(Facts facts, Statement d, Statement target, List<Candidate> out) {
        String what = claimUnlessReported(target, kindOf(target));
        whichClaim(facts, d, target, null, target.claim(), what, Math.max(ANSWERED_PRIORITY, preferred(target, what)), out);
        if (asksWhoDeniedTheUnnamedClaim(facts, d, target)) {
            whoDenied(facts, d, target, target.claim(), what, out);
        }
    }

    /**
     * "A volunteer presenter … told the Post that repeats were listed as new shows. The station said the shows were new
     * programmes, not repeats": "Which report did the station deny?" would print what the unnamed source said as its key,
     * where the question about that source wants it; "Who denied the report that …?" leaves it room (review51 GOW). Only
     * when the denial takes up the claim's own words ("Nobody in this building has ever proposed cutting what pensioners
     * receive" may answer the memo story, but does not deny the memo was sent); when the claim is of one thing (a denial of
     * "… has given their children headaches, and more than 300 of them have signed …" may answer one of them only); when
     * the claim does not name the denier ("Who denied the claim that the board would freeze prices?" gives away "A board
     * spokesman"); and when no other party denies it straight after, whose question it would be as much.
     */
    private static boolean asksWhoDeniedTheUnnamedClaim(Facts facts, Statement d, Statement target) {
        return target.attribution().anonymous() && facts.laterClauseOf(target) == null && !target.claim().contains(", and ")
                && Distractors.sharedWith(Distractors.contentWords(target.claim()), d.claim()) >= 2
                && Distractors.sharedWith(Distractors.contentWords(d.speaker()), target.claim()) == 0
                && facts.statements.stream().noneMatch(o -> o != d && o.attribution().stance() == Stance.DENY
                        && !facts.knownSame(o.speaker(), d.speaker()) && o.sentence() > target.sentence() && o.sentence() <= d.sentence() + 2);
    }

    /**
     * "knowing that …", "having signed …", "taking the money": a gerund opening what was denied, by the word after it;
     * "Staffing cuts had slowed …" opens on a noun, and "nothing" or "during" are no gerunds.
     */
    private static final Pattern GERUND = Pattern.compile("(?i)(?:having|being)\\s+\\S|(?!(?:no|some|any|every)thing\\b|during\\b)"
            + "\\p{L}{3,}ing\\s+(?:that|to|a|an|the|any|his|her|their|its|it|them|him|me|us)\\b");

    static final Pattern HOLDING_BACK = Pattern.compile("(?i)\\b(?:would|will|could|did|does|do)\\s+not\\s+(?:speculate|comment|"
            + "discuss|say\\s+more|be\\s+drawn)\\b|\\b(?:was|were|is|am|are)\\s+not\\s+(?:blaming|accusing|calling|saying|suggesting|"
            + "pointing)\\b");

    /** "there was “no truth whatsoever” to the claim": words that point back at what they answer. */
    private static final Pattern BACK_TO_A_CLAIM = Pattern.compile("(?i)\\b(?:the|that|this|these|those|such)\\s+(?:claims?|reports?|"
            + "stor(?:y|ies)|suggestions?|allegations?|rumou?rs?|posts?|ideas?|accounts?|figures?)\\b|\\b(?:it|this)\\b");

    private static final Set<String> SMALL_WORDS = Set.of("the", "and", "but", "for", "was", "had", "has", "not", "our", "any",
            "who", "one", "all", "its", "his", "her", "their", "they", "that", "this", "with", "from", "have", "been", "were",
            "will", "would", "there", "what", "when", "which", "about", "into", "than", "then", "them", "only", "also", "very");

    /**
     * Whether two texts share a word, "boat" and "boats", "bid" and "bidding" alike. Not {@link AnswerOverlap}, which
     * leaves names out: here "Nobody is closing Brayfield Pool" shares "Brayfield" with the claim it answers.
     */
    static boolean sharesAStem(String a, String b) {
        return sharesAStem(a, b, 3);
    }

    /**
     * The same, over words of at least {@code minLength} letters ("tup" alone ties nothing to a claim made in passing) and
     * figures ("17 swimmers … had been left out", "all 17 were included").
     */
    private static boolean sharesAStem(String a, String b, int minLength) {
        return sharedStems(a, b, minLength) > 0;
    }

    /** How many words of {@code a} share a stem with a word of {@code b} (see {@link #sharesAStem(String, String, int)}). */
    static int sharedStems(String a, String b, int minLength) {
        List<String> stems = new ArrayList<>();
        for (String w : Phrasing.key(b).split(" ")) {
            if ((w.length() >= minLength || FIGURE.matcher(w).matches()) && !SMALL_WORDS.contains(w)) {
                stems.add(stem(w));
            }
        }
        int shared = 0;
        for (String w : Phrasing.key(a).split(" ")) {
            if ((w.length() >= minLength || FIGURE.matcher(w).matches()) && !SMALL_WORDS.contains(w)) {
                String stem = stem(w);
                // A figure is the same figure only whole: "20 years" is not "since 2024".
                boolean figure = FIGURE.matcher(w).matches();
                if (stems.stream().anyMatch(x -> figure || FIGURE.matcher(x).matches() ? x.equals(stem)
                        : x.startsWith(stem) || stem.startsWith(x))) {
                    shared++;
                }
            }
        }
        return shared;
    }

    /** The first five letters, after a verb's ending: "warned" and "warning" are one stem. */
    private static String stem(String word) {
        String root = word.replaceFirst("(?<=\\p{L}{4})(?:ing|ed)$", "");
        return root.substring(0, Math.min(5, root.length()));
    }

    private static final Pattern RELAYED = Pattern.compile(
            "^(?:[Tt]he|[Aa]n?)\\s+[^,\"\u201c]{2,60}?\\s+(?:had|has)\\s+told\\s+(?:her|him|them|us|me)\\b");

    /** "called the loaders story “a misreading”": a word before the noun names what the story was about. */
    private static final Pattern TOPIC_BEFORE_NOUN = Pattern.compile("^(?:[Tt]he|[Tt]hat|[Tt]his|[Tt]hese|[Tt]hose|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\\s+"
            + "(\\p{Ll}[\\p{Ll}-]{3,})\\s+(?:reports?|claims?|allegations?|suggestions?|story|stories|rumou?rs?|accounts?|idea|talk|explanations?|"
            + "versions?|theory|theories)\\b");
    /** "talk of scrapping the windmill was barmy", "the idea of a car park was nonsense": a claim named by what it spoke of. */
    private static final Pattern TALK_OF = Pattern.compile("(?i)(?:all\\s+)?(?:the\\s+|that\\s+|this\\s+|any\\s+)?(?:talk|idea|notion|"
            + "suggestion|prospect|rumou?rs?|reports?|stories|story)\\s+(?:of|about)\\s+(.+?)\\s+(?:was|were|is|are)\\b");
    private static final Set<String> NOT_A_TOPIC = Set.of("whole", "same", "latest", "original", "earlier", "first", "second",
            "newspaper", "online", "false", "wild", "entire", "anonymous", "unnamed", "main", "central", "other", "further", "social");

    /**
     * The claim a topic-named reference points back at: "the loaders story" is not the post's first clause about contractors
     * (review22, a wrong key), but the claim that speaks of loaders. When the nearest claim lacks the topic word, the latest
     * one that has it; when none has it as a key, none.
     */
    private static Statement withTopic(Facts facts, Statement d, Statement target, String said) {
        Matcher topic = TOPIC_BEFORE_NOUN.matcher(said);
        Matcher talkOf = TALK_OF.matcher(said);
        List<String> topicWords;
        if (topic.find() && !NOT_A_TOPIC.contains(topic.group(1).toLowerCase(Locale.ROOT))) {
            topicWords = List.of(topic.group(1).toLowerCase(Locale.ROOT));
        } else if (talkOf.lookingAt()) {
            // "talk of scrapping the windmill was barmy: …": the claim that spoke of scrapping it, not the same speaker's next
            // one (review87 saltcoombe q10, a wrong key).
            topicWords = List.copyOf(Distractors.contentWords(talkOf.group(1)));
        } else {
            return target;
        }
        // "the pay-cut story" speaks of a claim that the firm "had cut their fees": either half of a joined topic will do.
        List<String> parts = topicWords.stream().filter(w -> w.contains("-"))
                .flatMap(w -> java.util.Arrays.stream(w.split("-"))).filter(p -> p.length() >= 3).toList();
        java.util.function.Predicate<Statement> speaksOf = s -> Distractors.contentWords(s.claim()).stream()
                .anyMatch(w -> topicWords.stream().anyMatch(word -> w.equals(word) || w.startsWith(word.length() > 5 ? word.substring(0, 5) : word)))
                || parts.stream().anyMatch(p -> WholeWord.in(s.claim().toLowerCase(Locale.ROOT), p));
        if (target != null && speaksOf.test(target)) {
            return target;
        }
        Statement latest = null;
        for (Statement s : facts.statements) {
            if (s.sentence() < d.sentence() && s.sentence() >= d.sentence() - ANSWER_WINDOW && s != d && !s.speaker().equals(d.speaker())
                    && s.attribution().stance() != Stance.DENY && facts.isStandalone(s) && speaksOf.test(s)) {
                latest = s;
            }
        }
        return latest;
    }

    /** "a government that has not published a single impact study" negates a description, not a claim. */
    private static boolean negatedOutright(String denial) {
        Matcher negation = NEGATION.matcher(denial);
        if (!negation.find()) {
            return false;
        }
        String before = denial.substring(0, negation.start());
        return !RELATIVE_JUST_BEFORE.matcher(before).find();
    }

    private static final Pattern RELATIVE_JUST_BEFORE = Pattern.compile("(?i)\\S\\s+(?:that|which|who|whose|whom)\\s+(?:\\S+\\s+){0,2}$");

    /**
     * "A plasterer who has worked for Castlegate's contractor, Brightwell, …": an unnamed person's claim is one the body they
     * work for may deny; a document of that body ("a study published …") speaks for it.
     */
    private static boolean unnamedInsider(Statement s, Statement d) {
        return s.attribution().anonymous() && !s.speaker().equals(d.speaker()) && !Facts.documentLike(s.speaker())
                && !Facts.documentLike(s.attribution().source());
    }

    /**
     * Whether, between the claim and the denial, someone other than the denier denied something, or the denier's own body
     * denied another claim just before (see {@link #bodyDeniedJustBefore}).
     */
    private static boolean deniedByAnotherBetween(Facts facts, Statement claim, Statement d) {
        return facts.statements.stream().anyMatch(s -> s.attribution().stance() == Stance.DENY
                && s.sentence() >= claim.sentence() && s.sentence() < d.sentence()
                && (!facts.knownSame(s.speaker(), d.speaker()) || bodyDeniedJustBefore(facts, s, claim, d)));
    }

    /**
     * "The airport took issue with the group's estimate. “… Nine thousand is the honest number,” a spokeswoman for the
     * airport said": the body's denial of another claim, just before the quote, is what its spokesperson goes on with.
     */
    private static boolean bodyDeniedJustBefore(Facts facts, Statement s, Statement claim, Statement d) {
        return !s.speaker().equals(d.speaker()) && s.sentence() == Math.min(d.sentence(), d.sentences().get(0)) - 1
                && answeredBy(facts, s).filter(a -> a != claim).isPresent();
    }

    /** Whether a third party's claim between a claim and the denial after it shares more of the denial's words. */
    private static boolean claimedCloserBetween(Facts facts, Statement claim, Statement d, String denial) {
        int own = facts.answerOverlap().score(claim.claim(), denial);
        return facts.statements.stream().anyMatch(s -> !s.speaker().equals(claim.speaker()) && !s.speaker().equals(d.speaker())
                && s.sentence() > claim.sentence() && s.sentence() < d.sentence() && s.rejectable()
                && facts.answerOverlap().score(s.claim(), denial) > own);
    }

    /** Whether no one else is reported between a claim and the denial after it ("Marsh laughed at that." says nothing). */
    private static boolean nothingSaidBetween(Facts facts, Statement claim, Statement d) {
        return facts.statements.stream().noneMatch(s -> s != claim && !s.speaker().equals(d.speaker())
                && s.sentence() > claim.sentence() && s.sentence() < d.sentence());
    }

    /**
     * "Brereton-Coyle blamed the lead-out man, Daniel Fairlie-Mbatha, who he said had swung across the road": what is
     * said in a sentence that blames or accuses is contested though its own verb is "said".
     */
    private static boolean blamedInTheSameBreath(Facts facts, Statement s) {
        return facts.statements.stream().anyMatch(o -> o != s && o.sentence() == s.sentence() && o.speaker().equals(s.speaker())
                && CONTESTING_CUE.matcher(o.attribution().cue()).find());
    }

    /** "took issue with that in an email", "has contested that claim", "made short work of that claim", "put that down to …". */
    static final Pattern POINTER_OBJECT = Pattern.compile("(?i)^(?:\\p{L}+\\s+){0,4}?(?:that|this|them|it|those|these)"
            + "(?:\\s+(?:claims?|suggestions?|reports?|stor(?:y|ies)|accounts?|ideas?|talk|rumou?rs?|allegations?|figures?|posts?))?"
            + "(?=\\s*[.]?$|\\s*[\u201c\"]|\\s+(?:in|on|at|to|down|off|as|with|by|from|during)\\b)");

    /** How far back the one claim about a speaker may sit and still be what their rebuttal in other words answers. */
    private static final int IMPLICATED_WINDOW = 4;

    /** "Solvane's marketing director": a claim naming Solvane is about the body the speaker answers for. */
    private static java.util.function.Predicate<String> mentionsBodyOf(Statement d) {
        List<String> bodies = new ArrayList<>();
        for (String w : (d.attribution().description() == null ? "" : d.attribution().description()).split("[\\s,]+")) {
            if (w.matches("\\p{Lu}[\\p{L}-]{3,}['\u2019]s")) {
                bodies.add(w.substring(0, w.length() - 2));
            }
        }
        return claim -> bodies.stream().anyMatch(b -> WholeWord.in(claim, b));
    }

    /** How far back a claim may sit and still be the one a denial answers: a section of a long piece. */
    static final int ANSWER_WINDOW = 12;
    /** Above "Whose denial is this?", which leaves out what was denied; below "Who denied that …?", which names it. */
    private static final int ANSWERED_PRIORITY = 68;
    /** Below any question that names the claim a verdict answers, above what the denier said in other words. */
    private static final int VERDICT_ONLY_PRIORITY = 60;
    private static final int ANSWERED_FALLBACK_PRIORITY = 66;

    private static final Pattern VERDICT_ON_IT = Pattern.compile("(?i)^(?:it|that|this)\\s+(?:was|is|were|has|had)\\s+not\\s*[:.;]");

    /**
     * "Calvera's volcano observatory said it had not told anyone to leave the villages": when a denial reads on its own
     * but no other form fits it (a briefing item with one body, say), what the denier said, beside what others said.
     * Its low priority makes it the denial's question only when nothing better survives.
     */
    private void whatDenierSaid(Facts facts, Statement d, List<Candidate> out) {
        String content = Phrasing.clean(d.attribution().content());
        if (d.attribution().stance() != Stance.DENY || d.attribution().cue().startsWith("(") || d.quotation()
                || !d.verb().matches("said|insisted|maintained|stressed|stated|added|told") || !ClauseCheck.negated(content)
                || nobodyInParticular(d.speaker()) || !ClauseCheck.readableSource(d.speaker()) || Distractors.notASpeaker(d.speaker())
                || AnonymousSourceQuestions.namedSoonAfter(facts, d)
                // "It was not: the breed record …": the "it" is the claim found wanting, not the speaker.
                || VERDICT_ON_IT.matcher(content).lookingAt()) {
            return;
        }
        String key;
        Matcher itself = ITSELF.matcher(firstConjunct(content.split(" \u2026 ")[0]));
        String head = headNoun(d.speaker());
        // "The Inspectorate has told us": the article's short name for the body keeps its capital.
        String shortName = facts.lowerCaseWords.contains(head) ? head
                : facts.callsItThe(Phrasing.capitalise(head)) ? Phrasing.capitalise(head) : null;
        if (itself.matches() && DenierWording.isNamedBody(d) && shortName != null
                // "Corrabeck Water" is no "water": only a word for a kind of body stands for it.
                && (Facts.ORGANISATION_HEADS.contains(head) || BUSINESS_HEADS.contains(head))) {
            // "it had not told anyone": the observatory, in the article's own word for it.
            key = "The " + shortName + (itself.group(1).equalsIgnoreCase("its") ? "'s " : " ") + itself.group(2);
        } else if (facts.isStandalone(d)) {
            // "what did Brightwell Maintenance say? — Its operatives …": the name again in the answer would give it away.
            key = d.withOwnPronoun(firstConjunct(d.claim().split(" \u2026 ")[0]));
        } else {
            return;
        }
        key = Phrasing.capitalise(key.replaceAll("[.,;:]+$", ""));
        if (DenierWording.pointsBack(key) || !facts.standsAsClaim(key) || facts.choiceProblem(key).isPresent()
                || Phrasing.key(key).contains(Phrasing.key(d.speaker()))) {
            return;
        }
        // The claim as the article words it, so that wrong answers come from the same story.
        List<String> wrong = Distractors.claims(facts, d.claim(), o -> !Distractors.sameSide(facts, o.speaker(), d.speaker()), 3);
        if (wrong.size() < 2) {
            return;
        }
        String prompt = "According to the article, what did " + AttributionQuestions.speakerInSentence(d.speaker(), facts) + " "
                + Speech.base(d.verb()) + "?";
        String explanation = "The article says: " + Explain.quote(d.evidence()) + " That is a denial from " + Explain.who(d, facts)
                + ". The other choices are what others said, not " + Explain.who(d, facts) + ".";
        out.add(new Candidate("denial", Skill.SOURCE_EVALUATION, QuestionType.SINGLE_CHOICE, Difficulty.MEDIUM, prompt, key, wrong,
                explanation, d.sentences(), "deny:" + d.index(), 15));
    }

    private void whichClaim(Facts facts, Statement d, Statement target, String denied, String what, List<Candidate> out) {
        whichClaim(facts, d, target, null, denied, what, preferred(target, what), out);
    }

    private static int preferred(Statement target, String what) {
        return deniedAReport(target, what) ? 95 : 50;
    }

    private static final Pattern OUR_FIGURE = Pattern.compile("(?i)\\b(?:our|its|their|my)\\s+(?:own\\s+)?(?:figures?|numbers?|count|"
            + "measurements?|readings?|data)\\b");

    private static final Pattern PLAYED_DOWN = Pattern.compile("(?i)\\b(?:play|plays|played|playing)\\s+down\\b");

    /** "the association's costs figure", "the club's warning": a claim named by whose it was, and nothing more. */
    private static final Pattern OWNED_CLAIM = Pattern.compile("(?i)^(?:the\\s+)?(?:[\\p{L}-]+\\s+)?([\\p{L}-]+)['\u2019]s?\\s+"
            + "(?:[\\p{L}-]+\\s+)?(claims?|figures?|accounts?|warnings?|estimates?|counts?|reports?|allegations?|suggestions?|"
            + "forecasts?|predictions?|projections?|numbers?|criticism|version|story)$");

    private static final Pattern RECORD = Pattern.compile("(?i).*\\b(?:rules|rulebook|laws?|regulations|register|registers|records|"
            + "data|map|maps|footage|photos?|photographs?|images?|timetable|schedule|minutes|logs?)$");
    private static final Pattern REPORT_AS_SPEAKER = Pattern.compile(
            "(?i)^(?:the\\s+)?(?:reports?|rumou?rs?|claims?|speculation)(?:\\s+(?:in|on)\\s.*)?$");

    /** {@code target} is the statement denied, or {@code hearsay} the unsourced claim; both null when the denial states it. */
    private void whichClaim(Facts facts, Statement d, Statement target, Referents.Hearsay hearsay, String denied, String what,
            int priority, List<Candidate> out) {
        // "There are reports that a second round of cuts is planned": rumours are what denials answer, so one the
        // denier did not answer here may be one it answered elsewhere — no safe wrong answer.
        // Asked again of every statement by each search for wrong answers below: worked out once each.
        Map<Statement, Boolean> fairness = new java.util.IdentityHashMap<>();
        // "What did the council deny? *That the old nursery could be used for lessons": the teacher's claim that the school could
        // use it is what the denial answers, whichever way the key puts it (review63 YAN).
        // (Only when the two share a word: without one, the claim found is a guess, and may be a fair wrong answer after all.)
        Statement answers = target != null ? target : answeredBy(facts, d).filter(a -> sharesAStem(a.claim(), d.claim(), 4)).orElse(null);
        java.util.function.Predicate<Statement> fair = s -> fairness.computeIfAbsent(s, x -> x != target && x != answers
                && x.attribution().stance() != Stance.DENY && !REPORT_AS_SPEAKER.matcher(x.speaker()).matches()
                && !facts.mayBeSame(x.speaker(), d.speaker()) && !Distractors.similar(x.claim(), d.claim())
                && !partOfAccount(facts, x, target, d) && !DeniersSide.answered(facts, x, d)
                // "That Ezeani-Pryce was not blaming anyone yet": a speaker holding back says nothing anyone could reject.
                && !HOLDING_BACK.matcher(x.claim()).find());
        // A claim about the denier ("the county council changed the rules") may be just what it denied: others first.
        java.util.function.Predicate<String> aboutDenier = mentions(facts, d.speaker());
        java.util.function.Predicate<Statement> aboutOthers = fair.and(s -> !aboutDenier.test(s.claim()));
        // A wrong answer must be something a reader could believe was denied: another contested claim (a report, an
        // allegation, a rumour, an unnamed source's account), not a neutral fact or the denier's own side's words.
        java.util.function.Predicate<Statement> contestedByOthers = aboutOthers.and(s -> contested(facts, s));
        // Someone's quoted words are not a claim anyone put to the denier: reported claims first, like the key.
        boolean quotedKey = target != null && target.quotation();
        List<String> contestedWrong = new ArrayList<>(Distractors.claims(facts, denied, contestedByOthers.and(s -> !s.quotation() || quotedKey), 3));
        if (contestedWrong.size() < 2) {
            contestedWrong = new ArrayList<>(Distractors.claims(facts, denied, contestedByOthers, 3));
        }
        List<String> wrong = new ArrayList<>(Distractors.claims(facts, denied, aboutOthers.and(s -> !s.quotation() || quotedKey), 3));
        if (wrong.size() < 2) {
            // What the denier owned up to, it did not deny: a fairer wrong answer than someone's quoted words.
            List<String> withAdmissions = new ArrayList<>(wrong);
            // ("Its engineer corrected him" after "The trust admitted it had skipped a safety check": the engineer's body owned up.)
            String body = facts.bodySpokenFor(d.speaker());
            withAdmissions.addAll(DeniersSide.admissions(facts, denied, body == null ? Set.of(d.speaker()) : Set.copyOf(List.of(d.speaker(), body)),
                    wrong, 2 - wrong.size()));
            wrong = withAdmissions.size() >= 2 ? withAdmissions : new ArrayList<>(Distractors.claims(facts, denied, aboutOthers, 3));
        }
        // Claims about the denier, then its own statements, make weaker wrong answers still.
        if (wrong.size() < 2) {
            wrong = new ArrayList<>(Distractors.claims(facts, denied, fair, 3));
        }
        if (wrong.size() < 2) {
            List<String> others = List.copyOf(wrong);
            wrong.addAll(Distractors.claims(facts, denied, s -> s != target && s.speaker().equals(d.speaker())
                    && s.attribution().stance() != Stance.DENY && !NEGATION.matcher(s.claim()).find()
                    && !Distractors.similar(s.claim(), d.claim()) && others.stream().noneMatch(w -> Distractors.similar(w, s.claim())), 2 - others.size()));
        }
        if (contestedWrong.size() >= 2) {
            whichClaim(facts, d, target, hearsay, denied, what, contestedWrong, priority, out);
        }
        if (!wrong.equals(contestedWrong)) {
            // Wrong answers nobody would think were denied: the question the blueprint takes last for this denial, when
            // the fairer one fails the quality filter or was never possible. A denial in the speaker's own words is the
            // exception: which claim it answered is its best question even so, above "Whose denial is this?".
            int fallback = target != null && priority >= ANSWERED_PRIORITY ? ANSWERED_FALLBACK_PRIORITY : 20;
            whichClaim(facts, d, target, hearsay, denied, what, wrong, fallback, out);
        }
    }

    private void whichClaim(Facts facts, Statement d, Statement target, Referents.Hearsay hearsay, String denied, String what,
            List<String> wrong, int priority, List<Candidate> out) {
        if (wrong.size() < 2) {
            return;
        }
        if (target != null && onlyALabel(target.claim())) {
            // "The 52,000gns 'the highest price ever paid'" is no claim a choice can state.
            return;
        }
        if (target != null) {
            // "…, where most of the area's call-outs happen" tells where the bay is, not what was denied (review58 CRA q03).
            denied = withoutAside(withoutDeniersName(denied, d));
        }
        // "Which claim did Dr Thorfinn Ogilvie-Strand, keeper of coins at Ebbworth Museum, deny?": a description set after the
        // name inside the question closes with a comma of its own.
        String speaker = AttributionQuestions.speakerInSentence(d.speaker(), facts).replaceFirst("^([^,]+,\\s[^,]+)$", "$1,");
        if (target == null && hearsay == null && !DENY_VERBS.contains(d.verb()) && !callsUntrue(d)) {
            // "There was no leak, the company insisted": what was insisted is not what was denied.
            return;
        }
        // "Which claim did the haulier insist?": only a verb of rejection takes the claim as its object.
        String verb = DENY_VERBS.contains(d.verb()) || d.verb().matches("called|described|branded|refuted|repudiated")
                ? Speech.base(d.verb()) : "deny";
        String[] label = labelled(d.attribution().content());
        if ((verb.equals("call") || verb.equals("describe")) && label == null) {
            // "Which claim did Halloway Farms call?" says nothing without what it was called.
            verb = "reject";
        }
        String asLabel = DenierWording.rejectionLabel(d.attribution().content());
        String labelWords = (verb.equals("call") || verb.equals("describe")) ? " \u201c" + label[1].replaceAll("[.,;:]+$", "") + "\u201d"
                : asLabel != null ? " as " + asLabel : "";
        if (target == null) {
            // "denied that it had been tested at all": as "that" clauses the choices keep the article's words and read right.
            denied = ALSO_AT_END.matcher(withoutAside(itForTheDenier(ownPronoun(gerundObject(d, denied) ? Phrasing.capitalise(denied)
                    : thatClause(denied, facts), d, facts), d, facts))).replaceFirst("");
            wrong = wrong.stream().map(w -> thatClause(w, facts)).toList();
            if (denied.startsWith("That ") && !Facts.hasFiniteVerb(denied.substring("That ".length()))) {
                // "disputed a second part of the report, which said …": "That a second part of the report" is no clause.
                return;
            }
        }
        String prompt = what != null ? "Which " + what + " did " + speaker + " " + verb + (verb.equals("describe") ? " as" : "") + labelWords + "?"
                : "What did " + speaker + " " + (verb.equals("deny") || verb.equals("reject") || verb.equals("dismiss") ? verb : "deny")
                        + labelWords + ", according to the article?";
        // Each sentence once, in the article's order: the claim's own sentences may also be the denial's ("denied this").
        java.util.SortedMap<Integer, String> shownSentences = Explain.passage(target != null ? List.of(target, d) : List.of(d));
        if (target == null && hearsay != null) {
            shownSentences.put(hearsay.sentence(), facts.sentence(hearsay.sentence()).text());
        }
        List<Integer> sentences = new ArrayList<>(shownSentences.keySet());
        List<String> evidence = new ArrayList<>(shownSentences.values());
        String explanation = "The article says: " + Explain.quote(shownSentences) + " " + Phrasing.capitalise(speaker) + " rejected this claim"
                + (target != null ? ", which came from " + AttributionQuestions.speakerInSentence(target.speaker(), facts) + "."
                        : hearsay != null ? ", which the article reports without saying who made it." : ".");
        out.add(new Candidate("denial", Skill.SOURCE_EVALUATION, QuestionType.SINGLE_CHOICE, Difficulty.MEDIUM, prompt, denied, wrong,
                explanation, sentences, "deny:" + d.index(), priority));
    }

    /**
     * "The clockmakers, Thorncliffe Horology, had been paid twice": shown in a question about the firm's denial, its name set
     * beside "the clockmakers" would point at the key.
     */
    private static String withoutDeniersName(String claim, Statement d) {
        return claim.replace(", " + d.speaker() + ",", "");
    }

    private static final Pattern TRAILING_ASIDE = Pattern.compile(
            "^(.{30,}?\\S),\\s+(?:which|where)\\s+(?!(?:it|they|he|she|we)\\b)[^,;\u201c\"]+\\.?$");

    /**
     * "That it plans to close the unit at Drenlow Community Hospital, which treats 62 patients three times a week": the
     * clause after ", which" describes the place and was not denied; as a choice it only makes the key the longest.
     */
    private static String withoutAside(String claim) {
        Matcher m = TRAILING_ASIDE.matcher(claim);
        return m.matches() && Phrasing.words(m.group(1)) >= 6 ? m.group(1) : claim;
    }

    private static final Pattern LABEL_IN_QUOTES = Pattern.compile("['‘\"“][^'’\"”]{3,}['’\"”]");

    /** "the 52,000gns 'the highest price ever paid'": a thing and a label in quotation marks, with no verb in either. */
    private static boolean onlyALabel(String claim) {
        Matcher label = LABEL_IN_QUOTES.matcher(claim);
        if (Facts.hasFiniteVerb(label.replaceAll(" "))) {
            return false;
        }
        label.reset();
        while (label.find()) {
            // ("the devices “will shut off your heating”" goes on as a clause; "'the highest price ever paid'" names a thing.)
            if (!label.group().substring(1).matches("(?i)(?:the|a|an|its|their|his|her|our|one)\\s.*")) {
                return false;
            }
        }
        return LABEL_IN_QUOTES.matcher(claim).find();
    }

    /** {@code what}: the article's own word for what was denied ("the allegation"), or null to name it by its kind. */
    private void whoDenied(Facts facts, Statement d, Statement target, String denied, String what, List<Candidate> out) {
        if (nobodyInParticular(d.speaker()) || AnonymousSourceQuestions.namedSoonAfter(facts, d)) {
            // "A Delmont pharmacist", named two sentences later: the description is no answer a teacher would keep.
            return;
        }
        if (target != null && onlyALabel(denied)) {
            // "called the 52,000gns 'the highest price ever paid'": a thing and its label make no "claim that …" to ask about.
            return;
        }
        // Whoever else denied much the same is also right: "also denied any wrongdoing".
        Set<String> alsoDenied = new java.util.HashSet<>();
        for (Statement o : facts.statements) {
            if (o != d && o.attribution().stance() == Stance.DENY && (Distractors.similar(o.claim(), d.claim())
                    || d.attribution().cue().toLowerCase(Locale.ROOT).contains("also")
                    || target != null && Math.abs(o.sentence() - d.sentence()) <= 3
                    // "The council dismissed that suggestion … The chair of the hoteliers maintained that her members had played
                    // no part in the plan": a denial in the next sentences may answer the same claim in other words.
                    || o.sentence() == d.sentence() + 1 && !o.quotation() && OWN_WORDS_CUE.matcher(o.attribution().cue()).matches()
                    // "“We are not winding this service down,” she said. The firm … moved to scotch the idea that the service was
                    // being wound up": a denial just before, on the same thing, answered it first (review69 TAR q06).
                    || o.sentence() < d.sentence() && o.sentence() >= d.sentence() - 2
                            && Distractors.sharedWith(Distractors.contentWords(d.claim()), o.claim()) >= 1
                    // "Pomfret … told the Gazette much the same thing": a later denial that joins this one.
                    || o.sentence() > d.sentence() && o.sentence() <= d.sentence() + 3
                            && JOINING.matcher(facts.sentence(o.sentence()).text()).find()
                    // "The works council at Brennholt also rejected the Handelspost report", paragraphs on: another party joining.
                    || o.sentence() > d.sentence() && o.sentence() <= d.sentence() + ANSWER_WINDOW
                            && o.attribution().cue().matches("(?i)also\\s+(?:deni|reject|disput|dismiss)\\w*")
                    // "The island council also rejected the claim that the fare had tripled", three paragraphs on: anyone who
                    // denied something in the claim's own words after it may have denied that claim too.
                    || target != null && o.sentence() > target.sentence() && o.sentence() <= target.sentence() + ANSWER_WINDOW
                            && Distractors.sharedWith(Distractors.contentWords(target.claim()), o.claim()) >= 2)) {
                alsoDenied.add(o.speaker());
            }
        }
        for (Statement o : facts.statements) {
            // "… also rejected the claim that the fare had tripled. “Nobody on this island is paying 42 marks …,” said its
            // transport officer": the quotation that follows such a denial in its paragraph denies with it.
            if (o != d && o.attribution().stance() == Stance.DENY && o.quotation() && facts.statements.stream().anyMatch(p -> p != d
                    && alsoDenied.contains(p.speaker()) && p.attribution().stance() == Stance.DENY && p.sentence() < o.sentence()
                    && p.sentence() >= o.sentence() - 2 && sameParagraph(facts, p, o))) {
                alsoDenied.add(o.speaker());
            }
        }
        // "Who called the union's claim …?": the union is ruled out by the question itself, so one of its side may stand in.
        Set<String> owners = new java.util.HashSet<>();
        Matcher ownerNamed = OWNER.matcher(" " + Phrasing.clean(denied).toLowerCase(Locale.ROOT) + " ");
        while (ownerNamed.find()) {
            owners.add(ownerNamed.group(1).toLowerCase(Locale.ROOT));
        }
        List<String> wrong = Distractors.speakers(facts, d.speaker(), alsoDenied, 3, w -> owners.contains(headNoun(w)));
        wrong.removeIf(w -> target != null && facts.mayBeSame(w, target.speaker()));
        if (wrong.size() < 2) {
            return;
        }
        String prompt;
        // "Which organisation said that it had opened no investigation?" names no claim it answers: where the claim answered
        // makes a question ("Which claim did the Integrity Unit deny?"), that one is the better question.
        boolean answersNothingNamed = false;
        boolean verdictOnly = false;
        Matcher ownWords = ITSELF.matcher(Phrasing.clean(d.attribution().content()));
        // "A rumour that the cafe lease had been given to a national chain is wrong": the rumour is named as a target is.
        boolean namedUntrue = target == null && what != null && DenierWording.namedClaimCalledUntrue(Phrasing.unquote(d.claim())) != null;
        if (target != null && ClauseCheck.imperative(Phrasing.unquote(withoutHearsay(denied)))) {
            // "Who rejected the criticism that give the old drug at half strength …?": an order quoted is no "that" clause.
            return;
        }
        if (target != null || namedUntrue) {
            // "Who denied the figures that an adult season ticket would rise to £190?": a figure takes no "that" clause.
            String kind = target == null ? what : what != null && !what.matches("(?i)reports|claims|allegations|accusations|suggestions|figures?|numbers?|"
                    + "data|statistics|sums?|totals?") ? what : kindOf(target);
            // "The agency played down the surveyor's account": asked as the article put it (review57 SKE q10).
            String rejected = PLAYED_DOWN.matcher(d.attribution().cue()).find() ? "played down" : DENY_VERBS.contains(d.verb()) ? d.verb() : "denied";
            prompt = Phrasing.endQuestion("Who " + rejected + " the " + kind
                    + " that " + Phrasing.lowerFirst(withoutHearsay(denied), facts));
        } else if (labelled(d.claim()) != null && d.verb().matches("called|described|branded|dubbed|labell?ed|dismissed")) {
            // "calling the memo “a forgery”": who called it that.
            String[] parts = labelled(d.claim());
            if (parts[0].strip().matches("(?i)it|them|this|that|these|those|as|(?:account|claim|story|report|suggestion|figure|allegation|idea|"
                    + "version|rumou?r)s?|")) {
                // "Who called account “a misreading …”?": a bare noun is "that account", lost in the analysis's content.
                // "Who called it “a lie”?": what "it" was is in another sentence; "described as “…”" has lost it altogether.
                return;
            }
            // "described the allegation as “baseless”": describing takes "as", calling does not.
            String as = d.verb().matches("described|dismissed") ? " as" : "";
            // (in the article's own quotation marks, when the thing quotes words too)
            boolean straight = parts[0].contains("\"");
            prompt = "Who " + d.verb() + " " + Phrasing.lowerFirst(parts[0], facts) + as + (straight ? " \"" : " \u201c")
                    + parts[1].replaceAll("[.,;:]+$", "") + (straight ? "\"?" : "\u201d?");
        } else if (DenierWording.ownRejection(d) != null) {
            // "it “continues to reject” the allegations": the rejecting verb itself, with "who" as its subject.
            prompt = Phrasing.endQuestion("Who " + DenierWording.ownRejection(d) + ", according to the article");
        } else if (DenierWording.speaksOfItself(d) && (d.verb().equals("denied") && (DenierWording.ownDeed(d) != null
                        || ownPastDeed(ownWords))
                || d.verb().matches("said|insisted|maintained|stressed|stated|wrote") && ClauseCheck.negated(d.attribution().content()))
                // "denied that a software update left its new smart meters …": "its" deeper in, asked as a claim below.
                && ownWords.matches()) {
            // "denied that it had been hacked", "said its operatives “have never been instructed …”": asked of an organisation,
            // the "it" and "its" can only be the answer's, and the article's words stay.
            String deed = SAYING_AFTER.matcher(ownWords.group(2)).replaceFirst("");
            // "Wendeby Catering … wrote to me that …": to whom is no part of the question.
            String verb = d.verb().equals("wrote") ? "said" : d.verb();
            answersNothingNamed = !verb.equals("denied");
            prompt = Phrasing.endQuestion("Which organisation " + verb + " that " + ownWords.group(1).toLowerCase(Locale.ROOT) + " "
                    + (d.verb().equals("denied") ? Phrasing.unquote(deed) : deed));
            // Only organisations: a person beside them would be ruled out by the "it" alone.
            wrong = Distractors.bodies(facts, d.speaker(), alsoDenied, target == null ? null : target.speaker());
            Matcher country = COUNTRYS_BODY.matcher(d.speaker());
            if (wrong.size() < 2 && ownWords.group(1).equalsIgnoreCase("it") && country.matches()) {
                // "Tervania's foreign ministry denied that it had agreed …", with too few other bodies to offer: the "it" is
                // the country, which the question can name, and then people may be offered too.
                prompt = Phrasing.endQuestion("Who " + verb + " that " + country.group(1) + " "
                        + (d.verb().equals("denied") ? Phrasing.unquote(deed) : deed));
                wrong = Distractors.speakers(facts, d.speaker(), alsoDenied, 3);
            }
        } else if (d.verb().equals("denied") && DenierWording.ownDeed(d) != null) {
            // "denied that he had ever told his staff …": "Who denied having ever told …?" asks it without naming the answer.
            prompt = Phrasing.endQuestion("Who denied " + DenierWording.ownDeed(d));
        } else if (facts.isStandalone(d) && !DenierWording.pointsBack(denied) && !Facts.opensWithClaimNoun(denied)) {
            String unquoted = Phrasing.unquote(denied);
            if (!Facts.hasFiniteVerb(unquoted.replaceAll("[\u201c\"][^\u201d\"]*[\u201d\"]", " ")) && !QUOTED_PREDICATE.matcher(unquoted).find()) {
                // "dismissed the operator's version as “a story”": a thing and a label, no clause to put after "that". But in
                // "the leaflet “did not come from us”" the quotation holds the verb.
                return;
            }
            String verb = DENY_VERBS.contains(d.verb()) || callsUntrue(d) ? "denied" : d.verb();
            // "Who said that the thread was “fantasy”?": a verdict on a thing named elsewhere; the claim it answers, when
            // found, is the question to ask.
            verdictOnly = VERDICT_ON_A_THING.matcher(unquoted).matches();
            // "His salary rose by 4 percent … the larger figure includes …": the first thing said is enough to recognise it.
            // "denied knowing that …": a gerund takes no "that" before it.
            prompt = Phrasing.endQuestion("Who " + verb + (gerundObject(d, denied) ? " " : " that ")
                    + Phrasing.lowerFirst(DenierWording.boundToWho(d.withOwnPronoun(
                            // "Who denied that 900 children would lose their lessons either?": the "either" answers another.
                            ALSO_AT_END.matcher(firstConjunct(denied.split(" \u2026 ")[0])).replaceFirst("")), d, facts), facts));
        } else {
            // "rejected the message too": "too" means besides someone the question does not name.
            // "rejected the suggestion that …, stating that 94 per cent …": the denier's reason is no part of what was rejected.
            String thing = SAYING_AFTER.matcher(ALSO_AT_END.matcher(object(denied, d.verb())).replaceFirst("")).replaceFirst("");
            // "played down the double bookings": a verb phrase that is the whole verdict keeps its verb in the content; it is
            // the question's verb, not part of the thing ("Who rejected played down …?", review56 AUL q10).
            String cue = d.attribution().cue().replaceFirst("^(?i)(?:(?:has|have|had|also)\\s+)+", "").toLowerCase(Locale.ROOT);
            String ownVerb = null;
            if (!d.attribution().quoted() && cue.contains(" ") && thing.regionMatches(true, 0, cue + " ", 0, cue.length() + 1)) {
                ownVerb = cue;
                thing = thing.substring(cue.length() + 1);
            }
            // "branded the 38 percent figure false": the verdict after the thing is the speaker's, not part of what was rejected.
            if (d.attribution().cue().matches("(?i)(?:(?:also|has|had)\\s+)*(?:branded|dubbed|declared|pronounced)")) {
                thing = TRAILING_VERDICT.matcher(thing).replaceFirst("");
            }
            if (NO_OBJECT.matcher(thing).find()) {
                // "rejected that without hesitation" leaves only the manner: nothing a reader could recognise as the claim.
                return;
            }
            if (thing.strip().matches("\\p{L}[\\p{L}-]*") && !Facts.namesAClaim(thing) && !thing.strip().matches("(?i).*(?:s|ism)")) {
                // "Who rejected comparison?": a bare singular noun with no article names no claim a reader could pick out
                // (review62 EBB q05); "Who rejected criticism?", "Who denied the allegations?" still read.
                return;
            }
            if (NEGATIVE_CLAUSE.matcher(thing).find() && d.verb().equals("said")) {
                // "said that no letter of resignation existed" is a clause that denies, not a thing "rejected".
                return;
            }
            if (PLAIN_SAYING.matcher(d.attribution().cue()).matches() && !Facts.namesAClaim(thing) && !Facts.opensWithClaimNoun(thing)
                    && !VERDICT_AFTER.matcher(thing).find() && Phrasing.words(thing) >= Phrasing.words(Phrasing.unquote(denied)) - 1) {
                // "said the ringers' log book for 2019 records only a frayed rope": with no verdict to take off ("was a work
                // of fiction"), what a plain "said" gives is the speaker's own account, not a thing rejected.
                return;
            }
            if (objectBeforeVerb(facts, d, thing)) {
                // "Carrowmore's pro-vice-chancellor, Prof X, dismissed the finding" read with the title as what was dismissed.
                return;
            }
            if (Facts.namesAClaim(thing) && Phrasing.words(thing) > 18) {
                // "Suggestions, made by several economists on Thursday, that …": the aside can go.
                thing = thing.replaceFirst(",[^,]{1,80},(\\s+that\\b)", "$1");
            }
            if ((Facts.hasFiniteVerb(thing) || PLURAL_THEN_VERB.matcher(thing).find()) && !Facts.opensWithClaimNoun(thing)
                    && !Facts.namesAClaim(thing) && !thing.contains(" that ")) {
                // "Who rejected the signs belong to the council anyway?": a whole clause is no thing to have rejected.
                return;
            }
            // "rejected claims that spirit … had been filled into its casks": asked of an organisation, the "its" inside what
            // it rejected is its own ("Which organisation rejected …?" below).
            boolean ownIts = DenierWording.isNamedBody(d) && ITS_IN_THE_CLAIM.matcher(thing).matches();
            if (thing.matches("(?i)^(?:that|this|these|those)\\s.*") || thing.matches("(?i).*\\bits\\b.*") && !ownIts) {
                // "Who disputed that timeline in its report?": what "that" and "its" stand for is in another sentence.
                return;
            }
            java.util.Optional<NamedClaim> named = Phrasing.words(thing) > 18 ? NamedClaim.in(d, facts) : java.util.Optional.empty();
            boolean renamed = named.isPresent() && Phrasing.words(named.get().asWritten()) <= 15;
            if (renamed) {
                // "called the suggestion on a cycling forum that the notice was issued to hide a wider fault … “simply
                // wrong”": too long to ask whole; the suggestion and what it said are enough.
                thing = "the " + named.get().noun() + " that " + named.get().asWritten();
            }
            Matcher secondDeed = SECOND_PARTICIPLE.matcher(thing);
            if (Phrasing.words(thing) > 18 && Facts.namesAClaim(thing) && secondDeed.find() && Phrasing.words(thing.substring(0, secondDeed.start())) >= 8) {
                // "claims that spirit … had been filled into its casks and sold as Kilbrannock 12 Year Old": the first deed
                // alleged is enough to recognise the claim by.
                thing = thing.substring(0, secondDeed.start());
            }
            if (Phrasing.words(thing) > 18 || !Facts.namesAClaim(thing) && Facts.hasFiniteVerb(thing.split("\\s+that\\s+")[0])) {
                // "Its troops “did not fire a single shot”": a clause, not a thing one rejects.
                return;
            }
            thing = DenierWording.boundToWho(Referents.withItsSource(facts, d, thing), d, facts);
            thing = accusationOf(thing, facts.sentence(d.sentence()).text());
            if (thing == null || POINTER_THING.matcher(thing).find() || BARE_CLAIM_NOUN.matcher(thing).matches()) {
                // "Who called them “a story from someone with a grudge”?": what "them" were is in another sentence; so is which
                // claim "Who called the claim untrue?" means.
                return;
            }
            String verb = ownVerb != null ? ownVerb : d.verb().equals("said") || renamed ? "rejected" : d.verb();
            if (THING_AND_LABEL.matcher(thing).matches() && !verb.matches("called|branded|dubbed|labell?ed")) {
                // "Who rejected the petition “a work of fiction”?" needs the verb that takes a thing and a name for it.
                if (QUOTED_CLAUSE.matcher(thing).find()) {
                    // 'the frying-pan story “cannot be true of a slide …”' is what was said of it, no name for it.
                    return;
                }
                verb = "called";
            }
            if (VERDICT_AFTER.matcher(thing).find()) {
                // "Reports … that the lynx has been shot dead are untrue, police have said": the verdict is part of what was said.
                verb = "said that";
            }
            String label = DenierWording.rejectionLabel(d.attribution().content());
            // "refuted the suggestion that it had been slow to act": asked of a body, the "it" is the organisation asked about.
            boolean itself = DenierWording.isNamedBody(d) && thing.matches("(?i)^(?:(?:the|a|an)\\s+)?\\p{L}+\\s+that\\s+it\\b.*") || ownIts;
            prompt = Phrasing.endQuestion((itself ? "Which organisation " : "Who ") + verb + " "
                    + Phrasing.lowerFirst(DenierWording.namedNotDescribed(thing), facts)
                    + (label != null && !thing.contains(label) ? " as " + label : ""));
            if (itself) {
                wrong = Distractors.bodies(facts, d.speaker(), alsoDenied, target == null ? null : target.speaker());
            }
        }
        if (Phrasing.key(prompt).contains(Phrasing.key(d.speaker()))) {
            return;
        }
        // "Who said that there was “no truth whatsoever” to the claim?": taken only when no other question fits this denial.
        // "Which organisation said that the motorway job was being built by a different division?" names the denier's words,
        // not the claim they answered: where that claim is known, "Which claim did Ironbank Civil deny?" asks more, even with
        // wrong answers nobody would think were denied (review88 kelverton: "Who said that they had not once contacted the fire
        // service?" had been asked where "Which claim did Afonso Laidlaw deny?" names the tip-off).
        // ("Who denied approving any payments?" names what was denied in the verb's own object.)
        boolean claimUnnamed = answersNothingNamed || target == null && !DENY_VERBS.contains(d.verb()) && answeredBy(facts, d).isPresent();
        int priority = clauseLeansOnContext(prompt) ? 10 : verdictOnly ? VERDICT_ONLY_PRIORITY
                : claimUnnamed ? ANSWERED_FALLBACK_PRIORITY - 1 : 70;
        // "Who denied that saffron it sold to restaurants … was bulked out …?": the "it" inside the claim is the body's own.
        boolean bodysIt = DenierWording.isNamedBody(d) && Readable.unresolvedIt(prompt);
        if (prompt.startsWith("Who ") && (Phrasing.hasIts(prompt) || bodysIt)) {
            // "Who said that not one of its jumpers …?": only an organisation has an "its", and the question must say so.
            if (!DenierWording.isNamedBody(d)) {
                return;
            }
            List<String> bodies = Distractors.bodies(facts, d.speaker(), alsoDenied, target == null ? null : target.speaker());
            // "Who confirmed that the piece remained covered at its full value?": with too few bodies to ask it of
            // organisations, an "its" whose thing is named before it in the claim can stay with "Who".
            if (bodies.size() >= 2 || bodysIt || !Readable.itsFollowsAThing(prompt)) {
                prompt = "Which organisation " + prompt.substring("Who ".length());
                wrong = bodies;
            }
        }
        // "Who dismissed the account of Dana Whitford?": someone the question names is no answer to it.
        String asked = Phrasing.key(prompt);
        wrong.removeIf(w -> asked.contains(Phrasing.key(w)));
        // "Who called the union's claim “pure fiction”?": the union is ruled out by the question itself.
        Matcher owner = OWNER.matcher(prompt);
        while (owner.find()) {
            String noun = owner.group(1).toLowerCase(Locale.ROOT);
            wrong.removeIf(w -> headNoun(w).equals(noun));
        }
        if (clauseLeansOnContext(prompt)) {
            // "Who said that there was no truth in the claim?" when the judge had just called the same claim nonsense: words that
            // lean on what came before fit anyone who denied something near them (review66 kilbarrow q03).
            wrong.removeIf(w -> facts.statements.stream().anyMatch(o -> o.speaker().equals(w) && o.attribution().stance() == Stance.DENY
                    && Math.abs(o.sentence() - d.sentence()) <= 3));
        }
        if (wrong.size() < 2) {
            return;
        }
        String explanation = "The article says: " + Explain.quote(d.evidence()) + " The denial comes from " + Explain.who(d, facts) + ".";
        out.add(new Candidate("denial", Skill.SOURCE_EVALUATION, QuestionType.SINGLE_CHOICE, Difficulty.MEDIUM, prompt, d.speaker(), wrong,
                explanation, d.sentences(), "deny:" + d.index(), priority));
    }

    /**
     * "rejected that account" may cover everything said just before it, and everything its source
     * said: none of that is safely a claim the denier did not reject.
     */
    private static boolean partOfAccount(Facts facts, Statement s, Statement target, Statement d) {
        if (target == null) {
            return false;
        }
        String denial = Phrasing.clean(d.attribution().content());
        if (d.quotation() && facts.isStandalone(d)) {
            // A denial in full words covers what those words cover: a claim sharing them, or more of the same source's.
            // "No paper form has gone astray" answers "forms … vanish" as well as "600 forms were never counted".
            return facts.sharedWords(s.claim(), denial) >= 2 || facts.answerOverlap().score(s.claim(), denial) > 0
                    || s.speaker().equals(target.speaker());
        }
        if (facts.answerOverlap().score(s.claim(), denial) > 0) {
            return true;
        }
        boolean nearby = s.sentence() >= target.sentence() - 3 && s.sentence() < d.sentence();
        return nearby || facts.mayBeSameNamed(s.speaker(), target.speaker()) || s.speaker().equals(target.speaker());
    }

    private static final Pattern WHO_THAT = Pattern.compile("^Who \\S+ that (.+)\\?$");

    private static final Pattern PERSONAL = Pattern.compile("(?i)\\b(?:he|him|his|she|her|it|its|they|them|their)\\b");

    /**
     * "Who said that the remark had been …?": what "the remark" was is in another sentence. A pronoun is not counted here:
     * "Who denied that they had …?" means whoever the answer is.
     */
    static boolean clauseLeansOnContext(String prompt) {
        Matcher m = WHO_THAT.matcher(prompt);
        // Words inside quotation marks are the speaker's own ("no warship had left port “in connection with this matter”").
        String ownWords = m.matches() ? m.group(1).replaceAll("[\u201c\"][^\u201d\"]*[\u201d\"]", "\u201cwords\u201d") : "";
        return m.matches() && ClauseCheck.pointsBack(PERSONAL.matcher(ownWords).replaceAll("Someone"));
    }

    /** "Whose accusation did Ida Fenwright deny?": the source of the claim a denial answers. */
    private void whoseClaim(Facts facts, Statement d, String noun, Statement claim, List<Candidate> out) {
        String source = claim.speaker();
        String kind = noun.toLowerCase(Locale.ROOT).replaceFirst("s$", "");
        String verb = DENY_VERBS.contains(d.verb()) ? Speech.base(d.verb()) : "deny";
        String denier = AttributionQuestions.speakerInSentence(d.speaker(), facts);
        String said = withoutDeniersName(claim.claim(), d);
        // "Thorncliffe Horology denied the claim that the clockmakers had been paid twice … Whose claim was it?": the claim
        // itself, when it can be shown, so that the reader weighs which claim and whose, not only whose.
        // ("denied the figure that …" takes no clause; "Skerran Networks rejected the claim that Skerran Networks cut …"
        // repeats the name where a reader says "it".)
        boolean shown = facts.isStandalone(claim) && facts.choiceProblem(said).isEmpty() && Phrasing.words(said) <= 18
                && !claim.quotation() && !namesTheSpeaker(said, source) && !namesTheSpeaker(said, d.speaker())
                && !Phrasing.key(said).contains(Phrasing.key(d.speaker().replaceFirst("(?i)^the\\s+", "")))
                && kind.matches("claim|report|suggestion|allegation|account|accusation|rumou?r|story|warning|assertion");
        String denied = DENY_VERBS.contains(d.verb()) ? d.verb() : "denied";
        String prompt = shown
                ? Phrasing.capitalise(denier) + " " + denied + " the " + kind + " that " + Phrasing.lowerFirst(said, facts)
                        + ". Whose " + kind + " was it?"
                : "Whose " + kind + " did " + denier + " " + verb + "?";
        // Anyone else who made a claim of this kind might be meant too; the denier, named in the question, is no answer.
        Set<String> alsoRight = new java.util.HashSet<>(Referents.sourcesOfKind(facts, d, noun));
        // Whoever spoke through the report's outlet ("she told Der Kurier") is part of that report.
        facts.statements.stream().filter(s -> s.attribution().via().stream().anyMatch(v -> facts.mayBeSame(v, source)))
                .forEach(s -> alsoRight.add(s.speaker()));
        alsoRight.addAll(answeredElsewhere(facts, d));
        List<String> wrong = new ArrayList<>(Distractors.speakers(facts, source, alsoRight, 4));
        // "Whose account did the library's director deny? The library": the denier's own side made no account he denied.
        // (A person or a group the identity check ties to the denier is a relative or a colleague as often: "Ruth
        // Fenwright-Lam" and "Researchers at the Marlow Marine Laboratory" beside "Ida Fenwright" stay.)
        // An unnamed "company spokesperson" beside the company is its own voice, though.
        wrong.removeIf(w -> Phrasing.key(prompt).contains(Phrasing.key(w))
                || (body(facts, w) || UNNAMED_SPEAKER.matcher(w).lookingAt()) && facts.mayBeSame(w, d.speaker())
                || body(facts, d.speaker()) && bareSpokesperson(facts, w));
        // "Whose suggestion did the town council deny? — Guntram Blamire", its own leader: a wrong answer no reader would weigh,
        // left out while two others remain.
        List<String> othersThanOwnOfficers = wrong.stream().filter(w -> facts.bodySpokenFor(w) == null
                || !facts.mayBeSame(facts.bodySpokenFor(w), d.speaker())).toList();
        if (othersThanOwnOfficers.size() >= 2) {
            wrong = new ArrayList<>(othersThanOwnOfficers);
        }
        if (wrong.size() < 2) {
            return;
        }
        List<Integer> sentences = new ArrayList<>(claim.sentences());
        sentences.addAll(d.sentences());
        String explanation = "The article says: " + Explain.quote(Explain.passage(List.of(claim, d))) + " The " + kind + " came from "
                + AttributionQuestions.speakerInSentence(source, facts) + ".";
        out.add(new Candidate("denial", Skill.SOURCE_EVALUATION, QuestionType.SINGLE_CHOICE, Difficulty.MEDIUM, prompt, source, wrong,
                explanation, sentences, "deny:" + d.index(), 68));
    }

    /** Whether {@code words} name the speaker by a distinctive word of its name ("Nobody from Corrowen" of Corrowen Metals). */
    private static boolean namesTheSpeaker(String words, String speaker) {
        for (String w : speaker.split("[^\\p{L}'\u2019-]+")) {
            if (w.length() >= 4 && Character.isUpperCase(w.charAt(0)) && !Facts.GENERIC.contains(w.toLowerCase(Locale.ROOT))
                    && WholeWord.in(words, w)) {
                return true;
            }
        }
        return false;
    }

    /** The latest claim of another side, a few sentences before {@code d}, that gives {@code figure} as a whole number. */
    private static Statement claimWithFigure(Facts facts, Statement d, String figure) {
        Pattern given = figure.matches("(?i)[\\p{L} ]+") ? Pattern.compile("(?i)(?<![\\p{L}-])" + Pattern.quote(figure) + "(?![\\p{L}-])")
                : Pattern.compile("(?<![\\d,.])" + Pattern.quote(figure) + "(?![\\d,]|\\.\\d)");
        Statement claim = facts.claims().stream().filter(s -> s.sentence() < d.sentence() && s.sentence() >= d.sentence() - 4
                && s.attribution().stance() != Stance.DENY && !facts.knownSame(s.speaker(), d.speaker())
                && given.matcher(s.claim()).find() && facts.isStandalone(s)).reduce((first, later) -> later).orElse(null);
        // Another's denial of it in between makes this one a second party's, asked as such ("Besides …, who denied …?").
        return claim == null || facts.statements.stream().anyMatch(o -> o.attribution().stance() == Stance.DENY
                && o.sentence() >= claim.sentence() && o.sentence() <= d.sentence() && o != d && !o.speaker().equals(d.speaker())
                // ("Halvercombe Lifts denies that it was negligent. Its barrister said … one email, not three": one side.)
                && !facts.knownSame(o.speaker(), d.speaker()))
                ? null : claim;
    }

    /**
     * "Whose report did the health ministry deny?": the ministry's spokeswoman later answers Nordbladet's report with "That is
     * not the case", so whoever made a claim that any other denial of the denier's side answers, and the outlets it came
     * through, may be meant too.
     */
    private static Set<String> answeredElsewhere(Facts facts, Statement d) {
        Set<String> out = new java.util.HashSet<>();
        for (Statement other : facts.statements) {
            if (other != d && other.attribution().stance() == Stance.DENY
                    && (other.speaker().equals(d.speaker()) || facts.mayBeSame(other.speaker(), d.speaker()))) {
                answeredBy(facts, other).filter(claim -> !facts.mayBeSame(claim.speaker(), d.speaker())).ifPresent(claim -> {
                    out.add(claim.speaker());
                    out.addAll(claim.attribution().via());
                });
            }
        }
        return out;
    }

    private static final Pattern UNNAMED_SPEAKER = Pattern.compile("(?i)(?:a|an|the|one)\\s+\\p{Ll}");

    /**
     * "A spokesman, Eilert Featherstonhaugh, said …" beside a company: a spokesperson of nobody named speaks for the body
     * nearby, so is no one whose claim that body could have rejected (review42 SKE q02).
     */
    private static boolean bareSpokesperson(Facts facts, String speaker) {
        Facts.SpeakerInfo info = facts.speakers.get(speaker);
        return info != null && info.type() == SourceType.PERSON && !info.descriptions().isEmpty()
                && info.descriptions().stream().allMatch(x -> x.matches("(?i)(?:an?\\s+|the\\s+)?spokes(?:man|woman|person)"));
    }

    private static boolean body(Facts facts, String speaker) {
        Facts.SpeakerInfo info = facts.speakers.get(speaker);
        return info != null && (info.type() == SourceType.ORGANIZATION || info.type() == SourceType.GOVERNMENT)
                || speaker.matches("(?i)^the\\s+\\p{L}+$") && SpeakerIdentity.bodyNoun(speaker.substring(4).toLowerCase(Locale.ROOT));
    }

    /** Bodies that speak for a side: a union, an association, a campaign or residents' group (no post or message in one). */
    private static final Pattern ADVOCATES = Pattern.compile("(?i)^(?!.*\\b(?:message|post|thread|chat|forum|page|leaflet)s?\\b).*\\b"
            + "(?:union|association|group|campaign|action|residents|society|alliance|coalition|federation)\\b");

    /** "reportedly", "alleged", an unnamed source, a newspaper's report, a claim the article calls false: disputed ground. */
    private static boolean contested(Facts facts, Statement s) {
        Attribution a = s.attribution();
        return a.hedged() || a.anonymous() || a.sourceType() == SourceType.OUTLET || !a.via().isEmpty()
                || CONTESTING_CUE.matcher(a.cue()).find() || ONLINE_POST.matcher(s.speaker()).find()
                || facts.analysis.labels().stream().anyMatch(l -> l.claimSentence() == s.sentence());
    }

    /** "A post on the village forum", "Posts on ShipSpotters": what anyone may write online is a claim until checked. */
    private static final Pattern ONLINE_POST = Pattern.compile("(?i)\\b(?:posts?|forum|thread|tweets?|comments?|captions?|blog)\\b");
    private static final Pattern CONTESTING_CUE = Pattern.compile(
            "(?i)\\b(?:accus|alleg|claim|charg|blam|critici[sz]|suggest|report|rumou?r|insinuat|contend)");

    private static final Pattern OWNER = Pattern.compile("\\bthe\\s+(\\p{Ll}+)['\u2019]s?\\s");
    /**
     * "the petition “a work of fiction”"; not "the suggestion that residents' sorting was “a waste of time”" or "the claim that
     * the Treasury had drawn up a “secret budget”", a clause's own words; nor "an inspection report that rated it “inadequate”", a verb's.
     */
    private static final Pattern THING_AND_LABEL = Pattern.compile("^(?!.*\\b(?:as|of|for|to|with|about|was|is|were|are|be|been|being|a|an|the|its|his|her|their|our|my|it|them|him|us|me|you)\\s+[\u201c\"]).{2,80}?\\s+[\u201c\"][^\u201d\"]{2,80}[\u201d\"][.,]?$");


    private static final Pattern QUOTED_CLAUSE = Pattern.compile("(?i)[\u201c\"](?:cannot|can't|could|would|will|must|should|is|are|was|"
            + "were|has|have|had|does|do|did)\\b");
    private static final Pattern VERDICT_AFTER = Pattern.compile("(?i)\\s(?:is|are|was|were)\\s+[\u201c\"]?(?:untrue|false|wrong|fiction|"
            + "nonsense|inaccurate|incorrect|baseless|fabricated|made up)\\b");
    private static final Pattern ACCUSED_OF = Pattern.compile("^(?:the\\s+)?\\p{Lu}[\\p{L}'\u2019&\\s-]*?\\s+of\\s+([\u201c\"].+)$");
    private static final Pattern ACCUSATION_NOUN = Pattern.compile("(?i)\\b(?:the|these|those|that|this)\\s+(accusations?|allegations?|charges?)\\b");

    /**
     * "accused Cradlewell of “sitting on complaints”", then "Cradlewell rejected the accusation":
     * what was rejected is "the accusation of “sitting on complaints”", not "Cradlewell of …".
     * Null when the accused's name and a quote are all there is.
     */
    private static String accusationOf(String thing, String denialSentence) {
        Matcher accused = ACCUSED_OF.matcher(thing);
        if (!accused.matches()) {
            return thing;
        }
        Matcher noun = ACCUSATION_NOUN.matcher(denialSentence);
        // "… the accusation": the analysis keeps the denier's own words after what was alleged; the stem names the noun once.
        String alleged = accused.group(1).replaceFirst("\\s*(?:\u2026|\\.\\.\\.)?\\s*(?:the\\s+)?(?:accusations?|allegations?|charges?)\\W*$", "");
        return noun.find() ? "the " + noun.group(1).toLowerCase(Locale.ROOT) + " of " + alleged : null;
    }

    /** "it had not told anyone"; not the "it" of "it was not true that …", which stands for nobody. */
    private static final Pattern ITSELF = Pattern.compile("(?i)^(?:that\\s+)?(it|its)\\s+(?!(?:is|was|had been|has been)\\s+(?:simply\\s+|just\\s+)?"
            + "(?:not\\s+)?(?:true|untrue|false|correct|incorrect|right|wrong|the case)\\b)(.*)$");
    /** "…, saying that every renewal was priced by the age of the boiler": the denier's reason, after what it denied. */
    static final Pattern SAYING_AFTER = Pattern.compile(",\\s*(?:saying|adding|insisting|arguing|stating|writing|noting|explaining|pointing|citing|"
            + "telling)\\b.*$"
            // "…, a claim first carried by Koldaria's state-run news agency": where the claim came from, not what was denied.
            + "|,\\s+an?\\s+(?:claim|allegation|report|story|rumou?r|suggestion)\\s+(?:first\\s+)?(?:carried|made|reported|published|aired|"
            + "spread|circulated|repeated)\\b.*$");

    /**
     * "denied that it quietly doubled renewal prices for customers over the age of 70, saying …": the organisation's own
     * deed in the past tense, short enough to ask whole once its reason is cut.
     */
    private static boolean ownPastDeed(Matcher ownWords) {
        if (!ownWords.matches() || !ownWords.group(1).equalsIgnoreCase("it")) {
            return false;
        }
        String deed = SAYING_AFTER.matcher(ownWords.group(2)).replaceFirst("");
        // "denied that it had agreed to let a foreign military build …": a deed told in the past perfect too.
        return deed.matches("(?:had\\s+)?(?:\\p{Ll}+ly\\s+)?\\p{Ll}+ed\\s+\\S.*") && Phrasing.words(deed) <= 16 && !deed.contains("\u201c")
                && !deed.contains("\"");
    }
    /**
     * "… “never touched a hive in my life” and had asked the group's administrators …", "it has issued no prohibition notice
     * … and that the decision … was ours alone": the denial is the first half.
     */
    private static final Pattern SECOND_CONJUNCT = Pattern.compile(",?\\s+and\\s+(?:that\\s+(?:the\\s+)?\\p{Ll}|(?:had|has|have|was|were|is|are|would|will)\\s+\\p{Ll}).*$");

    /** "had been filled into its casks | and sold as …": a second participle sharing the first one's "had been". */
    private static final Pattern SECOND_PARTICIPLE = Pattern.compile("(?<=\\b(?:had|has|have) been \\p{Ll}{3,40}ed\\b[^,;\"\u201c]{0,60}?)"
            + "\\s+and\\s+(?:then\\s+)?\\p{Ll}+(?:ed|en|ld|ght|wn)\\b(?!\\s+(?:that|by)\\b)[^\"\u201c]*$");

    private static String firstConjunct(String claim) {
        Matcher verdictFirst = FURTHEST_FROM_THE_TRUTH_AND.matcher(claim);
        if (verdictFirst.lookingAt() && Facts.hasFiniteVerb(claim.substring(verdictFirst.end()))) {
            // "nothing could be further from the truth, and that he had declared his brother's role": the verdict says only
            // that he denies; what he said happened is what a reader can be asked about.
            return claim.substring(verdictFirst.end());
        }
        String first = SECOND_CONJUNCT.matcher(claim).replaceFirst("").replaceFirst("[,;]$", "");
        if (Phrasing.words(first) < 4 || first.equals(claim) || !ClauseCheck.negated(first)) {
            return claim;
        }
        // "“have never been instructed to paint over mould, and would refuse …”": cut inside a quotation, it closes there.
        return first.chars().filter(c -> c == '"').count() % 2 == 1 ? first + '"'
                : first.lastIndexOf('\u201c') > first.lastIndexOf('\u201d') ? first + '\u201d' : first;
    }

    private static final Pattern FURTHEST_FROM_THE_TRUTH_AND = Pattern.compile("(?i)^(?:nothing|that|it|this) (?:could|can)(?:n't|n\u2019t| not)? "
            + "(?:possibly )?be (?:further|farther) from the truth,?\\s+and\\s+(?:that\\s+)?");

    /** "A spokesperson" for whom? As an answer it names no one a reader can pick out. */
    static boolean nobodyInParticular(String speaker) {
        // "Another member": one of a group already mentioned, not someone a reader can pick out either.
        Matcher unnamed = UNNAMED_VOICE.matcher(speaker);
        // "A council spokeswoman" does say whose spokeswoman she is.
        return unnamed.matches() && (unnamed.group(1) == null || !SpeakerIdentity.bodyNoun(unnamed.group(1)))
                || speaker.matches("^(?i:another|one|some|other)\\s+\\p{Ll}+$") || DOCUMENT_ONLY.matcher(speaker).matches();
    }

    /** "The reply", "A statement on its website": a document whose writer the words do not give is no answer to "who". */
    private static final Pattern DOCUMENT_ONLY = Pattern.compile("(?i)^(?:the|a|an|her|his|its|their)\\s+(?:reply|statement|letter|email|"
            + "message|note|notice|response)(?:\\s+(?:on|in)\\s+(?:its|their|his|her)\\s+\\p{L}+)?$");

    private static final Pattern UNNAMED_VOICE = Pattern.compile("^[Aa]n?\\s+(?:(\\p{Ll}+)\\s+)?(?:spokes(?:man|woman|person)|official|"
            + "representative|source)$");

    private static final Pattern SENTENCE_BREAK = Pattern.compile("(?<=[.!?])\\s+(?=\\p{Lu})");
    private static final Pattern QUOTATION_THEN_NARRATIVE = Pattern.compile(
            "^[\u201c\"]([^\u201c\u201d\"]+?)[,.]?[\u201d\"],?\\s+(?:in|on|at|during|according|speaking)\\b[^\u201c\u201d\"]*$");

    /**
     * "I have run parks like this for fifteen years. We did not switch off that alarm …": the quote shown is the sentence
     * that denies, when the quotation opens with another one.
     */
    static String denyingPart(Statement d) {
        String content = Phrasing.clean(d.attribution().content());
        Matcher quotedFirst = QUOTATION_THEN_NARRATIVE.matcher(content);
        if (quotedFirst.matches()) {
            // "“No pupil will be asked …,” in comments carried on Radio Ardenvale": the words said, without the narrator's.
            return Phrasing.capitalise(quotedFirst.group(1));
        }
        if (ClauseCheck.negated(d.claim())) {
            return d.claim();
        }
        String words = Phrasing.unquote(d.quotation() ? Phrasing.joinedQuotation(content) : content);
        String[] sentences = SENTENCE_BREAK.split(words);
        for (int i = 1; i < sentences.length; i++) {
            if (ClauseCheck.negated(sentences[i])) {
                return Phrasing.unquote(String.join(" ", java.util.Arrays.copyOfRange(sentences, i, sentences.length)));
            }
        }
        // "We have deer, we have otters …, but we have no beavers": a claim cut short of the clause that says no.
        return d.quotation() && sentences.length == 1 && ClauseCheck.negated(words) && words.startsWith(d.claim()) ? words : d.claim();
    }

    /** "“Not a single gallon has gone to Nexora,” Odom said": whose denial these words are. */
    private static final Pattern VERDICT_THEN_ACCOUNT = Pattern.compile(
            "(?i)^(?:that|this|it)\\s+(?:is|was)\\s+(?:not\\s+)?\\p{L}+(?:\\s+\\p{L}+)?\\s*:\\s+(\\p{L}.{20,})$");
    private static final Pattern ASIDE_SAID = Pattern.compile(",\\s+(?:it|he|she|they|we)\\s+(?:said|says|added|adds)\\s*,");

    /**
     * "The gallery says that is not correct: the sample log, it said, shows all three threads came from within 20
     * centimetres of the lower edge": the account given after the verdict says what the denier holds instead, and who gave
     * it is a question a reader can answer from it.
     */
    private void whoGaveAccount(Facts facts, Statement d, List<Candidate> out) {
        Matcher m = VERDICT_THEN_ACCOUNT.matcher(Phrasing.unquote(Phrasing.clean(d.attribution().content())));
        if (!m.matches() || d.quotation() || nobodyInParticular(d.speaker())) {
            return;
        }
        String account = ASIDE_SAID.matcher(m.group(1)).replaceAll("").replaceAll("[.]+$", "").strip();
        if (Phrasing.words(account) > 24 || facts.choiceProblem(Phrasing.capitalise(account)).isPresent()
                || Readable.unresolvedPersonal(account) || Readable.unresolvedThem(account)
                || Phrasing.key(account).contains(Phrasing.key(d.speaker()))) {
            return;
        }
        List<String> wrong = Distractors.speakers(facts, d.speaker(), Set.of(), 3);
        if (wrong.size() < 2) {
            return;
        }
        String explanation = "The article says: " + Explain.quote(d.evidence()) + " " + Phrasing.capitalise(Explain.who(d, facts))
                + " gave this account in denying what was said before.";
        out.add(new Candidate("denial", Skill.SOURCE_EVALUATION, QuestionType.SINGLE_CHOICE, Difficulty.MEDIUM,
                Phrasing.endQuestion("Who said that " + Phrasing.lowerFirst(account, facts)), d.speaker(), wrong, explanation,
                d.sentences(), "deny-account:" + d.index(), 60));
    }

    /** A "no", a "not" or a verdict ("false", "nonsense"): words that deny outright, whatever else they say. */
    private static final Pattern OUTRIGHT = Pattern.compile("(?i)\\b(?:not|no|never|nothing|nobody|none|neither|nor|cannot|no one|"
            + "nowhere|false|untrue|wrong|incorrect|inaccurate|baseless|groundless|unfounded|misleading|nonsense|rubbish|fiction|"
            + "lies?|myth|fantasy|made up|smear|scaremongering)\\b|n['\u2019]t\\b");

    private void whoGaveDenial(Facts facts, Statement d, List<Candidate> out) {
        String prompt = "Whose denial is this, according to the article? \u201c";
        if (nobodyInParticular(d.speaker())
                // Asked once per denial, whichever reading of it (a new denial, a reply, a quotation) came to it first.
                || out.stream().anyMatch(c -> c.fact().equals("deny:" + d.index()) && c.prompt().startsWith(prompt))) {
            return;
        }
        List<String> wrong = new ArrayList<>(Distractors.speakers(facts, d.speaker(), Set.of(), 3));
        String shown = shownDenial(denyingPart(d), 20);
        Distractors.keepSingleVoices(wrong, shown);
        if (wrong.size() < 2 || Phrasing.key(d.claim()).contains(Phrasing.key(d.speaker())) || echoed(facts, d) != null) {
            return;
        }
        if (ownsUp(shown)) {
            // "I said the course was right. I was wrong, and I'm sorry" owns up; whatever the analysis made of it, it denies nothing.
            return;
        }
        if (namesItsSpeaker(shown, d.speaker())) {
            // "“China neither accepts nor recognizes” the decision" — whose denial? "The Chinese government": the words give it away.
            return;
        }
        // "We timed the run from Hessleby on six different days": words that deny nothing outright may be counter-evidence
        // as much as a denial; asked whose words they are, the label cannot be wrong (review58 FAL q02, HAZ q09, q13).
        boolean outright = OUTRIGHT.matcher(shown).find();
        String explanation = "The article says: " + Explain.quote(d.evidence())
                + (outright ? " The denial comes from " : " These words come from ") + Explain.who(d, facts) + ".";
        out.add(new Candidate("denial", Skill.SOURCE_EVALUATION, QuestionType.SINGLE_CHOICE, Difficulty.MEDIUM,
                (outright ? prompt : "Who said this, according to the article? \u201c") + shown + "\u201d", d.speaker(), wrong,
                explanation, d.sentences(), "deny:" + d.index(), 65));
    }

    private static final Set<String> GENERIC_SPEAKER_WORDS = Set.of("government", "ministry", "spokesman", "spokeswoman", "spokesperson",
            "department", "office", "council", "company", "group", "police", "service", "board", "trust", "agency", "association",
            "diocese", "church", "school", "university", "hospital", "club", "committee", "commission", "court");

    /** Whether the shown words carry a distinctive word of the speaker's name, or one of its stem ("Chinese" and "China"). */
    private static boolean namesItsSpeaker(String shown, String speaker) {
        String words = shown.toLowerCase(Locale.ROOT);
        for (String name : speaker.split("[^\\p{L}]+")) {
            String w = name.toLowerCase(Locale.ROOT);
            // Only the speaker's proper words: "lives" in "The man who lives there" names no one.
            if (w.length() < 4 || name.isEmpty() || !Character.isUpperCase(name.charAt(0)) || GENERIC_SPEAKER_WORDS.contains(w)
                    || FUNCTION_WORDS.contains(w)) {
                continue;
            }
            // "Chinese" is named by "China", "Russian" by "Russia": the people's word, without its ending.
            String root = w.replaceFirst("(?:ese|ian|ish)$", "");
            String stem = root.length() >= 4 && root.length() < w.length() ? root : w.substring(0, Math.min(w.length(), 5));
            if (Pattern.compile("\\b" + Pattern.quote(stem)).matcher(words).find()) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> FUNCTION_WORDS = Set.of("the", "this", "that", "with", "from", "their", "local", "national");

    /**
     * The earlier statement of someone else whose very words the analysis gives as what {@code d} denied: "“Every club … is
     * better off,” Lindqvist-Mbeki told a briefing. The union disputes that." The words are his, so "Whose denial is this?"
     * would give them to the union; which claim the union disputed is the question.
     */
    private static Statement echoed(Facts facts, Statement d) {
        String words = Phrasing.key(d.claim());
        // "Some residents said the smoke contained chlorine. “It was a poison cloud,” said NAME. The company denied this":
        // what the company denied holds both their words.
        List<Statement> before = facts.statements.stream().filter(s -> s != d && s.sentence() < d.sentence()
                && !facts.mayBeSame(s.speaker(), d.speaker())).toList();
        return before.stream().filter(s -> Phrasing.key(s.claim()).equals(words)).reduce((a, b) -> b)
                .or(() -> before.stream().filter(s -> Phrasing.words(s.claim()) >= 4 && words.contains(Phrasing.key(s.claim()))).findFirst())
                .orElse(null);
    }

    /**
     * The denying words cut to fit a stem: "We have deer, we have otters …, but we have no beavers" cut after the otters
     * would show a denial of nothing, so the cut starts at the clause that says no ("… we have no beavers").
     */
    static String shownDenial(String words, int maxWords) {
        String shown = Phrasing.wholeClauses(words, maxWords);
        if (ClauseCheck.negated(shown) || !ClauseCheck.negated(words)) {
            return shown;
        }
        Matcher clause = CLAUSE_START.matcher(words);
        while (clause.find()) {
            String rest = Phrasing.wholeClauses(words.substring(clause.end()), maxWords);
            if (ClauseCheck.negated(rest)) {
                return "\u2026 " + rest;
            }
        }
        return shown;
    }

    private static final Pattern CLAUSE_START = Pattern.compile(
            "(?:[,;]\\s+(?:(?:but|and|yet|while|though)\\s+)?|\\s+(?:but|yet)\\s+)(?=\\p{L})");

    /** Whether the words own up to something: an apology denies nothing. */
    static boolean ownsUp(String words) {
        return APOLOGY.matcher(words).find();
    }

    /** "I'm sorry", "That was our mistake", "We should have written to parents in January", "We have not taken this decision lightly". */
    private static final Pattern APOLOGY = Pattern.compile("(?i)\\b(?:sorry|apologi[sz]e[sd]?|apology|(?:my|our) (?:mistake|fault|error)|"
            + "I was wrong|we were wrong|(?:I|we) should have|not (?:taken|made) (?:this|that|the) decision lightly)\\b");

    /**
     * "Which suggestion did the Western Plains Football League reject? — That the Western Plains Football League had
     * pressured anyone": repeating the body's full name reads oddly and marks the key; the article's own word for it
     * ("the league") does not. A bare "it" would not do: out of the question, a choice cannot say what "it" is.
     */
    /** "claims that its boats …", "a report that it is in talks …": the words before the clause a denial's content names. */
    private static final Pattern CLAIM_NOUN_THAT = Pattern.compile(
            "^(?i)(?:(?:the|a|an)\\s+)?(?:claims?|reports?|allegations?|suggestions?|rumou?rs?|accusations?)\\s+that\\s+");
    /** A pronoun that may stand for the denier, and those of them that own something ("its boats"). */
    private static final String DENIER_PRONOUN = "she|he|it|they|her|his|its|their";
    private static final String OWNING_PRONOUN = "her|his|its|their";
    private static final Pattern OPENING_PRONOUN = Pattern.compile("^(?i)(" + DENIER_PRONOUN + ")\\s+(\\S.*)$", Pattern.DOTALL);

    /**
     * "What did Marisol Thackwray deny? — That she had taken deposits …": where the article's clause opens with a pronoun for
     * the denier, the choice keeps it; the denier's name again reads as someone else and stands out beside the stem (review24
     * VEI q03, SAL q01 "That a neighbouring shellfish company's boats …", PIP q01 "That the cider is in talks …").
     */
    private static String ownPronoun(String clause, Statement d, Facts facts) {
        Matcher own = OPENING_PRONOUN.matcher(CLAIM_NOUN_THAT.matcher(Phrasing.clean(d.attribution().content()).strip()).replaceFirst(""));
        if (!own.matches() || !clause.startsWith("That ")) {
            return clause;
        }
        String rest = own.group(2);
        String lead = rest.substring(0, Math.min(rest.length(), 24));
        String shown = clause.substring("That ".length());
        int at = shown.indexOf(" " + lead);
        if (at <= 0) {
            return clause;
        }
        String subject = shown.substring(0, at).replaceFirst("['\u2019]s?$", "");
        boolean possessive = own.group(1).toLowerCase(Locale.ROOT).matches(OWNING_PRONOUN);
        String bare = subject.replaceFirst("^(?i)the\\s+", "").toLowerCase(Locale.ROOT);
        boolean denier = Phrasing.key(subject).equals(Phrasing.key(d.speaker())) || facts.mayBeSame(subject, d.speaker())
                || d.speaker().toLowerCase(Locale.ROOT).endsWith(bare);
        if (possessive != shown.substring(0, at).matches(".*['\u2019]s?$") || Phrasing.words(subject) > 6 || !denier) {
            return clause;
        }
        return "That " + own.group(1).toLowerCase(Locale.ROOT) + shown.substring(at);
    }

    private static final Pattern NAMED_DENIER = Pattern.compile("^(?:What|Which \\p{L}+) did (.+?) (?:deny|reject|dismiss)\\b");
    private static final Pattern KEY_PRONOUN = Pattern.compile("^That (" + DENIER_PRONOUN + ") ");

    /**
     * The key of a "What did X deny?" question as it reads with X for {@link #ownPronoun}'s pronoun, for the checks of a
     * choice that stands alone; the key itself otherwise.
     */
    static String withDenierNamed(Candidate c) {
        Matcher denier = NAMED_DENIER.matcher(c.prompt());
        Matcher pronoun = KEY_PRONOUN.matcher(c.key());
        if (!c.fact().startsWith("deny:") || !denier.find() || !pronoun.find()) {
            return c.key();
        }
        boolean possessive = pronoun.group(1).matches(OWNING_PRONOUN);
        return "That " + denier.group(1) + (possessive ? "'s " : " ") + c.key().substring(pronoun.end());
    }

    private static String itForTheDenier(String clause, Statement d, Facts facts) {
        Facts.SpeakerInfo info = facts.speakers.get(d.speaker());
        String name = d.speaker().replaceFirst("^(?i)the\\s+", "").replaceFirst("\\s*\\([^)]*\\)$", "");
        String head = headNoun(d.speaker());
        if (info == null || info.type() == newsquiz.analysis.SourceType.PERSON || !name.contains(" ") || !facts.lowerCaseWords.contains(head)) {
            return clause;
        }
        String full = Pattern.quote(d.speaker().replaceFirst("^(?i)the\\s+", ""));
        return clause.replaceFirst("^That (?i:the\\s+)?" + full + "(?=\\s)", "That the " + head);
    }

    /** "denied knowing that …", and "has denied charging students …", where the gerund follows the verb in the article itself. */
    private static boolean gerundObject(Statement d, String denied) {
        if (GERUND.matcher(denied).lookingAt()) {
            return true;
        }
        String first = denied.strip().split("\\s+")[0].toLowerCase(Locale.ROOT);
        return first.matches("\\p{L}{3,}ing") && !first.matches("(?:no|some|any|every)thing|during")
                && Phrasing.clean(d.attribution().evidence()).contains(d.attribution().cue() + " " + first);
    }

    private static String thatClause(String claim, Facts facts) {
        // "But one good quarter is not a recovery": the link to the sentence before has no place after "that".
        // Only the first sentence: "That people talk while they wait. In a supermarket, nobody talks" is two claims.
        String first = SENTENCE_BREAK.split(claim)[0].replaceAll("[.!?]$", "");
        if (GERUND.matcher(first).lookingAt()) {
            // "Knowing that any of the bottles were fake" is already the thing denied.
            return Phrasing.capitalise(first);
        }
        return "That " + Phrasing.lowerFirst(first.replaceFirst("^(?:But|And|Yet|So|Still)\\s+(?=\\S)", ""), facts);
    }

    /** What the denied statement was: an accusation, an allegation, a claim or a report. */
    private static String kindOf(Statement target) {
        String cue = target.attribution().cue().toLowerCase(Locale.ROOT);
        if (cue.contains("accus")) {
            return "accusation";
        }
        if (cue.contains("alleg")) {
            return "allegation";
        }
        return cue.contains("claim") ? "claim" : "report";
    }

    /** "There are reports that 100,000 …" → "100,000 …": the report itself, not the words that introduce it. */
    private void describeObject(Facts facts, Statement d, List<Candidate> out) {
        String content = Phrasing.clean(d.attribution().content());
        Matcher calling = CALLING.matcher(content);
        String thing;
        String words;
        if (calling.find() && !calling.group(1).matches("(?i)it|them|this|that|these|those")) {
            thing = calling.group(1);
            words = calling.group(2).replaceAll("[.,]$", "");
        } else if (calling.reset().find()) {
            // "the decision, calling it “ill-founded”": the thing comes before the comma.
            thing = object(d.claim(), d.verb());
            words = calling.group(2).replaceAll("[.,]$", "");
        } else {
            Matcher m = REJECTING_WORDS.matcher(content);
            thing = object(d.claim(), d.verb());
            if (!m.find()) {
                return;
            }
            words = DenierWording.withinQuote(content, m);
        }
        thing = Phrasing.lowerFirst(thing, facts);
        if (!CLAIM_NOUN.matcher(thing).find() && !REJECTING_WORDS.matcher(words).find()) {
            // "describing the contract as “one fee, paid in equal instalments”" describes a thing; it rejects no claim.
            return;
        }
        if (Phrasing.words(thing) < 2 || Phrasing.words(thing) > 10 || thing.toLowerCase(Locale.ROOT).contains(words.toLowerCase(Locale.ROOT))) {
            return;
        }
        List<String> wrong = otherDescriptions(words);
        String prompt = "How did " + AttributionQuestions.speakerInSentence(d.speaker(), facts) + " describe " + thing + "?";
        String explanation = "The article says: " + Explain.quote(d.evidence()) + " Calling it \u201c" + words + "\u201d rejects it.";
        out.add(new Candidate("denial", Skill.SOURCE_EVALUATION, QuestionType.SINGLE_CHOICE, Difficulty.EASY, prompt,
                asWords(words), wrong, explanation, d.sentences(), "deny-words:" + d.index(), 60));
    }

    private static final Pattern CLAIM_NOUN = Pattern.compile("(?i)\\b(?:reports?|claims?|allegations?|accusations?|suggestions?|"
            + "accounts?|stor(?:y|ies)|rumou?rs?|charges?|figures?|findings?|theor(?:y|ies)|version|idea|case|petition|criticism|"
            + "assertions?|statements?|comments?|remarks?|article|study|research|analysis|numbers?|estimates?|warnings?)\\b");

    /** Three other ways to describe a claim, as close in length to the speaker's own words as there are. */
    private static List<String> otherDescriptions(String words) {
        int length = Phrasing.words(words) + 1;
        return OTHER_DESCRIPTIONS.stream().filter(o -> !o.toLowerCase(Locale.ROOT).contains(words.toLowerCase(Locale.ROOT)))
                .sorted(java.util.Comparator.comparingInt(o -> Math.abs(Phrasing.words(o) - length))).limit(3).toList();
    }

    private static String withoutHearsay(String claim) {
        return Phrasing.capitalise(claim.replaceFirst("^(?i)there (?:are|were|have been) (?:\\w+ )?reports that\\s+", ""));
    }

    /** Whether a claim is about the speaker: names it, or uses the article's own word for it ("the council"). */
    private static java.util.function.Predicate<String> mentions(Facts facts, String speaker) {
        String head = headNoun(speaker);
        // "the council" for Harbury Council; not the "reed" of "tests on reed" for Vellerup Reed, the importer.
        Pattern byItsWord = head.length() > 3 && facts.lowerCaseWords.contains(head)
                ? Pattern.compile("(?i)\\bthe\\s+(?:[\\p{L}-]+\\s+)?" + Pattern.quote(head) + "\\b") : null;
        return claim -> facts.namesIn(claim).stream().anyMatch(n -> facts.mayBeSame(n, speaker))
                || byItsWord != null && byItsWord.matcher(claim).find();
    }

    /** "the Valdorian Statistics Office (VSO)" → "office": the last word of a body's name, in lower case. */
    private static final Set<String> BUSINESS_HEADS = Set.of("company", "firm", "group", "maker", "operator", "business", "airline",
            "brewery", "chain", "retailer", "supplier", "manufacturer", "developer", "landlord", "carrier", "publisher", "broadcaster");

    private static String headNoun(String speaker) {
        // "the company that runs it" → "company", not "it" (review22: "That the it had cut back …").
        String[] words = speaker.replaceFirst("\\s*\\([^)]*\\)$", "").replaceFirst("(?i)\\s+(?:that|which|who|whose)\\s.*$", "")
                .split("\\s+");
        return words[words.length - 1].toLowerCase(Locale.ROOT);
    }

    /** "report" only for what an outlet passed on (see {@link #deniedAReport}); what anyone else said is a "claim". */
    private static String claimUnlessReported(Statement target, String what) {
        return what.equals("report") && !deniedAReport(target, what) ? "claim" : what;
    }

    /**
     * "Which reports did Moscow deny?" is the source-evaluation question par excellence: a report in the media, denied.
     * Reviewers found "which claim did X reject" weaker elsewhere (wrong answers nobody would think were rejected), so
     * for other denials the blueprint prefers asking who denied what.
     */
    private static boolean deniedAReport(Statement target, String what) {
        return target != null && what != null && what.toLowerCase(Locale.ROOT).matches("reports?|news|story|stories|article")
                && (target.attribution().sourceType() == newsquiz.analysis.SourceType.OUTLET || target.verb().equals("reported")
                || !target.attribution().via().isEmpty());
    }

    /** "It is simply untrue that …, the council said", "A rumour that … is wrong, she said": saying so is denying it. */
    private static boolean callsUntrue(Statement d) {
        String said = Phrasing.unquote(d.claim());
        return DenierWording.verdictOn(said) != null || DenierWording.namedClaimCalledUntrue(said) != null;
    }

    /** What someone "dismissed" comes after the verb in the article's sentence; text before it is the subject. */
    private static boolean objectBeforeVerb(Facts facts, Statement d, String thing) {
        String sentence = Phrasing.clean(facts.sentence(d.sentence()).text());
        int object = sentence.indexOf(Phrasing.clean(thing));
        int verb = sentence.indexOf(" " + d.verb() + " ");
        return object >= 0 && verb >= 0 && object < verb;
    }

    /** "ParkPal “has never charged a driver twice”": a subject outside the quotation, its verb the quotation's first word. */
    private static final Pattern QUOTED_PREDICATE = Pattern.compile("^[^\u201c\"]*\\p{L}[^\u201c\"]*?(?<!\\bas)\\s[\u201c\"]"
            + "(?:has|have|had|is|are|was|were|did|does|do|will|would|could|can|never|not|always)\\b");
    /** "… too", "… either": a word that means besides someone or something the question does not name. */
    private static final Pattern ALSO_AT_END = Pattern.compile("(?i)[,\\s]+(?:either|too|as well|also)[.,;:]*$");
    private static final Pattern NEGATIVE_CLAUSE = Pattern.compile("(?i)^(?:no|nobody|nothing|none|never|neither|no one)\\s");
    private static final Pattern NO_OBJECT = Pattern.compile("(?i)^(?:without|with|in|on|at|by|after|before|too|also|again|firmly|"
            + "flatly|outright|immediately|quickly|strongly)\\b");

    /** "The decision, calling it “ill-founded”" → "the decision"; "the memo “a forgery”" → "the memo". */
    private static String object(String content, String verb) {
        String[] parts = verb.equals("called") || verb.equals("described") ? labelled(content) : null;
        return parts != null ? parts[0] : Phrasing.clean(content.split(",\\s*(?=calling|describing|saying|adding)|\\s+as\\s+[\u201c\"]")[0]);
    }

    /** "claims that spirit … had been filled into its casks": an "its" inside the clause a claim noun opens. */
    private static final Pattern ITS_IN_THE_CLAIM = Pattern.compile("(?i)^(?:(?:the|a|an)\\s+)?(?:claims?|reports?|suggestions?|"
            + "allegations?|accusations?|rumou?rs?)\\s+that\\s+(?!its\\b).*\\bits\\b.*");
    /** "Tervania's foreign ministry", "the Koldarian government": a body of a country the words name. */
    private static final Pattern COUNTRYS_BODY = Pattern.compile("^(?:the\\s+)?(\\p{Lu}\\p{Ll}+)['\u2019]s\\s+(?:[\\p{Ll}-]+\\s+)?"
            + "(?:ministry|government|office|department|cabinet|embassy|army|navy|military)$");
    private static final Pattern BARE_CLAIM_NOUN = Pattern.compile("(?i)^(?:the|that|this|these|those)\\s+(?:claim|report|story|"
            + "suggestion|allegation|account|rumou?r|figure|number|reading|complaint|accusation|count|estimate|total|warning)s?"
            + "(?:\\s+(?:as\\s+)?(?:untrue|false|wrong|baseless|"
            + "groundless|unfounded|inaccurate|incorrect|nonsense|misleading))?$");
    private static final Pattern POINTER_THING = Pattern.compile("(?i)^(?:it|them|this|that|these|those)\\s+[\u201c\"]");
    /** "the 38 percent figure false": the verdict a "branded" leaves after the thing it rejects. */
    private static final Pattern TRAILING_VERDICT = Pattern.compile("(?i)(?<=\\S)\\s+(?:false|untrue|wrong|inaccurate|incorrect|"
            + "misleading|baseless|groundless|unfounded|nonsense|fiction|a lie|a fabrication)\\W*$");
    private static final Pattern LABEL_AFTER_AS = Pattern.compile("^(\\S.*?[\u201d\"].*?)\\s+as\\s+[\u201c\"]([^\u201d\"]{2,60})[\u201d\"]\\W*$");
    /** "talk online of a": a thing cut before its own quoted words. */
    private static final Pattern DANGLING_END = Pattern.compile("(?i)\\b(?:a|an|the|of|to|for|about|on|in|that)$");
    private static final Pattern LABELLED = Pattern.compile("^(\\S.*?)\\s+(?:as\\s+)?[\u201c\"]([^\u201d\"]{2,60})[\u201d\"].*$");

    /** "the Courier's report “an invention” in …" → {"the Courier's report", "an invention"}; null for other content. */
    private static String[] labelled(String content) {
        // "talk online of a “toxic cloud” as “scaremongering”": the label is what follows "as", the quotation before it the thing's.
        String clean = Phrasing.clean(content);
        Matcher m = LABEL_AFTER_AS.matcher(clean);
        if (!m.matches()) {
            m = LABELLED.matcher(clean);
        }
        if (!m.matches() || m.group(1).contains(",") || Phrasing.words(m.group(1)) > 8 || DANGLING_END.matcher(m.group(1)).find()) {
            return null;
        }
        return new String[] {m.group(1), m.group(2)};
    }

    /**
     * "As fake from start to finish": the speaker's words without the quotation marks, which only the key would wear among
     * the written wrong answers (review43 STR q12, TAM q07); the explanation quotes them.
     */
    private static String asWords(String words) {
        return "As " + words.replaceAll("[\u201c\u201d\"]", "");
    }

    /** "How did the Russian Foreign Ministry describe the reports?" → as "fake from start to finish". */
    private void describe(Facts facts, Statement d, Statement target, List<Candidate> out) {
        Matcher m = REJECTING_WORDS.matcher(d.attribution().content());
        if (!m.find()) {
            return;
        }
        String words = DenierWording.withinQuote(d.attribution().content(), m);
        String key = asWords(words);
        List<String> wrong = otherDescriptions(words);
        String claim = Phrasing.wholeClauses(withoutHearsay(target == null ? "" : target.claim()), 16);
        if (target == null || Phrasing.words(claim) > 18) {
            return;
        }
        String thing = "the " + kindOf(target) + " that " + Phrasing.lowerFirst(claim, facts);
        String prompt = Phrasing.endQuestion("How did " + AttributionQuestions.speakerInSentence(d.speaker(), facts) + " describe " + thing);
        String explanation = "The article says: " + Explain.quote(d.evidence()) + " Calling it \u201c" + words
                + "\u201d is a flat denial.";
        out.add(new Candidate("denial", Skill.SOURCE_EVALUATION, QuestionType.SINGLE_CHOICE, Difficulty.EASY, prompt, key, wrong,
                explanation, d.sentences(), "deny-words:" + d.index(), 55));
    }
}
