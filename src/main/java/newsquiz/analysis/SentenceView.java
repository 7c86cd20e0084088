package newsquiz.analysis;

import java.util.List;
import java.util.regex.Pattern;
import newsquiz.article.Sentence;

/** A body sentence with its tokens; the unit the extractors work on. */
final class SentenceView {
    final Sentence sentence;
    final Token[] tokens;
    final String articleText;

    SentenceView(Sentence sentence, Token[] tokens, String articleText) {
        this.sentence = sentence;
        this.tokens = tokens;
        this.articleText = articleText;
    }

    int size() {
        return tokens.length;
    }

    Token at(int i) {
        return i >= 0 && i < tokens.length ? tokens[i] : null;
    }

    boolean is(int i, String word) {
        Token t = at(i);
        return t != null && t.is(word);
    }

    boolean isAny(int i, String... words) {
        Token t = at(i);
        return t != null && t.isAny(words);
    }

    int index() {
        return sentence.index();
    }

    int paragraph() {
        return sentence.paragraph();
    }

    /** Verbatim article text covering tokens [from, to). */
    String text(int from, int to) {
        if (from >= to || from < 0 || to > tokens.length) {
            return "";
        }
        return articleText.substring(tokens[from].start(), tokens[to - 1].end());
    }

    /** Text from token {@code from} to the end of the sentence, without the final full stop. */
    String textToEnd(int from) {
        int to = tokens.length;
        while (to > from && tokens[to - 1].isPunct() && !tokens[to - 1].isQuoteMark()) {
            to--;
        }
        return text(from, to);
    }

    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** "2. The former knitter said …": the number of a list item is no part of who spoke. */
    private static final Pattern LIST_NUMBER = Pattern.compile("^\\d{1,2}[.)]\\s+(?=\\p{L})");

    static String clean(String text) {
        String spaced = SPACES.matcher(text.strip()).replaceAll(" ");
        int start = 0;
        while (start < spaced.length() && isEdgePunctuation(spaced.charAt(start))) {
            start++;
        }
        if (start > 0) {
            while (start < spaced.length() && spaced.charAt(start) == ' ') {
                start++;
            }
        }
        int end = spaced.length();
        while (end > start && isEdgePunctuation(spaced.charAt(end - 1))) {
            end--;
        }
        if (end < spaced.length()) {
            while (end > start && spaced.charAt(end - 1) == ' ') {
                end--;
            }
        }
        String trimmed = spaced.substring(start, end);
        return trimmed.isEmpty() || !Character.isDigit(trimmed.charAt(0)) ? trimmed : LIST_NUMBER.matcher(trimmed).replaceFirst("");
    }

    /** The punctuation a phrase is trimmed of at either end; done by hand, as a trailing-run regex retries at every space. */
    private static boolean isEdgePunctuation(char c) {
        return c == ',' || c == ';' || c == ':' || c == '\u2013' || c == '\u2014' || c == '-';
    }

    /** Index of the first token at or after {@code from} whose text is one of {@code words}, or -1. */
    int find(int from, int to, String... words) {
        for (int i = Math.max(0, from); i < Math.min(to, tokens.length); i++) {
            if (tokens[i].isAny(words)) {
                return i;
            }
        }
        return -1;
    }

    /** A noun, or a word the tagger called a verb right after a determiner ("a figure", "command spokesman"). */
    boolean nounLike(int i) {
        Token t = at(i);
        if (t == null || t.isFunctionWord() || t.isPunct()) {
            return false;
        }
        if (t.isNoun()) {
            return true;
        }
        Token before = at(i - 1);
        Token after = at(i + 1);
        boolean afterDeterminer = before != null && (before.tag().equals("DET") || before.possessive() || before.tag().equals("NUM"));
        boolean beforeNoun = after != null && after.isNoun() && !after.isFunctionWord();
        return (t.tag().startsWith("VERB") || t.tag().startsWith("ADJ")) && (afterDeterminer || beforeNoun && i == 0);
    }

    List<Token> list() {
        return List.of(tokens);
    }
}
