package newsquiz.analysis;

import java.util.ArrayList;
import java.util.List;

/** An attribution while it is being extracted: positions still open to merging and resolution. */
final class Draft {
    enum Kind { VERB, ACCORDING_TO, COLON, OPINION_PHRASE, CLAIM_NOUN, WITH_SAYING, RELATIVE, CONTINUATION, DECLINED, UNCUED, ANSWER }

    final Kind kind;
    final int sentence;
    final int cueToken;
    String cue;
    Lexicon.CueVerb verb;
    Phrase phrase;
    /** Content as article offsets; several ranges when a quote is split by its attribution. */
    final List<int[]> content = new ArrayList<>();
    int firstSentence;
    int lastSentence;
    boolean quoted;
    boolean hedgedCue;
    boolean labelledFalse;
    final List<String> via = new ArrayList<>();
    /** Token range of the content inside the cue sentence, for overlap checks; -1 when outside it. */
    int contentFromToken = -1;
    int contentToToken = -1;
    Draft continues;
    /** "…, police said, and the desk will stay open": the statement joined after the aside, an attribution of its own. */
    Draft conjunct;
    boolean dropped;
    /** A relative clause with its own subject ("a figure the command said …"): not swallowed by the sentence's other cue. */
    boolean ownClause;
    /** "suggestions, made by economists on social media, that …": a claim the sentence's speaker answers, not relays. */
    boolean answeredClaim;
    /** "according to a translation by Meridian Monitoring": the source only passes on another's words. */
    boolean relay;
    /** "…, flatly contradicting the promoter": the writer sets the statement against another's, so it denies that. */
    boolean setAgainst;
    /** "said as much when your story appeared: …": words given in answer to a report, so a negation in them denies it. */
    boolean answersReport;
    /** "rejected the accusation": a denial whose own words only pointed back at what it denies. */
    boolean pointsBack;
    /** Speaker inferred from the sentence before, not from a cue: yields to a cue found later for the same quote. */
    boolean uncued;
    /** "BrackenBoots | Stayed March 2025 | …": the source given by a label line, not by any phrase of the sentence. */
    SourceResolver.Resolved labelledSource;

    Draft(Kind kind, int sentence, int cueToken) {
        this.kind = kind;
        this.sentence = sentence;
        this.cueToken = cueToken;
        this.firstSentence = sentence;
        this.lastSentence = sentence;
    }

    boolean coversToken(int token) {
        return contentFromToken >= 0 && token >= contentFromToken && token < contentToToken;
    }

    void addVia(String outlet) {
        if (outlet != null && !outlet.isBlank() && !via.contains(outlet)) {
            via.add(outlet);
        }
    }
}
