package newsquiz.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import newsquiz.article.Sentence;

/**
 * Sentences the article states in its own voice as plain, checkable facts: no one is quoted,
 * nothing is hedged, estimated or judged. They are the "reported fact" a prediction or an
 * unconfirmed claim is set against, and the events a wrong cause or effect is drawn from.
 */
final class NarrativeFacts {
    /** A sentence that passes words on (the analysis may have missed who said them), hedges or judges. */
    private static final Pattern NOT_PLAIN = Pattern.compile("(?i)\\b(said|says|say|told|tells|according|reported|reports|reportedly|"
            + "claims?|claimed|alleged|allegedly|allegations?|denied|denies|insisted|argued|argues|believes?|believed|thinks?|thought|"
            + "estimated?|estimates|wrote|writes|warned|warns|suggests?|suggested|appears?|appeared|seems?|seemed|apparently|likely|"
            + "unlikely|probably|possibly|perhaps|may|might|could|would|should|must|will|expects?|expected|hopes?|fears?|"
            + "best|worst|better|worse|good|bad|wrong|right|unfair|fair|too|very|obviously|clearly|rumou?rs?|unconfirmed|unverified|"
            + "false|misleading|untrue)\\b");
    /** A date, a number or a weekday: something a reader could check. */
    private static final Pattern CHECKABLE = Pattern.compile("(?i)\\d|\\b(january|february|march|april|may|june|july|august|september|"
            + "october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|last (?:week|month|year))\\b");

    private static final Pattern RECORD = Pattern.compile("(?i)\\b(records|figures|data|statistics|register|census|filings?|minutes)\\b");

    /** One such sentence: where it is and how it reads as a choice. */
    record Fact(int sentence, int paragraph, String text) {}

    private NarrativeFacts() {}

    private static final java.util.regex.Pattern BLOG_LABEL = java.util.regex.Pattern.compile(
            "^\\p{Lu}\\p{Ll}+(?:\\s+\\p{Ll}+)?\\s+(?:update|latest|news|alert|notice|note|correction)\\s*:\\s+(?=\\p{Lu})");

    /** Facts with something checkable in them (a date or a number), as choices of 6 to 24 words. */
    static List<Fact> checkable(Facts facts) {
        return collect(facts, true);
    }

    /** Any plain event the article states itself, as choices of 6 to 24 words. */
    static List<Fact> events(Facts facts) {
        return collect(facts, false);
    }

    private static List<Fact> collect(Facts facts, boolean needCheckable) {
        List<Fact> out = new ArrayList<>();
        for (Sentence sentence : facts.analysis.article().sentences()) {
            // "1. The appeal is allowed …": a numbered paragraph's number is no part of what it says (review24 THI q06).
            // "Schools update: Crowdecote Academy … have closed": a live blog's label is no part of the event either.
            String text = BLOG_LABEL.matcher(Phrasing.clean(sentence.text().substring(sentence.wordsStart())).replaceAll("[.]$", ""))
                    .replaceFirst("");
            int words = Phrasing.words(text);
            if (words < 6 || words > 24 || attributed(facts, sentence.index()) || leadIn(facts, sentence, words) || spokenTurn(facts, sentence)
                    || !needCheckable && words < 10 && !CHECKABLE.matcher(text).find() || text.contains("\u201c") || text.contains("\"")
                    || text.contains("\u2018") || NOT_PLAIN.matcher(text).find() || needCheckable && !CHECKABLE.matcher(text).find()
                    || !ClauseCheck.isFullSentence(text) || ClauseCheck.pointsBack(text) || ClauseCheck.firstPerson(text)
                    || text.endsWith("?") || LAYOUT.matcher(text).find()) {
                continue;
            }
            out.add(new Fact(sentence.index(), sentence.paragraph(), Phrasing.capitalise(text)));
        }
        return out;
    }

    /** "Vessel: Corvina Star | IMO 9412276 | Flag: …": a data line of the page's layout, not a sentence. */
    private static final Pattern LAYOUT = Pattern.compile("\\s\\|\\s");

    /** "RENWICK: …", "[VIDEO: …]": a speaker's turn in a transcript, or a caption, is no fact in the article's own voice. */
    private static final Pattern TURN_OR_CAPTION = Pattern.compile("^(?:\\p{Lu}[\\p{Lu}'\u2019 .-]+(?:\\s*\\([^)]*\\))?:\\s|\\[)");

    private static boolean spokenTurn(Facts facts, Sentence sentence) {
        return facts.analysis.article().sentences().stream().filter(o -> o.paragraph() == sentence.paragraph()).findFirst()
                .map(first -> TURN_OR_CAPTION.matcher(first.text()).find()).orElse(false);
    }

    /** "The union's branch secretary is unmoved." followed by a quote: a lead-in, not a fact of its own. */
    private static boolean leadIn(Facts facts, Sentence sentence, int words) {
        List<Sentence> all = facts.analysis.article().sentences();
        int next = sentence.index() + 1;
        return words <= 12 && next < all.size() && all.get(next).paragraph() <= sentence.paragraph() + 1
                && all.get(next).text().matches("^[\u201c\u2018\"'].*");
    }

    /**
     * Claims from records rather than people ("city records show …", "state figures show …"):
     * checkable, and no party to the story stands behind them.
     */
    static List<Fact> records(Facts facts) {
        List<Fact> out = new ArrayList<>();
        for (Statement s : facts.statements) {
            String claim = Phrasing.clean(s.claim()).replaceAll("[.]$", "");
            int words = Phrasing.words(claim);
            if (RECORD.matcher(s.speaker()).find() && (s.attribution().stance() == newsquiz.analysis.Stance.ASSERT
                    || s.attribution().stance() == newsquiz.analysis.Stance.CONFIRM) && words >= 6 && words <= 24
                    && CHECKABLE.matcher(claim).find() && !NOT_PLAIN.matcher(claim).find() && ClauseCheck.isFullSentence(claim)
                    && !ClauseCheck.pointsBack(claim) && !ClauseCheck.firstPerson(claim)) {
                out.add(new Fact(s.sentence(), facts.sentence(s.sentence()).paragraph(), Phrasing.capitalise(claim)));
            }
        }
        return out;
    }

    static boolean attributed(Facts facts, int sentence) {
        return facts.statements.stream().anyMatch(s -> s.sentences().contains(sentence));
    }

    /**
     * Up to {@code count} facts nearest in length to the key, none saying the same as the key or
     * as each other, none from the key's own sentences.
     */
    static List<String> pick(List<Fact> pool, String key, List<Integer> keySentences, int count) {
        int keyWords = Phrasing.words(key);
        List<Fact> sorted = new ArrayList<>(pool);
        sorted.removeIf(f -> keySentences.contains(f.sentence()) || Distractors.similar(f.text(), key));
        sorted.sort(java.util.Comparator.comparingInt(f -> Math.abs(Phrasing.words(f.text()) - keyWords)));
        List<String> out = new ArrayList<>();
        for (Fact f : sorted) {
            if (out.size() < count && out.stream().noneMatch(o -> Distractors.similar(o, f.text()))) {
                out.add(f.text());
            }
        }
        return out;
    }
}
