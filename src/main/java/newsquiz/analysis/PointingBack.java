package newsquiz.analysis;

/**
 * Words that point back at what was just said: "that", "this claim", "those figures", but not the "that" of a phrase of
 * time or place ("in that period", "at that point"). A regular-expression fragment shared by the analysis (a retort's frame
 * before ", saying") and the quiz's denial questions (which claim the retort answers).
 */
public final class PointingBack {
    public static final String AT_WHAT_WAS_SAID = "(?:(?<!\\b(?:in|at|on|during|over|after|before|since|until|for|from|by|of)\\s)"
            + "\\b(?:that|this|it|those|these)(?:\\s+(?:claims?|reports?|figures?|story|account|suggestion|idea|one|number|estimate))?"
            // "took umbrage at the suggestion, saying …": a noun for something said needs no pointer word.
            + "|\\bthe\\s+(?:claims?|suggestion|allegations?|accusations?|story|account|rumou?rs?))";

    private PointingBack() {}
}
