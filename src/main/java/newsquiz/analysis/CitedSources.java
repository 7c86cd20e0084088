package newsquiz.analysis;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whom an outlet's report rests on: "The Bellwether reported …, citing three people briefed on the discussions." When
 * those people go unnamed, the claim rests on an anonymous source though the outlet that carried it is named.
 */
public final class CitedSources {
    private CitedSources() {}

    private static final Pattern CITING = Pattern.compile(",\\s+citing\\s+([^,;:\"\u201c\u201d]{3,90}?)\\s*(?:,|[.]?$)");
    /** "a former employee", "three people briefed …", "sources close to the player": people, not named. */
    private static final Pattern INDEFINITE = Pattern.compile(
            "(?i)^(?:an?|one|two|three|four|five|six|several|some|\\d+)\\s.*|^(?:people|sources?|insiders?|officials)\\b.*");
    /** "an email it had seen", "trading data", "calendar entries": a document it saw, not a person it kept back. */
    private static final Pattern DOCUMENT = Pattern.compile("(?i)\\b(?:e-?mails?|documents?|data|figures|records?|reports?|"
            + "surveys?|entries|filings?|letters?|memos?|minutes|statements?|accounts|papers|messages?|posts?|analysis|study|"
            + "studies|research|estimates?|polls?|notes?|invoices?|contracts?)\\b");
    private static final Pattern TRAILING = Pattern.compile(",\\s+citing\\s+[^,;:\"\u201c\u201d]{2,90}$");

    /** "A report in the trade paper Orchard Weekly said …": a report the article names only by where it ran. */
    static boolean aReport(Phrase phrase) {
        return phrase.kind() == Phrase.Kind.DOCUMENT && phrase.head().matches("report|story|article");
    }

    /** The unnamed people a report in this sentence cites, or null when it cites none (or names them). */
    public static String unnamedCited(String sentence) {
        Matcher m = CITING.matcher(sentence);
        if (!m.find()) {
            return null;
        }
        String cited = m.group(1).trim();
        return INDEFINITE.matcher(cited).matches() && !DOCUMENT.matcher(cited).find() || PhraseParser.anonymousMarker(cited)
                ? cited : null;
    }

    /** The report's content without whom it cites: "… before Christmas, citing three people briefed" ends at "Christmas". */
    static String withoutCitation(String content) {
        return TRAILING.matcher(content).replaceFirst("");
    }
}
