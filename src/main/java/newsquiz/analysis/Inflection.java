package newsquiz.analysis;

import java.util.LinkedHashSet;
import java.util.Set;

/** English inflection for the lexicons: a reporting verb's lemma to every form it appears in, a plural noun to its singular. */
final class Inflection {
    private Inflection() {}

    static Set<String> verbForms(String lemma, String irregularPast, String irregularParticiple) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(lemma);
        forms.add(thirdPerson(lemma));
        forms.add(gerund(lemma));
        String past = irregularPast != null ? irregularPast : regularPast(lemma);
        forms.add(past);
        forms.add(irregularParticiple != null ? irregularParticiple : past);
        return forms;
    }

    /** A regular plural noun's singular ("groups", "charities", "churches"); a word not in -s comes back as it is. */
    static String singular(String noun) {
        if (noun.endsWith("ies") && noun.length() > 4) {
            return noun.substring(0, noun.length() - 3) + "y";
        }
        if (noun.matches(".*(ch|sh|ss|x)es")) {
            return noun.substring(0, noun.length() - 2);
        }
        return noun.endsWith("s") && !noun.endsWith("ss") ? noun.substring(0, noun.length() - 1) : noun;
    }

    static String thirdPerson(String lemma) {
        if (lemma.matches(".*(s|sh|ch|x|z|o)")) {
            return lemma + "es";
        }
        if (lemma.matches(".*[^aeiou]y")) {
            return lemma.substring(0, lemma.length() - 1) + "ies";
        }
        return lemma + "s";
    }

    static String gerund(String lemma) {
        if (lemma.endsWith("ie")) {
            return lemma.substring(0, lemma.length() - 2) + "ying";
        }
        if (lemma.endsWith("e") && !lemma.endsWith("ee") && !lemma.endsWith("ye")) {
            return lemma.substring(0, lemma.length() - 1) + "ing";
        }
        if (doublesFinalConsonant(lemma)) {
            return lemma + lemma.charAt(lemma.length() - 1) + "ing";
        }
        return lemma + "ing";
    }

    static String regularPast(String lemma) {
        if (lemma.endsWith("e")) {
            return lemma + "d";
        }
        if (lemma.matches(".*[^aeiou]y")) {
            return lemma.substring(0, lemma.length() - 1) + "ied";
        }
        if (doublesFinalConsonant(lemma)) {
            return lemma + lemma.charAt(lemma.length() - 1) + "ed";
        }
        return lemma + "ed";
    }

    /**
     * Short verbs ending consonant-vowel-consonant double it: "rebut" → "rebutted", "admit" → "admitted"; so does any verb of
     * one syllable, however many consonants open it: "shrug" → "shrugged", "scrap" → "scrapped".
     */
    private static boolean doublesFinalConsonant(String lemma) {
        int n = lemma.length();
        if (n < 3 || !lemma.matches(".*[^aeiou][aeiou][bdgklmnprt]")) {
            return false;
        }
        return n <= 4 || lemma.matches("[^aeiouy]*[aeiou][^aeiouy]*") || lemma.endsWith("mit") || lemma.endsWith("but")
                || lemma.endsWith("fer") || lemma.endsWith("pel");
    }
}
