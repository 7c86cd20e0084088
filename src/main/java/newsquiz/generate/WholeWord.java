package newsquiz.generate;

/**
 * Whether a text holds a word with a word boundary on each side, as the regular expression
 * {@code \bWORD\b} finds it, without compiling a pattern for every name the generator asks about.
 */
final class WholeWord {
    private WholeWord() {
    }

    static boolean in(String text, String word) {
        if (word.isEmpty()) {
            return false;
        }
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            if (boundary(text, at) && boundary(text, at + word.length())) {
                return true;
            }
        }
        return false;
    }

    /** Where the word last starts, as a whole word, at or before {@code from}; -1 if nowhere. */
    static int lastBefore(String text, String word, int from) {
        if (word.isEmpty()) {
            return -1;
        }
        for (int at = text.lastIndexOf(word, from); at >= 0; at = at == 0 ? -1 : text.lastIndexOf(word, at - 1)) {
            if (boundary(text, at) && boundary(text, at + word.length())) {
                return at;
            }
        }
        return -1;
    }

    /** A boundary as {@code \b} sees one: a word character on exactly one side. */
    private static boolean boundary(String text, int at) {
        boolean before = at > 0 && isWord(text.charAt(at - 1));
        boolean after = at < text.length() && isWord(text.charAt(at));
        return before != after;
    }

    /** A word character as {@code \b} sees it. */
    static boolean isWord(char c) {
        return c == '_' || Character.isLetterOrDigit(c);
    }
}
