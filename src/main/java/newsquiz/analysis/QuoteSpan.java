package newsquiz.analysis;

/**
 * A quotation in the article text: offsets of its opening and closing marks (close is exclusive,
 * after the closing mark). A quote left open at the end of a paragraph runs on into the next one,
 * which opens again by convention; {@code runsOn} marks that.
 */
record QuoteSpan(int open, int close, int paragraph, boolean runsOn) {
    int innerStart() {
        return open + 1;
    }

    int innerEnd() {
        return runsOn ? close : close - 1;
    }

    boolean contains(int offset) {
        return offset > open && offset < (runsOn ? close : close - 1);
    }
}
