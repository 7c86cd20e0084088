package newsquiz.analysis;

import java.util.Set;

/**
 * Shapes of a sentence that settle how an attribution is cut out of it, read from tokens alone:
 * where a quotation ends, whether a clause opens the sentence, what a rejecting verb's object is.
 */
final class ClauseShapes {
    /** "read" only reports in one place: after the quotation it gives, as the last word ("…,” the statement read.). */
    static final Lexicon.CueVerb READ = new Lexicon.CueVerb("read", Stance.ASSERT, Lexicon.CueKind.FINDING);

    private static final Set<String> CLAIM_OBJECTS = Set.of("claim", "claims", "allegation", "allegations", "accusation",
            "accusations", "report", "reports", "suggestion", "suggestions", "criticism", "criticisms", "concern", "concerns", "idea",
            "notion", "charge", "charges", "case", "appeal", "lawsuit", "suit", "complaint", "complaints", "challenge", "argument",
            "arguments", "theory", "theories", "rumour", "rumours", "rumor", "rumors", "speculation", "story", "stories", "account",
            "accounts", "finding", "findings", "fears", "warning", "warnings", "calls", "request", "petition", "motion", "objection",
            "objections", "comparison", "comparisons", "comments", "remarks", "assertion", "assertions", "version",
            // "knocked down the club's figure", "disowned his estimate": a number given is a thing said.
            "figure", "figures", "estimate", "estimates", "valuation", "forecast", "forecasts",
            "it", "them", "this", "that", "these", "those");

    private ClauseShapes() {}

    /** "“Stay indoors,” the alert read.": "read" at the end of a sentence, after the quotation it gives. */
    static boolean quoteRead(SentenceView s, int v) {
        if (!s.tokens[v].isAny("read", "reads") || s.tokens[v].quoted() || v + 2 != s.size() || !s.tokens[v + 1].text().matches("[.!]")) {
            return false;
        }
        for (int i = v - 1; i > 0 && i > v - 12; i--) {
            if (s.tokens[i].isQuoteMark() && !s.tokens[i].quoted() && s.tokens[i - 1].quoted()
                    || s.tokens[i].isComma() && s.tokens[i - 1].isQuoteMark()) {
                return true;
            }
            if (s.tokens[i].isVerb() || s.tokens[i].isQuoteMark()) {
                return false;
            }
        }
        return false;
    }

    /** A closing quote with only punctuation before the verb, whose quotation runs on from a word of the sentence. */
    static boolean embeddedQuoteBeforeVerb(SentenceView s, int close, int verb) {
        for (int k = close + 1; k < verb; k++) {
            if (!s.tokens[k].isComma()) {
                return false;
            }
        }
        int open = close - 1;
        while (open > 0 && s.tokens[open].quoted()) {
            open--;
        }
        return open > 0 && open < close - 1 && s.tokens[open].isQuoteMark() && !s.tokens[open - 1].isPunct() && !s.tokens[open - 1].quoted();
    }

    /** Whether the object at {@code from} is something said or argued ("China's sovereignty claims", "the appeal", "it"). */
    static boolean claimObject(SentenceView s, int from, int end) {
        for (int i = from; i < Math.min(end, from + 7); i++) {
            Token t = s.tokens[i];
            if (t.isQuoteMark() || CLAIM_OBJECTS.contains(t.lower())) {
                return true;
            }
            if (i > from && (t.isPreposition() || t.isComma() || t.is("as"))) {
                return false;
            }
        }
        return false;
    }

    /** Words that reject what they label: "dismissed the claims as false". */
    static final Set<String> REJECTING_LABELS = Set.of("false", "baseless", "nonsense", "rubbish", "fiction", "untrue", "speculation",
            "scaremongering", "groundless", "unfounded");

    /** "dismissed the leaflet as ‘scaremongering’": whatever the object, calling it that in quotes rejects what it says. */
    static boolean dismissedAs(SentenceView s, int from, int end) {
        for (int i = from + 1; i + 1 < end; i++) {
            Token t = s.tokens[i];
            if (t.is("as") && !t.quoted()) {
                Token next = s.tokens[i + 1];
                return next.isQuoteMark() || REJECTING_LABELS.contains(next.lower());
            }
        }
        return false;
    }

    /** Whether only an opening phrase ("In a 2-1 decision,") comes before token i. */
    static boolean opensSentence(SentenceView s, int i) {
        int comma = -1;
        for (int k = 0; k < i; k++) {
            if (s.tokens[k].isComma() || s.tokens[k].isVerb() || s.tokens[k].quoted()) {
                comma = s.tokens[k].isComma() ? k : -2;
                if (comma == -2) {
                    return false;
                }
            }
        }
        // "[Posts claiming … are false.]": an editor's bracket before the subject still leaves it first.
        boolean bracketFirst = i == 1 && (s.is(0, "[") || s.is(0, "("));
        return comma < 0 ? i == 0 || bracketFirst : comma == i - 1;
    }

    /** "at 9:14 a.m.": the full stop that ends the sentence also ends the abbreviation, so it stays. */
    static boolean abbreviationPoint(SentenceView s, int i) {
        return i > 0 && s.tokens[i].text().equals(".") && s.tokens[i].start() == s.tokens[i - 1].end()
                && s.tokens[i - 1].text().matches("(?i)\\p{L}(?:\\.\\p{L})+");
    }

    /**
     * "…; the authors found that they did not", "…, but the mayor said it would not": a pronoun and
     * auxiliaries only, the verb phrase left out because the clause before holds it.
     */
    static boolean elidedClause(SentenceView s, int from, int to) {
        if (to - from < 2 || to - from > 4 || !PhraseParser.PRONOUNS.contains(s.tokens[from].lower()) || s.tokens[from].quoted()) {
            return false;
        }
        boolean auxiliary = false;
        for (int i = from + 1; i < to; i++) {
            Token t = s.tokens[i];
            if (t.tag().equals("AUX") || t.isAny("did", "do", "does", "had", "has", "have")) {
                auxiliary = true;
            } else if (!t.isAny("not", "n't", "never", "so", "too", "either")) {
                return false;
            }
        }
        return auxiliary;
    }

    /** "He built the oven … with help from … a video he found online": a pronoun and its verb are a clause, not a name. */
    static boolean clauseAsSubject(SentenceView s, int from, int to) {
        Token first = s.tokens[from];
        Token next = s.at(from + 1);
        return to - from > 2 && first.tag().equals("PRON") && PhraseParser.PRONOUNS.contains(first.lower())
                && next != null && next.isVerb() && !next.quoted();
    }

    /** "rotas, timesheets and invoices": after a noun, a comma goes on through bare nouns to a final "and"/"or" noun. */
    static boolean nounListContinues(SentenceView s, int comma) {
        if (!commonNoun(s.tokens[comma - 1])) {
            return false;
        }
        int k = comma + 1;
        while (k < s.size()) {
            int item = k;
            while (k < s.size() && k < item + 2 && commonNoun(s.tokens[k]) && !s.tokens[k].quoted()) {
                k++;
            }
            if (k == item || k >= s.size()) {
                return false;
            }
            if (s.tokens[k].isAny("and", "or")) {
                return s.at(k + 1) != null && commonNoun(s.tokens[k + 1]);
            }
            if (!s.tokens[k].isComma()) {
                return false;
            }
            k++;
        }
        return false;
    }

    /** A lower-case noun, whatever the tagger made of its number ("rotas" as a proper noun). */
    private static boolean commonNoun(Token t) {
        return t.isNoun() && !t.text().isEmpty() && Character.isLowerCase(t.text().charAt(0));
    }

    /**
     * "It does not show what the account said it shows": the clause after the verb lacks its object, which is the "what"
     * before the subject; the article names the claim without stating it, so nothing is attributed here.
     */
    static boolean objectInWhat(SentenceView s, int subjectFrom, int v) {
        // "what our landlord, Castlegate Homes, told": the subject may have been cut at the appositive's comma, or taken in
        // the words before the "what".
        int w = v - 1;
        while (w >= 0 && w > v - 10 && !s.tokens[w].is("what") && (s.tokens[w].isComma() || s.tokens[w].isNoun()
                || s.tokens[w].isAny("our", "my", "his", "her", "its", "their", "your", "the", "own"))) {
            w--;
        }
        if (w < 0 || !s.tokens[w].is("what") || s.tokens[w].quoted()) {
            return false;
        }
        int k = v + 1;
        while (k < s.size() && !s.tokens[k].isPunct()) {
            k++;
        }
        // "what it said it shows." (a pronoun and a verb) but not "what the navy said were drones" (a predicate of its own).
        if (k - (v + 1) == 2 && s.tokens[v + 1].tag().equals("PRON") && s.tokens[v + 2].isVerb()) {
            return true;
        }
        // "sets out what our landlord told the meeting, what our surveyor found, and …": only an object or nothing before
        // the comma, so the "what" is what was said, and it is not given here; "what he said: …" gives it after the colon.
        if (k < s.size() && (s.tokens[k].text().equals(":") || s.tokens[k].isQuoteMark())) {
            return false;
        }
        for (int i = v + 1; i < k; i++) {
            if (s.tokens[i].isVerb() || s.tokens[i].tag().equals("AUX") || s.tokens[i].quoted()) {
                return false;
            }
        }
        return true;
    }

    /** Those one speaks to in private: "told aides", "told producers", "told friends". */
    private static final java.util.Set<String> PRIVATE_AUDIENCES = java.util.Set.of("aides", "producers", "friends", "colleagues",
            "allies", "associates", "confidants", "staff", "relatives", "family", "advisers", "advisors", "insiders");

    /** "had privately urged", "had told aides she would …": a statement made in private, known only through whoever reports it. */
    static boolean saidInPrivate(SentenceView s, int v) {
        int k = v - 1;
        while (k >= 0 && (s.tokens[k].tag().equals("AUX") || s.tokens[k].isAny("has", "have", "had", "also", "reportedly", "allegedly"))) {
            k--;
        }
        return k >= 0 && s.tokens[k].isAny("privately", "secretly") || s.isAny(v + 1, "privately", "secretly")
                || s.tokens[v].isAny("told", "tells", "tell")
                && s.at(v + 1) != null && PRIVATE_AUDIENCES.contains(s.tokens[v + 1].lower());
    }

    /** "KORVAN, Estrelia (Wire) — The coach said …": the dash after a wire dateline's agency ends the dateline, not a subject. */
    static boolean datelineDash(SentenceView s, int i) {
        return i >= 2 && i < 12 && s.tokens[i].text().matches("[\u2014\u2013]|--") && s.tokens[i - 1].text().equals(")")
                && !s.tokens[i].quoted() && s.tokens[0].text().length() > 1 && s.tokens[0].text().equals(s.tokens[0].text().toUpperCase(java.util.Locale.ROOT));
    }

    /**
     * "…, a day after the daily X reported that …", "…, after a message claimed that …": the comma that opens an "after"
     * clause whose subject starts at {@code subject}, inside content starting at {@code contentFrom}; -1 if there is none.
     */
    private static final java.util.Set<String> TIME_MEASURE = java.util.Set.of("a", "an", "day", "days", "hour", "hours", "week",
            "weeks", "minutes", "shortly", "just", "soon", "only", "long");

    static int reportInAfterClause(SentenceView s, int contentFrom, int subject) {
        int k = subject - 1;
        if (k < 0 || !s.tokens[k].isAny("after", "before") || s.tokens[k].quoted()) {
            return -1;
        }
        // "a day after", "hours after", "shortly after": a measure of time may stand before it.
        int comma = k - 1;
        while (comma > contentFrom && comma > k - 4 && (TIME_MEASURE.contains(s.tokens[comma].lower()) || s.tokens[comma].tag().equals("NUM"))) {
            comma--;
        }
        return comma > contentFrom && s.tokens[comma].isComma() && !s.tokens[comma].quoted() ? comma : -1;
    }

    /** "…, though they say that date could slip": a concessive clause with its own reporting verb is its speaker's, not more of the outer content. */
    static int reportInConcessiveClause(SentenceView s, int contentFrom, int subject) {
        int k = subject - 1;
        if (k < 1 || !s.tokens[k].isAny("though", "although") || s.tokens[k].quoted()) {
            return -1;
        }
        int comma = k - 1;
        return comma > contentFrom && s.tokens[comma].isComma() && !s.tokens[comma].quoted() ? comma : -1;
    }
}
