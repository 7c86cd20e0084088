package newsquiz.analysis;

import java.util.regex.Pattern;

/**
 * A claim no one stands behind: from someone unnamed, hedged ("reportedly"), given by a cue that calls it a claim or an
 * allegation, or printed or posted by no one in particular ("A column in a national newspaper said …", "Posts on a forum
 * …"). What a plain answer straight after it, in its own words, may deny.
 */
public final class ContestedClaims {
    /** "claimed", "alleged": a cue that calls what it gives a claim. */
    private static final Pattern CALLED_A_CLAIM = Pattern.compile("(?i)claim|alleg|rumou?r|accus");
    /** "posted", "suggested": a cue for something put forward, not stood behind. */
    private static final Pattern PUT_FORWARD = Pattern.compile("(?i)post|suggest");
    private static final Pattern CONTESTED_SOURCE = Pattern.compile("^\\W*(?:(?i:an?|some|several|one|two|many)\\s+(?:[\\p{L}'\u2019-]+\\s+)?"
            + "|(?i:the)\\s+)(?:columns?|posts?|threads?|leaflets?|flyers?|messages?|blogs?|letters?|videos?|forums?)\\b");

    private ContestedClaims() {}

    public static boolean contested(Attribution claim) {
        // ("a spokeswoman for the ministry", unnamed, gives the ministry's own account: no talk that others answer.)
        return claim.anonymous() && !BODYS_SPOKESPERSON.matcher(claim.source()).find() || claim.hedged() || contestedCue(claim.cue())
                || documentary(claim.source());
    }

    private static final Pattern BODYS_SPOKESPERSON = Pattern.compile("(?i)\\bspokes(?:man|woman|person)\\s+for\\s+(?:the\\s+)?\\p{L}|"
            + "^(?:an?|the)\\s+(?:\\p{L}+\\s+){1,3}spokes(?:man|woman|person)$");

    /**
     * A claim the article calls one ("claimed", "alleged") or that a post, letter or leaflet put about: no one's account but
     * the claim's, so any account of the same thing from another side answers it. ("suggested" is the speaker's own caution.)
     */
    static boolean calledAClaim(Attribution claim) {
        return CALLED_A_CLAIM.matcher(claim.cue()).find() || documentary(claim.source());
    }

    /** "A letter pushed through doors", "The post": a source that is a thing put about, not someone answering for it. */
    static boolean documentary(String source) {
        return CONTESTED_SOURCE.matcher(source).find();
    }

    /** "claimed", "alleged", "suggested", "posted": a cue that calls what it gives a claim, or puts it forward. */
    static boolean contestedCue(String cue) {
        return CALLED_A_CLAIM.matcher(cue).find() || PUT_FORWARD.matcher(cue).find();
    }
}
