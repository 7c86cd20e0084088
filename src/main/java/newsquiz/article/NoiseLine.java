package newsquiz.article;

/** A line that is not part of the story: kept out of the body, reported with its kind. */
public record NoiseLine(Kind kind, String text) {
    public enum Kind {
        BYLINE, DATE, DATELINE, CAPTION, ADVERTISEMENT, READ_MORE, NEWSLETTER, SHARE,
        SCRAPER_TAG, STRAY_HEADLINE, SOURCE_LIST, CORRECTION
    }
}
