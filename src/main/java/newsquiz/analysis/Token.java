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

    boolean isPunct() {
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
        return tag.endsWith("+PART") && (lower.endsWith("'s") || lower.endsWith("\u2019s") || lower.endsWith("'") || lower.endsWith("\u2019"));
    }

    /** The word without a possessive ending: "Russia's" → "Russia". */
    String bare() {
        if (possessive()) {
            int cut = text.endsWith("s") ? 2 : 1;
            return text.substring(0, text.length() - cut);
        }
        return text;
    }

    boolean isVerb() {
        return tag.startsWith("VERB") || tag.startsWith("AUX");
    }

    boolean isNoun() {
        return tag.startsWith("NOUN") || tag.startsWith("PROPN");
    }
}
