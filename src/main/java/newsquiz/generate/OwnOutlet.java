package newsquiz.generate;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsquiz.analysis.Analysis.SourceEntity;
import newsquiz.analysis.SourceType;
import newsquiz.article.NoiseLine;

/**
 * The outlet that publishes the article. Words someone "told the Voice" arrived there directly, so
 * that outlet is never a step on the way: asking "through which outlet" would have no right answer.
 */
final class OwnOutlet {
    private static final Pattern WEB_DOMAIN = Pattern.compile(
            "(?:@|\\bwww\\.|https?://)([a-z0-9-]+(?:\\.[a-z0-9-]+)*)\\.(?:co\\.uk|com|org|net|news|ie|au|nz|ca)\\b");

    private OwnOutlet() {}

    static boolean is(Facts facts, String outlet) {
        String bare = outlet.replaceFirst("^(?i)the\\s+", "");
        String name = Pattern.quote(bare);
        String text = facts.analysis.article().text();
        if (Pattern.compile("(?i)\\((?:the\\s+)?" + name + "\\)\\s*[-\u2013\u2014]\\s").matcher(text).find()) {
            // "OSTRAVEN, Feb 3 (Meridian Wire) - …": its dateline.
            return true;
        }
        // "By Ansel Rudd, Keel Wire | 4 min read", "Thornhay Voice | Community news", "Pictures: Thornhay Voice", "© The Herald":
        // a byline, masthead or credit, whether the reader kept the line as noise or left it in the text.
        Pattern header = Pattern.compile("(?i)^(?:by\\s+[^|]*\\b" + name + "\\b"
                // A dash splits a short masthead only: "The Daily Clarion — which first reported …" opens a sentence.
                // "Tideline Shipping Intelligence | Casualty desk" is Tideline's masthead too.
                + "|(?:the\\s+)?(?:\\p{Lu}\\p{L}+\\s+){0,2}" + name + "(?:\\s+\\p{Lu}\\p{L}+){0,2}\\s*(?:[|/]|[\u2013\u2014-](?=.{0,80}$))\\s*\\p{L}"
                // "Published 15 July | Kirkhaven Examiner": the masthead closing a dateline.
                + "|.{0,60}\\|\\s*(?:the\\s+)?(?:\\p{Lu}\\p{L}+\\s+){0,2}" + name + "\\s*$"
                + "|.*\\b(?:pictures?|photos?|photographs?)\\s*:\\s*(?:the\\s+)?" + name + "\\b)");
        Pattern credit = Pattern.compile("(?i)(?:/\\s*(?:the\\s+)?" + name + "\\s*\\)|\u00a9.*\\b" + name + "\\b|copyright.*\\b" + name + "\\b)");
        String lowerBare = bare.toLowerCase(Locale.ROOT);
        for (String line : text.split("\n")) {
            if (line.toLowerCase(Locale.ROOT).contains(lowerBare) && header.matcher(line.strip()).find()) {
                return true;
            }
        }
        for (NoiseLine line : facts.analysis.article().noise()) {
            boolean byline = line.kind() == NoiseLine.Kind.BYLINE && line.text().matches("(?is).*\\b" + name + "\\b.*");
            boolean dateline = line.kind() == NoiseLine.Kind.DATELINE && line.text().matches("(?is).*\\((?:the\\s+)?" + name + "\\).*");
            if (byline || dateline || header.matcher(line.text().strip()).find() || credit.matcher(line.text()).find()) {
                return true;
            }
        }
        // "FactLine checks claims shared on social media" at the foot.
        if (Pattern.compile("\\b" + name + "\\s+(?:checks|fact-checks|verifies)\\s+claims\\b").matcher(text).find()) {
            return true;
        }
        return ownAddress(text, bare) || houseStyle(facts, outlet, bare) || spelledOutIsOwn(facts, bare);
    }

    /** "APC" in a page headed "Advertising Practice Council | Rulings": the publisher under its initials. */
    private static boolean spelledOutIsOwn(Facts facts, String bare) {
        if (!bare.matches("\\p{Lu}{2,6}")) {
            return false;
        }
        StringBuilder initials = new StringBuilder("\\b");
        for (char c : bare.toCharArray()) {
            initials.append(initials.length() > 3 ? "\\s+(?:(?:of|for|and|the|on)\\s+)*" : "").append(c).append("\\p{Ll}+");
        }
        // The masthead may be in the text or among the lines kept out of it.
        StringBuilder page = new StringBuilder(facts.analysis.article().text());
        facts.analysis.article().noise().forEach(line -> page.append('\n').append(line.text()));
        Matcher spelled = Pattern.compile(initials.append("\\b").toString()).matcher(page);
        return spelled.find() && is(facts, spelled.group());
    }

    /** "Write to money@halvergategazette.co.uk": the paper's own address names it. */
    private static boolean ownAddress(String text, String bare) {
        String letters = bare.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
        Matcher domain = WEB_DOMAIN.matcher(text.toLowerCase(Locale.ROOT));
        while (letters.length() >= 4 && domain.find()) {
            if (domain.group(1).replaceAll("[^\\p{L}\\p{N}]", "").contains(letters)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "told the Echo" in an article that introduces its other outlets ("the radio station Westdale
     * FM") but never this one, and names it only as the one spoken to: the paper's own house style.
     */
    private static boolean houseStyle(Facts facts, String outlet, String bare) {
        SourceEntity entity = null;
        boolean otherIntroduced = false;
        for (SourceEntity e : facts.analysis.sources()) {
            if (e.name().equals(outlet)) {
                entity = e;
            } else if (e.type() == SourceType.OUTLET && !e.descriptions().isEmpty()) {
                otherIntroduced = true;
            }
        }
        // A paper names itself short, "the Echo", "the Voice"; "Coastline Radio" is another outlet's full name.
        if (entity == null || !entity.descriptions().isEmpty() || !otherIntroduced || !bare.matches("\\p{Lu}\\p{L}+")) {
            return false;
        }
        Matcher mention = Pattern.compile("\\b" + Pattern.quote(bare) + "\\b").matcher(facts.analysis.article().text());
        int mentions = 0;
        while (mention.find()) {
            String before = facts.analysis.article().text().substring(Math.max(0, mention.start() - 30), mention.start());
            if (!before.matches("(?is).*\\b(?:told|to|with|spoke to|speaking to)\\s+the\\s+$")) {
                return false;
            }
            mentions++;
        }
        return mentions > 0;
    }
}
