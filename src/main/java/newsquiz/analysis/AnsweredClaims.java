package newsquiz.analysis;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsquiz.article.Sentence;
import newsquiz.nlp.Alternations;

/**
 * A negated statement that answers a claim made just before it by someone else: "a man shouted that Mr Dale owned part
 * of the site. … 'I do not own, and have never owned, a single square foot of it.'" No verb of denial is needed; what
 * makes it a denial is that the negation falls on what the claim said (the same act or thing after the negation), or,
 * with an emphatic zero ("has signed nothing", "nobody"), on the same subject. A negation on another matter ("the
 * society does not take sides in elections" after a claimed endorsement) stays a counter-claim.
 */
final class AnsweredClaims {
    private static final int WINDOW = 3;
    private static final int NAMED_WINDOW = 6;
    /** How far back a reply may take up a claim's own words: a fact-check's claim, stated at the top, is answered lower down. */
    private static final int FAR_WINDOW = 15;
    private static final Pattern SENTENCE_END = Alternations.compile("(?<=[.!?])\\s+");
    private static final Pattern WORD = Alternations.compile("\\p{L}[\\p{L}'\u2019-]*");
    /** A negation, without the no-record openings ("no evidence", "no record"), which report a search, not an answer. */
    private static final Pattern NEGATION = Alternations.compile(
            // "have not yet ordered": a state of things so far, not an answer to what was claimed.
            // "We are not here to sink the club": a purpose disowned, not an answer to what was claimed.
            // "We are not against bells": a stance disowned, not an answer to what was claimed.
            "\\b(?:not(?! yet\\b)(?! (?:here|there|out|trying|setting out|looking|in this) to\\b)(?! (?:against|opposed to|anti)\\b)|never|nobody|nothing|none|no one|no(?! (?:evidence|record|records|sign|signs|trace|data|information|"
                    + "comment|plans?|decision|further)\\b))\\b|n['\u2019]t\\b(?! yet\\b)",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> AUXILIARY = Set.of("be", "been", "being", "is", "are", "was", "were", "have", "has", "had",
            "do", "does", "did", "ever", "yet", "even", "really", "actually", "a", "an", "the", "any", "at", "all", "once", "one",
            "single", "so", "much", "as", "to");
    private static final Set<String> PREPOSITION = Set.of("of", "for", "about", "in", "on", "at", "with", "until", "by", "from",
            "into", "over", "after", "before", "since", "during", "because");
    private static final Set<String> NOUN_COMPLEMENT = Set.of("into", "of", "about", "over");
    private static final Pattern ADVICE = Alternations.compile("(?:\\s+[\\p{L}'\u2019-]+){0,4}?\\s+(?:should|must|ought|need|needs)\\b",
            Pattern.CASE_INSENSITIVE);
    /** "nobody can run a nursery at a loss for long": what no one is able to do, a general truth rather than an answer. */
    private static final Pattern NO_ONE_CAN = Alternations.compile("\\s+(?:can|could)\\s+(?!have\\b)", Pattern.CASE_INSENSITIVE);
    /** "turned down jobs because they could not find a place": a negation in a reason given, not an answer to a claim. */
    private static final Pattern REASON_BEFORE = Alternations.compile("\\bbecause\\b[^,;]*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern CLAUSE_OPENING = Alternations.compile("\\W*(?:(?:and|but)\\s+)?", Pattern.CASE_INSENSITIVE);
    private static final Set<String> EMPHATIC_ZERO = Set.of("nothing", "nobody", "no one", "never", "none");
    private static final Pattern POINTING_SUBJECT = Alternations.compile("\\W*(?:that|this|these|those)\\s", Pattern.CASE_INSENSITIVE);
    private static final Pattern PLACE_DESCRIBED = Alternations.compile("\\s*where\\b", Pattern.CASE_INSENSITIVE);
    /** "on the council" in "nobody on the council wanted this": up to the zero's verb. */
    private static final Pattern ZEROS_OWN_PHRASE = Alternations.compile("^\\s+(?:on|at|in|from|of|outside|inside|within|among)\\s+"
            + "(?:[\\p{L}'\u2019-]+\\s+){1,4}?(?=(?:has|had|have|was|were|is|are|did|does|do|will|would|could|can|should|ever|\\p{L}+ed)\\b)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern QUOTE_MARKS = Alternations.compile("[\"\u201c\u201d]");
    private static final Pattern FOR_SALE = Alternations.compile("\\bfor sale\\b", Pattern.CASE_INSENSITIVE);
    /** What another party's claim looks like when the extractor took no attribution from it. */
    private static final Pattern CLAIM_MARKER = Alternations.compile(
            "\\b(?:claim(?:ed|s|ing)?|alleg\\w*|reported|reports|rumou?r\\w*|shouted|put it to|asked\\b[^.]*\\bwhether|"
                    + "stor(?:y|ies)|posts?|message)\\b",
            Pattern.CASE_INSENSITIVE);
    /** Words no claim is about: "word" is in idioms ("take anybody's word", "have not changed a word of it"), not in claims. */
    private static final Set<String> STOP = Set.of(("a an the of to in on at for by with from and or but nor that this these those it its "
            + "he she they we i you him her them us me my our their his your was were is are be been being has have had do does did "
            + "will would can could should may might must not no never nobody nothing none one any all some every each there here "
            + "what which who whom whose when where why how than then so as if about into over after before since until up down out "
            + "off also just only even ever again already still yet more most much many very said say says saying told tell claimed "
            + "claim claims reported report reports according last week weeks year years day days month months time mr mrs ms dr "
            + "get got make made go went let alone like such own other others n't s t way part word words")
            .split(" ")).stream().collect(java.util.stream.Collectors.toUnmodifiableSet());

    private AnsweredClaims() {}

    /** "asked to say nothing", "no choice but to": a negation inside an instruction or a constraint. */
    private static final Pattern INSTRUCTED_NEGATION = Pattern.compile("(?i)\\b(?:asked|told|urged|ordered|instructed|advised|warned|begged)"
            + "\\s+(?:not\\s+to\\s+\\p{L}+|to\\s+(?:say|do|post|write|publish|sign)\\s+nothing)\\b"
            // ("… leaving it no choice but to move": what forced a step, not a denial.)
            + "|\\bno\\s+(?:other\\s+)?(?:choice|option|alternative)\\s+but\\b");
    /** "a study of the main post that was never finished": a "never" that only describes a thing the claim names. */
    private static final Pattern RELATIVE_NEGATION = Pattern.compile("(?i)\\s(?:that|which)\\s+(?:was|were|had been|has been|have been|is|are)"
            + "\\s+(?:never|not)\\s+\\p{L}+ed\\b");

    static boolean answers(String content, String source, int sentence, List<Sentence> sentences, List<Attribution> previous) {
        // ("the society had spent 60,000 crowns on a study that was never finished" alleges; its "never" answers no one.)
        content = RELATIVE_NEGATION.matcher(content).replaceAll("");
        // ("Ellerdine's players had been asked to say nothing about the ruling online" reports an instruction, and "leaving it
        // no choice but to move" what forced a step: their "nothing" and "no" answer no one.)
        content = INSTRUCTED_NEGATION.matcher(content).replaceAll("");
        // "Mr Ashdown disowned it straight away. … he said the leaflet “did not come from us”": a negation right after the
        // same speaker's own rejection goes on with it.
        boolean ownRejectionBefore = sentence > 0 && rejectedBy(sentences.get(sentence - 1).text(), source);
        if (ownRejectionBefore && NEGATION.matcher(QUOTE_MARKS.matcher(content).replaceAll("")).find()) {
            return true;
        }
        Set<String> claimed = claimedWords(source, sentence, sentences, previous);
        if (NEGATION.matcher(QUOTE_MARKS.matcher(content).replaceAll("")).find()) {
            // Only a negation can answer a claim here: the search further back is spared every other statement.
            claimed.addAll(earlierClaimSharingWords(content, source, sentence, previous));
        }
        return !claimed.isEmpty() && firstSentencesAnswer(content, claimed);
    }

    /** Whether a negation in the first two sentences of {@code content} falls on the claimed words. */
    private static boolean firstSentencesAnswer(String content, Set<String> claimed) {
        String[] parts = SENTENCE_END.split(QUOTE_MARKS.matcher(content).replaceAll(""), 3);
        for (int i = 0; i < Math.min(2, parts.length); i++) {
            if (negationAnswers(parts[i], claimed)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "There is a story going round that your sponsor, Purbright Cider, pushed for the headliner to start late. … Purbright
     * Cider said it "had no say whatsoever over stage times"": the one an unnamed or hedged claim is about, answering
     * with a negation soon after, denies it, whatever words it uses.
     */
    static boolean accusedAnswers(String content, String source, int sentence, List<Attribution> previous) {
        if (!NEGATION.matcher(QUOTE_MARKS.matcher(content).replaceAll("")).find() || source.isBlank()
                || !Character.isUpperCase(source.charAt(0))) {
            return false;
        }
        List<Attribution> unconfirmed = othersBefore(previous, source, sentence, 4).stream().filter(a -> a.anonymous() || a.hedged()).toList();
        if (unconfirmed.isEmpty()) {
            return false;
        }
        Pattern about = Pattern.compile("^(?:\\S+\\s+){0,6}?" + Pattern.quote(source) + "\\b");
        return unconfirmed.stream().anyMatch(a -> about.matcher(a.content()).find());
    }

    private static final Pattern DESCRIBED_AS = Alternations.compile("^\\W*(?:(?:the|a|an)\\s+)?(?:\\p{Ll}[\\p{L}-]*\\s+)?(\\p{Ll}{5,})\\s+"
            + "(?:named|identified|mentioned|accused|blamed|cited)\\b");

    /**
     * "Its chair said the university was using the repair bill as cover to sell the hilltop to a housing developer. … The
     * developer named on the society's petition, Summerlode Homes, said it had never been offered the site": the one a claim
     * brought in by its kind, described as the one named, answering with a negation, denies it.
     */
    static boolean namedOneAnswers(String content, String source, String described, int sentence, List<Attribution> previous) {
        Matcher kind = DESCRIBED_AS.matcher(described);
        if (!kind.find() || !NEGATION.matcher(QUOTE_MARKS.matcher(content).replaceAll("")).find()) {
            return false;
        }
        Pattern brought = Pattern.compile("(?i)\\b(?:a|an)\\s+(?:[\\p{L}-]+\\s+)?" + Pattern.quote(kind.group(1)) + "\\b");
        return othersBefore(previous, source, sentence, 4).stream().anyMatch(a -> a.stance() != Stance.CONFIRM
                && brought.matcher(a.content()).find());
    }

    /**
     * "Councillor Moody said the committee had never applied to close the lane. The committee's secretary, Nevyn Vesey, said
     * the form had gone in on January 12": the body a claim says never did a thing, through its own officer, saying right
     * after what it did, denies it.
     */
    static boolean bodySaysWhatItDid(String content, String source, String described, int sentence, List<Attribution> previous) {
        String body = StanceClassifier.bodyOfRole(described);
        if (body == null || NEGATION.matcher(QUOTE_MARKS.matcher(content).replaceAll("")).find()) {
            return false;
        }
        // (A claim that something never happened reads as a denial itself, so any stance but an admission is taken.)
        List<Attribution> justBefore = previous.stream().filter(a -> a.sentence() >= sentence - 1 && a.sentence() < sentence
                && !a.source().equals(source) && a.stance() != Stance.CONFIRM).toList();
        if (justBefore.isEmpty()) {
            return false;
        }
        Pattern ofTheBody = Pattern.compile("(?i)^\\W*(?:that\\s+)?the\\s+(?:[\\p{L}-]+\\s+)?" + Pattern.quote(body)
                + "\\s+(?:had|has|have|was|were|did|does|is)\\s+(?:never|not)\\b");
        return justBefore.stream().anyMatch(a -> ofTheBody.matcher(a.content()).find());
    }

    private static final String AMOUNT = "(\\d[\\d,.]*|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty"
            + "|sixty|ninety|a hundred)";
    /** "two days", "95 minutes", "six weeks": a span of time, the figure and its unit. */
    private static final Pattern SPAN = Alternations.compile("\\b" + AMOUNT + "\\s+(minute|hour|day|week|month|year)s?\\b", Pattern.CASE_INSENSITIVE);

    /**
     * "Pennycook told Radio Wrayvale that the police had taken two days to come out to the farm. Wrayvale Police said its log
     * showed an officer had reached Upper Scarth 95 minutes after his call": the one a claim is about, answering right after
     * it with another span of time for the same thing, denies it.
     */
    static boolean accusedGivesAnotherSpan(String content, String source, int sentence, List<Attribution> previous) {
        Matcher said = SPAN.matcher(content);
        if (!said.find() || source.isBlank() || !Character.isUpperCase(source.charAt(0))) {
            return false;
        }
        String head = surname(source).toLowerCase(Locale.ROOT);
        if (head.length() < 4) {
            return false;
        }
        String span = said.group().toLowerCase(Locale.ROOT);
        // "the police had taken …": the claim's subject is the speaker, named by the last word of its name.
        Pattern about = Pattern.compile("(?i)^\\W*(?:that\\s+)?the\\s+(?:\\S+\\s+){0,2}?" + Pattern.quote(head) + "\\s+(?:had|has|have|was|were|took|takes|did)\\b");
        return othersBefore(previous, source, sentence, 2).stream().anyMatch(a -> {
            if (a.stance() == Stance.CONFIRM || !about.matcher(a.content()).find()) {
                return false;
            }
            Matcher claimed = SPAN.matcher(a.content());
            return claimed.find() && !claimed.group().toLowerCase(Locale.ROOT).equals(span);
        });
    }

    private static final Pattern NOBODY_OR_NEVER = Alternations.compile("\\b(?:nobody|no one|never)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern EVERY_ONE = Alternations.compile("\\b(?:every|each|all(?:\\s+the)?)\\s+(?:[\\p{L}-]+\\s+)?(\\p{L}{4,})\\b",
            Pattern.CASE_INSENSITIVE);

    /** "families" and "family" alike: "famil". */
    private static String singular(String word) {
        return word.toLowerCase(Locale.ROOT).replaceFirst("(?:ies|es|s|y)$", "");
    }

    /**
     * "Families who paid for the benches said nobody had told them. The council said every family on its register had been
     * sent a letter in May": what is said to have been done for every one of those who said it never was answers them.
     */
    static boolean doneForEveryClaimant(String content, String source, int sentence, List<Attribution> previous) {
        if (NEGATION.matcher(content).find()) {
            return false;
        }
        Matcher every = EVERY_ONE.matcher(content);
        while (every.find()) {
            String kind = singular(every.group(1));
            if (othersBefore(previous, source, sentence, 1).stream().anyMatch(a -> a.stance() != Stance.CONFIRM
                    && NOBODY_OR_NEVER.matcher(a.content()).find()
                    && java.util.Arrays.stream(a.source().toLowerCase(Locale.ROOT).split("[^\\p{L}]+")).limit(3)
                            .anyMatch(w -> w.length() >= 4 && singular(w).equals(kind)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Counsel suggested she had promised him a share. 'I never said anything like that,' Mrs Ode replied": a negated
     * reply to what another speaker put just before is a denial, whatever words it uses.
     */
    static boolean negatedReply(Lexicon.CueVerb verb, String content, String source, int sentence, List<Attribution> previous) {
        if (verb == null || !REPLY_VERBS.contains(verb.lemma()) || !NEGATION.matcher(QUOTE_MARKS.matcher(content).replaceAll("")).find()) {
            return false;
        }
        return previous.stream().anyMatch(a -> a.sentence() >= sentence - 1 && a.sentence() < sentence
                && !a.source().equals(source) && a.stance() != Stance.DENY);
    }

    private static final Set<String> REPLY_VERBS = Set.of("reply", "answer", "respond", "retort");

    /** "Mr Ashdown disowned it straight away": the speaker, then a verb of rejection with a pronoun or a noun for its object. */
    private static final Pattern REJECTED_IT = Alternations.compile("^(\\p{L}[\\p{L}.'\u2019 -]{0,40}?)\\s+(?:flatly\\s+|firmly\\s+)?"
            + "(?:disowned|rejected|denied|dismissed|repudiated|disputed|refuted)\\s+(?:it|them|this|that|the\\s+\\p{Ll}+)\\b");

    private static boolean rejectedBy(String previousSentence, String source) {
        Matcher m = REJECTED_IT.matcher(previousSentence.strip());
        if (!m.find()) {
            return false;
        }
        return m.group(1).toLowerCase(Locale.ROOT).contains(surname(source).toLowerCase(Locale.ROOT));
    }

    /** The last word of a source's name: "Parry" of "Gwen Parry". */
    static String surname(String source) {
        String[] names = source.split("\\s+");
        return names[names.length - 1];
    }

    /** "nothing missing, nothing swapped and nothing to see": any of several negations may be the one on the claimed act. */
    private static boolean negationAnswers(String text, Set<String> claimed) {
        // "the minibus had been sold … it is not for sale": the idiom is the claimed act, not a phrase after a preposition.
        text = FOR_SALE.matcher(text).replaceAll("sold");
        Matcher neg = NEGATION.matcher(text);
        while (neg.find()) {
            if (negationAnswers(text, neg, claimed)) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern NOT_STILL = Alternations.compile("(?i)\\s+still\\b");
    private static final Pattern INSIDE_A_RELATIVE = Alternations.compile("(?i)\\b\\p{Ll}{3,}\\s+(?:who|whose)\\s+(?:\\S+\\s+){0,4}$");

    private static final Set<String> REFUSING_VERBS = Set.of("say", "comment", "confirm", "discuss", "reveal", "disclose", "give");
    private static final Set<String> OPINION_VERBS = Set.of("think", "believe", "suppose", "reckon", "imagine", "feel", "expect",
            "blame");

    /** "it had", "we have": the speaker's own past act, just before a "never". */
    private static final Pattern OWN_ACT = Alternations.compile("(?i)\\b(?:it|he|she|they|we|i)\\s+(?:had|has|have)\\s*$");

    private static boolean negationAnswers(String text, Matcher neg, Set<String> claimed) {
        boolean emphatic = EMPHATIC_ZERO.contains(neg.group().toLowerCase(Locale.ROOT));
        int clauseOpen = Math.max(text.lastIndexOf(',', neg.start()), text.lastIndexOf(';', neg.start())) + 1;
        if (INSIDE_A_RELATIVE.matcher(text.substring(clauseOpen, neg.start())).find()) {
            // "carers would still visit clients who live alone and have no family nearby": the negation tells who the clients
            // are, it answers nothing (review56 AUL q15).
            return false;
        }
        if (REASON_BEFORE.matcher(text.substring(clauseOpen, neg.start())).find()) {
            return false;
        }
        if (PLACE_DESCRIBED.matcher(text.substring(clauseOpen, neg.start())).lookingAt()) {
            // "…, where the six bells hang in a tower with no nest": a place described answers nothing.
            return false;
        }
        if (NOT_STILL.matcher(text.substring(neg.end())).lookingAt()) {
            // "some of them will not still be fishing here in 2035": a change foretold, not a claim answered (review66 ebbersham
            // q17).
            return false;
        }
        if (emphatic && !neg.group().equalsIgnoreCase("never") && CLAUSE_OPENING.matcher(text.substring(clauseOpen, neg.start())).matches()
                && !ADVICE.matcher(text.substring(neg.end())).lookingAt() && !NO_ONE_CAN.matcher(text.substring(neg.end())).lookingAt()) {
            // "nobody at the firm has set foot in Lisbon", "none of us gave the paper a page": a zero subject denies whatever
            // its clause says, so the claimed words may come anywhere in it; "nobody should panic" is advice.
            int comma = text.indexOf(',', neg.end());
            // ("nobody on the council wanted this": who the zero is, "on the council", is no claimed act.)
            String rest = text.substring(neg.end(), comma < 0 ? text.length() : comma);
            List<String> clause = words(ZEROS_OWN_PHRASE.matcher(rest).replaceFirst(""));
            return clause.subList(0, Math.min(10, clause.size())).stream().map(AnsweredClaims::stem)
                    .anyMatch(st -> st != null && claimed.contains(st));
        }
        if (emphatic) {
            // "The council has signed nothing", "No one has died": the claimed act within three words of the zero, in its
            // own clause; "won on price, and on nothing else" answers nothing.
            int clauseStart = Math.max(text.lastIndexOf(',', neg.start()), text.lastIndexOf(';', neg.start())) + 1;
            int comma = text.indexOf(',', neg.end());
            int clauseEnd = comma < 0 ? text.length() : comma;
            List<String> before = words(text.substring(clauseStart, neg.start()));
            List<String> after = words(text.substring(neg.end(), clauseEnd));
            List<String> near = new java.util.ArrayList<>(before.subList(Math.max(0, before.size() - 3), before.size()));
            if (neg.group().equalsIgnoreCase("never") && !POINTING_SUBJECT.matcher(text.substring(clauseStart, neg.start())).lookingAt()) {
                // ("most of their bands had never been warned": "never" goes with the act after it; a claimed word before it
                // counts only as the name of the one whose act it was, "Bloomcount had never sold user data", or as the thing
                // pointed back at, "That price has never had a seven in front of it".)
                near.removeIf(word -> !Character.isUpperCase(word.charAt(0)));
            }
            // "it had never asked a single Dunnersby customer to switch to postal orders": "never" of one's own past acts
            // negates the whole act, its object and what it was asked for too; not "auditors had never once set foot" (others'
            // acts) or "would never vote" (a promise).
            boolean ownActNever = neg.group().equalsIgnoreCase("never")
                    && OWN_ACT.matcher(text.substring(clauseStart, neg.start())).find();
            near.addAll(after.subList(0, Math.min(ownActNever ? 8 : 3, after.size())));
            return near.stream().map(AnsweredClaims::stem).anyMatch(st -> st != null && claimed.contains(st));
        }
        // Otherwise the negation must fall on what was claimed: the verb it negates or that verb's object ("did not switch off
        // that alarm"), not a phrase after a preposition: "had not been told of the cuts" negates the telling, whatever the
        // cuts have to do with the claim before.
        Matcher w = WORD.matcher(text).region(neg.end(), text.length());
        int content = 0;
        // "had opened no investigation into the betting": after "no", the noun's own complement is what is said not to be.
        boolean complementOfNone = neg.group().equalsIgnoreCase("no");
        while (w.find() && content < 2) {
            String word = w.group().toLowerCase(Locale.ROOT).replace('\u2019', '\'');
            if (content == 0 && REFUSING_VERBS.contains(word)) {
                // "would not say whether Sperrin had been interviewed": a refusal to answer, not an answer.
                return false;
            }
            if (PREPOSITION.contains(word) && complementOfNone && content == 1 && NOUN_COMPLEMENT.contains(word)) {
                complementOfNone = false;
                continue;
            }
            if (PREPOSITION.contains(word)) {
                return false;
            }
            if (AUXILIARY.contains(word) || STOP.contains(word) && !word.equals("own")) {
                continue;
            }
            if (content == 0 && OPINION_VERBS.contains(word)) {
                // "I don't think Harnsey set out to mislead anybody", "I do not blame the crew": a view held back, not the claim's
                // words denied.
                return false;
            }
            content++;
            String plain = word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
            if (claimed.contains(withoutSuffix(plain))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Inspectors had allegedly found blank labels lying loose on a workbench. … Ms Penkridge was adamant that blank labels
     * are kept in a locked cabinet": an insistence that takes up an unconfirmed allegation's words puts the other account.
     */
    static boolean insistsAgainst(String content, String source, int sentence, List<Attribution> previous) {
        Set<String> said = stems(content);
        // "Mr Attwater also said the cut was a way to pay for the bottling plant. Mrs Quaife was firm that the plant was paid
        // for two years ago": straight after another's claim, an insistence on its own words is set against it.
        return othersBefore(previous, source, sentence, WINDOW).stream().anyMatch(a -> (a.anonymous() || a.hedged())
                && stems(a.content()).stream().filter(said::contains).count() >= 2
                || a.sentence() == sentence - 1 && a.stance() != Stance.CONFIRM && !shareAName(a.source(), source)
                        && commonStems(a.content()).stream().anyMatch(said::contains))
                // "The partnership set the record straight, saying both buildings would stay open. The primary care office
                // insisted that the practice must keep both sites open": a second party insisting on the denial's own ground.
                || previous.stream().anyMatch(a -> a.sentence() == sentence - 1 && a.stance() == Stance.DENY
                        && !a.source().equals(source) && !shareAName(a.source(), source)
                        && stems(a.content()).stream().filter(said::contains).count() >= 2);
    }

    /** The figures of a text: "all 17 were included" takes up the "17 swimmers" of the claim it answers. */
    private static final Pattern FIGURE = Alternations.compile("\\d[\\d,.]*\\d|\\d");

    /**
     * "A former worker … told Hartmoor Sound that the sprinklers … were reportedly switched off. Mr Winterflood said his crews
     * found the sprinklers working": the first word from anyone else in the sentence after a contested claim (see
     * {@link ContestedClaims}), taking up its words or figures and settling the fact, answers it, in positive words as much
     * as in negative ones.
     */
    static boolean answersContestedClaim(Lexicon.CueVerb verb, boolean anonymous, String content, String source, String described,
            int sentence, String textBefore, List<Attribution> previous) {
        // A spokesperson unnamed speaks for a body and may answer for it; another unnamed person adds to the talk.
        if (anonymous && !SPOKESPERSON.matcher(source).find() || verb == null || !PLAIN_SAYING.contains(verb.lemma())
                || previous.isEmpty()) {
            return false;
        }
        Attribution claim = claimJustAnswered(previous, source, sentence);
        if (claim == null) {
            return false;
        }
        if (REFUSAL.matcher(content).find() || ADVISING.matcher(content).find()) {
            // "would not say whether Sperrin had been interviewed": a refusal answers nothing; "nobody should be planning a
            // trip" is advice.
            return false;
        }
        // "A letter … said the council planned to sell the two oldest bells. Mr Yarcombe said both bells would go back into the
        // tower": a plan claimed is answered by the plan as it stands.
        boolean planClaimed = PLAN_CLAIMED.matcher(claim.content()).lookingAt();
        // "Skyreach 2 still had 110 developers working on it and would be shown at a trade event in June": what was said of
        // the claim comes first; a plan added after "and" is more news, not the answer.
        boolean lookingAhead = LOOKING_AHEAD.matcher(PLAN_ADDED.split(content, 2)[0]).find();
        if (lookingAhead && planClaimed && OWN_PLAN.matcher(content).lookingAt() && !namesTheSpeaker(claim.content(), source)) {
            // "the society would look again at the decision on August 4" and then "The club said it would hold its own classes on
            // August 15": the speaker's own plan answers a plan claimed of someone else (review70 aldermoor q20).
            return false;
        }
        if (lookingAhead && !planClaimed || !SETTLING.matcher(content).find()
                && (lookingAhead || !otherAccountOfAClaim(claim, content, source, textBefore, previous))) {
            return false;
        }
        // (A retraction is no claim to answer: "has withdrawn her claim that …" is followed by the claim as first made.)
        if (claim.source().equals(source) || claim.sentence() < sentence - 1 && sameWords(claim.source(), source)
                || claim.stance() == Stance.DENY
                || claim.stance() == Stance.CONFIRM || claim.stance() == Stance.RETRACT || !ContestedClaims.contested(claim)
                // ("An Aldwen Water engineer", unnamed, is not Aldwen Water, which may answer what its own people say.)
                || shareAName(claim.source(), source) && !claim.anonymous()
                // ("Residents of Saltings Reach say … The Saltings Reach Residents' Association said …": their own body.)
                || groupAndItsBody(claim.source(), source) || StanceClassifier.officerOf(source, described, claim.source(), previous)
                || namedAfterBeingDescribed(claim, described) || speaksForTheAnswerer(claim.description(), source)) {
            return false;
        }
        // The claim's own words, not the names in it: "endorsed by the Lenwick Rowing Club" is not answered by "the club does
        // not take part in elections", which only speaks of the same body. Once someone has denied it, though, a second
        // party speaking of the one it named answers it too ("the Alliance would cancel the bypass" … "the Alliance had
        // written to it in February pledging to keep the scheme").
        Set<String> claimed = claim.sentence() < sentence - 1 ? stems(claim.content()) : commonStems(claim.content());
        claimed.addAll(figures(claim.content()));
        Set<String> said = stems(content);
        said.addAll(figures(content));
        return said.stream().anyMatch(claimed::contains);
    }

    /**
     * "the county archivist, Dr X, said documents could still be ordered a week ahead … A van will run …, the council said":
     * what the body's own officer said is no claim the body answers (review76 askerdale q03, a wrong key).
     */
    private static boolean speaksForTheAnswerer(String claimantDescribed, String answerer) {
        Matcher m = OFFICER_BY_BODY_WORD.matcher(claimantDescribed == null ? "" : claimantDescribed.strip());
        return m.matches() && Pattern.compile("(?i)\\b" + Pattern.quote(m.group(1)) + "\\b").matcher(answerer).find();
    }

    private static final Pattern OFFICER_BY_BODY_WORD = Pattern.compile("^(?:the\\s+)?(\\p{Ll}{4,})(?:['’]s)?\\s+\\p{Ll}[\\p{L}-]*$");

    /**
     * "… after a county councillor told a council meeting that … Councillor Jeronimo Aldbrough … said …": the one the lede
     * described by a role, now named with that role, saying more (review68 KES q02).
     */
    private static boolean namedAfterBeingDescribed(Attribution claim, String described) {
        Matcher role = DESCRIBED_BY_ROLE.matcher(claim.source());
        return claim.anonymous() && role.matches() && described != null
                && Pattern.compile("(?i)\\b" + Pattern.quote(role.group(1)) + "\\b").matcher(described).find();
    }

    private static final Pattern DESCRIBED_BY_ROLE = Pattern.compile("(?i)^an?\\s+(?:[\\p{L}-]+\\s+){0,2}(\\p{L}{4,})$");

    /** Whether every word of a group's name ("Residents of Saltings Reach") is in a body's ("Saltings Reach Residents' Association"). */
    static boolean groupAndItsBody(String group, String body) {
        // ("the Friends of the Park": a name may say a word twice, which Set.of refuses.)
        Set<String> named = Set.copyOf(java.util.Arrays.asList(NOT_A_LETTER.split(body.toLowerCase(Locale.ROOT).replaceAll("['\u2019]", ""))));
        List<String> words = java.util.Arrays.stream(NOT_A_LETTER.split(group.toLowerCase(Locale.ROOT).replaceAll("['\u2019]", "")))
                .filter(w -> w.length() >= 4).toList();
        return !words.isEmpty() && !body.equalsIgnoreCase(group) && named.containsAll(words);
    }

    private static final Pattern NOT_A_LETTER = Pattern.compile("[^\\p{L}]+");

    /**
     * The claim the sentence before made; or, when that sentence was someone else's denial, the claim it denied: "A letter …
     * said the council planned to sell the two oldest bells. Mr Yarcombe said both bells would go back into the tower. The
     * diocesan bells adviser said no request to remove or sell any bell had ever reached the diocese" answers the letter too.
     */
    private static Attribution claimJustAnswered(List<Attribution> previous, String source, int sentence) {
        Attribution last = previous.get(previous.size() - 1);
        if (last.stance() != Stance.DENY || last.sentence() != sentence - 1 || last.source().equals(source)) {
            return last.sentence() == sentence - 1 ? last : null;
        }
        for (int i = previous.size() - 2; i >= 0 && previous.get(i).sentence() >= sentence - 2; i--) {
            if (previous.get(i).sentence() == sentence - 2 && !previous.get(i).source().equals(last.source())) {
                return previous.get(i);
            }
        }
        return null;
    }

    /**
     * "The letter also claimed that the contract had been handed to the treasurer's brother-in-law without other quotes. Mr
     * Yarcombe said three firms had quoted": what a letter put about, what the article calls a claim, or what someone
     * unnamed passed on hedged ("staff had reportedly been told to throw away the cleaning logs"), is answered by any
     * other account of the same thing, settling words or none; unless the speaker takes the claim's side ("The claim has
     * since been repeated by …", "Its founder … told"), or has already rejected it and goes on to other facts.
     */
    private static boolean otherAccountOfAClaim(Attribution claim, String content, String source, String textBefore,
            List<Attribution> previous) {
        // (A spokesman for the trading standards service, unnamed, speaks for it: "the service could ask it to show its
        // prices more clearly" is the service's plan, not talk passed on.)
        return (ContestedClaims.calledAClaim(claim) || claim.anonymous() && claim.hedged() && !SPOKESPERSON.matcher(claim.source()).find())
                && !ContestedClaims.documentary(source) && !HEARSAY.matcher(content).lookingAt() && !SIDING.matcher(textBefore).find()
                && previous.stream().noneMatch(a -> a.sentence() == claim.sentence() && a.source().equals(source));
    }

    /** "he had heard that the brewery was short of cash": talk passed on, itself a claim and no account of what happened. */
    private static final Pattern HEARSAY = Pattern.compile("(?i)\\W*(?:\\S+\\s+){0,3}?(?:had\\s+|has\\s+|have\\s+)?(?:been\\s+told|heard|"
            + "understood|believed|suspected|thought|feared)\\b");
    /** "repeated by", "Its founder": a speaker on the claim's side, adding to it. */
    private static final Pattern SIDING = Pattern.compile("^\\W*(?:Its|Their)\\s|\\b(?:repeated|echoed|backed|supported|endorsed)\\b");
    private static final Pattern SPOKESPERSON = Alternations.compile("(?i)\\bspokes(?:man|woman|person)\\b");
    static final Set<String> PLAIN_SAYING = Set.of("say", "tell", "add", "insist", "maintain");
    /**
     * "all 17 were included", "every farm … had been collected", "only two heating faults", "had always been the box": the
     * words that settle a question of fact for good, which an answer to a claim uses and a further claim rarely does.
     */
    // ("its own records" settles; "the cafe's own appliance tester" only names whose it is.)
    private static final Pattern SETTLING = Alternations.compile("(?i)\\b(?:every|all|only|always|whole|entirely|exactly|both|still|"
            + "never|not|no|nothing|none)\\b|n['\u2019]t\\b|\\b(?:its|our|my|their|his|her)\\s+own\\b");
    /**
     * "the council planned to sell …", "the Alliance would cancel …", "the canopy might never be put back": a claim of what
     * someone means to do, or of what will come of it.
     */
    private static final Pattern PLAN_CLAIMED = Pattern.compile("(?i)\\W*(?:\\S+\\s+){0,7}?(?:(?:would|will|could|might|(?-i:may)|going to)\\b"
            + "|(?:plan(?:s|ned)?|intend(?:s|ed)?|set) to\\b)");
    private static final Pattern PLAN_ADDED = Pattern.compile("(?:,\\s*|\\s+)(?:and|but)\\s+(?=(?:would|will|could|may|might)\\b)");
    private static final Pattern ADVISING = Pattern.compile("(?i)\\b(?:should|must|ought to|needs? to)\\b");
    private static final Pattern REFUSAL = Pattern.compile("(?i)\\b(?:would|will) not (?:" + String.join("|", new java.util.TreeSet<>(REFUSING_VERBS))
            + ")\\b");
    /** "it would hold its own classes", "we will keep both bells": what the speaker itself means to do. */
    private static final Pattern OWN_PLAN = Pattern.compile("(?i)\\W*(?:it|we|they|he|she|i)\\s+(?:would|will|was going to|were going to)\\b");

    /** Whether a word of the speaker's name ("Aldermoor Breeders' Club": "club", "breeders") is in the claim. */
    private static boolean namesTheSpeaker(String claim, String source) {
        String said = " " + claim.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]+", " ") + " ";
        for (String w : source.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]+", " ").split(" ")) {
            if (w.length() >= 4 && (said.contains(" " + w + " ") || said.contains(" " + withoutPlural(w) + " "))) {
                return true;
            }
        }
        return false;
    }

    private static String withoutPlural(String w) {
        return w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
    }

    /**
     * "it would audit every invoice", "we will see gaps on shelves": a plan or a forecast answers no account of what happened.
     * ("May" in capitals is the month: "the May logs had been taken home".)
     */
    private static final Pattern LOOKING_AHEAD = Pattern.compile("(?i)\\b(?:would|will|could|(?-i:may)|might|going to|hoped?|hopes)\\b|['\u2019]ll\\b");

    private static Set<String> figures(String text) {
        Set<String> out = new HashSet<>();
        Matcher m = FIGURE.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** "11,500 tonnes in July, not 6,000": the figure a correction gives, before the one it sets aside. */
    private static final Pattern CORRECTION = Alternations.compile("(\\d[\\d,.]*\\d|\\d)(?:\\s+\\p{L}+){0,4},?\\s+not\\s+\\d");

    /**
     * "The council said it had ordered 11,500 tonnes in July, not 6,000. “The county ordered 11,500 tonnes from us in July,”
     * said Tarnbeck Minerals' sales director": a second party giving, in the sentence after, the figure a denial put in
     * place of the claim's, denies that claim too.
     */
    static boolean bearsOutACorrection(String content, String source, int sentence, List<Attribution> previous) {
        if (NEGATION.matcher(QUOTE_MARKS.matcher(content).replaceAll("")).find()) {
            return false;
        }
        Set<String> given = figures(content);
        for (Attribution a : previous) {
            if (a.stance() != Stance.DENY || a.source().equals(source) || a.sentence() < sentence - 1 || a.sentence() >= sentence) {
                continue;
            }
            Matcher m = CORRECTION.matcher(a.content());
            if (m.find() && m.group(1).length() >= 2 && given.contains(m.group(1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Hearthwell Home Services has contradicted her claim …, saying its records show only one. … Hearthwell's customer
     * director, Augustin Penrice, said the company's records show one cancellation": someone who speaks for a body that has
     * denied a claim, saying again in more words what the denial said, denies it too.
     */
    static boolean restatesBodysDenial(String content, String source, String described, int sentence, List<Attribution> previous) {
        String bodyWord = StanceClassifier.bodyOfRole(described);
        if (bodyWord == null || previous.stream().anyMatch(a -> a.source().equals(source))) {
            // Only the first word from them: later ones go on from there, and may be about anything.
            return false;
        }
        Pattern body = Pattern.compile("(?i)\\b" + Pattern.quote(bodyWord) + "\\b");
        Set<String> said = commonStems(content);
        return previous.stream().anyMatch(a -> a.stance() == Stance.DENY && a.sourceType() == SourceType.ORGANIZATION
                && a.sentence() >= sentence - 8 && body.matcher(a.source()).find()
                && commonStems(a.content()).stream().filter(said::contains).count() >= 2);
    }

    private static final Pattern MODAL_NEGATION = Alternations.compile(
            "(?i)\\b(?:should|must|may|might|could|would|can|need)\\s+(?:not|never)\\b|\\b(?:shouldn't|mustn't|needn't)\\b");

    /** "higher blood pressure than those who drink none": a comparison's zero, not a negation. */
    private static final Pattern COMPARED_WITH_NONE = Alternations.compile("(?i)\\bthan\\s+(?:\\S+\\s+){0,4}?(?:none|no|nothing)\\b");

    /** Whether a negation in {@code content} falls on the words of {@code claim}, wherever that claim stands. */
    static boolean negationAnswersClaim(String content, String claim) {
        // "will board no more than 22 cats from August 1": a limit set, no "no" said to anyone.
        content = LIMIT.matcher(content).replaceAll("at most");
        Set<String> claimed = stems(claim);
        if (MODAL_NEGATION.matcher(content).find() || COMPARED_WITH_NONE.matcher(content).find()
                || stems(FOR_SALE.matcher(content).replaceAll("sold")).stream().filter(claimed::contains).count() < 2) {
            // "Patients should not stop taking the drug": advice, not an answer; and one shared word is only the topic.
            return false;
        }
        return firstSentencesAnswer(content, claimed);
    }

    private static final Pattern LIMIT = Pattern.compile("(?i)\\b(?:no|not)\\s+(?:more|fewer|less|later|earlier|sooner)\\s+than\\b");

    /**
     * Claims others made in the {@code window} sentences before {@code sentence}, latest first, and not themselves denials:
     * what a statement there may answer. The previous statements are in text order, so the scan stops at the window.
     */
    private static List<Attribution> othersBefore(List<Attribution> previous, String source, int sentence, int window) {
        List<Attribution> out = new java.util.ArrayList<>();
        for (int i = previous.size() - 1; i >= 0 && previous.get(i).sentence() >= sentence - window; i--) {
            Attribution a = previous.get(i);
            if (a.sentence() < sentence && !a.source().equals(source) && a.stance() != Stance.DENY) {
                out.add(a);
            }
        }
        return out;
    }

    /**
     * "the club's supporters' trust" and "Dunchapel Supporters' Trust": one body, named in lower case once, which answers
     * the denial of its own claim rather than the claim.
     */
    private static boolean sameWords(String a, String b) {
        return shareWords(a.toLowerCase(Locale.ROOT), b.toLowerCase(Locale.ROOT), w -> !STOP.contains(w));
    }

    /** "The Sunday Courier" and "The Courier's report": one source under two names, which cannot answer itself. */
    private static boolean shareAName(String a, String b) {
        return shareWords(a, b, w -> Character.isUpperCase(w.charAt(0)));
    }

    /** Whether a word of {@code a} of four letters or more that {@code counts} is also a word of {@code b}. */
    private static boolean shareWords(String a, String b, java.util.function.Predicate<String> counts) {
        Set<String> first = new HashSet<>();
        for (String w : words(a)) {
            if (w.length() >= 4 && counts.test(w)) {
                first.add(plainWord(w));
            }
        }
        return words(b).stream().map(AnsweredClaims::plainWord).anyMatch(first::contains);
    }

    /** "Supporters'" and "Courier’s" as "Supporters" and "Courier". */
    private static String plainWord(String w) {
        return withoutPossessive(w.replace('\u2019', '\'')).replaceAll("'$", "");
    }

    /**
     * "The contractor said nothing could be further from the truth, and that a surveyor had walked the whole hedge and found
     * no active nests. The landowner, Elric Hexton, said he had checked the hedge himself and seen only old nests": a new
     * voice, straight after another's denial, on the same thing and in settling words, bears the denial out.
     */
    static boolean bearsOutTheDenialJustBefore(String content, String source, boolean anonymous, int sentence,
            List<Attribution> previous) {
        // ("A report in the trade paper said a further cut was planned, citing two board members": a report is a claim.)
        if (anonymous || REPORTED_BY.matcher(source).find() || !SETTLING.matcher(content).find() || REFUSAL.matcher(content).find()
                || ADVISING.matcher(content).find()
                || previous.stream().anyMatch(a -> a.source().equals(source) && a.sentence() >= sentence - 8)
                // ("Cockram said the club's files held nothing … The council said it had not covered itself in glory … “I
                // took up croquet when I retired, … I will be out on that lawn”": an admission heard since, and the quote bears
                // out neither.)
                || !previous.isEmpty() && previous.get(previous.size() - 1).stance() == Stance.CONFIRM) {
            return false;
        }
        return previous.stream().anyMatch(a -> a.stance() == Stance.DENY && a.sentence() >= sentence - 2 && a.sentence() <= sentence
                && !a.anonymous() && !shareAName(a.source(), source) && sharedCommonStems(a.content(), content) >= 2);
    }

    private static final Pattern REPORTED_BY = Pattern.compile("(?i)\\b(?:reports?|posts?|messages?|leaflets?|letters?|articles?|"
            + "stor(?:y|ies)|threads?|rumou?rs?|claims?)\\b");

    /** Whether two statements share a word written in lower case ("the blast" and "every blast"). */
    static boolean shareCommonStem(String a, String b) {
        return sharedCommonStems(a, b) > 0;
    }

    /**
     * "A slaughterman, who asked not to be named, told the Mercury that the yard had failed a hygiene audit. “The yard passed
     * its audit in March …,” said the area manager": a named speaker answering, straight after it, an unnamed insider's claim
     * in its own words, one saying the thing failed, stopped or was cut and the other not, denies it, whatever the idiom.
     */
    static boolean answersAnUnnamedClaim(String content, String source, boolean anonymous, String described, int sentence,
            List<Attribution> previous) {
        // Someone answering for a body or a post ("the council's chairman", "the area manager of …"), not a bystander with a
        // view of their own, nor "its founder" speaking up for the side just heard.
        if (anonymous || previous.isEmpty() || described == null || described.isBlank()
                || StanceClassifier.itsOfficer(described)) {
            return false;
        }
        Attribution last = previous.get(previous.size() - 1);
        if (last.source().equals(source) || !last.anonymous() || last.sentence() < sentence - 1 || last.sentence() >= sentence
                || last.stance() == Stance.DENY || last.stance() == Stance.CONFIRM || AGREEING.matcher(content).find()) {
            return false;
        }
        boolean claimBad = BAD_OUTCOME.matcher(last.content()).find();
        boolean replyBad = BAD_OUTCOME.matcher(content).find();
        return claimBad != replyBad && sharedCommonStems(last.content(), content) >= 1;
    }

    /** Words of a thing failing, stopping, shrinking or being refused: one side of the answer to such a claim. */
    private static final Pattern BAD_OUTCOME = Pattern.compile("(?i)\\b(?:fail\\w*|scrap\\w*|clos(?:e|ed|ing|ure)|cut|cuts|stop\\w*|only|"
            + "never|not|no|nobody|nothing|none|lost|lose|losing|destroy\\w*|ban|banned|shut|axed?|ended|refus\\w*|died|dead|"
            + "broken|broke|leak\\w*|sacked|dropped|abandon\\w*|cancel\\w*)\\b|n['’]t\\b");
    /** "He is right", "that is true": a reply that bears a claim out. */
    private static final Pattern AGREEING = Pattern.compile("(?i)\\b(?:right|true|correct|indeed|agree\\w*|confirm\\w*|yes|afraid|sadly|"
            + "regret\\w*|sorry)\\b");

    /**
     * "A post office worker, who asked not to be named, told the Gazette that Cashlink planned to remove the machine by
     * Christmas. “That machine will be on that wall until our lease ends in 2036,” Dewhurst said": an unnamed insider's tip,
     * answered in the very next sentence by a named party in words of the same thing, is answered to set it right, however
     * positively worded; one who agreed would be said to have confirmed it. The answer must open its own sentence, and the
     * tip must say what is so, not what was not done. (Beside {@link #answersAnUnnamedClaim}, which needs no outlet but one
     * side saying the thing failed and the other not.)
     */
    static boolean answersAnUnnamedTip(String content, String source, int sentence, List<Attribution> previous) {
        if (HEDGE_OR_AGREEMENT.matcher(content).find()) {
            return false;
        }
        if (previous.stream().anyMatch(a -> a.sentence() == sentence)) {
            return false;
        }
        // The outlet the tip was told to, reporting what else it found, is not answering it.
        return previous.stream().anyMatch(tip -> tip.sentence() == sentence - 1 && tip.anonymous() && !tip.source().equals(source)
                && tip.sourceType() == SourceType.ANONYMOUS && !tip.via().isEmpty() && tip.cue() != null && TOLD.matcher(tip.cue()).find()
                && tip.stance() == Stance.ASSERT && !tip.via().contains(source)
                && (sharesAThingNamed(content, tip.content()) || pointsAtItsThing(content, tip.content()))
                // ("… the survey was never finished." "The survey would be finished next year": a tip that something was not
                // done, answered with when it will be, is conceded.)
                && !NOT_DONE.matcher(tip.content()).find()
                && !repeatsFourWords(content, tip.content()));
    }

    private static final Pattern THAT_THING = Pattern.compile("(?i)^\\W*(?:that|this)\\s+(\\p{L}{3,})\\b");

    /** "“That nest was started in July”" after "the nest had been in the tree since April": the tip's own thing, pointed at. */
    private static boolean pointsAtItsThing(String said, String claim) {
        Matcher that = THAT_THING.matcher(said);
        return that.find() && !NegatedEchoes.NO_THING.contains(that.group(1).toLowerCase(Locale.ROOT))
                && Pattern.compile("(?i)\\b" + Pattern.quote(that.group(1)) + "\\b").matcher(claim).find();
    }

    private static final Pattern TOLD = Pattern.compile("(?i)^told\\b");
    /**
     * "was never finished", "had not been used": what was not done ("warned suppliers not to talk" says what was). What
     * "would never be built" is a forecast, which an answer with the plan for it sets right.
     */
    private static final Pattern NOT_DONE = Pattern.compile("(?i)\\b(?:was|were|is|are|had|has|have|did|does|do)"
            + "\\s+(?:not|never)\\b|\\b(?!(?:won|wouldn|couldn)['\u2019]t)\\p{L}+n['\u2019]t\\b|(?<!(?:would|will|could)\\s)\\bnever\\s+\\p{L}+ed\\b");
    private static final Pattern HEDGE_OR_AGREEMENT = Pattern.compile("(?i)\\b(?:yes|true|correct|right|confirm\\p{L}*|indeed|"
            + "(?-i:may)(?!\\s+\\d)|might|could|perhaps|possibly|consider\\p{L}*|looking\\s+at|reviewing|comment\\p{L}*)\\b");

    /**
     * "The depot would close at the end of May" after "the depot would close in May": the tip said again is the tip agreed
     * with. Four words in a row, since three are often only the thing both speak of ("Scrubwell's bid had").
     */
    private static boolean repeatsFourWords(String said, String claim) {
        String[] words = claim.toLowerCase(Locale.ROOT).split("[^\\p{L}\\d']+");
        String plain = " " + String.join(" ", said.toLowerCase(Locale.ROOT).split("[^\\p{L}\\d']+")) + " ";
        for (int i = 0; i + 4 <= words.length; i++) {
            String[] run = java.util.Arrays.copyOfRange(words, i, i + 4);
            // ("had sold the building to a burger chain" answered by "had let the building to a veterinary practice": "the
            // building to a" is the thing and its grammar, not the tip said again.)
            if (java.util.Arrays.stream(run).filter(w -> w.length() >= 4 && !NegatedEchoes.NO_THING.contains(w)).count() >= 2
                    && plain.contains(" " + String.join(" ", run) + " ")) {
                return true;
            }
        }
        return false;
    }

    /** A word of five letters or more, or a name, that both speak of: "that machine", "Verdon Street". */
    static boolean sharesAThingNamed(String said, String claim) {
        Set<String> claimWords = new HashSet<>();
        for (String w : claim.split("[^\\p{L}\\d']+")) {
            claimWords.add(w.toLowerCase(Locale.ROOT));
        }
        for (String w : said.split("[^\\p{L}\\d']+")) {
            String lower = w.toLowerCase(Locale.ROOT);
            if ((lower.length() >= 5 || !w.isEmpty() && Character.isUpperCase(w.charAt(0)) && w.length() >= 3)
                    && !NegatedEchoes.NO_THING.contains(lower) && claimWords.contains(lower)) {
                return true;
            }
        }
        return false;
    }

    /** How many stems of words written in lower case the two texts share. */
    static int sharedCommonStems(String a, String b) {
        Set<String> first = commonStems(a);
        return (int) commonStems(b).stream().filter(first::contains).count();
    }

    /** The stems of the words written in lower case: what is said, without whom or what it is about by name. */
    private static Set<String> commonStems(String text) {
        return stems(text, false);
    }

    private static Set<String> stems(String text) {
        return stems(text, true);
    }

    private static Set<String> stems(String text, boolean names) {
        Set<String> out = new HashSet<>();
        for (String w : words(QUOTE_MARKS.matcher(text).replaceAll(""))) {
            String st = !names && Character.isUpperCase(w.charAt(0)) ? null : stem(w);
            if (st != null) {
                out.add(st);
            }
        }
        return out;
    }

    /**
     * "the cycle lanes 'have added 12 minutes to every ambulance journey'" … eight sentences on … "'Those lanes have not
     * added a minute to our journeys'": a claim further back is still in play when the reply takes up three of its words.
     */
    private static Set<String> earlierClaimSharingWords(String content, String source, int sentence, List<Attribution> previous) {
        Set<String> out = new HashSet<>();
        if (MODAL_NEGATION.matcher(content).find()) {
            // "people should not panic": advice, however many of the claim's words it takes up.
            return out;
        }
        Set<String> said = commonStems(content);
        // As far back as a reader still holds a claim in mind, beyond the sentences just before (which claimedWords reads).
        for (Attribution a : othersBefore(previous, source, sentence, FAR_WINDOW)) {
            if (a.sentence() >= sentence - WINDOW || shareAName(a.source(), source)) {
                continue;
            }
            Set<String> claim = commonStems(a.content());
            // Three shared words, names aside: a reply taking up the claim itself, not a topic the article keeps returning to.
            if (claim.stream().filter(said::contains).count() >= 3) {
                out.addAll(stems(a.content()));
            }
        }
        return out;
    }

    private static Set<String> claimedWords(String source, int sentence, List<Sentence> sentences, List<Attribution> previous) {
        Set<String> words = new HashSet<>();
        String surname = surname(source);
        boolean named = !surname.isEmpty() && Character.isUpperCase(surname.charAt(0));
        for (int i = Math.max(0, sentence - NAMED_WINDOW); i < sentence; i++) {
            // "The same page claimed that the director, Gwen Parry, had been pushed out. … 'I was not pushed out,' she
            // tells me": a claim about the speaker is answered by her even after other voices have come between.
            boolean aboutTheSpeaker = named && sentences.get(i).text().contains(surname);
            if (i < sentence - WINDOW && !aboutTheSpeaker) {
                continue;
            }
            boolean byOther = false;
            boolean bySame = false;
            for (Attribution a : previous) {
                if (a.sentence() == i) {
                    bySame |= a.source().equals(source);
                    byOther |= !a.source().equals(source) && a.stance() != Stance.DENY;
                }
            }
            String text = sentences.get(i).text();
            if (byOther || !bySame && CLAIM_MARKER.matcher(text).find()) {
                Matcher w = WORD.matcher(text);
                while (w.find()) {
                    String stem = stem(w.group());
                    if (stem != null) {
                        words.add(stem);
                    }
                }
            }
        }
        return words;
    }

    private static final List<String> SUFFIXES = List.of("ing", "ed", "e");

    private static List<String> words(String text) {
        List<String> out = new java.util.ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** A crude stem, enough to meet "owned" with "own" and "died" with "die"; null for words that say nothing of the topic. */
    private static String stem(String word) {
        String w = withoutPossessive(word.toLowerCase(Locale.ROOT).replace('\u2019', '\''));
        if (STOP.contains(w) || w.length() < 3) {
            return null;
        }
        if (w.endsWith("ies") && w.length() > 4) {
            w = w.substring(0, w.length() - 3) + "y";
        } else if (w.endsWith("s") && !w.endsWith("ss")) {
            w = w.substring(0, w.length() - 1);
        }
        if (w.equals("sell") || w.equals("selling")) {
            // "agreed to sell the field" … "is not for sale" (read as "sold"): one act.
            return "sold";
        }
        if (w.equals("seen") || w.equals("saw")) {
            // "had been seen talking to the owner" … "I did not see her until …": one act.
            w = "see";
        }
        w = withoutSuffix(w);
        return w.length() >= 2 ? w : null;
    }

    private static String withoutSuffix(String w) {
        for (String suffix : SUFFIXES) {
            if (w.endsWith(suffix)) {
                return w.substring(0, w.length() - suffix.length());
            }
        }
        return w;
    }

    private static String withoutPossessive(String w) {
        return w.endsWith("'s") ? w.substring(0, w.length() - 2) : w;
    }
}
