package newsquiz.analysis;

import java.util.regex.Pattern;

/**
 * A claim no one stands behind: from someone unnamed, hedged ("reportedly"), given by a cue that calls it a claim or an
 * allegation, or printed or posted by no one in particular ("A column in a national newspaper said …", "Posts on a forum
 * …"). What a plain answer straight after it, in its own words, may deny.
 */
public final class ContestedClaims {
    private static final Pattern CONTESTED_CUE = Pattern.compile("(?i)claim|alleg|rumou?r|post|suggest|accus");
    private static final Pattern CONTESTED_SOURCE = Pattern.compile("(?i)^\\W*(?:an?|some|several|one|two|many)\\s+(?:[\\p{L}-]+\\s+)?"
            + "(?:columns?|posts?|threads?|leaflets?|flyers?|messages?|blogs?)\\b");

    private ContestedClaims() {}

    public static boolean contested(Attribution claim) {
        return claim.anonymous() || claim.hedged() || contestedCue(claim.cue()) || CONTESTED_SOURCE.matcher(claim.source()).find();
    }

    /** "claimed", "alleged", "suggested", "posted": a cue that calls what it gives a claim. */
    static boolean contestedCue(String cue) {
        return CONTESTED_CUE.matcher(cue).find();
    }
}
