package newsquiz.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsquiz.article.Sentence;

/**
 * Finds words that carry a side's framing: insults and labels of the enemy ("Ukronazis",
 * "fascism", "regime", "terrorists") in quoted speech, and judging verbs in the article's own
 * voice ("scolded", "slammed").
 */
final class LoadedLanguageFinder {
    /** The loaded words, some with a plural "s". */
    private static final String LOADED_WORDS = "terrorists?|regime|thugs?|traitors?|propaganda|puppets?|junta|invaders?|"
            + "occupiers?|bandits?|extremists?|zealots?|hordes?|vermin|scum|savages?|butchers?|genocidal|warmongers?|"
            + "criminals?|mob|lunatics?|so-called";
    private static final Pattern LOADED = Pattern.compile("\\b(\\w*[Nn]azis?\\w*|\\w*fascis[mt]s?\\w*|" + LOADED_WORDS + ")\\b");
    /** What every match of {@link #LOADED} holds, from the same list: most sentences hold none and skip the pattern. */
    private static final List<String> LOADED_STEMS = java.util.stream.Stream.concat(java.util.stream.Stream.of("azi", "fascis"),
            java.util.Arrays.stream(LOADED_WORDS.split("\\|")).map(w -> w.replace("s?", ""))).toList();
    /*
     * The same words in their neutral, technical senses: "a criminal record", "a criminal investigation", "the tax regime",
     * "a training regime" frame nobody (review20: "criminal record" was asked as loaded language).
     */
    private static final Pattern NEUTRAL_AFTER = Pattern.compile("^\\s+(?:records?|cases?|investigations?|inquiry|inquiries|charges?|"
            + "courts?|offen[cs]es?|proceedings|convictions?|justice|law|liability|negligence|damage|prosecutions?|complaints?|"
            + "checks?|background)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern NEUTRAL_BEFORE = Pattern.compile("\\b(?:tax|sanctions|training|fitness|testing|inspection|"
            + "licensing|visa|planning|pay|pension|regulatory|exercise|treatment|dosing|medication|feeding|trading)\\s+$",
            Pattern.CASE_INSENSITIVE);
    private static final String JUDGING_VERBS = "scolded|slammed|blasted|lambasted|lashed out|hit out|"
            + "berated|castigated|railed against|ranted|admitted|conceded|boasted|bragged|whined";
    private static final Pattern JUDGING_VERB = Pattern.compile("\\b(" + JUDGING_VERBS + ")\\b");
    private static final List<String> JUDGING_VERB_LIST = List.of(JUDGING_VERBS.split("\\|"));

    private LoadedLanguageFinder() {}

    static List<LoadedWord> find(List<Sentence> sentences, List<QuoteSpan> quotes, List<Attribution> attributions) {
        List<LoadedWord> out = new ArrayList<>();
        for (Sentence s : sentences) {
            boolean mayBeLoaded = containsAny(s.text(), LOADED_STEMS);
            Matcher m = LOADED.matcher(s.text());
            while (mayBeLoaded && m.find()) {
                // Only the words either side are read: "$" and "^" mark the loaded word's own edges.
                if (NEUTRAL_AFTER.matcher(s.text()).region(m.end(), s.text().length()).useTransparentBounds(true).find()
                        || NEUTRAL_BEFORE.matcher(s.text()).region(Math.max(0, m.start() - 40), m.start()).useTransparentBounds(true).find()) {
                    continue;
                }
                int offset = s.start() + m.start();
                boolean quoted = quotes.stream().anyMatch(q -> q.contains(offset));
                Attribution a = speakerOf(s.index(), m.group(1), attributions);
                if (quoted || a != null) {
                    out.add(new LoadedWord(m.group(1), a == null ? "" : a.source(), s.index(), s.text()));
                }
            }
            boolean mayJudge = containsAny(s.text(), JUDGING_VERB_LIST);
            Matcher v = JUDGING_VERB.matcher(s.text());
            while (mayJudge && v.find()) {
                int offset = s.start() + v.start();
                if (quotes.stream().noneMatch(q -> q.contains(offset))) {
                    out.add(new LoadedWord(v.group(1), "the article", s.index(), s.text()));
                }
            }
        }
        return out;
    }

    private static boolean containsAny(String text, List<String> words) {
        for (String w : words) {
            if (text.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static Attribution speakerOf(int sentence, String word, List<Attribution> attributions) {
        String w = word.toLowerCase(Locale.ROOT);
        for (Attribution a : attributions) {
            if (a.sentences().contains(sentence) && a.content().toLowerCase(Locale.ROOT).contains(w)) {
                return a;
            }
        }
        return null;
    }
}
