package newsquiz.generate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Anonymous-source questions on invented articles. */
class AnonymousSourceQuestionsTest {
    private static List<Candidate> anonymousSourceQuestions(String text) throws Exception {
        return InventedArticles.questions(new AnonymousSourceQuestions(), text);
    }

    @Test
    void theOfficialAfterAnOfficialWhoAskedNotToBeNamedIsAnUnnamedSource() throws Exception {
        String text = """
                Port levy row

                The harbour board will raise its landing levy by 12 percent in June, its chair Nadia Frost said on Monday.

                The Coastal Post, quoting an official at the harbour board who asked not to be named, said the rise had been agreed in secret.

                According to the official, board members were told not to discuss the levy with fishermen.

                Skipper Tom Hale said the rise would cost his crew about 900 pounds a year.
                """;
        assertTrue(anonymousSourceQuestions(text).stream().anyMatch(c -> c.key().toLowerCase(java.util.Locale.ROOT).contains("official")
                || c.sentences().contains(3)), anonymousSourceQuestions(text).toString());
    }

    @Test
    void anotherMemberIsNoSourceAReaderCanPickOut() throws Exception {
        String text = """
                Club row grows

                A long-standing member, who asked not to be named, told the Gazette that many members felt the manager had been badly treated.

                Another member, writing on the club's forum, described the case as a "witch hunt".

                The club's chair, Ann Lowe, said the board had followed the rules.

                The manager's lawyer, Tom Price, said his client would appeal.
                """;
        assertTrue(anonymousSourceQuestions(text).stream().noneMatch(c -> c.key().startsWith("Another")),
                anonymousSourceQuestions(text).toString());
    }
}
