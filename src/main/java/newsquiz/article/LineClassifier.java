package newsquiz.article;

import java.util.Optional;
import java.util.regex.Pattern;

/** Recognises the lines scrapers and pastes bring along that are not the story itself. */
final class LineClassifier {
    private static final String MONTH = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
            + "sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final String DATE = "(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s+)?(?:" + MONTH + "\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+"
            + MONTH + ",?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}/\\d{2,4})";
    private static final Pattern DATE_LINE = Pattern.compile(
            "(?i)^(?:(?:updated|published|posted|last updated|first published)(?: on)?[:\\s]+)?" + DATE
                    + "(?:,?\\s*(?:at\\s+)?\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?m\\.?)?(?:\\s*[A-Z]{2,4})?)?\\.?$");
    private static final Pattern BYLINE = Pattern.compile(
            "(?i)^(?:by|words by|reporting by|written by|story by|posted by)\\s+\\p{Lu}[\\p{L}.'\u2019-]+(?:\\s+\\p{Lu}[\\p{L}.'\u2019-]+)*.*$");
    private static final Pattern CAPTION = Pattern.compile(
            "(?i)^(?:photo|image|picture|pictured|caption|photo caption|image caption|photograph|video|graphic|illustration|file photo)"
                    + "\\s*(?:[:|\u2013\u2014-]|\\(|$).*");
    private static final Pattern CREDIT_AT_END = Pattern.compile(
            "(?i).*\\((?:[^()]*/)?(?:file photo|handout photo|photo|handout|getty images|reuters|ap photo|afp|ap)[^()]*\\)\\.?$");
    private static final Pattern ADVERT = Pattern.compile("(?i)^(?:advertisement|advert|sponsored(?: content)?|ad|promoted|paid content)\\.?$");
    private static final Pattern READ_MORE = Pattern.compile(
            "(?i)^(?:read more|read also|also read|related|related stories|related articles|related coverage|see also|more on this(?: story)?|"
                    + "recommended|more from [^:]{1,30}|watch|listen|explainer|opinion|analysis|don't miss|most read|trending)\\s*[:\u2013\u2014|>\u00bb-].*");
    private static final Pattern NEWSLETTER = Pattern.compile(
            "(?i)^(?:sign up|subscribe|get our|join our|register|want more|never miss|get the latest|don't miss out|"
                    + "enter your email|receive our|newsletter)\\b.*");
    private static final Pattern SHARE = Pattern.compile(
            "(?i)^(?:share(?: this(?: article| story)?)?|tweet|copy link|print|email|comments?|follow us.*|click here.*|"
                    + "share on \\w+|\\d+ comments?|listen to this article.*|\\d+ min(?:ute)? read|skip to (?:main )?content|"
                    + "back to top|top of page|image \\d+ of \\d+|this article (?:was|is) (?:republished|reproduced).*)\\.?$");
    private static final Pattern SCRAPER_TAG = Pattern.compile(
            "(?i)^(?:(?:source|tags?|category|section|id)\\s*[:=]?\\s*[\\w-]*\\d[\\w-]*|[a-z]+[_-]\\d+|\\[[^\\]]{1,40}]|\\{\\{.*}}|<!--.*-->)$");
    /** Feed ids and crawl stamps scrapers leave behind: "kin-feed-07 | scraped 2024-11-14T06:02Z", "source site-3". */
    private static final Pattern MACHINE_TOKEN = Pattern.compile(
            "(?:^|\\s)(?:[a-z]+[-_][a-z-_]*\\d+|\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}\\S*)(?:\\s|$)");
    private static final Pattern SOURCE_LIST = Pattern.compile("(?i)^(?:sources?|with (?:reporting|material) from|additional reporting by)\\s*:\\s*(.+)$");
    private static final Pattern CORRECTION = Pattern.compile("(?i)^(?:correction|clarification|editor's note|editor\u2019s note|update)\\s*(?:\\([^)]*\\))?\\s*:.*");
    /** "Editor's note: The Post stands by its report. The editor, Ann Roe, said …": a reply to a reply, with its own speakers. */
    private static final Pattern EDITORS_REPLY = Pattern.compile(
            "(?i)^editor(?:'|\u2019)s note\\s*:\\s*(.*\\b(?:said|says|stands by|stood by|told|added)\\b.*)$");
    private static final Pattern TRAILER = Pattern.compile("(?i)^\\(?(?:reporting|writing|editing|additional reporting) by\\b.*");

    private LineClassifier() {}

    /** The words of an editor's note that reports what was said, without its label: story text, not a correction. */
    static Optional<String> editorsReply(String line) {
        var m = EDITORS_REPLY.matcher(line.strip());
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    static Optional<NoiseLine.Kind> noise(String line) {
        String text = line.strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        int words = text.split("\\s+").length;
        if (SOURCE_LIST.matcher(text).matches()) {
            return Optional.of(NoiseLine.Kind.SOURCE_LIST);
        }
        if (CORRECTION.matcher(text).matches()) {
            return Optional.of(NoiseLine.Kind.CORRECTION);
        }
        if (words <= 30 && (isByline(text) || TRAILER.matcher(text).matches())) {
            return Optional.of(NoiseLine.Kind.BYLINE);
        }
        if (words <= 12 && DATE_LINE.matcher(text).matches()) {
            return Optional.of(NoiseLine.Kind.DATE);
        }
        if (CAPTION.matcher(text).matches() || words <= 60 && CREDIT_AT_END.matcher(text).matches()) {
            return Optional.of(NoiseLine.Kind.CAPTION);
        }
        if (ADVERT.matcher(text).matches()) {
            return Optional.of(NoiseLine.Kind.ADVERTISEMENT);
        }
        if (words <= 40 && READ_MORE.matcher(text).matches()) {
            return Optional.of(NoiseLine.Kind.READ_MORE);
        }
        if (words <= 40 && NEWSLETTER.matcher(text).matches()) {
            return Optional.of(NoiseLine.Kind.NEWSLETTER);
        }
        if (words <= 8 && SHARE.matcher(text).matches()) {
            return Optional.of(NoiseLine.Kind.SHARE);
        }
        if (words <= 4 && SCRAPER_TAG.matcher(text).matches() || words <= 8 && !text.endsWith(".") && MACHINE_TOKEN.matcher(text).find()) {
            return Optional.of(NoiseLine.Kind.SCRAPER_TAG);
        }
        return Optional.empty();
    }

    /** "Present: Mrs Agnes Pollard (Chair), …": who attended a meeting, the list that gives people the roles they go by. */
    private static final java.util.regex.Pattern ATTENDANCE = java.util.regex.Pattern.compile(
            "(?i)(?:present|also present|in attendance|attendees|attending|apologies|absent)\\s*:\\s+\\S");

    /** A line shaped like a headline: short, capitalised, no closing full stop. */
    static boolean headingLike(String line) {
        String text = line.strip();
        if (text.isEmpty() || text.length() > 160) {
            return false;
        }
        int words = text.split("\\s+").length;
        if (words > 18) {
            return false;
        }
        char first = text.charAt(0);
        if (!(Character.isUpperCase(first) || Character.isDigit(first) || "\"\u201c\u2018'".indexOf(first) >= 0)) {
            return false;
        }
        String core = text.replaceAll("[\"\u201c\u201d\u2018\u2019']+$", "");
        if (core.isEmpty()) {
            return false;
        }
        char last = core.charAt(core.length() - 1);
        if (".,;:".indexOf(last) >= 0 || ATTENDANCE.matcher(core).lookingAt()) {
            return false;
        }
        // "Mr. Smith speaks" is fine; two sentences are not a heading.
        return !core.matches(".*[a-z]{2}[.!?]\\s+\\p{Lu}.*");
    }

    /** "Margaret Kilbride, 71, retired teacher, Easterhaugh": a person's name and age, the label of a quote. */
    private static final java.util.regex.Pattern VOX_POP_LABEL = java.util.regex.Pattern.compile(
            "^\\p{Lu}[\\p{L}'\u2019-]+(?:\\s+\\p{Lu}[\\p{L}'\u2019-]+){1,3},\\s+\\d{1,3}(?:,\\s+[^.!?\"\u201c\u201d]+)?$");

    /** A vox pop's label line ("NAME, AGE, JOB, PLACE") with the quotation on the line after it. */
    static boolean voxPopLabel(String line, String next) {
        String n = next.strip();
        return VOX_POP_LABEL.matcher(line.strip()).matches() && !n.isEmpty() && "\"\u201c".indexOf(n.charAt(0)) >= 0;
    }

    static Optional<String> sourceList(String line) {
        var m = SOURCE_LIST.matcher(line.strip());
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private static final java.util.Set<String> BYLINE_WORDS = java.util.Set.of("and", "of", "the", "for", "at", "in", "on",
            "staff", "writer", "reporter", "correspondent", "editor", "contributor", "updated", "published", "posted",
            "a.m.", "p.m.", "am", "pm", "a.m", "p.m");

    /** "By NAME[, Role | date]": every word after the name is capitalised, a date, or a role word. */
    private static boolean isByline(String text) {
        if (!BYLINE.matcher(text).matches()) {
            return false;
        }
        // "By Ansel Rudd, Keel Wire | 4 min read": a reading time or a date after a bar is part of the byline.
        // "Posted by Nell Abernathy-Quist on 28 May 2027 | Tags: materials science": a blog's byline and its tags.
        String rest = text.replaceFirst("(?i)^(?:by|words by|reporting by|written by|story by|posted by)\\s+", "")
                .replaceAll("(?i)\\s*\\|\\s*(?:\\d+\\s+min(?:ute)?s?(?:\\s+read)?|(?:updated|published|posted)\\b[^|]*|tags?\\s*:.*$)", "");
        for (String word : rest.split("[\\s,|/\u2013\u2014-]+")) {
            if (word.isEmpty() || Character.isUpperCase(word.charAt(0)) || Character.isDigit(word.charAt(0))
                    || word.equals("&") || BYLINE_WORDS.contains(word.toLowerCase(java.util.Locale.ROOT))) {
                continue;
            }
            return false;
        }
        return true;
    }
}
