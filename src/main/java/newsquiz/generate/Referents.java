package newsquiz.generate;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsquiz.analysis.Stance;

/** What a denial that points back ("denied these reports", "says that isn't true") is denying. */
final class Referents {
    /** The verb that introduces a claim of each kind: "the claim" points back at what someone "claims". */
    private static final Map<String, Pattern> CUE_OF = Map.of(
            "claim", Pattern.compile("(?i)claim"),
            "allegation", Pattern.compile("(?i)alleg|accus|claim"),
            "accusation", Pattern.compile("(?i)accus|alleg|claim"),
            "report", Pattern.compile("(?i)report|publish"),
            "story", Pattern.compile("(?i)report|publish"),
            "suggestion", Pattern.compile("(?i)suggest"),
            "charge", Pattern.compile("(?i)charg|accus"),
            "rumour", Pattern.compile("(?i)rumou?r"),
            "account", Pattern.compile("(?i)report|according|publish"));
    private static final Pattern SUGGESTED_OR_CLAIMED = Pattern.compile("(?i)suggest|claim");
    /** "Rumours went around the terrace that the city would …": a claim the article reports without a source. */
    private static final Pattern HEARSAY = Pattern.compile(
            "(?i)^(?:there\\s+(?:were|was|have been|had been)\\s+)?(?:\\p{L}+\\s+)?(rumou?r|report|claim|suggestion|speculation|word|talk|gossip|whisper)s?\\b"
                    + "([^,;:.\u201c\"]{0,60}?)\\s+that\\s+(\\S[^\u201c\"]*?)[.]?$");
    /** Nouns for what a study or report concluded: they point back at the document's own statements. */
    private static final Pattern DOCUMENT_NOUN = Pattern.compile("(?i)findings?|conclusions?|results?|data|study|survey");

    private static final Pattern NO_SUCH = Pattern.compile("(?i)\\b(?:no|any)\\s+such\\s+(\\p{L}{3,})|\\bno\\s+(\\p{L}{3,})\\s+of\\s+the\\s+(?:kind|sort)\\b");
    /** Nouns for an intention or an undertaking: "any such plan" may name a promise the claim tells without the word. */
    private static final java.util.Set<String> UNDERTAKINGS = java.util.Set.of("plan", "promise", "arrangement", "agreement", "deal",
            "offer", "undertaking", "intention", "pledge", "commitment");

    /**
     * "A carer said staff had been told in a text message to 'get in and out in 15'. … Strellett told the Post that no such
     * message had been sent": the one claim just before, by somebody else, that speaks of the thing "no such" denies.
     */
    static Statement suchThing(Facts facts, Statement d) {
        Matcher m = NO_SUCH.matcher(verdictWords(d));
        if (!m.find()) {
            return null;
        }
        // "made no promise of the kind": the thing is named before "of the kind".
        String stem = (m.group(1) != null ? m.group(1) : m.group(2)).toLowerCase(Locale.ROOT).replaceFirst("(?:es|s)$", "");
        Pattern thing = Pattern.compile("(?i)\\b" + Pattern.quote(stem) + "(?:s|es)?\\b");
        Statement found = null;
        for (Statement s : facts.statements) {
            if (s.sentence() < d.sentence() && s.sentence() >= d.sentence() - 4 && s.attribution().stance() != Stance.DENY
                    && !s.speaker().equals(d.speaker()) && facts.isStandalone(s) && thing.matcher(s.claim()).find()) {
                found = s;
            }
        }
        if (found == null && UNDERTAKINGS.contains(stem)) {
            // "told the Packet that Mr Trevallion had reportedly promised to leave the yard to the men. Ms Trevallion said she
            // had never heard her father mention any such plan": the claim right before is the plan.
            for (Statement s : facts.statements) {
                if (s.sentence() < d.sentence() && s.sentence() >= d.sentence() - 1 && s.attribution().stance() != Stance.DENY
                        && !s.speaker().equals(d.speaker()) && facts.isStandalone(s)) {
                    found = s;
                }
            }
        }
        return found;
    }

    /** A claim the article states without a source, in the sentence just before the denial. */
    record Hearsay(String noun, String clause, int sentence) {}

    private Referents() {}

    /**
     * The unsourced claim the sentence just before a pointing-back denial reports, when that
     * sentence holds no statement of anyone's: "Rumours went around that X. City hall says that isn't true."
     */
    static Optional<Hearsay> hearsayBefore(Facts facts, Statement d) {
        int before = d.sentence() - 1;
        if (before < 0 || facts.statements.stream().anyMatch(s -> s.sentence() == before || s.sentences().contains(before))) {
            return Optional.empty();
        }
        Matcher m = HEARSAY.matcher(Phrasing.clean(facts.sentence(before).text()));
        if (!m.matches()) {
            return Optional.empty();
        }
        String clause = m.group(3).strip();
        if (!Facts.hasFiniteVerb(clause) || Phrasing.words(clause) < 4 || Phrasing.words(clause) > 20) {
            return Optional.empty();
        }
        // "Word has gone round the village that …": talk of that kind is a rumour.
        String noun = m.group(1).toLowerCase(Locale.ROOT).replaceFirst("^(?:word|talk|gossip|whisper)$", "rumour");
        return Optional.of(new Hearsay(noun, Phrasing.capitalise(clause), before));
    }

    /**
     * "denied the accusation" → "denied Alistair Crane's accusation": whose claim of that kind it
     * was, from the latest earlier statement introduced the same way, even one whose words cannot
     * stand alone as a choice. The text unchanged when no one made such a claim.
     */
    static String withItsSource(Facts facts, Statement d, String thing) {
        Matcher m = Pattern.compile("(?i)^(?:the|that|this)\\s+(\\p{L}+)\\b(.*)$").matcher(thing);
        if (!m.matches()) {
            return thing;
        }
        Statement claim = latestOfKind(facts, d, m.group(1));
        if (claim == null) {
            return thing;
        }
        String source = claim.speaker();
        if (Facts.documentLike(source) || source.matches("(?i)^(?:an?|one|some|several)\\s.*")) {
            // "a post shared's claim", "a neighbour's accusation": an unnamed source reads badly with an "'s"; "the claim" will do.
            return thing;
        }
        return source + (source.endsWith("s") ? "'" : "'s") + " " + m.group(1) + m.group(2);
    }

    /** "A report in the trade paper Haulm Weekly said …": what "the report" is, whatever the verb that gave it. */
    private static boolean carriedIn(Statement s, String noun) {
        String kind = noun.toLowerCase(Locale.ROOT).replaceFirst("s$", "");
        String mention = s.attribution().mention() == null ? "" : s.attribution().mention();
        return kind.matches("report|story") && (s.attribution().sourceType() == newsquiz.analysis.SourceType.OUTLET
                || Facts.reportByWhereItRan(mention));
    }

    /**
     * How many sentences back a denial's noun may reach: "the accusation" names a kind of claim a
     * reader remembers; "that account" or "that version" means what was just said.
     */
    private static int reach(String noun) {
        return noun.toLowerCase(Locale.ROOT).matches("accounts?|stor(?:y|ies)|versions?") ? 4 : 12;
    }

    /** Everyone who made a claim of the kind the noun names before the denial. */
    static java.util.Set<String> sourcesOfKind(Facts facts, Statement d, String noun) {
        Pattern cue = CUE_OF.get(noun.toLowerCase(Locale.ROOT).replaceFirst("s$", ""));
        java.util.Set<String> out = new java.util.HashSet<>();
        for (Statement s : facts.statements) {
            if (cue != null && s.sentence() < d.sentence() && cue.matcher(s.attribution().cue()).find()) {
                out.add(s.speaker());
            }
        }
        return out;
    }

    /**
     * The latest earlier statement of the kind the noun names ("accusation" → one made by accusing
     * or alleging), by a named source other than the denier; null when there is none.
     */
    static Statement latestOfKind(Facts facts, Statement d, String noun) {
        Pattern cue = CUE_OF.get(noun.toLowerCase(Locale.ROOT).replaceFirst("s$", ""));
        Statement found = null;
        for (Statement s : facts.statements) {
            if (cue != null && s.sentence() < d.sentence() && s.sentence() >= d.sentence() - reach(noun) && !facts.mayBeSame(s.speaker(), d.speaker())
                    && s.attribution().stance() != Stance.DENY && cue.matcher(s.attribution().cue()).find() && !s.attribution().anonymous()) {
                found = s;
            }
        }
        return found == null || facts.bareRole(found.speaker()) ? null : found;
    }

    /**
     * The claim a "denied these reports" points back at: the latest earlier claim introduced the
     * same way ("the claim" → what someone "claims"), else the closest earlier statement by someone
     * else, a reported one first.
     */
    private static final Pattern NAMED_FIGURE = Pattern.compile(
            "(?i)^(?:the|that|this|these|those)\\s+([\\p{Sc}]?\\d[\\d.,]*(?:\\s*(?:%|p|percent|per cent))?)\\s+(?:figure|number|estimate|claim|statistic)s?\\b");

    private static Statement latestWithFigure(Facts facts, Statement d, String figure) {
        String number = figure.replaceAll("\\s*(?:percent|per cent)$", "%").replaceAll("\\s+", "");
        // "to 9", not the 9 in "2039" or "1,940".
        Pattern given = Pattern.compile("(?<![\\d.,])" + Pattern.quote(number) + "(?![\\d]|[.,]\\d)");
        Statement found = null;
        for (Statement s : facts.statements) {
            if (s.sentence() < d.sentence() && !s.speaker().equals(d.speaker()) && s.attribution().stance() != Stance.DENY
                    && facts.isStandalone(s) && given.matcher(Phrasing.clean(s.claim()).replaceAll("\\s*(?:percent|per cent)\\b", "%")).find()) {
                found = s;
            }
        }
        return found;
    }

    /** The nouns for a figure someone gave: "the figure", "that estimate", "the total". */
    static final String FIGURE_NOUNS = "figures?|numbers?|statistics?|estimates?|count|total|sum";
    private static final Pattern FIGURE_NOUN = Pattern.compile("(?i)" + FIGURE_NOUNS);

    /** "She also told the court that …": a cue that brings a further claim of the same speaker. */
    private static final Pattern ALSO = Pattern.compile("(?i)\\b(?:also|further|separately)\\b");

    /** What a denial says, without an idiom's rejecting words before its object: "the charity's forecast". */
    private static String verdictWords(Statement d) {
        return Facts.REJECTING_IDIOM.matcher(Phrasing.clean(d.attribution().content())).replaceFirst("");
    }

    static Statement earlierClaim(Facts facts, Statement d, String noun) {
        Statement claim = disputedBefore(facts, d, earlierClaimOfAnyKind(facts, d, noun));
        Statement corrected = claimTheReasonCorrects(facts, d);
        if (corrected != null && corrected != claim) {
            // "The council contested that account, saying Kerrowby's bid had offered 1.3 million crowns a year, not 2.2
            // million": the account is the one that gave the 2.2 million, not the firm's later talk of a legal challenge
            // (review60 LIN q06).
            return corrected;
        }
        Statement deedNamed = claimOfTheDeedNamed(facts, d, claim);
        if (deedNamed != null) {
            // "The quarry also contradicted the council's count" after "a survey had counted 310 lorries a day. It said the
            // figure had risen from 190": the count is the claim that counted, not the later one (review62 HAV q03).
            return deedNamed;
        }
        // "played down the union's warning, saying the salt from the ship would reach …": whose claim it was is named, and
        // the reason's words ("ship") point at no one else's (review59 QUE q09).
        List<Statement> takenUp = namesWhoseClaim(d) ? List.of() : claimsTheReasonTakesUp(facts, d, claim);
        if (!takenUp.isEmpty()) {
            // The nearest a reader can be shown. "A former manager told Wallet Watch that managers were paid bonuses for every
            // cancellation they talked a member out of. Stridewell called the claim untrue, saying managers' bonuses were
            // based on class bookings": when none can be, the claim is the manager's all the same, and an older "claims" is
            // no stand-in (review53 STR q09, q10).
            for (int k = takenUp.size() - 1; k >= 0; k--) {
                Statement s = takenUp.get(k);
                if (facts.isStandalone(s) && facts.choiceProblem(s.claim()).isEmpty()) {
                    return s;
                }
            }
            return null;
        }
        // "took issue with the group's estimate": the content may hold a cue of several words, the claim does not.
        boolean aFigure = FIGURE_NOUN.matcher(noun).matches() || OWNED_FIGURE.matcher(verdictWords(d)).find()
                || OWNED_FIGURE.matcher(Phrasing.clean(d.claim())).find();
        if (claim == null || !aFigure || HAS_FIGURE.matcher(claim.attribution().content()).find()) {
            return claim;
        }
        // "called the councillor's figure baseless": his claim with a figure in it, not his last words; none, if he gave none.
        // "took issue with the group's estimate" after the group's figure and its chair's remark: the group's figure.
        return latestClaimBy(facts, d, s -> (s.speaker().equals(claim.speaker()) || facts.knownSame(s.speaker(), claim.speaker()))
                && HAS_FIGURE.matcher(s.attribution().content()).find());
    }

    /** "the council's count", "the board's estimate": a noun for the deed the claim reports, with the verb forms that report it. */
    private static final Pattern DEED_NOUN = Pattern.compile("(?i)\\b(count|tally|estimate|survey|forecast)s?\\b");
    private static final Map<String, Pattern> DEED_VERBS = Map.of(
            "count", Pattern.compile("(?i)\\bcount(?:ed|s|ing)?\\b"),
            "tally", Pattern.compile("(?i)\\btall(?:y|ied|ies|ying)\\b"),
            "estimate", Pattern.compile("(?i)\\bestimat(?:e|ed|es|ing)\\b"),
            "survey", Pattern.compile("(?i)\\bsurvey(?:ed|s|ing)?\\b"),
            "forecast", Pattern.compile("(?i)\\bforecast(?:s|ed|ing)?\\b"));

    /**
     * The claim the denial's noun names by its deed ("the council's count": the council's claim that a survey counted
     * 310 lorries), the latest another side made in the six sentences before, when the claim found otherwise does not report
     * that deed; null when there is none.
     */
    private static Statement claimOfTheDeedNamed(Facts facts, Statement d, Statement claim) {
        Matcher noun = DEED_NOUN.matcher(verdictWords(d));
        if (!noun.find()) {
            return null;
        }
        Pattern deed = DEED_VERBS.get(noun.group(1).toLowerCase(Locale.ROOT));
        if (claim != null && deed.matcher(claim.attribution().content()).find()) {
            return null;
        }
        Statement named = latestClaimBy(facts, d, s -> !s.speaker().equals(d.speaker()) && !facts.knownSame(s.speaker(), d.speaker())
                && deed.matcher(s.attribution().content()).find());
        return named != null && named.sentence() >= d.sentence() - 6 ? named : null;
    }

    /**
     * The latest claim that gave the figure a correction sets aside, or null. Nobody corrects their own figure: only a post
     * holder of the denier is its own side here, not "Councillor Jevington, who represents the ward on Calderlyn District
     * Council" beside "the Calderlyn Rivers Board".
     */
    private static Statement correctedFigureClaim(Facts facts, Statement d, String figure) {
        Statement withFigure = latestWithFigure(facts, d, figure);
        return withFigure != null && !d.speaker().equals(facts.bodySpokenFor(withFigure.speaker()))
                && !withFigure.speaker().equals(facts.bodySpokenFor(d.speaker())) ? withFigure : null;
    }

    /** The claim whose figure the reason given with a bare rejection sets aside ("…, not 2.2 million"), or null. */
    private static Statement claimTheReasonCorrects(Facts facts, Statement d) {
        if (Phrasing.words(d.claim()) > 4) {
            return null;
        }
        return facts.statements.stream().filter(o -> o.sentence() == d.sentence() && o.speaker().equals(d.speaker())
                        && o.attribution().stance() == Stance.DENY && o.index() > d.index()).findFirst()
                .map(reason -> CORRECTED_FIGURE.matcher(Phrasing.clean(reason.attribution().content())))
                .filter(Matcher::find)
                .map(m -> correctedFigureClaim(facts, d, m.group(1)))
                .orElse(null);
    }

    private static boolean namesWhoseClaim(Statement d) {
        String content = verdictWords(d);
        return NAMED_OWNER.matcher(content).find() || OWNER_ROLE.matcher(content).find();
    }

    /**
     * "The letter also says Ombersley once asked for a free meal. Ombersley said he had never asked any restaurant for a free
     * meal. He said he had eaten there twice in February. The paper's editor gave short shrift to the suggestion": what the
     * one who has just denied a claim adds is his side of it; the suggestion a third party rejects is the claim he denied
     * (review50 PEL q05).
     */
    private static Statement disputedBefore(Facts facts, Statement d, Statement nearest) {
        if (nearest == null) {
            return null;
        }
        return facts.statements.stream()
                .filter(o -> o.attribution().stance() == Stance.DENY && o.sentence() <= nearest.sentence() && o.sentence() >= nearest.sentence() - 1
                        && o != nearest && facts.knownSame(o.speaker(), nearest.speaker()))
                .map(o -> DenialQuestions.answeredBy(facts, o).orElse(null))
                .filter(c -> c != null && c != nearest && c.sentence() >= d.sentence() - 3 && !facts.knownSame(c.speaker(), d.speaker()))
                .findFirst().orElse(nearest);
    }

    /**
     * "The Trust said the club had known about the rust since 2031. Its chair said fans had “a right to know”. The club was
     * having none of it, saying the rust had first been found in August": the reason given with a rejection shows which of
     * the claims just made it answers, when the nearest one shares none of its words and an earlier one does. The claims
     * just before that share words with the reason, nearest last; none when {@code nearest} shares some.
     */
    private static List<Statement> claimsTheReasonTakesUp(Facts facts, Statement d, Statement nearest) {
        Statement reason = facts.statements.stream().filter(o -> o != d && o.sentence() == d.sentence() && o.speaker().equals(d.speaker())
                && o.attribution().stance() == Stance.DENY && o.index() > d.index()).findFirst()
                // "Wyvernhurst Police challenged the figure, saying recorded burglaries in Pottlewick had fallen …": a denial in
                // words of its own is its own reason.
                .orElse(Phrasing.words(d.claim()) >= 6 && !ClauseCheck.pointsBack(d.claim()) ? d : reasonNextSentence(facts, d));
        Statement deedDenied = nearest == null ? null : claimOfTheDeedDenied(facts, d, nearest);
        if (deedDenied != null) {
            return List.of(deedDenied);
        }
        if (nearest == null) {
            return List.of();
        }
        // A quote that points back ("those wards") is no reason of its own, but its words still tell which claim it answers.
        Statement words = reason != null ? reason : d.quotation() ? d : null;
        if (words != null && DenialQuestions.sharesAStem(nearest.claim(), words.claim())) {
            if (words != d) {
                // A reason given apart ("…, saying its fee had been fixed in a contract") names the claim less surely than the
                // denial's own words: the nearest claim sharing a word with it stands.
                return List.of();
            }
            // "“Not one portion on those wards is smaller than it was in July”" after "patients were getting smaller portions"
            // and a relative's "served grey mush on a surgical ward": one shared word ("ward") is chance when an earlier claim
            // shares more, and two at least (review62 GLE).
            int nearestShares = DenialQuestions.sharedStems(nearest.claim(), words.claim(), 3);
            return facts.statements.stream()
                    .filter(s -> s.sentence() < d.sentence() && s.sentence() >= d.attribution().firstSentence() - 3
                            && !facts.knownSame(s.speaker(), d.speaker()) && s.rejectable() && s.attribution().stance() != Stance.DENY
                            && DenialQuestions.sharedStems(s.claim(), words.claim(), 3) >= Math.max(2, nearestShares + 1))
                    .reduce((a, b) -> DenialQuestions.sharedStems(b.claim(), words.claim(), 3)
                            >= DenialQuestions.sharedStems(a.claim(), words.claim(), 3) ? b : a)
                    .map(List::of).orElse(List.of());
        }
        if (reason == null) {
            return List.of();
        }
        List<Statement> taken = new java.util.ArrayList<>();
        for (Statement s : facts.statements) {
            if (s.sentence() < d.sentence() && s.sentence() >= d.sentence() - 3 && !facts.knownSame(s.speaker(), d.speaker())
                    && s.rejectable() && DenialQuestions.sharesAStem(s.claim(), reason.claim())) {
                taken.add(s);
            }
        }
        return taken;
    }


    private static final Pattern NEVER_DID = Pattern.compile("(?i)\\b(?:never|not|n['\u2019]t)\\s+(?:once\\s+|ever\\s+)?(\\p{Ll}{3,}ed)\\b");

    /**
     * "The group said the contractor had moved its crews to a motorway bridge. Its chair said residents had counted as few as
     * six people on the site. Ironbank said it had never moved a worker off the site": the deed a denial says was never done
     * is the one a claim just before says was, not the nearest claim that only shares a word ("site") with it.
     */
    private static Statement claimOfTheDeedDenied(Facts facts, Statement d, Statement nearest) {
        Matcher never = NEVER_DID.matcher(d.claim());
        if (!never.find()) {
            return null;
        }
        Pattern deed = Pattern.compile("(?i)\\b" + Pattern.quote(never.group(1)) + "\\b");
        if (deed.matcher(nearest.claim()).find()) {
            return null;
        }
        Statement found = latestClaimBy(facts, d, s -> !facts.knownSame(s.speaker(), d.speaker()) && s.rejectable()
                && deed.matcher(s.claim()).find() && !NEVER_DID.matcher(s.claim()).find());
        return found != null && found.sentence() >= d.sentence() - 3 ? found : null;
    }

    /**
     * "The Gansbury Rail Users' Group says that figure is wrong. Its chair … told a public meeting that her members had
     * counted more than 200 people boarding the 07:12": a bare verdict on a figure may have its reason, a count of its own
     * side's, in the next sentence.
     */
    private static Statement reasonNextSentence(Facts facts, Statement d) {
        if (!POINTED_FIGURE.matcher(verdictWords(d)).lookingAt() || Phrasing.words(d.claim()) > 6) {
            return null;
        }
        return facts.statements.stream().filter(o -> o.sentence() == d.sentence() + 1 && !o.quotation()
                && facts.knownSame(o.speaker(), d.speaker())).findFirst().orElse(null);
    }

    /** The words a verdict points at a figure with: "that figure", "the number". */
    private static final String FIGURE_WORDS = "figures?|numbers?|count|estimate|total";

    /** "that figure is wrong": a verdict on a figure someone gave, whose reason may be a count of one's own. */
    private static final Pattern POINTED_FIGURE = Pattern.compile("(?i)(?:that|this|the)\\s+(?:" + FIGURE_WORDS + ")\\b");

    /** "…, not 640": the figure a correction sets aside, closing what was said. */
    private static final Pattern CORRECTED_FIGURE = Pattern.compile(
            "(?i),\\s+not\\s+([\\p{Sc}]?\\d[\\d.,]*\\d(?:\\s*(?:%|percent|per cent))?|[\\p{Sc}]?\\d(?:\\s*(?:%|percent|per cent))?)"
                    + "(?:\\s+(?:million|billion|thousand))?(?:\\W*$|,\\s+(?:and|but)\\b)");

    /** "the number", "that figure": a verdict's whole object, a figure named by nothing but its kind. */
    private static final Pattern BARE_FIGURE = Pattern.compile("(?i)(?:that|this|the)\\s+(?:" + FIGURE_WORDS + "|readings?)");

    private static final Pattern OWNED_FIGURE = Pattern.compile("(?i)^(?:the\\s+)?\\S+['\u2019]s?\\s+(?:figures?|numbers?|estimates?|count|total)\\b");

    private static Statement earlierClaimOfAnyKind(Facts facts, Statement d, String noun) {
        if (BARE_FIGURE.matcher(verdictWords(d)).matches()) {
            // "The council contested the number, saying …": a figure someone gave, not whatever claim came last (review58 HAZ q04).
            noun = "figure";
        }
        Matcher figure = NAMED_FIGURE.matcher(verdictWords(d));
        if (figure.find()) {
            // "rejects the 58p figure outright": the claim with that figure, wherever it was, or none at all.
            return latestWithFigure(facts, d, figure.group(1));
        }
        Matcher corrected = CORRECTED_FIGURE.matcher(verdictWords(d));
        if (corrected.find()) {
            // "had found 410 children waiting in April, not 640": the claim that gave the 640, when one can be shown.
            Statement withFigure = correctedFigureClaim(facts, d, corrected.group(1));
            if (withFigure != null) {
                return withFigure;
            }
        }
        Statement restated = restatedByFollowingQuote(facts, d);
        if (restated != null) {
            return restated;
        }
        Statement byNamedSource = latestByNamedSource(facts, d);
        if (byNamedSource != null) {
            return byNamedSource;
        }
        if (NAMED_OWNER.matcher(verdictWords(d)).find()) {
            // "called the Argosy's story “a guess dressed up as a scoop”": whose story it was is named, and no claim of that
            // source could be shown; the nearest claim of someone else is no stand-in (review33 MAR).
            return null;
        }
        Matcher owner = OWNER_ROLE.matcher(verdictWords(d));
        Matcher saidOf = SAID_OF_OWNER.matcher(facts.sentence(d.sentence()).text());
        if (!owner.find() && saidOf.find()) {
            // "That is simply not the case, Mr Dunstable said of the federation's warning": the verdict's own words name
            // nothing, the words after its cue name whose claim it answered.
            return latestBySpeakerCalled(facts, d, saidOf.group(1).toLowerCase(Locale.ROOT));
        }
        owner.reset();
        if (owner.find()) {
            // "called the union's claim “cynical and wrong”": the claim is the union's, and if the article never says which
            // speaker the union is, no nearby claim of someone else may stand in for it.
            return latestBySpeakerCalled(facts, d, owner.group(1).toLowerCase(Locale.ROOT));
        }
        if (FIGURE_NOUN.matcher(noun).matches()) {
            // "SCT says its proposal amounts to 9 per cent. The union dismissed that figure": the latest statement with a
            // figure in it, by someone else; if it cannot be shown on its own, no older figure stands in for it.
            Statement counted = null;
            for (Statement s : facts.statements) {
                if (s.sentence() < d.sentence() && s.sentence() >= d.sentence() - 3 && !facts.knownSame(s.speaker(), d.speaker())
                        && !Distractors.councilAndOfficeHolder(facts, s.speaker(), d.speaker())
                        && s.attribution().stance() != Stance.DENY && HAS_FIGURE.matcher(s.attribution().content()).find()) {
                    counted = s;
                }
            }
            if (counted != null) {
                return facts.isStandalone(counted) && facts.choiceProblem(counted.claim()).isEmpty() ? counted : null;
            }
        }
        String kind = noun.toLowerCase(Locale.ROOT).replaceFirst("s$", "");
        // "Posts claim the cameras run an hour fast. One member wrote … ParkSentinel dismissed the suggestion": what someone
        // "claims" is a suggestion too, and a later account of another kind is not it.
        Pattern cue = kind.equals("suggestion") ? SUGGESTED_OR_CLAIMED : CUE_OF.get(kind);
        Statement sameKind = null;
        Statement best = null;
        Statement reported = null;
        Statement nearest = null;
        Statement sameKindUnshown = null;
        for (Statement s : facts.statements) {
            if (s.sentence() < d.sentence() && !s.speaker().equals(d.speaker()) && s.rejectable() && !s.attribution().cue().startsWith("(")) {
                nearest = s;
                if (cue != null && cue.matcher(s.attribution().cue()).find() && s.sentence() >= d.sentence() - reach(noun)
                        && !facts.isStandalone(s)) {
                    sameKindUnshown = s;
                }
            }
            if (s.sentence() >= d.sentence() || s.speaker().equals(d.speaker())
                    // "It did accept that the street light … had been broken. Verdley Grounds said the suggestion was false":
                    // what a side admits is nobody's suggestion to reject (review57 WEL q05).
                    || !s.rejectable()
                    || !facts.isStandalone(s) || s.attribution().cue().startsWith("(")
                    // ("Elmsweald District Council contested that figure": not one its own leader gave; a councillor's may be.)
                    || Distractors.councilAndOfficeHolder(facts, s.speaker(), d.speaker())) {
                continue;
            }
            if (cue != null && (cue.matcher(s.attribution().cue()).find() || carriedIn(s, noun)) && s.sentence() >= d.sentence() - reach(noun)) {
                sameKind = s;
            }
            // The nearest claim a reader could be shown: a first-person or cut-off one would be dropped as a key anyway.
            if (s.sentence() < d.sentence() - 3 || facts.choiceProblem(s.claim()).isPresent()
                    || s.quotation() && facts.firstPerson(s.claim())) {
                continue;
            }
            best = s;
            // ("A council officer, who asked not to be named, told the Bugle that the builder had asked for the change. … The builder
            // said the story was a tall tale": a story or a report is what an unnamed source told a paper.)
            if (s.verb().equals("reported") || s.attribution().sourceType() == newsquiz.analysis.SourceType.OUTLET
                    || STORY_NOUN.matcher(noun).matches() && s.attribution().anonymous() && !s.attribution().via().isEmpty()) {
                reported = s;
            }
        }
        // "called that claim “nonsense”" right after a claim: "that" points at the one just made, not at an older "claimed".
        boolean demonstrative = verdictWords(d).matches("(?i)^(?:that|this|these|those)\\b.*");
        if (demonstrative && sameKind != null && best != null && !best.quotation() && best.sentence() >= d.sentence() - 1
                && sameKind.sentence() < best.sentence() - 2) {
            return best;
        }
        // "Keele also suggested that Anand had been paid … The university said the claim was false": "the claim" right after
        // a fresh claim of the same source is that one, not an older one whose verb happened to be "claimed".
        boolean definite = verdictWords(d).matches("(?i)^(?:that\\s+)?the\\s+\\p{L}+\\b.*");
        if (definite && sameKind != null && best != null && best != sameKind && !best.quotation()
                && best.sentence() == d.sentence() - 1 && best.speaker().equals(sameKind.speaker()) && sameKind.sentence() < best.sentence()) {
            return best;
        }
        // ("took exception to that account": a rejecting phrase whose object points back.)
        boolean pointsAtLast = demonstrative || DenialQuestions.POINTER_OBJECT.matcher(verdictWords(d)).find();
        if (pointsAtLast && nearest != null && nearest.sentence() == d.sentence() - 1 && !facts.isStandalone(nearest)
                && (sameKind == null || sameKind.sentence() < nearest.sentence()
                        // ("flooded a Facebook group with claims that … One post said … made short work of that claim": the claims.)
                        && !sameKind.attribution().cue().toLowerCase(Locale.ROOT).contains(kind))) {
            // "The council blamed the operator, saying it had failed to repair bikes. Veloria took exception to that account":
            // "that" is the blame just before, which cannot be shown on its own; the council's figures before it would be a
            // wrong key (review50 SAL q01).
            return null;
        }
        if (sameKind != null && (sameKindUnshown == null || sameKindUnshown.sentence() < sameKind.sentence())) {
            return sameKind;
        }
        if (sameKindUnshown != null) {
            // "called the allegation “a smear”" after a post "claiming" something that cannot be shown on its own: the
            // allegation is that one, and the nearest thing said of another kind is no stand-in.
            return null;
        }
        if (latestOfKind(facts, d, noun) != null) {
            // "denied the accusation" after someone "alleged" something in words that cannot stand alone: that is the
            // accusation, and the nearest statement of another kind would be a wrong answer key.
            return null;
        }
        if (DOCUMENT_NOUN.matcher(noun).matches()) {
            // "rejected the findings": what the report itself found, not what someone said about it.
            Statement found = latestDocumentFinding(facts, d);
            if (found != null) {
                return found;
            }
            if (facts.statements.stream().anyMatch(s -> s.sentence() < d.sentence() && s.sentence() >= d.sentence() - 12
                    && Facts.documentLike(s.speaker()))) {
                // "A study … reported nitrate levels of up to 61 milligrams" cannot be shown on its own: its author's remark on
                // how the samples were taken is no stand-in for the findings (eval-blind32 RUD q04).
                return null;
            }
        }
        if (reported != null) {
            return reported;
        }
        if (noun.toLowerCase(Locale.ROOT).matches("stor(?:y|ies)") && best != null && Facts.documentLike(best.speaker())
                && !best.speaker().matches("(?i).*\\b(?:posts?|messages?|tweets?|threads?|videos?|comments?)\\b.*")) {
            // "called the story “a holiday brochure”" after a leaked memo's estimate: the news story as a whole, which the
            // memo's figure does not stand in for (review32 GRE q02); a post's tale can be the story.
            return null;
        }
        if (best != null && nearest != null && nearest.sentence() > best.sentence() && (!nearest.speaker().equals(best.speaker())
                // "… recorded a sticking lock. She also told the court that engineers had been told to skip checks. The former
                // head of safety rejected that account": "that" is her last claim, not her first (review42 HAL q06); what only
                // goes on about the first claim ("The surveyor looked at the wrong chimney … Much of the work …") does not.
                || demonstrative && ALSO.matcher(nearest.attribution().cue()).find())) {
            // "Ms Quayle dismissed that explanation" right after the barrister's, which cannot be shown on its own: an older
            // claim of someone else would be a wrong key.
            return null;
        }
        if (noun.toLowerCase(Locale.ROOT).matches("reports|claims|rumou?rs|stories|allegations|accusations|suggestions")) {
            // "dismissed the reports as “fantasy football”": several claims at once; the nearest one alone would be a wrong key.
            return null;
        }
        if (best != null && best.quotation()) {
            // A quote usually illustrates an account the sentence before states: "had been told there was “no money”".
            for (Statement s : facts.statements) {
                if (sameSide(facts, s, best) && !s.quotation() && s.sentence() < best.sentence()
                        && s.sentence() >= best.sentence() - 2 && facts.isStandalone(s) && s.attribution().stance() != Stance.DENY) {
                    return s;
                }
            }
        }
        if (best != null && unsourcedClaimBetween(facts, best.sentence(), d.sentence())) {
            // "Some tenants have been told that the contractor has gone bust. Its managing director rejected that firmly":
            // what he rejected is the hearsay no one is quoted for, not the delivery date said two sentences before.
            return null;
        }
        return best;
    }

    private static final Pattern HEARD_OR_SAID = Pattern.compile("(?i)\\b(?:told|tells|say|says|said|claim(?:s|ed)?|suggest(?:s|ed)?"
            + "|heard|hear|believe[sd]?|pointed|accus(?:es|ed)|rumou?rs?|alleg(?:es|ed)|reported(?:ly)?)\\b");

    /** Whether a sentence after {@code from}, up to and including the one before {@code to}, reports a claim no statement holds. */
    private static boolean unsourcedClaimBetween(Facts facts, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            int sentence = i;
            if (facts.statements.stream().noneMatch(s -> s.sentence() == sentence || s.sentences().contains(sentence))
                    && HEARD_OR_SAID.matcher(facts.sentence(sentence).text()).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a quote speaks for the account before it: the same speaker, or one its own sentence
     * places with that speaker ("Health Minister X told reporters at the ministry").
     */
    private static boolean sameSide(Facts facts, Statement account, Statement quote) {
        if (account.speaker().equals(quote.speaker())) {
            return true;
        }
        String quoteSentence = facts.sentence(quote.sentence()).text();
        // ("…,” said the club's chair, Wolter Youlden": the club's own officer, right after the club's account.)
        return facts.namesIn(quoteSentence).contains(account.speaker()) || account.speaker().equals(facts.bodySpokenFor(quote.speaker()));
    }

    private static final Pattern STORY_NOUN = Pattern.compile("(?i)stor(?:y|ies)|reports?");

    private static final Pattern SUGGESTION_THAT = Pattern.compile("(?i)\\b(?:suggestion|claim|allegation|idea|report)s?\\s+that\\s+(.+)$");

    /**
     * "Ardagh's office rejected that account. “There is no truth to the suggestion that the minister
     * or his staff commissioned this paper,” a spokesperson said.": the quote just after a denial
     * says which part of the account it rejects; the account's claim that shares most of its words is
     * the one denied. Null when no such quote follows or nothing shares a content word with it.
     */
    private static Statement restatedByFollowingQuote(Facts facts, Statement d) {
        String restated = null;
        for (Statement q : facts.statements) {
            if (q.sentence() > d.sentence() && q.sentence() <= d.sentence() + 2 && q.quotation() && q.attribution().stance() == Stance.DENY) {
                Matcher m = SUGGESTION_THAT.matcher(Phrasing.unquote(q.attribution().content()));
                if (m.find()) {
                    restated = m.group(1);
                    break;
                }
            }
        }
        if (restated == null) {
            return null;
        }
        java.util.Set<String> words = Distractors.contentWords(restated);
        Statement best = null;
        int bestShared = 0;
        for (Statement s : facts.statements) {
            if (s.sentence() >= d.sentence() || s.sentence() < d.sentence() - 4 || s.speaker().equals(d.speaker())
                    || s.attribution().stance() == Stance.DENY || !facts.isStandalone(s) || facts.choiceProblem(s.claim()).isPresent()) {
                continue;
            }
            int shared = Distractors.sharedWith(words, s.claim());
            if (shared > bestShared) {
                best = s;
                bestShared = shared;
            }
        }
        return best;
    }

    /**
     * "called the Grayline report “false”", "dismissed the Courier story": the denial names whose
     * claim it was, so the latest readable claim of that source is the one denied.
     */
    /**
     * ", saying no egg had left the farm", ", because every one of the 58 had been offered a job with Elverton": the reason
     * given with a verdict, whose names are what it is about, not whose claim.
     */
    private static final Pattern REASON_GIVEN = Pattern.compile(",?\\s+because\\b.*$|,\\s+(?:saying|adding|insisting|arguing|pointing out)\\b.*$");
    /**
     * "said the suggestion was false: every finished street is walked by a council inspector": what follows the verdict's
     * colon is the reason, and the council named in it is no claimant (eval-blind54 GAR q14).
     */
    private static final Pattern REASON_AFTER_VERDICT = Pattern.compile("(?i)\\b(false|untrue|wrong|nonsense|incorrect|inaccurate|mistaken|"
            + "baseless|truth|case|so)\\s*:.*$");

    private static final Pattern VERDICT_ON_A_POINTER = Pattern.compile(
            "^((?i:the|that|this|those|these)\\s+[\\p{L}-]+\\s+(?i:was|were|is|are)\\b[^:]{0,60})\\s*:.*$");

    private static Statement latestByNamedSource(Facts facts, Statement d) {
        String naming = REASON_AFTER_VERDICT.matcher(REASON_GIVEN.matcher(verdictWords(d)).replaceFirst(""))
                .replaceFirst("$1");
        // "said the claim was hogwash: the vice-chancellor's rooms were last refitted in 2019": whatever the verdict's word,
        // what follows its colon is the reason (review81 wallerscote q08, a wrong key).
        naming = VERDICT_ON_A_POINTER.matcher(naming).replaceFirst("$1");
        if (!SAID_THING.matcher(naming).find()) {
            // "The Bambridge family had owned it since 2019 and no council officer had ever worked there": a name in the
            // denial's own account is what it is about, not whose claim it answers; that takes a thing said ("the council's
            // figure", "the Courier story").
            return null;
        }
        List<String> named = facts.namesIn(naming).stream()
                .filter(n -> Character.isUpperCase(n.charAt(0)) && !facts.mayBeSame(n, d.speaker())).toList();
        if (named.isEmpty()) {
            return null;
        }
        Statement latest = latestClaimBy(facts, d,
                s -> named.stream().anyMatch(n -> facts.mayBeSameNamed(n, s.speaker()) || n.equals(s.speaker())));
        Statement own = latestClaimBy(facts, d, s -> named.contains(s.speaker()));
        // "The group said the crews had cut every verge. Its chair said at least 400 bee orchids had been lost. The council
        // said the group's account was wide of the mark": a chair's remark in the very next sentence adds to the group's
        // claim, which is its account (eval-blind61 MOS q03, q04). A chair's claim of its own, sentences later ("The
        // Playhouse's chair said the cut was a punishment"), is the Playhouse's claim then.
        return own != null && latest != null && latest != own && latest.sentence() <= own.sentence() + 1 ? own : latest;
    }

    /** The latest readable claim, in the twelve sentences before a denial, of a speaker the denial points at. */
    private static Statement latestClaimBy(Facts facts, Statement d, java.util.function.Predicate<Statement> pointedAt) {
        List<Statement> claims = claimsBy(facts, d, pointedAt);
        return claims.isEmpty() ? null : claims.get(claims.size() - 1);
    }

    /** Every readable claim, in the twelve sentences before a denial, of a speaker the denial points at, in order. */
    static List<Statement> claimsBy(Facts facts, Statement d, java.util.function.Predicate<Statement> pointedAt) {
        List<Statement> found = new java.util.ArrayList<>();
        for (Statement s : facts.statements) {
            if (s.sentence() < d.sentence() && s.sentence() >= d.sentence() - 12 && s.attribution().stance() != Stance.DENY
                    && facts.isStandalone(s) && facts.choiceProblem(s.claim()).isEmpty() && pointedAt.test(s)) {
                found.add(s);
            }
        }
        return found;
    }

    /** Whether the words give a figure, in digits or in words. */
    static boolean hasFigure(String text) {
        return HAS_FIGURE.matcher(text).find();
    }

    private static final Pattern HAS_FIGURE = Pattern.compile("(?i)\\d|\\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
            + "twenty|thirty|forty|fifty|hundred|thousand|million|billion|dozen|half|third|quarter)\\b");
    /** "the Argosy's story", "Pellbury's claim": a named owner of what was rejected. */
    private static final Pattern NAMED_OWNER = Pattern.compile("^(?:that\\s+)?(?:the\\s+)?\\p{Lu}[\\p{L}-]*['\u2019]s?\\s+(?:\\p{Ll}+\\s+)?"
            + "(?:claims?|accounts?|reports?|allegations?|version|story|stories|suggestions?|figures?|accusations?|article|piece|"
            + "forecasts?|predictions?|estimates?|projections?)\\b");
    private static final Pattern SAID_OF_OWNER = Pattern.compile("\\b(?:said|says|wrote|writes|replied|replies|added|adds)\\s+of\\s+"
            + "the\\s+(\\p{Ll}+)['\u2019]s?\\s+(?:\\p{Ll}+\\s+)?(?:claims?|accounts?|reports?|allegations?|version|story|suggestions?|"
            + "figures?|accusations?|criticism|warnings?|statement|letter)\\b");
    private static final Pattern OWNER_ROLE = Pattern.compile("\\b[Tt]he\\s+(\\p{Ll}+)['\u2019]s?\\s+(?:\\p{Ll}+\\s+)?"
            + "(?:claims?|accounts?|reports?|allegations?|version|story|suggestions?|figures?|accusations?|criticism|warnings?|"
            + "forecasts?|predictions?|estimates?|projections?)\\b");

    private static final Pattern GENERIC_BUSINESS = Pattern.compile("company|firm|business|group|startup|maker|manufacturer|retailer|"
            + "operator|supplier|developer|airline|carrier|chain|brand|provider|insurer|bank|lender|platform|publisher");

    private static Statement latestBySpeakerCalled(Facts facts, Statement d, String role) {
        Pattern theRole = Pattern.compile("(?i)\\bthe\\s+" + Pattern.quote(role) + "\\b");
        // "A spokesperson said … the company had “no idea”": the sentence itself speaks for the company.
        Statement own = latestClaimBy(facts, d, s -> calledBy(facts, s.speaker(), role)
                || theRole.matcher(facts.sentence(s.sentence()).text()).find());
        // "Its branch secretary, Wynflaed Pocock": what she warns of is "the union's warning" when the union itself gave no
        // warning (review59 QUE q09); "the group's account" and "the group's figure" are the group's own, not its chair's
        // remark after them.
        boolean warning = WARNING_NAMED.matcher(verdictWords(d)).find();
        boolean bodySpoke = facts.statements.stream().anyMatch(s -> s.sentence() < d.sentence() && s.sentence() >= d.sentence() - 12
                && calledBy(facts, s.speaker(), role));
        if (own != null && (!warning || LOOKING_AHEAD.matcher(own.claim()).find()) || bodySpoke && !warning) {
            // (When the body's own claim cannot be shown, its chair's remark is no stand-in for it.)
            return own;
        }
        Statement postHolders = latestClaimBy(facts, d, s -> facts.bodySpokenFor(s.speaker()) != null
                && calledBy(facts, facts.bodySpokenFor(s.speaker()), role) && (!warning || LOOKING_AHEAD.matcher(s.claim()).find()));
        return postHolders != null ? postHolders : own;
    }

    private static final Pattern WARNING_NAMED = Pattern.compile("(?i)['\u2019]s?\\s+(?:\\p{Ll}+\\s+)?warnings?\\b");
    private static final Pattern LOOKING_AHEAD = Pattern.compile("(?i)\\b(?:will|would|could|may|might|going to)\\b|['\u2019]ll\\b");

    /** Whether the article names or describes the speaker with the role noun: "the union", "the council's". */
    private static boolean calledBy(Facts facts, String speaker, String role) {
        Facts.SpeakerInfo info = facts.speakers.get(speaker);
        // "the company's account": any business the article quotes is "the company" to a reader.
        return namedOrDescribedAs(facts, speaker, role) || GENERIC_BUSINESS.matcher(role).matches() && info != null
                && info.type() == newsquiz.analysis.SourceType.ORGANIZATION;
    }

    /**
     * "She says the posters have it backwards", "called the posts “a misreading of an old database entry”": a verdict on the
     * claimant, named by the word the article used for them, is a denial of that claimant's latest claim. Only a short
     * verdict or a label will do: "the council had never consulted anyone" states a fact about the council instead.
     */
    static Statement claimantNamed(Facts facts, Statement d) {
        String content = verdictWords(d);
        if (PRONOUN_FOUND_WANTING.matcher(content).lookingAt()) {
            // "Councillor NAME said only a handful of pupils used the crossing. The head teacher said he had got hold of the
            // wrong end of the stick: …": the one found wanting is the last other person heard, just before.
            Statement last = latestClaimBy(facts, d, s -> s.sentence() >= d.sentence() - 1 && !facts.mayBeSame(s.speaker(), d.speaker()));
            return last != null && last.attribution().sourceType() == newsquiz.analysis.SourceType.PERSON ? last : null;
        }
        Matcher m = CLAIMANT.matcher(content);
        if (!m.find() || CLAIM_NOUN.matcher(m.group(1)).matches()) {
            return null;
        }
        // A label only as the object of calling ("called the posts “…”"): 'said the leaflet “did not come from us”' is about
        // the leaflet's author, not what the leaflet said.
        boolean label = m.group(2) != null;
        if (label ? !d.verb().matches("called|described|dismissed|branded|labell?ed|dubbed")
                : Phrasing.words(content) > 8 || ClauseCheck.negated(content)) {
            return null;
        }
        String role = m.group(1);
        if (namedOrDescribedAs(facts, d.speaker(), role)) {
            return null;
        }
        return latestClaimBy(facts, d, s -> !facts.mayBeSame(s.speaker(), d.speaker()) && namedOrDescribedAs(facts, s.speaker(), role));
    }

    private static final Pattern PRONOUN_FOUND_WANTING = Pattern.compile("(?i)(?:he|she)\\s+(?:(?:had|has)\\s+(?:got\\s+)?(?:hold\\s+of\\s+)?"
            + "the\\s+wrong\\s+end\\s+of\\s+the\\s+stick|(?:had|has)\\s+(?:got\\s+)?it\\s+(?:backwards|wrong|the\\s+wrong\\s+way\\s+round)"
            + "|was\\s+barking\\s+up\\s+the\\s+wrong\\s+tree|was\\s+(?:simply\\s+|plainly\\s+)?(?:mistaken|wrong))\\s*(?::|$)");
    private static final Pattern CLAIMANT = Pattern.compile(
            "^[Tt]he\\s+(\\p{Ll}{3,})\\s+(?:(as\\s+[\u201c\"]|[\u201c\"])|(?:have|has|had|got|were|was|are|is)\\b)");
    private static final Pattern CLAIM_NOUN = Pattern.compile(
            "claims?|reports?|allegations?|accusations?|suggestions?|stor(?:y|ies)|figures?|accounts?|rumou?rs?|charges?|versions?|idea");
    /** A thing said, which a name before it makes someone's: the claim nouns, the figure nouns and the ways words are put out. */
    private static final Pattern SAID_THING = Pattern.compile("(?i)\\b(?:" + CLAIM_NOUN.pattern() + "|" + FIGURE_NOUNS
            + "|counts|totals|warnings?|posts?|articles?|letters?|leaflets?|forecasts?|predictions?|comments?|remarks?|words"
            + "|statements?|videos?|surveys?|stud(?:y|ies)|findings|analysis|data|case|argument|criticism|complaints?|theory"
            + "|picture|tale|talk|headline|piece|column|broadcast|programme|interview|quote|message|thread|email|memo|review|audit)\\b");

    /** The speaker's name, one of its descriptions or another name of it holds the word: "Several posters on PeerThread". */
    static boolean namedOrDescribedAs(Facts facts, String speaker, String role) {
        Pattern word = Pattern.compile("(?i)\\b" + Pattern.quote(role) + "\\b");
        return word.matcher(speaker).find() || facts.analysis.sources().stream().anyMatch(e -> e.name().equals(speaker)
                && (e.descriptions().stream().anyMatch(x -> word.matcher(x).find()) || e.aliases().stream().anyMatch(x -> word.matcher(x).find())))
                // "Ayelet Gowland, who chairs the Glaisby Traders' Guild": "the guild's figure" is hers.
                || facts.roleClauses(speaker).stream().anyMatch(c -> word.matcher(c).find());
    }

    private static final Pattern IN_A_DOCUMENT = Pattern.compile("(?i)\\bin (?:a|an|the|its|their|his|her) (?:[\\p{L}-]+ ){0,3}"
            + "(?:paper|study|report|review|analysis|audit|article|preprint)\\b");

    /** "In a paper posted online on Monday, the team wrote that CT scans showed …": findings written up, whoever wrote them. */
    private static boolean writtenInADocument(Facts facts, Statement s) {
        return s.verb().matches("wrote|found|concluded|reported|showed|stated|said") && !s.quotation()
                && IN_A_DOCUMENT.matcher(facts.sentence(s.sentence()).text()).find();
    }

    private static Statement latestDocumentFinding(Facts facts, Statement d) {
        Statement found = null;
        for (Statement s : facts.statements) {
            if (s.sentence() < d.sentence() && s.sentence() >= d.sentence() - 12
                    && (Facts.documentLike(s.speaker()) || writtenInADocument(facts, s))
                    && s.attribution().stance() == Stance.ASSERT && facts.isStandalone(s)) {
                found = s;
            }
        }
        return found;
    }
}
