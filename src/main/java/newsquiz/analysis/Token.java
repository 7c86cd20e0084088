package newsquiz.analysis;

/** One token of a body sentence: text, UD tag, offsets into the article text, and whether it lies inside a quotation. */
record Token(int index, String text, String lower, String tag, int start, int end, boolean quoted) {

    boolean is(String word) {
        return lower.equals(word);
    }

    boolean isAny(String... words) {
        for (String w : words) {
            if (lower.equals(w)) {
                return true;
            }
        }
        return false;
    }

    /** "can't", "won't", "doesn't": an auxiliary and its negation the tokenizer kept as one word. */
    boolean fusedNegation() {
        return lower.length() > 3 && lower.endsWith("n't");
    }

    boolean isPunct() {
        // "-Hume" split off "Okafor-Hume" is tagged PUNCT, but a token with letters is a word.
        if (text.length() > 1 && text.chars().anyMatch(Character::isLetter)) {
            return false;
        }
        return tag.equals("PUNCT") || tag.equals("SYM") && !Character.isLetterOrDigit(text.charAt(0));
    }

    boolean isComma() {
        return text.equals(",");
    }

    boolean isQuoteMark() {
        return text.length() == 1 && "\"\u201c\u201d\u2018\u2019'\u00ab\u00bb".indexOf(text.charAt(0)) >= 0
                || text.equals("``") || text.equals("''");
    }

    boolean capitalised() {
        char c = text.charAt(0);
        return Character.isUpperCase(c) || Character.isDigit(c) && text.length() > 1 && hasUpper();
    }

    private boolean hasUpper() {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isUpperCase(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    boolean possessive() {
        boolean form = lower.endsWith("'s") || lower.endsWith("\u2019s") || lower.endsWith("'") || lower.endsWith("\u2019");
        return form && lower.length() > 2 && (tag.endsWith("+PART") || tag.startsWith("NOUN") || tag.startsWith("PROPN"));
    }

    /** "Farmers'" even when the tagger calls it an interjection: the plural possessive by its spelling. */
    boolean possessiveForm() {
        return possessive() || text.length() > 3 && Character.isLetter(text.charAt(0))
                && (lower.endsWith("s'") || lower.endsWith("s\u2019") || capitalised() && lower.endsWith("'s")
                && !CONTRACTIONS.contains(lower));
    }

    /**
     * {@link #possessiveForm} in lower case too: "The appellant's written statement", where the tagger may have called
     * "appellant's" punctuation.
     */
    boolean ownerForm() {
        return possessiveForm() || text.length() > 5 && Character.isLetter(text.charAt(0))
                && (lower.endsWith("'s") || lower.endsWith("\u2019s")) && !CONTRACTIONS.contains(lower);
    }

    /** "It's", "That's": a pronoun and "is", not a possessive. */
    private static final java.util.Set<String> CONTRACTIONS = java.util.Set.of("it's", "that's", "there's", "here's", "he's",
            "she's", "what's", "who's", "let's", "where's", "how's", "when's");

    /** The word without a possessive ending: "Russia's" → "Russia". */
    String bare() {
        if (possessive()) {
            int cut = text.endsWith("s") ? 2 : 1;
            return text.substring(0, text.length() - cut);
        }
        return text;
    }

    private static final java.util.Set<String> PREPOSITIONS = java.util.Set.of("of", "in", "on", "at", "for", "with", "from",
            "by", "about", "to", "into", "over", "under", "near", "across", "after", "before", "during", "between", "among",
            "against", "through", "within", "without", "outside", "inside", "around", "via", "per", "like", "than", "since",
            "until", "toward", "towards", "upon", "beyond", "behind", "below", "above", "beside", "amid", "despite", "onto",
            "throughout", "along", "alongside", "off", "out", "up", "down", "as");
    private static final java.util.Set<String> FUNCTION_WORDS = java.util.Set.of("the", "a", "an", "and", "but", "or", "nor",
            "if", "when", "while", "because", "although", "though", "however", "this", "that", "these", "those", "it", "he",
            "she", "they", "we", "i", "you", "his", "her", "its", "their", "our", "my", "your", "there", "here", "what",
            "which", "who", "whom", "whose", "not", "no", "yes", "so", "then", "also", "both", "either", "neither", "each",
            "every", "all", "some", "any", "many", "much", "more", "most", "such", "very", "only", "just", "even", "still");

    /** A preposition by its word, not just its tag (the tagger calls "Igor" and "foreign" ADP at times). */
    boolean isPreposition() {
        return (tag.equals("ADP") || tag.equals("SCONJ") || tag.equals("PART")) && PREPOSITIONS.contains(lower);
    }

    boolean isPrepositionWord() {
        return PREPOSITIONS.contains(lower);
    }

    boolean isFunctionWord() {
        return FUNCTION_WORDS.contains(lower) || PREPOSITIONS.contains(lower);
    }

    boolean isVerb() {
        return tag.startsWith("VERB") || tag.startsWith("AUX");
    }

    boolean isNoun() {
        return tag.startsWith("NOUN") || tag.startsWith("PROPN");
    }
}
