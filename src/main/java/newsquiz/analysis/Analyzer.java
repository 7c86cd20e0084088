package newsquiz.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsquiz.article.Article;
import newsquiz.article.Sentence;
import newsquiz.nlp.Nlp;
import newsquiz.nlp.TaggedTokens;

/** Reads an {@link Article} the way a careful reader does. Thread-safe: all state is per call. */
public final class Analyzer {
    /** Verbs of insisting: what follows an unconfirmed allegation with its words is the other side's account. */
    private static final Set<String> INSISTING = Set.of("insist", "maintain", "protest");

    private final Nlp nlp;
    private final Lexicon lexicon;

    public Analyzer(Nlp nlp) {
        this(nlp, new Lexicon());
    }

    public Analyzer(Nlp nlp, Lexicon lexicon) {
        this.nlp = nlp;
        this.lexicon = lexicon;
    }

    public Analysis analyze(Article article) {
        List<QuoteSpan> quotes = QuoteFinder.find(article);
        List<SentenceView> sentences = new ArrayList<>(article.sentences().size());
        for (Sentence s : article.sentences()) {
            sentences.add(view(article, s, quotes));
        }
        NameFinder names = new NameFinder(lexicon, sentences);
        EntityRegistry registry = new EntityRegistry(lexicon, sentences, names, article.sources());
        PhraseParser phrases = new PhraseParser(lexicon, registry);
        AttributionExtractor extractor = new AttributionExtractor(lexicon, registry, phrases, quotes, article.text());
        extractor.sentenceLocator(offset -> sentenceAt(article, offset));
        extractor.paragraphLocator(i -> i >= 0 && i < article.sentences().size() ? article.sentences().get(i).paragraph() : -1);
        extractor.reviewers(Author.reviewers(article));
        extractor.issuer(Author.issuer(article, registry));
        List<Draft> drafts = extractor.extract(sentences);
        if (System.getenv("NEWSQUIZ_DEBUG") != null) {
            for (SentenceView s : sentences) {
                StringBuilder b = new StringBuilder("s" + s.index() + ":");
                for (Token t : s.tokens) {
                    b.append(' ').append(t.text()).append('/').append(t.tag()).append(t.quoted() ? "q" : "");
                }
                System.err.println(b);
                for (Mention m : registry.mentions(s.index())) {
                    System.err.println("   M " + s.text(m.titleFrom(), m.to()) + " -> " + registry.canonical(m.entity()));
                }
            }
        }

        SourceResolver resolver = new SourceResolver(registry, sentences);
        resolver.author(Author.find(article, registry, sentences));
        resolver.addressee(Author.addressee(registry, sentences));
        resolver.client(Author.client(registry, sentences));
        resolver.recipientCompany(Author.recipientCompany(article, registry));
        resolver.sectionAuthors(Author.sections(article, registry));
        Map<Draft, SourceResolver.Resolved> resolved = new IdentityHashMap<>();
        Map<String, Stance> lastStance = new HashMap<>();
        List<Attribution> attributions = new ArrayList<>();
        NegatedEchoes echoes = new NegatedEchoes();
        int next = 0;
        boolean lastPointsBack = false;
        for (SentenceView s : sentences) {
            boolean any = false;
            while (next < drafts.size() && drafts.get(next).sentence == s.index()) {
                Draft d = drafts.get(next++);
                any = true;
                SourceResolver.Resolved source = d.labelledSource != null ? d.labelledSource
                        : d.continues != null && resolved.containsKey(d.continues)
                        ? resolved.get(d.continues)
                        : resolver.resolve(d.phrase, d.sentence, d::coversToken);
                if (THE_TEXT_ITSELF.matcher(source.text().strip()).matches() || recordShownByABody(d, source)) {
                    // "This notice tells you what is happening": the page speaking of itself attributes nothing.
                    continue;
                }
                resolved.put(d, source);
                Attribution made = toAttribution(article, extractor, d, source, lastStance, attributions, echoes, lastPointsBack);
                resolver.noteSpeakersPronoun(source, made.content());
                attributions.add(made);
                lastPointsBack = d.pointsBack;
            }
            if (!any) {
                noteSubject(extractor, resolver, registry, s);
            }
            String unnamed = IndefinitePersons.last(lexicon, s);
            resolver.noteUnnamedPerson(unnamed == null && !any ? IndefinitePersons.relationSubject(lexicon, s) : unnamed, s.index());
        }
        Map<String, String> listed = listedNames(registry);
        officeHolders(registry).forEach(listed::putIfAbsent);
        attributions.replaceAll(a -> listed.containsKey(a.source()) ? renamed(a, listed.get(a.source())) : a);
        namedAfterTheLede(attributions, article.sentences());
        describedAgainByName(attributions);
        namedInTheQuoteAfter(attributions, article.sentences());
        ledeAnswersTheClaimToCome(attributions);
        List<Attribution> found = List.copyOf(attributions);
        return new Analysis(article, found, sourceEntities(registry), FigureFinder.find(sentences, found),
                CauseFinder.find(article.sentences()), LabelFinder.find(article.sentences(), found),
                LoadedLanguageFinder.find(article.sentences(), quotes, found));
    }

    /**
     * "The Sub-Committee viewed the CCTV. It shows the front doors locked at 1.55am.": what "shows" something is a record,
     * never the body or person "it" was taken for.
     */
    private static boolean recordShownByABody(Draft d, SourceResolver.Resolved source) {
        // "Its figures show …" is the body's own record speaking for it, not "it" taken for the body.
        return d.phrase != null && d.phrase.kind() == Phrase.Kind.PRONOUN && d.phrase.text().equalsIgnoreCase("it") && d.verb != null
                && d.verb.lemma().equals("show") && (source.type() == SourceType.PERSON || source.type() == SourceType.ORGANIZATION
                        || source.type() == SourceType.GOVERNMENT || source.type() == SourceType.UNKNOWN && source.entity() != null
                        && BODY_NAME.matcher(source.text()).find());
    }

    private static final java.util.regex.Pattern BODY_NAME = java.util.regex.Pattern.compile(
            "(?i)\\b(?:committee|sub-committee|council|board|panel|authority|court|tribunal|inspector|officer)$");

    /**
     * The last stance of the speaker's side: their own, else, for "said its engineer, Wilmot Farrance" right after a body
     * spoke, the body's, as "its" points back to it.
     */
    private static Stance previousOfSameSide(SourceResolver.Resolved source, Map<String, Stance> lastStance, Attribution before,
            String ownBody) {
        Stance own = lastStance.get(source.text());
        return own == null && ownBody != null ? before.stance() : own;
    }

    /** The body "its chief executive" belongs to: the one that spoke last, in this sentence or the one before; or null. */
    private static String ownBodyBefore(Draft d, SourceResolver.Resolved source, Attribution before) {
        boolean itsOfficer = d.phrase.text() != null && ITS_OFFICER.matcher(d.phrase.text()).find()
                || d.phrase.description() != null && ITS_OFFICER.matcher(d.phrase.description()).find();
        return itsOfficer && before != null && before.sentence() >= Math.min(d.sentence, d.firstSentence) - 1
                && !before.source().equals(source.text()) ? before.source() : null;
    }

    /** "its engineer", and "the chief executive" right after the company spoke: its head, who needs no "its". */
    private static final java.util.regex.Pattern ITS_OFFICER = java.util.regex.Pattern.compile("(?i)^(?:its|their)\\s+\\p{L}"
            + "|^the\\s+(?:chief\\s+executive|managing\\s+director|chief\\s+operating\\s+officer|finance\\s+(?:director|chief)"
            + "|chief\\s+financial\\s+officer)\\b");

    /** Whether the body heard last denied, in that sentence, something that shares a word's stem with {@code content}. */
    private static boolean bodyDeniedInWordsOf(List<Attribution> previous, Attribution before, String content) {
        return previous.stream().anyMatch(p -> p.sentence() == before.sentence() && p.source().equals(before.source())
                && p.stance() == Stance.DENY && AnsweredClaims.shareCommonStem(p.content(), content));
    }

    /** "The office disputed …. A spokesman said …": a body and the one who speaks for it are one voice. */
    private static boolean sameVoice(String before, String source) {
        String speaker = source.replaceFirst("^(?i)an?\\s+", "");
        return before.equals(source) || speaker.startsWith(before + " ") && speaker.matches(".*\\bspokes(?:man|woman|person)$");
    }

    private static final java.util.regex.Pattern THE_TEXT_ITSELF = java.util.regex.Pattern.compile("(?i)this\\s+(?:notice|letter|page|"
            + "article|e-?mail|newsletter|bulletin|update|statement|guide|leaflet|decision|document|circular|memo|FAQ)"
            // "Our analysis of the council's returns shows …", "an analysis … by this newspaper found …": the paper's own work.
            + "|(?:our|an?|the)\\s+(?:own\\s+)?(?:analysis|investigation|research|review|calculations?)\\b.*\\bby\\s+this\\s+"
            + "(?:newspaper|paper|website|site|publication|programme)|our\\s+(?:own\\s+)?(?:analysis|investigation|research|calculations?)\\b.*");

    private Attribution toAttribution(Article article, AttributionExtractor extractor, Draft d, SourceResolver.Resolved source,
            Map<String, Stance> lastStance, List<Attribution> previous, NegatedEchoes echoes, boolean previousPointsBack) {
        String content = extractor.contentText(d);
        // "says something bigger than a rumour: that Scobie promised …": what is said is the clause after the colon.
        content = LEAD_IN_THAT.matcher(content).replaceFirst("");
        int leadIn = RebuttalFrames.leadIn(d.verb, content);
        String pointer = content.substring(0, leadIn);
        content = content.substring(leadIn);
        Attribution before = previous.isEmpty() ? null : previous.get(previous.size() - 1);
        String ownBody = ownBodyBefore(d, source, before);
        Stance stance = StanceClassifier.classify(d, content, previousOfSameSide(source, lastStance, before, ownBody));
        if (stance == Stance.DENY && d.kind == Draft.Kind.RELATIVE && d.verb != null && d.verb.lemma().equals("oppose")) {
            // "The Drivers' Alliance, which has long opposed the cameras, welcomed …": a stand the body is known by, no claim denied.
            stance = Stance.OPINION;
        }
        // An unnamed insider telling an outlet what they know, without taking up what another said.
        boolean insidersTip = source.anonymous() && !d.quoted && d.verb != null && d.verb.lemma().equals("tell")
                && !ANSWERS_A_CLAIM.matcher(content).find();
        if (stance == Stance.DENY && insidersTip && d.verb.stance() != Stance.DENY) {
            // "An engineer who worked on the mast, and who asked not to be named, told the Ulting Loop that the company had no
            // plans to replace it at all": an unnamed insider telling a paper what they know makes a claim, whatever its "no".
            // One who takes up what another said ("the scheme described by prosecutors “never existed”") still denies it.
            stance = Stance.ASSERT;
        }
        // ("its first letters could have been clearer: they did not say which streets …": the "not" is the fault's reason.)
        boolean faultOwned = (stance == Stance.ASSERT || stance == Stance.OPINION || stance == Stance.DENY && OWN_DOING.matcher(content).lookingAt())
                && !d.quoted && StanceClassifier.ownsAFaultBeforeColon(content);
        if (faultOwned) {
            stance = Stance.CONFIRM;
        }
        boolean deniesInItsOwnWords = stance == Stance.DENY;
        if (stance == Stance.ASSERT && RebuttalFrames.answersWithLeadIn(pointer, content, source.text(), d.sentence, before)) {
            stance = Stance.DENY;
        }
        if ((stance == Stance.ASSERT || stance == Stance.OPINION) && before != null && before.sentence() >= d.sentence - 2
                && (StanceClassifier.escalatesDenial(before.stance(), article.sentences().get(d.sentence).text() + " "
                        + (d.sentence > 0 ? article.sentences().get(d.sentence - 1).text() : ""), content)
                        // "Dowdeswell said there was nothing in the story. “We have just signed a lease,” she said. The Health
                        // Board went further, …": the one gone further than is the last speaker, who denied.
                        || StanceClassifier.goesFurther(before.stance() == Stance.DENY || previous.stream().anyMatch(p -> p.sentence() >= d.sentence - 2
                                && p.stance() == Stance.DENY && p.source().equals(before.source()) && !p.source().equals(source.text())),
                                d.cue, textBeforeContent(article, d)))) {
            stance = Stance.DENY;
        }
        // "Ms Lockhart-Bose said that stood the facts on their head. “The tunnel … 50 years. That's …,” she told …": the
        // quote follows the verdict from its first sentence, wherever its cue comes.
        String described = (source.description() == null ? "" : source.description())
                + (source.entity() == null ? "" : " " + String.join(" ", source.entity().descriptions));
        // "The trust said there was no truth in the association's claim. “Every penny of this rise goes into the water,” said
        // its harbourmaster": an officer goes on with the verdict its body has just given, as the body itself would.
        // So does "Pursglove's managing director" after Pursglove Aggregates.
        boolean namedBodysOfficer = before != null && (StanceClassifier.officerOfNamedBody(described, before.source())
                // "The university denied … “We could not sell it …,” said the university's vice-principal for estates".
                || StanceClassifier.officerOfBodyOfItsKind(described, before.source()));
        boolean officerAfterItsBody = d.quoted && before != null && (StanceClassifier.itsOfficer(described) || namedBodysOfficer)
                && before.sourceType() != SourceType.PERSON && before.sourceType() != SourceType.ANONYMOUS
                && !before.source().equals(source.text());
        if (stance == Stance.ASSERT && before != null && before.sentence() >= Math.min(d.sentence, d.firstSentence) - 1
                && (sameVoice(before.source(), source.text()) || officerAfterItsBody)
                && (StanceClassifier.rejectsWhatWasSaid(before.stance(), before.cue(), before.content())
                        || previousPointsBack && before.stance() == Stance.DENY
                        || officerAfterItsBody && StanceClassifier.bareVerdict(before.stance(), before.content())
                        // "Pursglove took issue with the group's figure, saying its monitors had not recorded a single blast
                        // above the limit. “The highest reading this year was 4.2 …, within 24 hours of the blast,” said
                        // Pursglove's managing director": the officer's evidence for its body's denial, on the same thing.
                        // ("Halbrook branded the claim that it planned to build flats fanciful, saying the institute was listed. “We
                        // have no plans for flats”": any of the body's denials in that sentence.)
                        || officerAfterItsBody && before.stance() == Stance.DENY && bodyDeniedInWordsOf(previous, before, content)
                                && (namedBodysOfficer || StanceClassifier.officerOf(source.text(), described, before.source(), previous)))) {
            // "Borsic rejected that account. The trawler had been “in international waters,” she told reporters": the
            // speaker's own version, right after rejecting another's, is what the rejection says.
            stance = Stance.DENY;
        }
        // "A second message claimed there had been no bidder": a claim's own negation answers nothing.
        boolean claimMaking = StanceClassifier.makesClaim(d, content) || StanceClassifier.negatedOnlyInCondition(content)
                // "Because of the reports, Streamwick added a warning label to every copy of the clip": what was done about
                // the reports goes along with them, whatever its "every".
                || CONSEQUENCE_OF.matcher(content).lookingAt()
                // "“Nobody is saying Jonquil is a poor dog,” Hundersby said, “but a judge should not …”": a disclaimer before
                // the speaker's own charge, not an answer to anyone (review66 kilbarrow q06).
                || DISCLAIMER.matcher(content).lookingAt()
                // "“Nobody wants to see a fire engine parked at night,” Gubbins said, “but …”": reluctance owned, not a claim
                // answered.
                || RELUCTANCE_OWNED.matcher(content).lookingAt()
                // "A member of the league's committee, who asked not to be named, told Mardock Radio that league matches could
                // not be played in a cafe": an unnamed insider's tip to an outlet is a claim, whatever its "not"; so is what a
                // post or chat message says ("the salon had lost its licence and would never open again"), unless it takes up
                // what another said.
                || insidersTip || POSTED.matcher(source.text()).matches() && !ANSWERS_A_CLAIM.matcher(content).find();
        if (stance == Stance.ASSERT && !claimMaking && d.sentence > 0 && StanceClassifier.answersAReport(content,
                article.sentences().get(d.sentence).text(), article.sentences().get(d.sentence - 1).text())) {
            stance = Stance.DENY;
        }
        if (stance == Stance.ASSERT && !claimMaking && (d.quoted && StanceClassifier.negatesReportedAct(content, textBefore(article, d.sentence, 5))
                || StanceClassifier.neverDidReportedAct(content, textBefore(article, d.sentence, 3))
                || !d.quoted && StanceClassifier.negatesOwnReportedAct(content, textBefore(article, d.sentence, 3)
                        + article.sentences().get(d.sentence).text().replace(content, " ")))) {
            stance = Stance.DENY;
        }
        // "The firm admitted … It said the update had been withdrawn. “We got that update badly wrong,” Tregenza said": what
        // the body an officer ("its operations director") speaks for has just said is no claim of another's to answer.
        String speaksFor = ownBody != null ? ownBody : StanceClassifier.bodyOfItsOfficer(source.text(), described, d.sentence, previous);
        List<Attribution> othersSaid = speaksFor == null ? previous : previous.stream().filter(p -> !p.source().equals(speaksFor)).toList();
        if (stance == Stance.ASSERT && !claimMaking
                && (StanceClassifier.accountOfTheThingAlleged(content, source.text(), described, d.sentence, previous)
                        || StanceClassifier.saidAfterRejecting(content, article.sentences().get(d.sentence).text())
                        || StanceClassifier.correctsWithNot(content, source.text(), d.sentence, Math.min(d.sentence, d.firstSentence), previous,
                                i -> article.sentences().get(i).paragraph())
                        || StanceClassifier.figureGivenSetRight(content, source.text(), Math.min(d.sentence, d.firstSentence), othersSaid)
                        || StanceClassifier.setsTheClaimRightWithNot(content, source.text(), Math.min(d.sentence, d.firstSentence), othersSaid)
                        || StanceClassifier.otherVersionOfTheThingClaimed(content, source.text(), d.sentence, previous)
                        || StanceClassifier.otherCircumstanceOfTheSameAct(content, source.text(), d.sentence, previous)
                        || d.phrase.kind() != Phrase.Kind.DOCUMENT
                                && StanceClassifier.saysNothingWasDone(content, () -> textBefore(article, d.sentence, d.sentence)))) {
            stance = Stance.DENY;
        }
        if (stance == Stance.ASSERT && !claimMaking && (echoes.deniesAnother(content, source.text(), d.sentence, previous,
                d.sentence > 0 ? article.sentences().get(d.sentence - 1).text() : "")
                || echoes.affirmsWhatAnotherNegated(content, source.text(), d.sentence, previous)
                || !d.quoted && echoes.setsAnotherRight(content, source.text(), d.sentence, previous))) {
            stance = Stance.DENY;
        }
        if (stance == Stance.DENY && OUGHT_NOT_THE_OTHER.matcher(content).find() && d.verb != null && d.verb.stance() == Stance.ASSERT) {
            // "said the diocese should be paying for the rebuilding, not the people of the town": a demand, set against
            // another, denies nothing that was said (review63 STV q04).
            stance = Stance.OPINION;
        }
        // "The society denied that the vote came first. The society accepted that no minutes were kept": an admission stays one,
        // whatever its "no" answers ("did not accept" has a cue of its own, a refusal).
        // ("The society did own up to one lapse: it had not asked the judge …" is one too.)
        // ("The garage said it had been asleep at the wheel: the tester had missed …" owns a fault: what its reason negates
        // answers no one.)
        boolean admission = stance == Stance.CONFIRM && (faultOwned
                || d.verb != null && d.verb.lemma().matches("accept|admit|concede|acknowledge|own|confess"));
        if (stance == Stance.CONFIRM && !admission && (StanceClassifier.confirmsAVerdict(article.sentences().get(d.sentence).text())
                || d.sentence > 0 && StanceClassifier.bareVerdict(article.sentences().get(d.sentence - 1).text()))
                || stance == Stance.ASSERT && !claimMaking && (StanceClassifier.deniesSuchAThing(content)
                        || StanceClassifier.negatesTheClaimItIsAfter(content)
                        || StanceClassifier.saysWhoWasReallySeen(content, source.text(), d.sentence, othersSaid)
                        || StanceClassifier.saysWhatTheyReallyWere(content, source.text(), d.sentence, othersSaid)
                        || StanceClassifier.saysItStillGoesOn(content, source.text(), d.sentence, othersSaid)
                        || StanceClassifier.saysWhatItWasNot(content, source.text(), d.sentence, othersSaid)
                        || AnsweredClaims.answersAnUnnamedTip(content, source.text(), Math.min(d.sentence, d.firstSentence), othersSaid)
                        || d.quoted && StanceClassifier.saysItWasThere(content, source.text(), d.sentence, othersSaid)
                        || d.quoted && StanceClassifier.oneSaidNotToHaveDoneItSpeaks(content, described, source.text(), d.sentence,
                                othersSaid)
                        // "That never happened. “Every flat was brought back at the same time,” said NAME": the quote is the proof.
                        || d.quoted && d.sentence > 0 && StanceClassifier.bareVerdict(article.sentences().get(d.sentence - 1).text())
                        || d.quoted && StanceClassifier.goesOnFromABareVerdict(source.text(), d.sentence, previous)
                        || StanceClassifier.verdictBeforeItsCue(article.sentences().get(d.sentence).text())
                        || StanceClassifier.verdictOnTheClaimant(content, source.text(), d.sentence, othersSaid)
                        || StanceClassifier.backsTheDenialJustBefore(content, source.text(), d.sentence, othersSaid)
                        // ("It was not: …, according to the breeders' association": the article's own correction, with its source.)
                        || (d.cue == null || !d.cue.startsWith("according"))
                                && StanceClassifier.verdictOnWhatWasJustSaid(content, source.text(), d.sentence, othersSaid))) {
            stance = Stance.DENY;
        }
        if (stance == Stance.OPINION && !claimMaking
                && StanceClassifier.correctsAFigureJustGiven(content, source.text(), d.sentence, othersSaid)) {
            stance = Stance.DENY;
        }
        // "The station said the authority had judged it on a single week. Its chair of trustees, X, said the authority had never
        // once contacted the station": what one's own body just said is no claim to answer.
        if ((stance == Stance.ASSERT || stance == Stance.CONFIRM && !admission) && !claimMaking
                && (StanceClassifier.holdsDespiteAClaim(content)
                        || AnsweredClaims.answers(content, source.text(), d.sentence, article.sentences(), othersSaid)
                        || AnsweredClaims.negatedReply(d.verb, content, source.text(), d.sentence, othersSaid)
                        || stance == Stance.ASSERT && (AnsweredClaims.accusedAnswers(content, source.text(), d.sentence, othersSaid)
                                || AnsweredClaims.accusedGivesAnotherSpan(content, source.text(), d.sentence, othersSaid)
                                || AnsweredClaims.doneForEveryClaimant(content, source.text(), d.sentence, othersSaid)
                                || AnsweredClaims.namedOneAnswers(content, source.text(), described, d.sentence, othersSaid)
                                || AnsweredClaims.bodySaysWhatItDid(content, source.text(), described, d.sentence, othersSaid)))) {
            stance = Stance.DENY;
        }
        if (stance == Stance.ASSERT && !claimMaking && !d.quoted && source.entity() != null && !source.anonymous()
                && (StanceClassifier.hasNegation(content)
                        // ("Mr Greel confirmed making the offer but said it had always been “subject to testing”": a proviso.)
                        || SETS_IT_STRAIGHT.matcher(content).find() && previous.stream().noneMatch(p -> p.sentence() == d.sentence))
                && claimJustNamedIt(content, source.text(), described, d.sentence, othersSaid)) {
            // "Amphlett said the rule had been drafted with the help of Gimble Mobility … Gimble Mobility said it had sold two
            // vehicles …, and that its staff had never met anyone from the council": the one a claim just named, answering
            // with a "never", denies it. So does one that claim named up to three sentences before, when the two speak of the same
            // thing ("Crich Timber … said it had not settled a price with the trust"), and one setting it straight with "always".
            stance = Stance.DENY;
        }
        if (stance == Stance.ASSERT && !claimMaking && before != null
                && (StanceClassifier.speaksForTheRejection(before, source.text(), described, d.quoted, d.sentence, content)
                        || StanceClassifier.theOneItIsAboutAnswers(before, source.text(), described, d.sentence, content))) {
            stance = Stance.DENY;
        }
        if (stance == Stance.ASSERT && !claimMaking && StanceClassifier.sidesWithTheDenial(article.sentences(),
                Math.min(d.sentence, d.firstSentence), source.text(), described, previous)) {
            stance = Stance.DENY;
        }
        if (stance == Stance.ASSERT && !claimMaking && d.quoted
                && StanceClassifier.asFirmAsTheDenialBefore(article.sentences(), Math.min(d.sentence, d.firstSentence), previous)) {
            stance = Stance.DENY;
        }
        if (stance == Stance.ASSERT && NOT_ACCEPTED_BEFORE_COLON.matcher(textBeforeContent(article, d)).find()) {
            // "The partnership said it did not recognise the figure: its own records put the average wait at six days": the
            // account after the colon is the refusal's reason.
            stance = Stance.DENY;
        }
        if ((stance == Stance.ASSERT || stance == Stance.OPINION) && !claimMaking && d.kind == Draft.Kind.COLON
                && StanceClassifier.asFirmBeforeItsColon(textBeforeContent(article, d), d.sentence, previous)) {
            stance = Stance.DENY;
        }
        if (stance == Stance.ASSERT && !claimMaking && d.quoted && before != null
                && StanceClassifier.quoteOpenedByOwnRejection(before, source.text(), d.sentence, article.sentences().get(d.sentence).text())) {
            stance = Stance.DENY;
        }
        if (stance == Stance.ASSERT && !claimMaking && d.quoted && before != null
                && StanceClassifier.quoteGoesOnWithItsSidesDenial(before, source.text(), described, Math.min(d.sentence, d.firstSentence),
                        previous)) {
            stance = Stance.DENY;
        }
        if (stance == Stance.ASSERT && !claimMaking && RebuttalFrames.answers(d, source.text(), described, content, previous,
                article.sentences())) {
            stance = Stance.DENY;
        }
        if (stance == Stance.ASSERT && !claimMaking
                && AnsweredClaims.bearsOutACorrection(content, source.text(), d.sentence, previous)) {
            stance = Stance.DENY;
        }
        if (stance == Stance.ASSERT && !claimMaking
                && AnsweredClaims.restatesBodysDenial(content, source.text(), described, d.sentence, previous)) {
            stance = Stance.DENY;
        }
        if (stance == Stance.ASSERT && !claimMaking && d.verb != null && AnsweredClaims.PLAIN_SAYING.contains(d.verb.lemma())
                && AnsweredClaims.bearsOutTheDenialJustBefore(content, source.text(), source.anonymous(),
                        Math.min(d.sentence, d.firstSentence), previous)) {
            stance = Stance.DENY;
        }
        if (stance == Stance.ASSERT && !claimMaking
                && AnsweredClaims.answersContestedClaim(d.verb, source.anonymous(), content, source.text(), described,
                        answeringFrom(d, previous), textBeforeContent(article, d), previous)) {
            stance = Stance.DENY;
        }
        if (stance == Stance.ASSERT && !claimMaking && d.quoted && d.verb != null && AnsweredClaims.PLAIN_SAYING.contains(d.verb.lemma())
                && AnsweredClaims.answersAnUnnamedClaim(content, source.text(), source.anonymous(), described,
                        Math.min(d.sentence, d.firstSentence), previous)) {
            stance = Stance.DENY;
        }
        if (stance == Stance.ASSERT && !claimMaking && d.verb != null && INSISTING.contains(d.verb.lemma())
                && AnsweredClaims.insistsAgainst(content, source.text(), d.sentence, previous)) {
            stance = Stance.DENY;
        }
        if (stance == Stance.ASSERT && d.cue != null && d.cue.matches("(?i)saying|adding|insisting|arguing|pointing(?: out)?")
                && (previous.stream().anyMatch(p -> p.sentence() == d.sentence && p.source().equals(source.text())
                        && p.stance() == Stance.DENY) || HIT_BACK.matcher(textBeforeContent(article, d)).find()
                        || ANSWERED_CRITICS.matcher(textBeforeContent(article, d)).find()
                        || answersWhatWasJustSaid(textBeforeContent(article, d), source.text(), d.sentence, othersSaid))) {
            // "Mr Challacombe contradicted Ms Penkridge's account, saying the files covered only four batches": the reason
            // given with a rejection is the rejection's.
            stance = Stance.DENY;
        }
        if (stance == Stance.ASSERT && !claimMaking && (StanceClassifier.saidCandidly(textBeforeContent(article, d), source.text())
                || Math.min(d.sentence, d.firstSentence) > 0
                        && StanceClassifier.saidCandidly(article.sentences().get(Math.min(d.sentence, d.firstSentence) - 1).text(), source.text()))) {
            stance = Stance.CONFIRM;
        }
        if (stance == Stance.DENY && !deniesInItsOwnWords && d.quoted && before != null && before.stance() == Stance.CONFIRM
                && before.sentence() >= Math.min(d.sentence, d.firstSentence) - 1
                && (before.source().equals(source.text()) || before.source().equals(speaksFor)) && !BUT_FIRST.matcher(content).lookingAt()
                && !CORRECTION.matcher(content).find()) {
            // "Scrubwell admitted that one of its crews had painted over part of a mural. “That mural should never have been
            // touched,” said its managing director": the quote after its own side's admission owns up with it. ("Whoever put
            // £640m on this approach was not in the room" rejects in words of its own, and so does "It happened once, not three
            // times": both stay denials. "We want a deal, but not one that our passengers pay for" after one is a view, no more.)
            stance = REGRET.matcher(content).find() ? Stance.CONFIRM : Stance.ASSERT;
        }
        if (stance == Stance.DENY && RELUCTANCE_OWNED.matcher(content).lookingAt()) {
            // "“Nobody on this council wanted to touch street cleaning,” said the cabinet member", "“We did not want to charge
            // anyone. The choice was …”": reluctance owned before the reason for a decision answers no claim. (Counted as
            // claim-making above, it stops the later rules; this undoes the first reading's "no".)
            stance = Stance.ASSERT;
        }
        if (stance == Stance.DENY && d.quoted && HARDSHIP.matcher(content).find()
                && !StanceClassifier.hasNegation(HARDSHIP.matcher(content).replaceAll(" "))) {
            // "“… and a van is no place to eat a meal,” said Scarfe", "“… and none of them has anywhere else to go”": a lack
            // complained of, the only "no" in the words, answers no claim.
            stance = Stance.ASSERT;
        }
        lastStance.put(source.text(), stance);
        List<String> hedges = StanceClassifier.hedges(content, d.hedgedCue, d.cue);
        Set<String> via = new LinkedHashSet<>(d.via);
        via.addAll(d.phrase.via());
        via.remove(source.text());
        int first = d.sentence;
        int last = d.sentence;
        for (int[] range : d.content) {
            first = Math.min(first, sentenceAt(article, range[0]));
            last = Math.max(last, sentenceAt(article, Math.max(range[0], range[1] - 1)));
        }
        List<Sentence> all = article.sentences();
        String evidence = article.text().substring(all.get(first).start(), all.get(last).end());
        List<Integer> covered = new ArrayList<>();
        for (int i = first; i <= last; i++) {
            covered.add(i);
        }
        SourceType type = source.anonymous() ? SourceType.ANONYMOUS : source.type();
        // An outlet's report "citing three people briefed on the talks" rests on people the article does not name.
        boolean citesUnnamed = (type == SourceType.OUTLET || CitedSources.aReport(d.phrase)) && !d.quoted
                && CitedSources.unnamedCited(article.sentences().get(d.sentence).text()) != null;
        return new Attribution(withoutFullStop(source.text()), type, source.description() == null ? "" : source.description(),
                withoutFullStop(SentenceView.clean(d.phrase.text())), d.cue, stance, citesUnnamed ? CitedSources.withoutCitation(content) : content,
                d.quoted, !hedges.isEmpty(), source.anonymous() || unnamedByPhrase(d.phrase, source) || citesUnnamed, List.copyOf(via),
                d.sentence, evidence, hedges, covered);
    }

    /**
     * "Headteacher Kwabena Asante-Hale": someone the list of those present gives a role ("(Headteacher)") is called by it in
     * the minutes, and a reader needs both to know who spoke. Renamed only once every statement is read, since the rules
     * that weigh one statement against the ones before it compare speakers by name.
     */
    private static Map<String, String> listedNames(EntityRegistry registry) {
        Map<String, String> out = new HashMap<>();
        for (Entity e : registry.entities()) {
            Entity c = registry.canonical(e);
            if (c.listedAs != null && !c.name.startsWith(c.listedAs + " ")) {
                out.put(c.name, c.listedAs + " " + c.name);
            }
        }
        return out;
    }

    /**
     * "The Director of Place, Dervla Pennefather, stated …. The Director of Place stated that this was incorrect": an office
     * in capitals is the one person the article gave it to, when it gave it to one person only.
     */
    private static Map<String, String> officeHolders(EntityRegistry registry) {
        Map<String, String> out = new HashMap<>();
        Map<String, List<String>> holders = new HashMap<>();
        for (Entity e : registry.entities()) {
            Entity c = registry.canonical(e);
            if (c.type == SourceType.PERSON) {
                for (String d : c.descriptions) {
                    holders.computeIfAbsent(d.toLowerCase(java.util.Locale.ROOT), k -> new ArrayList<>()).add(c.name);
                }
            }
        }
        for (Entity e : registry.entities()) {
            Entity c = registry.canonical(e);
            List<String> held = holders.get(c.name.toLowerCase(java.util.Locale.ROOT));
            if (c.type == SourceType.PERSON && held != null && held.stream().distinct().count() == 1 && !held.get(0).equals(c.name)) {
                out.put(c.name, held.get(0));
            }
        }
        return out;
    }

    private static final java.util.regex.Pattern DESCRIBED_BODY = java.util.regex.Pattern.compile(
            // ("…, a charity said on Monday": the words after the lede's clause start in lower case.)
            "^(?:[Aa]|[Aa]n|The(?=\\s+(?:[\\p{Ll}-]+\\s+){0,3}\\p{Ll}+\\s+(?:that|which)\\s))\\s+(?:[\\p{Ll}-]+\\s+){0,3}(company|firm|operator|business|charity|chain|maker|retailer|supplier|"
                    + "landlord|developer|trust|council|club|school|university|college|airline|carrier|manufacturer|brewery|publisher)"
                    // "A home care company that holds a £14 million council contract in Ravensgarth"
                    + "(?:\\s+(?:that|which)\\s+\\S.*)?$");

    /** How many sentences below the lede the claim it answers may be told. */
    private static final int LEDE_REACH = 3;

    private static final java.util.regex.Pattern CLAIM_MAKING_CUE = java.util.regex.Pattern.compile(
            "(?i)\\b(?:claim|alleg|report|suggest|accus|charg|assert|post|tweet|rumou?r)\\w*");

    /**
     * "Winsome Stobbart has written to say that the playing field is not for sale. … Piran Pruett wrote that the council had
     * agreed in private to sell the field": the lede answers, before the article tells it, the claim it goes on to report.
     */
    private static void ledeAnswersTheClaimToCome(List<Attribution> attributions) {
        // The lede may give more than one voice: "The appeal has raised £61,400, the churchwardens told the meeting. The vicar
        // told the same meeting that none of the bells would be sold."
        for (int i = 0; i < attributions.size() && attributions.get(i).sentence() <= 1; i++) {
            Attribution a = attributions.get(i);
            // "A campaign group claims that 600 forms were never counted": a claim made is no answer, whatever its "never".
            if (a.stance() != Stance.ASSERT || a.anonymous() || a.hedged() || CLAIM_MAKING_CUE.matcher(a.cue()).find()) {
                continue;
            }
            boolean answered = attributions.stream().anyMatch(b -> b.sentence() > a.sentence() && b.sentence() <= a.sentence() + LEDE_REACH
                    && !b.source().equals(a.source()) && b.stance() != Stance.DENY && AnsweredClaims.negationAnswersClaim(a.content(), b.content()));
            if (answered) {
                attributions.set(i, new Attribution(a.source(), a.sourceType(), a.description(), a.mention(), a.cue(), Stance.DENY,
                        a.content(), a.quoted(), a.hedged(), a.anonymous(), a.via(), a.sentence(), a.evidence(), a.hedges(),
                        a.sentences()));
            }
        }
    }

    /**
     * "A canal holiday company has rejected suggestions …" opens the article; "…, the company said" later is Kestlebrook
     * Boat Holidays. The lede's description is that body, not an unnamed source, once every later "the company" is the one
     * body.
     */
    private static void namedAfterTheLede(List<Attribution> attributions, List<Sentence> sentences) {
        if (attributions.isEmpty() || attributions.get(0).sentence() > 1) {
            return;
        }
        Attribution lede = attributions.get(0);
        if (DESCRIBED_DEFENDANT.matcher(lede.source()).matches()) {
            namedDefendant(attributions, lede);
            return;
        }
        if (lede.stance() == Stance.DENY && (lede.sourceType() == SourceType.ORGANIZATION || lede.sourceType() == SourceType.GOVERNMENT)) {
            officerGoesOnDenying(attributions, lede);
        }
        java.util.regex.Matcher person = DESCRIBED_PERSON.matcher(lede.source());
        if (person.matches() && (lede.sourceType() == SourceType.PERSON || lede.sourceType() == SourceType.ANONYMOUS)
                && !PhraseParser.anonymousMarker(lede.evidence()) && namedPerson(attributions, lede, person.group(1))) {
            return;
        }
        java.util.regex.Matcher role = DESCRIBED_ROLE.matcher(lede.source());
        if (role.matches()) {
            namedByRole(attributions, lede, role.group(1).replaceFirst("s$", ""));
            return;
        }
        java.util.regex.Matcher officer = DESCRIBED_OFFICER.matcher(lede.source());
        // "The monks of Dunsward Abbey have dismissed …": a plural is the community, not its one officer who speaks next.
        if (officer.matches() && !officer.group(1).matches(".*[^s']s") && (lede.sourceType() == SourceType.PERSON
                || lede.sourceType() == SourceType.UNKNOWN)) {
            namedOfficer(attributions, lede, officer.group(1));
            return;
        }
        java.util.regex.Matcher described = DESCRIBED_BODY.matcher(lede.source());
        if (!described.matches()) {
            return;
        }
        java.util.Set<String> bodies = new java.util.LinkedHashSet<>();
        Attribution named = null;
        for (Attribution a : attributions) {
            if (a.sentence() > lede.sentence() && a.mention() != null
                    && a.mention().matches("(?i)^the\\s+" + described.group(1) + "$") && a.sourceType() != SourceType.PERSON
                    && !a.anonymous()) {
                bodies.add(a.source());
                named = a;
            }
        }
        if (bodies.isEmpty()) {
            // "A water company has denied … Corrabeck Water, which has fitted 61,000 of the meters, said …": the body that
            // opens the next sentence, named and speaking, is the one the lede described.
            for (Attribution a : attributions) {
                if (a.sentence() == lede.sentence() + 1 && a.sourceType() == SourceType.ORGANIZATION && !a.anonymous()
                        && a.mention() != null && a.mention().replaceFirst("^(?i)the\\s+", "").startsWith(a.source())
                        && a.evidence().startsWith(a.mention().split(",")[0])) {
                    bodies.add(a.source());
                    named = a;
                    break;
                }
            }
        }
        int naming = named == null ? -1 : named.sentence();
        if (bodies.isEmpty() && lede.sentence() + 1 < sentences.size()) {
            // "PRESENTER: The company that collects recycling … has denied …. PRESENTER: Gallowcroft Waste Services collects
            // from about 12,000 households": the body the next sentence opens with, heard from later in the piece.
            String next = SCRIPT_LABEL.matcher(sentences.get(lede.sentence() + 1).text()).replaceFirst("");
            for (Attribution a : attributions) {
                if (a.sentence() > lede.sentence() + 1 && a.sourceType() == SourceType.ORGANIZATION && !a.anonymous()
                        && a.source().contains(" ") && next.startsWith(a.source() + " ")) {
                    bodies.add(a.source());
                    named = a;
                    naming = lede.sentence() + 1;
                    break;
                }
            }
        }
        if (bodies.size() != 1) {
            return;
        }
        // The words stay the mention only: as a description, "a canal holiday company" would make the Canal Holiday
        // Operators Association look like the same body.
        spokenBy(attributions, lede.source(), named, naming);
    }

    /** "a rival laboratory": a body the lede gives by its kind alone. */
    private static final java.util.regex.Pattern BODY_OF_A_KIND = java.util.regex.Pattern.compile(
            "^(?i:an?)\\s+(?:[\\p{Ll}-]+\\s+){0,2}(\\p{Ll}{4,})$");

    /**
     * "… its maker said on Tuesday, but a rival laboratory says the study compared it with a dose … too low … Ostmark
     * Biologics, a research laboratory that is developing its own heart failure treatment, said …": the one body the
     * article later names with the same kind of description is the one the lede held back, whichever of the lede's
     * speakers it was.
     */
    private static void describedAgainByName(List<Attribution> attributions) {
        if (attributions.isEmpty() || attributions.get(0).sentence() > 1) {
            return;
        }
        int lede = attributions.get(0).sentence();
        for (Attribution held : List.copyOf(attributions)) {
            java.util.regex.Matcher kind = BODY_OF_A_KIND.matcher(held.source());
            if (held.sentence() != lede || held.sourceType() != SourceType.ORGANIZATION || !kind.matches()) {
                continue;
            }
            java.util.regex.Pattern described = java.util.regex.Pattern.compile(
                    "(?i)^(?:a|an|the)\\s+(?:[\\p{L}-]+\\s+){0,3}" + kind.group(1) + "\\b.*");
            List<Attribution> named = attributions.stream().filter(a -> a.sentence() > lede && a.sourceType() == SourceType.ORGANIZATION
                    && !a.anonymous() && described.matcher(a.description()).matches()).toList();
            if (!named.isEmpty() && named.stream().allMatch(a -> a.source().equals(named.get(0).source()))) {
                spokenBy(attributions, held.source(), named.get(0), named.get(0).sentence());
            }
        }
    }

    /** "The owners of a Brackenmere care home": whoever holds that role, named later by it. */
    private static final java.util.regex.Pattern DESCRIBED_ROLE = java.util.regex.Pattern.compile(
            "^The\\s+(owners?|operators?|organi[sz]ers?|makers?|landlords?|developers?|publishers?|promoters?|proprietors?|"
                    + "manufacturers?|builders?)\\s+of\\s+(?:a|an)\\s+.+$");

    /**
     * "The owners of a Brackenmere care home have rejected …. Thornwick Lodge's owner, Larkhollow Care Group, denied …": the
     * one named body the article later describes by the lede's role is the one the lede held back.
     */
    private static void namedByRole(List<Attribution> attributions, Attribution lede, String role) {
        java.util.regex.Pattern described = java.util.regex.Pattern.compile("(?i)(?:^|.*\\s)" + role + "s?$");
        Attribution named = null;
        for (Attribution a : attributions) {
            if (a.sentence() > lede.sentence() && !a.anonymous() && !a.source().equals(lede.source())
                    && (a.sourceType() == SourceType.ORGANIZATION || a.sourceType() == SourceType.GOVERNMENT)
                    && described.matcher(a.description()).matches()) {
                if (named != null && !named.source().equals(a.source())) {
                    return;
                }
                named = a;
            }
        }
        if (named != null) {
            spokenBy(attributions, lede.source(), named, named.sentence());
        }
    }

    /** "A private collector in Carvonia": one person, by what they are and where, held back for the next sentence. */
    private static final java.util.regex.Pattern DESCRIBED_PERSON = java.util.regex.Pattern.compile(
            "^An?\\s+(?:[\\p{Ll}-]+\\s+){0,2}([\\p{Ll}-]+)(?:\\s+(?:in|from|at|of|on)\\s+\\p{Lu}[\\p{L}'\u2019 -]*)?$");

    /**
     * "A private collector in Carvonia says the most popular painting in the Inchcombe Museum belongs to his family …
     * Florentin Deschaume said on Monday that his grandfather had lent …": the person named outright in the statement
     * right after the lede, with nothing else said of them, is the one the lede described. False when no such person
     * follows.
     */
    private static boolean namedPerson(List<Attribution> attributions, Attribution lede, String head) {
        Attribution next = attributions.stream().filter(a -> a.sentence() > lede.sentence()).findFirst().orElse(null);
        if (next == null || next.sentence() > lede.sentence() + 2 || next.sourceType() != SourceType.PERSON || next.anonymous()
                || next.mention() == null || !next.mention().strip().equals(next.source())
                || !next.description().isBlank() && !next.description().toLowerCase(java.util.Locale.ROOT).contains(head)
                || attributions.stream().anyMatch(a -> a.source().equals(next.source()) && a.sentence() < next.sentence())) {
            return false;
        }
        String described = lede.source().replaceFirst("^An?\\s+", "");
        spokenBy(attributions, lede.source(), next, next.sentence());
        if (next.description().isBlank()) {
            attributions.replaceAll(x -> !x.source().equals(next.source()) || !x.description().isBlank() ? x
                    : new Attribution(x.source(), x.sourceType(), described, x.mention(), x.cue(), x.stance(), x.content(),
                            x.quoted(), x.hedged(), x.anonymous(), x.via(), x.sentence(), x.evidence(), x.hedges(), x.sentences()));
        }
        return true;
    }

    /** "REPORTER: ", "PRESENTER: ": a script's label before a line. */
    private static final java.util.regex.Pattern SCRIPT_LABEL = java.util.regex.Pattern.compile("^\\p{Lu}{3,}(?:\\s*\\([^)]{1,40}\\))?:\\s+");

    /**
     * Every statement of the unnamed {@code described} given to {@code named}'s source, no longer unnamed. When the name
     * comes in the very next sentence, that sentence joins the statement's own: the proof of who spoke is there.
     */
    private static void spokenBy(List<Attribution> attributions, String described, Attribution named) {
        spokenBy(attributions, described, named, named.sentence());
    }

    private static void spokenBy(List<Attribution> attributions, String described, Attribution named, int naming) {
        attributions.replaceAll(a -> !a.source().equals(described) ? a
                : new Attribution(named.source(), named.sourceType(), named.description(), a.mention(), a.cue(), a.stance(),
                        a.content(), a.quoted(), a.hedged(), false, a.via(), a.sentence(), a.evidence(), a.hedges(),
                        withNamingSentence(a, naming)));
    }

    private static List<Integer> withNamingSentence(Attribution a, int naming) {
        if (naming != a.sentence() + 1 || a.sentences().contains(naming)) {
            return a.sentences();
        }
        List<Integer> out = new ArrayList<>(a.sentences());
        out.add(naming);
        return List.copyOf(out);
    }

    /** "The vicar of St Aldric's Church in Cauldmere": one person, by the office they hold somewhere the lede names. */
    private static final java.util.regex.Pattern DESCRIBED_OFFICER = java.util.regex.Pattern.compile(
            "^The\\s+((?:[\\p{Ll}-]+\\s+){0,2}[\\p{Ll}-]+)\\s+(?:of|at)\\s+\\p{Lu}.*$");

    /**
     * "The vicar of St Aldric's Church has denied …. “The bells are not for sale …,” the Rev Ewart Penderrick said": the lede
     * holds back the name its next sentence gives, to a person saying the same kind of thing whom nothing else describes.
     */
    private static void namedOfficer(List<Attribution> attributions, Attribution lede, String office) {
        for (int i = 0; i < attributions.size(); i++) {
            Attribution a = attributions.get(i);
            // After the lede's denial, the named speaker's own "not for sale" goes on denying.
            boolean goesOnDenying = lede.stance() == Stance.DENY && a.quoted() && StanceClassifier.hasNegation(a.content());
            if (a.sentence() == lede.sentence() + 1 && a.sourceType() == SourceType.PERSON && !a.anonymous()
                    && (a.stance() == lede.stance() || goesOnDenying) && !a.source().equals(lede.source())
                    && (titleOnly(a.description()) || a.description().contains(office))) {
                if (a.stance() != lede.stance()) {
                    attributions.set(i, new Attribution(a.source(), a.sourceType(), a.description(), a.mention(), a.cue(), Stance.DENY,
                            a.content(), a.quoted(), a.hedged(), a.anonymous(), a.via(), a.sentence(), a.evidence(), a.hedges(),
                            a.sentences()));
                }
                spokenBy(attributions, lede.source(), attributions.get(i));
                return;
            }
        }
    }

    /** "The chair of the Yellerstowe Hoteliers' Association", "The board's medical director": one person, by the post alone. */
    private static final java.util.regex.Pattern POST_HOLDER = java.util.regex.Pattern.compile(
            "^The\\s+(?:\\p{Ll}+['\u2019]s\\s+)?(?:[\\p{Ll}-]+\\s+){0,2}(chair|chairman|chairwoman|director|chief|executive|manager|officer"
                    + "|secretary|president|head|leader|spokesman|spokeswoman|spokesperson|treasurer|principal|headteacher"
                    + "|researcher|author|scientist|engineer)"
                    + "(?:\\s+(?:of|at)\\s+(?:the\\s+)?\\p{Lu}.*)?$");

    /**
     * "The chair of the Yellerstowe Hoteliers' Association maintained that … “We were sent the plan …,” said Ginevra
     * Thistlewood": a post holder is named in the quotation that follows, and is that person wherever the post speaks.
     */
    private static void namedInTheQuoteAfter(List<Attribution> attributions, List<Sentence> sentences) {
        for (Attribution post : List.copyOf(attributions)) {
            java.util.regex.Matcher role = POST_HOLDER.matcher(post.source());
            if (post.sourceType() == SourceType.PERSON || post.sourceType() == SourceType.OUTLET || !role.matches()
                    || post.anonymous() && PhraseParser.anonymousMarker(post.evidence())) {
                continue;
            }
            for (Attribution a : attributions) {
                int first = a.sentences().isEmpty() ? a.sentence() : a.sentences().get(0);
                if (first != post.sentence() + 1 || sentences.get(first).paragraph() != sentences.get(post.sentence()).paragraph()) {
                    continue;
                }
                // The quotation's speaker, named with no other body ("Dr", or the same post): the person the post was.
                if (a.sourceType() == SourceType.PERSON && !a.anonymous() && a.quoted()
                        && (titleOnly(a.description()) || a.description().toLowerCase(java.util.Locale.ROOT).contains(role.group(1)))) {
                    spokenBy(attributions, post.source(), a, first);
                    if (titleOnly(a.description())) {
                        // "Dr Radmila Crowthorne" is, for whoever reads on, "the board's medical director".
                        String described = "t" + post.source().substring(1);
                        attributions.replaceAll(x -> !x.source().equals(a.source()) || !titleOnly(x.description()) ? x
                                : new Attribution(x.source(), x.sourceType(), described, x.mention(), x.cue(), x.stance(), x.content(),
                                        x.quoted(), x.hedged(), x.anonymous(), x.via(), x.sentence(), x.evidence(), x.hedges(), x.sentences()));
                    }
                }
                break;
            }
        }
    }

    /** No description, or only a title ("Professor", "Rev."): nothing that ties the person to another body. */
    private static boolean titleOnly(String description) {
        return description.isBlank() || description.matches("\\p{Lu}\\p{Ll}*\\.?");
    }

    /** "the vice-chancellor", "its chief executive": an office described without naming any other body. */
    private static final java.util.regex.Pattern OWN_OFFICE = java.util.regex.Pattern.compile("^(?:(?:the|its)\\s+)?[\\p{Ll}-]+(?:\\s+[\\p{Ll}-]+){0,2}$");

    /**
     * "Kestlemoor University has rejected reports that its conservatoire will close. “The conservatoire is staying open,”
     * said Professor Anneliese Quilliam, the vice-chancellor, “and nobody has been asked …”": right after the body's
     * denial, its officer's quoted "nobody" goes on denying. So does the founder's "We have never mixed anything into our
     * saffron" two sentences on, when only the report being denied comes between: the first person quoted after the lede.
     */
    private static void officerGoesOnDenying(List<Attribution> attributions, Attribution lede) {
        String bodyNoun = "the " + lede.source().substring(lede.source().lastIndexOf(' ') + 1).toLowerCase(java.util.Locale.ROOT);
        for (int i = 0; i < attributions.size(); i++) {
            Attribution a = attributions.get(i);
            if (a.sentence() <= lede.sentence() || a.sentence() > lede.sentence() + 3) {
                continue;
            }
            String description = a.description().strip();
            // What the sentence says of the speaker: the description, or the clause after the name ("…, who founded the company").
            int named = a.evidence().indexOf(a.source() + ", ");
            String aside = named < 0 ? "" : a.evidence().substring(named + a.source().length()).split("[.;:]", 2)[0];
            boolean ofTheBody = (description + " " + aside).contains(lede.source()) || (description + " " + aside)
                    .toLowerCase(java.util.Locale.ROOT).matches(".*\\b" + java.util.regex.Pattern.quote(bodyNoun) + "\\b.*");
            boolean ownOfficer = titleOnly(description) || OWN_OFFICE.matcher(description).matches() || ofTheBody;
            // Right after the lede any officer; further on only one the text ties to the body ("who founded the company").
            if (a.sourceType() == SourceType.PERSON && !a.anonymous() && a.quoted() && a.stance() == Stance.ASSERT
                    && (a.sentence() == lede.sentence() + 1 ? ownOfficer : ofTheBody) && StanceClassifier.hasNegation(a.content())) {
                attributions.set(i, new Attribution(a.source(), a.sourceType(), a.description(), a.mention(), a.cue(), Stance.DENY,
                        a.content(), a.quoted(), a.hedged(), a.anonymous(), a.via(), a.sentence(), a.evidence(), a.hedges(),
                        a.sentences()));
                return;
            }
            if (a.sourceType() == SourceType.PERSON) {
                // Someone else quoted first: the officer's words no longer follow the body's denial.
                return;
            }
        }
    }

    private static final java.util.regex.Pattern DESCRIBED_DEFENDANT = java.util.regex.Pattern.compile(
            "^(?:A|An)\\s+(?:[\\p{Ll}-]+\\s+){1,3}(?:accused|charged|suspected|convicted)\\s+(?:of|with)\\s+.+$");

    /**
     * "A market trader accused of selling counterfeit perfume has denied …. Casimir Oduya-Pellinor, 44, of …, denies eight
     * charges": a court report's lede describes the defendant and its next sentence opens on the name.
     */
    private static void namedDefendant(List<Attribution> attributions, Attribution lede) {
        for (Attribution a : attributions) {
            if (a.sentence() == lede.sentence() + 1 && a.sourceType() == SourceType.PERSON && !a.anonymous() && a.mention() != null
                    && a.evidence().startsWith(a.mention())) {
                spokenBy(attributions, lede.source(), a);
                return;
            }
        }
    }

    private static Attribution renamed(Attribution a, String source) {
        return new Attribution(source, a.sourceType(), a.description(), a.mention(), a.cue(), a.stance(), a.content(), a.quoted(),
                a.hedged(), a.anonymous(), a.via(), a.sentence(), a.evidence(), a.hedges(), a.sentences());
    }

    /**
     * Whether the words for the speaker leave them unnamed. "The Clerk" found to be the Tamsin Redgrove of the list of those
     * present is named; "a trader who asked not to be named" is not, whoever the article takes them to be.
     */
    private static boolean unnamedByPhrase(Phrase phrase, SourceResolver.Resolved source) {
        // "A forestry contractor has denied …", the lede's business named later: named after all.
        return phrase.anonymousMarker() && (source.entity() == null || source.type() != SourceType.PERSON
                && !SourceResolver.businessKeptForLater(phrase) || PhraseParser.anonymousMarker(phrase.text()));
    }

    // ("the parents' figure was plucked from thin air: that tour had cost 1,950 crowns": "that" before a bare noun and its verb
    // points at the tour; it opens no clause.)
    private static final Pattern LEAD_IN_THAT = Pattern.compile("^(?i)[^:\"\u201c\u201d]{3,60}:\\s*that\\s+(?=\\S)"
            + "(?!(?-i:(?!(?:it|he|she|they|we|you|there)\\b)\\p{Ll}+)\\s+(?:had|has|was|were|is|would|will|could)\\b)");

    /** "should never have been touched", "We got that badly wrong": owning up to a fault. */
    private static final Pattern REGRET = Pattern.compile("(?i)\\b(?:should(?:n't| not| never) have|got (?:it|that|this|\\w+ \\w+) "
            + "(?:badly |completely |very )?wrong|(?:was|were) (?:a |our |my )?mistake|(?:we|i) (?:are|am) sorry|apologi[sz]e)\\b");

    /** "once, not three times", "17, not 40": a correction, which owns up to the part it keeps and denies the rest. */
    private static final Pattern CORRECTION = Pattern.compile("(?i)\\b[\\p{L}\\d.,%-]+,\\s+not\\s+(?:\\d[\\d.,]*|one|two|three|four|five|six|"
            + "seven|eight|nine|ten|twice|once|several|many|all|every)\\b");

    /** "But …", "However …": a quote that turns against what its side has just owned up to. */
    private static final Pattern BUT_FIRST = Pattern.compile("(?i)^\\W*(?:but|however|yet)\\b");

    /** "should be paying for it, not the people of the town": what ought to be, set against what ought not. */
    private static final Pattern OUGHT_NOT_THE_OTHER = Pattern.compile("(?i)\\b(?:should|ought to|must)\\s+(?!have\\b)[^.;,]{3,80},\\s+not\\s+");

    /**
     * The sentence a statement answers from: a quotation's first, when what one unnamed person said is just before it ("One
     * parent … told Radio Sallowgate that the committee had missed two deadlines. “We answered every letter … . I have the
     * receipts …,” said the group's treasurer"); otherwise the sentence of its cue, since a named speaker's words before a
     * long quotation ("We think there are numerous injuries") are more news, not a claim the next speaker settles.
     */
    private static int answeringFrom(Draft d, List<Attribution> previous) {
        int first = Math.min(d.sentence, d.firstSentence);
        // ("Residents of Quarry Row say …" is a group, whose own chair's quotation goes on with its complaint.)
        return first < d.sentence && previous.stream().anyMatch(a -> a.sentence() == first - 1 && a.anonymous()
                && a.source().matches("(?i)(?:a|an|one)\\s.*")) ? first : d.sentence;
    }

    /** "did not recognise the figure:", "would not accept that account:": a refusal, then a colon and the speaker's account. */
    private static final Pattern NOT_ACCEPTED_BEFORE_COLON = Pattern.compile("(?i)\\b(?:(?:did|does|do|would|could)\\s*(?:not|n['’]t)|never)\\s+"
            + "(?:recogni[sz]e|accept|agree\\s+with|believe|buy)\\s+(?:the|that|this|these|those|its|their|his|her)\\s+[^:;.\"“]{1,40}:\\s*$");

    /** "its deal with Cashlink had always been for two years", "had in fact …": the one named, setting the claim straight. */
    private static final Pattern SETS_IT_STRAIGHT = Pattern.compile("(?i)\\b(?:had|has|have|was|were|is|are)\\s+(?:always|only\\s+ever|in\\s+fact|"
            + "actually)\\b");
    /**
     * Whether a claim another made up to three sentences before (the one just before, or one speaking of the same thing) named
     * the speaker: by its name, or, just before, by its kind. A one-word name counts only with its trade after it ("the
     * Saverway supermarket chain … Saverway said its property team had not so much as looked at the building"): alone it
     * may be a surname anyone shares.
     */
    private static boolean claimJustNamedIt(String said, String source, String described, int sentence, List<Attribution> othersSaid) {
        // Compiled once for the claims before, not once for each of them.
        boolean oneWord = !source.contains(" ");
        Pattern named = Pattern.compile("\\b" + Pattern.quote(source) + (oneWord ? "\\s+(?:\\p{Ll}+\\s+)?" + TRADE_NOUN : "\\b"));
        Pattern kind = oneWord ? null : kindNamedIn(described);
        return othersSaid.stream().anyMatch(a -> a.sentence() < sentence && a.sentence() >= sentence - 3
                && (a.sentence() == sentence - 1 || AnsweredClaims.sharesAThingNamed(said, a.content()))
                && !a.source().equals(source) && a.stance() != Stance.DENY && a.stance() != Stance.CONFIRM
                && (named.matcher(a.content()).find() || a.sentence() == sentence - 1 && kind != null && kind.matcher(a.content()).find()));
    }

    private static final String TRADE_NOUN = "(?:chain|firm|company|group|business|supermarkets?|stores?|shops?|developers?|builders?"
            + "|retailers?|brand|franchise|operator|agency|charity)\\b";

    /**
     * What finds the speaker named by the kind of body it is, as "the foundry doing the work had warned …" names Denby
     * Castings, described as "the foundry"; null when the description gives no kind.
     */
    private static Pattern kindNamedIn(String described) {
        Matcher kind = THE_KIND.matcher(described.strip());
        return kind.matches() ? Pattern.compile("(?i)\\bthe\\s+" + Pattern.quote(kind.group(1)) + "\\b") : null;
    }

    private static final Pattern THE_KIND = Pattern.compile("(?i)^(?:(?:the|its)\\s+)?(\\p{Ll}{4,})(?:\\s.*)?$");
    private static final Pattern POSTED = Pattern.compile("(?i)^(?:an?|the)\\s+(?:[\\p{L}-]+\\s+)?(?:post|message|thread|comment|tweet|"
            + "leaflet|flyer|rumou?r)s?\\b.*");
    /** "its first letters …", "we …": the speaker's own doing; "the paper had got it wrong" is another's. */
    private static final Pattern OWN_DOING = Pattern.compile("(?i)^\\W*(?:it|we|i|its|our|my|the\\s+(?:first|original|earlier|initial))\\b");
    private static final Pattern HARDSHIP = Pattern.compile("(?i)\\b(?:(?:is|was|are|were)\\s+no\\s+place\\s+(?:to|for)"
            + "|(?:nowhere|none\\s+of\\s+(?:them|us)\\s+(?:has|have|had)\\s+anywhere|(?:has|have|had)\\s+nowhere)\\s+else\\s+to\\s+go"
            // "I have never had to plan a winter like a siege": a hardship new to the speaker.
            + "|(?:i|we)(?:\\s+have|['\u2019]ve)?\\s+never\\s+had\\s+to)\\b");
    private static final Pattern RELUCTANCE_OWNED = Pattern.compile("(?i)^\\W*(?:(?:nobody|no one|no-one)(?:\\s+[\\p{L}'\u2019-]+){0,4}?"
            + "\\s+(?:wanted|wants|liked|likes|enjoys|enjoyed|relishes|relished)|(?:we|i)\\s+(?:did\\s+not|didn['\u2019]t|never|do\\s+not|don['\u2019]t)"
            + "\\s+(?:want|wish|like)(?:ed)?)\\s+to\\b"
            // "“We do not close a public path lightly, and …”": the act owned, only its manner denied.
            + "|^\\W*(?:we|i|it|they)\\s+(?:do|does|did)\\s+not\\s+(?:[\\p{L}'\u2019-]+\\s+){1,5}?(?:lightly|easily|casually)\\b");
    private static final Pattern ANSWERS_A_CLAIM = Pattern.compile("(?i)[\"\u201c\u201d]|\\b(?:described|alleg\\w*|claim\\w*"
            + "|report(?:s|ed)?|stor(?:y|ies)|rumou?r\\w*|suggest\\w*|accus\\w*|challeng\\w*)\\b");

    /** Nouns for what someone said, as the object of a retort's frame. */
    private static final String WHAT_WAS_SAID = "claims?|arguments?|accounts?|allegations?|stor(?:y|ies)|suggestions?|charges?";

    /** "Hobthrush hit back at those numbers, saying …": a retort, told by its frame, before the participle that says it. */
    private static final Pattern HIT_BACK = Pattern.compile("(?i)\\b(?:(?:hit|hits|fired|fires|struck|strikes|shot) back"
            // "The council pushed back, saying …"; not "pushed back the start of the meeting, saying …".
            + "|push(?:ed|es)? back(?=\\s*,|\\s+(?:against|on|at)\\b)"
            // "Ms Ormesher was quick to correct that, saying …", "has contradicted her claim that …, saying …"
            + "|correct(?:ed|s)?|contradict(?:ed|s)?|rebut(?:ted|s)?|counter(?:ed|s)?|disagree(?:d|s)?"
            // "Elstow Eyecare demurred, saying …", "The decorators balked at that, saying …": a claim resisted.
            + "|demur(?:red|s)?|b(?:a|au)lk(?:ed|s)?"
            // "The partnership set the record straight on Tuesday, saying …"
            + "|(?:set|sets|put|puts)\\s+the\\s+record\\s+straight"
            // "The university came back at the union, saying …", "Ivatt rounded on him, saying …", "Lacey parried the charge,
            // saying …", "knocked that on the head, saying …", "demolished that claim, saying …", "gave the lie to that,
            // saying …": a retort by its frame.
            + "|(?:came|comes|come)\\s+back\\s+at|round(?:ed|s)?\\s+on|parr(?:ied|ies|y)|knock(?:ed|s)?\\s+(?:that|it|this|the\\s+\\p{L}+)\\s+on\\s+the\\s+head"
            + "|demolish(?:ed|es)?\\s+(?:that|the|this|those|these|their|his|her|its)\\s+(?:[\\p{L}-]+\\s+)?(?:" + WHAT_WAS_SAID
            + "|figures?|case)|(?:gave|gives|give)\\s+the\\s+lie\\s+to"
            // "The council turned that claim on its head, saying …": what was said, stood the other way up.
            + "|turn(?:ed|s)?\\s+(?:that|the|this|those|these|their|his|her)\\s+(?:[\\p{L}-]+\\s+)?(?:" + WHAT_WAS_SAID
            + ")\\s+on\\s+(?:its|their)\\s+heads?"
            // "The council's transport chair was also plain about it, saying …": the reply to what was just said, firmly put.
            + "|(?:was|were)\\s+(?:also\\s+)?(?:plain|blunt|firm|emphatic|unequivocal|adamant)\\s+about\\s+(?:it|that|this)"
            // "Wyvernhurst Police challenged the figure, saying …", "questioned the reading, saying …"; not "challenged the
            // council to publish it".
            + "|(?:challeng|question)(?:ed|es|s)?\\s+(?:the|that|this|these|those)\\s+(?:figures?|accounts?|claims?|reports?|estimates?"
            + "|counts?|numbers?|suggestions?|findings|version|totals?|readings?|measurements?))\\b[^.;:\"\u201c]*,\\s*\\S+\\s*$");

    /**
     * "The manager made short work of that, saying …", straight after another source's claim: a verb phrase whose object
     * points back at what was just said, then the reason, is a retort whatever its idiom; one that approves or owns it is not
     * ("knocked back the figure" is no "backed").
     */
    private static boolean answersWhatWasJustSaid(String before, String source, int sentence, List<Attribution> othersSaid) {
        Matcher m = POINTER_THEN_SAYING.matcher(before);
        return m.find() && !OWNING_OR_APPROVING.matcher(before.substring(0, m.start())).find()
                && othersSaid.stream().anyMatch(a -> !a.source().equals(source) && a.sentence() == sentence - 1
                        && a.stance() != Stance.DENY && a.stance() != Stance.CONFIRM);
    }

    private static final Pattern POINTER_THEN_SAYING = Pattern.compile(
            "(?i)(?:" + PointingBack.AT_WHAT_WAS_SAID
                    // "bristled at the suggestion, saying …", "knocked back the figure, saying …", "stamped on that
                    // suggestion, saying …": the thing said, named by its kind.
                    + "|\\b(?:the|that|this|those|these)\\s+(?:claims?|reports?|suggestion|idea|allegations?|accusations?|charges?"
                    + "|story|rumou?r|figures?|numbers?|estimates?|accounts?|versions?))"
                    + "(?:\\s+[\\p{L}-]+){0,6},\\s*saying\\s*$");
    private static final Pattern OWNING_OR_APPROVING = Pattern.compile("(?i)\\b(?:welcom|back(?=ed|s\\b|ing)|support|prais|endors|confirm|echo|agree|"
            + "second|applaud|accept|admit|conced|acknowledg|repeat|defend|explain|justif|describ|announc|clarif)\\w*"
            + "|\\b(?:stood by|stand by|also|too)\\b");

    /** "The ministry also answered the campaigners, saying in a written statement that …": a reply to the other side. */
    private static final Pattern ANSWERED_CRITICS = Pattern.compile("(?i)\\b(?:answer(?:ed|s)?|respond(?:ed|s)?\\s+to|repl(?:ied|ies)\\s+to"
            + "|rebuff(?:ed|s)?)\\s+(?:(?:the|those|these|its|their|his|her)\\s+)?(?:[\\p{L}'\u2019-]+\\s+){0,2}?(?:critics|campaigners|protesters"
            + "|claims?|allegations?|accusations?|charges?|criticism)\\b[^.;:\"\u201c]*,\\s*saying\\b");

    /** The words of the statement's sentence before what it says ("" when what it says starts in an earlier sentence). */
    private static String textBeforeContent(Article article, Draft d) {
        int start = article.sentences().get(d.sentence).start();
        int contentStart = d.content.isEmpty() ? start : d.content.get(0)[0];
        return contentStart > start ? article.text().substring(start, contentStart) : "";
    }

    private static String textBefore(Article article, int sentence, int count) {
        StringBuilder b = new StringBuilder();
        for (int i = Math.max(0, sentence - count); i < sentence; i++) {
            b.append(article.sentences().get(i).text()).append(' ');
        }
        return b.toString();
    }

    /** Keeps "he", "she" and "it" resolvable across sentences that attribute nothing ("He does not regret …"). */
    private static void noteSubject(AttributionExtractor extractor, SourceResolver resolver, EntityRegistry registry, SentenceView s) {
        Phrase subject = extractor.sentenceSubject(s);
        Entity person = onlyPersonNamed(registry, s);
        boolean personSubject = subject != null && (subject.kind() == Phrase.Kind.PRONOUN || subject.kind() == Phrase.Kind.GROUP
                || subject.kind() == Phrase.Kind.NAME && subject.entity().type == SourceType.PERSON);
        if (person != null && !personSubject) {
            // "For Farida Okonkwo-Plessis, who moved here …, the queue was where she …": the one person named is "she" next.
            resolver.noteSubject(person, s.index());
        }
        Phrase asked = extractor.askedToAnswer(s);
        if (subject != null && (subject.kind() == Phrase.Kind.NAME || subject.kind() == Phrase.Kind.PRONOUN
                || subject.kind() == Phrase.Kind.GROUP)) {
            resolver.resolve(subject, s.index());
            if (asked != null && (asked.kind() == Phrase.Kind.NAME || asked.kind() == Phrase.Kind.DEFINITE)) {
                // "The Gazette asked the council to confirm …. It said …": the one asked answers; it is "it" next.
                if (asked.kind() == Phrase.Kind.NAME) {
                    resolver.resolve(asked, s.index());
                } else {
                    resolver.noteIfNamed(asked, s.index());
                }
            }
        } else if (subject != null && subject.kind() == Phrase.Kind.DOCUMENT && !subject.definite()) {
            // "But an internal memo seen by The Circuit tells a different story. …, it says that …": the memo is "it" next.
            resolver.resolve(subject, s.index());
        } else if (subject != null && (subject.kind() == Phrase.Kind.DEFINITE || subject.kind() == Phrase.Kind.DOCUMENT)) {
            // "The union disputes that." then "…, it says": only a body the article names is worth keeping.
            resolver.noteIfNamed(subject, s.index());
        }
    }

    private static Entity onlyPersonNamed(EntityRegistry registry, SentenceView s) {
        Entity found = null;
        for (Mention m : registry.mentions(s.index())) {
            Entity e = registry.canonical(m.entity());
            if (e.type != SourceType.PERSON || s.tokens[m.from()].quoted() || e == found) {
                continue;
            }
            if (found != null) {
                return null;
            }
            found = e;
        }
        return found;
    }

    private static List<Analysis.SourceEntity> sourceEntities(EntityRegistry registry) {
        List<Analysis.SourceEntity> out = new ArrayList<>();
        Set<Entity> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (Entity e : registry.entities()) {
            Entity c = registry.canonical(e);
            if (!seen.add(c)) {
                continue;
            }
            out.add(new Analysis.SourceEntity(c.name, c.type, List.copyOf(c.descriptions), List.copyOf(c.keys)));
        }
        return out;
    }

    /** "Because of the reports, …", "As a result of the row, …": what follows from what was said before. */
    private static final Pattern CONSEQUENCE_OF = Pattern.compile("(?i)^\\W*(?:because of|as a result of|following|in the wake of)\\s+"
            + "(?:the|these|those|that|this)\\s+(?:reports?|claims?|complaints?|row|posts?|rumou?rs?|allegations?|findings?|criticism)\\b");

    private static final java.util.Set<String> OWNERS = java.util.Set.of("its", "their", "our", "my", "your");
    private static final Pattern DISCLAIMER = Pattern.compile("(?i)^\\W*(?:(?:nobody|no one|no-one)\\s+(?:is|was|has been|had been)|"
            + "(?:i|we)(?:\\s+am|\\s+are|['\u2019]m|['\u2019]re))\\s+(?:not\\s+)?(?:saying|suggesting|claiming|arguing|pretending)\\b");
    private static final Pattern POSSESSIVE_PRONOUN = Pattern.compile("(?i)my|our|your|his|their");

    private SentenceView view(Article article, Sentence s, List<QuoteSpan> quotes) {
        // "4. The Council's statement says that …": the number or bullet of a list item is no part of the sentence's subject.
        int skip = s.wordsStart();
        String text = s.text().substring(skip);
        TaggedTokens tagged = TokenRepair.repair(nlp, text, nlp.tag(text));
        Token[] tokens = new Token[tagged.size()];
        for (int i = 0; i < tagged.size(); i++) {
            int start = s.start() + skip + tagged.starts()[i];
            int end = s.start() + skip + tagged.ends()[i];
            boolean quoted = false;
            for (QuoteSpan q : quotes) {
                if (q.open() > s.end()) {
                    break;
                }
                if (q.contains(start)) {
                    quoted = true;
                    break;
                }
            }
            String word = tagged.tokens()[i];
            String tag = relativeVerb(tagged, i) || lowerCaseCueCalledAName(tagged, i) || cueCalledANoun(tagged, i) ? "VERB"
                    : cueCalledANoun(tagged, i + 1) && tagged.tags()[i].equals("ADJ") ? "PROPN" : tagged.tags()[i];
            if (capitalisedVerbInAName(tagged, i)) {
                // "the page Brackenhythe Watch/VERB, shared about 2,000 times": a capital mid-name is no verb.
                tag = "PROPN";
            }
            if (tag.equals("ADP") && POSSESSIVE_PRONOUN.matcher(word).matches() || word.equalsIgnoreCase("its") && tag.contains("+")) {
                // "You described our/ADP laboratory result as …": a possessive is never a preposition; nor is "Its/PRON+AUX",
                // with no apostrophe, "it is".
                tag = "PRON";
            }
            if (tag.equals("VERB") && i > 0 && i + 1 < tagged.size() && OWNERS.contains(tagged.tokens()[i - 1].toLowerCase(java.util.Locale.ROOT))
                    && (tagged.tags()[i + 1].equals("NOUN") || tagged.tags()[i + 1].equals("PROPN"))) {
                // "Its waste/VERB chief": between a possessive and a noun, a word is the noun's modifier.
                tag = "NOUN";
            }
            if (tag.equals("VERB") && word.equalsIgnoreCase("managing") && i + 1 < tagged.size()
                    && tagged.tokens()[i + 1].matches("(?i)directors?|editors?|partners?|agents?")) {
                // "said the company's managing/VERB director, NAME": a title, not a verb.
                tag = "NOUN";
            }
            if (tag.equals("VERB") && outletNounBeforeName(tagged, i)) {
                // "told the fishing podcast/VERB Bilge Talk that …": a word for an outlet, after its modifier and before its name.
                tag = "NOUN";
            }
            if (tag.equals("VERB") && roleOfBeforeName(tagged, i)) {
                // "The borough's head of coastal works/VERB, Lathom Cresswell, was having none of it": the last word of a post
                // "of" something, after an owner and before the name it describes (review70 EBB q08).
                tag = "NOUN";
            }
            if (tag.equals("VERB") && roleBeforeName(tagged, i)) {
                // "the council's leisure portfolio/VERB holder, Councillor Bevis Greatorex,": a compound after an owner,
                // closed by the name it describes.
                tag = "NOUN";
            }
            tokens[i] = new Token(i, word, word.toLowerCase(java.util.Locale.ROOT).replace('\u2019', '\''), tag, start, end, quoted);
        }
        return new SentenceView(s, tokens, article.text());
    }

    /** Token {@code i} is an outlet noun ("podcast") after a determiner or a modifier and before a capitalised name. */
    private boolean outletNounBeforeName(TaggedTokens tagged, int i) {
        String[] w = tagged.tokens();
        return i > 0 && i + 1 < w.length && lexicon.is("outlet_noun", w[i].toLowerCase(java.util.Locale.ROOT))
                && tagged.tags()[i - 1].matches("DET|NOUN|ADJ") && !w[i + 1].isEmpty() && Character.isUpperCase(w[i + 1].charAt(0));
    }

    /** Token {@code i} sits in "OWNER's NOUN … i NOUN, Name": a noun compound after a possessive, then a comma and a name. */
    private static boolean roleBeforeName(TaggedTokens tagged, int i) {
        String[] w = tagged.tokens();
        String[] tags = tagged.tags();
        if (i + 1 >= w.length || !tags[i + 1].equals("NOUN") || !nameAfterComma(tagged, i + 2) || w[i].matches("(?i).*(?:s|ed|ing)")) {
            return false;
        }
        int k = i - 1;
        while (k >= 0 && tags[k].equals("NOUN")) {
            k--;
        }
        return k >= 0 && ownerAt(tagged, k);
    }

    /** Token {@code i} ends "OWNER's NOUN of [ADJ|NOUN] i, Name": the field of a post after a possessive, then the name. */
    private static boolean roleOfBeforeName(TaggedTokens tagged, int i) {
        String[] w = tagged.tokens();
        String[] tags = tagged.tags();
        if (i < 3 || !nameAfterComma(tagged, i + 1) || !tags[i + 2].equals("PROPN")) {
            return false;
        }
        int of = tags[i - 1].matches("ADJ|NOUN") && w[i - 2].equalsIgnoreCase("of") ? i - 2 : w[i - 1].equalsIgnoreCase("of") ? i - 1 : -1;
        return of >= 2 && tags[of - 1].equals("NOUN") && ownerAt(tagged, of - 2);
    }

    /** Token {@code k} owns the words after it: "the borough's", "its", "their". */
    private static boolean ownerAt(TaggedTokens tagged, int k) {
        return tagged.tags()[k].endsWith("+PART") || OWNERS.contains(tagged.tokens()[k].toLowerCase(java.util.Locale.ROOT));
    }

    /** Token {@code comma} is a comma with a capitalised word after it: ", Lathom Cresswell". */
    private static boolean nameAfterComma(TaggedTokens tagged, int comma) {
        String[] w = tagged.tokens();
        return comma + 1 < w.length && w[comma].equals(",") && !w[comma + 1].isEmpty() && Character.isUpperCase(w[comma + 1].charAt(0));
    }

    /** "Brackenhythe Watch/VERB": a capitalised word the tagger calls a verb, straight after another capitalised word. */
    private static boolean capitalisedVerbInAName(TaggedTokens tagged, int i) {
        String w = tagged.tokens()[i];
        if (i == 0 || !tagged.tags()[i].startsWith("VERB") || w.length() < 2 || !Character.isUpperCase(w.charAt(0))
                || !Character.isLowerCase(w.charAt(1)) || w.matches(".*['\u2019]s?")) {
            return false;
        }
        String before = tagged.tokens()[i - 1];
        return before.length() > 1 && Character.isUpperCase(before.charAt(0)) && Character.isLowerCase(before.charAt(1))
                && tagged.tags()[i - 1].matches("PROPN|PRON|NOUN|ADJ") && !before.matches("I|We|You|He|She|It|They");
    }

    /**
     * "Tomasz Wierzbicki-Lund tore/PROPN into the report": after a hyphenated name the tagger may call the verb a proper
     * noun; a word in lower case right after a name, in a form of a reporting verb other than its bare lemma ("tore", not
     * "pledge money"), is the name's verb.
     */
    private boolean lowerCaseCueCalledAName(TaggedTokens tagged, int i) {
        String w = tagged.tokens()[i];
        if (i == 0 || !tagged.tags()[i].equals("PROPN") || w.isEmpty() || !Character.isLowerCase(w.charAt(0))) {
            return false;
        }
        // "The trust chairman, Alan Fitzroy-Mbeki, tore into …": the name may close an apposition.
        int b = tagged.tokens()[i - 1].equals(",") && i >= 2 ? i - 2 : i - 1;
        String before = tagged.tokens()[b];
        boolean afterName = tagged.tags()[b].equals("PROPN") || before.length() > 1 && before.charAt(0) == '-'
                && Character.isUpperCase(before.charAt(1));
        Lexicon.CueVerb verb = lexicon.cue(w);
        return afterName && verb != null && !w.equals(verb.lemma());
    }

    /**
     * "Greywold/ADJ denies/NOUN that its salesman …": after a one-word name the tagger may read the verb as a plural noun
     * and the name as an adjective. A reporting verb's "-s" form between a capitalised word and "that" is the name's verb.
     */
    private boolean cueCalledANoun(TaggedTokens tagged, int i) {
        String[] w = tagged.tokens();
        if (i < 1 || i + 1 >= w.length || !tagged.tags()[i].startsWith("NOUN") || !w[i].endsWith("s") || !w[i + 1].equals("that")
                || w[i - 1].isEmpty() || !Character.isUpperCase(w[i - 1].charAt(0))
                || !(tagged.tags()[i - 1].equals("ADJ") || tagged.tags()[i - 1].startsWith("PROPN"))) {
            return false;
        }
        Lexicon.CueVerb verb = lexicon.cue(w[i]);
        return verb != null && !w[i].equals(verb.lemma());
    }

    /** ", which monitors/NOUN stocks for …": the word that opens a relative clause after its pronoun is the clause's verb. */
    private static boolean relativeVerb(TaggedTokens tagged, int i) {
        String[] w = tagged.tokens();
        String[] tags = tagged.tags();
        return i >= 2 && i + 1 < w.length && tags[i].startsWith("NOUN") && w[i].endsWith("s") && w[i].length() > 3
                && w[i - 2].equals(",") && (w[i - 1].equals("which") || w[i - 1].equals("who"))
                && (tags[i + 1].startsWith("NOUN") || tags[i + 1].equals("DET") || tags[i + 1].equals("ADP"));
    }

    private static int sentenceAt(Article article, int offset) {
        List<Sentence> sentences = article.sentences();
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (sentences.get(mid).start() <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    private static final java.util.regex.Pattern FULL_STOP_AFTER_NAME = java.util.regex.Pattern.compile(
            // The lookahead first: the lookbehind, tried at every position, costs far more than the test for the final full stop.
            "(?=\\.$)(?<!\\b(?:Ltd|Inc|Co|Corp|Bros|Jr|Sr|St|Dr|Mr|Mrs|Ms|Prof|\\p{Lu}))\\.$");

    /**
     * "according to the NHS." at the end of a sentence: the full stop is the sentence's, not the name's; "Ltd." and an
     * initial ("Marguerite T.", "W.J.") keep their own.
     */
    static String withoutFullStop(String name) {
        return name == null ? null : FULL_STOP_AFTER_NAME.matcher(name).replaceFirst("");
    }
}
