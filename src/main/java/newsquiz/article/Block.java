package newsquiz.article;

/** A paragraph-sized piece of the input before classification, with what its markup said of it. */
record Block(String text, Hint hint) {
    enum Hint { NONE, TITLE, HEADING, CAPTION }

    static Block plain(String text) {
        return new Block(text, Hint.NONE);
    }
}
