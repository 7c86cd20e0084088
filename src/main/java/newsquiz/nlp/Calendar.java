package newsquiz.nlp;

/** Names of days and months, for patterns that must tell "Monday" or "March" from a person's name or a new sentence. */
public final class Calendar {
    public static final String DAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";
    public static final String MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December";

    private Calendar() {}
}
