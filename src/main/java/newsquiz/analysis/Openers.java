package newsquiz.analysis;

import java.util.function.Consumer;

/**
 * Opening phrases that name the channel a statement went out on: "Speaking to the club's own
 * channel, Harwick TV, he said …", "Speaking later to Radio Wealdshire, she said …", "In an
 * interview with the Courier, …". The outlet there is a via, never the speaker.
 */
final class Openers {
    private Openers() {}

    /** Passes the outlets named by an opener before token {@code subjectFrom} to {@code via}. */
    static void channels(SentenceView s, EntityRegistry registry, int subjectFrom, Consumer<String> via) {
        int to = recipientStart(s, subjectFrom);
        if (to < 0) {
            return;
        }
        for (int i = to; i < subjectFrom; i++) {
            Mention m = registry.mentionAt(s.index(), i);
            if (m != null && m.entity().type != SourceType.PERSON && m.entity().type != SourceType.GOVERNMENT) {
                via.accept(m.entity().name);
                i = m.to() - 1;
            }
        }
    }

    /** The first token of the recipient in "Speaking [later] to …," / "In an interview with …,", or -1. */
    private static int recipientStart(SentenceView s, int limit) {
        if (limit < 3) {
            return -1;
        }
        int i = 0;
        if (s.tokens[0].isAny("speaking", "talking", "writing")) {
            i = 1;
            while (i < limit && s.tokens[i].tag().equals("ADV")) {
                i++;
            }
            return i + 1 < limit && s.tokens[i].isAny("to", "with", "in", "on") ? i + 1 : -1;
        }
        if (s.tokens[0].is("in") && s.isAny(1, "an", "a") && s.is(2, "interview") && s.isAny(3, "with", "on")) {
            return 4;
        }
        return -1;
    }
}
