package newsquiz.analysis;

import java.util.Set;

/**
 * Uses of a reporting verb that report nothing, told from the words around it: a passive
 * participle ("a pharmacist accused of billing …"), a verb that needs a clause but has only a
 * phrase ("testified on Tuesday under an agreement …", "responds to warming seas"), a phrasal
 * verb without its particle ("pointed to the chart" beside "pointed out that …").
 */
final class CueVerbUses {
    /** Verbs that are as often intransitive or take a plain object as they report something. */
    private static final Set<String> NEEDS_CLAUSE = Set.of("testify", "respond", "reply", "answer", "question", "allow", "protest", "fire", "maintain",
            "recognise", "recognize");
    /** Verbs whose past participle, right before its preposition, is passive: active uses put an object there. */
    private static final Set<String> PASSIVE_PRONE = Set.of("accuse", "describe", "label", "brand", "criticise", "criticize",
            "praise", "condemn", "blame", "hail");

    private CueVerbUses() {}

    /** "pointed out that …", "pushed back on the report": a verb listed with a particle reports only with it. */
    private static final java.util.Set<String> READY = java.util.Set.of("quick", "swift", "fast", "keen", "eager", "anxious", "careful");

    /**
     * "Wray was quick to deny that …", "she was at pains to stress …": the subject's own statement, told eagerly;
     * likewise "she rang in to say …".
     */
    static boolean readyToSay(SentenceView s, int v) {
        return readyToSayStart(s, v) >= 0;
    }

    /** The index of the "was" of "was quick to" (or of the "rang" of "rang in to") before verb v, or -1. */
    static int readyToSayStart(SentenceView s, int v) {
        if (!s.is(v - 1, "to") || s.at(v - 2) == null) {
            return -1;
        }
        int be = READY.contains(s.at(v - 2).lower()) ? v - 3 : s.at(v - 2).is("pains") && s.is(v - 3, "at") ? v - 4 : -1;
        if (be >= 0 && s.isAny(be, "was", "were", "is", "are", "been")) {
            return be;
        }
        if (s.isAny(v - 2, "appeared", "appears", "seemed", "seems", "claims", "claimed", "purports", "purported")
                && !s.tokens[v - 2].quoted()) {
            // "a clip, which appeared to show him elbowing a rival": what the clip seemed to show is still its claim; so is
            // what "a video shared on TikTok … claims to show".
            return v - 2;
        }
        return contactToSay(s, v);
    }

    /** Verbs of getting in touch, whose "to" + reporting verb says what the call or letter was for. */
    private static final Set<String> CONTACT = Set.of("rang", "rings", "ring", "phoned", "phones", "called", "calls", "wrote",
            "writes", "emailed", "emails", "texted", "texts");

    /** "rang in to say …", "wrote to warn …": the caller's own statement; the index of the contact verb, or -1. */
    private static int contactToSay(SentenceView s, int v) {
        int c = v - 2;
        if (s.isAny(c, "in", "back", "up")) {
            c--;
        }
        Token contact = s.at(c);
        return contact != null && !contact.quoted() && CONTACT.contains(contact.lower()) && contact.tag().startsWith("VERB") ? c : -1;
    }

    /** "When the fire service tells us …", "until the board says so": a present-tense cue inside a clause of condition or time. */
    static boolean conditionalClause(SentenceView s, int v) {
        if (!s.tokens[v].lower().endsWith("s") || s.tokens[v].quoted()) {
            return false;
        }
        for (int i = v - 1; i >= Math.max(0, v - 6); i--) {
            Token t = s.tokens[i];
            if (t.isComma() || t.isQuoteMark() || t.text().equals(":") || t.text().equals(";")) {
                return false;
            }
            if (t.isAny("when", "if", "unless", "until", "once", "whenever") && (i == 0 || !s.tokens[i - 1].isAny("said", "says", "asked"))) {
                return true;
            }
        }
        return false;
    }

    static boolean particleMissing(SentenceView s, int v, Lexicon.CueVerb verb) {
        return particleEnd(s, v + 1, verb) < 0;
    }

    /** The index after the verb's particle starting at r, r when it has none, or -1 when it needs one that is not there. */
    private static int particleEnd(SentenceView s, int r, Lexicon.CueVerb verb) {
        // "waved it away", "brushed them aside": a pronoun object goes between the verb and its particle.
        if (!verb.particle().isEmpty() && s.at(r) != null && s.at(r).isAny("it", "them", "this", "that") && s.at(r + 1) != null
                && verb.particle().get(0).contains(s.at(r + 1).lower())) {
            r++;
        } else if (!verb.particle().isEmpty() && !verb.particle().get(0).contains("out") && s.at(r) != null
                && s.at(r).isAny("that", "this", "the", "these", "those", "his", "her", "its", "their")) {
            // "gave that report short shrift": a short noun phrase may stand there too. Not before "out": "would rule the
            // plan out" is mostly asked about, while a rejection says "ruled out the plan".
            for (int k = r + 2; k <= r + 3 && s.at(k) != null; k++) {
                if (verb.particle().get(0).contains(s.at(k).lower()) && !s.at(k - 1).isComma()) {
                    r = k;
                    break;
                }
            }
        }
        for (java.util.Set<String> slot : verb.particle()) {
            Token t = s.at(r);
            if (t == null || t.quoted() || !slot.contains(t.lower())) {
                return -1;
            }
            r++;
        }
        return r;
    }

    /**
     * "Experts see the deal as a lifeline" states a view; "the country would see a death toll like
     * this" does not: "see" reports only with its "as".
     */
    static boolean seeWithoutAs(SentenceView s, int v, Lexicon.CueVerb verb) {
        if (!verb.lemma().equals("see") || !verb.particle().isEmpty()) {
            return false;
        }
        for (int i = v + 1; i < s.size() && !s.tokens[i].isComma() && !s.tokens[i].isQuoteMark(); i++) {
            if (s.tokens[i].is("as") && !s.tokens[i].quoted()) {
                return false;
            }
        }
        return true;
    }

    /**
     * "had shown investors figures from the paper", "showed them the plans": a thing shown to someone, not a finding;
     * "showed investors that the plan worked" still reports one.
     */
    static boolean shownToSomeone(Lexicon lexicon, SentenceView s, int v, Lexicon.CueVerb verb) {
        Token to = s.at(v + 1);
        Token what = s.at(v + 2);
        if (!verb.lemma().equals("show") || to == null || what == null || to.quoted()) {
            return false;
        }
        boolean someone = to.isAny("them", "him", "her", "us", "me") || to.isNoun() && to.lower().endsWith("s")
                && (lexicon.is("person_group", to.lower()) || PhraseParser.agentive(lexicon, to.lower()));
        return someone && (what.tag().equals("DET") && !what.isAny("that", "this") || what.isNoun() || what.tag().equals("NUM")
                || what.tag().startsWith("ADJ"));
    }

    /**
     * "found it while researching the expedition", "found them in a drawer": a thing found, not a
     * finding; "found it was a fake" still reports one.
     */
    static boolean foundAnObject(SentenceView s, int v, Lexicon.CueVerb verb) {
        Token next = s.at(v + 2);
        if (verb.lemma().equals("find") && s.tokens[v].is("found") && s.is(v + 1, "to") && next != null && next.isAny("have", "be", "been")) {
            // "a club found to have approached a player can be fined": a passive, with no finder.
            return true;
        }
        if (verb.lemma().equals("find") && (thingFoundSomewhere(s, v) || foundThereAfterItsNoun(s, v) || nounOfACompound(s, v))) {
            return true;
        }
        boolean finding = verb.lemma().equals("find") || verb.lemma().equals("discover");
        if (finding && s.isAny(v + 1, "it", "them", "him", "her")) {
            return next == null || !next.isVerb() && !next.tag().equals("AUX");
        }
        // "She found Tomas a few minutes later": a person found, not a finding; "found Tomas had lied", "found Tomas guilty" are.
        int after = v + 1;
        // "found mould/PROPN in 31 flats": a lower-case word the tagger took for a name names no one.
        while (after < s.size() && after < v + 3 && s.tokens[after].tag().startsWith("PROPN") && s.tokens[after].capitalised()
                && !s.tokens[after].quoted()) {
            after++;
        }
        Token then = s.at(after);
        return finding && after > v + 1 && then != null && !then.isVerb() && !then.tag().equals("AUX") && !then.tag().startsWith("ADJ")
                && !then.isAny("to", "that", "was", "had", "guilty", "liable", "responsible");
    }

    /**
     * "Some islanders will feel the cut more than others", "felt the heat": a thing felt, with no clause after it, is no
     * opinion; "feel the plan is wrong" still gives one.
     */
    static boolean feltAThing(SentenceView s, int v, Lexicon.CueVerb verb) {
        if (!verb.lemma().equals("feel") || !s.isAny(v + 1, "the", "a", "an", "their", "its", "his", "her", "our", "this", "that")
                || s.tokens[v + 1].quoted()) {
            return false;
        }
        // (The word after the determiner is its noun, whatever its tag: "the cut/VERB".)
        for (int i = v + 3; i < s.size() && !s.tokens[i].isComma() && !CLAUSE_END.contains(s.tokens[i].text()); i++) {
            if (s.tokens[i].isVerb() || s.tokens[i].tag().equals("AUX")) {
                return false;
            }
        }
        return true;
    }

    private static final java.util.Set<String> CLAUSE_END = java.util.Set.of(".", ";", ":", "!", "?");

    private static final java.util.regex.Pattern SEARCHERS = java.util.regex.Pattern.compile(
            "(?:inspectors|engineers|surveyors|divers|officers|police|firefighters|investigators|searchers|workers|volunteers)");

    private static final java.util.Set<String> PLACE_PREPOSITIONS = java.util.Set.of("in", "on", "beside", "near", "under", "behind",
            "inside", "outside", "beneath", "by");

    /**
     * "a farmer found a black stone in a field", "Police found a car beside the road": a thing picked up somewhere, not a
     * finding; "checks found a crack in the seal", "the study found a rise in cases" keep theirs (a plural or a document finds).
     */
    private static boolean thingFoundSomewhere(SentenceView s, int v) {
        if (!s.tokens[v].is("found") || v + 1 >= s.size()) {
            return false;
        }
        int k = v - 1;
        while (k >= 0 && (s.tokens[k].tag().equals("AUX") || s.tokens[k].tag().equals("ADV"))) {
            k--;
        }
        // "inspectors found corroded plates in her hull": people who look for faults found things, where they were.
        boolean searchers = k >= 0 && SEARCHERS.matcher(s.tokens[k].lower()).matches();
        boolean article = s.isAny(v + 1, "a", "an");
        if (!article && !(searchers && (modifier(s.tokens[v + 1]) || s.tokens[v + 1].isNoun()) && !s.tokens[v + 1].quoted())) {
            return false;
        }
        if (k >= 0 && !searchers && s.tokens[k].isNoun() && (s.tokens[k].lower().endsWith("s") || s.tokens[k].tag().startsWith("NOUN")
                && s.tokens[k].text().length() > 2 && isDocument(s.tokens[k].lower()))) {
            return false;
        }
        boolean noun = false;
        for (int i = article ? v + 2 : v + 1; i < Math.min(s.size(), v + 9); i++) {
            Token t = s.tokens[i];
            if (noun && PLACE_PREPOSITIONS.contains(t.lower())) {
                return true;
            }
            if (!(t.isNoun() || modifier(t) || t.isComma() || t.text().equals("-"))) {
                return false;
            }
            noun |= t.isNoun();
        }
        return false;
    }

    /** "corroded", "rusty", "crumbling" (concrete): what a thing found was like. */
    private static boolean modifier(Token t) {
        return t.tag().startsWith("ADJ") || t.lower().endsWith("ed") || t.tag().startsWith("VERB") && t.lower().endsWith("ing");
    }

    /**
     * "A hoard of 1,240 silver pennies found in a field at Saltry Down …": the participle after its noun, then where, with no
     * "that" of a finding before the clause ends, tells where a thing was found.
     */
    private static boolean foundThereAfterItsNoun(SentenceView s, int v) {
        if (!s.tokens[v].is("found") || v == 0 || !s.tokens[v - 1].isNoun() || isDocument(s.tokens[v - 1].lower())
                || !s.isAny(v + 1, "in", "on", "under", "beside", "near", "inside", "beneath", "at", "behind")) {
            return false;
        }
        for (int i = v + 2; i < s.size() && !s.tokens[i].isComma(); i++) {
            if (s.tokens[i].is("that")) {
                return false;
            }
        }
        return true;
    }

    /**
     * "the county finds liaison officer says": a word in -s between a determiner's noun and more nouns before the verb is part
     * of a title, not a verb of its own.
     */
    private static boolean nounOfACompound(SentenceView s, int v) {
        if (!s.tokens[v].lower().endsWith("s") || v < 2 || !s.tokens[v - 1].isNoun() || !s.tokens[v - 2].tag().equals("DET")) {
            return false;
        }
        int i = v + 1;
        while (i < s.size() && s.tokens[i].isNoun() && !s.tokens[i].quoted()) {
            i++;
        }
        return i > v + 1 && i < s.size() && s.tokens[i].isVerb() && s.tokens[i].lower().matches("says|said|adds|added|writes|wrote|told|tells");
    }

    private static boolean isDocument(String word) {
        return java.util.Set.of("study", "report", "review", "survey", "analysis", "audit", "inquiry", "investigation", "test",
                "inspection", "search", "check", "trial", "paper").contains(word);
    }

    /** "It has added a nought", "the council added two new routes": something added to a thing, not words to a statement. */
    static boolean addedAnObject(SentenceView s, int v, Lexicon.CueVerb verb) {
        if (!verb.lemma().equals("add") || s.at(v + 1) == null) {
            return false;
        }
        Token next = s.tokens[v + 1];
        if (!(next.isAny("a", "an", "another", "the") || next.tag().equals("NUM")) || next.quoted()) {
            return false;
        }
        for (int i = v + 2; i < Math.min(s.size(), v + 6); i++) {
            if (s.tokens[i].isAny("that") || s.tokens[i].isQuoteMark() || s.tokens[i].tag().startsWith("VERB")) {
                return false;
            }
        }
        return true;
    }

    /**
     * "the company having withdrawn from the show", "You must … recall all stock from retailers": withdrawing from a place
     * and recalling goods say nothing; "withdrew the claim" and "recalled that …" do.
     */
    static boolean goodsOrPlace(SentenceView s, int v, Lexicon.CueVerb verb) {
        Token next = s.at(v + 1);
        if (next == null || next.quoted()) {
            return false;
        }
        if (verb.lemma().equals("withdraw")) {
            return next.is("from");
        }
        if (verb.lemma().equals("recall")) {
            return next.isAny("all", "every", "some", "any", "its", "their", "stock", "products", "goods") || next.tag().equals("NUM");
        }
        return false;
    }

    private static final java.util.Set<String> HEARING_BODIES = java.util.Set.of("jury", "jurors", "court", "inquest", "tribunal",
            "inquiry", "hearing", "committee", "panel", "magistrates");

    /**
     * "…, a jury at Redlow Crown Court has heard", "the inquest heard that …": what a court is told is reported evidence;
     * "residents heard an explosion" reports nothing said.
     */
    static boolean heardByNoCourt(SentenceView s, int v, Lexicon.CueVerb verb) {
        if (!verb.lemma().equals("hear")) {
            return false;
        }
        for (int i = v - 1; i >= Math.max(0, v - 7) && !s.tokens[i].isComma(); i--) {
            if (HEARING_BODIES.contains(s.tokens[i].lower())) {
                return false;
            }
        }
        return true;
    }

    /** "would not accept that her staff had been pushed": negated, an admission becomes a refusal of the claim. */
    static boolean refusesToAccept(SentenceView s, int v, Lexicon.CueVerb verb) {
        return (verb.lemma().equals("accept") || verb.lemma().equals("concede") || verb.lemma().equals("admit")) && s.is(v + 1, "that");
    }

    /**
     * "accepted that he had known …" reports an admission; "accepted the offer" does not. So with "granted that the files
     * were lost" and "granted him bail".
     */
    static boolean thatMissing(SentenceView s, int v, Lexicon.CueVerb verb) {
        return verb.lemma().matches("accept|grant") && !s.is(v + 1, "that") && !thatAfterAPhrase(s, v + 1)
                // "the two men had argued in the dressing room", "argued with the referee": a quarrel, no statement.
                || verb.lemma().equals("argue") && s.isAny(v + 1, "in", "with", "over", "about", "at", "among") && !thatAfterAPhrase(s, v + 1);
    }

    /** "accepted under cross-examination that …", "accepted in court on Monday that …": a short phrase, then the clause. */
    private static boolean thatAfterAPhrase(SentenceView s, int from) {
        Token first = s.at(from);
        if (first == null || !(first.isPreposition() || first.tag().equals("ADV"))) {
            return false;
        }
        for (int i = from + 1; i < Math.min(s.size(), from + 7); i++) {
            Token t = s.tokens[i];
            if (t.quoted() || t.isPunct()) {
                return false;
            }
            if (t.is("that")) {
                return true;
            }
        }
        return false;
    }

    /** The index after a verb's particle ("pointed out"), or {@code r} when it has none. */
    static int afterParticle(SentenceView s, int r, Lexicon.CueVerb verb) {
        return Math.max(r, particleEnd(s, r, verb));
    }

    /**
     * "A Delmont pharmacist accused of billing …", "the deal, described as …": no object, so no
     * speaker; "what it described as a memo" has its object before the subject.
     */
    static boolean passiveParticiple(SentenceView s, int v, Lexicon.CueVerb verb) {
        Token before = s.at(v - 1);
        return PASSIVE_PRONE.contains(verb.lemma()) && s.tokens[v].lower().endsWith("ed") && s.isAny(v + 1, "of", "as", "for")
                && before != null && (before.isNoun() || before.isComma()) && !subjectOfZeroRelative(s, v) && !afterWhat(s, v);
    }

    /** "citing what its interior ministry described as …": the noun after "what" is the verb's subject. */
    private static boolean afterWhat(SentenceView s, int v) {
        for (int i = v - 1; i >= Math.max(0, v - 5); i--) {
            Token t = s.tokens[i];
            if (t.is("what") && i < v - 1) {
                return true;
            }
            if (!(t.isNoun() || t.tag().startsWith("ADJ") || t.tag().equals("DET") || t.tag().equals("PRON") || t.possessive())) {
                return false;
            }
        }
        return false;
    }

    /**
     * "a boarding the ministry described as …", "a ruling the government condemned as …": a determiner
     * right after a noun opens the subject of a relative clause without "that", so the verb is active.
     */
    private static boolean subjectOfZeroRelative(SentenceView s, int v) {
        int i = v - 1;
        while (i > 0 && (s.tokens[i].isNoun() || s.tokens[i].tag().startsWith("ADJ")) && !s.tokens[i].isAny("the", "its", "his", "her", "their")) {
            i--;
        }
        return i > 0 && i < v - 1 && s.tokens[i].isAny("the", "its", "his", "her", "their") && s.nounLike(i - 1)
                && !s.tokens[i - 1].possessive() && !s.tokens[i - 1].isPreposition();
    }

    /** "now expects 2026 revenue of $1.18 billion", "had expected $1.37 billion": a forecast figure as the object. */
    static boolean figureObject(SentenceView s, int r) {
        Token first = s.at(r);
        if (first == null || first.isPreposition() || first.isPunct() && !first.text().matches("[$\u20ac\u00a3]")) {
            return false;
        }
        for (int i = r; i < Math.min(s.size(), r + 8); i++) {
            Token t = s.tokens[i];
            if (t.isComma() || t.quoted() || t.tag().equals("AUX") || t.tag().startsWith("VERB")) {
                return false;
            }
            if (t.text().matches("[$\u20ac\u00a3%]") || t.tag().equals("NUM") && !t.text().matches("(19|20)\\d\\d")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a verb that needs a clause has none at {@code r} (after its adverbials): "testified
     * under an agreement", "answered questions", "questioned the figures"; but "testified that …",
     * "answered: “No.”", "questioned whether …".
     */
    private static final Set<String> CLAIMED_THINGS = Set.of("refund", "refunds", "compensation", "expenses", "damages", "benefit",
            "benefits", "costs", "money", "price", "payment", "payments", "allowance", "credit", "asylum", "victory", "title", "lives",
            // "The Greyvane group, which claimed the attack on its leak site, says …": a deed owned, no words reported.
            // ("claimed responsibility" stays a statement: it is what the group says of itself.)
            "attack", "attacks", "hack", "breach", "bombing");

    /**
     * "can claim half their ticket price back", "claimed compensation", "claimed victory", "claimed the attack": claiming a
     * thing, not saying.
     */
    private static boolean claimsMoney(SentenceView s, int r) {
        for (int k = r; k < Math.min(s.size(), r + 8); k++) {
            Token t = s.tokens[k];
            // "claimed the price cap would be scrapped": a clause of its own follows, so the words are a statement.
            if (t.is("that") || t.isQuoteMark() || t.text().equals(":") || t.isComma() || t.isVerb() || t.tag().equals("AUX")) {
                return false;
            }
            boolean head = k + 1 >= s.size() || !s.tokens[k + 1].isNoun();
            if (CLAIMED_THINGS.contains(t.lower()) && head || t.is("back") && k > r) {
                return true;
            }
        }
        return false;
    }

    /** "about 40 jobs would go": a verb before the next comma or full stop makes the amount a clause's subject. */
    private static boolean verbBeforeClauseEnd(SentenceView s, int from) {
        for (int i = from; i < s.size() && !s.tokens[i].isPunct(); i++) {
            if (s.tokens[i].tag().equals("AUX") || s.tokens[i].tag().startsWith("VERB")) {
                return true;
            }
        }
        return false;
    }

    static boolean withoutStatement(SentenceView s, int r, Lexicon.CueVerb verb, boolean clauseFollows) {
        // "which adds about 40 minutes": an approximate amount is an amount.
        int amount = s.at(r) != null && s.tokens[r].isAny("about", "around", "nearly", "almost", "roughly", "some", "approximately")
                && s.at(r + 1) != null && s.tokens[r + 1].tag().equals("NUM") && !verbBeforeClauseEnd(s, r + 2) ? r + 1 : r;
        if (verb.lemma().equals("add") && s.at(amount) != null && (s.tokens[amount].tag().equals("NUM") || s.tokens[amount].isAny("more", "another", "extra"))
                && (!clauseFollows || r >= 2 && s.tokens[r - 2].isAny("will", "would", "could", "should", "can", "may", "might"))) {
            // "The extension will add 4.6 kilometres and five stops": adding an amount says nothing. ("He added 40 jobs
            // would go" reports a clause; a modal before "add" rules that out.)
            return true;
        }
        if (verb.lemma().equals("claim") && claimsMoney(s, r)) {
            return true;
        }
        if (verb.lemma().equals("complain") && s.is(r, "of") && s.at(r + 1) != null && !s.tokens[r + 1].lower().endsWith("ing")
                && !s.tokens[r + 1].isAny("being", "having", "the", "a", "an", "what", "how")) {
            // "38 swimmers complained of stomach upsets": a symptom suffered, not a statement made.
            return true;
        }
        // "hit back at those numbers, saying …", "shot back that …": a retort with "back" reports only with its clause.
        boolean retort = verb.kind() == Lexicon.CueKind.SPEECH && verb.particle().equals(java.util.List.of(Set.of("back")));
        if (!NEEDS_CLAUSE.contains(verb.lemma()) && !retort) {
            return false;
        }
        Token next = s.at(r);
        if (next == null) {
            return true;
        }
        if (verb.lemma().matches("allow|recogni[sz]e")) {
            // "allowed that the council could have been clearer" concedes; "allowed us to say", "allows countries to" permit;
            // "recognised the work of its volunteers" praises.
            return !next.is("that");
        }
        if (verb.lemma().equals("question")) {
            return !next.isAny("whether", "if", "why", "how");
        }
        boolean quoteAfterComma = next.isComma() && s.at(r + 1) != null && s.tokens[r + 1].isQuoteMark();
        return !(next.is("that") || next.text().equals(":") || next.isQuoteMark() || quoteAfterComma || clauseFollows);
    }
}
