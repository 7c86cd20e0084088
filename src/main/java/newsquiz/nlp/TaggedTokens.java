package newsquiz.nlp;

/** Tokens of one sentence, their UD part-of-speech tags and character offsets in the sentence. */
public record TaggedTokens(String[] tokens, String[] tags, int[] starts, int[] ends) {
    public int size() {
        return tokens.length;
    }
}
