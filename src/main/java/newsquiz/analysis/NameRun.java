package newsquiz.analysis;

/** Capitalised tokens [from, to) of one sentence that together name someone or something. */
record NameRun(int sentence, int from, int to, String text, boolean possessive) {
    int length() {
        return to - from;
    }
}
