package newsquiz.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the attributions of each sentence from general patterns over tokens and tags: reporting
 * verbs in either order ("X said", "said X"), "according to X", colon quotes, "in her opinion",
 * "with X saying", "X's claim that", relative clauses ("who said"), quotes split by their
 * attribution and quotes that run on across sentences and paragraphs.
 */
final class AttributionExtractor {
    private static final java.util.regex.Pattern DOUBLED_OPENING_QUOTES = java.util.regex.Pattern.compile(
            "^[\"\u201c\u201d\u2018\u2019]+(?=[\"\u201c\u201d\u2018\u2019])");

    private static final Set<String> SKIPPABLE_BEFORE_VERB = Set.of("has", "have", "had", "was", "were", "is", "are", "will", "would", "also", "since", "already", "immediately", "flatly", "reportedly", "allegedly", "apparently", "only", "later", "then", "repeatedly", "publicly", "previously", "earlier", "again", "now", "still", "just", "further", "quickly", "swiftly", "firmly", "strongly", "categorically", "privately", "separately", "recently", "once", "first", "initially", "originally", "subsequently", "purportedly", "may", "might", "could", "can", "should", "must", "did", "does", "do", "vehemently", "angrily", "openly", "sharply", "bluntly", "herself", "himself", "itself", "themselves", "even", "all", "both", "each");
    private static final Set<String> BE = Set.of("is", "are", "was", "were", "be", "been", "being", "am", "'s", "get", "got", "gets");
    private static final Set<String> ADVERBIAL_PREPOSITIONS = Set.of("in", "on", "during", "at", "via", "through", "over", "outside", "after", "before", "inside", "from", "late", "early", "last", "this", "earlier", "later", "under");
    private static final Set<String> TIME_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tonight", "morning", "afternoon", "evening", "night", "week", "month", "year", "weekend", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sept.", "sep.", "oct.", "nov.", "dec.", "past", "day", "days", "weeks", "months", "years", "hours", "time", "monday's", "tuesday's", "wednesday's", "thursday's", "friday's", "saturday's", "sunday's", "yesterday's", "today's", "recently", "later", "earlier");
    static final Set<String> CLAIM_NOUNS = Set.of("claim", "claims", "allegation", "allegations", "assertion", "suggestion", "argument", "statement", "contention", "belief", "view", "insistence", "accusation", "charge");
    private static final Set<String> FALSE_ADJECTIVES = Set.of("false", "baseless", "unfounded", "debunked", "misleading", "discredited", "bogus", "dubious", "unsupported", "spurious", "groundless", "untrue", "fabricated", "erroneous");
    private static final Set<String> LOCATION_NOUNS = Set.of("headquarters", "hotel", "meeting", "conference", "briefing", "event", "rally", "hearing", "summit", "session", "courthouse", "court", "office", "scene", "site", "ceremony");
    private static final Set<String> REVISING_VERBS = Set.of("cut", "cuts", "raised", "raises", "raise", "lowered", "lowers",
            "lower", "trimmed", "trims", "trim", "lifted", "lifts", "revised", "revises", "revise", "upgraded", "downgraded",
            "slashed", "increased", "reduced");
    private static final java.util.Map<String, String> FORECAST_NOUNS = java.util.Map.ofEntries(java.util.Map.entry("forecast",
            "forecast"), java.util.Map.entry("forecasts", "forecast"), java.util.Map.entry("estimate", "estimate"),
            java.util.Map.entry("estimates", "estimate"), java.util.Map.entry("projection", "project"),
            java.util.Map.entry("projections", "project"), java.util.Map.entry("outlook", "forecast"),
            java.util.Map.entry("guidance", "forecast"), java.util.Map.entry("prediction", "predict"),
            java.util.Map.entry("predictions", "predict"), java.util.Map.entry("figure", "estimate"));

    private final Lexicon lexicon;
    private final EntityRegistry registry;
    private final PhraseParser phrases;
    private final List<QuoteSpan> quotes;
    private final String text;

    AttributionExtractor(Lexicon lexicon, EntityRegistry registry, PhraseParser phrases, List<QuoteSpan> quotes, String text) {
        this.lexicon = lexicon;
        this.registry = registry;
        this.phrases = phrases;
        this.quotes = quotes;
        this.text = text;
    }

    /**
     * "contradicted him within the hour", "contradicted her flatly"; not "her estimate was 1.6 million crowns" nor "refuted
     * her account", where "her" owns the noun after it.
     */
    private static final java.util.regex.Pattern PERSON_ONLY = java.util.regex.Pattern.compile("(?i)(?:him|her|them|me|us)\\b(?!\\s+that\\b)"
            + "(?!(?<=her)\\s+(?!(?:within|in|on|at|over|by|after|before|again|too|outright|publicly|directly|immediately|"
            + "yesterday|today|later|\\p{L}+ly)\\b)\\p{L})");
    private static final java.util.regex.Pattern NOBODY = java.util.regex.Pattern.compile(
            "(?i)(?:no\\s+\\p{L}|nobody\\b|none\\b|neither\\b)");
    /** "…, a figure neither the company nor the council would confirm": a subject that names no one who spoke. */
    private static final java.util.regex.Pattern NEITHER_NOR = java.util.regex.Pattern.compile(
            "(?i)\\bneither\\s.+\\snor\\s|\\b(?:nobody|no one)\\b");

    /** The interview answer being read and its attribution, which the answer's later sentences extend. */
    private InterviewAnswers.Answer answerSoFar;
    private Draft answerDraft;
    private Draft reviewDraft;
    private java.util.Map<Integer, SourceResolver.Resolved> reviewers = java.util.Map.of();

    /** The body whose notice the text is ("Issued by the … Trust"): its "we" speaks for it. */
    private SourceResolver.Resolved issuer;

    void issuer(SourceResolver.Resolved body) {
        issuer = body;
    }

    /** Review paragraphs by their reviewer, from the label lines over them. */
    void reviewers(java.util.Map<Integer, SourceResolver.Resolved> byParagraph) {
        reviewers = byParagraph;
    }

    private static final java.util.regex.Pattern UNSOURCED_REPORT = java.util.regex.Pattern.compile("(?i)\\b(?:(?:have|has|had|been|were|was)\\s+(?:been\\s+)?told\\s+that"
            + "|heard\\s+that|rumou?rs?|pointed\\s+(?:instead\\s+)?at)\\b");

    /** "It still hangs in Gallery 4, with a new label noting the dispute": what a thing carries, not anyone's statement. */
    private static boolean thingWithItsWording(SentenceView s, Draft d) {
        return d.phrase != null && d.phrase.from() > 0 && s.is(d.phrase.from() - 1, "with") && d.cueToken < s.size()
                && s.tokens[d.cueToken].lower().endsWith("ing") && d.phrase.kind() != Phrase.Kind.NAME;
    }

    List<Draft> extract(List<SentenceView> sentences) {
        List<Draft> all = new ArrayList<>();
        SentenceView previous = null;
        // "Some tenants have been told that the contractor has gone bust.": a report no one is quoted for.
        int lastUnsourcedReport = -1;
        InterviewAnswers answers = InterviewAnswers.find(sentences, registry, phrases);
        for (SentenceView s : sentences) {
            List<Draft> found = new ArrayList<>();
            speechNounColon(s, found);
            if (found.isEmpty()) {
                verbCues(s, found);
                found.removeIf(d -> wroteToWithNothingReported(s, d) || reportedTheChannelOnly(s, d) || showedSomeoneAThing(s, d)
                        || thingWithItsWording(s, d));
            }
            accordingTo(s, found);
            attributedTo(s, found);
            opinionPhrases(s, found);
            claimNouns(s, found);
            claimsMadeBy(s, found);
            verdictOnTheClaim(s, found);
            passiveVerdict(s, found);
            byOwnAccount(s, found);
            thereAreReports(s, found);
            claimsJudgedFalse(s, found);
            if (found.isEmpty()) {
                onTheRecord(s, found);
            }
            if (found.isEmpty()) {
                colonQuote(s, found);
            }
            if (found.isEmpty()) {
                introducedClip(s, found);
            }
            if (found.isEmpty()) {
                firstPersonStatement(s, found);
            }
            resolveOverlaps(s, found);
            answeringAClaim(s, found);
            quoteAfterColonTagged(s, found);
            parallelThatClauses(s, found);
            InterviewAnswers.Answer answer = answers.answerOf(s);
            SourceResolver.Resolved reviewer = reviewers.get(s.paragraph());
            if (reviewer != null && answer == null) {
                // A review under its label line is the reviewer's, read as one statement; "we" and "I" in it are the
                // reviewer, and a third person's words in it ("Another guest told us …") stay theirs as well.
                found.removeIf(InterviewAnswers::answererOwn);
                if (reviewDraft != null && reviewDraft.labelledSource == reviewer && reviewDraft.lastSentence == s.index() - 1) {
                    reviewDraft.content.get(0)[1] = s.tokens[s.size() - 1].end();
                    reviewDraft.lastSentence = s.index();
                } else {
                    Draft d = new Draft(Draft.Kind.ANSWER, s.index(), 0);
                    d.cue = "wrote";
                    d.labelledSource = reviewer;
                    d.phrase = new Phrase(s.index(), 0, 0, Phrase.Kind.OTHER, null, reviewer.text(), reviewer.text().toLowerCase(java.util.Locale.ROOT),
                            reviewer.description(), reviewer.anonymous(), false, false, List.of());
                    d.content.add(new int[] {s.tokens[0].start(), s.tokens[s.size() - 1].end()});
                    d.contentFromToken = 0;
                    d.contentToToken = s.size();
                    found.add(0, d);
                    reviewDraft = d;
                }
            } else if (answer != null) {
                found.removeIf(InterviewAnswers::answererOwn);
                Draft d = answerDraft(s, answer);
                if (InterviewAnswers.courtesy(contentText(d))) {
                    // "Thanks for having me" says nothing; the turn's words, if any, start after it.
                    answerSoFar = null;
                } else if (answer == answerSoFar && answerDraft != null && answerDraft.lastSentence >= s.index() - 1) {
                    // One answer is one statement: "No. I have never seen them." is read, and judged, as a whole.
                    int[] range = answerDraft.content.get(answerDraft.content.size() - 1);
                    range[1] = Math.max(range[1], d.content.isEmpty() ? range[1] : d.content.get(d.content.size() - 1)[1]);
                    answerDraft.lastSentence = s.index();
                } else {
                    found.add(d);
                    answerSoFar = answer;
                    answerDraft = d;
                }
            } else {
                found.removeIf(d -> writersWe(s, d));
            }
            EchoedClaims.add(s, found, phrases, lexicon);
            RebuttalFrames.add(s, found, phrases, lexicon);
            PutToWitness.add(s, found, phrases, lexicon, this::contentText);
            pronounsOfTheSentence(s, found);
            definiteRepeatsIndefinite(found);
            relayToPrevious(s, found, all);
            DenialReferents.resolve(s, found, all, lastUnsourcedReport, this::contentText);
            RebuttalFrames.keepOwnWords(s, found);
            for (Draft d : found) {
                // "…, and the trust said the same": an echo with no words of its own.
                if (!d.dropped && !d.content.isEmpty() && !contentText(d).isBlank()
                        // "what the people she writes about have said": the cue's preposition is stranded in a relative
                        // clause, and what follows is the main clause, not what was written.
                        && !(d.kind == Draft.Kind.VERB && !d.quoted && STRANDED_PREPOSITION.matcher(contentText(d).strip()).lookingAt())
                        // "Not according to the council.": a bare yes or no answers the writer's own question.
                        && !contentText(d).strip().matches("(?i)the same|so|as much")
                        && !(d.kind != Draft.Kind.ANSWER && contentText(d).strip().matches("(?i)not|no|yes"))
                        // "The agency contradicted him within the hour": a person turned away, no claim named.
                        && !(d.verb != null && d.verb.kind() == Lexicon.CueKind.NEGATIVE_SPEECH && !d.quoted
                                && PERSON_ONLY.matcher(contentText(d)).lookingAt())
                        // "No officer had said anything of the sort": a statement that nobody made one.
                        && !(d.phrase != null && d.kind == Draft.Kind.VERB && (NOBODY.matcher(d.phrase.text()).lookingAt()
                                || NEITHER_NOR.matcher(d.phrase.text()).find()))
                        // "The player has said nothing in public": a statement that there was none.
                        && !(d.verb != null && !d.quoted && contentText(d).strip()
                                .matches("(?i)nothing(?:\\s+(?:more|further|else|publicly|in|on|about|to|since|yet|at all)\\b[^,;]*)?"))) {
                    all.add(d);
                }
            }
            if (found.stream().allMatch(d -> d.dropped)) {
                if (UNSOURCED_REPORT.matcher(s.sentence.text()).find()) {
                    lastUnsourcedReport = s.index();
                }
                int before = all.size();
                continuation(s, all);
                if (all.size() == before && previous != null) {
                    quoteAfterNarration(s, previous, all);
                }
            }
            previous = s;
        }
        dropUncuedRepeats(all);
        quotesCuedInTheNextParagraph(all);
        return all;
    }

    /**
     * "“… We were not consulted. ¶ “The second part is harder,” she said.": a quotation left open at the
     * end of its paragraph runs on into the next, so the cue there names the speaker of both.
     */
    private void quotesCuedInTheNextParagraph(List<Draft> all) {
        for (QuoteSpan q : quotes) {
            if (!q.runsOn() || covered(all, q.innerStart())) {
                continue;
            }
            QuoteSpan next = quoteOpeningAfter(q.close());
            Draft cued = null;
            for (Draft d : all) {
                if (next != null && !d.uncued && d.kind == Draft.Kind.VERB && d.quoted && !d.content.isEmpty()
                        && d.content.get(0)[0] == next.innerStart()) {
                    cued = d;
                }
            }
            int sentence = sentenceOfOffset(q.innerStart());
            if (cued == null || sentence < 0) {
                continue;
            }
            Draft d = new Draft(Draft.Kind.CONTINUATION, sentence, 0);
            d.cue = "(quote continued below)";
            d.phrase = cued.phrase;
            d.verb = cued.verb;
            d.content.add(new int[] {q.innerStart(), q.innerEnd()});
            d.quoted = true;
            d.lastSentence = Math.max(sentence, sentenceOfOffset(q.innerEnd() - 1));
            int at = 0;
            while (at < all.size() && all.get(at).sentence <= sentence) {
                at++;
            }
            all.add(at, d);
        }
    }

    /** "Ortega: We will not close the depot." — an interview answer, the whole sentence after the speaker's label. */
    private Draft answerDraft(SentenceView s, InterviewAnswers.Answer answer) {
        boolean label = s.index() == answer.labelSentence();
        Draft d = new Draft(Draft.Kind.ANSWER, s.index(), label ? answer.colon() : 0);
        d.cue = "answered";
        d.phrase = answer.speaker();
        setContentRange(s, d, label ? answer.colon() + 1 : 0, s.size());
        d.quoted = true;
        return d;
    }

    /** "We found nothing to support this": outside any quotation, "we" is the writer's own voice, not a source. */
    private static boolean writersWe(SentenceView s, Draft d) {
        return d.phrase != null && d.phrase.kind() == Phrase.Kind.PRONOUN && d.phrase.head().equals("we")
                && s.list().stream().noneMatch(t -> t.quoted() || t.isQuoteMark());
    }

    private static boolean covered(List<Draft> all, int offset) {
        return all.stream().anyMatch(d -> d.content.stream().anyMatch(r -> r[0] <= offset && offset < r[1]));
    }

    String contentText(Draft d) {
        StringBuilder b = new StringBuilder();
        for (int[] r : d.content) {
            if (b.length() > 0) {
                b.append(" \u2026 ");
            }
            b.append(text, r[0], r[1]);
        }
        return SentenceView.clean(DOUBLED_OPENING_QUOTES.matcher(b.toString()).replaceAll(""));
    }

    // ---------------------------------------------------------------- verbs

    private void verbCues(SentenceView s, List<Draft> out) {
        for (int v = 0; v < s.size(); v++) {
            if (s.tokens[v].isAny("put", "puts") && !s.tokens[v].quoted() && putItTo(s, v) > 0) {
                Draft d = putToWitness(s, v, putItTo(s, v));
                if (d != null) {
                    out.add(d);
                }
                continue;
            }
            if (s.tokens[v].isAny("put", "puts", "putting") && !s.tokens[v].quoted() && putAt(s, v) > 0) {
                Draft d = estimate(s, v);
                if (d != null) {
                    out.add(d);
                }
                continue;
            }
            if (REVISING_VERBS.contains(s.tokens[v].lower()) && !s.tokens[v].quoted() && s.tokens[v].tag().startsWith("VERB")) {
                Draft d = revisedForecast(s, v);
                if (d != null) {
                    out.add(d);
                    continue;
                }
            }
            if (lexicon.is("insistence_adjective", s.tokens[v].lower()) || lexicon.is("candour_adjective", s.tokens[v].lower())) {
                Draft d = adamantThat(s, v);
                if (d != null) {
                    out.add(d);
                    continue;
                }
            }
            Lexicon.CueVerb verb = ClauseShapes.quoteRead(s, v) ? ClauseShapes.READ : cueVerb(s, v);
            if (verb == null) {
                continue;
            }
            Draft d = verbAttribution(s, v, verb);
            if (d != null) {
                out.add(d);
                if (d.conjunct != null) {
                    out.add(d.conjunct);
                }
            }
        }
    }

    /**
     * "Mr Coyle, giving evidence, was adamant that he had paid": an insistence said with "be" and an adjective; "She was
     * candid that the week had gone badly": an admission said the same way.
     */
    private Draft adamantThat(SentenceView s, int a) {
        // "was equally firm that", "was just as adamant that": a degree word may stand between "be" and the adjective.
        int be = a - 1;
        if (be > 0 && s.tokens[be].isAny("equally", "as", "also", "quite", "very", "every", "less", "more")) {
            be--;
            while (be > 0 && s.tokens[be].isAny("just", "every", "bit", "no", "equally")) {
                be--;
            }
        }
        if (be < 0 || s.tokens[a].quoted() || !s.is(a + 1, "that") || !(BE.contains(s.tokens[be].lower())
                || s.tokens[be].isAny("remained", "remains", "remain"))) {
            return null;
        }
        Subject subject = subjectRange(s, be);
        if (subject == null || subject.trailingEnd() >= 0 || subject.relativeAntecedent() >= 0) {
            return null;
        }
        Phrase phrase = phrases.parse(s, subject.from(), subject.to());
        if (phrase == null || phrase.kind() == Phrase.Kind.DOCUMENT) {
            return null;
        }
        boolean candid = lexicon.is("candour_adjective", s.tokens[a].lower());
        if (candid && phrase.kind() == Phrase.Kind.PRONOUN && !s.tokens[subject.from()].isAny("he", "she", "they", "i", "we")) {
            return null;
        }
        Draft d = new Draft(Draft.Kind.VERB, s.index(), a);
        d.verb = lexicon.cue(candid ? "acknowledged" : "insisted");
        d.cue = s.text(be, a + 1);
        d.phrase = phrase;
        setContentRange(s, d, a + 2, contentEnd(s, a + 2));
        return d;
    }

    private static final Lexicon.CueVerb HAVING_NONE = new Lexicon.CueVerb("have", Stance.DENY, Lexicon.CueKind.NEGATIVE_SPEECH,
            List.of(Set.of("none"), Set.of("of")));
    /**
     * "corrected him: her estimate was 1.6 million crowns, not 3 million": the one corrected, then the correction. Read here,
     * not in the lexicon, where "correct" would make a cue of "a corrected version" and "corrected it to 19 April".
     */
    private static final Lexicon.CueVerb CORRECTING = new Lexicon.CueVerb("correct", Stance.DENY, Lexicon.CueKind.NEGATIVE_SPEECH,
            List.of(Set.of("him", "her", "them", "me", "us"), Set.of(":")));
    /** "was quick to correct the figure: 41 dogs had been withdrawn, not 90": another's figure or claim, set right after a colon. */
    private static final Lexicon.CueVerb CORRECTING_A_CLAIM = new Lexicon.CueVerb("correct", Stance.DENY, Lexicon.CueKind.NEGATIVE_SPEECH,
            List.of());
    private static final Lexicon.CueVerb OWNING_UP = new Lexicon.CueVerb("own", Stance.CONFIRM, Lexicon.CueKind.SPEECH,
            List.of(Set.of("up"), Set.of("to")));

    private static final Lexicon.CueVerb GOING_AT = new Lexicon.CueVerb("go", Stance.DENY, Lexicon.CueKind.NEGATIVE_SPEECH,
            List.of(Set.of("straight", "directly", "squarely"), Set.of("at")));
    /** "set the record straight: …". Read here, not in the lexicon, where "set" would be a cue in "the tolerance set in …". */
    private static final Lexicon.CueVerb SETTING_STRAIGHT = new Lexicon.CueVerb("set", Stance.DENY, Lexicon.CueKind.NEGATIVE_SPEECH,
            List.of(Set.of("the"), Set.of("record"), Set.of("straight")));
    private static final Lexicon.CueVerb HAVING_IT = new Lexicon.CueVerb("have", Stance.ASSERT, Lexicon.CueKind.SPEECH,
            List.of(Set.of("it"), Set.of("that")));

    /** "Talk in the pubs has it", "Rumour has it", "Word in the village has it": talk, not a person, before "has it that". */
    private static boolean rumourBefore(SentenceView s, int v) {
        for (int i = v - 1; i >= 0 && i >= v - 9; i--) {
            if (s.tokens[i].isAny("talk", "word", "rumour", "rumours", "rumor", "rumors", "gossip", "speculation", "chatter")) {
                return true;
            }
            if (s.tokens[i].isPunct() || s.tokens[i].isVerb()) {
                return false;
            }
        }
        return false;
    }

    /** "did not hide that …": what the speaker made no secret of, admitted. */
    private static final Lexicon.CueVerb NOT_HIDING = new Lexicon.CueVerb("hide", Stance.CONFIRM, Lexicon.CueKind.SPEECH);
    /** "would not accept that …": a claim put to the speaker, refused. */
    private static final Lexicon.CueVerb NOT_ACCEPTING = new Lexicon.CueVerb("accept", Stance.DENY, Lexicon.CueKind.SPEECH);

    /** The reporting verb at token v if it is used as one here: finite, not negated, not passive, not quoted. */
    /** "the government recall regulator": a bare cue word between a noun after "the" and the noun they both describe. */
    private static boolean inNounPhrase(SentenceView s, int v, Lexicon.CueVerb verb) {
        return s.tokens[v].lower().equals(verb.lemma()) && v > 1 && s.tokens[v - 1].isNoun() && !s.tokens[v - 1].possessive()
                && s.isAny(v - 2, "the", "a", "an") && s.at(v + 1) != null && s.tokens[v + 1].tag().startsWith("NOUN");
    }

    /** Whether an object can open at {@code k}: a word that is neither punctuation nor a preposition or conjunction. */
    private static boolean opensObject(SentenceView s, int k) {
        Token t = s.at(k);
        return t != null && !t.isPunct() && !t.isComma() && !t.tag().startsWith("ADP") && !t.tag().startsWith("SCONJ")
                && !t.tag().startsWith("CCONJ");
    }

    private Lexicon.CueVerb cueVerb(SentenceView s, int v) {
        Token t = s.tokens[v];
        if (t.quoted()) {
            return null;
        }
        Lexicon.CueVerb verb = lexicon.cue(t.lower());
        if (verb == null && t.isAny("hide", "hid", "conceal", "concealed") && s.isAny(v - 1, "not", "n't") && s.is(v + 1, "that")) {
            // "He did not hide that the two companies had been in dispute …": what he made no secret of, he admits.
            return NOT_HIDING;
        }
        if (verb == null && t.isAny("have", "has", "had", "having") && s.is(v + 1, "none") && s.is(v + 2, "of") && t.tag().startsWith("VERB")) {
            // "Ms Thrumley was having none of the lifeguard's account": an account turned away.
            return HAVING_NONE;
        }
        if (verb == null && t.isAny("went", "goes", "go") && s.isAny(v + 1, "straight", "directly", "squarely") && s.is(v + 2, "at")
                && t.tag().startsWith("VERB")) {
            // "went straight at the story repeated in every cafe in town, that …": a claim attacked head-on.
            return GOING_AT;
        }
        if (verb == null && t.isAny("set", "sets", "setting") && s.is(v + 1, "the") && s.is(v + 2, "record") && s.is(v + 3, "straight")) {
            // "The trust's chair set the record straight in a statement on Thursday: the hall's floor is to be replaced".
            return SETTING_STRAIGHT;
        }
        if (verb == null && t.isAny("has", "had", "have") && s.is(v + 1, "it") && s.is(v + 2, "that") && rumourBefore(s, v)) {
            // "Talk in the harbour pubs this week has it that the site has been sold": what the talk says.
            return HAVING_IT;
        }
        if (verb == null && t.isAny("corrected", "corrects", "correct") && s.isAny(v + 1, "him", "her", "them", "me", "us") && s.is(v + 2, ":")
                && t.tag().startsWith("VERB")) {
            return CORRECTING;
        }
        if (verb == null && t.isAny("corrected", "corrects", "correct") && t.tag().startsWith("VERB")
                && s.isAny(v + 1, "the", "that", "this", "those", "these", "its", "their", "his", "her") && s.at(v + 2) != null
                && correctable(s.tokens[v + 2].lower()) && s.is(v + 3, ":")) {
            // (The correction after a colon: "corrected an error in its report" owns up, "declined to correct its report" refuses,
            // and "corrected that figure, saying …" says it in the participle.)
            return CORRECTING_A_CLAIM;
        }
        if (verb == null && t.isAny("own", "owns", "owned", "owning") && s.is(v + 1, "up") && s.is(v + 2, "to") && t.tag().startsWith("VERB")) {
            // "Fennowes does own up to one failing: …": a failing admitted.
            return OWNING_UP;
        }
        if (verb == null) {
            return null;
        }
        // "begged to differ with": the first entry whose particles are all present is the cue, and the first entry first.
        boolean firstFits = !verb.particle().isEmpty() && !CueVerbUses.particleMissing(s, v, verb);
        for (Lexicon.CueVerb other : firstFits ? List.<Lexicon.CueVerb>of() : lexicon.cues(t.lower())) {
            if (other != verb && !other.particle().isEmpty() && !CueVerbUses.particleMissing(s, v, other)) {
                verb = other;
                break;
            }
        }
        if (verb.stance() == Stance.DENY && verb.particle().equals(List.of(Set.of("out"))) && s.is(v + 1, "out") && !opensObject(s, v + 2)) {
            // "a change the coalition ruled out before the election": what was ruled out stands before it, and no claim
            // follows the verb to be its content.
            return null;
        }
        boolean verbTag = t.tag().startsWith("VERB") || t.isAny("said", "says", "told")
                || t.tag().startsWith("NOUN") && v > 0 && s.tokens[v - 1].isNoun() && s.tokens[v - 1].lower().endsWith("s")
                && s.is(v + 1, "that")
                || t.tag().startsWith("NOUN") && t.lower().endsWith("s") && v > 0 && (s.tokens[v - 1].isNoun() || s.tokens[v - 1].isComma()
                || s.tokens[v - 1].isQuoteMark() && v > 1 && s.tokens[v - 2].quoted()
                // "Reid reads the post out and notes/NOUN that …": a second predicate of the same subject.
                || s.tokens[v - 1].is("and") && !s.tokens[v - 1].quoted())
                && s.at(v + 1) != null && (s.tokens[v + 1].is("that") || s.tokens[v + 1].text().equals(":")
                        // "A former trustee, who …, remembers/NOUN raising the fees": a gerund after it makes it the verb.
                        || s.tokens[v - 1].isComma() && s.tokens[v + 1].tag().startsWith("VERB") && s.tokens[v + 1].lower().endsWith("ing")
                        // "Gareth Pryor, 52, who worked there for 19 years, claims/NOUN he was …": a clause's subject and verb follow.
                        || s.tokens[v - 1].isComma() && pronounClauseAt(s, v + 1)
                        // "Our courier, Parcelwise, expects/NOUN to ship …": an infinitive after it makes it the verb.
                        || s.tokens[v - 1].isComma() && s.is(v + 1, "to") && s.at(v + 2) != null && s.tokens[v + 2].tag().startsWith("VERB"))
                // "The minutes, circulated on Friday, record/NOUN that …": after an aside, a verb before its clause.
                || t.tag().startsWith("NOUN") && v > 0 && s.tokens[v - 1].isComma() && !s.tokens[v - 1].quoted() && s.is(v + 1, "that")
                        && s.tokens[v + 1].tag().equals("SCONJ");
        verbTag |= t.tag().startsWith("NOUN") && s.is(v + 1, "that") && pluralOfPhraseOpens(s, v);
        // "has moved to quash/NOUN claims": after "to" and a verb of setting out, the word is a verb.
        verbTag |= t.tag().startsWith("NOUN") && setOutTo(s, v) && verb.stance() == Stance.DENY;
        // "the inspection record shows/NOUN every tube …": a finding's verb after its document, before a determiner.
        verbTag |= t.tag().startsWith("NOUN") && t.lower().endsWith("s") && verb.kind() == Lexicon.CueKind.FINDING && v > 1
                && s.tokens[v - 1].isNoun() && !s.tokens[v - 1].possessive()
                && (s.isAny(v - 2, "the", "its", "their", "our", "his", "her") || s.tokens[v - 2].isNoun() && s.isAny(v - 3, "the", "its", "their", "our", "his", "her"))
                && s.at(v + 1) != null && s.tokens[v + 1].tag().equals("DET");
        // "The appellant/ADJ accepts/NOUN that …", "The owner disputes/NOUN this, and …": after a sentence's opening "the" + one
        // word, a cue in -s before "that" or "this" is the verb.
        verbTag |= t.tag().startsWith("NOUN") && t.lower().endsWith("s") && v == 2 && s.tokens[0].is("the")
                && (s.tokens[1].isNoun() || s.tokens[1].tag().startsWith("ADJ")) && !s.tokens[1].possessive()
                && s.isAny(v + 1, "that", "this") && !s.tokens[v + 1].quoted();
        // "The council shot/NOUN back/NOUN that …": a retort's verb with its own particle, then its clause.
        verbTag |= !t.tag().startsWith("VERB") && !verb.particle().isEmpty() && !t.quoted() && v > 0 && !s.tokens[v - 1].tag().equals("DET")
                && !CueVerbUses.particleMissing(s, v, verb) && s.is(CueVerbUses.afterParticle(s, v + 1, verb), "that");
        // "a post claiming/NOUN that …": a carrier's participle, whatever its tag.
        verbTag |= t.lower().endsWith("ing") && CARRIER_PARTICIPLES.contains(t.lower()) && nounParticiple(s, v) != null;
        if (!verbTag && !trailingNounTaggedCue(s, v) && !deniesTaggedAsNoun(s, v, verb) && !trailingCueAfterName(s, v)
                || inNounPhrase(s, v, verb)) {
            return null;
        }
        if (t.tag().startsWith("NOUN") && t.lower().endsWith("s") && v > 1 && s.tokens[v - 2].tag().equals("NUM") && s.tokens[v - 1].isNoun()
                && !t.quoted()) {
            // "two folk records that sold fewer than 500 copies": counted, the word is the plural noun, no verb.
            return null;
        }
        if (v > 0 && t.capitalised() && s.at(v + 1) != null && s.tokens[v + 1].text().matches("[£$€]?\\d.*")
                && !s.tokens[v - 1].isQuoteMark() && !s.tokens[v - 1].isPunct()) {
            // "… Lodgemoor Saleroom Estimate £14,000 - £18,000": a catalogue's label line, run on, before its figure.
            return null;
        }
        if (t.lower().endsWith("ed") && v == 2 && s.tokens[0].tag().equals("DET") && s.tokens[1].isNoun()
                && s.isAny(v + 1, "is", "are", "was", "were")) {
            // "The development proposed is the extension of …": a participle after its noun, before the noun's own verb.
            return null;
        }
        if (t.lower().matches(".*(?:ed|en)") && v > 0 && (s.tokens[v - 1].ownerForm() || s.tokens[v - 1].is("whose"))
                && s.at(v + 1) != null && s.tokens[v + 1].isNoun() && !s.tokens[v + 1].quoted()) {
            // "The appellant's written statement answers …", "an analyst, whose written evidence the committee published …":
            // a participle between an owner and its noun describes the noun.
            return null;
        }
        if (t.lower().endsWith("ed") && v > 0 && s.tokens[v - 1].isNoun() && s.at(v + 1) != null && s.tokens[v + 1].isPreposition()
                && !s.tokens[v + 1].is("as") && (s.at(v + 2) == null || s.tokens[v + 2].text().matches("[.!?;]"))) {
            // "in the forms complained of", "the matters referred to": a participle closing a noun phrase reports nothing.
            return null;
        }
        if (EchoedClaims.echoBy(s, v) >= 0 || CueVerbUses.particleMissing(s, v, verb) || CueVerbUses.thatMissing(s, v, verb) || CueVerbUses.passiveParticiple(s, v, verb) || CueVerbUses.seeWithoutAs(s, v, verb)
                || CueVerbUses.foundAnObject(s, v, verb) || CueVerbUses.feltAThing(s, v, verb) || CueVerbUses.shownToSomeone(lexicon, s, v, verb) || CueVerbUses.heardByNoCourt(s, v, verb) || CueVerbUses.addedAnObject(s, v, verb)
                || CueVerbUses.goodsOrPlace(s, v, verb)) {
            return null;
        }
        int before = v - 1;
        while (before >= 0 && s.tokens[before].isAny("also", "reportedly", "allegedly", "only", "flatly", "immediately",
                "apparently", "later", "repeatedly", "publicly", "previously", "earlier", "again", "since", "already", "first",
                "originally", "initially", "widely", "once", "fairly", "really", "reasonably", "honestly", "safely", "properly")) {
            before--;
        }
        if (before < v - 1 && t.lower().endsWith("ed") && s.tokens[before + 1].isAny("first", "originally", "initially",
                "previously", "widely", "once") && before >= 0 && (s.tokens[before].isNoun() || s.tokens[before].is("as"))) {
            // "the 1.2 percent first reported", "as originally reported": a participle, no speaker.
            return null;
        }
        Token prev = s.at(before);
        // "What we cannot tell you yet is …": the fused "cannot" negates the verb as "can not" does.
        if (prev != null && prev.isAny("not", "n't", "never", "cannot") && CueVerbUses.refusesToAccept(s, v, verb)) {
            return NOT_ACCEPTING;
        }
        if (prev != null && prev.is("to") && s.at(before - 1) != null && s.tokens[before - 1].isAny("refused", "refuses", "refuse")
                && CueVerbUses.refusesToAccept(s, v, verb)) {
            // "refused to accept that any such target existed": a refusal in so many words.
            return NOT_ACCEPTING;
        }
        // "I can't fairly find that …": a negated auxiliary the tokenizer kept whole negates the verb too; "He won't say what
        // …" stays, a refusal to say.
        if (prev != null && (prev.isAny("not", "n't", "never", "neither", "nor", "no", "cannot") || prev.fusedNegation()
                && !verb.lemma().matches("say|comment|discuss|reveal|confirm|disclose|tell|explain|name"))) {
            return null;
        }
        int k = v - 1;
        while (k >= 0 && (s.tokens[k].tag().equals("AUX") || s.tokens[k].isAny("have", "has", "had", "also"))) {
            k--;
        }
        if (k >= 0 && k < v - 1 && s.tokens[k].isAny("who", "which", "that") && !s.tokens[k].quoted()
                && !(verb.stance() == Stance.DENY && !s.tokens[k].is("that")) && !toldThat(s, k, v, verb)) {
            // "People who have seen the documents say …": the relative clause's verb is not the statement;
            // "The bank, which has denied wrongdoing, …" is a denial all the same.
            return null;
        }
        if (prev != null && prev.tag().equals("PRON") && PhraseParser.PRONOUNS.contains(prev.lower()) && before > 0
                && s.tokens[before - 1].isNoun() && s.at(v + 1) != null && (s.tokens[v + 1].tag().startsWith("VERB")
                || s.tokens[v + 1].tag().equals("AUX")) && !SAYING_LEMMAS.contains(verb.lemma())) {
            // "the code it suggested contained …": a relative clause without "that"; "a screenshot it said showed …" still speaks.
            return null;
        }
        int pronoun = before;
        while (pronoun > 0 && s.tokens[pronoun].tag().equals("AUX")) {
            pronoun--;
        }
        if (pronoun >= 0 && s.tokens[pronoun].tag().equals("PRON") && s.is(pronoun - 1, "what") && !s.tokens[pronoun].quoted()) {
            // "they stand by what they said", "what everyone will remember": what was said, named, not said again here.
            return null;
        }
        if (pronoun > 0 && s.tokens[pronoun].isNoun() && !s.tokens[pronoun].quoted()
                && (s.is(pronoun - 1, "what") || s.tokens[pronoun - 1].tag().equals("DET") && s.is(pronoun - 2, "what"))) {
            // "sets out what management has told us": a noun subject after "what" names the words as well.
            return null;
        }
        if (prev != null && prev.isAny("whoever", "whatever") && !prev.quoted()) {
            // "Whoever wrote that post made it up": the writer is the other clause's subject, unknown to the speaker.
            return null;
        }
        if (CueVerbUses.conditionalClause(s, v)) {
            // "When the fire service tells us it is safe, we will …": a statement that has not been made yet.
            return null;
        }
        if (verb.lemma().equals("call") && s.isAny(v + 1, "himself", "herself", "itself", "themselves")) {
            // "a blogger who calls herself the Kerb Inspector": a name taken, not a verdict.
            return null;
        }
        if (verb.lemma().equals("call") && calledAnEvent(s, v)) {
            // "The union called the strike after talks broke down": an event set going, not a verdict on anything.
            return null;
        }
        if (namingParticiple(s, v, verb) || prev != null && prev.possessiveForm() && !namedForItsOwner(s, before, v)) {
            // "the judge's remarks": a word after a possessive is a noun.
            return null;
        }
        if (prev != null && (prev.tag().equals("DET") || prev.possessive() && !namedForItsOwner(s, before, v)) && s.at(v + 1) != null
                && (s.tokens[v + 1].isNoun() || s.tokens[v + 1].tag().equals("NUM") || s.tokens[v + 1].text().matches("[$\u20ac\u00a3]"))
                && (t.lower().endsWith("ed") || t.lower().endsWith("en"))) {
            // "the disputed Kesh-Dara valley", "a reported death", "an estimated 1,140 deaths": an adjective.
            return null;
        }
        if (afterAccordingPhrase(s, v)) {
            // "according to the news site “The Moscow Times” quoted": part of the "according to".
            return null;
        }
        // "His son, Martin Gaskell, laughed off the suggestion": the verb's own particle is no preposition.
        boolean particleNext = !verb.particle().isEmpty() && s.at(v + 1) != null && verb.particle().get(0).contains(s.tokens[v + 1].lower());
        // "…, dismissed out of hand the idea", "…, dismissed as nonsense the idea": a manner or a label before the object.
        boolean mannerFirst = s.is(v + 1, "out") && s.is(v + 2, "of") && s.is(v + 3, "hand")
                || s.is(v + 1, "as") && s.at(v + 2) != null && DISMISSIVE_LABELS.contains(s.tokens[v + 2].lower());
        if (prev != null && prev.isComma() && t.lower().endsWith("ed") && s.at(v + 1) != null && s.tokens[v + 1].isPreposition()
                && !particleNext && !mannerFirst
                && !s.tokens[v + 1].isAny("in", "on") && !(s.is(v + 1, "to") && s.at(v + 2) != null && s.tokens[v + 2].tag().startsWith("VERB"))) {
            // "…, referred to as an exclusive economic zone": a participle, not a statement; "A post, viewed a million times,
            // claimed to show …" is the post's claim.
            return null;
        }
        if (verb.lemma().equals("insist") && s.is(v + 1, "on") && s.at(v + 2) != null && !TIME_WORDS.contains(s.tokens[v + 2].lower())
                && !s.tokens[v + 2].tag().equals("NUM") && !s.is(v + 2, "the")) {
            // "who insisted on anonymity", "insisted on being paid": a demand, not a statement ("insisted on Monday that …" is).
            return null;
        }
        if (prev != null && (prev.is("as") && !s.is(v + 1, "it") || prev.is("than"))) {
            // "not 330 feet as originally reported", "as initially suspected", "a year later than promised": no one is named.
            return null;
        }
        // "has moved to quash claims that …", "was quick to dismiss the report": the rejection the subject set out to make.
        // (after any adverb: "moved to flatly reject")
        boolean setOutToReject = verb.stance() == Stance.DENY && setOutTo(s, before + 1);
        if (prev != null && prev.is("to") && !verb.lemma().equals("comment") && !CueVerbUses.readyToSay(s, v) && !setOutToReject) {
            return null;
        }
        if (prev != null && verb.lemma().equals("call") && prev.isAny("can", "could", "should", "may", "might", "must")) {
            // "Patients who are worried can call the helpline": advice to telephone, not a characterisation.
            return null;
        }
        // "Ms Thrumley was having none of the lifeguard's account", "is insisting that …": a verb in progress, not a passive.
        boolean progressive = prev != null && BE.contains(prev.lower()) && t.lower().endsWith("ing") && t.tag().startsWith("VERB")
                && (verb.kind() == Lexicon.CueKind.SPEECH || verb.kind() == Lexicon.CueKind.NEGATIVE_SPEECH) && !verb.lemma().equals("call");
        if (prev != null && BE.contains(prev.lower()) && !progressive) {
            // Passive: "are said to", "seen by"; only "was quoted as saying" names its speaker as subject.
            if (!(verb.lemma().equals("quote") && (s.is(v + 1, "as") || quotedByAs(s, v) > 0))) {
                return null;
            }
        }
        if ((s.is(v + 1, "by") && t.lower().endsWith("ed") || t.isAny("seen", "shown", "found", "told") && s.is(v + 1, "by"))
                && quotedByAs(s, v) < 0) {
            return null;
        }
        if (t.lower().endsWith("ing") && !progressive && !withSaying(s, v) && !(t.is("saying") && s.is(v - 1, "as")) && !participleAfterComma(s, v)
                && nounParticiple(s, v) == null) {
            return null;
        }
        if (verb.lemma().equals("comment") || verb.lemma().equals("decline") && !(s.is(v + 1, "to") && s.isAny(v + 2, "comment", "say", "discuss", "elaborate", "answer", "respond"))) {
            return verb.lemma().equals("decline") ? null : null;
        }
        return verb;
    }

    private static final Set<String> REJECTION_CATENATIVES = Set.of("moved", "moves", "move", "moving", "sought", "seeks", "seek",
            "rushed", "rushes", "hastened", "hastens", "quick", "swift", "tried", "tries");

    /** "has moved to quash", "was quick to dismiss": the verb at {@code v} is what the subject set out to do. */
    private static boolean setOutTo(SentenceView s, int v) {
        // ("set out to dispel that idea": the catenative is "set out".)
        return v > 1 && s.is(v - 1, "to") && (REJECTION_CATENATIVES.contains(s.tokens[v - 2].lower())
                || v > 2 && s.is(v - 2, "out") && s.isAny(v - 3, "set", "sets", "setting"));
    }

    /** "the promoter, who had told the committee that …": a relative clause whose speech verb has a "that" clause of its own. */
    private boolean toldThat(SentenceView s, int who, int v, Lexicon.CueVerb verb) {
        if (!s.tokens[who].is("who") || verb.kind() != Lexicon.CueKind.SPEECH) {
            return false;
        }
        int start = complementStart(s, v, verb, new Draft(Draft.Kind.VERB, s.index(), v));
        return start > v + 1 && s.is(start - 1, "that");
    }

    private static boolean pronounClauseAt(SentenceView s, int i) {
        return s.isAny(i, "he", "she", "it", "they", "we", "i") && s.at(i + 1) != null
                && (s.tokens[i + 1].tag().equals("AUX") || s.tokens[i + 1].tag().startsWith("VERB"));
    }

    /**
     * "Brankstone's rejected the claim", "Sainsbury's also said that": a shop named for its founder, in the possessive form,
     * then a verb in the past and its object. After a true possessive the word would be a noun ("the judge's remarks").
     */
    private static boolean namedForItsOwner(SentenceView s, int owner, int v) {
        Token name = s.tokens[owner];
        Token next = s.at(v + 1);
        return name.capitalised() && !name.quoted() && s.tokens[v].tag().startsWith("VERB")
                && (s.tokens[v].lower().endsWith("ed") || s.tokens[v].isAny("said", "told", "wrote"))
                && next != null && (next.tag().equals("DET") || next.isAny("that", "it", "this", "them") || next.possessiveForm());
    }

    /** "According to its own estimate": a possessive's document speaks for its owner, resolved like "it". */
    private static Phrase ownersDocument(Phrase p) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?i)(its|their|his|her)\\s+(?:own\\s+)?[\\p{L}-]+").matcher(p.text());
        if (p.kind() != Phrase.Kind.DOCUMENT || !m.matches()) {
            return p;
        }
        String owner = switch (m.group(1).toLowerCase(java.util.Locale.ROOT)) {
            case "its" -> "it";
            case "their" -> "they";
            case "his" -> "he";
            default -> "she";
        };
        return new Phrase(p.sentence(), p.from(), p.to(), Phrase.Kind.PRONOUN, null, p.text(), owner, "", p.anonymousMarker(),
                owner.equals("they"), true, p.via());
    }

    /** The "who"/"which" (after a comma) of ", which in 2024 warned", ", who last year said": its index, or -1. */
    private static int relativeBeforeTimePhrase(SentenceView s, int v) {
        for (int i = v - 1; i >= Math.max(2, v - 4); i--) {
            Token t = s.tokens[i];
            if (t.isAny("who", "which") && !t.quoted()) {
                return i < v - 1 && s.tokens[i - 1].isComma() && timePhrase(s, i + 1, v) ? i : -1;
            }
        }
        return -1;
    }

    private static boolean timePhrase(SentenceView s, int from, int to) {
        boolean time = false;
        for (int i = from; i < to; i++) {
            Token t = s.tokens[i];
            time |= t.tag().equals("NUM") && t.text().matches("(?:19|20)\\d\\d") || TIME_WORDS.contains(t.lower());
            if (!(t.isAny("in", "on", "last", "this", "earlier", "later", "early", "late", "since") || t.tag().equals("NUM")
                    || TIME_WORDS.contains(t.lower()))) {
                return false;
            }
        }
        return time;
    }

    /** "The agency quoted him as saying": the object pronoun is the speaker, "he", resolved like a subject. */
    private static Phrase asSubject(Phrase p) {
        String subject = switch (p.text().toLowerCase(java.util.Locale.ROOT)) {
            case "him" -> "he";
            case "her" -> "she";
            case "them" -> "they";
            default -> null;
        };
        return subject == null ? p : new Phrase(p.sentence(), p.from(), p.to(), Phrase.Kind.PRONOUN, null, p.text(), subject, "",
                p.anonymousMarker(), subject.equals("they"), true, p.via());
    }

    /**
     * "Smith, 52, denies/NOUN fraud", "Halvorsen denies/NOUN the claims": a verb of denial or admission
     * after a name or a closing comma, with its object after it, whatever the tagger made of it.
     */
    private boolean deniesTaggedAsNoun(SentenceView s, int v, Lexicon.CueVerb verb) {
        Token t = s.tokens[v];
        Token next = s.at(v + 1);
        boolean afterSubject = v > 0 && (s.tokens[v - 1].isComma() || registry.mentionAt(s.index(), v - 1) != null);
        return t.tag().startsWith("NOUN") && t.lower().endsWith("s") && (verb.stance() == Stance.DENY || verb.stance() == Stance.CONFIRM)
                && afterSubject && next != null && !next.quoted() && (next.isNoun() || next.tag().equals("DET") || next.possessive());
    }

    /**
     * "Allies of Ms Hollis-Pryce claim/NOUN that …": a plural noun with its "of" phrase opens the sentence and nothing
     * between it and the word is a verb, so the word, uninflected to agree with the plural, is the verb.
     */
    private boolean pluralOfPhraseOpens(SentenceView s, int v) {
        int head = s.tokens[0].tag().equals("DET") || s.tokens[0].tag().equals("NUM") ? 1 : 0;
        if (s.tokens[v].lower().endsWith("s") || head + 2 >= v || !s.is(head + 1, "of")
                || !lexicon.is("person_group", s.tokens[head].lower()) || !s.tokens[head].lower().endsWith("s")) {
            return false;
        }
        for (int i = head + 2; i < v; i++) {
            Token t = s.tokens[i];
            if (t.isComma() || t.quoted() || t.tag().startsWith("VERB") || t.tag().equals("AUX")) {
                return false;
            }
        }
        return true;
    }

    private static final Set<String> SAYING_LEMMAS = Set.of("say", "claim", "allege");
    /** Verbs whose object is always the words said, never a thing pointed at. */
    private static final Set<String> STATING_LEMMAS = Set.of("say", "state", "tell", "insist", "add", "write", "claim", "allege");

    /**
     * "a group called Save Our Park said …", "an account called @ThreatWatchDaily claiming …": after
     * an indefinite noun, "called" names the thing; it characterises only with a complement ("called Smith a liar").
     */
    private boolean namingParticiple(SentenceView s, int v, Lexicon.CueVerb verb) {
        if (verb.lemma().equals("call") && v >= 2 && s.tokens[v - 1].isComma() && s.tokens[v - 2].tag().startsWith("NOUN")
                && s.at(v + 1) != null && s.tokens[v + 1].capitalised()) {
            // "The bird, called Rasputin, crows from about 4.30am": a name set between commas after its noun.
            int end = v + 1;
            while (end < s.size() && s.tokens[end].capitalised()) {
                end++;
            }
            if (s.is(end, ",")) {
                return true;
            }
        }
        if (!verb.lemma().equals("call") && !verb.lemma().equals("label") && !verb.lemma().equals("brand")
                || v < 2 || !s.tokens[v - 1].tag().startsWith("NOUN") || registry.mentionAt(s.index(), v - 1) != null) {
            return false;
        }
        boolean indefinite = false;
        for (int i = v - 2; i >= Math.max(0, v - 4) && !indefinite; i--) {
            indefinite = s.tokens[i].isAny("a", "an");
        }
        int at = v + 1;
        if (s.is(at, "the") && s.at(at + 1) != null && s.tokens[at + 1].capitalised()) {
            // "a container ship called the Orla Bay": a name with its article.
            at++;
        }
        Token name = s.at(at);
        // "a user called tin_lantern": a lower-case handle is a name too.
        boolean handle = name != null && name.text().matches("[\\p{Ll}\\d]+_[\\p{L}\\d_]+");
        if (!indefinite || name == null || !(name.capitalised() || handle || name.text().startsWith("@") || name.isQuoteMark())) {
            return false;
        }
        Mention m = registry.mentionAt(s.index(), at);
        int after = m != null ? m.to() : at + 1;
        while (after < s.size() && (s.tokens[after].quoted() || s.tokens[after].isQuoteMark() && s.tokens[after - 1].quoted())) {
            after++;
        }
        Token next = s.at(after);
        return next == null || !(next.tag().equals("DET") || next.tag().startsWith("ADJ") || next.tag().startsWith("NOUN")
                || next.is("as") || next.isQuoteMark());
    }

    private static final Set<String> CALLED_EVENTS = Set.of("strike", "strikes", "walkout", "walkouts", "stoppage", "election",
            "elections", "vote", "ballot", "referendum", "meeting", "meetings", "halt", "ceasefire", "truce", "boycott", "protest",
            "protests", "rally", "march", "demonstration", "recess", "break", "timeout", "time-out", "conference");

    /**
     * "called the strike", "called a snap election", "called an emergency meeting for Friday": an event the subject set going,
     * with no complement after it ("called the strike illegal" is a verdict).
     */
    private static boolean calledAnEvent(SentenceView s, int v) {
        int k = v + 1;
        if (s.at(k) == null || !s.tokens[k].isAny("the", "a", "an", "its", "their", "his", "her", "this", "that")) {
            return false;
        }
        k++;
        for (int i = k; i < Math.min(s.size(), k + 4); i++) {
            Token t = s.tokens[i];
            if (t.quoted() || t.isQuoteMark()) {
                return false;
            }
            if (CALLED_EVENTS.contains(t.lower())) {
                Token next = s.at(i + 1);
                if (next != null && next.isComma() && s.isAny(i + 2, "which", "who")) {
                    // "called the vote, which was held in secret, a disgrace": the verdict may follow the relative clause.
                    return false;
                }
                return next == null || next.isPunct() && !next.isQuoteMark() || next.isPreposition() && !next.is("as")
                        || next.isAny("after", "before", "when", "because", "and", "but", "over");
            }
            if (!(t.tag().startsWith("ADJ") || t.tag().startsWith("NOUN") || t.tag().equals("NUM") || t.text().equals("-"))) {
                return false;
            }
        }
        return false;
    }

    /** "…, the authors report.": the tagger calls a sentence-final present-tense cue after a plural subject a noun. */
    private boolean trailingNounTaggedCue(SentenceView s, int v) {
        Token t = s.tokens[v];
        Token next = s.at(v + 1);
        if (!t.tag().startsWith("NOUN") || next == null || !next.text().matches("[.!?]") || v + 2 < s.size() || v < 3) {
            return false;
        }
        Token subjectHead = s.tokens[v - 1];
        boolean plural = subjectHead.lower().endsWith("s") && subjectHead.isNoun() || lexicon.is("person_group", subjectHead.lower());
        // "…, the race's own archive footage shows/NOUN.": a singular record with its verb's -s form.
        Lexicon.CueVerb verb = lexicon.cue(t.lower());
        boolean singularFinding = subjectHead.isNoun() && !subjectHead.lower().endsWith("s") && verb != null
                && verb.kind() == Lexicon.CueKind.FINDING && t.lower().equals(verb.lemma() + "s");
        plural |= singularFinding;
        int comma = v - 2;
        while (comma > 0 && v - comma <= (singularFinding ? 7 : 4) && !s.tokens[comma].isComma()) {
            comma--;
        }
        return plural && comma > 0 && s.tokens[comma].isComma() && startsNounPhrase(s, comma + 1);
    }

    /** "…, Natarajan insisted.": after a comma and a name, a sentence-final cue is the verb whatever the tagger made of it. */
    private boolean trailingCueAfterName(SentenceView s, int v) {
        Token next = s.at(v + 1);
        if (next == null || !next.text().matches("[.!?]") || v + 2 < s.size() || v < 2) {
            return false;
        }
        Mention m = registry.mentionAt(s.index(), v - 1);
        return m != null && m.to() == v && m.titleFrom() > 0 && s.tokens[m.titleFrom() - 1].isComma();
    }

    private static boolean afterAccordingPhrase(SentenceView s, int v) {
        for (int i = v - 1; i > 0 && i > v - 14; i--) {
            Token t = s.tokens[i];
            if (t.is("to") && s.tokens[i - 1].is("according")) {
                return true;
            }
            if (t.quoted() && (t.capitalised() || t.isFunctionWord())) {
                continue;
            }
            if (t.isVerb() || t.isComma() || t.quoted()) {
                return false;
            }
        }
        return false;
    }

    /** "His ministry went further, calling the memo “a forgery”": the participle speaks for the clause's subject. */
    private static boolean participleAfterComma(SentenceView s, int v) {
        return s.tokens[v].isAny("saying", "calling", "adding", "insisting", "arguing", "noting", "describing", "claiming",
                "warning", "accusing", "denying", "stressing", "explaining", "dismissing", "rejecting", "urging", "telling",
                "alleging", "asserting", "conceding", "acknowledging", "admitting", "predicting", "complaining", "reporting")
                && v > 1 && s.tokens[v - 1].isComma()
                // "also took issue with the post, pointing out that …"
                || s.tokens[v].is("pointing") && s.is(v + 1, "out") && v > 1 && s.tokens[v - 1].isComma()
                // "The letter goes further, suggesting that …": after "further" a suggestion is the subject's too.
                || s.tokens[v].isAny("suggesting", "implying", "hinting") && v > 2 && s.tokens[v - 1].isComma() && s.is(v - 2, "further");
    }

    private static final Set<String> CARRIER_PARTICIPLES = Set.of("saying", "claiming", "alleging", "suggesting", "stating",
            "asserting", "arguing", "warning", "insisting", "announcing", "accusing", "denying");
    private static final Set<String> NAMING_PARTICIPLES = Set.of("called", "named", "dubbed", "titled", "entitled", "calling");

    /**
     * "a post on X from an account called @ThreatWatchDaily claiming that …", "a letter from the
     * council saying that …": a participle right after a noun phrase makes that phrase the speaker.
     * The phrase, when it is a message, a document or someone who can speak; else null.
     */
    private Phrase nounParticiple(SentenceView s, int v) {
        Token t = s.tokens[v];
        Token next = s.at(v + 1);
        if (!CARRIER_PARTICIPLES.contains(t.lower()) || v < 2 || next == null || s.tokens[v - 1].isComma()
                || !(next.is("that") || next.text().equals(":") || next.isQuoteMark() || clauseFollows(s, v + 1))) {
            return null;
        }
        int end = datedUntil(s, v);
        Token before = s.tokens[end - 1];
        // "a post/ADJ claiming": a word for a document is a noun, whatever the tagger made of it.
        boolean documentWord = lexicon.is("document_noun", before.lower()) || lexicon.is("channel_noun", before.lower());
        if (!(before.isNoun() || documentWord || registry.mentionAt(s.index(), end - 1) != null || before.isQuoteMark() && s.tokens[end - 2].quoted())) {
            return null;
        }
        int start = end - 1;
        while (start > 0) {
            Token b = s.tokens[start - 1];
            boolean naming = NAMING_PARTICIPLES.contains(b.lower());
            if (b.isComma() || b.isPunct() && !b.isQuoteMark() && !b.text().equals("-") || b.isAny("by", "that", "which", "who", "and", "but")
                    // "said that posts/VERB on Facebook claiming …": a word for a document is a noun, whatever its tag.
                    || b.isVerb() && !naming && registry.mentionAt(s.index(), start - 1) == null
                            && !lexicon.is("document_noun", b.lower().replaceFirst("s$", ""))
                    || b.quoted() && !s.tokens[start].quoted()
                    && !s.tokens[start].isQuoteMark()) {
                break;
            }
            start--;
        }
        boolean documentFirst = lexicon.is("document_noun", s.tokens[start].lower().replaceFirst("s$", ""));
        if (start >= end - 1 && !s.tokens[start].isNoun() && !documentWord || !startsNounPhrase(s, start) && !documentFirst) {
            return null;
        }
        Phrase phrase = phrases.parse(s, start, end);
        if (phrase == null || TIME_WORDS.contains(phrase.head())) {
            return null;
        }
        boolean canCarry = phrase.kind() == Phrase.Kind.DOCUMENT || phrase.kind() == Phrase.Kind.NAME || phrase.kind() == Phrase.Kind.GROUP
                || lexicon.is("channel_noun", phrase.head());
        return canCarry ? phrase : null;
    }

    /**
     * "an anonymous complaint on 2 February alleging that …": where the noun before the participle ends, a date after it
     * left out; {@code v} when there is none.
     */
    private static int datedUntil(SentenceView s, int v) {
        int k = v - 1;
        while (k > 1 && (TIME_WORDS.contains(s.tokens[k].lower()) || s.tokens[k].text().matches("\\d{1,4}(?:st|nd|rd|th)?"))) {
            k--;
        }
        return k < v - 1 && s.tokens[k].isAny("on", "in", "last", "this") && s.tokens[k - 1].isNoun() ? k : v;
    }

    private static final Set<String> PUBLISHING_VERBS = Set.of("published", "publishes", "posted", "posts", "issued", "issues",
            "released", "releases", "shared", "shares", "sent", "sends", "circulated", "circulates");

    /** "an anonymous newsletter … published a post claiming …": the subject of the verb that put the document out, or null. */
    private Phrase publisherOf(SentenceView s, Phrase carrier) {
        int verb = carrier.from() - 1;
        while (verb > 0 && s.tokens[verb].isAny("a", "an", "the", "its", "their", "his", "her", "new", "long", "short", "lengthy")) {
            verb--;
        }
        if (verb < 1 || !PUBLISHING_VERBS.contains(s.tokens[verb].lower()) || s.tokens[verb].quoted()
                || carrier.kind() != Phrase.Kind.DOCUMENT && !lexicon.is("channel_noun", carrier.head())
                // "families … have been sent letters warning that …": who was sent them did not write them.
                || s.tokens[verb - 1].isAny("been", "being", "be", "was", "were", "is", "are", "get", "got", "gets")) {
            return null;
        }
        Subject subject = subjectRange(s, verb);
        if (subject == null || subject.trailingEnd() >= 0 || subject.relativeAntecedent() >= 0) {
            return null;
        }
        Phrase p = phrases.parse(s, subject.from(), subject.to());
        return p != null && p.kind() != Phrase.Kind.PRONOUN ? p : null;
    }

    /** "a letter saying the road would close": a subject and its finite verb, before any comma. */
    private boolean clauseFollows(SentenceView s, int from) {
        if (from >= s.size() || !startsNounPhrase(s, from) || s.tokens[from].isVerb()) {
            return false;
        }
        for (int i = from + 1; i < Math.min(s.size(), from + 8); i++) {
            Token t = s.tokens[i];
            if (t.isComma() || t.isQuoteMark() || t.quoted()) {
                return false;
            }
            // ("found it safe to use": an infinitive makes no clause.)
            if (t.tag().equals("AUX") && !s.tokens[i - 1].is("to") || t.tag().startsWith("VERB") && !t.lower().endsWith("ing")
                    && !s.tokens[i - 1].is("to") && !reducedRelative(s, i, new int[] {from, s.size()})) {
                return true;
            }
        }
        return false;
    }

    private boolean withSaying(SentenceView s, int v) {
        if (!s.tokens[v].isAny("saying", "adding", "arguing", "claiming", "insisting", "warning", "noting")) {
            return false;
        }
        for (int i = v - 1; i >= Math.max(0, v - 12); i--) {
            if (s.tokens[i].is("with")) {
                return i == 0 || s.tokens[i - 1].isComma();
            }
            if (s.tokens[i].isVerb() || s.tokens[i].isComma() && i < v - 1) {
                return false;
            }
        }
        return false;
    }

    private Draft verbAttribution(SentenceView s, int v, Lexicon.CueVerb verb) {
        Token t = s.tokens[v];
        if (verb.lemma().equals("decline")) {
            return declined(s, v);
        }
        if (withSaying(s, v)) {
            int with = v - 1;
            while (!s.tokens[with].is("with")) {
                with--;
            }
            Phrase phrase = phrases.parse(s, with + 1, v);
            if (phrase == null) {
                return null;
            }
            Draft d = new Draft(Draft.Kind.WITH_SAYING, s.index(), v);
            d.verb = verb;
            d.cue = "saying";
            d.phrase = phrase;
            setContentRange(s, d, v + 1, contentEnd(s, v + 1));
            return d;
        }
        if (participleAfterComma(s, v)) {
            return participle(s, v, verb);
        }
        Phrase carrier = nounParticiple(s, v);
        if (carrier != null) {
            Draft d = new Draft(Draft.Kind.VERB, s.index(), v);
            d.verb = verb;
            d.cue = t.text();
            d.phrase = carrier;
            Phrase publisher = publisherOf(s, carrier);
            if (publisher != null) {
                // "Slush Pile published a post claiming that …": the post is how the newsletter said it.
                d.addVia(SentenceView.clean(carrier.text()));
                d.phrase = publisher;
            }
            int from = complementStart(s, v, verb, d);
            int end = contentEnd(s, from);
            boolean opensClause = carrier.from() > 0 && !s.tokens[carrier.from() - 1].quoted()
                    && (s.is(carrier.from() - 1, "that") || lexicon.cue(s.tokens[carrier.from() - 1].lower()) != null);
            if (ClauseShapes.opensSentence(s, carrier.from()) || opensClause) {
                // "A post … claiming that the referee was biased | was shared thousands of times."; "said that posts
                // claiming … | were untrue": the carrier is the subject of a clause with its own predicate.
                end = Math.min(end, mainPredicate(s, from, end, false));
            }
            setContentRange(s, d, from, end);
            return d;
        }
        // "who said he found ...": the speaker is the noun the clause hangs on.
        if (v > 0 && s.tokens[v - 1].isAny("who", "which") && !s.tokens[v - 1].quoted()) {
            return relative(s, v, verb);
        }
        if (v > 2 && s.is(v - 1, "to") && s.isAny(v - 2, "appeared", "appears", "seemed", "seems")
                && s.isAny(v - 3, "who", "which") && !s.tokens[v - 3].quoted()) {
            // "A clip, which appeared to show him elbowing a rival, was misleading": the clip's claim, within its clause.
            Draft d = relative(s, v, verb, v - 3);
            if (d != null && d.content.size() == 1 && s.tokens[v - 4].isComma()) {
                for (int i = d.contentFromToken; i + 1 < d.contentToToken; i++) {
                    if (s.tokens[i].isComma() && !s.tokens[i].quoted() && finiteVerb(s, i + 1, d.contentFromToken)) {
                        d.content.clear();
                        setContentRange(s, d, d.contentFromToken, i);
                        break;
                    }
                }
            }
            return d;
        }
        int timedWho = relativeBeforeTimePhrase(s, v);
        if (timedWho > 0) {
            // "The office, which in 2024 warned device makers that …": a time phrase between the pronoun and its verb.
            return relative(s, v, verb, timedWho);
        }
        int who = v - 1;
        while (who > 0 && (s.tokens[who].tag().equals("AUX") || s.tokens[who].isAny("has", "have", "had", "always", "repeatedly",
                "consistently", "strongly", "previously", "long", "publicly", "fiercely", "bitterly"))) {
            who--;
        }
        // ("The Drivers' Alliance, which has long criticised the cameras, welcomed …": a clause set off by commas, whatever its verb.)
        if (who < v - 1 && (verb.stance() == Stance.DENY || toldThat(s, who, v, verb) || who > 0 && s.tokens[who - 1].isComma())
                && s.tokens[who].isAny("who", "which") && !s.tokens[who].quoted()) {
            // "The bank, which has denied wrongdoing, said …", "Smith, who has always denied the charges, …"
            return relative(s, v, verb, who);
        }
        // "Corvid Media, which launched in 2021 and says …": a relative clause's second verb.
        if (v > 1 && s.tokens[v - 1].isAny("and", "but")) {
            for (int p = v - 2; p > 0 && !s.tokens[p].isComma(); p--) {
                // "called the report “a smear by people who lost” and said …": a relative clause inside a quotation is not the speaker's.
                if (s.tokens[p - 1].isAny("who", "which") && s.tokens[p].isVerb() && !s.tokens[p - 1].quoted()) {
                    return relative(s, v, verb, p - 1);
                }
            }
        }
        Draft whoseNamed = namedInsideWhose(s, v, verb);
        if (whoseNamed != null) {
            return whoseNamed;
        }
        // "Puravent, …, whose advertising says …": the antecedent speaks through its noun.
        if (v > 1 && s.tokens[v - 2].is("whose") && s.tokens[v - 1].isNoun()) {
            Draft d = relative(s, v, verb, v - 2);
            if (d != null) {
                d.cue = s.text(v - 1, v + 1);
            }
            return d;
        }
        if (isInverted(s, v)) {
            return inverted(s, v, verb);
        }
        return normal(s, v, verb);
    }

    /**
     * "the detection company whose tool Red Pen says was used to score the passages": inside a "whose" clause, a name
     * before the verb is its own speaker, and what it says of the noun runs to the clause's comma.
     */
    private Draft namedInsideWhose(SentenceView s, int v, Lexicon.CueVerb verb) {
        Mention m = registry.mentionAt(s.index(), v - 1);
        if (m == null || m.to() != v || m.titleFrom() < 2 || !s.tokens[m.titleFrom() - 2].is("whose") || s.tokens[m.titleFrom() - 2].quoted()) {
            return null;
        }
        Phrase speaker = phrases.parse(s, m.titleFrom(), v);
        int end = v + 1;
        while (end < s.size() && !s.tokens[end].isComma() && !s.tokens[end].quoted()) {
            end++;
        }
        if (speaker == null || end <= v + 1) {
            return null;
        }
        Draft d = new Draft(Draft.Kind.VERB, s.index(), v);
        d.verb = verb;
        d.cue = s.tokens[v].text();
        d.phrase = speaker;
        d.ownClause = true;
        d.content.add(new int[] {s.tokens[m.titleFrom() - 1].start(), s.tokens[m.titleFrom() - 1].end()});
        d.content.add(new int[] {s.tokens[v + 1].start(), s.tokens[end - 1].end()});
        d.contentFromToken = v + 1;
        d.contentToToken = end;
        return d;
    }

    /** "the bank cut its forecast for growth next year to 1.1 percent": revising a figure states the new one. */
    private Draft revisedForecast(SentenceView s, int v) {
        int k = v + 1;
        if (!s.isAny(k, "its", "their", "his", "her", "the", "our", "that")) {
            return null;
        }
        // "first put the loss at 60%, then revised that figure to 45%": the figure it gave before.
        if (s.is(k, "that") && !s.is(k + 1, "figure")) {
            return null;
        }
        k++;
        while (k < s.size() && k < v + 5 && !FORECAST_NOUNS.containsKey(s.tokens[k].lower())
                && (s.tokens[k].tag().startsWith("ADJ") || s.tokens[k].tag().startsWith("NOUN"))) {
            k++;
        }
        if (k >= s.size() || !FORECAST_NOUNS.containsKey(s.tokens[k].lower())) {
            return null;
        }
        int to = s.find(k + 1, Math.min(s.size() - 1, k + 12), "to");
        if (to < 0 || !(s.tokens[to + 1].tag().equals("NUM") || s.tokens[to + 1].text().matches("[$€£]"))) {
            return null;
        }
        Subject subject = subjectRange(s, v);
        if (subject != null && s.is(v - 1, "then") && s.at(v - 2) != null && s.tokens[v - 2].isComma()) {
            // "The trust first estimated the loss at 60%, then revised that figure": the subject is the first verb's.
            for (int p = subject.from(); p < subject.to(); p++) {
                if (s.tokens[p].tag().startsWith("VERB") && !s.tokens[p].quoted()) {
                    subject = subjectRange(s, p);
                    break;
                }
            }
        }
        if (subject == null || subject.trailingEnd() >= 0) {
            return null;
        }
        Phrase phrase = phrases.parse(s, subject.from(), subject.to());
        if (phrase == null || phrase.kind() == Phrase.Kind.PRONOUN && phrase.head().equals("i")) {
            return null;
        }
        Draft d = new Draft(Draft.Kind.VERB, s.index(), v);
        d.verb = lexicon.cue(FORECAST_NOUNS.get(s.tokens[k].lower()));
        d.cue = s.text(v, k + 1);
        d.phrase = phrase;
        setContentRange(s, d, v, contentEnd(s, v + 1));
        return d;
    }

    /** "put the figure at 90 million euros": index of "at" before an amount, or -1. */
    private static int putAt(SentenceView s, int v) {
        if (s.is(v + 1, "forward") || s.is(v + 1, "out")) {
            return -1;
        }
        for (int k = v + 1; k < Math.min(s.size() - 1, v + 14); k++) {
            if (s.tokens[k].text().equals(";") || s.tokens[k].quoted()) {
                return -1;
            }
            if (s.tokens[k].is("at") && amountAt(s, k + 1)) {
                return k;
            }
        }
        return -1;
    }

    /** "put it to Mr Pryor that he had …": the index of "that" after the one it was put to, or -1. */
    private static int putItTo(SentenceView s, int v) {
        if (!s.is(v + 1, "it") || !s.is(v + 2, "to")) {
            return -1;
        }
        for (int k = v + 3; k < Math.min(s.size() - 1, v + 9); k++) {
            if (s.tokens[k].is("that")) {
                return k;
            }
            if (s.tokens[k].isPunct() || s.tokens[k].isVerb()) {
                return -1;
            }
        }
        return -1;
    }

    /** In court, counsel who "put it to" a witness that something happened asserts it (the witness may deny it). */
    private Draft putToWitness(SentenceView s, int v, int that) {
        Subject subject = subjectRange(s, v);
        if (subject == null || subject.trailingEnd() >= 0) {
            return null;
        }
        Phrase phrase = phrases.parse(s, subject.from(), subject.to());
        if (phrase == null) {
            return null;
        }
        Draft d = new Draft(Draft.Kind.VERB, s.index(), v);
        d.cue = "put it to";
        d.verb = lexicon.cue("claimed");
        d.phrase = phrase;
        setContentRange(s, d, that + 1, contentEnd(s, that + 1));
        return d;
    }

    /** An amount starts at {@code i}: "90 million", "about $3 million", or quoted with its hedge, "“probably $3 million”". */
    private static boolean amountAt(SentenceView s, int i) {
        if (s.at(i) != null && s.tokens[i].isQuoteMark() && s.at(i + 1) != null && s.tokens[i + 1].quoted()) {
            i++;
            if (s.isAny(i, "probably", "likely", "perhaps", "possibly", "maybe")) {
                i++;
            }
        }
        Token t = s.at(i);
        // "puts the figure at just under two million": a bound before the number.
        return t != null && (t.tag().equals("NUM") || t.isAny("between", "about", "around", "roughly", "some", "more", "less", "least",
                "nearly", "almost", "just", "under", "over", "below", "above", "fewer", "well", "$", "\u20ac", "\u00a3"));
    }

    private Draft estimate(SentenceView s, int v) {
        // "the statistics office, which put it at 11 percent": the relative clause's antecedent estimates.
        int[] range = s.isAny(v - 1, "which", "who") && !s.tokens[v - 1].quoted() ? antecedent(s, v - 1) : null;
        Subject subject = range != null ? null : subjectRange(s, v);
        if (range == null && (subject == null || subject.trailingEnd() >= 0)) {
            return null;
        }
        Phrase phrase = range != null ? phrases.parse(s, range[0], range[1]) : phrases.parse(s, subject.from(), subject.to());
        if (phrase == null) {
            return null;
        }
        Draft d = new Draft(Draft.Kind.VERB, s.index(), v);
        d.cue = "put \u2026 at";
        d.verb = lexicon.cue("estimated");
        d.phrase = phrase;
        setContentRange(s, d, v + 1, contentEnd(s, v + 1));
        return d;
    }

    private Draft participle(SentenceView s, int v, Lexicon.CueVerb verb) {
        int opener = 0;
        while (opener < v && !(s.tokens[opener].isComma() && !s.tokens[opener].quoted())) {
            opener++;
        }
        // "Asked about rumours …, she denied that, saying …": the opening phrase's verbs have no subject here.
        int start = opener < v && adverbial(s, new int[] {0, opener}) ? opener + 1 : 0;
        for (int p = start; p < v - 1; p++) {
            Token t = s.tokens[p];
            if (t.quoted() || !(t.tag().startsWith("VERB") || t.tag().equals("AUX")) || p > 0 && s.tokens[p - 1].isAny("who", "which")
                    || registry.mentionAt(s.index(), p) != null
                    || t.lower().endsWith("ing") || p > 0 && reducedRelative(s, p, new int[] {0, v})
                    // "The trial's lead/VERB researcher rejected …, saying": a word between an owner and its noun is no verb.
                    || p > 0 && (s.tokens[p - 1].possessive() || s.tokens[p - 1].text().matches("\\p{L}+['\u2019]s")
                            || s.tokens[p - 1].isAny("the", "its", "their", "his", "her"))
                            && verbLaterInClause(s, p, v)
                            && s.at(p + 1) != null && s.tokens[p + 1].isNoun() && !s.tokens[p + 1].quoted()
                    // "…, later quoted by the agency NorPress, Brekke went further, saying": a passive aside, not the verb.
                    || s.is(p + 1, "by") && (t.lower().endsWith("ed") || t.lower().endsWith("en"))) {
                continue;
            }
            if (isInverted(s, p)) {
                // "“That is simply wrong,” said Cllr Varnam …, adding that …": the one named after the inverted verb adds it.
                Phrase speaker = phrases.parse(s, p + 1, invertedSubjectEnd(s, p + 1));
                return speaker == null ? null : participleDraft(s, v, verb, speaker);
            }
            Subject subject = subjectRange(s, p);
            if (subject == null && p == start) {
                // "Finds/VERB liaison officer Dr Senara Rosscarrow refuted the claim, saying …": a word opening the clause
                // has no subject before it, so it is no verb of the clause.
                continue;
            }
            if (subject == null || subject.trailingEnd() >= 0) {
                return null;
            }
            Phrase phrase = quotedPerson(s, p, v);
            phrase = phrase != null ? phrase : phrases.parse(s, subject.from(), subject.to());
            return phrase == null ? null : participleDraft(s, v, verb, phrase);
        }
        return null;
    }

    /**
     * Whether a verb stands between {@code word} and the participle at {@code v}: "The trial's lead researcher rejected …" has
     * one, so "lead" is no verb; "Yardy's picked holes in that account, saying …" has none, so "picked" is the verb.
     */
    private static boolean verbLaterInClause(SentenceView s, int word, int v) {
        for (int k = word + 1; k < v; k++) {
            Token t = s.tokens[k];
            if (!t.quoted() && (t.tag().startsWith("VERB") && !t.lower().endsWith("ing") || t.tag().equals("AUX"))) {
                return true;
            }
        }
        return false;
    }

    private Draft participleDraft(SentenceView s, int v, Lexicon.CueVerb verb, Phrase speaker) {
        Draft d = new Draft(Draft.Kind.VERB, s.index(), v);
        d.verb = verb;
        d.cue = s.tokens[v].text();
        d.phrase = speaker;
        int from = complementStart(s, v, verb, d);
        setContentRange(s, d, from, contentEnd(s, from));
        return d;
    }

    /** Whether a "who" with no comma or quotation mark after it comes before token {@code at}: {@code at} is in its clause. */
    private static boolean insideRelativeClause(SentenceView s, int at) {
        boolean finiteAfter = false;
        for (int k = at - 1; k > 0; k--) {
            if (s.tokens[k].isComma() || s.tokens[k].isQuoteMark()) {
                return false;
            }
            if (s.tokens[k].isAny("who", "whom") && s.tokens[k - 1].isNoun()) {
                // "A landlord who kept the deposit has been ordered to repay it after a judge found …": the sentence's own
                // verb closed the relative clause before the opener.
                return !finiteAfter;
            }
            finiteAfter |= k > 1 && s.tokens[k].isAny("has", "have", "had", "is", "are", "was", "were") && s.tokens[k - 1].isNoun()
                    && !s.tokens[k - 1].isAny("who", "whom");
            if (s.tokens[k].isAny("that", "because", "if", "when", "whether", "which", "while", "although")) {
                // "who spoke on condition that his name was not published because …": that verb is the inner clause's own.
                finiteAfter = false;
            }
        }
        return false;
    }

    /** "It quoted a shop worker, who asked not to be named, saying …": the one quoted says it, not the piece quoting them. */
    private Phrase quotedPerson(SentenceView s, int p, int v) {
        Lexicon.CueVerb main = lexicon.cue(s.tokens[p].lower());
        if (main == null || !main.lemma().equals("quote")) {
            return null;
        }
        int end = p + 1;
        while (end < v && !s.tokens[end].isComma()) {
            end++;
        }
        return end > p + 1 && startsNounPhrase(s, p + 1) ? phrases.parse(s, p + 1, end) : null;
    }

    private Draft declined(SentenceView s, int v) {
        Subject subject = subjectRange(s, v);
        if (subject == null) {
            return null;
        }
        Phrase phrase = phrases.parse(s, subject.from(), subject.to());
        if (phrase == null) {
            return null;
        }
        Draft d = new Draft(Draft.Kind.DECLINED, s.index(), v);
        d.cue = "declined to comment";
        d.phrase = phrase;
        setContentRange(s, d, v, contentEnd(s, v));
        return d;
    }

    private Draft relative(SentenceView s, int v, Lexicon.CueVerb verb) {
        return relative(s, v, verb, v - 1);
    }

    /**
     * "feared for their contracts", "felt dizzy", "posted a video": feelings and acts, not
     * statements. Thinking and posting verbs report something only with a clause after them.
     */
    private boolean takesClause(SentenceView s, int v, Lexicon.CueVerb verb) {
        boolean cognition = verb.kind() == Lexicon.CueKind.COGNITION && !verb.lemma().equals("remember") && !verb.lemma().equals("see");
        if (!cognition && !verb.lemma().equals("post")) {
            return true;
        }
        int r = skipAdverbials(s, v + 1, new Draft(Draft.Kind.VERB, s.index(), v));
        Token next = s.at(r);
        if (next != null && next.isQuoteMark() && !next.quoted() && verb.stance() == Stance.PREDICT) {
            // "she expected “an overwhelming yes”": a quoted expectation is a prediction.
            return true;
        }
        if (verb.stance() == Stance.PREDICT && CueVerbUses.figureObject(s, r)) {
            return true;
        }
        if (verb.stance() == Stance.PREDICT && next != null && next.is("to") && s.at(r + 1) != null && s.tokens[r + 1].tag().startsWith("VERB")) {
            // "Boxfast expects to ship 900 parcels a day": the subject's forecast of what it will do.
            return true;
        }
        if (next == null || next.isComma() || next.isPunct()) {
            return false;
        }
        if (next.is("that") || next.text().equals(":")) {
            return true;
        }
        if (verb.lemma().equals("post")) {
            return false;
        }
        for (int i = r + 1; verb.stance() == Stance.PREDICT && i + 1 < Math.min(s.size(), r + 12); i++) {
            // "She expected the price of native oysters in the region to rise …", "He expected most card claims to be settled
            // …": an object, however long, then its infinitive.
            Token t = s.tokens[i];
            if (t.isPunct() || t.quoted() || t.tag().equals("AUX") || t.tag().startsWith("VERB")) {
                break;
            }
            if (t.is("to") && (s.tokens[i + 1].tag().startsWith("VERB") || s.tokens[i + 1].tag().equals("AUX"))) {
                return true;
            }
        }
        // "felt dizzy", but "expects such events to become …": an adjective before a noun starts the clause's subject.
        boolean attributive = next.tag().startsWith("ADJ") && s.at(r + 1) != null && s.tokens[r + 1].tag().startsWith("NOUN");
        if (next.isPreposition() || next.tag().startsWith("ADJ") && !attributive || next.tag().equals("ADV")) {
            return false;
        }
        for (int i = r + 1; i < Math.min(s.size(), r + 6); i++) {
            if (s.tokens[i].isQuoteMark() && !s.tokens[i].quoted() && s.at(i + 1) != null
                    && (s.tokens[i + 1].tag().equals("AUX") || s.tokens[i + 1].tag().startsWith("VERB"))) {
                // "thinks the photos “look like the same bird”": the quotation opens with the clause's verb.
                return true;
            }
            if (s.tokens[i].isComma() || s.tokens[i].isQuoteMark()) {
                // "she fears eviction, says …": the verb after a comma is not the feeling's clause.
                return false;
            }
            if (s.tokens[i].tag().equals("AUX") || s.tokens[i].tag().startsWith("VERB") && !s.tokens[i].lower().endsWith("ing")) {
                return true;
            }
        }
        return false;
    }

    private Draft relative(SentenceView s, int v, Lexicon.CueVerb verb, int who) {
        if (!takesClause(s, v, verb) || withoutStatement(s, v, verb)) {
            return null;
        }
        int[] range = antecedent(s, who);
        // "every customer who disputed a bill was offered a free check": anyone who did so, not someone who said something.
        if (range == null || s.isAny(range[0], "every", "each", "any", "anyone", "anybody", "whoever")) {
            return null;
        }
        Phrase phrase = phrases.parse(s, range[0], range[1]);
        if (phrase == null) {
            return null;
        }
        Draft d = new Draft(Draft.Kind.RELATIVE, s.index(), v);
        d.verb = verb;
        d.cue = s.tokens[v].text();
        d.phrase = phrase;
        int from = complementStart(s, v, verb, d);
        int end = contentEnd(s, from);
        boolean parenthetic = who > 0 && s.tokens[who - 1].isComma();
        // "…, where a user who said he was an engineer wrote that …": the antecedent opens a clause of its own.
        boolean opensClause = range[0] > 0 && s.tokens[range[0] - 1].isAny("where", "when");
        if (ClauseShapes.opensSentence(s, range[0]) || parenthetic || opensClause) {
            // "…, and the government, which says it has 40 boats ready, | expects …"
            end = Math.min(end, mainPredicate(s, from, end, !ClauseShapes.opensSentence(s, range[0]) && !opensClause));
        }
        if (parenthetic && !clauseFollows(s, from) && (verb.stance() == Stance.DENY || !s.isAny(from - 1, "that"))) {
            // "The bank, which has denied wrongdoing, | said …": a denied object ends at the clause's comma; so does
            // "which has long criticised the cameras, | welcomed …".
            for (int i = from; i < end; i++) {
                if (s.tokens[i].isComma() && !s.tokens[i].quoted()) {
                    end = i;
                    break;
                }
            }
        }
        if (quotedWhomOnly(s, v, verb, from, end)) {
            return null;
        }
        setContentRange(s, d, from, end);
        if (SAYING_LEMMAS.contains(verb.lemma()) && !d.content.isEmpty()) {
            d.phrase = IndefinitePersons.describedBySelf(phrase, d.cue, contentText(d));
        }
        return d;
    }

    /** "a report which quoted the minutes and a former employee": whom it quoted, not what they said. */
    private boolean quotedWhomOnly(SentenceView s, int v, Lexicon.CueVerb verb, int from, int end) {
        // "the garden's own published/VERB minutes": a participle before a noun makes no clause.
        return verb.lemma().equals("quote") && from == v + 1 && end > from && s.list().subList(from, end).stream().noneMatch(t ->
                t.isQuoteMark() || t.quoted() || t.isAny("as", "saying", "that", "who", "which", ":")
                        || t.isVerb() && !t.lower().endsWith("ed"));
    }

    /**
     * Where the sentence's own predicate resumes inside the content of a relative clause on its
     * subject: "A group of residents who say dust … left them with breathing problems | have won …",
     * "Corvalis, which says it hosts services for 140,000 customers, | first acknowledged …".
     */
    private int mainPredicate(SentenceView s, int from, int end, boolean commaOnly) {
        boolean contentVerb = false;
        for (int i = from; i < end; i++) {
            Token t = s.tokens[i];
            if (t.quoted() || t.isQuoteMark()) {
                continue;
            }
            if (t.isComma()) {
                int k = i + 1;
                while (k < end && s.tokens[k].tag().equals("ADV")) {
                    k++;
                }
                // "…, expects/NOUN to deploy them": a present tense the tagger took for a plural noun.
                boolean verbLike = k < end && (finiteVerb(s, k, from) || s.tokens[k].tag().startsWith("NOUN")
                        && s.tokens[k].lower().endsWith("s") && s.isAny(k + 1, "to", "that"));
                if (verbLike && (contentVerb || k > i + 1 || !finiteVerb(s, k, from))) {
                    return i;
                }
                continue;
            }
            if (finiteVerb(s, i, from)) {
                if (contentVerb && !commaOnly && i > from && (s.tokens[i - 1].isNoun() || s.tokens[i - 1].tag().startsWith("ADJ")
                        || s.tokens[i - 1].tag().equals("ADV") && !t.tag().startsWith("VERB")) && !s.tokens[i - 1].quoted()) {
                    return i;
                }
                contentVerb = true;
            }
            if (t.isAny("that", "which", "who", "whom", "and", "but", "or", "because", "if", "when", "while", "since")) {
                // A new clause inside the content has a verb of its own.
                contentVerb = false;
            }
        }
        return end;
    }

    private boolean finiteVerb(SentenceView s, int i, int from) {
        Token t = s.tokens[i];
        if (t.tag().equals("AUX")) {
            return true;
        }
        return t.tag().startsWith("VERB") && !t.lower().endsWith("ing") && !s.nounLike(i)
                && !reducedRelative(s, i, new int[] {from, s.size()});
    }

    /**
     * "Manfredo Yendole, a dealer from Saxilby, who said …": one word after "from", behind a person's noun, is where they are
     * from, whatever a bare capitalised word was taken for; "a letter from Haskett, who said …" is from a person.
     */
    private boolean fromAPlace(SentenceView s, Mention m) {
        Token noun = s.tokens[m.from() - 2];
        return m.to() - m.from() == 1 && s.is(m.from() - 1, "from") && !lexicon.is("document_noun", noun.lower())
                && !lexicon.is("channel_noun", noun.lower());
    }

    /**
     * The noun phrase a "who"/"which" clause hangs on: "North Korea, which pledged …" → North
     * Korea; "Jonas Albrecht, an independent security researcher who said …" → the whole
     * "Jonas Albrecht, an independent security researcher" (the appositive names him).
     */
    private int[] antecedent(SentenceView s, int who) {
        if (who > 0 && s.tokens[who - 1].isVerb() && !s.tokens[who - 1].quoted()) {
            // "has not been able to confirm who wrote it": a question inside the sentence, with no one before it.
            return null;
        }
        int end = who;
        if (end > 0 && s.tokens[end - 1].isComma()) {
            end--;
            // "a former committee member, whom it did not name, who said …": the second clause hangs on the noun before the first.
            for (int c = end - 1; c > 1 && !s.tokens[c].isComma() && !s.tokens[c].quoted(); c--) {
                if (s.tokens[c].isAny("whom", "who", "which") && s.tokens[c - 1].isComma() && c < end - 1) {
                    return antecedent(s, c);
                }
            }
        }
        if (end == 0) {
            return null;
        }
        Mention m = registry.mentionAt(s.index(), end - 1);
        // "a post on the club's fans page on Facebook, which claimed …": the platform only carried the post; the clause
        // hangs on the post.
        boolean platform = m != null && m.to() == end && m.from() > 1 && s.is(m.from() - 1, "on") && m.to() - m.from() == 1
                && lexicon.is("platform", s.tokens[m.from()].lower()) && s.tokens[m.from() - 2].isNoun();
        // "a resident of Fallowgate Lane who said …": "who" hangs on the person, not on the street or body after "of".
        boolean personOfPlace = m != null && m.to() == end && m.from() > 1 && s.tokens[who].is("who") && s.isAny(m.from() - 1, "of", "from")
                && s.tokens[m.from() - 2].isNoun() && !s.tokens[m.from() - 2].quoted()
                && (registry.canonical(m.entity()).type != SourceType.PERSON || fromAPlace(s, m));
        if (m != null && m.to() == end && !platform && !personOfPlace) {
            return new int[] {m.titleFrom(), end};
        }
        int start = end - 1;
        while (start > 0) {
            Token t = s.tokens[start - 1];
            // "a left-leaning weekly", "a state-owned bank": a participle after a hyphen is part of a modifier.
            boolean compoundModifier = t.isVerb() && start > 1 && s.tokens[start - 2].text().equals("-");
            // "an account calling itself @HarbourGossip, which claimed …": the naming verb is part of the noun phrase.
            boolean naming = t.isAny("calling", "called", "named") && start > 1 && (s.tokens[start].isAny("itself", "himself", "herself")
                    || !t.is("calling") && s.tokens[start - 2].isNoun());
            // "a clip posted on TikTok by an account …, which claimed": the agent after "by" is the nearest noun phrase.
            // "a consumer forum, where a user who said …": the place's relative adverb is no part of the user.
            if (t.isComma() || t.isVerb() && !compoundModifier && !naming || t.is("by") && !t.quoted() || t.tag().equals("SCONJ")
                    || t.isAny("where", "when", "whereas") && !t.quoted()
                    || t.isQuoteMark() && !possessiveApostrophe(s, start - 1) || t.text().equals(":")
                    || t.isAny("and", "but") && !t.quoted() && start > 1 && s.tokens[start - 2].isComma()) {
                break;
            }
            start--;
        }
        if (start > 1 && s.tokens[start - 2].isComma() && participleAside(s, start - 1)) {
            // "a Facebook post, shared 9,000 times since May, which claims …": the clause hangs on the noun before the aside.
            return antecedent(s, start - 1);
        }
        if (s.tokens[start].isPreposition()) {
            start++;
        }
        for (int k = end - 2; k > start && s.tokens[who].is("who"); k--) {
            if (s.tokens[k].isAny("from", "among") && BARE_SPEAKER_GROUPS.contains(s.tokens[end - 1].lower())) {
                // "has come under attack from critics, who say …": the people who say it, not the attack.
                start = k + 1;
                break;
            }
        }
        if (start >= end) {
            return null;
        }
        // An appositive ("…, an independent security researcher who …") belongs to the name before it.
        // "Glenda Ho, 67, who said …": an age between commas is the name's, like an appositive.
        boolean age = end - start == 1 && s.tokens[start].tag().equals("NUM") && s.tokens[start].text().matches("\\d{1,3}");
        if (start > 1 && s.tokens[start - 1].isComma() && (startsAppositive(s, start) || age)) {
            Mention named = registry.mentionAt(s.index(), start - 2);
            if (named != null && named.to() == start - 1) {
                return new int[] {named.titleFrom(), end};
            }
        }
        return new int[] {start, end};
    }

    /** "The Lanterns' reunion tour": an apostrophe written onto a plural is its possessive, no quotation mark. */
    private static boolean possessiveApostrophe(SentenceView s, int i) {
        Token t = s.tokens[i];
        return i > 0 && t.text().matches("['\u2019]") && s.tokens[i - 1].end() == t.start() && s.tokens[i - 1].lower().endsWith("s")
                && s.at(i + 1) != null && s.tokens[i + 1].isNoun();
    }

    private static boolean participleAside(SentenceView s, int i) {
        Token t = s.tokens[i];
        return !t.quoted() && t.tag().startsWith("VERB") && (t.lower().endsWith("ed") || t.lower().endsWith("en")
                || t.isAny("seen", "shown", "read", "heard", "sent", "put", "spread"));
    }

    /** "…, managing/VERB director of Kestlebrook Boat Holidays, …": one word before the role, then whose role it is. */
    private boolean roleOfAfterOneWord(SentenceView s, int i) {
        return s.at(i + 2) != null && !s.tokens[i].quoted() && lexicon.is("role", s.tokens[i + 1].lower()) && s.is(i + 2, "of");
    }

    private boolean startsAppositive(SentenceView s, int i) {
        Token t = s.at(i);
        return t != null && (t.isAny("a", "an", "the") || lexicon.is("role", t.lower()));
    }

    /** "…," said X / "…," quoted the broadcaster Voice of America John Kirby: the verb comes before its subject. */
    /** A sentence opening on a verb's bare form outside quotation marks: "Write to …", "Ask for …". */
    private static boolean imperative(SentenceView s) {
        Token first = s.tokens[0];
        return !first.quoted() && !first.isQuoteMark() && first.tag().equals("VERB") && first.capitalised()
                && first.lower().matches("[a-z]+") && !first.lower().matches(".*(?:ed|ing|s)") && s.size() > 2 && !s.tokens[1].isComma();
    }

    private static final Set<String> INVERTIBLE = Set.of("say", "add", "write", "ask", "explain", "continue", "recall", "note",
            "insist", "argue", "quote", "reply", "declare", "state", "report", "warn", "conclude", "confirm", "tweet", "remark",
            "respond", "claim", "observe", "admit", "acknowledge", "predict", "suggest", "concede", "counter", "stress");

    private boolean isInverted(SentenceView s, int v) {
        if (v == 0 || v + 1 >= s.size()) {
            return false;
        }
        Lexicon.CueVerb cue = lexicon.cue(s.tokens[v].lower());
        if (cue == null || !INVERTIBLE.contains(cue.lemma())) {
            return false;
        }
        if (imperative(s)) {
            // "Write to Quellbrook, quote the Act and the delivery note, and give it 14 days": advice, no one quoted.
            return false;
        }
        boolean clauseAhead = clauseAhead(s, invertedSubjectEnd(s, v + 1));
        if (clauseAhead && !s.tokens[v - 1].isQuoteMark()) {
            int after = invertedSubjectEnd(s, v + 1);
            boolean onlyContinuation = after < s.size() && s.tokens[after].isComma() && (s.isAny(after + 1, "and", "but", "adding")
                    || s.is(after + 1, "who") && s.at(after + 2) != null && lexicon.cue(s.tokens[after + 2].lower()) != null);
            if (!onlyContinuation) {
                return false;
            }
        }
        if (clauseAhead && s.tokens[v - 1].isQuoteMark() && embeddedQuoteEndsAt(s, v - 1)) {
            // "The report, which relied on “a former warehouse worker,” said road tankers … had delivered": a phrase quoted
            // inside a clause ends there, and "said" takes the clause after it.
            return false;
        }
        Token before = s.tokens[v - 1];
        if (appositiveSubjectBefore(s, v)) {
            return false;
        }
        boolean afterQuote = before.isQuoteMark() && !before.quoted()
                || before.isComma() && v > 1 && s.tokens[v - 2].isQuoteMark() && !s.tokens[v - 2].quoted();
        if (!afterQuote && !(before.isComma() && clauseBefore(s, v - 1))) {
            return false;
        }
        int at = s.tokens[v + 1].isQuoteMark() && v + 2 < s.size() ? v + 2 : v + 1;
        Token next = s.tokens[at];
        // "said Year 10 pupil Kayden Moss": a school year or a numbered week is part of the speaker's description.
        boolean numbered = next.capitalised() && next.isAny("year", "week") && s.at(at + 1) != null && s.tokens[at + 1].tag().equals("NUM");
        if (TIME_WORDS.contains(next.lower()) && !numbered) {
            return false;
        }
        if (next.isAny("that", "in", "on", "during", "at", "to", "it", "the") && !next.is("the")) {
            return false;
        }
        // "said Kwame/PRON Arundel-Pryce": a first name the tagger took for a pronoun still opens a name.
        // "explained its safety manager, Ada Marr": a possessive before the speaker's role.
        // "said our technical director, Elowyn Fallowsby": an adjective may stand before the role.
        int roleAt = s.at(at + 1) != null && s.tokens[at + 1].tag().startsWith("ADJ") && s.at(at + 2) != null ? at + 2 : at + 1;
        boolean ownersRole = next.isAny("its", "his", "her", "their", "our") && s.at(roleAt) != null
                && (s.tokens[roleAt].isNoun() || lexicon.is("role", s.tokens[roleAt].lower()));
        if (next.tag().equals("PRON") && !next.isAny("he", "she", "they", "it", "we") && !ownersRole
                && registry.mentionAt(s.index(), at) == null) {
            return false;
        }
        if (next.isAny("he", "she", "they", "it", "we")) {
            return true;
        }
        return ownersRole || next.tag().startsWith("PROPN") || next.tag().startsWith("NOUN") || next.tag().equals("DET")
                || next.tag().startsWith("ADJ") || next.capitalised() || lexicon.is("role", next.lower())
                // "said auctioneer Peter Dawes": an occupation the tagger reads as a verb, before the name it describes;
                // "said managing director Fergal Dunne": a two-word role, its first word read as a verb.
                || !next.isPunct() && !next.isFunctionWord() && (registry.mentionAt(s.index(), at + 1) != null
                        || s.at(at + 2) != null && lexicon.is("role", s.tokens[at + 1].lower())
                                && registry.mentionAt(s.index(), at + 2) != null);
    }

    /**
     * "That claim is false: the insurer, Trenchmore Fine Art, confirmed the piece …": a name set off by commas after a noun
     * for what it is, right before the verb, is the verb's subject, not the end of a statement the verb closes.
     */
    private boolean appositiveSubjectBefore(SentenceView s, int v) {
        if (v < 4 || !s.tokens[v - 1].isComma()) {
            return false;
        }
        int from = v - 2;
        while (from > 0 && registry.mentionAt(s.index(), from - 1) != null
                && registry.mentionAt(s.index(), from - 1) == registry.mentionAt(s.index(), v - 2)) {
            from--;
        }
        return registry.mentionAt(s.index(), v - 2) != null && from >= 2 && s.tokens[from - 1].isComma()
                && s.tokens[from - 2].isNoun() && !s.tokens[from - 2].quoted()
                && (from < 3 || s.tokens[from - 3].isAny("the", "its", "his", "her", "their") || s.tokens[from - 3].tag().startsWith("ADJ"));
    }

    private Draft inverted(SentenceView s, int v, Lexicon.CueVerb verb) {
        int npEnd = invertedSubjectEnd(s, v + 1);
        Phrase phrase = phrases.parse(s, v + 1, npEnd);
        if (phrase == null) {
            return null;
        }
        Draft d = new Draft(Draft.Kind.VERB, s.index(), v);
        d.verb = verb;
        d.cue = s.tokens[v].text();
        d.phrase = phrase;
        if (verb.lemma().equals("quote")) {
            outletsInPhrase(s, v + 1, npEnd, phrase, d);
        }
        leftContent(s, v, d);
        if (npEnd < s.size() && s.tokens[npEnd].isComma() && s.is(npEnd + 1, "who")) {
            // "…, said Mrs Achara-Lightfoot, who added that …": what follows is her next statement, read on its own.
            return d;
        }
        int after = skipAdverbials(s, npEnd, d);
        appendTrailingContent(s, after, d);
        return d;
    }

    /** Whether the quotation closing at {@code close} opens after a word, inside a clause, not at a sentence's start or a colon. */
    private static boolean embeddedQuoteEndsAt(SentenceView s, int close) {
        int open = close - 1;
        while (open >= 0 && !s.tokens[open].isQuoteMark()) {
            open--;
        }
        return open > 0 && !s.tokens[open - 1].isPunct();
    }

    private int invertedSubjectEnd(SentenceView s, int from) {
        int i = from;
        while (i < s.size()) {
            Token t = s.tokens[i];
            Mention name = registry.mentionAt(s.index(), i);
            if (name != null && name.to() > i + 1) {
                // "said Gwenllian Marsh-Ebeling/VERB": a name is one piece, whatever the tagger makes of its parts.
                i = name.to();
                continue;
            }
            if (t.isPunct() && !t.isComma() && !t.text().equals("-") && !t.text().equals("(") && !t.text().equals(")")
                    && !t.text().equals("&") || t.isQuoteMark()) {
                break;
            }
            if (t.isComma()) {
                Token next = s.at(i + 1);
                if (next == null || next.isQuoteMark() || next.isAny("and", "but", "adding", "saying", "according", "as", "while",
                        "although", "because", "in", "on", "during")) {
                    break;
                }
                if (next.is("who") && s.at(i + 2) != null && lexicon.cue(s.tokens[i + 2].lower()) != null) {
                    // "…, said Mrs Achara-Lightfoot, who added that …": the relative clause is her next statement.
                    break;
                }
            }
            if (i > from && t.isPreposition() && ADVERBIAL_PREPOSITIONS.contains(t.lower()) && registry.mentionAt(s.index(), i) == null
                    && !(t.is("at") && !channelAhead(s, i))
                    // "said an engineer who worked on the project": the preposition belongs to the speaker's own clause.
                    && !(s.tokens[i - 1].isVerb() && java.util.stream.IntStream.range(from, i - 1).anyMatch(k -> s.tokens[k].isAny("who", "that")))) {
                break;
            }
            if (i > from && t.isVerb() && !t.lower().endsWith("ed") && !(s.tokens[i - 1].isComma() && roleOfAfterOneWord(s, i))
                    // "said the council's housing lead/VERB, Councillor Hafwen Glenfarrow": a noun's last word before the name.
                    && !(s.tokens[i - 1].isNoun() && !s.tokens[i - 1].quoted() && s.at(i + 1) != null && s.tokens[i + 1].isComma()
                            && registry.mentionAt(s.index(), i + 2) != null)) {
                break;
            }
            i++;
        }
        return i;
    }

    /** Content to the left of an inverted verb: the quotation that ends there, or the clause before the comma. */
    private void leftContent(SentenceView s, int v, Draft d) {
        int close = v - 1;
        if (s.tokens[close].isComma() && close > 0 && s.tokens[close - 1].isQuoteMark()) {
            close--;
        }
        if (s.tokens[close].isQuoteMark() && !s.tokens[close].quoted()) {
            QuoteSpan q = quoteEndingAt(s.tokens[close].end());
            if (q != null) {
                addQuote(d, q);
                d.contentFromToken = 0;
                d.contentToToken = v;
                return;
            }
        }
        int end = v;
        while (end > 0 && (s.tokens[end - 1].isComma() || s.tokens[end - 1].isQuoteMark())) {
            end--;
        }
        int start = 0;
        setContentRange(s, d, start, end);
        markQuotedIfAllQuoted(s, d, start, end);
    }

    /** Whether unquoted words of this sentence run straight into the quotation ("That claim is “…”"). */
    private static boolean quoteHasLeadIn(SentenceView s, QuoteSpan q, int quoteEnd) {
        for (int i = 1; i < quoteEnd; i++) {
            if (s.tokens[i].isQuoteMark() && s.tokens[i].start() == q.open()) {
                return !s.tokens[i - 1].isPunct() && !s.tokens[i - 1].quoted();
            }
        }
        return false;
    }

    /** "“…,” Okafor said when we put the claim to her": a clause of time or reason after the cue tells when, not what. */
    private static boolean adverbialClauseAt(SentenceView s, int i) {
        return s.at(i) != null && !s.tokens[i].quoted()
                && s.tokens[i].isAny("when", "as", "after", "before", "while", "because", "since", "although", "though", "once", "until");
    }

    private boolean hasOwnComplement(SentenceView s, int v, Lexicon.CueVerb verb) {
        Draft scratch = new Draft(Draft.Kind.VERB, s.index(), v);
        int r = skipAdverbials(s, v + 1, scratch);
        if (verb.lemma().equals("tell")) {
            r = skipAdverbials(s, skipRecipient(s, r, scratch), scratch);
        }
        Token t = s.at(r);
        return t != null && (t.is("that") && complementizer(s, r) || t.text().equals(":")
                || t.isComma() && s.at(r + 1) != null && s.tokens[r + 1].isQuoteMark()) || thatAfterAdjuncts(s, v + 1) > 0
                || thatlessClause(s, r);
    }

    /**
     * "'Ruan is the quickest bowler I have worked with,' the coach said of Ruan Botha, …": "of" and the person or thing
     * the words are about, up to the next comma, are not part of what was said.
     */
    private int skipSaidOf(SentenceView s, int after) {
        Token t = s.at(after);
        Token next = s.at(after + 1);
        if (t == null || !t.is("of") || t.quoted() || next == null || next.quoted() || next.isQuoteMark()
                // "she says of that order": a demonstrative points at what the words are about as well.
                || !(next.tag().equals("PROPN") || next.isAny("the", "his", "her", "their", "its", "him", "them", "it", "that", "this",
                        "these", "those"))) {
            return after;
        }
        int i = after + 1;
        while (i < s.size() && !s.tokens[i].isPunct() && !s.tokens[i].isQuoteMark() && !s.tokens[i].quoted()
                && !(s.tokens[i].isVerb() || s.tokens[i].tag().equals("AUX")) && i < after + 8) {
            i++;
        }
        if (i >= s.size() || !s.tokens[i].isPunct() || s.tokens[i].isQuoteMark()) {
            return after;
        }
        if (s.tokens[i].isComma() && s.at(i + 1) != null && s.tokens[i + 1].isAny("the", "a", "an")) {
            // "…, the South African seamer who has signed a two-year deal": a description of whom the words are about.
            int j = i + 1;
            while (j < s.size() && !s.tokens[j].isComma() && !(s.tokens[j].isPunct() && j == s.size() - 1)
                    && !s.tokens[j].isQuoteMark() && !s.tokens[j].quoted()) {
                j++;
            }
            if (j < s.size() && (s.tokens[j].isComma() || j == s.size() - 1)) {
                return j;
            }
        }
        return i;
    }

    /**
     * "In an episode of the podcast, recorded on Monday, he said the squad was …": a clause without "that" straight after
     * the verb (a subject of a few words, then its finite verb) is what was said, so the phrase before the comma is not.
     */
    private static boolean thatlessClause(SentenceView s, int r) {
        Token t = s.at(r);
        if (t == null || t.quoted() || t.isQuoteMark()
                || !(t.isAny("the", "a", "an", "his", "her", "its", "their", "our", "he", "she", "they", "we", "it")
                        || t.tag().equals("PROPN"))) {
            return false;
        }
        for (int i = r + 1; i < Math.min(s.size(), r + 7); i++) {
            Token u = s.tokens[i];
            if (i > r + 1 && u.isQuoteMark() && !u.quoted() && s.at(i + 1) != null && s.tokens[i + 1].tag().startsWith("AUX")) {
                // "says the story “cannot be true”": the quotation opens on the clause's verb.
                return true;
            }
            if (u.isPunct() || u.isQuoteMark() || u.quoted() || u.isPreposition()) {
                return false;
            }
            if (u.tag().equals("AUX") || u.isAny("would", "will", "could", "should", "must", "might", "may", "can")) {
                return i > r || t.isAny("he", "she", "they", "we", "it");
            }
        }
        return false;
    }

    /**
     * "said on its channel a few hours later that …", "accepted under cross-examination that …", "said in a statement
     * issued through his lawyers, and later read out on the radio, that …": phrases the adverbial skip could not read
     * (a mis-tagged noun, a participle's own phrase) stand between the verb and its "that". The first token after the
     * phrases, or -1 when a clause of its own, a quotation or a second cue comes first.
     */
    private int thatAfterAdjuncts(SentenceView s, int r) {
        Token first = s.at(r);
        if (first == null || first.quoted() || !(first.isPreposition() || first.isComma() || first.tag().equals("ADV")
                || first.tag().equals("NUM"))) {
            return -1;
        }
        for (int k = r; k < Math.min(s.size() - 1, r + 30); k++) {
            Token t = s.tokens[k];
            if (t.quoted() || t.isQuoteMark() || t.text().equals(":") || t.text().equals(";") || t.tag().equals("AUX")
                    || t.tag().equals("PRON") && PhraseParser.PRONOUNS.contains(t.lower()) && !t.isAny("its", "his", "her", "their", "our", "my")
                    // ", adding that …" is a second statement; "under questioning that …" only a phrase.
                    || lexicon.cue(t.lower()) != null && k > r && !(t.lower().endsWith("ing") && !s.tokens[k - 1].isComma())
                    // "rejected, in a statement, a report that …": the "that" belongs to what is rejected.
                    || CLAIM_NOUNS.contains(t.lower()) && !t.is("statement") || HEARSAY_NOUNS.contains(t.lower())) {
                return -1;
            }
            if (t.is("that") && k > r && complementizer(s, k)) {
                return s.tokens[k].tag().equals("SCONJ") || s.tokens[k - 1].isComma() || !s.tokens[k - 1].isNoun() ? k + 1 : -1;
            }
        }
        return -1;
    }

    /** "told a briefing in the capital, Tessaly, according to OTR": only phrases, no clause, up to an "according to". */
    private static boolean finiteVerbBeforeAccording(SentenceView s, int from) {
        for (int i = from; i < s.size(); i++) {
            Token t = s.tokens[i];
            if (t.is("according") && s.is(i + 1, "to")) {
                return false;
            }
            if (t.isQuoteMark() || t.quoted() || t.is("that") || t.tag().equals("AUX")
                    || t.tag().startsWith("VERB") && !t.lower().endsWith("ed") && !t.lower().endsWith("ing")) {
                return true;
            }
        }
        return false;
    }

    /** Whether tokens from {@code from} hold more than a trailing phrase ("by telephone", "at the dam"). */
    private static boolean clauseAhead(SentenceView s, int from) {
        for (int i = from; i < s.size(); i++) {
            Token t = s.tokens[i];
            if (t.isComma() || t.isQuoteMark() || t.quoted() || t.is("that") && !timeDeterminer(s, i) || t.isVerb() && !t.lower().endsWith("ed")
                    && !t.lower().endsWith("ing") || t.tag().equals("AUX")) {
                return true;
            }
        }
        return false;
    }

    /** "in March of that year": "that" before a time word is a determiner, not a clause. */
    private static boolean timeDeterminer(SentenceView s, int i) {
        return s.tokens[i].is("that") && s.at(i + 1) != null && TIME_WORDS.contains(s.tokens[i + 1].lower());
    }

    /** "Rossenthwaite Broadband Now": a capitalised word inside a name the registry found, not an adverb before a verb. */
    private boolean partOfAName(SentenceView s, int i) {
        return i > 0 && s.tokens[i].capitalised() && registry.mentionAt(s.index(), i) != null;
    }

    /**
     * "The deficit, he argues, was years in the making", "She was standing in the shed, she recalls,
     * watching …": the speaker sits between commas inside the statement.
     */
    private Draft parenthetical(SentenceView s, int v, Lexicon.CueVerb verb) {
        int end = v;
        while (end > 0 && SKIPPABLE_BEFORE_VERB.contains(s.tokens[end - 1].lower())) {
            end--;
        }
        int start = end;
        while (start > 0 && !s.tokens[start - 1].isComma() && end - start < 7) {
            start--;
        }
        if (start == 0 || start == end || !s.tokens[start - 1].isComma() || s.tokens[start - 1].quoted()) {
            return null;
        }
        Draft scratch = new Draft(Draft.Kind.VERB, s.index(), v);
        int after = skipAdverbials(s, v + 1, scratch);
        if (verb.lemma().equals("tell")) {
            // "That, she told analysts, “is simply not …”"
            after = skipAdverbials(s, skipRecipient(s, after, scratch), scratch);
        }
        // "Separately, the Herald reported on Wednesday, citing a person close to the company, that …": whom the report
        // cites comes between the verb and its own "that" clause, so the verb is no aside.
        if (after >= s.size() - 1 || !s.tokens[after].isComma() || s.isAny(after + 1, "citing", "quoting")) {
            return null;
        }
        if (s.isAny(after + 1, "when", "after", "if") && s.isAny(after + 2, "asked", "pressed", "questioned", "challenged")) {
            // "There was no deadline, and nothing was rushed, a trust spokesman insisted, when asked about claims that …": a
            // trailing tag with the question it answered, not an aside inside one statement.
            return null;
        }
        Token first = s.tokens[start];
        Phrase phrase = phrases.parse(s, start, end);
        // "The dashboard, a member on the night shift says, shows …": a longer description, if its head is a person.
        boolean speakerLike = PhraseParser.PRONOUNS.contains(first.lower()) || registry.mentionAt(s.index(), start) != null
                || first.isAny("the", "a", "an", "one") && (end - start <= 4 || phrase != null && phrases.personWord(phrase.head()))
                // "…, police told a press conference on Tuesday, and …": a bare plural of people or a body.
                || end - start == 1 && phrase != null && (phrases.personWord(first.lower()) || lexicon.is("org_keyword", first.lower()));
        if (!speakerLike || s.tokens[start].isAny("and", "but", "which", "who")) {
            return null;
        }
        if (phrase == null || phrase.kind() == Phrase.Kind.DOCUMENT) {
            return null;
        }
        Draft d = new Draft(Draft.Kind.VERB, s.index(), v);
        d.verb = verb;
        d.cue = s.tokens[v].text();
        d.phrase = phrase;
        scratch.via.forEach(d::addVia);
        int before = start - 1;
        // "…, because, it says, the ministry counts only …": what is attributed is the clause after the conjunction.
        boolean reasonOnly = before > 0 && s.tokens[before - 1].isAny("because", "since", "although", "though", "while", "but");
        // "The defence said it would appeal, and the judge's remarks, it added, went too far": only the second conjunct.
        int left = 0;
        for (int i = 1; i < before - 1; i++) {
            if (s.tokens[i].isComma() && s.isAny(i + 1, "and", "but") && !s.tokens[i].quoted()) {
                left = i + 2;
            }
            if (s.tokens[i].text().equals(":") && !s.tokens[i].quoted()) {
                // "The gallery says that is not correct: the sample log, it said, shows …": the aside's own clause.
                left = i + 1;
            }
        }
        if (before > left && !reasonOnly) {
            d.content.add(new int[] {s.tokens[left].start(), s.tokens[before - 1].end()});
        }
        int from = after + 1;
        while (from < s.size() && s.tokens[from].isAny("and", "but")) {
            from++;
        }
        from = withItsConjunction(s, after, from);
        // "…, the company confirmed on Tuesday, and it denied union claims that …": a statement of its own follows.
        boolean ownStatement = from > after + 1 && s.at(from + 1) != null && s.tokens[from].isAny("it", "he", "she", "they", "we")
                && lexicon.cue(s.tokens[from + 1].lower()) != null && !s.tokens[from + 1].quoted();
        int to = ownStatement ? from : contentEnd(s, from);
        // "…, he admits, but he did “not paint a single feather”": what follows "but" turns against the cue, so it stays one
        // statement with it.
        if (to > from && !d.content.isEmpty() && s.is(after + 1, "and") && clauseWithItsSubject(s, from, to)) {
            // "Burglaries rose by 31 per cent, police told a press conference, and the front desk will stay open …": two
            // statements joined by "and", each its own attribution.
            Draft second = new Draft(Draft.Kind.VERB, s.index(), v);
            second.verb = verb;
            second.cue = d.cue;
            second.phrase = phrase;
            second.continues = d;
            d.via.forEach(second::addVia);
            setContentRange(s, second, from, to);
            d.conjunct = second;
            d.contentFromToken = left;
            d.contentToToken = before;
            markQuotedIfAllQuoted(s, d, left, before);
            return d;
        }
        if (to > from) {
            d.content.add(new int[] {s.tokens[from].start(), s.tokens[to - 1].end()});
        }
        d.contentFromToken = left;
        d.contentToToken = Math.max(to, start);
        markQuotedIfAllQuoted(s, d, d.contentFromToken, to);
        return d.content.isEmpty() ? null : d;
    }

    /**
     * Where the words after an aside start, from {@code at}: "Heart failure affects 1.2 million people, according to Pulsewell,
     * and is the most common reason …" goes on with the same subject, so its "and" (the last one after {@code after})
     * stays with it; a clause with a subject of its own starts at {@code at}.
     */
    private static int withItsConjunction(SentenceView s, int after, int at) {
        if (at >= s.size() || !(s.tokens[at].isVerb() || s.tokens[at].tag().equals("AUX"))) {
            return at;
        }
        int start = at;
        for (int k = after; k < at; k++) {
            start = s.tokens[k].isAny("and", "but") ? k : start;
        }
        return start;
    }

    /** Whether tokens [from, to) open with a subject and then its finite verb: a clause, not a verb phrase going on. */
    private boolean clauseWithItsSubject(SentenceView s, int from, int to) {
        if (!startsNounPhrase(s, from)) {
            return false;
        }
        for (int i = from + 1; i < to; i++) {
            if (s.tokens[i].isComma() || s.tokens[i].quoted()) {
                return false;
            }
            if (finiteVerb(s, i, from)) {
                // "…, the airline said, and the national aviation regulator grounded a second aircraft": another actor's deed
                // may be the writer's own report, so it is not split off as the speaker's.
                Phrase subject = phrases.parse(s, from, i);
                return subject == null || subject.kind() != Phrase.Kind.NAME && !phrases.personWord(subject.head())
                        && !lexicon.is("org_keyword", subject.head());
            }
        }
        return false;
    }

    /**
     * "The delay, said one porter, who asked not to be named, was “about the rota”": the cue and its speaker put between a
     * subject and its predicate; what is said is the subject and the predicate joined.
     */
    private Draft invertedAside(SentenceView s, int v, Lexicon.CueVerb verb) {
        if (v < 2 || v > 7 || !s.tokens[v - 1].isComma() || s.tokens[v - 1].quoted() || !INVERTIBLE.contains(verb.lemma())
                || !startsNounPhrase(s, 0)) {
            return null;
        }
        for (int i = 0; i < v - 1; i++) {
            if (s.tokens[i].isComma() || s.tokens[i].isVerb() || s.tokens[i].isQuoteMark()) {
                return null;
            }
        }
        int npEnd = v + 1;
        while (npEnd < s.size() && !s.tokens[npEnd].isComma() && !s.tokens[npEnd].isVerb() && !s.tokens[npEnd].isQuoteMark()) {
            npEnd++;
        }
        Phrase phrase = npEnd < s.size() && s.tokens[npEnd].isComma() ? phrases.parse(s, v + 1, npEnd) : null;
        if (phrase == null || phrase.kind() == Phrase.Kind.DOCUMENT) {
            return null;
        }
        int comma = npEnd;
        if (s.isAny(comma + 1, "who", "whose")) {
            // ", who asked not to be named because …,": the relative clause describes the speaker; the predicate follows it.
            comma = -1;
            for (int i = npEnd + 2; i < s.size() - 1; i++) {
                if (s.tokens[i].isComma() && !s.tokens[i].quoted() && s.tokens[i + 1].isVerb()) {
                    comma = i;
                    break;
                }
            }
        }
        if (comma < 0 || comma + 1 >= s.size() || !s.tokens[comma + 1].isVerb()) {
            return null;
        }
        int to = contentEnd(s, comma + 1);
        if (to <= comma + 1) {
            return null;
        }
        Draft d = new Draft(Draft.Kind.VERB, s.index(), v);
        d.verb = verb;
        d.cue = s.tokens[v].text();
        d.phrase = phrase;
        d.content.add(new int[] {s.tokens[0].start(), s.tokens[v - 2].end()});
        d.content.add(new int[] {s.tokens[comma + 1].start(), s.tokens[to - 1].end()});
        d.contentFromToken = 0;
        d.contentToToken = to;
        markQuotedIfAllQuoted(s, d, 0, to);
        return d;
    }

    /** "dismissed out of hand the idea that …": the object comes after the manner, the content after its "that". */
    private boolean claimAfterManner(SentenceView s, int v, Lexicon.CueVerb verb, int from, int end) {
        int object = skipAdverbials(s, CueVerbUses.afterParticle(s, v + 1, verb), new Draft(Draft.Kind.VERB, s.index(), v));
        return object < from && ClauseShapes.claimObject(s, object, end);
    }

    /**
     * "In a further letter this week he", "Before “Tidewater” she": a time phrase or a title, then the pronoun. Not "a video
     * he (found)", "a decision she (called)", whose pronoun opens a relative clause, nor "whether he", "Does he".
     */
    private static boolean frontedPhraseBeforePronoun(SentenceView s, int from, int to) {
        if (to - from < 2 || s.tokens[to - 1].quoted() || !s.isAny(to - 1, "he", "she", "they", "we", "i")) {
            return false;
        }
        Token before = s.tokens[to - 2];
        if (!TIME_WORDS.contains(before.lower()) && !before.isQuoteMark()) {
            return false;
        }
        for (int i = from; i < to - 1; i++) {
            Token t = s.tokens[i];
            if (t.tag().equals("AUX") || t.tag().equals("SCONJ") || t.isAny("whether", "if", "that", "who", "which", "what", "asked")
                    || t.isComma()) {
                return false;
            }
        }
        return true;
    }

    private static final java.util.regex.Pattern SHORT_VERDICT = java.util.regex.Pattern.compile(
            "(?i)not so|not true|untrue|wrong|nonsense|rubbish|far from it|not at all|absolutely not|not quite|no");

    private static final Lexicon.CueVerb SAYING_NO = new Lexicon.CueVerb("say", Stance.DENY, Lexicon.CueKind.SPEECH, List.of());

    /**
     * "Not so, says Ingleborrow: it expects all but about 600 homes …": a short verdict, then the speaker after the verb,
     * then, after a colon, what the speaker says instead: that is the denial's content, or the verdict when nothing follows.
     */
    private Draft verdictThenSpeaker(SentenceView s, int v, Lexicon.CueVerb verb) {
        if (!verb.lemma().equals("say") || v < 2 || v > 5 || !s.tokens[v - 1].isComma() || s.tokens[0].quoted()
                || !SHORT_VERDICT.matcher(s.text(0, v - 1)).matches()) {
            return null;
        }
        int end = v + 1;
        while (end < s.size() && !s.tokens[end].isPunct()) {
            end++;
        }
        Phrase phrase = end > v + 1 ? phrases.parse(s, v + 1, end) : null;
        if (phrase == null || phrase.kind() == Phrase.Kind.PRONOUN) {
            return null;
        }
        Draft d = new Draft(Draft.Kind.VERB, s.index(), v);
        d.verb = SAYING_NO;
        d.cue = s.tokens[v].text();
        d.phrase = phrase;
        if (s.is(end, ":") && end + 1 < s.size() - 1) {
            // What the speaker says instead is the denial's content; the verdict alone when nothing follows.
            setContentRange(s, d, end + 1, contentEnd(s, end + 1));
        } else {
            d.content.add(new int[] {s.tokens[0].start(), s.tokens[v - 2].end()});
        }
        return d;
    }

    private Draft normal(SentenceView s, int v, Lexicon.CueVerb verb) {
        Draft aside = parenthetical(s, v, verb);
        if (aside == null) {
            aside = invertedAside(s, v, verb);
        }
        if (aside != null) {
            return aside;
        }
        Draft verdict = verdictThenSpeaker(s, v, verb);
        if (verdict != null) {
            return verdict;
        }
        // "Duckmanton Joinery has moved to quash claims …": the subject stands before the verb of setting out.
        Subject subject = subjectRange(s, !setOutTo(s, v) ? v : s.is(v - 2, "out") ? v - 3 : v - 2);
        if (subject == null) {
            return null;
        }
        if (frontedPhraseBeforePronoun(s, subject.from(), subject.to())) {
            // "In a further letter this week he stood by …": a fronted phrase with no comma, then the pronoun that speaks.
            subject = new Subject(subject.to() - 1, subject.to(), subject.trailingEnd(), subject.trailingStart(),
                    subject.relativeAntecedent(), subject.quoteEnd());
        }
        Phrase phrase = phrases.parse(s, subject.from(), subject.to());
        if (phrase == null || !canSpeak(phrase, verb) || ClauseShapes.clauseAsSubject(s, subject.from(), subject.to())
                || verb.kind() == Lexicon.CueKind.FINDING && onlyATitle(s, subject.from(), subject.to())) {
            return null;
        }
        if ((!takesClause(s, v, verb) || ClauseShapes.objectInWhat(s, subject.from(), v)) && captionQuote(s, v, verb) < 0) {
            return null;
        }
        if (participleBetweenCommas(s, subject, v, verb)) {
            return null;
        }
        Draft d = new Draft(Draft.Kind.VERB, s.index(), v);
        d.verb = verb;
        d.cue = cueText(s, subject.to(), v, verb);
        // "…, her letter says": the letter speaks for the one who wrote it, and carried the words.
        d.phrase = ownersDocument(phrase);
        if (d.phrase != phrase) {
            d.addVia(phrase.head());
        }
        Openers.channels(s, registry, subject.from(), d::addVia);
        if (quotedByAs(s, v) > 0) {
            // The carrier of the words: "by DNA" of "was quoted by DNA as saying".
            d.addVia(SentenceView.clean(s.text(v + 2, quotedByAs(s, v) - 2)));
        }
        // "… a rise of 9 percent, which Brandvold-Sena called “generous”": a named speaker's own clause inside another statement.
        d.ownClause = phrase.kind() == Phrase.Kind.NAME && subject.from() > 1 && s.tokens[subject.from() - 1].isAny("which", "whom")
                && !s.tokens[subject.from() - 1].quoted()
                // "referred to an interview …, in which she said …": the interview's own speaker, inside another's words.
                || subject.from() > 2 && s.tokens[subject.from() - 1].isAny("which", "whom") && s.tokens[subject.from() - 2].isPreposition()
                        && !s.tokens[subject.from() - 1].quoted();
        if (d.ownClause && phrase.kind() == Phrase.Kind.PRONOUN && phrase.head().matches("he|she")) {
            // "an interview Ms Lind gave …, in which she said …": the one who gave it, named earlier in the sentence.
            Phrase giver = onlyPersonBefore(s, subject.from(), phrase.head());
            d.phrase = giver != null ? giver : d.phrase;
        }
        for (int i = subject.to(); i < v; i++) {
            if (s.tokens[i].isAny("reportedly", "allegedly", "purportedly", "apparently")) {
                d.hedgedCue = true;
            }
        }
        if (subject.quoteEnd() >= 0 && subject.trailingEnd() < 0 && subject.relativeAntecedent() < 0) {
            // "“We are deeply sorry,” Farrow said [in a statement][, adding …]."
            QuoteSpan q = quoteEndingAt(s.tokens[subject.quoteEnd()].end());
            int after = skipAdverbials(s, v + 1, d);
            if (verb.lemma().equals("tell")) {
                after = skipRecipient(s, after, d);
                after = skipAdverbials(s, after, d);
            }
            after = skipSaidOf(s, after);
            after = skipSaidToWhom(s, after, verb);
            // "Asked whether he had been there for “ten minutes”, Dunn replied: “…”": a colon opens his own words.
            boolean colonAfter = after < s.size() - 1 && s.tokens[after].text().equals(":");
            boolean nothingAfter = !colonAfter && (after >= s.size() - 1 || s.tokens[after].isComma() || s.tokens[after].isPunct())
                    || !colonAfter && (!clauseAhead(s, after) || !finiteVerbBeforeAccording(s, after) || adverbialClauseAt(s, after));
            if (q != null && nothingAfter) {
                if (quoteHasLeadIn(s, q, subject.quoteEnd())) {
                    // "That claim is “completely untrue”, a police spokesperson said": the words before the quote are part of it.
                    d.content.add(new int[] {s.tokens[0].start(), q.close()});
                    d.quoted = true;
                } else {
                    addQuote(d, q);
                }
                d.contentFromToken = 0;
                d.contentToToken = subject.from();
                appendTrailingContent(s, after, d);
                return d;
            }
        }
        if (subject.trailingEnd() >= 0 && (hasOwnComplement(s, v, verb) || objectAfterFinding(s, v, verb))) {
            // "…after a county commissioner, Walt Brennan, told a public meeting that …": not trailing after all.
            subject = new Subject(subject.from(), subject.to(), -1, -1, -1, -1);
        }
        if (subject.trailingEnd() >= 0) {
            // Trailing attribution: "CONTENT, X said [adverbials][, and MORE]."
            int end = subject.trailingEnd();
            int start = subject.trailingStart();
            setContentRange(s, d, start, end);
            markQuotedIfAllQuoted(s, d, start, end);
            int leftQuoteEnd = end;
            QuoteSpan q = leftQuote(s, start, leftQuoteEnd);
            if (q != null) {
                d.content.clear();
                addQuote(d, q);
            }
            int after = skipAdverbials(s, v + 1, d);
            if (verb.lemma().equals("tell")) {
                after = skipRecipient(s, after, d);
                after = skipAdverbials(s, after, d);
            }
            appendTrailingContent(s, after, d);
            return d;
        }
        if (subject.relativeAntecedent() >= 0) {
            d.ownClause = true;
            // "a reduction that district officials say will eliminate …": the content wraps around the subject.
            int antecedentStart = subject.relativeAntecedent();
            int end = contentEnd(s, v + 1);
            d.content.add(new int[] {s.tokens[antecedentStart].start(), s.tokens[subject.from() - 1].end()});
            if (end > v + 1) {
                d.content.add(new int[] {s.tokens[v + 1].start(), s.tokens[end - 1].end()});
            }
            d.contentFromToken = v + 1;
            d.contentToToken = end;
            return d;
        }
        if (verb.lemma().equals("quote") && !s.is(v + 1, "as") && quotedByAs(s, v) < 0) {
            // "The state news agency VANA quoted a spokesman, Colonel Idris Maltaq, as saying …": the spokesman speaks.
            int as = -1;
            for (int i = v + 2; i < Math.min(s.size() - 1, v + 16); i++) {
                if (s.tokens[i].is("as") && s.is(i + 1, "saying")) {
                    as = i;
                    break;
                }
            }
            if (as > 0) {
                Phrase speaker = phrases.parse(s, v + 1, as);
                if (speaker != null) {
                    d.addVia(phrase.kind() == Phrase.Kind.NAME ? phrase.entity().name : SentenceView.clean(phrase.text()));
                    d.phrase = asSubject(speaker);
                    d.cue = "quoted as saying";
                    setContentRange(s, d, as + 2, contentEnd(s, as + 2));
                    return d;
                }
            }
        }
        if (captioned(s, v, verb, d)) {
            return d;
        }
        if (withoutStatement(s, v, verb)) {
            return null;
        }
        int from = complementStart(s, v, verb, d);
        if (from > v + 1 && s.tokens[from - 1].text().equals(":") && onlyPunctuationFrom(s, from)) {
            // "In a statement, he said: ¶ “…”": the quotation opens the next paragraph.
            QuoteSpan next = quoteOpeningAfter(s.tokens[from - 1].end());
            if (next == null) {
                return null;
            }
            d.content.add(new int[] {next.innerStart(), next.innerEnd()});
            d.quoted = true;
            d.lastSentence = Math.max(d.lastSentence, sentenceOfOffset(next.innerEnd() - 1));
            return d;
        }
        if (from >= s.size()) {
            return null;
        }
        // "contradicted Nute, saying …": the one answered, a person named ("accused Tots & Trolleys, which …, of …" goes on).
        Mention answered = registry.mentionAt(s.index(), from);
        boolean personAnswered = verb.stance() == Stance.DENY && answered != null
                && registry.canonical(answered.entity()).type == SourceType.PERSON;
        // "took exception to that, saying …": after the verb's particles, as after the verb itself.
        boolean objectOnly = (from == v + 1 || !verb.particle().isEmpty() && from == CueVerbUses.afterParticle(s, v + 1, verb)) && (verb.kind() == Lexicon.CueKind.CHARACTERISE || verb.kind() == Lexicon.CueKind.NEGATIVE_SPEECH
                || verb.stance() == Stance.OPINION || verb.stance() == Stance.DENY)
                && (s.tokens[from].tag().equals("DET") || s.tokens[from].possessive()
                || s.tokens[from].isAny("that", "this", "it", "them", "him", "us", "me", "you", "his", "her", "its", "their")
                || personAnswered);
        int end = contentEnd(s, from, objectOnly);
        if (!verb.particle().isEmpty() && from > v + 1 && from < s.size() && s.tokens[from].isComma() && participleAfterComma(s, from + 1)
                && verb.particle().get(0).contains(s.tokens[v + 1].lower())) {
            // "set the record straight on Tuesday, saying …", "pushed back on Tuesday, saying …": no object at all; the
            // participle says what the denial is.
            return null;
        }
        if (!verb.particle().isEmpty() && from > v + 1 && from < s.size() && s.tokens[from].isComma() && participleAfterComma(s, from + 1)) {
            // "The council brushed that aside, saying …": the object sits before the particle, and the reason is the
            // participle's own statement.
            end = from;
            from = v;
        }
        if (objectOnly && personAnswered && answered.to() == end && !answered.possessive() && s.is(end, ",") && participleAfterComma(s, end + 1)) {
            // "The council contradicted Nute, saying …": the one answered is no claim; the participle says what is denied.
            return null;
        }
        if (objectOnly && verb.stance() == Stance.DENY && s.tokens[from].isAny("this", "that", "it") && s.is(from + 1, ",")
                && s.is(from + 2, "and") && s.at(from + 3) != null && lexicon.cue(s.tokens[from + 3].lower()) != null
                && SAYING_LEMMAS.contains(lexicon.cue(s.tokens[from + 3].lower()).lemma())) {
            // "The appellant disputes this, and says that the kennels never held …": the saying verb gives the denial itself.
            return null;
        }
        if (s.is(v + 1, ",") && s.isAny(v + 2, "he", "she", "they") && s.is(v + 4, ",")
                && lexicon.cue(s.tokens[v + 3].lower()) != null) {
            // "The workboat people had described, he said, was a hire boat …": the verb closes a clause about the thing the
            // inserted speaker goes on to describe; what follows the insertion is his, not the clause's.
            return null;
        }
        if (verb.lemma().equals("measure") && !hasFiniteVerb(s, new int[] {from, end}) && s.is(end, "and") && s.at(end + 1) != null
                && lexicon.cue(s.tokens[end + 1].lower()) != null) {
            // "measured night-time noise at the boundary … and found levels no higher …": what was measured is the method;
            // what was found is the statement.
            return null;
        }
        if (verb.lemma().equals("dismiss") && !ClauseShapes.claimObject(s, from, end) && !ClauseShapes.dismissedAs(s, from, end)
                && !claimAfterManner(s, v, verb, from, end)) {
            // "dismissed China's claims" rejects something said; "dismissed the employee" does not.
            return null;
        }
        if (quotedWhomOnly(s, v, verb, from, end)) {
            return null;
        }
        if (verb.lemma().matches("stand|knock|slap|disown|sweep|throw") && !ClauseShapes.claimObject(s, from, end)) {
            // "stands by its report" upholds something said, "knocked down that story" and "disowned his figure" turn it away;
            // "stood by the door", "knocked down the old pier" and "slapped down a deposit" do not.
            return null;
        }
        if (verb.kind() == Lexicon.CueKind.FINDING && phrase.from() >= 2 && s.tokens[phrase.from()].isAny("its", "their", "his", "her", "our")
                && (s.is(phrase.from() - 1, "that") && s.is(phrase.from() - 2, "and")
                        || s.tokens[phrase.from() - 1].isAny("after", "because", "when", "since", "until", "before", "once"))) {
            // "The foundry said nobody there had spoken to the group, and that its January survey found the base sound": the
            // survey's finding is the foundry's second claim, not a source of its own. "A campaign group says sewage has left
            // the river unfit to swim in, after its volunteers found bacteria …": the group's grounds, told by the group.
            return null;
        }
        if (verb.kind() == Lexicon.CueKind.FINDING && (phrase.kind() == Phrase.Kind.OTHER || phrase.kind() == Phrase.Kind.DEFINITE)
                && from == v + 1 && !s.tokens[from].isQuoteMark() && !hasFiniteVerb(s, new int[] {from, end})) {
            // "the row shows no sign of ending", "the image shows a dry reservoir": only a document or a body finds a statement.
            return null;
        }
        if (verb.lemma().equals("write") && s.tokens[from].tag().equals("ADP") && !hasFiniteVerb(s, new int[] {from, end})
                && !s.tokens[from - 1].text().equals(":")) {
            // "The residents wrote to the council on Friday": a letter was sent; what it said is not given. "wrote to me on
            // Wednesday that its contract “runs to 2029”" gives it, its verb inside the quotation.
            if (!thatThenQuote(s, from, end)) {
                return null;
            }
            from = s.find(from, end, "that") + 1;
        }
        boolean afterParticle = !verb.particle().isEmpty() && from == CueVerbUses.afterParticle(s, v + 1, verb);
        if ((from == v + 1 && s.tokens[from].tag().equals("ADP") || afterParticle) && !hasFiniteVerb(s, new int[] {from, end})) {
            // "warn against that reading", "pushed back on the reports": a bare prepositional complement, or the object of a
            // particle verb, says nothing without its verb.
            from = v;
        }
        if (from == v + 1 && (verb.stance() == Stance.CONFIRM || verb.stance() == Stance.DENY && onlyAdverbsAfter(s, from, end))
                && s.tokens[from].isAny("this", "it") && !hasFiniteVerb(s, new int[] {from, end})) {
            // "Aubry confirmed this by telephone", "Mr Ashdown disowned it straight away": the pronoun names no claim, so the
            // verb is what was said. (A bare "denied this.", or "denied this in a statement", is read as the claim it points at.)
            from = v;
        }
        setContentRange(s, d, from, end);
        markQuotedIfAllQuoted(s, d, from, end);
        int clauseEnd = subject.from();
        while (clauseEnd > 0 && (s.tokens[clauseEnd - 1].isComma() || s.tokens[clauseEnd - 1].text().equals(";")
                || s.tokens[clauseEnd - 1].isAny("but", "and", "yet"))) {
            clauseEnd--;
        }
        if (clauseEnd > 0 && ClauseShapes.elidedClause(s, from, end)) {
            // "deaths should have fallen below normal; the authors found that they did not": the clause before says what.
            d.content.add(0, new int[] {s.tokens[0].start(), s.tokens[clauseEnd - 1].end()});
        }
        return d;
    }

    /** "it straight away", "it firmly": the pronoun, then only how it was said. */
    private static boolean onlyAdverbsAfter(SentenceView s, int pronoun, int end) {
        if (end <= pronoun + 1) {
            return false;
        }
        for (int i = pronoun + 1; i < end; i++) {
            if (!s.tokens[i].tag().equals("ADV") && !s.tokens[i].isAny("away", "outright", "flatly", "firmly")) {
                return false;
            }
        }
        return true;
    }

    /** "“Paper Moons” showed why she fills halls": a title in quotation marks alone (a song, a film) finds nothing. */
    private static boolean onlyATitle(SentenceView s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!s.tokens[i].quoted() && !s.tokens[i].isQuoteMark()) {
                return false;
            }
        }
        return to > from;
    }

    private boolean canSpeak(Phrase phrase, Lexicon.CueVerb verb) {
        if (verb.kind() == Lexicon.CueKind.COGNITION) {
            // "members believed", "experts see": only people think; documents do not.
            return phrase.kind() != Phrase.Kind.DOCUMENT && (phrase.kind() != Phrase.Kind.OTHER);
        }
        if (phrase.kind() == Phrase.Kind.OTHER && verb.kind() != Lexicon.CueKind.FINDING) {
            // "a UN tribunal in The Hague dismissed …": an unnamed body still speaks.
            // "a jury at Redlow Crown Court has heard": "hear" only ever reaches here with a court as subject.
            // "a countryside blog claimed …", "a local newspaper reported …": an unnamed outlet still speaks.
            // "Talk in the harbour pubs has it that …": talk is no body, but it is what the claim rests on.
            // "Patient groups said …": bodies of a kind, plural.
            return phrase.definite() || phrase.anonymousMarker() || lexicon.is("org_keyword", phrase.head())
                    || phrase.plural() && lexicon.is("org_keyword", Inflection.singular(phrase.head())) || verb.lemma().equals("hear")
                    || verb == HAVING_IT
                    || lexicon.is("outlet_noun", phrase.head()) && !phrase.head().equals("news");
        }
        return true;
    }

    /**
     * "A spokesman for the union that represents/NOUN lecturers said it would …": a word in -s right after the relative
     * pronoun, with one noun after it and a whole clause after the cue, is the clause's verb and its object, not a subject
     * of its own ("a reduction that district officials say will …" leaves a gap after the cue).
     */
    private static boolean verbTakenForANoun(SentenceView s, int first, int end, int v) {
        String word = s.tokens[first].lower();
        if (word.endsWith("s") && !word.endsWith("ss") && s.tokens[first].isNoun() && first + 2 < end && s.is(first - 1, "that")
                && (s.tokens[first + 1].tag().equals("DET") || s.tokens[first + 1].ownerForm())) {
            // "Tallyrow, the payments firm that handles/NOUN Hopsack's transactions, …": a word in -s before a determiner or
            // an owner is the relative clause's verb.
            return true;
        }
        return end == v && first + 2 == end && word.endsWith("s") && !word.endsWith("ss") && s.tokens[first].isNoun()
                && s.tokens[first + 1].isNoun() && s.at(v + 1) != null && !s.tokens[v + 1].isVerb()
                && !s.tokens[v + 1].tag().equals("AUX");
    }

    private String cueText(SentenceView s, int subjectEnd, int v, Lexicon.CueVerb verb) {
        int from = subjectEnd;
        for (int i = subjectEnd; i < v; i++) {
            if (s.tokens[i].isComma() || s.tokens[i].isAny("and", "but") && !s.tokens[i].quoted()) {
                // "The post, which had been shared …, includes … and says": the cue is the verb group, not the clause before.
                from = i + 1;
            }
        }
        while (from < v && !s.tokens[from].isAny("reportedly", "allegedly", "has", "have", "had", "also", "flatly", "immediately",
                "only", "since", "already", "apparently")) {
            from++;
        }
        // "pushed back on": the particle belongs to the cue.
        String cue = s.text(Math.min(from, v), CueVerbUses.afterParticle(s, v + 1, verb));
        return cue.isBlank() ? s.tokens[v].text() : cue;
    }

    /**
     * The subject of a verb, tokens [from, to). For "CONTENT, X said" {@code trailingStart} and
     * {@code trailingEnd} bound the content before it; {@code relativeAntecedent} starts the noun a
     * relative clause hangs on ("a reduction that officials say …"); {@code quoteEnd} is the
     * closing mark of a quotation just before the subject ("“…,” Farrow said").
     */
    private record Subject(int from, int to, int trailingEnd, int trailingStart, int relativeAntecedent, int quoteEnd) {}

    /**
     * Subject of a verb.
     * Leading adverbials ("In July,", "Asked about the review,") are skipped; appositives and
     * relative clauses stay with the subject; "CONTENT, X said" is told apart by a verb before the comma.
     */
    private static boolean commaBetween(SentenceView s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (s.tokens[k].isComma() && !s.tokens[k].quoted()) {
                return true;
            }
        }
        return false;
    }

    /**
     * "The baths wrote to us on 20 February and the letter sat in my tray": writing to someone, with no words reported after
     * it, is an act, not a statement. "He has written to the commission asking it to correct …" reports what the letter says.
     */
    private static boolean wroteToWithNothingReported(SentenceView s, Draft d) {
        return d.kind == Draft.Kind.VERB && d.verb != null && d.verb.lemma().equals("write")
                && d.contentFromToken >= 0 && s.is(d.contentFromToken, "to") && !s.tokens[d.contentFromToken].quoted()
                && java.util.stream.IntStream.range(d.contentFromToken, s.size()).noneMatch(i -> s.tokens[i].quoted()
                        || s.tokens[i].text().equals(":") || s.tokens[i].isAny("that", "asking", "saying", "urging", "telling",
                        "demanding", "calling", "claiming", "complaining", "explaining", "requesting", "warning"));
    }

    /**
     * "showed the court a dated inventory signed by both sides", "show the detour, and …": showing someone a thing is an act;
     * "showed that …" and "the figures show the line was closed" report what was shown.
     */
    private static boolean showedSomeoneAThing(SentenceView s, Draft d) {
        int from = d.contentFromToken;
        if (d.kind != Draft.Kind.VERB || d.verb == null || !d.verb.lemma().equals("show") || from < 0 || from + 3 >= s.size()
                || !s.tokens[from].isAny("the", "a", "an", "his", "her", "their", "its", "our", "my", "them", "him", "me", "us")) {
            return false;
        }
        int k = s.tokens[from].isAny("them", "him", "me", "us") ? from + 1 : from + 2;
        while (k < s.size() && k < from + 4 && s.tokens[k].isNoun() && !s.tokens[k].quoted()) {
            k++;
        }
        // ("Signs … now show the detour, and a map of it is on the website": the thing shown, then another clause.)
        return k < s.size() && s.tokens[k].isAny("a", "an", "the", "his", "her", "their", "its", "our", "photographs", "photos", "pictures")
                || k + 1 < s.size() && s.tokens[k].text().equals(",") && s.tokens[k + 1].isAny("and", "but");
    }

    /** "the Calderwyke Echo, which reported the interview": an outlet carrying an exchange says nothing of its own. */
    private boolean reportedTheChannelOnly(SentenceView s, Draft d) {
        int from = d.contentFromToken;
        int to = d.contentToToken;
        while (to > from && to <= s.size() && s.tokens[to - 1].tag().equals("PUNCT")) {
            to--;
        }
        return d.verb != null && d.verb.lemma().matches("report|carry|publish|broadcast|air")
                && from >= 0 && to - from >= 2 && to - from <= 3
                && s.tokens[from].isAny("the", "a", "an", "his", "her", "their", "its")
                && lexicon.is("channel_noun", s.tokens[to - 1].lower())
                && java.util.stream.IntStream.range(from, to).noneMatch(i -> s.tokens[i].quoted());
    }

    /** Whether an unquoted "that" opens a clause between {@code from} and {@code end} whose words are partly quoted. */
    private static boolean thatThenQuote(SentenceView s, int from, int end) {
        int that = s.find(from, end, "that");
        return that >= 0 && !s.tokens[that].quoted() && java.util.stream.IntStream.range(that + 1, end).anyMatch(i -> s.tokens[i].quoted());
    }

    private Subject subjectRange(SentenceView s, int v) {
        Subject r = subjectRangeOf(s, v);
        // "@tuskfan88 Our minutes show no swap was discussed": a reply's opening handle names whom it answers, not who speaks.
        if (r != null && r.from() == 0 && r.to() > 1 && s.tokens[0].text().startsWith("@") && !s.tokens[0].quoted()) {
            return new Subject(1, r.to(), r.trailingEnd(), r.trailingStart(), r.relativeAntecedent(), r.quoteEnd());
        }
        return r;
    }

    private Subject subjectRangeOf(SentenceView s, int v) {
        int ready = CueVerbUses.readyToSayStart(s, v);
        int end = ready >= 0 ? ready : v;
        // "She won't say …": a negated auxiliary kept whole by the tokenizer belongs to the verb too.
        if (end == v && end > 0 && (s.tokens[end - 1].isAny("not", "n't") || s.tokens[end - 1].fusedNegation())) {
            // "Adair did not accept that …": the negation belongs to the verb, not to its subject.
            end--;
        }
        // ("Rossenthwaite Broadband Now said": a word of a name is no adverb before the verb.)
        while (end > 0 && (SKIPPABLE_BEFORE_VERB.contains(s.tokens[end - 1].lower()) && !partOfAName(s, end - 1)
                // "I can't fairly find that …": a negated auxiliary before an adverb belongs to the verb as well.
                || end < v && s.tokens[end - 1].fusedNegation() && !s.tokens[end - 1].quoted()
                || s.tokens[end - 1].tag().equals("ADV")
                && !s.tokens[end - 1].isAny("there", "here") && registry.mentionAt(s.index(), end - 1) == null
                // "Some people online have said": where the people are is part of who they are.
                && !(s.tokens[end - 1].isAny("online", "locally", "abroad", "nearby") && end > 1 && s.tokens[end - 2].isNoun()))
                // "Both agree that …": a quantifier opening the sentence is its subject, not an adverb.
                && !(end == 1 && PhraseParser.QUANTIFIERS.contains(s.tokens[0].lower()))) {
            // "Tully/ADV claimed …": a name the tagger took for an adverb is still the subject.
            end--;
        }
        end = beforeTimePhrase(s, end);
        end = beforeWhenSaid(s, end);
        while (end > 1 && s.tokens[end - 1].isAny("has", "have", "had", "will", "would") && !s.tokens[end - 1].quoted()
                && (s.tokens[end].isAny("today", "yesterday", "tonight") || end < v && s.tokens[end].tag().equals("NUM"))) {
            // "Marrowcliffe Borough Council has today rejected …": the auxiliary before the time word is the verb's.
            end--;
        }
        if (end == 0) {
            return null;
        }
        if (end >= 3 && end == v && s.tokens[end - 1].isAny("that", "who", "which") && !s.tokens[end - 1].quoted()
                && s.tokens[end - 2].isNoun() && !s.tokens[end - 2].possessive() && s.isAny(antecedentStart(s, end - 2), "a", "an", "the")) {
            // "… sold to a consortium that says everything is in order": the relative pronoun stands for the noun before it.
            return new Subject(antecedentStart(s, end - 2), end - 1, -1, -1, -1, -1);
        }
        Lexicon.CueVerb cue = lexicon.cue(s.tokens[v].lower());
        if (end >= 2 && cue != null && SAYING_LEMMAS.contains(cue.lemma()) && s.tokens[end - 1].tag().equals("PRON")
                && PhraseParser.PRONOUNS.contains(s.tokens[end - 1].lower()) && s.tokens[end - 2].isNoun()
                && !s.tokens[end - 2].possessive() && s.at(v + 1) != null && (s.tokens[v + 1].isVerb())) {
            // "a screenshot it said showed …": a relative clause without "that", its content wrapping the pronoun.
            return new Subject(end - 1, end, -1, -1, antecedentStart(s, end - 2), -1);
        }
        if (end >= 3 && s.tokens[end - 1].isAny("i", "you", "he", "she", "we", "they", "it") && !s.tokens[end - 1].quoted()
                && s.tokens[0].tag().equals("ADP") && java.util.stream.IntStream.range(0, end - 1)
                        .noneMatch(k -> s.tokens[k].isComma() || s.tokens[k].quoted() || s.tokens[k].isVerb())
                && s.at(v + 1) != null && (s.is(v + 1, "that") || s.is(v + 1, ":") || s.tokens[v + 1].isQuoteMark())) {
            // "In your forum post you wrote that …": an opening phrase with no comma after it is not part of the subject. ("In
            // 2022 it withdrew about 40,000 cartons" reports no words.)
            return new Subject(end - 1, end, -1, -1, -1, -1);
        }
        if (s.tokens[end - 1].isAny("and", "but", "or") && !s.tokens[end - 1].quoted()) {
            // "She insisted … and noted that …": the second verb shares the first one's subject; of several cues
            // ("The auditor said … that the accounts showed …, but noted …") the first, since the others are its content.
            int shared = -1;
            int nearest = -1;
            for (int p = end - 2; p >= 0; p--) {
                if (s.tokens[p].text().equals(";") || p < end - 3 && s.tokens[p].isComma() && s.isAny(p + 1, "and", "but")) {
                    break;
                }
                // ("… if the office asked it to, but added …": after a comma the verb joins the main clause.)
                if (shared < 0 && !s.tokens[p].quoted() && p > 0 && !s.tokens[end - 2].isComma()
                        && s.tokens[p].isAny("when", "where", "after", "before", "because",
                        "while", "although", "though", "since", "if", "unless", "until") && p + 1 < end && !s.tokens[p + 1].isVerb()
                        && startsNounPhrase(s, p + 1)) {
                    // "… his first morning, when a foreman handed him a pipe and told him …": the clause's own subject.
                    for (int q = p + 2; q < end - 1; q++) {
                        if (!s.tokens[q].quoted() && s.tokens[q].tag().startsWith("VERB") && registry.mentionAt(s.index(), q) == null
                                && !NAMING_PARTICIPLES.contains(s.tokens[q].lower())) {
                            Subject own = subjectRange(s, q);
                            if (own != null && own.trailingEnd() < 0 && own.from() > p) {
                                return new Subject(own.from(), own.to(), -1, -1, -1, -1);
                            }
                            break;
                        }
                    }
                }
                // "A spokesperson calls/NOUN that finding … and says …": a cue the tagger took for a noun counts too.
                // "In an interview with Hallbrook FM, quoted by the Courier, he called … and said": a passive participle is no cue.
                boolean passive = (s.is(p + 1, "by") || p > 0 && BE.contains(s.tokens[p - 1].lower())) && s.tokens[p].lower().endsWith("ed");
                // "would not confirm … but said …": a refused cue says nothing; the subject is its clause's.
                boolean negated = s.isAny(p - 1, "not", "n't", "never");
                if (!s.tokens[p].quoted() && lexicon.cue(s.tokens[p].lower()) != null && !s.tokens[p].lower().endsWith("ing")
                        && !passive && !negated && (s.tokens[p].tag().startsWith("VERB") || cueVerb(s, p) != null)) {
                    nearest = nearest < 0 ? p : nearest;
                    shared = p;
                }
            }
            if (shared >= 0) {
                Subject first = subjectRange(s, shared);
                return first != null || shared == nearest ? first : subjectRange(s, nearest);
            }
            // "He would not give a figure, but called …": the subject of the clause's first verb.
            for (int p = 0; p < end - 1; p++) {
                Token t = s.tokens[p];
                // "…, published the same day, the bank cut …": a participle after a comma is not the clause's verb.
                boolean participle = p > 0 && s.tokens[p - 1].isComma() && (t.lower().endsWith("ed") || t.lower().endsWith("ing"))
                        // "The mayor, Ellen Vos, steered clear of it but said …": an aside closes with a comma, a verb runs on.
                        && commaBetween(s, p + 1, end - 1);
                if (!t.quoted() && (t.tag().startsWith("VERB") || t.tag().equals("AUX")) && p > 0
                        && !s.tokens[p - 1].isAny("who", "which") && !participle) {
                    Subject first = subjectRange(s, p);
                    return first == null || first.trailingEnd() >= 0 ? null
                            : new Subject(first.from(), first.to(), -1, -1, -1, -1);
                }
            }
            return null;
        }
        int hard = 0;
        int conjunction = -1;
        int relativeAntecedent = -1;
        int quoteEnd = -1;
        boolean passedComma = false;
        int nearestComma = end;
        for (int i = end - 1; i >= 0; i--) {
            Token t = s.tokens[i];
            if (t.quoted()) {
                continue;
            }
            if (t.isQuoteMark() && i + 1 < end && (s.tokens[i + 1].isComma() || i > 0 && s.tokens[i - 1].isComma()
                    || i > 0 && s.tokens[i - 1].text().matches("[.?!]") || i > 0 && s.tokens[i - 1].quoted() && quoteOpensSentence(s, t))) {
                if (ClauseShapes.embeddedQuoteBeforeVerb(s, i, end)) {
                    // "One engineer, who posts under the name "kernelpanic_ruth", wrote …": a quoted name, not the statement.
                    continue;
                }
                hard = i + 1;
                quoteEnd = i;
                break;
            }
            if (t.text().equals(":") || t.text().equals(";") || ClauseShapes.datelineDash(s, i)) {
                hard = i + 1;
                break;
            }
            if (t.isAny("and", "but") && i > 0 && s.tokens[i - 1].isComma() && !s.isAny(i + 1, "who", "whose", "whom")) {
                // "A clerk who saw the order, and whose name we withhold, said …" goes on describing the subject.
                hard = i + 1;
                conjunction = i;
                break;
            }
            if (t.is("as") && !passedComma && i > 0 && s.tokens[i - 1].isComma() && i + 1 < end && !s.tokens[i + 1].isVerb()
                    && s.at(v + 1) != null && !s.tokens[v + 1].isPreposition() && !s.tokens[v + 1].isPunct()) {
                // "… brushed aside calls to resign, as the supporters' trust accused the board …": the clause's own subject. ("…,
                // as a neighbour had said in a statement," and "as the union has proposed," say where words came from.)
                hard = i + 1;
                break;
            }
            if (t.isComma()) {
                passedComma = true;
                nearestComma = i;
            }
            // "asked not to be named because of an agreement": "because of" is a preposition, no clause opener.
            if (!passedComma && i > 0 && t.isAny("where", "when", "while", "because", "although", "though", "since", "if",
                    "whereas", "unless", "until", "after", "before", "once", "what") && !(t.isAny("because") && s.isAny(i + 1, "of"))
                    // "A post shared more than 9,000 times since Friday claims …": a time after it makes it a preposition.
                    && !(t.isAny("since", "until", "after", "before") && onlyATimeBetween(s, i + 1, end))
                    // "A monk who asked not to be named because he was not allowed to speak to the press said …": inside the
                    // subject's own relative clause, the opener starts no clause of the sentence.
                    && !insideRelativeClause(s, i)) {
                // "…, where a parents' group had accused …": the subject follows the clause opener.
                hard = i + 1;
                break;
            }
            if (t.isAny("which", "whom") && i > 1 && !passedComma && s.tokens[i - 1].isPreposition()
                    && (s.tokens[i - 2].isNoun() || s.tokens[i - 2].isComma()) && i + 1 < end
                    && !s.tokens[i + 1].isVerb()) {
                // "a voice note … in which a man claimed …", "an interview, later quoted by …, in which she said …": the
                // relative clause has a subject of its own.
                hard = i + 1;
                break;
            }
            if (t.is("that") && i > 1 && !s.tokens[i + 1].isVerb() && i + 1 < end && !t.quoted()
                    && (s.tokens[i - 1].isQuoteMark() && !s.tokens[i - 1].quoted() && s.tokens[i - 2].quoted()
                            || s.tokens[i - 1].is("and") && s.tokens[i - 2].isComma())) {
                // "the “otter” that a walker says he filmed, and that an angler says was a mink": a relative clause after a
                // quoted noun, or a second one joined to the first; each has a subject of its own.
                hard = i + 1;
                break;
            }
            if (t.isAny("that", "which") && !t.tag().equals("DET") && i > 0 && (s.tokens[i - 1].isNoun() || s.tokens[i - 1].isComma()) && i + 1 < end
                    && !s.tokens[i + 1].isVerb() && !verbTakenForANoun(s, i + 1, end, v)
                    // "who was on the site that/PRON week": "that" before a time word points to it, it opens no clause.
                    && !(t.is("that") && s.tokens[i + 1].isNoun() && TIME_WORDS.contains(s.tokens[i + 1].lower()))) {
                if (insideOpeningPhrase(s, i)) {
                    // "Asked about rumours that she had refused an honour, she denied that": the clause belongs to the opener.
                    continue;
                }
                if (passedComma && (hasFiniteVerb(s, new int[] {i + 1, nearestComma}) || s.tokens[nearestComma - 1].isVerb())
                        // "A knitter who gave evidence on condition that her name was withheld said …": a clause complete in itself.
                        || !passedComma && s.tokens[i - 1].isNoun() && auxiliaryBetween(s, i + 1, end)
                        // "Kelso Marine, which the Gazette named as the seller, told …": an aside with its own subject and
                        // verb closes at its comma, whatever the tagger makes of the verb.
                        || passedComma && t.is("which") && s.tokens[i - 1].isComma() && java.util.stream.IntStream
                                .range(i + 2, nearestComma).anyMatch(k -> s.tokens[k].isVerb() && !s.tokens[k].quoted())) {
                    // "Hallcraig, a factory that the complainants named, told …": a clause ending on its verb closed at the comma.
                    // "One player, speaking on condition that he was not named, described …": the clause closed at its comma.
                    continue;
                }
                // "a reduction that district officials say will …", "…, which it deemed …"
                hard = i + 1;
                if (s.at(v + 1) != null && (s.tokens[v + 1].isVerb() || s.tokens[v + 1].tag().equals("AUX"))) {
                    relativeAntecedent = antecedentStart(s, s.tokens[i - 1].isComma() ? i - 2 : i - 1);
                }
                break;
            }
        }
        while (hard < end && (s.tokens[hard].isComma() || s.tokens[hard].isQuoteMark() && !s.tokens[hard].quoted())) {
            hard++;
        }
        if (hard >= end) {
            return null;
        }
        List<int[]> segments = commaSegments(s, hard, end);
        if (segments.isEmpty()) {
            return null;
        }
        int[] tail = segments.get(segments.size() - 1);
        int tailInner = zeroRelative(s, tail[0], tail[1]);
        if (tailInner > 0 && s.tokens[tail[0]].isAny("a", "an") && s.at(v + 1) != null && !s.tokens[v + 1].is("that")
                && (segments.size() > 1 || quoteEnd >= 0)) {
            // "…, a verdict the critic later said he regretted": an indefinite noun with a relative clause of its own.
            return new Subject(tailInner, tail[1], -1, -1, tail[0], quoteEnd);
        }
        int first = 0;
        while (first < segments.size() - 1 && adverbial(s, segments.get(first))) {
            first++;
        }
        while (first > 0 && first < segments.size() - 1 && questionedOpener(s, segments.get(0))
                && (nameOnly(s, segments.get(first)) || s.tokens[segments.get(first)[0]].isPreposition())) {
            // "Asked by the chair, Dame Helen Ashworth, about a claim that …, Morcombe waved it away": the question goes on
            // through the asker's name and what was asked about.
            first++;
        }
        while (first > 0 && first < segments.size() - 1 && s.tokens[segments.get(first)[0]].isAny("which", "who", "whose")) {
            // "According to the Sellis Herald, which cited two people present, union leaders expect …": the opener's clause.
            first++;
        }
        if (first > 0 && first == segments.size() - 2 && nameOnly(s, segments.get(first)) && plainSubject(s, segments.get(first + 1))) {
            // "Speaking to the club's own channel, Harwick TV, he said": the name is the opener's, the pronoun the subject.
            first++;
        }
        if (first > 0 && segments.get(first)[1] - segments.get(first)[0] == 1 && s.tokens[segments.get(first)[0]].tag().equals("NUM")
                && s.tokens[segments.get(first)[0]].text().matches("\\d{1,3}")) {
            // "On 10 May Tom Reed, 41, said …": an age after the name that ends the opening phrase; the name is the subject.
            int[] opener = segments.get(first - 1);
            Mention named = registry.mentionAt(s.index(), opener[1] - 1);
            if (named != null && named.to() == opener[1] && named.titleFrom() > opener[0]
                    && registry.canonical(named.entity()).type == SourceType.PERSON) {
                return new Subject(named.titleFrom(), end, -1, -1, -1, quoteEnd);
            }
        }
        int[] last = segments.get(segments.size() - 1);
        if (segments.size() - first >= 2 && startsNounPhrase(s, last[0])) {
            // "CONTENT, X said": a clause before the last comma makes the last part the subject.
            boolean clauseBefore = false;
            for (int k = first; k < segments.size() - 1; k++) {
                clauseBefore |= !appositiveSegment(s, segments.get(k)) && hasFiniteVerb(s, segments.get(k))
                        || verbAfterNamedAppositive(s, segments, k) || predicateAfterAsides(s, segments, k);
            }
            // "…, the command said." — a saying verb with nothing after it takes its content from before.
            int afterVerb = skipAdverbials(s, v + 1, new Draft(Draft.Kind.VERB, s.index(), v));
            clauseBefore |= cue != null && !clauseAhead(s, afterVerb)
                    && !(cue.stance() == Stance.PREDICT && CueVerbUses.figureObject(s, afterVerb))
                    && !rejectedObject(s, afterVerb, cue)
                    && segments.get(0)[1] - segments.get(0)[0] >= 4 && (!appositiveSegment(s, segments.get(0))
                            || openingPastTense(s, segments.get(0)))
                    // "Dr Ravi Thorncombe-Achterberg, Senior Lecturer in …, Kelsall University, said:": a long name opening the
                    // sentence is its speaker, not what was said.
                    && !nameOnly(s, segments.get(0));
            int inner = zeroRelative(s, last[0], last[1]);
            if (inner > 0 && s.at(v + 1) != null && !s.tokens[v + 1].is("that") && (clauseBefore || s.tokens[last[0]].isAny("a", "an"))) {
                // "…, a figure the command said it could not yet verify", "…, a verdict the critic later said he regretted":
                // a noun with a relative clause of its own; the content wraps the subject.
                return new Subject(inner, last[1], -1, -1, last[0], quoteEnd);
            }
            if (clauseBefore && segments.size() - first >= 3 && nameOnly(s, last)
                    && describesPerson(s, segments.get(segments.size() - 2))) {
                // "A rare bird was seen on Sunday, the island's ranger, Tom Dunn, said": the role set before the name is the
                // speaker's, not the end of what was said.
                int[] role = segments.get(segments.size() - 2);
                int start = conjunction >= 0 && !cueBefore(s, 0, conjunction) ? 0 : hard;
                return new Subject(role[0], last[1], role[0] - 1, start, -1, quoteEnd);
            }
            if (clauseBefore) {
                // "A happened, and B happened, the paper reported": both conjuncts are the report, unless A has its own speaker.
                int start = conjunction >= 0 && !cueBefore(s, 0, conjunction) ? 0 : hard;
                int colon = lastColonBefore(s, conjunction);
                if (start == hard && conjunction >= 0 && colon > 0 && !cueBefore(s, colon, conjunction)) {
                    // "The video does not show the flight: it was filmed in 2019, and the aircraft …, a review found":
                    // both conjuncts after the colon, though the clause before it has a verb of its own.
                    start = colon;
                }
                return new Subject(last[0], last[1], last[0] - 1, start, -1, quoteEnd);
            }
        }
        int from = skipLeadingPreposition(s, segments.get(first)[0], end);
        while (from < end - 1 && s.tokens[from].isAny("but", "and", "yet", "so", "or")) {
            // "But the agency said …": the conjunction is not part of the subject.
            from++;
        }
        if (s.tokens[from].is("as") && !s.tokens[from].quoted()) {
            // "Borrowing more, as the staff union has proposed, would …": an "as" clause, not the sentence's subject.
            return null;
        }
        return new Subject(from, end, -1, -1, relativeAntecedent, quoteEnd);
    }

    /**
     * "A dealer, Marcus Greel of Greel Ltd, offered £40,000 for it, she says": after a noun and the name set beside it,
     * a past-tense verb opening the next segment is the sentence's own verb, not a participle.
     */
    private boolean verbAfterNamedAppositive(SentenceView s, List<int[]> segments, int k) {
        if (k != 2) {
            return false;
        }
        int[] noun = segments.get(0);
        int[] name = segments.get(1);
        Token verb = s.tokens[segments.get(k)[0]];
        Mention m = registry.mentionAt(s.index(), name[0]);
        return noun[0] == 0 && startsNounPhrase(s, noun[0]) && !hasFiniteVerb(s, noun) && m != null && m.titleFrom() == name[0]
                && !hasFiniteVerb(s, name) && verb.tag().startsWith("VERB") && verb.lower().endsWith("ed") && !verb.quoted();
    }

    /**
     * "Oduya-Brenn, 26, tested positive for …, the federation announced", "A fire at a plant in Kessingby, in the province of
     * Orrendale, forced 400 people from their homes, local authorities said": the segment after asides with no verb (an age,
     * a place) opens with the verb of the subject before them, so a clause comes before the speaker.
     */
    private boolean predicateAfterAsides(SentenceView s, List<int[]> segments, int k) {
        if (k < 2 || k + 1 >= segments.size() || !startsNounPhrase(s, segments.get(0)[0])) {
            return false;
        }
        for (int j = 0; j < k; j++) {
            int[] aside = segments.get(j);
            for (int i = aside[0]; i < aside[1]; i++) {
                if (s.tokens[i].isVerb() || s.tokens[i].tag().equals("AUX") || s.tokens[i].quoted()) {
                    return false;
                }
            }
        }
        Token verb = s.tokens[segments.get(k)[0]];
        return verb.tag().startsWith("VERB") && verb.lower().endsWith("ed") && !verb.quoted();
    }

    /** "Its director, Dr Helen Marsh, dismissed the group's main finding": a denial with its object is not trailing. */
    private static boolean rejectedObject(SentenceView s, int r, Lexicon.CueVerb cue) {
        Token next = s.at(r);
        return next != null && (cue.stance() == Stance.DENY || cue.kind() == Lexicon.CueKind.NEGATIVE_SPEECH
                || cue.kind() == Lexicon.CueKind.CHARACTERISE) && (next.tag().equals("DET") || next.possessive() || next.isNoun());
    }

    /** "Some reports after the first day said …": when the reports came is no part of who said it. */
    private static int beforeWhenSaid(SentenceView s, int end) {
        for (int k = end - 2; k >= Math.max(1, end - 7); k--) {
            Token t = s.tokens[k];
            if (t.quoted() || t.isComma() || t.isVerb()) {
                return end;
            }
            if (t.isAny("after", "before", "since", "during", "following") && s.tokens[k - 1].isAny("reports", "posts", "claims", "rumours",
                    "rumors", "stories", "accounts", "messages", "headlines")) {
                return k;
            }
        }
        return end;
    }

    /** "The company on Tuesday denied", "The ministry last week said": a time phrase between subject and verb is not the subject's. */
    private static int beforeTimePhrase(SentenceView s, int end) {
        int k = end;
        while (k > 0 && (s.tokens[k - 1].tag().equals("NUM") || TIME_WORDS.contains(s.tokens[k - 1].lower())) && !s.tokens[k - 1].quoted()) {
            k--;
        }
        if (k == end || k == 0) {
            return end;
        }
        if (s.tokens[k - 1].isAny("on", "last", "this", "next", "earlier", "late", "early") && k > 1 && !s.tokens[k - 2].isPreposition()) {
            return k - 1;
        }
        return s.tokens[k].isAny("yesterday", "today") && k == end - 1 ? k : end;
    }

    /** A segment that is a name and nothing else ("Harwick TV"). */
    private boolean nameOnly(SentenceView s, int[] seg) {
        int from = s.tokens[seg[0]].isAny("the") ? seg[0] + 1 : seg[0];
        Mention m = registry.mentionAt(s.index(), from);
        return m != null && m.titleFrom() == from && m.to() == seg[1];
    }

    /**
     * "the island's ranger", "its chief executive", "a spokesman for the club": a description whose head (the noun before
     * any "of"/"for"/"at") is a role or title, with no verb of its own.
     */
    private boolean describesPerson(SentenceView s, int[] seg) {
        Token first = s.tokens[seg[0]];
        if (!(first.isAny("the", "a", "an", "its", "his", "her", "their", "our") || first.possessiveForm())
                || seg[1] - seg[0] < 2 || hasFiniteVerb(s, seg, true)) {
            return false;
        }
        int head = seg[1] - 1;
        for (int i = seg[0] + 1; i < seg[1]; i++) {
            if (s.tokens[i].isAny("of", "for", "at", "to", "with", "in", "on")) {
                head = i - 1;
                break;
            }
        }
        String word = s.tokens[head].lower();
        // "the service's forecaster on duty, Mirjam …": an owned agent noun is a role, listed or not.
        boolean ownedAgent = first.possessiveForm() || head > seg[0] + 1 && s.tokens[seg[0] + 1].possessiveForm();
        return head > seg[0] && (lexicon.is("role", word) || lexicon.is("title", word)
                || ownedAgent && word.matches("[a-z]{3,}(?:er|or|ist|ian)"));
    }

    /** A pronoun or a bare name filling a whole segment. */
    private boolean plainSubject(SentenceView s, int[] seg) {
        if (seg[1] - seg[0] == 1 && PhraseParser.PRONOUNS.contains(s.tokens[seg[0]].lower())) {
            return true;
        }
        Mention m = registry.mentionAt(s.index(), seg[0]);
        return m != null && m.titleFrom() == seg[0] && m.to() == seg[1];
    }

    /** "Asked by the chair", "Pressed on the figure": an opening participle of being questioned, at the sentence's start. */
    private static boolean questionedOpener(SentenceView s, int[] seg) {
        return seg[0] == 0 && s.tokens[0].isAny("asked", "pressed", "questioned", "challenged", "quizzed", "confronted");
    }

    /** Whether token i lies in an opening participle or preposition phrase ("Asked about rumours that …,"). */
    private boolean insideOpeningPhrase(SentenceView s, int i) {
        int start = i;
        while (start > 0 && !(s.tokens[start - 1].isComma() && !s.tokens[start - 1].quoted())) {
            start--;
        }
        return start == 0 && i > 0 && adverbial(s, new int[] {0, i}) && !s.tokens[0].isAny("according");
    }

    /** Whether tokens before {@code end} hold a reporting verb or an "according to" of their own. */
    /** The token after the last unquoted colon or semicolon before {@code end}, or -1. */
    private static int lastColonBefore(SentenceView s, int end) {
        for (int i = end - 1; i >= 0; i--) {
            if (!s.tokens[i].quoted() && (s.tokens[i].text().equals(":") || s.tokens[i].text().equals(";"))) {
                return i + 1;
            }
        }
        return -1;
    }

    private boolean cueBefore(SentenceView s, int from, int end) {
        for (int i = from; i < end; i++) {
            Token t = s.tokens[i];
            if (!t.quoted() && (t.is("according") || t.isQuoteMark() || lexicon.cue(t.lower()) != null && t.isVerb())) {
                return true;
            }
        }
        return false;
    }

    /** "“We are sorry” Farrow said", not "with “best by” dates from March, the agency said". */
    private boolean quoteOpensSentence(SentenceView s, Token close) {
        QuoteSpan q = quoteEndingAt(close.end());
        return q == null || q.open() <= s.tokens[0].start();
    }

    /** "On Thursday she said", "In the letter Kim expressed": a short opening phrase without its comma. */
    private int skipLeadingPreposition(SentenceView s, int from, int end) {
        // "Six months ago the vice-chancellor announced …", "Last week the council said …"
        for (int i = from; i < Math.min(end - 1, from + 5); i++) {
            if (s.tokens[i].isAny("ago") || i > from && TIME_WORDS.contains(s.tokens[i].lower()) && s.tokens[from].isAny("last",
                    "this", "next", "earlier", "later")) {
                if (i + 1 < end) {
                    return i + 1;
                }
            }
        }
        Token first = s.tokens[from];
        if (!first.isPreposition() || first.is("according") || end - from < 3 || approximateQuantity(s, from)) {
            return from;
        }
        int i = from + 1;
        while (i < end && (s.tokens[i].tag().equals("DET") || s.tokens[i].tag().startsWith("ADJ") || s.tokens[i].tag().equals("NUM"))) {
            i++;
        }
        int nouns = i;
        while (i < end && (s.tokens[i].isNoun() || s.tokens[i].tag().equals("NUM")) && registry.mentionAt(s.index(), i) == null) {
            i++;
        }
        if (i == nouns || i >= end) {
            return from;
        }
        return i;
    }

    /** "a figure the civil protection command": a noun followed by a second noun phrase that is a relative clause's subject. */
    private static final Set<String> BARE_SPEAKER_GROUPS = Set.of("campaigners", "critics", "residents", "officials", "experts",
            "analysts", "opponents", "supporters", "parents", "locals", "villagers", "economists", "scientists", "observers",
            "activists", "investors", "traders", "farmers", "teachers", "doctors", "unions", "environmentalists", "protesters");

    private static int zeroRelative(SentenceView s, int from, int to) {
        for (int i = from + 1; i < to - 1; i++) {
            if (s.tokens[i].isAny("the", "a", "an", "its", "his", "her", "their") && s.nounLike(i - 1)
                    && !s.tokens[i - 1].possessive() && !s.tokens[i - 1].isPreposition()) {
                return i;
            }
        }
        // "…, a move campaigners say is a closure by stealth": a noun, then the people who call it something, with no "the".
        if (to - from == 3 && s.tokens[from].isAny("a", "an") && s.tokens[from + 1].isNoun() && !s.tokens[from + 1].possessive()
                && BARE_SPEAKER_GROUPS.contains(s.tokens[to - 1].lower())) {
            return to - 1;
        }
        // "short of the $331 million analysts had estimated": an amount, then the people who put it there.
        Token last = s.tokens[to - 1];
        Token amount = s.at(to - 2);
        if (to - 2 > from && last.isNoun() && last.lower().endsWith("s") && amount != null
                && (amount.isAny("million", "billion", "trillion", "%", "percent", "cent") || amount.tag().equals("NUM")
                && s.tokens[to - 3].text().matches("[$\u20ac\u00a3]"))) {
            return to - 1;
        }
        return -1;
    }

    /** "Friday", "last March", "the weekend", "2029": tokens that only name a time. */
    private static boolean onlyATimeBetween(SentenceView s, int from, int to) {
        boolean time = false;
        for (int i = from; i < to; i++) {
            Token t = s.tokens[i];
            if (TIME_WORDS.contains(t.lower()) || t.text().matches("(?:19|20)\\d\\d") || t.isAny("easter", "christmas", "then")) {
                time = true;
            } else if (!t.isAny("the", "last", "this", "early", "late", "mid", "next")) {
                return false;
            }
        }
        return time;
    }

    private static List<int[]> commaSegments(SentenceView s, int from, int to) {
        List<int[]> segments = new ArrayList<>();
        int start = from;
        for (int i = from; i < to; i++) {
            if (s.tokens[i].isComma() && !s.tokens[i].quoted()) {
                if (i > start) {
                    segments.add(new int[] {start, i});
                }
                start = i + 1;
            }
        }
        if (start < to) {
            segments.add(new int[] {start, to});
        }
        return segments;
    }

    private boolean startsNounPhrase(SentenceView s, int i) {
        Token t = s.tokens[i];
        if (t.isAny("who", "whose", "which", "whom")) {
            return false;
        }
        if (t.tag().startsWith("VERB") && s.at(i + 1) != null && (s.tokens[i + 1].isNoun() || registry.mentionAt(s.index(), i + 1) != null)
                && (lexicon.is("role", s.tokens[i + 1].lower()) || lexicon.is("title", s.tokens[i + 1].lower()))) {
            // "command spokesman Major Luis Aranha": the tagger takes "command" for a verb.
            return true;
        }
        return t.tag().equals("DET") || t.tag().equals("PRON") || t.tag().startsWith("PROPN") || t.tag().startsWith("NOUN")
                || t.tag().startsWith("ADJ") || t.tag().equals("NUM") || t.capitalised() || t.possessive();
    }

    private int antecedentStart(SentenceView s, int head) {
        int i = head;
        while (i > 0 && !s.tokens[i - 1].isComma() && !s.tokens[i - 1].isVerb() && !s.tokens[i - 1].isPreposition()) {
            i--;
        }
        return i;
    }

    private boolean adverbial(SentenceView s, int[] seg) {
        Token first = s.tokens[seg[0]];
        String tag = first.tag();
        if (approximateQuantity(s, seg[0]) && hasFiniteVerb(s, seg)) {
            // "about a third happened in care homes", "Around 40 people were hurt": a quantity as subject, not an opening phrase.
            return false;
        }
        // "Across the road, …", "Outside court, …": a preposition the tagger took for a noun or adjective still opens an adverbial.
        boolean misTaggedPreposition = first.isPrepositionWord() && seg[1] - seg[0] >= 2 && seg[1] - seg[0] <= 6
                && !hasFiniteVerb(s, seg);
        if (tag.equals("ADP") && first.isPreposition() && !SUBORDINATORS.contains(first.lower()) && clauseAfterPhrase(s, seg)) {
            // "Within 11 minutes it had spread to every region, the report said": a clause, not an opening phrase.
            return false;
        }
        if (misTaggedPreposition || tag.equals("ADP") || tag.equals("SCONJ") || first.isAny("however", "meanwhile", "earlier", "later", "still",
                "instead", "separately", "according", "asked", "speaking", "writing", "now", "then", "yet", "also")) {
            return true;
        }
        if (tag.startsWith("VERB") && (first.lower().endsWith("ed") || first.lower().endsWith("ing"))) {
            return true;
        }
        if (tag.equals("ADV") && seg[1] - seg[0] <= 3) {
            return true;
        }
        boolean allTime = true;
        for (int i = seg[0]; i < seg[1]; i++) {
            Token t = s.tokens[i];
            allTime &= TIME_WORDS.contains(t.lower()) || t.tag().equals("NUM") || t.isAny("last", "next", "this", "on", "in", "early", "late");
        }
        return allTime;
    }

    private static final Set<String> APPROXIMATORS = Set.of("about", "around", "nearly", "almost", "roughly", "approximately",
            "over", "under", "some", "just");
    private static final Set<String> FRACTIONS = Set.of("half", "third", "quarter", "fifth", "tenth", "dozen", "handful", "majority",
            "fraction", "thirds", "quarters");

    /** "about 40", "nearly a third", "around half": a word that hedges a number, followed by the number. */
    private static boolean approximateQuantity(SentenceView s, int i) {
        if (s.is(i, "at") && s.isAny(i + 1, "least", "most") && s.at(i + 2) != null) {
            // "and at least one comment under the video says …": a quantity as subject, like "about a third".
            return s.tokens[i + 2].tag().equals("NUM");
        }
        if (!APPROXIMATORS.contains(s.tokens[i].lower()) || s.at(i + 1) == null) {
            return false;
        }
        Token next = s.tokens[i + 1];
        int k = next.isAny("a", "an") ? i + 2 : i + 1;
        return next.tag().equals("NUM") || next.text().matches("[$\u20ac\u00a3]")
                || s.at(k) != null && FRACTIONS.contains(s.tokens[k].lower());
    }

    private static final Set<String> SUBORDINATORS = Set.of("after", "before", "since", "until", "as", "once", "while", "because",
            "although", "though", "if", "unless", "whether", "when", "where");

    /** A preposition's phrase followed by a subject and finite verb of the segment's own ("Within 11 minutes it had spread"). */
    private boolean clauseAfterPhrase(SentenceView s, int[] seg) {
        for (int i = seg[0] + 1; i < seg[1]; i++) {
            Token t = s.tokens[i];
            if (t.quoted() || t.isAny("who", "whom", "whose", "which", "where", "when", "that", "what")) {
                return false;
            }
            if ((t.tag().equals("AUX") || t.tag().startsWith("VERB") && !t.lower().endsWith("ing") && !t.lower().endsWith("ed")
                    && !reducedRelative(s, i, seg)) && i - 1 > seg[0] + 1 && (s.tokens[i - 1].tag().equals("PRON") || s.tokens[i - 1].isNoun())
                    // "In a letter to the Harbour Trust, NAME rejected …": a name's last word the tagger took for a verb.
                    && !insideName(s, i)) {
                return true;
            }
        }
        return false;
    }

    /** Whether token {@code i} belongs to a name the registry knows, after its first word. */
    private boolean insideName(SentenceView s, int i) {
        Mention m = registry.mentionAt(s.index(), i);
        return m != null && m.from() < i && Character.isUpperCase(s.tokens[i].text().charAt(0));
    }

    private boolean appositiveSegment(SentenceView s, int[] seg) {
        Token first = s.tokens[seg[0]];
        if (first.isAny("who", "whose", "which", "whom")) {
            return true;
        }
        if (first.isAny("a", "an")) {
            // "a lawyer representing the family" describes; "A computer error delayed the vote" is a clause.
            return !hasFiniteVerb(s, seg, true);
        }
        if (first.isPreposition() && seg[1] - seg[0] > 1 && s.tokens[seg[0] + 1].isAny("which", "whom")) {
            return true;
        }
        if (first.is("the") && seg[1] - seg[0] > 1) {
            return !hasFiniteVerb(s, seg);
        }
        if (seg[1] - seg[0] > 1 && (first.isAny("its", "his", "her", "their", "our") || first.possessiveForm())) {
            // "its consultant in health protection, Dr Nwosu, told …", "Parkio's head of communications, Ian Moss, wrote":
            // an owner's role before the name it describes.
            return !hasFiniteVerb(s, new int[] {seg[0] + 1, seg[1]});
        }
        return false;
    }

    /**
     * "The centre closed on 3 February, the day the results arrived, it said": with nothing after the cue, a sentence that
     * opens with a noun and a past-tense verb is the statement, not a noun with a participle ("the man arrested in May").
     */
    private static boolean openingPastTense(SentenceView s, int[] seg) {
        for (int i = seg[0] + 1; i < seg[1]; i++) {
            Token t = s.tokens[i];
            if (!t.quoted() && t.tag().startsWith("VERB") && t.lower().endsWith("ed") && s.tokens[i - 1].isNoun()) {
                return seg[0] == 0 || s.tokens[seg[0] - 1].isQuoteMark();
            }
        }
        return false;
    }

    /** Whether the text before a comma at {@code comma} holds a clause of its own (a finite verb outside relative clauses). */
    private boolean clauseBefore(SentenceView s, int comma) {
        for (int[] seg : commaSegments(s, 0, comma)) {
            if (!appositiveSegment(s, seg) && hasFiniteVerb(s, seg)) {
                return true;
            }
        }
        return false;
    }

    private boolean hasFiniteVerb(SentenceView s, int[] seg) {
        return hasFiniteVerb(s, seg, false);
    }

    /** With {@code outsideThatClause}, the verb of a "that" clause on a noun ("a charity that has …") does not count. */
    private boolean hasFiniteVerb(SentenceView s, int[] seg, boolean outsideThatClause) {
        for (int i = seg[0]; i < seg[1]; i++) {
            Token t = s.tokens[i];
            if (t.isAny("who", "whom", "whose", "which") && !t.quoted()) {
                return false;
            }
            if (outsideThatClause && t.is("that") && !t.quoted() && i > seg[0] && s.tokens[i - 1].isNoun() && s.at(i + 1) != null
                    && s.tokens[i + 1].isVerb()) {
                // "a charity that has counted the gulls since 1998": the relative clause's verb describes the noun;
                // "A fire that forced … out was started by …": a verb after it is the segment's own.
                while (i + 1 < seg[1] && s.tokens[i + 1].isVerb()) {
                    i++;
                }
                continue;
            }
            if (t.quoted()) {
                continue;
            }
            if (lexicon.is("role", t.lower()) || lexicon.is("person_group", t.lower())) {
                continue;
            }
            if (t.capitalised() && i > seg[0] && !t.isAny("I")) {
                // "at the Seabird Trust/VERB": a capital inside the sentence starts or continues a name, no verb.
                continue;
            }
            if (t.possessiveForm() || i > seg[0] && s.tokens[i - 1].possessiveForm() && !t.tag().equals("AUX")) {
                // "Farmers' representatives/VERB": a word after a possessive is a noun, whatever its tag.
                continue;
            }
            // "A chartered/VERB surveyor": a participle between an article and its noun is an adjective.
            boolean attributive = t.lower().endsWith("ed") && i > seg[0] && s.tokens[i - 1].isAny("a", "an", "the")
                    && i + 1 < seg[1] && s.tokens[i + 1].isNoun();
            if (t.tag().equals("AUX") || t.tag().startsWith("VERB") && !reducedRelative(s, i, seg) && !t.lower().endsWith("ing")
                    && !(i == seg[0] && t.lower().endsWith("ed") && !objectAfterAnAside(s, i)) && !attributive) {
                if (t.isAny("according")) {
                    continue;
                }
                return true;
            }
        }
        return false;
    }

    /**
     * "Its own laser surveys, carried out every spring since 2024, showed no speeding up, it said": after an aside between
     * commas, a past tense with its object straight after it is the clause's verb, no participle like "carried out".
     */
    private static boolean objectAfterAnAside(SentenceView s, int i) {
        return i > 2 && s.tokens[i - 1].isComma() && s.at(i + 1) != null && (s.tokens[i + 1].isAny("no", "the", "a", "an", "its", "their",
                "that") || s.tokens[i + 1].tag().equals("NUM"))
                && java.util.stream.IntStream.range(0, i - 1).anyMatch(k -> s.tokens[k].isComma());
    }

    private static final Set<String> NEVER_PASSIVE = Set.of("died", "arrived", "happened", "occurred", "collapsed", "vanished",
            "disappeared", "existed", "fainted", "drowned", "departed", "fell", "emerged", "appeared", "slept", "lived",
            // "Bexcombe bristled at the suggestion, saying …": a reaction, never a passive, so the sentence's own verb.
            "bristled", "scoffed", "balked", "baulked", "bridled", "snorted", "sniffed", "chafed", "bristles", "recoiled");

    /** "a letter dated 16 May", "documents seen by Le Braquet", "posts shared widely on …": a participle after a noun. */
    private boolean reducedRelative(SentenceView s, int i, int[] seg) {
        Token t = s.tokens[i];
        // "accountant/ADJ hired by the council": before a participle and its agent, a mis-tagged noun is still the noun.
        boolean nounBefore = i > seg[0] && (s.tokens[i - 1].isNoun() || s.tokens[i - 1].tag().startsWith("ADJ") && s.is(i + 1, "by")
                || lexicon.is("document_noun", s.tokens[i - 1].lower()));
        if (i == seg[0] || !nounBefore || lexicon.cue(t.lower()) != null && !t.isAny("seen", "shown", "shared",
                "published", "posted", "reported", "quoted", "cited", "found", "dated")) {
            return false;
        }
        if (!(t.lower().endsWith("ed") || t.lower().endsWith("en") || t.isAny("seen", "shown", "found", "led", "held", "sent", "made",
                "read", "given", "written"))) {
            return false;
        }
        if (NEVER_PASSIVE.contains(t.lower())) {
            // "that a festival-goer died at Mossbrook Fields": a verb with no object has no passive participle.
            return false;
        }
        Token next = s.at(i + 1);
        if (next != null && next.isAny("off", "away", "back", "up", "down", "out", "aside", "over") && s.at(i + 2) != null
                && (s.tokens[i + 2].tag().equals("DET") || s.tokens[i + 2].isAny("its", "their", "his", "her"))) {
            // "The council fended off the figure, saying …": a verb and its particle before an object act; a participle
            // describing the noun before it has no object ("the hut knocked down in May").
            return false;
        }
        return next == null || i + 1 >= seg[1] || next.isPreposition() || next.tag().equals("NUM") || next.tag().equals("ADV")
                || TIME_WORDS.contains(next.lower());
    }

    /**
     * "The grant, announced in July, will pay for a new gym": a participle set between commas after its noun describes the
     * noun, and the sentence's own verb follows; nothing was announced by the grant.
     */
    private boolean participleBetweenCommas(SentenceView s, Subject subject, int v, Lexicon.CueVerb verb) {
        // (The subject's range may hold the comma or stop before it.)
        if (subject.to() != v - 1 && subject.to() != v || !s.tokens[v - 1].isComma() || !s.tokens[v].lower().endsWith("ed")) {
            return false;
        }
        int r = skipAdverbials(s, CueVerbUses.afterParticle(s, v + 1, verb), new Draft(Draft.Kind.VERB, s.index(), v));
        if (s.is(r, "by")) {
            // "The scheme, announced on Monday by the council, will cost …": the agent belongs to the participle.
            for (r++; r < s.size() && !s.tokens[r].isComma() && !s.tokens[r].quoted(); r++) {
            }
        }
        return r + 1 < s.size() && s.tokens[r].isComma() && !s.tokens[r].quoted()
                && (s.tokens[r + 1].tag().equals("AUX") || s.tokens[r + 1].tag().startsWith("VERB") && !s.tokens[r + 1].lower().endsWith("ing"));
    }

    private boolean withoutStatement(SentenceView s, int v, Lexicon.CueVerb verb) {
        int r = skipAdverbials(s, CueVerbUses.afterParticle(s, v + 1, verb), new Draft(Draft.Kind.VERB, s.index(), v));
        return CueVerbUses.withoutStatement(s, r, verb, clauseFollows(s, r));
    }

    /** Where the reported content starts after the verb: after "that", a colon, a recipient, adverbials. */
    private int complementStart(SentenceView s, int v, Lexicon.CueVerb verb, Draft d) {
        int r = CueVerbUses.afterParticle(s, v + 1, verb);
        int verbEnd = r;
        if (verb.lemma().equals("quote") && s.is(r, "as") && s.is(r + 1, "saying")) {
            r += 2;
        }
        if (quotedByAs(s, v) > 0) {
            r = quotedByAs(s, v);
        }
        r = skipAdverbials(s, r, d);
        if (verb.lemma().equals("tell") || verb.lemma().equals("inform")) {
            r = skipRecipient(s, r, d);
            r = skipAdverbials(s, r, d);
        } else if (verb.lemma().equals("write") && s.is(r, "to")) {
            // "has written to the Tatler to say, in terms that leave little room for doubt, that …": the letter's words
            // follow its purpose.
            for (int k = r + 1; k < Math.min(s.size() - 1, r + 9) && !s.tokens[k].quoted() && !s.tokens[k].isComma(); k++) {
                if (s.is(k, "to") && s.isAny(k + 1, "say", "insist", "deny", "explain", "confirm", "point", "complain", "argue")) {
                    r = skipAdverbials(s, k + 2, d);
                    for (int c = r + 1; s.at(r) != null && s.tokens[r].isComma() && c < Math.min(s.size() - 1, r + 20); c++) {
                        if (s.tokens[c].isComma() && s.is(c + 1, "that")) {
                            // ", in terms that leave little room for doubt, that …": the manner, then the words.
                            r = c + 1;
                            break;
                        }
                    }
                    break;
                }
            }
        } else if (verb.lemma().equals("assure") || verb.lemma().equals("reassure")) {
            // "I can assure the hon. Member for Brenmouth East that …": whoever is assured, the words follow "that".
            for (int k = r; k < Math.min(s.size(), r + 15) && !s.tokens[k].quoted() && !s.tokens[k].isQuoteMark(); k++) {
                if (s.is(k, "that")) {
                    r = k;
                    break;
                }
            }
        }
        if (s.at(r) != null && s.tokens[r].isComma() && s.isAny(r + 1, "citing", "quoting") && !s.tokens[r + 1].quoted()) {
            // "reported, citing three team executives, that …": whom it cited is no part of what it reported.
            int k = r + 2;
            while (k < s.size() && !(s.tokens[k].isComma() && !s.tokens[k].quoted())) {
                k++;
            }
            if (k + 1 < s.size() && s.is(k + 1, "that")) {
                r = k + 1;
            }
        }
        int aside = asideBeforeThat(s, r);
        if (aside > 0) {
            // "told the show on Monday, in an exchange later repeated on the Clarion's website, that …": the aside says where
            // the words went, not what they were.
            noteChannel(s, r, aside, d);
            r = aside + 1;
        }
        if (s.at(r) != null && s.tokens[r].isComma() && s.is(r + 1, "according") && s.is(r + 2, "to")) {
            // "has since confirmed, according to a report by NK News, a news portal …, that …"
            int end = accordingPhraseEnd(s, r + 3);
            while (end < s.size() && s.tokens[end].isComma()) {
                end++;
            }
            r = end;
        }
        if (verb.lemma().equals("express") || verb.lemma().equals("voice")) {
            // "expressed his belief that …", "expressed interest in …"
            int k = r;
            while (k < s.size() && k < r + 5 && (s.tokens[k].tag().equals("DET") || s.tokens[k].tag().equals("PRON")
                    || s.tokens[k].tag().startsWith("ADJ") || s.tokens[k].tag().startsWith("NOUN"))) {
                k++;
            }
            if (s.is(k, "that")) {
                return k + 1;
            }
        }
        int quoteAfterObject = quoteAfterPointingBack(s, r, d);
        if (quoteAfterObject > 0) {
            return quoteAfterObject;
        }
        if (s.is(r, "that") && complementizer(s, r)) {
            return r + 1;
        }
        if (s.is(r, "that") && !s.tokens[r].quoted() && s.at(r + 2) != null && s.tokens[r + 1].isComma()
                && STATING_LEMMAS.contains(verb.lemma()) && (s.tokens[r + 2].tag().equals("ADP") || s.tokens[r + 2].isAny("contrary", "according"))) {
            // "stated that, contrary to posts on social media, the survey …": a clause after an aside; a rejection's "that,"
            // is the thing rejected ("denied that, saying …").
            return r + 2;
        }
        if (s.at(r) != null && s.tokens[r].text().equals(":")) {
            return r + 1;
        }
        int colon = pointerBeforeColon(s, r);
        if (colon > 0) {
            d.answersReport = s.find(r, colon, "story", "report", "article", "headline", "claim", "claims", "allegation",
                    "allegations") >= 0;
            return colon + 1;
        }
        if (s.at(r) != null && s.tokens[r].isComma() && s.at(r + 1) != null && s.tokens[r + 1].isQuoteMark()) {
            return r + 1;
        }
        int after = thatAfterAdjuncts(s, verbEnd);
        return after > 0 ? after : r;
    }

    /**
     * "I will repeat it here: …", "said as much when the story ran: …", "say plainly what I told the inspector: …": an
     * object that only points at the words, then a colon before them; the colon's index, or -1.
     */
    private static int pointerBeforeColon(SentenceView s, int r) {
        Token t = s.at(r);
        if (t == null || t.quoted() || !(t.isAny("it", "this", "what") || t.is("as") && s.is(r + 1, "much"))) {
            return -1;
        }
        if (t.isAny("it", "this") && s.at(r + 1) != null && (s.tokens[r + 1].tag().equals("AUX") || s.tokens[r + 1].tag().startsWith("VERB"))) {
            // "said it had done nothing of the kind: the alarm's own log …": "it" is the clause's subject, and the verdict is
            // part of what was said.
            return -1;
        }
        for (int i = r + 1; i < Math.min(s.size() - 1, r + 16); i++) {
            Token k = s.tokens[i];
            if (k.text().equals(":") && !k.quoted()) {
                return i;
            }
            if (k.quoted() || k.isPunct()) {
                return -1;
            }
        }
        return -1;
    }

    /** The closing comma of ", PREPOSITION …, that" at r (an aside with no verb of its own before the complement), or -1. */
    private int asideBeforeThat(SentenceView s, int r) {
        if (s.at(r) == null || !s.tokens[r].isComma() || s.tokens[r].quoted() || s.at(r + 1) == null || !s.tokens[r + 1].isPreposition()
                || s.tokens[r + 1].is("that")) {
            return -1;
        }
        int k = r + 2;
        while (k < s.size() && !s.tokens[k].isComma() && !s.tokens[k].quoted() && !s.tokens[k].isQuoteMark()) {
            k++;
        }
        if (k >= s.size() || !s.tokens[k].isComma() || !s.is(k + 1, "that") || !complementizer(s, k + 1)) {
            return -1;
        }
        for (int i = r + 2; i < k; i++) {
            // "in an exchange later repeated on …": a participle describes; a finite verb would make it a clause.
            // "in remarks later read out on …": an irregular participle, told by the "later" before it.
            boolean participle = s.tokens[i].lower().matches(".*(?:ed|en|ing)") || s.tokens[i - 1].isAny("later", "since", "subsequently")
                    && s.tokens[i - 2].isNoun()
                    // "on Radio Wenlow's lunchtime programme": a capitalised possessive the tagger took for a verb.
                    || Character.isUpperCase(s.tokens[i].text().charAt(0)) && s.tokens[i].lower().matches(".*['\u2019]s")
                    // "on Radio Fenwick's breakfast show": the head noun of a possessive phrase, whatever its tag.
                    || s.tokens[i - 1].lower().matches(".+['\u2019]s") || s.tokens[i - 1].isNoun() && s.tokens[i - 2].lower().matches(".+['\u2019]s");
            if (s.tokens[i].tag().equals("AUX") || s.tokens[i].tag().startsWith("VERB") && !participle) {
                return -1;
            }
        }
        return k;
    }

    /**
     * "He answered that in a one-line email: “…”", "had already answered that charge in a post on Facebook: “…”": the
     * object only points back at what was put to the speaker; the words are the quotation after the colon. The index of
     * its opening mark, or -1.
     */
    private int quoteAfterPointingBack(SentenceView s, int r, Draft d) {
        Token first = s.at(r);
        if (first == null || first.quoted() || !first.isAny("that", "this", "it", "these", "those", "them", "the")) {
            return -1;
        }
        int end = r + 1;
        if (s.at(end) != null && SUMMING_NOUNS.contains(s.tokens[end].lower().replaceFirst("s$", ""))) {
            end++;
        } else if (first.is("the")) {
            return -1;
        }
        int colon = skipAdverbials(s, end, new Draft(Draft.Kind.VERB, s.index(), r));
        if (s.at(colon + 1) == null || !s.tokens[colon].text().equals(":") || !s.tokens[colon + 1].isQuoteMark()) {
            return -1;
        }
        skipAdverbials(s, end, d);
        return colon + 1;
    }

    /**
     * "Deputy Minister Marek Halun was quoted by DNA as saying": the speaker is the subject, the agency only carries the
     * words. The index after "saying", or -1.
     */
    private static int quotedByAs(SentenceView s, int v) {
        if (!s.tokens[v].is("quoted") || !s.is(v + 1, "by")) {
            return -1;
        }
        for (int i = v + 2; i < Math.min(s.size() - 1, v + 10); i++) {
            if (s.tokens[i].quoted() || s.tokens[i].isComma()) {
                return -1;
            }
            if (s.tokens[i].is("as") && s.is(i + 1, "saying")) {
                return i + 2;
            }
        }
        return -1;
    }

    /** "said that the …" introduces a clause; "rejected that account" uses "that" as a determiner. */
    /** "replied on his behalf that", "told us in writing that": how, or for whom, something was said. */
    private static final Set<String> MANNER_NOUNS = Set.of("behalf", "writing", "person", "private", "public",
            // "said Cllr Varnam in reply, adding that …": an answer given, said how.
            "reply", "response", "answer");
    private static final Set<String> STATEMENT_NOUNS = Set.of("account", "claim", "report", "story", "suggestion", "allegation",
            "version", "accusation", "assertion", "rumour", "rumor", "figure", "estimate", "number", "total", "tally",
            // "It said that sum did not include a new flood wall": a sum or an amount named before, pointed at again.
            "sum", "amount");

    /** "the figure", "their claims", "the record": what another said, which a speaker may correct. */
    private static boolean correctable(String noun) {
        return STATEMENT_NOUNS.contains(noun) || noun.endsWith("s") && STATEMENT_NOUNS.contains(noun.substring(0, noun.length() - 1))
                || noun.equals("impression") || noun.equals("record");
    }

    private static boolean complementizer(SentenceView s, int r) {
        Token that = s.tokens[r];
        Token next = s.at(r + 1);
        if (next == null || next.isPunct() && !next.isQuoteMark()) {
            // "denied that, saying …": "that" is the thing denied.
            return false;
        }
        if (next.isAny("too", "either") || next.is("as") && s.is(r + 2, "well")) {
            // "Brismoor Lines denied that as well, saying …": "that" is the thing denied, and "as well" says so again.
            return false;
        }
        if (STATEMENT_NOUNS.contains(next.lower()) && s.at(r + 2) != null && (s.tokens[r + 2].tag().equals("AUX") || s.tokens[r + 2].isVerb()
                || s.tokens[r + 2].isAny("is", "was", "were", "are", "had", "has"))) {
            // "said that account was wrong": a statement noun takes a determiner, so "that" is one and points back.
            return false;
        }
        if (STATEMENT_NOUNS.contains(next.lower()) && s.at(r + 2) != null && s.tokens[r + 2].isQuoteMark() && !next.quoted()) {
            // "called that account “a misreading …”": the noun, then the name given to it.
            return false;
        }
        if (next.isAny("is", "was", "could", "would", "can", "will", "may", "might", "must", "should") && !next.quoted()) {
            // "The gallery says that is not correct", "said that could not be right": a clause needs a subject, so "that" is it.
            return false;
        }
        if (next.isAny("simply", "just", "plainly", "really") && s.isAny(r + 2, "is", "was") && !next.quoted()) {
            // "Fairburn said that simply was not the case: …": the same, with an adverb before the verb.
            return false;
        }
        if (that.tag().equals("SCONJ")) {
            return true;
        }
        if (next.isVerb() && !next.tag().equals("AUX")) {
            // "told analysts that fares/VERB would rise": a word before an auxiliary is the clause's subject, whatever its tag;
            // so is a plural before its prepositional phrase ("that deliveries/VERB to Corvantis have continued").
            return s.at(r + 2) != null && (s.tokens[r + 2].tag().equals("AUX") && !s.tokens[r + 2].quoted()
                    || next.lower().endsWith("s") && s.tokens[r + 2].isAny("to", "of", "for", "from", "in", "at", "on"));
        }
        if (next.tag().startsWith("NOUN") && !next.possessive()) {
            // "that residents' tap water is …": a noun phrase, then its verb.
            int k = r + 2;
            while (k < s.size() && k < r + 6 && (s.tokens[k].text().matches("['’]") || s.tokens[k].tag().startsWith("NOUN"))) {
                k++;
            }
            Token after = s.at(k);
            return after != null && (after.isVerb() || after.tag().equals("AUX"));
        }
        return true;
    }

    /** "dismissed as nonsense the idea …": the labels that reject, and a few more that come before an object. */
    private static final Set<String> DISMISSIVE_LABELS = java.util.stream.Stream.concat(ClauseShapes.REJECTING_LABELS.stream(),
            java.util.stream.Stream.of("absurd", "ridiculous", "fantasy", "hearsay", "gossip", "invention")).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** Skips "Tuesday", "on Wednesday", "in a statement", "on Twitter", "during the meeting", noting channels as via. */
    private int skipAdverbials(SentenceView s, int r, Draft d) {
        while (r < s.size()) {
            Token t = s.tokens[r];
            if (t.quoted() || t.isQuoteMark()) {
                return r;
            }
            if (t.tag().equals("ADV") && (t.lower().endsWith("ly") || t.isAny("also", "again", "further", "later", "earlier", "then",
                    "now", "first", "separately", "since", "already", "previously", "recently", "once", "twice", "yet", "too"))
                    && !t.isAny("only") || t.isAny("only", "also", "again", "further", "publicly")
                    // "said flatly that …": the tagger takes some manner adverbs for adjectives.
                    || t.isAny("flatly", "firmly", "bluntly", "plainly", "categorically", "emphatically")) {
                if (t.isAny("reportedly", "allegedly")) {
                    d.hedgedCue = true;
                }
                r++;
                continue;
            }
            if (TIME_WORDS.contains(t.lower()) && (t.capitalised() || t.isAny("today", "yesterday", "tonight"))) {
                r++;
                continue;
            }
            int condition = t.isComma() && s.is(r + 1, "on") && s.is(r + 2, "condition") ? r + 3
                    : t.is("on") && s.is(r + 1, "condition") ? r + 2 : -1;
            if (condition > 0) {
                // "told the Weekender, on condition we did not name them, that …": the terms of speaking come before what was said.
                int close = condition;
                while (close < Math.min(s.size(), condition + 15) && !s.tokens[close].isComma() && !s.tokens[close].quoted()) {
                    close++;
                }
                if (close < s.size() && s.tokens[close].isComma() && close > condition) {
                    r = close + 1;
                    continue;
                }
            }
            // ("said wholesale gas prices had fallen": "wholesale" before its noun is no manner of saying.)
            if (t.is("out") && s.is(r + 1, "of") && s.is(r + 2, "hand") || t.is("outright")
                    || t.is("wholesale") && !(s.at(r + 1) != null && (s.tokens[r + 1].isNoun() || s.tokens[r + 1].tag().startsWith("ADJ")))) {
                // "dismissed out of hand the idea that …", "rejected outright the prosecution's case": the manner comes first.
                r += t.is("out") ? 3 : 1;
                continue;
            }
            if (t.is("as") && s.at(r + 1) != null && DISMISSIVE_LABELS.contains(s.tokens[r + 1].lower())
                    && s.isAny(r + 2, "the", "a", "an", "any", "all", "claims", "reports", "suggestions", "allegations", "talk")) {
                // "dismissed as nonsense the idea that workers had been misled": the label, then what it labels.
                r += 2;
                continue;
            }
            if (t.isAny("last", "this", "next", "earlier", "late", "early") && s.at(r + 1) != null && TIME_WORDS.contains(s.tokens[r + 1].lower())) {
                r += 2;
                continue;
            }
            if (t.isPreposition() && ADVERBIAL_PREPOSITIONS.contains(t.lower()) && !t.is("that")) {
                int end = prepositionalEnd(s, r);
                if (end < 0) {
                    return r;
                }
                noteChannel(s, r, end, d);
                r = end;
                continue;
            }
            return r;
        }
        return r;
    }

    /** End of a time, place or channel phrase starting with a preposition at r, or -1 if it is not one. */
    private int prepositionalEnd(SentenceView s, int r) {
        int end = r + 1;
        boolean adverbial = false;
        while (end < s.size()) {
            Token t = s.tokens[end];
            // ("at a fans' forum": the apostrophe of a plural's possessive, no quotation mark.)
            boolean pluralPossessive = t.text().matches("['\u2019]") && s.tokens[end - 1].lower().endsWith("s")
                    && s.tokens[end - 1].end() == t.start();
            if (pluralPossessive) {
                end++;
                continue;
            }
            if (t.isComma() || t.isQuoteMark() || t.text().equals(":") || t.is("that") || t.isAny("and", "but")
                    || t.isPunct() && !t.text().equals("-") && !t.text().equals(".") && registry.mentionAt(s.index(), end) == null) {
                break;
            }
            // ("in a statement to Policywire": a name the tagger takes for a verb is still the phrase's noun.)
            if (t.isVerb() && !t.lower().endsWith("ed") && !t.lower().endsWith("en") && !t.tag().startsWith("NOUN")
                    && registry.mentionAt(s.index(), end) == null && !reducedRelative(s, end, new int[] {r, s.size()})) {
                break;
            }
            if (t.text().equals(".") && end == s.size() - 1) {
                break;
            }
            String lower = t.bare().toLowerCase(Locale.ROOT);
            if (end == r + 1 && s.tokens[r].is("at") && t.isAny("least", "most")) {
                return -1;
            }
            adverbial |= TIME_WORDS.contains(lower) || t.tag().equals("NUM") && t.text().matches("(1[89]|20)\\d\\d|\\d{1,2}")
                    && !s.tokens[r].is("at") || lexicon.is("channel_noun", lower)
                    || lexicon.is("platform", lower) || lexicon.is("outlet_noun", lower) || LOCATION_NOUNS.contains(lower)
                    || lower.equals("media") || lower.equals("past") || MANNER_NOUNS.contains(lower) || registry.mentionAt(s.index(), end) != null
                    // "at 3 a.m.", "at noon": a clock time is a time phrase, though "at 9" alone may be a level.
                    || lower.matches("[ap]\\.?m\\.?|o'clock|noon|midnight");
            if (t.isPreposition() && end > r + 1 && !t.isAny("of", "on", "in", "at", "by", "with", "to", "from")) {
                break;
            }
            end++;
        }
        // "told the Beacon-Post before the trial that crews …": a time phrase, whatever its noun, when what was said follows.
        // So is a place or an occasion: "told friends at the harvest supper that …", "over dinner that …".
        adverbial |= s.tokens[r].isAny("before", "after", "during", "at", "over", "in", "on") && end < s.size() && s.is(end, "that")
                && complementizer(s, end);
        return adverbial && end > r + 1 ? end : -1;
    }

    private boolean channelAhead(SentenceView s, int r) {
        int end = prepositionalEnd(s, r);
        if (end < 0) {
            return false;
        }
        for (int i = r + 1; i < end; i++) {
            String lower = s.tokens[i].lower();
            if (lexicon.is("channel_noun", lower) || LOCATION_NOUNS.contains(lower) || TIME_WORDS.contains(lower)) {
                return true;
            }
        }
        return false;
    }

    private void noteChannel(SentenceView s, int from, int to, Draft d) {
        for (int i = from + 1; i < to; i++) {
            Token t = s.tokens[i];
            String lower = t.lower();
            if (lexicon.is("platform", lower) && t.capitalised()) {
                d.addVia(t.text());
            } else if (lower.equals("media") && i > from + 1 && s.tokens[i - 1].isAny("social", "state")) {
                d.addVia(s.tokens[i - 1].lower() + " media");
            } else if (lexicon.is("channel_noun", lower) && !lower.equals("comment") && !lower.equals("comments")) {
                String channel = lower;
                if (i > from + 1 && s.tokens[i - 1].capitalised() && !s.tokens[i - 1].isAny("a", "an", "the")) {
                    channel = s.tokens[i - 1].text() + " " + lower;
                } else if (i > from + 1 && s.tokens[i - 1].isAny("press", "news") ) {
                    channel = s.tokens[i - 1].lower() + " " + lower;
                }
                if (i + 1 < to && lexicon.is("channel_noun", s.tokens[i + 1].lower())) {
                    channel = channel + " " + s.tokens[i + 1].lower();
                    i++;
                }
                if (lower.equals("forum") && i > from + 1) {
                    channel = s.text(from + 2 > i ? i : from + 2, i + 1).replaceAll("^(a|an|the)\\s+", "");
                }
                d.addVia(channel);
            } else {
                Mention m = registry.mentionAt(s.index(), i);
                if (m != null && (m.entity().type == SourceType.OUTLET)) {
                    d.addVia(m.entity().name);
                    i = m.to() - 1;
                }
            }
        }
    }

    /**
     * "“Nobody stole anything,” he said to loud applause", "… she said to reporters": after a quotation, "said to" and a
     * phrase running to the sentence's end is whom or what it was said to, whatever the tagger makes of its words.
     */
    private static int skipSaidToWhom(SentenceView s, int r, Lexicon.CueVerb verb) {
        if (!verb.lemma().equals("say") || !s.is(r, "to") || s.tokens[r].quoted()) {
            return r;
        }
        int k = r + 1;
        while (k < s.size() && !s.tokens[k].isPunct() && !s.tokens[k].quoted() && !s.tokens[k].isAny("that", "and", "but")) {
            k++;
        }
        return k > r + 1 && k == s.size() - 1 && s.tokens[k].isPunct() && !s.tokens[k].text().equals(":") ? k : r;
    }

    /** After "told": the outlet or person told, and its appositive ("TechLedger, a technology news site,"). */
    private int skipRecipient(SentenceView s, int r, Draft d) {
        if (r >= s.size()) {
            return r;
        }
        int count = APPROXIMATORS.contains(s.tokens[r].lower()) && s.at(r + 1) != null && s.tokens[r + 1].tag().equals("NUM") ? r + 1 : r;
        if (s.tokens[count].tag().equals("NUM") && s.at(count + 1) != null && s.tokens[count + 1].isNoun()) {
            // "told about 150 supporters at a fans' forum": a number of people told, not what the telling was about.
            int k = count + 1;
            while (k < s.size() && s.tokens[k].isNoun() && !s.tokens[k].quoted()) {
                k++;
            }
            return k;
        }
        if (s.tokens[r].isAny("this", "our") && s.at(r + 1) != null && s.tokens[r + 1].isAny("newspaper", "paper", "reporter",
                "correspondent", "website", "publication", "magazine", "programme", "program", "station", "site")) {
            d.addVia("this publication");
            return r + 2;
        }
        if (s.tokens[r].isAny("my", "our", "his", "their")) {
            // "told my officials that …", "told his staff on Friday that …": the ones told, owned by the speaker or another.
            int k = r + 1;
            while (k < s.size() && (s.tokens[k].isNoun() || s.tokens[k].tag().startsWith("ADJ")) && !s.tokens[k].quoted()) {
                k++;
            }
            if (k > r + 1 && s.tokens[k - 1].isNoun() && s.at(k) != null && (s.is(k, "that") || s.tokens[k].isPreposition())) {
                return k;
            }
        }
        if (s.tokens[r].isAny("reporters", "journalists", "us", "me", "him", "her", "them", "parliament", "lawmakers", "viewers",
                "listeners", "readers", "the")) {
            // "Another guest told us" in a guest's review: "us" is the reviewer's party, not the page's publisher (review21).
            if (s.tokens[r].is("us") && !reviewers.containsKey(s.paragraph())) {
                d.addVia("this publication");
            }
            if (!s.tokens[r].is("the")) {
                return r + 1;
            }
        }
        int end = r;
        Mention last = null;
        String ownedHead = null;
        boolean meetingOf = false;
        while (end < s.size()) {
            Token t = s.tokens[end];
            Mention m = registry.mentionAt(s.index(), end);
            if (m != null) {
                last = m;
                end = m.to();
                continue;
            }
            if (t.isQuoteMark() && !t.quoted() && last == null) {
                end++;
                continue;
            }
            if (t.isQuoteMark() && last != null && end > r && s.tokens[end - 1].quoted()) {
                end++;
                continue;
            }
            // "told the Guardian the claims were false": after the recipient's name, a determiner opens the content.
            // "the sports daily/ADV O Remate": a paper's frequency, whatever the tagger made of it.
            // "told Radio Westerby's breakfast show": the nouns after an owner's name are the recipient's head.
            boolean owned = last != null && last.possessive() && !t.quoted() && (t.isNoun() || t.tag().startsWith("ADJ")
                    // "breakfast show/VERB on Monday": a word the tagger took for a verb still ends the noun before a preposition.
                    || t.tag().startsWith("VERB") && !t.lower().matches(".*(?:ed|ing)") && s.at(end + 1) != null
                    && (s.tokens[end + 1].isPreposition() || s.tokens[end + 1].isComma() || s.tokens[end + 1].is("that")));
            // "told the radio station Voxa 3 last week that …": a time after the one told is no part of them.
            if (t.isAny("last", "next", "this", "early", "late") && s.at(end + 1) != null && TIME_WORDS.contains(s.tokens[end + 1].lower())
                    && s.is(end + 2, "that")) {
                break;
            }
            // "told the court the guard rail had been removed": a second determiner after the noun told opens the content.
            boolean secondDeterminer = t.is("the") && end > r && s.tokens[end - 1].isNoun() && !s.tokens[end - 1].quoted();
            if (t.isAny("the", "a", "an") && last == null && !secondDeterminer || t.tag().startsWith("ADJ") || t.tag().startsWith("NOUN") && !t.quoted()
                    && last == null || t.text().equals("-") || t.isAny("daily", "weekly", "monthly", "fortnightly") && last == null
                    || owned) {
                ownedHead = owned ? t.lower() : ownedHead;
                end++;
                continue;
            }
            if (t.is("of") && last == null && end > r && s.tokens[end - 1].isNoun() && !s.tokens[end - 1].quoted()
                    && s.at(end + 1) != null && !s.tokens[end + 1].quoted()) {
                // "told a meeting of the Crennock Graziers' Association on Monday that …": whose meeting is part of the one told.
                meetingOf = true;
                end++;
                continue;
            }
            if (meetingOf && t.is("and") && s.at(end + 1) != null && !s.tokens[end + 1].quoted()
                    && (s.tokens[end + 1].isNoun() || s.tokens[end + 1].isAny("the", "a", "an"))) {
                // "told a meeting of governors and parents on Monday that …": all of them were told.
                end++;
                continue;
            }
            if (t.is("of") && last != null && end + 1 < s.size() && !s.tokens[end + 1].isQuoteMark()) {
                // "Channel 1 of Russian state television"
                int k = end + 1;
                while (k < s.size() && (s.tokens[k].tag().startsWith("ADJ") || s.tokens[k].tag().startsWith("NOUN"))) {
                    k++;
                }
                if (k > end + 1) {
                    last.entity().describe(s.text(end + 1, k));
                    end = k;
                    continue;
                }
            }
            break;
        }
        // "told Dravonia's president": the one told is a person, and the owner's name carried nothing.
        boolean personOwned = ownedHead != null && (lexicon.is("role", ownedHead) || lexicon.is("title", ownedHead));
        if (last != null && !personOwned && !meetingOf) {
            // "told the Pennar Echo": a name after "the" with no title is not a person.
            boolean notPerson = last.titleFrom() == last.from() && last.from() > 0 && s.tokens[last.from() - 1].is("the");
            if (last.entity().type == SourceType.OUTLET || last.entity().type == SourceType.UNKNOWN
                    || last.entity().type == SourceType.ORGANIZATION || notPerson) {
                if (last.entity().type != SourceType.OUTLET) {
                    last.entity().type = SourceType.OUTLET;
                }
                d.addVia(last.entity().name);
            }
            String prefix = end > r ? descriptionBefore(s, r, last) : "";
            if (!prefix.isBlank()) {
                last.entity().describe(prefix);
            }
        }
        Mention named = end < s.size() && s.tokens[end].isComma() && last != null && last.to() < end ? registry.mentionAt(s.index(), end + 1) : null;
        if (named != null && named.titleFrom() == end + 1 && named.entity().type == SourceType.PERSON
                && (named.to() >= s.size() || s.tokens[named.to()].isComma() || s.is(named.to(), "that"))) {
            // "told Pellbury's manager, Stellan Greaves, that …": the owner's role, then the name of the one told.
            return s.at(named.to()) != null && s.tokens[named.to()].isComma() && s.at(named.to() + 1) != null
                    && (s.is(named.to() + 1, "that") || s.tokens[named.to() + 1].isPreposition()) ? named.to() + 1 : named.to();
        }
        if (end < s.size() && s.tokens[end].isComma() && startsAppositive(s, end + 1)) {
            int k = end + 1;
            while (k < s.size() && !s.tokens[k].isComma()) {
                k++;
            }
            if (last != null) {
                last.entity().describe(s.text(end + 1, k));
            }
            end = k;
        }
        return end;
    }

    private String descriptionBefore(SentenceView s, int from, Mention m) {
        int start = from;
        while (start < m.titleFrom() && s.tokens[start].isAny("the", "a", "an")) {
            start++;
        }
        return start < m.titleFrom() ? s.text(start, m.titleFrom()).replaceAll("[\u201c\u201d\"]", "").strip() : "";
    }

    /** Token index where the content of a clause starting at {@code from} ends. */
    private int contentEnd(SentenceView s, int from) {
        return contentEnd(s, from, false);
    }

    private int contentEnd(SentenceView s, int from, boolean objectOnly) {
        int end = s.size();
        int[] verdict = verdictTail(s);
        for (int i = from; i < s.size(); i++) {
            Token t = s.tokens[i];
            if (t.quoted()) {
                continue;
            }
            if (verdict != null && i == verdict[0]) {
                // "…, a claim the utility disputes": someone else's verdict on what was said, not part of it.
                end = i;
                break;
            }
            if (t.isComma() && s.is(i + 1, "according") && s.is(i + 2, "to")) {
                end = i;
                break;
            }
            if (t.isComma() && s.is(i + 1, "so") && s.isAny(i + 2, "i", "we") && !s.tokens[i + 1].quoted()) {
                // "… that the service “has never been refused anything”, so I think that settles it": the one passing the
                // words on draws their own conclusion.
                end = i;
                break;
            }
            // "…, comments later translated and posted by a fan site": what became of the words, not more of them.
            if (t.isComma() && s.isAny(i + 1, "comments", "remarks", "words") && s.at(i + 2) != null
                    && (s.tokens[i + 2].lower().endsWith("ed") || s.isAny(i + 2, "later", "since", "first", "which", "that"))) {
                end = i;
                break;
            }
            // "…, a remark that was repeated the next morning on Bellmouth Radio": the same, of the words taken as one.
            if (t.isComma() && s.isAny(i + 1, "a", "an") && s.isAny(i + 2, "remark", "comment", "claim", "statement", "phrase")
                    && s.isAny(i + 3, "that", "which", "later", "since", "first")) {
                end = i;
                break;
            }
            if (t.is("according") && s.is(i + 1, "to") && i > from + 3) {
                end = i;
                break;
            }
            if (t.isComma() && i > from && settingAgainst(s, i + 1) > 0) {
                // "…, flatly contradicting the promoter, who had told …": the writer sets the words against another's.
                end = i;
                break;
            }
            if (t.isComma() && i > from && s.at(i + 1) != null && s.tokens[i + 1].tag().startsWith("VERB")
                    && lexicon.cue(s.tokens[i + 1].lower()) != null && isInverted(s, i + 1)) {
                // "…, writes “NK News”": a trailing inverted attribution is not part of the content.
                end = i;
                break;
            }
            if (t.isComma() && s.is(i + 1, "with")) {
                boolean saying = false;
                for (int k = i + 2; k < Math.min(s.size(), i + 14); k++) {
                    saying |= withSaying(s, k);
                }
                if (saying) {
                    end = i;
                    break;
                }
            }
            // "denied that, saying …", "dismissed China's claims to the sea, a body of water …": the object ends at its comma.
            if (objectOnly && i > from && t.isComma() && s.at(i + 1) != null && (s.tokens[i + 1].tag().equals("DET")
                    && !s.tokens[i + 1].isAny("that", "this") || s.isAny(i + 1, "saying", "adding", "explaining", "insisting", "arguing",
                    "noting", "stressing") || s.is(i + 1, "pointing") && s.is(i + 2, "out"))) {
                end = i;
                break;
            }
            // "demanded the resignation of X after the Courier published …": an object ends at a new clause.
            if (objectOnly && i > from && t.isAny("after", "before", "because", "when", "while", "although", "since")
                    && (t.tag().equals("SCONJ") || s.at(i + 1) != null && (s.tokens[i + 1].tag().equals("DET")
                    || s.tokens[i + 1].tag().startsWith("PROPN")))) {
                end = i;
                break;
            }
            // "… found listeria at its plant, federal regulators said Friday": the trailing attribution is not content.
            if (t.isComma() && i > from && trailingAttribution(s, i + 1)) {
                end = i;
                break;
            }
            // "…, and the ministry said …", "…; the governor said …": a second attribution with its own subject.
            // "… brushed aside calls to resign, as the supporters' trust accused the board of …": the same.
            if ((t.isComma() && s.isAny(i + 1, "and", "but", "while", "whereas", "as") && newSubjectCue(s, i + 2) >= 0
                    || t.text().equals(";") && newSubjectCue(s, i) >= 0) && i > from) {
                end = i;
                break;
            }
            // "… and noted that …", "… but cautioned against …": a second statement by the same subject.
            // "a claim, first made on a podcast and repeated by the trust, that …": a participle with its agent is no new statement.
            if (t.isAny("and", "but") && i > from + 1 && coordinatedCue(s, i + 1) >= 0 && !sharesAuxiliary(s, from, i)
                    && !(s.is(coordinatedCue(s, i + 1) + 1, "by") && s.tokens[coordinatedCue(s, i + 1)].lower().endsWith("ed"))
                    && !pastAfterPresentCue(s, from, i, coordinatedCue(s, i + 1))
                    && !continuesRelativeClause(s, from, i, coordinatedCue(s, i + 1))
                    && !pluralOnBothSides(s, from, i, coordinatedCue(s, i + 1))) {
                end = i;
                if (i > 0 && s.tokens[i - 1].isComma()) {
                    end = i - 1;
                }
                break;
            }
        }
        while (end > from && (s.tokens[end - 1].isPunct() && !s.tokens[end - 1].isQuoteMark() && !ClauseShapes.abbreviationPoint(s, end - 1)
                || s.tokens[end - 1].isComma())) {
            end--;
        }
        return end;
    }

    private static final Set<String> SETTING_AGAINST = Set.of("contradicting", "rebutting", "countering", "refuting");

    /** The participle at r (after an optional adverb) that sets a statement against another's, or -1. */
    static int settingAgainst(SentenceView s, int r) {
        int k = s.at(r) != null && s.tokens[r].lower().endsWith("ly") && !s.tokens[r].quoted() ? r + 1 : r;
        return s.at(k) != null && !s.tokens[k].quoted() && SETTING_AGAINST.contains(s.tokens[k].lower()) ? k : -1;
    }

    /**
     * "The chairman says the judges checked the marrow and found nothing amiss": after a present-tense cue, a past-tense
     * verb after "and" goes on with the reported clause's own subject, not with the speaker.
     */
    private boolean pastAfterPresentCue(SentenceView s, int from, int and, int coordinated) {
        for (int k = and + 1; k < coordinated; k++) {
            if (s.tokens[k].isAny("has", "have", "had")) {
                // "says …, and has called the figure “a fiction”": the perfect goes on in the speaker's present.
                return false;
            }
        }
        int cue = from - 1;
        while (cue >= 0 && (s.tokens[cue].is("that") || s.tokens[cue].isComma() || s.tokens[cue].tag().equals("ADV"))) {
            cue--;
        }
        if (cue < 0 || lexicon.cue(s.tokens[cue].lower()) == null) {
            return false;
        }
        String main = s.tokens[cue].lower();
        String other = s.tokens[coordinated].lower();
        return main.endsWith("s") && !main.endsWith("ss") && !other.endsWith("s");
    }

    private static final Set<String> PLURAL_AUXILIARIES = Set.of("are", "were", "have", "do");

    /**
     * "Brisbois countered that preschool places are paid for by the county and have never counted toward enrollment": a
     * plural auxiliary on both sides of "and" agrees with the reported clause's plural subject, so the second verb goes on
     * with that subject, not with the speaker.
     */
    private static boolean pluralOnBothSides(SentenceView s, int from, int and, int coordinated) {
        boolean after = false;
        for (int k = and + 1; k < coordinated; k++) {
            after |= !s.tokens[k].quoted() && PLURAL_AUXILIARIES.contains(s.tokens[k].lower());
        }
        if (!after) {
            return false;
        }
        for (int k = from; k < and; k++) {
            Token t = s.tokens[k];
            if (t.tag().equals("AUX") || t.tag().startsWith("VERB")) {
                return !t.quoted() && PLURAL_AUXILIARIES.contains(t.lower());
            }
        }
        return false;
    }

    /**
     * "have rejected an inspection report that rated it “inadequate” and found residents waiting …": a verb after "and" in
     * the tense of the relative clause before it goes on with that clause (the report found it), not with the speaker.
     */
    private static boolean continuesRelativeClause(SentenceView s, int from, int and, int coordinated) {
        String other = s.tokens[coordinated].lower();
        if (other.endsWith("ing") || other.endsWith("s") || and > 0 && s.tokens[and - 1].isComma()) {
            return false;
        }
        for (int k = and - 1; k > from; k--) {
            if (s.tokens[k].isComma() && !s.tokens[k].quoted()) {
                return false;
            }
            Token verb = s.at(k + 1);
            if (!s.tokens[k].quoted() && s.tokens[k].isAny("that", "which") && s.tokens[k - 1].isNoun() && verb != null
                    && verb.tag().equals("VERB") && !verb.lower().endsWith("ing") && !verb.lower().endsWith("s")) {
                return true;
            }
        }
        return false;
    }

    /** "the agency said [on Friday]." closing the sentence from {@code from}: a subject, a cue verb, adverbials only. */
    private boolean trailingAttribution(SentenceView s, int from) {
        if (from >= s.size() || !startsNounPhrase(s, from) || s.tokens[from].isAny("and", "but", "which", "who")) {
            return false;
        }
        int k = newSubjectCue(s, from - 1);
        if (k < 0 || k - from > 8) {
            return false;
        }
        int after = skipAdverbials(s, k + 1, new Draft(Draft.Kind.VERB, s.index(), k));
        return !clauseAhead(s, after);
    }

    /**
     * "the dent may have been made by frost heave": a passive of a verb that reports only with its particle ("made short
     * work of") reports nothing without it.
     */
    private boolean onlyWithParticle(SentenceView s, int v) {
        return v > 0 && s.tokens[v - 1].isAny("been", "be", "being", "was", "were", "is", "are")
                && lexicon.cues(s.tokens[v].lower()).stream().allMatch(c -> !c.particle().isEmpty() && CueVerbUses.particleMissing(s, v, c));
    }

    /** A cue verb with its own subject within a few tokens of {@code from} ("the ministry said", "it warned"), or -1. */
    private int newSubjectCue(SentenceView s, int from) {
        int limit = from + 10;
        for (int k = from + 1; k < Math.min(s.size(), limit); k++) {
            Token t = s.tokens[k];
            Mention named = t.isComma() && !t.quoted() ? registry.mentionAt(s.index(), k + 1) : null;
            if (named != null && named.entity().type == SourceType.PERSON && named.to() < s.size() && s.tokens[named.to()].isComma()
                    && k - from <= 4) {
                // "…, and his lawyer, Gwendrith Hethersett, described the story as …": the name between commas is the subject's.
                limit += named.to() - k + 1;
                k = named.to();
                continue;
            }
            if (t.quoted() || t.isComma() && k > from + 1) {
                return -1;
            }
            if (t.tag().startsWith("VERB") && lexicon.cue(t.lower()) != null && !t.lower().endsWith("ing") && !onlyWithParticle(s, k)
                    // "…, and that the stake had not been declared": a passive reports nothing, it goes on with the clause. So does
                    // "once training, uniforms and cover were counted".
                    && !s.isAny(k - 1, "been", "be", "being") && !(s.isAny(k - 1, "was", "were") && t.lower().endsWith("ed"))) {
                if (k == from + 1 && s.is(from, "that")) {
                    // "…, and that demand would hold up": a second clause of the same report, its subject read as a verb.
                    return -1;
                }
                if (s.at(k + 1) != null && s.tokens[k + 1].tag().equals("AUX") && !s.tokens[k + 1].quoted() && !s.is(from, "that")) {
                    // "and the entries some drivers saw were …": a relative clause without "that", inside the next clause's subject;
                    // "and that an angler says was a mink" is a relative clause of its own.
                    continue;
                }
                // ("…, and that its staff had never met anyone from the council", "…, and that its staff never saw anyone": an
                // adverb between does not change that.)
                boolean done = s.isAny(k - 1, "had", "has", "have") || s.isAny(k - 1, "never", "not", "also", "already", "ever")
                        && (s.isAny(k - 2, "had", "has", "have", "did", "does", "do") || s.is(k - 1, "never"));
                if (s.is(from, "that") && done && s.at(k + 1) != null && !s.tokens[k + 1].quoted()
                        && !s.tokens[k + 1].isComma()
                        && !s.isAny(k + 1, "that", ":") && !clauseFollows(s, k + 1)) {
                    // "said nothing could be further from the truth, and that he had declared his brother's role in writing": what
                    // the speaker had done, with a thing for its object, goes on with the second clause of the same report ("and
                    // that it expected no more than 300 redundancies" is a forecast of its own).
                    return -1;
                }
                Subject subject = subjectRange(s, k);
                if (subject != null && lexicon.cue(t.lower()).lemma().matches("show|reveal|indicate")
                        && s.isAny(subject.from(), "its", "his", "her", "their", "our", "my")) {
                    // "…, and its log had never shown more than 190 kilograms": what the speaker's own record shows is their
                    // evidence, said in the same breath.
                    return -1;
                }
                return subject != null && subject.from() >= from && subject.to() > subject.from() ? k : -1;
            }
        }
        return -1;
    }

    /**
     * "confirmed that it had tested soil samples … and found no asbestos": a participle after "and"
     * shares the content's "had", so it belongs to the content, unless it opens a statement of its own ("and added that").
     */
    private boolean sharesAuxiliary(SentenceView s, int from, int and) {
        int k = coordinatedCue(s, and + 1);
        Token verb = s.tokens[k];
        Token next = s.at(k + 1);
        if (next == null || next.is("that") || next.text().equals(":") || next.isQuoteMark() || !verb.tag().equals("VERB")
                || clauseFollows(s, k + 1)) {
            // "denied that any officer had struck him and said a doctor had examined …": a clause of its own is a second statement.
            return false;
        }
        for (int i = from; i < and - 1; i++) {
            if (!s.tokens[i].quoted() && s.tokens[i].isAny("had", "has", "have") && s.tokens[i + 1].tag().startsWith("VERB")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "An independent assessor I asked to review it, Ms NAME, found the survey “careful”": a finding verb with its own
     * object is no tag after what was said; the words before the name describe her.
     */
    private static boolean objectAfterFinding(SentenceView s, int v, Lexicon.CueVerb verb) {
        return verb.lemma().matches("find|judge|rate|call|describe|consider") && s.at(v + 1) != null && !s.tokens[v + 1].quoted()
                && s.tokens[v + 1].isAny("the", "a", "an", "this", "that", "its", "his", "her", "their", "it", "them");
    }

    /** The cue verb of a coordinated predicate starting at i ("noted that", "declined to comment"), or -1. */
    private int coordinatedCue(SentenceView s, int i) {
        int k = i;
        while (k < s.size() && (s.tokens[k].tag().equals("ADV") || s.tokens[k].isAny("also", "later", "then", "has", "have", "had"))) {
            k++;
        }
        Token t = s.at(k);
        if (t == null || !t.tag().startsWith("VERB")) {
            return -1;
        }
        Lexicon.CueVerb verb = lexicon.cue(t.lower());
        // "… opened a ticket and granted access": no admission without its "that".
        if (verb == null || t.lower().endsWith("ing") || CueVerbUses.thatMissing(s, k, verb)) {
            return -1;
        }
        if (verb.lemma().equals("decline")) {
            return s.is(k + 1, "to") ? k : -1;
        }
        Token next = s.at(k + 1);
        if (verb.kind() == Lexicon.CueKind.COGNITION || next == null) {
            return -1;
        }
        return k;
    }

    /** Text after the subject of an inverted or trailing attribution: ", and “MORE”", ", but only “…”". */
    private void appendTrailingContent(SentenceView s, int after, Draft d) {
        int i = after;
        while (i < s.size() && (s.tokens[i].isComma() || s.tokens[i].isAny("and", "but", "only", "adding", "saying", "that")
                || s.tokens[i].tag().equals("ADV"))) {
            i++;
        }
        if (i >= s.size() - 1 || i == after) {
            return;
        }
        if (!s.tokens[after].isComma() && !s.tokens[after].isAny("and", "but")) {
            return;
        }
        if (s.is(i, "according") && s.is(i + 1, "to")) {
            // "…,” Matsegora told Izvestia, according to the Moscow Times: the relay, not more of what he said.
            return;
        }
        // "…, a spokesman said, though he confirmed that …": a new subject with its own cue after the adverb.
        if (newSubjectCue(s, after + (s.tokens[after].isComma() ? 2 : 1)) >= 0 || newSubjectCue(s, i) >= 0) {
            return;
        }
        int end = contentEnd(s, i);
        if (end > i && clauseAhead(s, i) && end - i >= 2) {
            d.content.add(new int[] {s.tokens[withItsConjunction(s, after, i)].start(), s.tokens[end - 1].end()});
            d.contentToToken = Math.max(d.contentToToken, end);
            boolean quotedPart = s.tokens[i].isQuoteMark() || s.tokens[i].quoted();
            d.quoted |= quotedPart;
        }
    }

    private void setContentRange(SentenceView s, Draft d, int from, int to) {
        while (from < to && (s.tokens[from].isComma() || s.tokens[from].text().equals(":"))) {
            from++;
        }
        while (to > from && (s.tokens[to - 1].isComma() || s.tokens[to - 1].isPunct() && !s.tokens[to - 1].isQuoteMark()
                && !ClauseShapes.abbreviationPoint(s, to - 1)
                && !s.tokens[to - 1].text().equals(")"))) {
            to--;
        }
        if (from >= to) {
            return;
        }
        if (from > 0 && s.tokens[from - 1].isAny("only") && (s.tokens[from].tag().equals("NUM")
                || s.tokens[from].tag().equals("DET") && !s.tokens[from].isAny("that"))) {
            // "said only four of the 46 had worked on it": the adverb skipped after the cue counts what was said.
            from--;
        }
        d.content.add(new int[] {s.tokens[from].start(), s.tokens[to - 1].end()});
        d.contentFromToken = from;
        d.contentToToken = to;
        d.setAgainst |= to < s.size() && s.tokens[to].isComma() && settingAgainst(s, to + 1) > 0;
        // A quotation that opens here and ends in a later sentence belongs to this statement.
        Token last = s.tokens[s.size() - 1];
        QuoteSpan open = last.quoted() && s.tokens[to - 1].quoted() && onlyPunctuationFrom(s, to) ? quoteContaining(last.start()) : null;
        if (open != null && open.close() > s.sentence.end()) {
            d.content.set(d.content.size() - 1, new int[] {s.tokens[from].start(), open.innerEnd()});
            d.quoted = true;
            d.lastSentence = Math.max(d.lastSentence, sentenceOfOffset(open.innerEnd() - 1));
        }
        if (s.tokens[from].isQuoteMark() || s.tokens[from].quoted() && s.tokens[to - 1].quoted()) {
            d.quoted = true;
        }
    }

    private static boolean onlyPunctuationFrom(SentenceView s, int from) {
        for (int i = from; i < s.size(); i++) {
            if (!s.tokens[i].isPunct()) {
                return false;
            }
        }
        return true;
    }

    private void markQuotedIfAllQuoted(SentenceView s, Draft d, int from, int to) {
        int words = 0;
        int quotedWords = 0;
        for (int i = from; i < to; i++) {
            if (!s.tokens[i].isPunct() && !s.tokens[i].isQuoteMark()) {
                words++;
                if (s.tokens[i].quoted()) {
                    quotedWords++;
                }
            }
        }
        if (words > 0 && quotedWords * 2 >= words) {
            d.quoted = true;
        }
    }

    private static final java.util.Set<String> POSTING_LEMMAS = java.util.Set.of("post", "share", "publish", "tweet", "upload", "put");

    /**
     * "posted three photographs on X with the caption “…”", "shared a picture captioned “…”": the opening quotation mark of
     * the words set under what was posted, or -1.
     */
    private int captionQuote(SentenceView s, int v, Lexicon.CueVerb verb) {
        if (!POSTING_LEMMAS.contains(verb.lemma())) {
            return -1;
        }
        for (int i = v + 1; i + 1 < s.size(); i++) {
            Token t = s.tokens[i];
            if (t.quoted() || t.text().equals(";") || t.text().equals(":") && !s.tokens[i + 1].isQuoteMark()) {
                return -1;
            }
            boolean caption = t.isAny("captioned", "headlined", "titled", "entitled")
                    || t.isAny("caption", "captions", "headline", "title", "message", "words") && s.isAny(i - 1, "the", "a")
                    && s.isAny(i - 2, "with", "under");
            int quote = s.tokens[i + 1].text().equals(":") ? i + 2 : i + 1;
            if (caption && quote < s.size() && s.tokens[quote].isQuoteMark() && !s.tokens[quote].quoted()) {
                return quote;
            }
        }
        return -1;
    }

    /** The caption as what the poster said, through the platform it was posted on ("on X"). */
    private boolean captioned(SentenceView s, int v, Lexicon.CueVerb verb, Draft d) {
        int quote = captionQuote(s, v, verb);
        if (quote < 0) {
            return false;
        }
        QuoteSpan q = quoteOpeningAfter(s.tokens[quote].start());
        if (q == null || q.open() != s.tokens[quote].start()) {
            return false;
        }
        d.content.clear();
        addQuote(d, q);
        d.lastSentence = Math.max(d.lastSentence, sentenceOfOffset(q.innerEnd() - 1));
        for (int j = v + 1; j + 1 < quote; j++) {
            if (s.tokens[j].isAny("on", "to") && lexicon.is("platform", s.tokens[j + 1].lower())) {
                d.addVia(s.tokens[j + 1].text());
                break;
            }
        }
        for (int j = v + 1; j + 1 < quote; j++) {
            if (s.tokens[j].is("by")) {
                // "A clip posted on TikTok by an account called @tide_watch, captioned “…”": the poster wrote the caption.
                int end = j + 1;
                while (end < quote && !s.tokens[end].isComma() && !s.tokens[end].isAny("captioned", "headlined", "titled", "entitled", "with", "under")) {
                    end++;
                }
                Phrase poster = phrases.parse(s, j + 1, end);
                if (poster != null && poster.kind() != Phrase.Kind.PRONOUN) {
                    d.phrase = poster;
                }
                break;
            }
        }
        return true;
    }

    private QuoteSpan leftQuote(SentenceView s, int from, int to) {
        int i = to - 1;
        while (i >= from && (s.tokens[i].isComma() || s.tokens[i].isPunct() && !s.tokens[i].isQuoteMark())) {
            i--;
        }
        if (i >= from && s.tokens[i].isQuoteMark() && !s.tokens[i].quoted()) {
            QuoteSpan q = quoteEndingAt(s.tokens[i].end());
            if (q != null && q.open() <= s.tokens[from].start() + 2) {
                return q;
            }
        }
        return null;
    }

    private void addQuote(Draft d, QuoteSpan q) {
        d.content.add(new int[] {q.innerStart(), q.innerEnd()});
        d.quoted = true;
        d.firstSentence = Math.min(d.firstSentence, sentenceOfOffset(q.open()));
    }

    private int sentenceOfOffset(int offset) {
        return sentenceIndexOf.applyAsInt(offset);
    }

    private java.util.function.IntUnaryOperator sentenceIndexOf = o -> -1;

    void sentenceLocator(java.util.function.IntUnaryOperator locator) {
        this.sentenceIndexOf = locator;
    }

    private QuoteSpan quoteEndingAt(int closeOffset) {
        for (QuoteSpan q : quotes) {
            if (!q.runsOn() && q.close() == closeOffset) {
                return q;
            }
        }
        return null;
    }

    /** The quotation that opens right after {@code offset}, with only white space (a paragraph break) between. */
    private QuoteSpan quoteOpeningAfter(int offset) {
        for (QuoteSpan q : quotes) {
            if (q.open() >= offset && text.substring(offset, q.open()).isBlank()) {
                return q;
            }
        }
        return null;
    }

    private QuoteSpan quoteContaining(int offset) {
        for (QuoteSpan q : quotes) {
            if (q.contains(offset)) {
                return q;
            }
        }
        return null;
    }

    private void outletsInPhrase(SentenceView s, int from, int to, Phrase phrase, Draft d) {
        for (int i = from; i < to; i++) {
            Mention m = registry.mentionAt(s.index(), i);
            if (m != null && m.entity() != phrase.entity() && m.entity().type == SourceType.OUTLET) {
                d.addVia(m.entity().name);
            }
        }
    }

    /** The subject of a sentence's first finite verb, for sentences that attribute nothing. */
    Phrase sentenceSubject(SentenceView s) {
        int v = mainVerb(s);
        if (v < 0) {
            return null;
        }
        Subject subject = subjectRange(s, v);
        if (subject == null || subject.trailingEnd() >= 0) {
            return null;
        }
        return phrases.parse(s, subject.from(), subject.to());
    }

    /**
     * "The Gazette asked the council to confirm how many …": the one asked to say something, whose answer ("It said …")
     * comes next; null if the sentence is no such request.
     */
    Phrase askedToAnswer(SentenceView s) {
        int v = mainVerb(s);
        if (v < 0 || !s.tokens[v].isAny("asked", "pressed", "invited", "urged") || s.tokens[v].quoted()) {
            return null;
        }
        for (int to = v + 2; to < Math.min(s.size() - 1, v + 8); to++) {
            if (s.tokens[to].isComma() || s.tokens[to].quoted()) {
                return null;
            }
            if (s.tokens[to].is("to") && s.tokens[to + 1].isAny("confirm", "explain", "say", "clarify", "comment", "respond",
                    "answer", "give", "set", "account", "justify", "state")) {
                return phrases.parse(s, v + 1, to);
            }
        }
        return null;
    }

    /** The sentence's first finite verb outside quotations and relative clauses, or -1. */
    private int mainVerb(SentenceView s) {
        for (int v = 1; v < s.size(); v++) {
            Token t = s.tokens[v];
            if (t.isAny("who", "which") && s.tokens[v - 1].isComma() && !t.quoted()) {
                // "One of the drivers, who spoke on condition that his name was not used, backed that up": not "was".
                int close = v + 1;
                while (close < s.size() && !s.tokens[close].isComma()) {
                    close++;
                }
                v = close;
                continue;
            }
            // "The union disputes/NOUN that.": a reporting verb after "the" + noun, tagged as a noun.
            boolean nounTaggedCue = v >= 2 && t.tag().startsWith("NOUN") && t.lower().endsWith("s") && lexicon.cue(t.lower()) != null
                    && s.tokens[v - 1].isNoun() && s.tokens[v - 2].tag().equals("DET");
            if (t.quoted() || !(t.tag().startsWith("VERB") || t.tag().equals("AUX") || nounTaggedCue) || t.lower().endsWith("ing")
                    || s.tokens[v - 1].isAny("who", "which", "that", "to")) {
                continue;
            }
            return v;
        }
        return -1;
    }

    // ---------------------------------------------------------------- according to

    private void accordingTo(SentenceView s, List<Draft> out) {
        for (int a = 0; a + 1 < s.size(); a++) {
            boolean per = perSource(s, a);
            if (!per && (!s.tokens[a].is("according") || !s.is(a + 1, "to") || s.tokens[a].quoted())) {
                continue;
            }
            boolean leading = true;
            for (int i = 0; i < a; i++) {
                Token t = s.tokens[i];
                if (!(t.isPunct() || t.tag().equals("ADV") || t.tag().equals("CCONJ") || t.isAny("but", "and", "however"))) {
                    leading = false;
                    break;
                }
            }
            int npStart = per ? a + 1 : a + 2;
            int npEnd = accordingPhraseEnd(s, npStart, leading);
            Phrase phrase = authorOf(s, npStart, npEnd);
            if (phrase == null || per && phrase.kind() != Phrase.Kind.DOCUMENT) {
                continue;
            }
            Draft d = new Draft(Draft.Kind.ACCORDING_TO, s.index(), a);
            d.cue = per ? "per" : "according to";
            d.phrase = ownersDocument(phrase);
            d.relay = phrase.from() > npStart && s.find(npStart, phrase.from(), "translation", "transcript", "recording", "footage") >= 0;
            d.via.addAll(phrase.via());
            int after = npEnd;
            if (after < s.size() && s.tokens[after].tag().startsWith("VERB") && lexicon.cue(s.tokens[after].lower()) != null) {
                after++;
            }
            if (leading) {
                int from = after;
                while (from < s.size() && s.tokens[from].isComma()) {
                    from++;
                }
                setContentRange(s, d, from, contentEnd(s, from));
            } else {
                int end = a;
                while (end > 0 && s.tokens[end - 1].isComma()) {
                    end--;
                }
                setContentRange(s, d, 0, end);
                markQuotedIfAllQuoted(s, d, 0, end);
                if (after < s.size() - 1 && s.tokens[after].isComma() && !s.isAny(after + 1, "who", "which", "whose")) {
                    appendTrailingContent(s, after, d);
                }
            }
            out.add(d);
        }
    }

    private static final java.util.Set<String> ATTRIBUTED_THINGS = java.util.Set.of("claims", "claim", "reports", "report", "allegations",
            "suggestions", "rumours", "rumors", "remarks", "comments", "quotes", "briefings");

    /**
     * "claims in the same newspaper, attributed to an unnamed official, that the opening has slipped to 2029": the one the
     * claims are attributed to made them, and what follows "that" is what they said.
     */
    private void attributedTo(SentenceView s, List<Draft> out) {
        for (int a = 2; a + 3 < s.size(); a++) {
            if (!s.tokens[a].is("attributed") || !s.is(a + 1, "to") || s.tokens[a].quoted() || !s.tokens[a - 1].isComma()) {
                continue;
            }
            int noun = -1;
            for (int k = a - 2; k >= Math.max(0, a - 10) && !s.tokens[k].isComma(); k--) {
                if (ATTRIBUTED_THINGS.contains(s.tokens[k].lower())) {
                    noun = k;
                    break;
                }
            }
            int comma = a + 2;
            while (comma < s.size() && !s.tokens[comma].isComma()) {
                comma++;
            }
            // "Claims …, attributed to …, that the line would close were denied": as the subject, the claims' clause runs into
            // the sentence's own verb; only claims a verb has already taken ("have seen claims …") end with the sentence.
            final int claimNoun = noun;
            if (noun < 0 || comma + 2 >= s.size() || !s.is(comma + 1, "that")
                    || java.util.stream.IntStream.range(0, claimNoun).noneMatch(k -> s.tokens[k].isVerb() && !s.tokens[k].quoted())) {
                continue;
            }
            Phrase phrase = authorOf(s, a + 2, comma);
            if (phrase == null) {
                continue;
            }
            Draft d = new Draft(Draft.Kind.ACCORDING_TO, s.index(), a);
            d.cue = "attributed to";
            d.phrase = phrase;
            d.via.addAll(phrase.via());
            for (int k = noun + 1; k < a - 1; k++) {
                Mention m = registry.mentionAt(s.index(), k);
                if (m != null && registry.canonical(m.entity()).type == SourceType.OUTLET) {
                    d.addVia(registry.canonical(m.entity()).name);
                }
            }
            setContentRange(s, d, comma + 2, contentEnd(s, comma + 2));
            out.add(d);
        }
    }

    /** "…, per a summary of the terms seen by the paper": "per" before a document is "according to" ("per team" is not). */
    private static boolean perSource(SentenceView s, int a) {
        return s.tokens[a].is("per") && !s.tokens[a].quoted() && (a == 0 || s.tokens[a - 1].isComma())
                && s.isAny(a + 1, "a", "an", "the", "its", "their", "his", "her", "this", "that");
    }

    private int accordingPhraseEnd(SentenceView s, int from) {
        return accordingPhraseEnd(s, from, false);
    }

    /** Where the source of "according to" ends; when it opens the sentence, what follows its comma up to the end is the content. */
    private int accordingPhraseEnd(SentenceView s, int from, boolean leading) {
        int i = from;
        boolean sawQuoteClose = false;
        while (i < s.size()) {
            Token t = s.tokens[i];
            if (t.isComma() && !t.quoted() && !leading && i > from && ClauseShapes.nounListContinues(s, i)) {
                // "…, according to rotas, timesheets and invoices obtained by …": the list is one source (a leading
                // "According to its estimate, banks and shops will …" ends at its comma).
                i++;
                continue;
            }
            if (t.isComma() && !t.quoted()) {
                Mention named = registry.mentionAt(s.index(), i + 1);
                if (named != null && named.titleFrom() == i + 1 && s.at(named.to()) != null && (s.tokens[named.to()].isComma()
                        || named.to() == s.size() - 1 && s.tokens[named.to()].text().matches("[.!?]"))) {
                    // "according to one Eastmoor teacher, Joanna Pryce, the filters …"; "…, according to the network operator,
                    // Ingleborrow Power Networks."
                    return named.to();
                }
                if (s.isAny(i + 1, "which", "who", "whose") && !s.tokens[i + 1].quoted()) {
                    // "According to the Sellis Herald, which cited two people present …, union leaders expect …"
                    int k = i + 1;
                    while (k < s.size() && !(s.tokens[k].isComma() && !s.tokens[k].quoted())) {
                        k++;
                    }
                    return k < s.size() ? k : i;
                }
                if (startsAppositive(s, i + 1)) {
                    int k = i + 1;
                    while (k < s.size() && !(s.tokens[k].isComma() && !s.tokens[k].quoted())) {
                        k++;
                    }
                    if (hasFiniteVerb(s, new int[] {i + 1, k})) {
                        return i;
                    }
                    if (k < s.size()) {
                        return k;
                    }
                    if (leading) {
                        // "According to the BBC, the talks collapsed on Friday": not an appositive, the statement itself.
                        return i;
                    }
                    int end = s.size();
                    while (end > i && s.tokens[end - 1].isPunct()) {
                        end--;
                    }
                    return end;
                }
                return i;
            }
            if (t.isPunct() && !t.isQuoteMark() && !t.text().equals("-") && !t.text().equals("(") && !t.text().equals(")")
                    && !t.text().equals("&") && !t.text().equals(".") || t.text().equals(".") && i == s.size() - 1) {
                return i;
            }
            if (i > from && t.isAny("who", "whom") && !t.quoted()) {
                // "according to two board officials who spoke on condition of anonymity …, the agency …"
                int k = i + 1;
                while (k < s.size() && !(s.tokens[k].isComma() && !s.tokens[k].quoted())) {
                    k++;
                }
                return k;
            }
            // "figures from the European forest/VERB fire monitoring service": a modifier the tagger took for a verb.
            boolean modifier = i + 1 < s.size() && s.tokens[i + 1].isNoun() && (s.tokens[i - 1].tag().equals("ADJ")
                    || s.tokens[i - 1].tag().equals("PROPN"))
                    // "according to our freight forwarder/VERB, Saltway …": a compound's head, closed by its comma.
                    || i > from && s.at(i + 1) != null && s.tokens[i + 1].isComma() && s.tokens[i - 1].isNoun();
            if (i > from && (t.isAny("there", "it", "he", "she", "they", "we") || t.tag().equals("AUX") || t.tag().startsWith("VERB")
                    && !t.lower().endsWith("ed") && !t.lower().endsWith("ing") && !s.nounLike(i) && !modifier)) {
                return i;
            }
            if (i > from && t.tag().startsWith("VERB") && lexicon.cue(t.lower()) != null && t.lower().endsWith("ed")
                    && (s.at(i + 1) == null || s.tokens[i + 1].isPunct())) {
                return i;
            }
            if (sawQuoteClose && (t.tag().startsWith("NOUN") || t.tag().startsWith("PROPN")) && registry.mentionAt(s.index(), i) == null) {
                return i;
            }
            sawQuoteClose = t.isQuoteMark() && i > from && s.tokens[i - 1].quoted();
            i++;
        }
        return i;
    }

    /** "invoices obtained by the Courier": who obtained or saw the papers did not write them. */
    private static boolean obtainedBy(SentenceView s, int by) {
        return by > 0 && s.tokens[by].is("by") && s.tokens[by - 1].isAny("obtained", "seen", "reviewed", "examined", "viewed", "acquired");
    }

    /** "a report by the US broadcaster CNN" names CNN; "information from “Daily NK”" names Daily NK. */
    private Phrase authorOf(SentenceView s, int from, int to) {
        Phrase phrase = phrases.parse(s, from, to);
        if (phrase == null) {
            return null;
        }
        if (phrase.kind() == Phrase.Kind.DOCUMENT || phrase.kind() == Phrase.Kind.OTHER) {
            for (int i = from; i < to - 1; i++) {
                if ((s.tokens[i].isAny("by", "from") || s.tokens[i].is("of") && i > from
                        && s.tokens[i - 1].isAny("account", "accounts", "testimony", "words", "version", "recollection"))
                        && !s.tokens[i].quoted() && !obtainedBy(s, i)) {
                    for (int j = i + 1; j < to; j++) {
                        Mention m = registry.mentionAt(s.index(), j);
                        if (m != null && (m.entity().type == SourceType.OUTLET || m.entity().type == SourceType.ORGANIZATION
                                || m.entity().type == SourceType.UNKNOWN || s.tokens[i].isAny("by", "of"))) {
                            Phrase author = phrases.parse(s, i + 1, to);
                            if (author != null && author.kind() == Phrase.Kind.NAME) {
                                // "figures supplied by Brenna": who hands over a document is not thereby a publisher.
                                boolean handedOver = s.tokens[i].is("by") && i > from && s.tokens[i - 1].lower().endsWith("ed")
                                        && !PUBLISHED.contains(s.tokens[i - 1].lower());
                                if (author.entity().type == SourceType.UNKNOWN && !s.tokens[i].is("of") && !handedOver) {
                                    author.entity().type = SourceType.OUTLET;
                                }
                                return author;
                            }
                            break;
                        }
                    }
                }
            }
        }
        return phrase;
    }

    // ---------------------------------------------------------------- other patterns

    private static final java.util.regex.Pattern STRANDED_PREPOSITION = java.util.regex.Pattern.compile(
            "(?i)(?:about|of|on|for|to|with)\\s+(?:have|has|had|is|are|was|were|will|would|can|could|did|do|does)\\b");

    static final Set<String> HEARSAY_NOUNS = Set.of("reports", "claims", "allegations", "rumours", "rumors", "suggestions",
            "concerns", "fears", "indications", "signs", "accounts", "unconfirmed", "warnings");

    private static final Set<String> HEARSAY_NOUNS_SINGULAR = Set.of("report", "claim", "rumour", "rumor", "story", "suggestion",
            "allegation");

    /** "There are reports on local forums that …": an unnamed, hedged source. */
    private void thereAreReports(SentenceView s, List<Draft> out) {
        for (int i = 0; i + 3 < s.size(); i++) {
            if (!s.tokens[i].is("there") || s.tokens[i].quoted() || !s.isAny(i + 1, "are", "were", "have", "had", "is", "was")) {
                continue;
            }
            int k = i + 2;
            // "There is a story going round that …": one story, told by no one named.
            boolean single = s.isAny(k, "a", "an");
            k += single ? 1 : 0;
            while (k < s.size() && s.tokens[k].isAny("been", "also", "now", "still", "growing", "persistent", "unconfirmed", "widespread")) {
                k++;
            }
            if (k >= s.size() || !(single ? HEARSAY_NOUNS_SINGULAR : HEARSAY_NOUNS).contains(s.tokens[k].lower())) {
                continue;
            }
            int that = s.find(k + 1, Math.min(s.size(), k + 10), "that");
            if (that < 0) {
                continue;
            }
            Draft d = hearsayDraft(s, k, that, s.text(i, k + 1), true);
            for (int j = k + 1; j < that; j++) {
                Mention m = registry.mentionAt(s.index(), j);
                if (m != null) {
                    d.addVia(m.entity().name);
                } else if (lexicon.is("channel_noun", s.tokens[j].lower()) || lexicon.is("platform", s.tokens[j].lower())) {
                    d.addVia(s.text(j, j + 1));
                }
            }
            setContentRange(s, d, that + 1, contentEnd(s, that + 1));
            out.add(d);
        }
    }

    private static final Set<String> FALSE_VERDICTS = Set.of("false", "untrue", "wrong", "baseless", "unfounded", "incorrect",
            "inaccurate", "misleading", "groundless");

    /**
     * "Claims on social media that passports are sold at kiosks are false": a claim noun opening the sentence, where it was
     * made, and what it says, judged by the article; the claim is the statement of an unnamed source ("Claims on social media").
     */
    private void claimsJudgedFalse(SentenceView s, List<Draft> out) {
        if (s.size() < 6 || s.tokens[0].quoted() || !HEARSAY_NOUNS.contains(s.tokens[0].lower()) || !s.isAny(1, "on", "in", "from", "by")) {
            return;
        }
        int that = s.find(2, Math.min(s.size(), 10), "that");
        if (that < 0 || s.tokens[that - 1].isComma()) {
            return;
        }
        int verdict = verdictAtEnd(s, that + 2);
        if (verdict < 0) {
            return;
        }
        Draft d = hearsayDraft(s, 0, that, s.text(0, 1), false);
        setContentRange(s, d, that + 1, verdict);
        out.add(d);
    }

    /** A statement whose source is the hearsay noun phrase from {@code noun} up to its "that" ("reports on Facebook"). */
    private static Draft hearsayDraft(SentenceView s, int noun, int that, String cue, boolean hedged) {
        Draft d = new Draft(Draft.Kind.VERB, s.index(), noun);
        d.cue = cue;
        d.phrase = new Phrase(s.index(), noun, that, Phrase.Kind.DOCUMENT, null, SentenceView.clean(s.text(noun, that)),
                s.tokens[noun].lower(), "", true, true, false, List.of());
        d.hedgedCue = hedged;
        return d;
    }

    /** "In her opinion, …", "In the view of X, …", "As X put it, …". */
    private void opinionPhrases(SentenceView s, List<Draft> out) {
        for (int i = 0; i + 2 < s.size(); i++) {
            if (s.tokens[i].quoted()) {
                continue;
            }
            if (s.tokens[i].is("in") && s.at(i + 2) != null && s.tokens[i + 2].isAny("opinion", "view", "words", "assessment")
                    && (s.tokens[i + 1].tag().equals("PRON") || s.tokens[i + 1].possessive())) {
                int comma = s.find(i + 3, s.size(), ",");
                if (comma < 0 || comma > i + 4) {
                    continue;
                }
                Phrase phrase = s.tokens[i + 1].tag().equals("PRON")
                        ? new Phrase(s.index(), i + 1, i + 2, Phrase.Kind.PRONOUN, null, s.tokens[i + 1].text(),
                                pronounOf(s.tokens[i + 1].lower()), "", false, s.tokens[i + 1].is("their"), true, List.of())
                        : phrases.parse(s, i + 1, i + 2);
                if (phrase == null) {
                    continue;
                }
                Draft d = new Draft(Draft.Kind.OPINION_PHRASE, s.index(), i);
                d.cue = s.text(i, i + 3);
                d.phrase = phrase;
                setContentRange(s, d, comma + 1, contentEnd(s, comma + 1));
                out.add(d);
            }
            if (s.tokens[i].is("as") && i + 3 < s.size()) {
                int put = s.find(i + 1, Math.min(s.size(), i + 8), "put");
                boolean putIt = put > 0 && s.is(put + 1, "it");
                boolean commaAfter = putIt && s.at(put + 2) != null && s.tokens[put + 2].isComma();
                // "… because of “what she saw in the accounts,” as one forum post put it.": the words are the quotation.
                int[] quotation = putIt && !commaAfter && (s.at(put + 2) == null || s.tokens[put + 2].isPunct()) ? quoteBefore(s, i) : null;
                if (commaAfter || quotation != null) {
                    Phrase phrase = phrases.parse(s, i + 1, put);
                    if (phrase == null) {
                        continue;
                    }
                    Draft d = new Draft(Draft.Kind.OPINION_PHRASE, s.index(), put);
                    d.cue = "as " + s.text(i + 1, put + 2);
                    d.phrase = phrase;
                    boolean quoteFollows = commaAfter && s.at(put + 3) != null && (s.tokens[put + 3].isQuoteMark() || s.tokens[put + 3].quoted());
                    if (quotation != null) {
                        setContentRange(s, d, quotation[0], quotation[1]);
                        d.quoted = true;
                    } else if (i == 0 || quoteFollows) {
                        setContentRange(s, d, put + 3, contentEnd(s, put + 3));
                        d.quoted |= quoteFollows;
                    } else {
                        setContentRange(s, d, 0, i);
                    }
                    out.add(d);
                }
            }
        }
    }

    /** The quotation that closes, with at most a comma, just before token {@code i}: its inner token range, or null. */
    private static int[] quoteBefore(SentenceView s, int i) {
        int end = i - 1;
        boolean closed = false;
        while (end > 0 && (s.tokens[end].isComma() || s.tokens[end].isQuoteMark())) {
            closed |= s.tokens[end].isQuoteMark();
            end--;
        }
        if (!closed || !s.tokens[end].quoted()) {
            return null;
        }
        int from = end;
        while (from > 0 && s.tokens[from - 1].quoted() && !s.tokens[from - 1].isQuoteMark()) {
            from--;
        }
        return new int[] {from, end + 1};
    }

    private static String pronounOf(String possessive) {
        return switch (possessive) {
            case "her" -> "she";
            case "his" -> "he";
            case "its" -> "it";
            case "their" -> "they";
            default -> possessive;
        };
    }

    /** "the complainant's statement that …": a person described, not named, owns the claim. */
    private Phrase unnamedPossessor(SentenceView s, int possessive) {
        int start = possessive;
        while (start > 0 && (s.tokens[start - 1].tag().startsWith("ADJ") || s.tokens[start - 1].isNoun()) && !s.tokens[start - 1].possessive()) {
            start--;
        }
        if (start == 0 || !s.tokens[start - 1].isAny("the", "a", "an", "one")) {
            return null;
        }
        Phrase phrase = phrases.parse(s, start - 1, possessive + 1);
        return phrase != null && phrase.kind() == Phrase.Kind.GROUP ? phrase : null;
    }

    /** "the Kremlin's false claim that Ukraine is ruled by Nazis". */
    /** Verbs that fill a place with what is said: "flooded a Facebook group with claims that …". */
    private static final java.util.regex.Pattern FILLING_VERB = java.util.regex.Pattern.compile(
            "(?i)(?:flood|bombard|swamp|inundat|delug|spam|pepper|fill)(?:s|ed|d|ing|e|es)?");

    /**
     * "Drivers have flooded a Facebook group, Kessock Drivers Unite, with claims that the camera is set to …": the
     * subject of a verb of filling is who makes the claims it is filled with.
     */
    private Draft floodedWithClaims(SentenceView s, int with, int noun, int that) {
        for (int v = with - 1; v > 0; v--) {
            Token t = s.tokens[v];
            if (t.quoted()) {
                return null;
            }
            if (t.tag().startsWith("VERB") && FILLING_VERB.matcher(t.lower()).matches()) {
                if (s.tokens[v - 1].isAny("was", "were", "been", "is", "are", "be", "being")) {
                    return null;
                }
                Subject subject = subjectRange(s, v);
                if (subject == null || subject.to() <= subject.from()) {
                    return null;
                }
                Phrase phrase = phrases.parse(s, subject.from(), subject.to());
                if (phrase == null) {
                    return null;
                }
                Draft d = new Draft(Draft.Kind.CLAIM_NOUN, s.index(), noun);
                d.cue = s.text(v, noun + 1);
                d.phrase = phrase;
                setContentRange(s, d, that + 1, contentEnd(s, that + 1));
                return d;
            }
        }
        return null;
    }

    private void claimNouns(SentenceView s, List<Draft> out) {
        for (int i = 1; i + 1 < s.size(); i++) {
            Token t = s.tokens[i];
            // "The Beacon's second claim, that Pike had asked to be released, drew …": the clause set off by a comma too.
            int that = s.is(i + 1, "that") ? i + 1 : s.at(i + 1).isComma() && s.is(i + 2, "that") ? i + 2 : -1;
            if (t.quoted() || !CLAIM_NOUNS.contains(t.lower()) && !(t.isAny("report", "story") && s.tokens[i - 1].possessive()) || that < 0) {
                continue;
            }
            int k = i - 1;
            boolean labelledFalse = false;
            while (k >= 0 && s.tokens[k].tag().startsWith("ADJ")) {
                labelledFalse |= FALSE_ADJECTIVES.contains(s.tokens[k].lower());
                k--;
            }
            if (k >= 0 && s.is(k, "with") && !s.tokens[k].quoted()) {
                Draft flooded = floodedWithClaims(s, k, i, that);
                if (flooded != null) {
                    out.add(flooded);
                }
                continue;
            }
            if (k < 0 || !s.tokens[k].possessive()) {
                continue;
            }
            Mention m = registry.mentionAt(s.index(), k);
            Phrase phrase = m != null ? phrases.parse(s, m.titleFrom(), m.to()) : unnamedPossessor(s, k);
            if (m != null && phrase != null && phrase.kind() != Phrase.Kind.NAME) {
                // "The Evening Star's report": the name with its possessive, read as the name.
                Entity named = registry.canonical(m.entity());
                String bare = s.text(m.titleFrom(), m.to()).replaceAll("['\u2019]s?$", "");
                phrase = new Phrase(s.index(), m.titleFrom(), m.to(), Phrase.Kind.NAME, named, bare,
                        bare.toLowerCase(java.util.Locale.ROOT), "", false, false, false, List.of());
            }
            if (phrase == null) {
                continue;
            }
            Draft d = new Draft(Draft.Kind.CLAIM_NOUN, s.index(), i);
            d.cue = s.text(k + 1, i + 1);
            d.phrase = phrase;
            d.labelledFalse = labelledFalse;
            // The clause set off by commas ends at the next comma.
            int end = that > i + 1 ? clauseBeforeComma(s, that + 1, contentEnd(s, that + 1)) : contentEnd(s, that + 1);
            int verdict = k == 0 || k > 0 && s.tokens[0].is("the") ? verdictAtEnd(s, that + 2) : -1;
            if (verdict > 0) {
                // "The Evening Star's report that the Department had “written off” the extension is not correct": the
                // sentence's own verdict on the report, not part of it.
                end = Math.min(end, verdict);
                d.labelledFalse = true;
            }
            setContentRange(s, d, that + 1, end);
            out.add(d);
        }
    }

    /** The first comma outside a quotation from {@code from} up to {@code end}, or {@code end}. */
    private static int clauseBeforeComma(SentenceView s, int from, int end) {
        for (int j = from; j < end; j++) {
            if (s.tokens[j].isComma() && !s.tokens[j].quoted()) {
                return j;
            }
        }
        return end;
    }

    /** The "is"/"was" of a closing "is not correct", "was false", "are untrue", or -1. */
    private static int verdictAtEnd(SentenceView s, int from) {
        for (int j = s.size() - 1; j > from; j--) {
            if (s.tokens[j].isAny("are", "is", "were", "was") && !s.tokens[j].quoted()) {
                int a = s.isAny(j + 1, "also", "simply", "all", "completely", "entirely") ? j + 2 : j + 1;
                boolean negated = s.is(a, "not") && s.isAny(a + 1, "true", "correct", "accurate", "right");
                return s.at(a) != null && (FALSE_VERDICTS.contains(s.tokens[a].lower()) || negated) ? j : -1;
            }
        }
        return -1;
    }

    private static final Set<String> CLAIM_PARTICIPLES = Set.of("made", "circulating", "circulated", "spread", "shared", "posted",
            "published", "voiced", "raised", "repeated", "aired", "levelled", "leveled", "spreading");

    /** Nouns that sum up what was just said, so that a verb of denial or confirmation can take them back. */
    private static final Set<String> SUMMING_NOUNS = Set.of("claim", "charge", "allegation", "accusation", "assertion",
            "suggestion", "account", "version", "figure", "estimate", "assessment", "characterisation", "characterization");

    /**
     * "Residents say the water tastes strange, a claim the utility disputes", "…, a charge Moscow
     * denies", "…, which the company rejects": the last words deny (or confirm) what the sentence said.
     */
    private void verdictOnTheClaim(SentenceView s, List<Draft> out) {
        int[] tail = verdictTail(s);
        if (tail == null) {
            return;
        }
        int comma = tail[0];
        int last = tail[2];
        Phrase phrase = phrases.parse(s, tail[1], last);
        if (phrase == null || phrase.kind() == Phrase.Kind.DOCUMENT) {
            return;
        }
        for (Draft other : out) {
            // "a claim the landlord disputes" read as a relative clause with "a claim" for content: this reading replaces it.
            other.dropped |= other.cueToken == last;
        }
        Draft d = new Draft(Draft.Kind.VERB, s.index(), last);
        d.verb = lexicon.cue(s.tokens[last].lower());
        d.cue = s.tokens[last].text();
        d.phrase = phrase;
        d.ownClause = true;
        setContentRange(s, d, 0, comma);
        // It answers the statement before the comma; it does not relay it, so that statement keeps its own speaker.
        d.contentFromToken = -1;
        d.contentToToken = -1;
        out.add(d);
    }

    /** {comma, subject start, verb} of a closing "…, a claim the utility disputes." / "…, which Moscow denies.", or null. */
    private int[] verdictTail(SentenceView s) {
        int last = s.size() - 1;
        while (last > 0 && s.tokens[last].isPunct() && !s.tokens[last].isQuoteMark()) {
            last--;
        }
        Lexicon.CueVerb verb = lexicon.cue(s.tokens[last].lower());
        // "…, which it says encourages rushed shooting": a verb that needs its particle ("shoot down") is no verdict without it.
        if (last < 4 || s.tokens[last].quoted() || verb == null || !verb.particle().isEmpty()
                || verb.stance() != Stance.DENY && verb.stance() != Stance.CONFIRM) {
            return null;
        }
        int comma = last - 1;
        while (comma > 0 && !s.tokens[comma].isComma()) {
            comma--;
        }
        if (comma < 2 || last - comma > 8) {
            return null;
        }
        int subject;
        if (s.isAny(comma + 1, "a", "an") && SUMMING_NOUNS.contains(s.tokens[comma + 2].lower())) {
            subject = comma + 3;
        } else if (s.is(comma + 1, "which")) {
            subject = comma + 2;
        } else {
            return null;
        }
        return subject < last ? new int[] {comma, subject, last} : null;
    }

    /** "The allegations were rejected by the ministry", "The deaths were confirmed by police": the agent speaks. */
    private void passiveVerdict(SentenceView s, List<Draft> out) {
        for (int v = 2; v + 2 < s.size(); v++) {
            Lexicon.CueVerb verb = lexicon.cue(s.tokens[v].lower());
            if (verb == null || !verb.particle().isEmpty() || s.tokens[v].quoted() || !s.tokens[v].lower().endsWith("ed") || !s.is(v + 1, "by")
                    || verb.stance() != Stance.DENY && verb.stance() != Stance.CONFIRM || !BE.contains(s.tokens[v - 1].lower())) {
                continue;
            }
            int agentEnd = v + 2;
            while (agentEnd < s.size() && !s.tokens[agentEnd].isComma() && !s.tokens[agentEnd].isPunct()
                    && !s.tokens[agentEnd].isAny("which", "who", "and", "but", "because", "after", "as")) {
                agentEnd++;
            }
            Phrase phrase = phrases.parse(s, v + 2, agentEnd);
            int start = v - 1;
            while (start > 0 && (s.tokens[start - 1].tag().equals("AUX") || s.tokens[start - 1].isAny("been", "have", "has", "had"))) {
                start--;
            }
            if (phrase == null || phrase.kind() == Phrase.Kind.DOCUMENT || start < 1 || !startsNounPhrase(s, 0)) {
                continue;
            }
            Draft d = new Draft(Draft.Kind.VERB, s.index(), v);
            d.verb = verb;
            d.cue = s.text(v - 1, v + 2);
            d.phrase = phrase;
            setContentRange(s, d, 0, start);
            out.add(d);
        }
    }

    /**
     * "rejected suggestions, made by several economists on social media, that …", "claims circulating
     * on social media that …": a noun of attribution names who made the claim, or only where it went round.
     */
    private void claimsMadeBy(SentenceView s, List<Draft> out) {
        for (int i = 1; i + 3 < s.size(); i++) {
            Token t = s.tokens[i];
            if (t.quoted() || !CLAIM_NOUNS.contains(t.lower()) && !HEARSAY_NOUNS.contains(t.lower()) || s.tokens[i - 1].possessive()) {
                continue;
            }
            int k = s.at(i + 1).isComma() ? i + 2 : i + 1;
            Token participle = s.at(k);
            boolean opensSentence = i == 1 && s.isAny(0, "a", "an", "the");
            // "A claim in a leaflet distributed on the seafront, that …": opening the sentence, where the claim was made.
            boolean opening = opensSentence && participle != null && participle.isAny("in", "on");
            if (participle == null || !CLAIM_PARTICIPLES.contains(participle.lower()) && !participle.isAny("by", "from") && !opening) {
                continue;
            }
            int that = -1;
            for (int j = k + 1; j < Math.min(s.size() - 1, k + 14); j++) {
                Token u = s.tokens[j];
                if (u.is("that") && !u.quoted()) {
                    that = j;
                    break;
                }
                if (u.quoted() || u.isVerb() && !u.lower().endsWith("ed") && !u.lower().endsWith("ing") || u.text().equals(";")) {
                    break;
                }
            }
            if (that < 0) {
                continue;
            }
            int phraseEnd = s.tokens[that - 1].isComma() ? that - 1 : that;
            int by = s.find(k, phraseEnd, "by");
            if (by < 0 && participle.is("from")) {
                // "warnings from residents that the site floods": who gave the warning, unless it is only where it came from.
                by = k;
            }
            Draft d = new Draft(Draft.Kind.CLAIM_NOUN, s.index(), i);
            Phrase carrier = by < 0 ? claimCarrier(s, k + 1, phraseEnd) : null;
            if (by >= 0) {
                d.phrase = phrases.parse(s, by + 1, phraseEnd);
                if (d.phrase != null && d.phrase.kind() == Phrase.Kind.NAME && d.phrase.entity().place) {
                    continue;
                }
            } else if (carrier != null) {
                // "a claim, made in a TikTok video with 400,000 views, that …": the video made it, for whoever posted it.
                d.phrase = carrier;
            } else if (opening && startsNounPhrase(s, k + 1)) {
                // "A claim in a leaflet distributed on the seafront, that …": the leaflet is where the claim was made.
                d.phrase = new Phrase(s.index(), k + 1, phraseEnd, Phrase.Kind.DOCUMENT, null, SentenceView.clean(s.text(k + 1, phraseEnd)),
                        s.tokens[k + 2 < phraseEnd ? k + 2 : k + 1].lower(), "", true, false, false, List.of());
            } else {
                d.phrase = new Phrase(s.index(), i, phraseEnd, Phrase.Kind.DOCUMENT, null, SentenceView.clean(s.text(i, phraseEnd)),
                        t.lower(), "", true, t.lower().endsWith("s"), false, List.of());
            }
            if (d.phrase == null) {
                continue;
            }
            noteChannel(s, k, phraseEnd, d);
            d.cue = SentenceView.clean(s.text(i, k + 1));
            d.answeredClaim = true;
            int end = contentEnd(s, that + 1);
            if (opening && s.tokens[that - 1].isComma()) {
                // "A claim in a leaflet …, that the council had “already sold the pier”, was noted": the clause set off by
                // commas ends at the next one.
                end = clauseBeforeComma(s, that + 1, end);
            }
            int verdict = opensSentence ? verdictAtEnd(s, that + 2) : -1;
            if (verdict > 0) {
                // "A claim circulating on investor forums that the plant is to be sold is incorrect; …": the text's own
                // verdict on the claim that opens it, not part of the claim.
                end = Math.min(end, verdict);
                d.labelledFalse = true;
            }
            setContentRange(s, d, that + 1, end);
            if (k == i + 2) {
                denialOfTheClaim(s, out, i, d);
            }
            out.add(d);
        }
    }

    /**
     * "He dismissed a claim, made in a video, that …": the claim has a source of its own, so what the denial denies is
     * the claim's clause, not the noun and where it was made.
     */
    private static void denialOfTheClaim(SentenceView s, List<Draft> found, int noun, Draft claim) {
        int start = s.tokens[noun - 1].tag().equals("DET") ? noun - 1 : noun;
        for (Draft d : found) {
            if (d.verb != null && (d.verb.stance() == Stance.DENY || d.verb.kind() == Lexicon.CueKind.NEGATIVE_SPEECH)
                    && d.contentFromToken == start && d.content.size() == 1 && d.contentToToken >= claim.contentToToken) {
                d.content.clear();
                d.content.addAll(claim.content);
                d.contentFromToken = claim.contentFromToken;
                d.quoted = claim.quoted;
            }
        }
    }

    /** The document of "made in a video …", "posted on a forum thread": tokens from r up to its next preposition; or null. */
    private Phrase claimCarrier(SentenceView s, int r, int end) {
        if (!s.isAny(r, "in", "on")) {
            return null;
        }
        int to = r + 2;
        while (to < end && !(s.tokens[to].isPreposition() && !s.tokens[to].is("of")) && !s.tokens[to].isComma()) {
            to++;
        }
        Phrase p = phrases.parse(s, r + 1, to);
        if (p == null || p.kind() != Phrase.Kind.DOCUMENT || p.definite()) {
            return null;
        }
        // Whoever posted it goes unnamed.
        return new Phrase(p.sentence(), p.from(), p.to(), p.kind(), p.entity(), p.text(), p.head(), p.description(), true,
                p.plural(), false, p.via());
    }

    /** "…, and by 2022 it was losing, by its own accounts, about £40,000 a month": the accounts are the source. */
    private void byOwnAccount(SentenceView s, List<Draft> out) {
        for (int i = 0; i + 3 < s.size(); i++) {
            if (!s.tokens[i].is("by") || s.tokens[i].quoted() || i > 0 && !s.tokens[i - 1].isComma()) {
                continue;
            }
            Token owner = s.tokens[i + 1];
            if (!(owner.tag().equals("PRON") && owner.isAny("its", "his", "her", "their") || owner.possessive())) {
                continue;
            }
            int noun = s.is(i + 2, "own") ? i + 3 : i + 2;
            if (!s.isAny(noun, "account", "accounts", "admission", "estimate", "estimates", "reckoning", "count", "figures")
                    || s.at(noun + 1) == null || !s.tokens[noun + 1].isComma()) {
                continue;
            }
            int start = i - 1;
            while (start > 0 && !(s.tokens[start - 1].isComma() && s.isAny(start, "and", "but")) && !s.tokens[start - 1].text().equals(";")) {
                start--;
            }
            while (start < i && s.tokens[start].isAny("and", "but")) {
                start++;
            }
            Draft d = new Draft(Draft.Kind.ACCORDING_TO, s.index(), i);
            d.cue = s.text(i, noun + 1);
            Mention named = registry.mentionAt(s.index(), i + 1);
            d.phrase = named != null && owner.possessive() ? phrases.parse(s, named.titleFrom(), named.to())
                    : new Phrase(s.index(), i + 1, noun + 1, Phrase.Kind.DOCUMENT, null, s.text(i + 1, noun + 1),
                            s.tokens[noun].lower(), "", false, s.tokens[noun].lower().endsWith("s"), true, List.of());
            if (d.phrase == null) {
                continue;
            }
            int end = contentEnd(s, noun + 2);
            if (start >= i - 1 || end <= noun + 2) {
                continue;
            }
            d.content.add(new int[] {s.tokens[start].start(), s.tokens[i - 2].end()});
            d.content.add(new int[] {s.tokens[noun + 2].start(), s.tokens[end - 1].end()});
            d.contentFromToken = start;
            d.contentToToken = end;
            out.add(d);
        }
    }

    /** Nouns for what a person said, which take the person as possessor: "her message to the committee was short". */
    private static final Set<String> SPEECH_NOUNS = Set.of("message", "advice", "verdict", "response", "reply", "answer",
            "reaction", "assessment", "warning", "plea", "conclusion", "explanation", "instruction", "instructions", "recommendation",
            "prescription", "prognosis", "diagnosis", "appeal", "request", "retort", "comment");

    /**
     * "Her message to the committee was short: “Fix the roof.”", "Gustavsen's verdict was measured:
     * “…”", or with no verb at all, "Her answer: “…”": the possessor of a noun of speech says the quotation after the colon.
     */
    private void speechNounColon(SentenceView s, List<Draft> out) {
        int colon = colonBeforeQuote(s, 2);
        Token owner = s.tokens[0];
        if (colon < 0 || owner.quoted() || !SPEECH_NOUNS.contains(s.tokens[1].lower())
                || colon > 2 && !BE.contains(s.tokens[colon - 2].lower())
                && !BE.contains(s.tokens[colon - 1].lower())) {
            return;
        }
        Phrase phrase;
        if (owner.isAny("his", "her", "their", "its")) {
            phrase = new Phrase(s.index(), 0, 1, Phrase.Kind.PRONOUN, null, owner.text(), pronounOf(owner.lower()), "", false,
                    owner.is("their"), true, List.of());
        } else if (owner.possessive() || owner.possessiveForm()) {
            phrase = phrases.parse(s, 0, 1);
            String bare = owner.text().replaceAll("['\u2019]s?$", "");
            Entity named = registry.lookup(bare) != null ? registry.lookup(bare) : registry.personBySurname(bare);
            if ((phrase == null || phrase.kind() != Phrase.Kind.NAME) && named != null) {
                // "Harlow's/ADJ reply": a surname the tagger did not take for a name is still the one named before.
                phrase = new Phrase(s.index(), 0, 1, Phrase.Kind.NAME, named, named.name, bare, "", false, false, false, List.of());
            }
        } else {
            return;
        }
        if (phrase == null || phrase.kind() != Phrase.Kind.NAME && phrase.kind() != Phrase.Kind.PRONOUN) {
            return;
        }
        Draft d = new Draft(Draft.Kind.COLON, s.index(), 1);
        d.cue = s.text(1, colon);
        d.phrase = phrase;
        setContentRange(s, d, colon + 1, s.size());
        d.quoted = true;
        out.add(d);
    }

    /** "The board voted on Monday to put this on the record: no officer …": what goes on the record follows the colon. */
    private void onTheRecord(SentenceView s, List<Draft> out) {
        for (int i = 1; i + 2 < s.size(); i++) {
            int colon = s.is(i + 1, "the") ? i + 3 : i + 2;
            if (s.is(i, "on") && s.is(colon - 1, "record") && s.at(colon) != null && s.tokens[colon].text().equals(":")
                    && !s.tokens[colon].quoted() && colon + 1 < s.size()) {
                Phrase subject = sentenceSubject(s);
                // "Let me put this on the record: …" has no subject; the writer's own statement is read as one below.
                if (subject == null || subject.from() > i || s.is(subject.from(), "let")) {
                    return;
                }
                Draft d = new Draft(Draft.Kind.COLON, s.index(), mainVerb(s));
                d.cue = s.text(subject.to(), colon);
                d.phrase = subject;
                setContentRange(s, d, colon + 1, s.size());
                markQuotedIfAllQuoted(s, d, colon + 1, s.size());
                out.add(d);
                return;
            }
        }
    }

    private static final java.util.Set<String> OWN_SPEECH = java.util.Set.of("say", "said", "state", "stated", "repeat", "repeated",
            "tell", "told", "reply", "replied", "answer", "answered", "wrote", "write", "written", "put", "explain", "explained");

    /**
     * The writer's own voice, outside any quotation: "Let me say plainly what I told your reporter: …", "I replied on the
     * thread, and I'll repeat it here: …", "As I told him in a letter, …", "I have written to the members to say that …".
     * The source is "I", whom the standfirst, byline or sign-off may name.
     */
    private void firstPersonStatement(SentenceView s, List<Draft> out) {
        int colon = -1;
        for (int i = 1; i + 1 < s.size(); i++) {
            if (s.tokens[i].quoted() || s.tokens[i].isQuoteMark()) {
                return;
            }
            if (s.tokens[i].text().equals(":")) {
                colon = i;
                break;
            }
        }
        int speaker = -1;
        int verb = -1;
        int end = colon > 0 ? colon : s.size();
        for (int i = 0; i < end && verb < 0; i++) {
            boolean letMe = s.is(i, "let") && s.is(i + 1, "me");
            if (letMe || s.tokens[i].text().equals("I")) {
                int self = letMe ? i + 1 : i;
                for (int k = self + 1; k < Math.min(end, self + 6); k++) {
                    if (OWN_SPEECH.contains(s.tokens[k].lower()) && !s.tokens[k].tag().startsWith("NOUN")) {
                        speaker = self;
                        verb = k;
                        break;
                    }
                    if (!(s.tokens[k].tag().equals("AUX") || s.tokens[k].isAny("have", "had", "has") || s.tokens[k].tag().equals("ADV") || s.tokens[k].tag().equals("PART")
                            || s.tokens[k].lower().endsWith("'ll") || s.tokens[k].isComma())) {
                        break;
                    }
                }
            }
        }
        boolean hereItIs = false;
        if (verb < 0 && colon > 3) {
            // "I keep hearing stories about the car park, so here it is in black and white: …": the writer puts on record what
            // follows the colon; "here it is" may close on where or how ("in print", "in writing", "on the record", "again").
            int here = -1;
            for (int k = 1; k + 2 < colon; k++) {
                if (s.is(k, "here") && s.is(k + 1, "it") && s.is(k + 2, "is")
                        && HERE_IT_IS_TAIL.matcher(s.text(k + 3, colon).toLowerCase(java.util.Locale.ROOT)).matches()) {
                    here = k;
                    break;
                }
            }
            for (int i = 0; here > 0 && i < here; i++) {
                if (s.tokens[i].text().equals("I")) {
                    speaker = i;
                    verb = here + 2;
                    hereItIs = true;
                    break;
                }
            }
        }
        boolean issuersWe = issuer != null && s.tokens[0].text().equals("We");
        if (verb < 0 && colon > 3 && (s.tokens[0].text().equals("I") || issuersWe)
                && CLEAR_LEAD_IN.matcher(s.text(0, colon).toLowerCase(java.util.Locale.ROOT).replaceFirst("^we\\b", "i")).matches()) {
            // "I will start with the question most of you have emailed me about: …", "I want to be clear about one thing: …":
            // the writer puts what follows the colon on record.
            speaker = 0;
            verb = 1;
        }
        // "I will start with the question most of you have emailed me about: …": what follows answers what was asked; "We
        // want to be clear about one thing: the railway is not closing" sets a negation against what is being said.
        boolean answering = verb == 1 && speaker == 0;
        if (verb < 0 && colon > 3) {
            // "So, to answer the question we have been asked 400 times since Sunday: …": the writer answers after the colon.
            int to = s.is(0, "to") ? 0 : s.is(1, "to") ? 1 : s.is(2, "to") ? 2 : -1;
            if (to >= 0 && to + 1 < colon && !s.tokens[to].quoted() && s.tokens[to + 1].isAny("answer", "settle", "address")) {
                for (int k = to + 2; k < colon; k++) {
                    if (s.tokens[k].isAny("we", "i") && !s.tokens[k].quoted()) {
                        speaker = k;
                        verb = to + 1;
                        answering = true;
                        break;
                    }
                }
            }
        }
        if (verb < 0) {
            return;
        }
        int from = -1;
        if (colon > verb && colon + 1 < s.size()) {
            // "Let me say plainly what I told your reporter on 6 March: …"
            from = colon + 1;
        } else if (colon < 0 && s.is(0, "as") && speaker == 1) {
            // "As I told him in a letter last week, the club has not lost …": the fronted cue ends at its comma.
            for (int k = verb + 1; k < s.size(); k++) {
                if (s.tokens[k].isComma()) {
                    from = k + 1;
                    break;
                }
            }
        } else if (colon < 0) {
            // "I have written to all 40 members this week to say that …"
            for (int k = verb + 1; k + 2 < s.size(); k++) {
                if (s.is(k, "to") && s.tokens[k + 1].isAny("say", "confirm", "explain", "make") && !s.tokens[k].quoted()) {
                    int that = s.find(k + 2, Math.min(s.size() - 1, k + 4), "that");
                    from = that > 0 ? that + 1 : -1;
                    break;
                }
            }
        }
        if (from < 0 || from >= s.size() - 1) {
            return;
        }
        Draft d = new Draft(Draft.Kind.COLON, s.index(), verb);
        d.cue = s.text(0, from).replaceAll("[,:\\s]+$", "");
        d.verb = lexicon.cue(s.tokens[verb].lower());
        d.phrase = new Phrase(s.index(), speaker, speaker + 1, Phrase.Kind.PRONOUN, null, "I", "i", "", false, false, false, List.of());
        if (issuersWe && speaker == 0) {
            // "We want to be clear about one thing: …" in a notice "Issued by the … Trust": the Trust puts it on record.
            d.labelledSource = issuer;
            d.phrase = new Phrase(s.index(), 0, 0, Phrase.Kind.OTHER, null, issuer.text(), issuer.text().toLowerCase(java.util.Locale.ROOT),
                    "", false, false, false, List.of());
        }
        setContentRange(s, d, from, s.size());
        if (answering) {
            d.answersReport = true;
        }
        if (hereItIs) {
            // "… answering rumours, so here it is in print: …": the lead-in names what the statement answers.
            d.answersReport = s.find(0, colon, "rumour", "rumours", "rumor", "rumors", "story", "stories", "claim", "claims", "report",
                    "reports", "allegation", "allegations", "gossip", "speculation") >= 0;
        }
        if (!d.content.isEmpty()) {
            out.add(d);
        }
    }

    /** "I want to be clear about one thing", "I will start with the question …": a lead-in to what the writer states. */
    private static final java.util.regex.Pattern CLEAR_LEAD_IN = java.util.regex.Pattern.compile(
            "i\\s+(?:(?:want|wish|would like|need|must)\\s+to\\s+(?:be\\s+(?:very\\s+|absolutely\\s+)?clear|make\\s+(?:it|this|one thing)\\s+clear)"
            + "|(?:will\\s+|shall\\s+|'ll\\s+)?(?:start|begin)\\s+with\\s+(?:the|a|one)\\s+(?:question|point|claim|story|rumour|matter)s?)\\b.*");

    /** "here it is" before a colon, then how or where it is put: "in print", "in writing", "on the record", "once more". */
    private static final java.util.regex.Pattern HERE_IT_IS_TAIL = java.util.regex.Pattern.compile(
            "\\s*(?:(?:in print|in writing|in black and white|on the record|for the record|on paper|"
            + "again|once more|once and for all|plainly|straight|in full)\\s*)*");

    /** The first colon from token {@code from} on, outside quotation marks, that opens a quotation; -1 if none. */
    private static int colonBeforeQuote(SentenceView s, int from) {
        for (int i = from; i + 1 < s.size(); i++) {
            if (s.tokens[i].text().equals(":") && !s.tokens[i].quoted() && s.tokens[i + 1].isQuoteMark()) {
                return i;
            }
        }
        return -1;
    }

    /** "Tasha Grier … put it bluntly: “…”", "X offered a blunt assessment: “…”". */
    private void colonQuote(SentenceView s, List<Draft> out) {
        int colon = colonBeforeQuote(s, 1);
        if (colon < 0) {
            return;
        }
        int verb = -1;
        // "A notice fixed to the gate read: “…”": a sign or document that reads its words, whatever the tagger calls "read".
        boolean reads = s.tokens[colon - 1].isAny("read", "reads") && !s.tokens[colon - 1].quoted();
        for (int i = 1; i < colon && !reads; i++) {
            Token t = s.tokens[i];
            // "Marr, whose party slipped, was blunter than the others: “…”": a copula before a comparative judges the manner.
            // "Ecclestow was just as clear: “…”", "was equally firm: “…”".
            boolean mannerCopula = t.isAny("was", "is", "were", "are") && s.at(i + 1) != null
                    && (s.tokens[i + 1].tag().startsWith("ADJ") || s.tokens[i + 1].isAny("more", "less", "even", "equally")
                            || s.tokens[i + 1].is("just") && s.is(i + 2, "as"));
            if ((t.tag().startsWith("VERB") || mannerCopula) && !t.quoted() && !(i > 0 && s.tokens[i - 1].isAny("who", "whose", "which"))
                    && !insideRelative(s, i)) {
                verb = i;
                break;
            }
        }
        if (reads) {
            verb = colon - 1;
        }
        if (verb < 0) {
            return;
        }
        Subject subject = reads ? readingSubject(s, verb) : subjectRange(s, verb);
        if (subject == null || subject.trailingEnd() >= 0) {
            return;
        }
        Phrase phrase = phrases.parse(s, subject.from(), subject.to());
        if (phrase == null || phrase.kind() == Phrase.Kind.DOCUMENT && !reads) {
            return;
        }
        Draft d = new Draft(Draft.Kind.COLON, s.index(), verb);
        d.cue = s.text(verb, colon);
        d.phrase = phrase;
        setContentRange(s, d, colon + 1, s.size());
        d.quoted = true;
        out.add(d);
    }

    /**
     * "Here's the water company's operations chief, Esmeray Thrumley: ¶ “That pipe carries rainwater …”": a broadcast
     * script introduces a recorded voice by name, and the clip in the next paragraph is that person's.
     */
    private void introducedClip(SentenceView s, List<Draft> out) {
        int colon = s.size() - 1;
        if (colon < 3 || !s.is(colon, ":") || s.tokens[0].quoted()) {
            return;
        }
        int from = s.is(0, "here") && s.isAny(1, "'s", "’s", "is") ? 2
                : s.is(0, "here's") || s.is(0, "here’s") ? 1 : s.is(0, "listen") && s.is(1, "to") ? 2 : -1;
        if (from < 0 || from >= colon) {
            return;
        }
        QuoteSpan next = quoteOpeningAfter(s.tokens[colon].end());
        Phrase phrase = phrases.parse(s, from, colon);
        if (next == null || phrase == null || phrase.kind() == Phrase.Kind.DOCUMENT || phrase.kind() == Phrase.Kind.PRONOUN) {
            return;
        }
        Draft d = new Draft(Draft.Kind.COLON, s.index(), 0);
        d.cue = s.text(0, from);
        d.phrase = phrase;
        d.content.add(new int[] {next.innerStart(), next.innerEnd()});
        d.quoted = true;
        d.lastSentence = Math.max(d.lastSentence, sentenceOfOffset(next.innerEnd() - 1));
        out.add(d);
    }

    /** "A notice fixed to the site gate last week read:": the noun phrase before the participle that places it. */
    private Subject readingSubject(SentenceView s, int read) {
        int end = 0;
        while (end < read && (s.tokens[end].tag().equals("DET") || s.tokens[end].tag().startsWith("ADJ") || s.tokens[end].isNoun())) {
            end++;
        }
        return end == 0 ? null : new Subject(0, end, -1, -1, -1, -1);
    }

    private boolean insideRelative(SentenceView s, int i) {
        for (int k = i - 1; k >= 0; k--) {
            if (s.tokens[k].isComma()) {
                return false;
            }
            if (s.tokens[k].isAny("who", "whose", "which")) {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- combining

    /**
     * One sentence may hold several cues. A cue inside another's content is reported speech of
     * that speaker, unless it names the outlet the statement passed through: then it is a via.
     */
    /**
     * "Kemp said that she had “no reason to doubt” Okafor, but that the leaflet showed there were “dirty tricks”": a second
     * that-clause after ", but" or ", and" is the same speaker's second statement, not "that the leaflet" speaking.
     */
    private void parallelThatClauses(SentenceView s, List<Draft> found) {
        for (Draft d : found) {
            if (d.phrase == null || !s.is(d.phrase.from(), "that") || d.phrase.from() < 2
                    || !s.tokens[d.phrase.from() - 1].isAny("but", "and") || !s.tokens[d.phrase.from() - 2].isComma()) {
                continue;
            }
            for (Draft said : found) {
                if (said != d && said.phrase != null && said.verb != null && said.verb.kind() == Lexicon.CueKind.SPEECH
                        && said.cueToken < d.phrase.from() && said.contentToToken >= d.phrase.from() - 3
                        && said.contentToToken <= d.phrase.from()) {
                    d.phrase = said.phrase;
                    d.verb = said.verb;
                    d.cue = said.cue;
                    break;
                }
            }
        }
    }

    /**
     * "The agency rejected that account in the firmest terms: “No officer gave approval,” its spokesperson said": the
     * quotation after the colon has its own speaker tag, so the first statement ends at the colon.
     */
    private void quoteAfterColonTagged(SentenceView s, List<Draft> found) {
        int colon = colonBeforeQuote(s, 1);
        if (colon < 0) {
            return;
        }
        int quoteStart = s.tokens[colon + 1].start();
        for (Draft tagged : found) {
            if (tagged.dropped || !tagged.quoted || tagged.cueToken <= colon + 1 || tagged.content.isEmpty()
                    || tagged.content.get(0)[0] < quoteStart || tagged.content.get(0)[0] > s.tokens[colon + 2].start()) {
                continue;
            }
            for (Draft before : found) {
                if (before != tagged && !before.dropped && before.cueToken < colon && before.contentFromToken >= 0
                        && before.contentFromToken < colon && before.coversToken(colon + 2)) {
                    before.content.clear();
                    setContentRange(s, before, before.contentFromToken, colon);
                    before.quoted = false;
                }
            }
        }
    }

    /** An unquoted semicolon after {@code from} and before the inner statement's speaker, or -1. */
    private static int semicolonBetween(SentenceView s, int from, Draft inner) {
        if (from < 0 || inner.phrase == null || inner.phrase.sentence() != s.index()) {
            return -1;
        }
        for (int k = from; k < Math.min(inner.phrase.from(), inner.cueToken); k++) {
            if (s.is(k, ";") && !s.tokens[k].quoted()) {
                return k;
            }
        }
        return -1;
    }

    /** "in answer to claims", "responding to that allegation": a statement framed as the reply to another's claim. */
    private static final java.util.regex.Pattern IN_ANSWER_TO_A_CLAIM = java.util.regex.Pattern.compile(
            "(?i)^(?:in\\s+(?:answer|reply|response)\\s+to|responding\\s+to|replying\\s+to)\\s+(?:(?:the|that|those|these|this|his|her|their|its)\\s+)?"
                    + "(?:\\w+\\s+)?(?:claims?|allegations?|accusations?|suggestions?|charges?|criticisms?)\\b");

    /**
     * "“The Vardeholm was unloaded on the Tuesday she docked,” said the port operator, in answer to that allegation"; "In
     * answer to claims that the deckhands had been laid off, Selvane said …": the writer frames the statement as the reply to
     * a claim, so it sets the speaker against it. The frame opens the sentence or follows the speaker, outside what is said.
     */
    private static void answeringAClaim(SentenceView s, List<Draft> found) {
        for (int p = 0; p < s.size(); p++) {
            if (s.tokens[p].quoted() || !(p == 0 || s.tokens[p - 1].isComma()) || !s.tokens[p].isAny("in", "responding", "replying")
                    || !IN_ANSWER_TO_A_CLAIM.matcher(s.text(p, Math.min(s.size(), p + 8))).find()) {
                continue;
            }
            for (Draft d : found) {
                if (d.kind != Draft.Kind.VERB || d.verb == null || d.verb.stance() != Stance.ASSERT || d.coversToken(p)
                        && !d.quoted) {
                    continue;
                }
                boolean opens = p == 0 && d.cueToken > p;
                boolean followsSpeaker = p > d.cueToken && p - d.cueToken <= 12 && java.util.stream.IntStream.range(d.cueToken + 1, p)
                        .noneMatch(k -> s.tokens[k].quoted() || s.tokens[k].isVerb());
                if (opens || followsSpeaker) {
                    d.setAgainst = true;
                }
            }
        }
    }

    private void resolveOverlaps(SentenceView s, List<Draft> found) {
        for (Draft outer : found) {
            if (outer.dropped || !isRelay(outer)) {
                continue;
            }
            for (Draft inner : found) {
                if (inner == outer || inner.dropped || isRelay(inner) && inner.kind == Draft.Kind.ACCORDING_TO && outer.cueToken < inner.cueToken) {
                    continue;
                }
                int semicolon = semicolonBetween(s, outer.contentFromToken, inner);
                if (outer.coversToken(inner.cueToken) && semicolon > outer.contentFromToken) {
                    // "The Echo reported that the noise had been a skip; the yard's owner told the Echo that …": after the
                    // semicolon a new clause has its own speaker, and the report ends before it.
                    outer.content.clear();
                    setContentRange(s, outer, outer.contentFromToken, semicolon);
                    continue;
                }
                boolean innerCueInOuter = outer.coversToken(inner.cueToken);
                boolean outerBetweenVerbAndContent = inner.kind != Draft.Kind.ACCORDING_TO && outer.cueToken > inner.cueToken
                        && inner.contentFromToken > outer.cueToken;
                if (innerCueInOuter && ClauseShapes.saidInPrivate(s, inner.cueToken)) {
                    // "Kurier reported that Holm had privately urged Varga not to stand": no one heard Holm say it in
                    // public; the claim that she did is the outlet's own.
                    inner.dropped = true;
                    continue;
                }
                if (innerCueInOuter || outerBetweenVerbAndContent) {
                    if (outer.phrase.kind() == Phrase.Kind.NAME) {
                        inner.addVia(outer.phrase.entity().name);
                    } else if (outer.phrase.kind() != Phrase.Kind.PRONOUN) {
                        inner.addVia(SentenceView.clean(outer.phrase.text()));
                    }
                    for (String v : outer.via) {
                        inner.addVia(v);
                    }
                    outer.dropped = true;
                    break;
                }
            }
        }
        for (Draft inner : found) {
            if (inner.dropped || isConjunct(inner)) {
                continue;
            }
            for (Draft outer : found) {
                if (inner.answeredClaim) {
                    break;
                }
                if (outer != inner && !outer.dropped && inner.phrase != null && inner.phrase.sentence() == s.index()
                        && inner.phrase.from() <= outer.cueToken && outer.cueToken < inner.cueToken && inner.cueToken < outer.contentFromToken) {
                    // "Hartigan told Radio Westerby's breakfast show/VERB on Monday that …": a subject holding another's cue
                    // is no subject; the word sits between that cue and its content.
                    inner.dropped = true;
                    break;
                }
                if (outer != inner && !outer.dropped && outer.coversToken(inner.cueToken) && !inner.coversToken(outer.cueToken)
                        && !inPhrase(inner, outer)) {
                    if (nestedQuotation(inner)) {
                        // "He told the court that …, Mrs Ellery wrote: ‘…’": a named speaker quoted inside another's words.
                        inner.addVia(outer.phrase.kind() == Phrase.Kind.NAME ? outer.phrase.entity().name
                                : SentenceView.clean(outer.phrase.text()));
                        continue;
                    }
                    if (inner.ownClause || carriedClaim(inner)) {
                        // "…, a figure the command said it could not verify": the writer's clause, not relayed by the outer speaker;
                        // "said that posts claiming the council had spent £9,000 were untrue": the posts' claim, named to be answered.
                        continue;
                    }
                    int after = ClauseShapes.reportInAfterClause(s, outer.contentFromToken, inner.phrase.from());
                    if (after < 0) {
                        after = ClauseShapes.reportInConcessiveClause(s, outer.contentFromToken, inner.phrase.from());
                    }
                    if (after >= 0 && outer.content.size() > 1 && outer.content.get(0)[1] <= s.tokens[after].start()) {
                        // "It has not paused …, a spokesman said, though he said …": only the part added after the speaker goes.
                        int cut = s.tokens[after].start();
                        outer.content.removeIf(r -> r[0] >= cut);
                        continue;
                    }
                    if (after >= 0) {
                        // "…said that it had given no order, after a post claimed that it had": the report it answers is
                        // the post's own, not part of what was said; so is a "though they say …" clause.
                        outer.content.clear();
                        setContentRange(s, outer, outer.contentFromToken, after);
                        continue;
                    }
                    int and = coordinatedRelative(s, outer, inner);
                    if (and >= 0) {
                        // "It quoted Cllr Hart, who said …, and a shopper, Ann Bell, who told …": two people quoted, each their own.
                        outer.content.clear();
                        setContentRange(s, outer, outer.contentFromToken, and);
                        continue;
                    }
                    inner.dropped = true;
                    break;
                }
            }
        }
    }

    /** A statement joined after another's aside ("…, police said, and …"): it stands or falls with that statement. */
    private static boolean isConjunct(Draft d) {
        if (d.continues == null || d.continues.conjunct != d) {
            return false;
        }
        d.dropped = d.continues.dropped;
        return true;
    }

    /** The one person named before token {@code before} of the sentence who can be "he" or "she", or null. */
    private Phrase onlyPersonBefore(SentenceView s, int before, String pronoun) {
        Entity.Gender unwanted = pronoun.equals("he") ? Entity.Gender.FEMALE : Entity.Gender.MALE;
        Mention found = null;
        for (Mention m : registry.mentions(s.index())) {
            Entity e = registry.canonical(m.entity());
            if (m.to() > before || m.possessive() || e.type != SourceType.PERSON || e.gender == unwanted) {
                continue;
            }
            if (found != null && registry.canonical(found.entity()) != e) {
                return null;
            }
            found = m;
        }
        return found == null ? null : phrases.parse(s, found.titleFrom(), found.to());
    }

    private static boolean auxiliaryBetween(SentenceView s, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            if (s.tokens[k].tag().equals("AUX") && !s.tokens[k].quoted() && s.tokens[k - 1].isNoun()) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> PUBLISHED = Set.of("published", "posted", "broadcast", "aired", "carried", "reported", "released",
            "printed", "run", "issued", "produced", "written", "shared");

    /** The comma of ", and" that opens inner's antecedent when both are relative clauses ("…, who said …, and a driver, X, who told …"); -1 otherwise. */
    private static int coordinatedRelative(SentenceView s, Draft outer, Draft inner) {
        if (outer.kind != Draft.Kind.RELATIVE || inner.kind != Draft.Kind.RELATIVE) {
            return -1;
        }
        for (int i = inner.phrase.from() - 1; i > Math.max(outer.contentFromToken, inner.phrase.from() - 8); i--) {
            if (s.tokens[i].is("and") && s.tokens[i - 1].isComma() && !s.tokens[i].quoted()) {
                return i - 1;
            }
        }
        return -1;
    }

    /** "posts on social media claiming …", "a message alleging …": a claim that a carrier of hearsay makes, by its participle. */
    private static boolean carriedClaim(Draft d) {
        return d.kind == Draft.Kind.VERB && d.cue != null && d.cue.matches("(?i)claiming|alleging|suggesting")
                && d.phrase != null && d.phrase.kind() == Phrase.Kind.DOCUMENT;
    }

    private static boolean nestedQuotation(Draft d) {
        return d.kind == Draft.Kind.VERB && d.quoted && d.phrase.kind() == Phrase.Kind.NAME && d.verb != null
                && d.verb.kind() == Lexicon.CueKind.SPEECH;
    }

    private static boolean inPhrase(Draft inner, Draft outer) {
        return inner.cueToken >= outer.phrase.from() && inner.cueToken < outer.phrase.to();
    }

    /** A statement that only passes on another's words: an outlet, a report, a document. */
    private static boolean isRelay(Draft d) {
        if (d.phrase == null) {
            return false;
        }
        if (d.relay) {
            return true;
        }
        if (d.kind == Draft.Kind.VERB && d.verb != null && d.verb.lemma().equals("quote")) {
            // "The story quoted Cllr Hart, who said …": a piece that quotes a person passes on that person's words.
            return true;
        }
        if (d.phrase.kind() == Phrase.Kind.NAME) {
            return d.phrase.entity().type == SourceType.OUTLET;
        }
        // "Nolan told the inquiry his horse had been hit, the report said": a report named after the words it carries
        // passes on the speaker it names, as "according to the report" would.
        return d.phrase.kind() == Phrase.Kind.DOCUMENT && (d.kind == Draft.Kind.ACCORDING_TO
                || d.kind == Draft.Kind.VERB && d.phrase.definite() && d.contentFromToken >= 0 && d.contentFromToken < d.phrase.from());
    }

    /**
     * "it" and "they" that name a source inside the sentence that introduced it: after a colon ("State
     * figures do not support that claim: they show …"), in a clause on the object of a verb that
     * reports nothing ("The report singles out Calder Water, which it says …"), or in "what it called".
     */
    private void pronounsOfTheSentence(SentenceView s, List<Draft> found) {
        for (Draft d : found) {
            Phrase p = d.phrase;
            if (!d.dropped && p != null && p.kind() == Phrase.Kind.PRONOUN && p.head().matches("he|she")) {
                personWhoseClauseOpensTheSentence(s, d);
                continue;
            }
            if (d.dropped || p == null || p.kind() != Phrase.Kind.PRONOUN || p.from() < 2 || !p.head().matches("they|it")) {
                continue;
            }
            boolean afterColon = s.tokens[p.from() - 1].text().matches("[:;]");
            if (s.tokens[p.from() - 1].isAny("though", "although")) {
                // "According to the shipping firm, the ferry is due on 4 May, though they say …": the source just named.
                for (Draft according : found) {
                    if (according.kind == Draft.Kind.ACCORDING_TO && !according.dropped && according.cueToken < p.from()
                            && according.phrase.kind() != Phrase.Kind.DOCUMENT && according.phrase.kind() != Phrase.Kind.PRONOUN
                            && (p.head().equals("they") || !according.phrase.plural())) {
                        d.phrase = according.phrase;
                    }
                }
                continue;
            }
            if (s.tokens[p.from() - 1].is("what") && s.tokens[p.from() - 2].isVerb()) {
                // "after the Northern Courier published what it described as a memo": the subject of the verb before "what".
                Subject governing = subjectRange(s, p.from() - 2);
                Phrase owner = governing == null || governing.trailingEnd() >= 0 ? null : phrases.parse(s, governing.from(), governing.to());
                if (owner != null && owner.kind() == Phrase.Kind.NAME && owner.entity().type != SourceType.PERSON && p.head().equals("it")) {
                    d.phrase = owner;
                }
                continue;
            }
            // "The report singles out Calder Water, which it says …", "The post included a screenshot it said …":
            // in a clause hanging on the object of a verb that reports nothing, "it" is the sentence's subject.
            boolean inRelative = s.tokens[p.from() - 1].isAny("which", "that") || s.tokens[p.from() - 1].isNoun();
            if (!afterColon && !(inRelative && mainVerbReportsNothing(s))) {
                continue;
            }
            Phrase subject = sentenceSubject(s);
            if (subject == null || subject.to() > p.from() || subject.kind() == Phrase.Kind.PRONOUN) {
                continue;
            }
            boolean agrees = p.head().equals("they") ? subject.plural() : !subject.plural() && subject.kind() != Phrase.Kind.GROUP;
            if (agrees) {
                d.phrase = subject;
            }
        }
    }

    /**
     * "Mendez-Hall admits to one late payment: he sent it “a week late,” he wrote": the "he" after the colon, and so the
     * cue's, is the person whose clause opens the sentence, though that clause ends up among the words said.
     */
    private void personWhoseClauseOpensTheSentence(SentenceView s, Draft d) {
        Phrase p = d.phrase;
        int colon = -1;
        for (int i = 1; i + 1 <= p.from(); i++) {
            if (!s.tokens[i].quoted() && s.tokens[i].text().matches("[:;]") && s.tokens[i + 1].is(p.head())) {
                colon = i;
                break;
            }
        }
        Phrase subject = colon < 0 ? null : sentenceSubject(s);
        Entity.Gender unwanted = p.head().equals("he") ? Entity.Gender.FEMALE : Entity.Gender.MALE;
        if (subject != null && subject.kind() == Phrase.Kind.NAME && subject.from() == 0 && subject.to() < colon
                && !s.tokens[0].quoted() && registry.canonical(subject.entity()).type == SourceType.PERSON
                && registry.canonical(subject.entity()).gender != unwanted) {
            d.phrase = subject;
        }
    }

    /**
     * "A person familiar with the inquiry said investigators …, which, the person said, had been changed": "the person"
     * is the one the sentence has just introduced with "a person".
     */
    private static void definiteRepeatsIndefinite(List<Draft> found) {
        for (Draft d : found) {
            Phrase p = d.phrase;
            if (d.dropped || p == null || p.kind() != Phrase.Kind.DEFINITE && p.kind() != Phrase.Kind.GROUP
                    || !p.text().toLowerCase(java.util.Locale.ROOT).startsWith("the ")) {
                continue;
            }
            for (Draft e : found) {
                Phrase q = e.phrase;
                if (e != d && !e.dropped && q != null && q.to() <= p.from() && p.head().equals(q.head())
                        && q.text().toLowerCase(java.util.Locale.ROOT).matches("(?:an?|one) .*")) {
                    d.phrase = q;
                    break;
                }
            }
        }
    }

    private boolean mainVerbReportsNothing(SentenceView s) {
        int v = mainVerb(s);
        return v >= 0 && lexicon.cue(s.tokens[v].lower()) == null;
    }

    /** "That reported Business Insider and NK News.": outlets that relayed the previous statement. */
    private void relayToPrevious(SentenceView s, List<Draft> found, List<Draft> previous) {
        for (Draft d : found) {
            if (d.dropped || d.content.isEmpty() || previous.isEmpty()) {
                continue;
            }
            String content = contentText(d).toLowerCase(Locale.ROOT);
            boolean relays = d.verb == null || d.verb.stance() == Stance.ASSERT;
            if (relays && content.matches("(that|this|it|so)( was| is| has been)?") && d.phrase != null) {
                Draft before = previous.get(previous.size() - 1);
                if (before.sentence >= s.index() - 1) {
                    for (int i = d.phrase.from(); i < d.phrase.to(); i++) {
                        Mention m = registry.mentionAt(s.index(), i);
                        if (m != null) {
                            before.addVia(m.entity().name);
                            i = m.to() - 1;
                        }
                    }
                    d.dropped = true;
                }
            }
        }
    }

    /**
     * A sentence that is all quotation, right after a quoted statement in the same paragraph (or
     * after a quote that ran on from the paragraph before), continues that speaker's words.
     */
    private void continuation(SentenceView s, List<Draft> all) {
        if (all.isEmpty()) {
            return;
        }
        Draft last = all.get(all.size() - 1);
        for (int i = all.size() - 2; i >= 0 && !last.quoted && all.get(i).sentence == last.sentence; i--) {
            if (all.get(i).quoted && !all.get(i).ownClause) {
                // "“…,” said Abernathy-Quist, founder of Queuebird, which says it lost …. “…”": the quote goes on, not the aside.
                last = all.get(i);
            }
        }
        // "Pruitt said the store was the only one nearby. “I don't drive.”": a quote right after a paraphrase is the same speaker's.
        boolean afterParaphrase = last.lastSentence == s.index() - 1 && paragraphOf.applyAsInt(last.lastSentence) == s.paragraph()
                && s.tokens[0].isQuoteMark() && last.kind != Draft.Kind.DECLINED;
        if (!last.quoted && !afterParaphrase || last.lastSentence >= s.index() && last.firstSentence <= s.index()) {
            return;
        }
        if (last.lastSentence < s.index() - 2) {
            return;
        }
        int words = 0;
        int quoted = 0;
        for (Token t : s.tokens) {
            if (!t.isPunct() && !t.isQuoteMark()) {
                words++;
                if (t.quoted()) {
                    quoted++;
                }
            }
        }
        if (words == 0 || quoted < words * 0.8) {
            return;
        }
        int lastParagraph = paragraphOf.applyAsInt(last.lastSentence);
        if (lastParagraph != s.paragraph()) {
            QuoteSpan open = quoteContaining(s.tokens[0].start() + 1);
            boolean runsOn = false;
            for (QuoteSpan q : quotes) {
                runsOn |= q.runsOn() && q.paragraph() == lastParagraph;
            }
            // "“…,” he said. ¶ “I read this week …”: a paragraph that opens with a quotation and names nobody goes on with
            // the speaker whose quotation ended the paragraph before.
            boolean nextQuoteParagraph = s.paragraph() == lastParagraph + 1 && last.lastSentence == s.index() - 1
                    && open != null && open.open() == s.tokens[0].start();
            if (!nextQuoteParagraph && (!runsOn || s.paragraph() != lastParagraph + 1 && open == null)) {
                return;
            }
        }
        Draft d = new Draft(Draft.Kind.CONTINUATION, s.index(), 0);
        d.cue = "(continues the quote)";
        d.phrase = last.phrase;
        d.verb = last.verb;
        d.continues = last;
        int from = 0;
        int to = s.size();
        setContentRange(s, d, from, to);
        d.quoted = true;
        if (afterParaphrase && !last.quoted) {
            d.uncued = true;
        }
        // A quotation of several sentences is one statement; if a cue closes it later, that cue names the speaker.
        d.uncued |= wholeQuote(s, d);
        all.add(d);
    }

    /** An uncued quotation of several sentences is one statement, not one per sentence. */
    private boolean wholeQuote(SentenceView s, Draft d) {
        QuoteSpan q = quoteContaining(s.tokens[0].end());
        if (q != null && q.open() >= s.sentence.start() && q.close() > s.sentence.end()) {
            d.content.clear();
            d.content.add(new int[] {q.innerStart(), q.innerEnd()});
            d.lastSentence = Math.max(d.lastSentence, sentenceOfOffset(q.innerEnd() - 1));
            return true;
        }
        return false;
    }

    /**
     * "He pauses for a long time. “In the short term, yes. …”": a quotation with no cue, right after
     * a sentence of narration about one person in the same paragraph, is that person speaking.
     */
    private void quoteAfterNarration(SentenceView s, SentenceView previous, List<Draft> all) {
        if (previous.paragraph() != s.paragraph() || s.size() < 3 || !s.tokens[0].isQuoteMark() || mostlyQuoted(previous)
                || !all.isEmpty() && all.get(all.size() - 1).lastSentence >= previous.index()) {
            return;
        }
        if (!mostlyQuoted(s) || previous.tokens[previous.size() - 1].text().equals("?")) {
            return;
        }
        Phrase subject = sentenceSubject(previous);
        boolean person = subject != null && (subject.kind() == Phrase.Kind.PRONOUN && subject.head().matches("he|she")
                || subject.kind() == Phrase.Kind.NAME && subject.entity().type == SourceType.PERSON);
        if (!person) {
            return;
        }
        Draft d = new Draft(Draft.Kind.UNCUED, s.index(), 0);
        d.cue = "(quote after narration)";
        d.phrase = new Phrase(s.index(), 0, 0, subject.kind(), subject.entity(), subject.text(), subject.head(),
                subject.description(), subject.anonymousMarker(), subject.plural(), subject.definite(), subject.via());
        setContentRange(s, d, 1, s.size());
        d.quoted = true;
        d.uncued = true;
        wholeQuote(s, d);
        all.add(d);
    }

    /** A quotation that runs on to a cue in a later sentence ("“…. …,” he said") already has its speaker. */
    private static void dropUncuedRepeats(List<Draft> all) {
        all.removeIf(u -> u.uncued && all.stream().anyMatch(d -> d != u && !d.uncued
                && d.content.stream().anyMatch(r -> r[0] <= u.content.get(0)[0] && u.content.get(0)[0] < r[1])));
    }

    private static boolean mostlyQuoted(SentenceView s) {
        int words = 0;
        int quoted = 0;
        for (Token t : s.tokens) {
            if (!t.isPunct() && !t.isQuoteMark()) {
                words++;
                if (t.quoted()) {
                    quoted++;
                }
            }
        }
        return words > 0 && quoted >= words * 0.8;
    }

    private java.util.function.IntUnaryOperator paragraphOf = i -> -1;

    void paragraphLocator(java.util.function.IntUnaryOperator locator) {
        this.paragraphOf = locator;
    }
}
