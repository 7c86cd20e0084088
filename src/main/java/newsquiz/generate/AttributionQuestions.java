package newsquiz.generate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import newsquiz.analysis.Stance;
import newsquiz.quiz.Difficulty;
import newsquiz.quiz.QuestionType;
import newsquiz.quiz.Skill;

/** Who said X; what did X say. */
final class AttributionQuestions implements QuestionFamily {
    @Override
    public List<Candidate> propose(Facts facts) {
        List<Candidate> out = new ArrayList<>();
        for (Statement s : facts.statements) {
            // "expects the ledgers to become …": no clause to stand alone, but "Who expected the ledgers to become …?" asks it.
            boolean objectAndInfinitive = s.objectAndInfinitive();
            // "is said to have told colleagues", "allegedly wrote": "Who said …?" would state as fact what the article hedges.
            if (!facts.isStandalone(s) && !objectAndInfinitive || s.attribution().cue().startsWith("(")
                    || s.attribution().stance() == Stance.DENY && !ownVersion(s)
                    || s.attribution().hedged()) {
                continue;
            }
            whoSaid(facts, s, objectAndInfinitive, out);
            if (!objectAndInfinitive) {
                whatSaid(facts, s, out);
            }
        }
        return out;
    }

    private void whoSaid(Facts facts, Statement s, boolean objectAndInfinitive, List<Candidate> out) {
        if (leaks(facts, s) || facts.bareRole(s.speaker()) || !ClauseCheck.readableSource(s.speaker())
                || !readsAlone(s) && !objectAndInfinitive
                || Distractors.notASpeaker(s.speaker())) {
            return;
        }
        Set<String> alsoRight = new HashSet<>();
        for (Statement other : facts.statements) {
            if (other != s && facts.similar(other.claim(), s.claim())) {
                alsoRight.add(other.speaker());
            }
        }
        List<String> wrong = new ArrayList<>(Distractors.speakers(facts, s.speaker(), alsoRight, 3));
        if (Facts.documentLike(s.speaker())) {
            // "Who estimated …?" — "A leaked Treasury memo": a document among people is both the wrong kind and a giveaway.
            wrong.removeIf(w -> !Facts.documentLike(w));
        }
        if (wrong.size() < 2 || Distractors.keyStandsOut(facts, s.speaker(), wrong)) {
            return;
        }
        String prompt;
        if (wholeQuotation(s)) {
            if (Readable.restOfATurn(Phrasing.unquote(s.claim()))) {
                return;
            }
            prompt = "Who said this, according to the article? \u201c" + Phrasing.wholeClauses(Phrasing.unquote(s.claim()), 24) + "\u201d";
            Distractors.keepSingleVoices(wrong, prompt);
            // "“I sat on its steps as a girl”" beside a foundry, "“My legs will not carry me”" beside a courier firm: a person's
            // words in the first person, among bodies, leave only the people to choose from (review84 ketterly q08, review83
            // rathbury q12).
            List<String> people = Distractors.peopleFor(facts, s.speaker(), alsoRight, prompt);
            if (people.size() >= 2) {
                wrong = people;
            }
            if (wrong.size() < 2) {
                return;
            }
        } else if (s.attribution().cue().startsWith("according to") || s.verb().equals("reported") || Facts.documentLike(s.speaker())
                || POSTED.matcher(s.speaker()).matches()) {
            // "Who claimed …? — A post on the community forum Glasswick Chat": a post is asked after as a source, not a who
            // (review78 glasswick q09).
            prompt = Phrasing.endQuestion("Which source does the article give for this claim: " + Phrasing.lowerFirst(s.claim(), facts));
        } else if (OBJECT_VERB.matcher(s.verb()).matches() && !Phrasing.clean(s.attribution().content()).matches("(?i)^that\\s.*")) {
            // "accused Osmeria of sending a drone", "called the report 'a bedtime story'": these verbs take an object, not "that".
            String object = Phrasing.wholeClauses(Phrasing.clean(s.attribution().content()), 20);
            prompt = Phrasing.endQuestion("Who " + s.verb() + " " + Phrasing.lowerFirst(object, facts));
        } else {
            // "explained how a first record is judged" takes no "that".
            // "Who expected the ledgers to become …?": the verb's own object and infinitive, not the claim made of them.
            // "Who said that Greywold sold him a heat pump too small for his house?": the speaker asked about is "them".
            String clause = Phrasing.lowerFirst(DenierWording.boundToWho(withoutAside(objectAndInfinitive
                    ? Phrasing.unquote(Phrasing.clean(s.attribution().content())) : s.claim()), s, facts), facts);
            String verb = s.verb();
            if (objectAndInfinitive && verb.equals("said")) {
                // "urged both sides to show restraint" cannot be "said both sides to show restraint": its own verb or nothing.
                String cue = s.attribution().cue().toLowerCase(java.util.Locale.ROOT);
                if (!cue.matches("\\p{L}+ed")) {
                    return;
                }
                verb = cue;
            }
            boolean noThat = WH_CLAUSE.matcher(clause).find() || objectAndInfinitive;
            prompt = Phrasing.endQuestion("Who " + verb + (noThat ? " " : " that ") + clause);
            if (Phrasing.hasIts(clause) && DenierWording.isNamedBody(s)) {
                // "Who said that every visit in its rotas was still booked …?": the body's own "its", among people, gives the
                // answer away (review28 RAV q02); asked of an organisation, every choice must be one. A person's "its" is the
                // thing's in the clause ("a lynx has escaped from its enclosure").
                prompt = "Which organisation " + prompt.substring("Who ".length());
                wrong.removeIf(w -> !Distractors.namedBody(facts, w));
                if (wrong.size() < 2) {
                    wrong = Distractors.bodies(facts, s.speaker(), alsoRight, null);
                }
                if (wrong.size() < 2) {
                    return;
                }
            }
        }
        String who = Explain.who(s, facts);
        // "So it was Gwendolyn Ashbrittle, Sperrin's manager, who said this": the description closes before "who".
        String explanation = "The article says: " + Explain.quote(s.evidence()) + " So it was " + who + (who.contains(", ") ? "," : "")
                + (Facts.documentLike(s.speaker()) || POSTED.matcher(s.speaker()).matches() ? " that " : " who ") + s.verb() + " this.";
        out.add(new Candidate("attribution", Skill.SOURCE_EVALUATION, QuestionType.SINGLE_CHOICE,
                s.quotation() ? Difficulty.EASY : Difficulty.MEDIUM, prompt, s.speaker(), wrong, explanation, s.sentences(),
                "claim:" + s.index(), s.attribution().anonymous() ? 40 : 60));
    }

    private static final java.util.regex.Pattern POSTED = java.util.regex.Pattern.compile(
            "(?i)^(?:an?|the)\\s+(?:\\p{L}+\\s+)?(?:post|message|thread|comment|video|tweet|email|leaflet|flyer)s?\\s+(?:on|in)\\b.*");
    private static final java.util.regex.Pattern OBJECT_VERB = java.util.regex.Pattern.compile("accused|called|dubbed|branded|labelled|labeled");

    private void whatSaid(Facts facts, Statement s, List<Candidate> out) {
        if (s.speaker().matches("(?i)^(the |some |growing )?(concerns?|reports?|rumou?rs?|claims?|suggestions?|fears?)\\b.*")
                || !ClauseCheck.readableSource(s.speaker()) || !readsAlone(s) || leaks(facts, s)
                || Facts.documentLike(s.speaker()) && Phrasing.words(s.speaker()) <= 2 || OBJECT_VERB.matcher(s.verb()).matches()) {
            // "What did a copy say?": a document named only by its kind is no source a reader can place.
            // "What did the association call?" asks for nothing: "called" needs its object and what it was called.
            // "What did the environment office confirm?" — "The environment office had tested …": the key repeats the question.
            return;
        }
        // ("what did the council say?" is answered too by what its waste chief, Councillor Ellerbank, said: review52 COR q02.)
        List<String> wrong = Distractors.claims(facts, s.claim(), other -> !Distractors.sameSide(facts, other.speaker(), s.speaker())
                && other.attribution().stance() != Stance.DENY, 3);
        if (wrong.size() < 2) {
            return;
        }
        String prompt = "According to the article, what did " + speakerInSentence(s.speaker(), facts) + " " + Speech.base(s.verb()) + "?";
        // Who said the wrong answers, so that the explanation says why each is wrong, not only that it is.
        List<String> others = new ArrayList<>();
        for (String w : wrong) {
            facts.statements.stream().filter(o -> o.claim().equals(w)).findFirst()
                    .map(o -> speakerInSentence(o.speaker(), facts)).filter(o -> !others.contains(o)).ifPresent(others::add);
        }
        String explanation = "The article says: " + Explain.quote(s.evidence()) + (others.isEmpty()
                ? OTHER_SOURCES : OTHER_SOURCES_NAMED + Phrasing.list(others) + ".");
        out.add(new Candidate("attribution", Skill.SOURCE_EVALUATION, QuestionType.SINGLE_CHOICE, Difficulty.MEDIUM, prompt,
                s.claim(), wrong, explanation, s.sentences(), "what:" + s.index(), 45));
    }

    static final String OTHER_SOURCES = " The other choices come from other sources.";
    /** The explanation's last sentence when it names whose the wrong choices are: it names all of them, so it ends there. */
    static final String OTHER_SOURCES_NAMED = " The other choices are what the article gives to other sources, such as ";

    /**
     * The explanation once some wrong choices are dropped: the sources it named were those of all the wrong choices, and naming
     * one whose words are no longer shown misleads (review83 rathbury q05, scorton q07).
     */
    static String withoutSourcesNamed(String explanation) {
        int named = explanation.indexOf(OTHER_SOURCES_NAMED);
        return named < 0 ? explanation : explanation.substring(0, named) + OTHER_SOURCES;
    }

    private static final java.util.regex.Pattern WH_CLAUSE = java.util.regex.Pattern.compile(
            "^(?:how|why|what|when|where|whether|which|who)\\s");

    private static final java.util.regex.Pattern PLAIN_SPEECH = java.util.regex.Pattern.compile(
            "(?i)^(?:\\S+\\s+)?(?:said|says|told|tells|added|adds|explained|wrote)\\b(?!.*\\bcall)");

    /**
     * "Sallow-Amadi rejected the company's account. The team used a beta version …, she said": the analysis counts the
     * speaker's own version, right after a rejection, as part of the denial, yet it is what she said, in plain words.
     */
    private static boolean ownVersion(Statement s) {
        String cue = s.attribution().cue().strip();
        return PLAIN_SPEECH.matcher(cue).find() && !Speech.denies(cue) && !ClauseCheck.negated(s.attribution().content());
    }

    /**
     * A claim shown in quotation marks must be the speaker's own words throughout: "“At least two patients have died”
     * because of the error" is a paraphrase around a quote, and quoting it would put words in the speaker's mouth.
     */
    static boolean wholeQuotation(Statement s) {
        return s.quotation() && !Phrasing.unquote(s.claim()).matches("(?s).*[\u201c\u201d\"].*");
    }

    /** A speaker in the middle of a sentence: "Two Brisko employees" → "two Brisko employees", names unchanged. */
    static String speakerInSentence(String speaker, Facts facts) {
        // "Which report did the National Bank of Lusenia dismiss?": a name keeps the article's own "the".
        boolean properName = facts.entityNames.contains(speaker) && !speaker.matches("(?i)^(?:a|an|the|some|several|many|two|three|one)\\s.*")
                // "Nurelle, the second-largest maker, said": a one-word speaker the article never writes in lower case is a name,
                // though it stands only at the start of sentences.
                || speaker.matches("\\p{Lu}[\\p{L}-]+") && !facts.casing().writtenInLowerCase(speaker);
        return properName ? facts.casing().source(speaker) : Phrasing.lowerFirst(speaker, facts);
    }

    /**
     * "Tessa Marlowe, who won the most votes in last week's election, has been disqualified": in a long claim the
     * aside between commas can go, and the question reads in one breath.
     */
    static String withoutAside(String claim) {
        if (Phrasing.words(claim) <= 18) {
            return claim;
        }
        String shorter = claim.replaceFirst(",\\s+(?:who|which)\\s+[^,\u201c\u201d\"]{5,120},\\s+", " ");
        return Phrasing.words(shorter) >= 6 ? shorter : claim;
    }

    /**
     * Reported speech put after "Who said that …" or offered as a claim must be a whole clause
     * that leans on no other sentence; a quotation only must not point back.
     */
    static boolean readsAlone(Statement s) {
        String claim = Phrasing.unquote(s.claim());
        return !ClauseCheck.pointsBack(claim) && (s.quotation() || ClauseCheck.isFullSentence(claim) && !ClauseCheck.missingObject(claim));
    }

    /** A claim that names its own speaker gives the answer away. */
    private static boolean leaks(Facts facts, Statement s) {
        String claim = s.claim().toLowerCase();
        for (String w : s.speaker().toLowerCase().split("[^\\p{L}]+")) {
            if (w.length() >= 4 && !w.matches("the|said|north|south|state|news|ministry|government|foreign") && claim.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
