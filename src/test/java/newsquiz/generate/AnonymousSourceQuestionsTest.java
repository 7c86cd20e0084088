package newsquiz.generate;

import static org.junit.jupiter.api.Assertions.assertFalse;
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

    @Test
    void staffWhoTalkOutOfTurnAreUnnamedSourcesNotTheFirmsVoice() throws Exception {
        String text = """
                Scooter fire row

                Voltra Mobility said the scooter in the fire was not one of its hire fleet.

                Maeve Doran, the fire officer, said the battery had been left charging overnight. Tobias Renwick said the council had ignored a warning letter.

                Flats on the street were empty for two days. Residents returned on Monday.

                A Voltra mechanic at the company's depot told the Herald that cheaper replacement batteries have been fitted since January.
                """;
        assertTrue(anonymousSourceQuestions(text).stream().anyMatch(c -> c.key().toLowerCase().contains("cheaper replacement batteries")
                || c.key().equals("A Voltra mechanic")), anonymousSourceQuestions(text).toString());
    }

    @Test
    void aSubjectAndItsReportingVerbOrAClaimNounAloneIsNoClaim() {
        assertTrue(Readable.choiceProblem("Evidence the committee published without a name, said the company had run tests on fans").isPresent());
        assertTrue(Readable.choiceProblem("A claim, made in a TikTok video with more than 400,000 views").isPresent());
        assertFalse(Readable.choiceProblem("The report by the council found damp in 40 flats").isPresent());
    }

    @Test
    void askingNotToUseTheirNameKeepsASourceUnnamed() throws Exception {
        String text = """
                Sun cream test

                Lilypad Kids said its sun milk met its label. Helen Asante, a dermatologist, said parents should not panic.

                Priya Dhanda said three labs had tested the batch. Sam Ellery said the magazine would test again.

                A quality manager at Lilypad, who asked us not to use her name, told Testbench that an earlier test had failed.
                """;
        assertTrue(anonymousSourceQuestions(text).stream().anyMatch(c -> c.key().toLowerCase().contains("earlier test had failed")
                || c.key().startsWith("A quality manager")), anonymousSourceQuestions(text).toString());
    }
}
