package newsquiz.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the reviews of eval-blind64 and 65 showed at stop 54, in invented text. Each test gives one rule:
 * <ul>
 * <li>"The council rubbished that": what was rubbished is the driver's claim, so "Who said that …?" of it is the driver's
 * question, and the council's is "Who denied that …?".</li>
 * <li>"The Parents' Forum, which represents families at the school" names the forum, not "the school": the school's
 * denial is the school's.</li>
 * <li>A number's sentence short enough to show whole is shown from its start, not from inside a clause.</li>
 * <li>An explanation quoting a claim and a denial three sentences apart marks the gap with "…".</li>
 * <li>A rebuttal in other words answers a third party's claim just before it that shares its words, not an older claim
 * by the denier's own partner.</li>
 * </ul>
 */
class QuestionsFiftyFourTest {

    private static final String BUS_LANE = "Bus lane fine\n\nA delivery driver has won his appeal against a fine from the bus "
            + "lane camera on Corder Street.\n\nThe driver, Osgar Penhallow, said at least 4,000 drivers had been fined at the "
            + "camera since it was switched on in January. Wexley Borough Council rubbished that, saying 1,870 penalty notices "
            + "had been issued by the end of April, not 4,000.\n\nThe adjudicator, Ines Marwood, said the signs were too small. "
            + "A council parking officer, who asked not to be named, said the camera had been set a minute early.";

    @Test
    void whatWasRubbishedIsAskedAsDeniedNotSaid() throws Exception {
        List<Candidate> all = new DenialQuestions().propose(InventedArticles.facts(BUS_LANE));
        assertTrue(all.stream().noneMatch(c -> c.prompt().startsWith("Who said that at least 4,000") && c.key().contains("Council")),
                all.toString());
        assertTrue(all.stream().anyMatch(c -> c.prompt().startsWith("Who denied that at least 4,000") && c.key().contains("Council")),
                all.toString());
    }

    @Test
    void theSchoolsDenialIsTheSchoolsNotTheForumsThatRepresentsItsFamilies() throws Exception {
        Facts facts = InventedArticles.facts("Ski trip\n\nTannerley Academy has cancelled its ski trip nine days before the coach "
                + "was due to leave.\n\nThe Tannerley Parents' Forum, which represents families at the school, said the school had "
                + "kept back 300 crowns per pupil from the refunds. Its chair, Ivo Drummond, said parents were owed 13,800 crowns.\n\n"
                + "The school refuted the forum's figure, saying it had kept 25 crowns per pupil for insurance, not 300.");
        assertTrue(facts.statements.stream().filter(s -> s.claim().contains("25 crowns"))
                .allMatch(s -> !s.speaker().contains("Forum")), facts.statements.toString());
        List<Candidate> all = new DenialQuestions().propose(facts);
        assertTrue(all.stream().filter(c -> c.prompt().startsWith("Who ") && c.prompt().contains("300 crowns"))
                .noneMatch(c -> c.key().contains("Forum")), all.toString());
    }

    @Test
    void aShortSentenceIsShownFromItsStart() {
        String shown = NumberQuestions.gap("The council dismissed that out of hand, saying the fee was agreed at a meeting on "
                + "March 3, three weeks after the accounts were published.", "March 3");
        assertTrue(shown.startsWith("The council dismissed that"), shown);
    }

    @Test
    void sentencesApartAreQuotedWithTheGapMarked() {
        var sentences = new java.util.TreeMap<Integer, String>();
        sentences.put(3, "The forum said the fee was 300 crowns.");
        sentences.put(6, "The school refuted the forum's figure.");
        sentences.put(7, "It said the fee was 25 crowns.");
        assertEquals("\u201cThe forum said the fee was 300 crowns. \u2026 The school refuted the forum's figure. It said the fee "
                + "was 25 crowns.\u201d", Explain.quote(sentences));
    }

    @Test
    void theItOfAThingJustNamedIsNotTheFirms() throws Exception {
        Facts facts = InventedArticles.facts("Hedge cut\n\nA member of the cutting crew, who did not want to be named, told the "
                + "Wexley Bugle that the survey had taken less than ten minutes. Brindlecombe Grounds was adamant that the survey "
                + "had not been rushed, and said it had lasted more than an hour.");
        assertTrue(facts.statements.stream().noneMatch(s -> s.claim().startsWith("Brindlecombe Grounds had lasted")),
                facts.statements.toString());
    }

    @Test
    void noNamedPersonSharingAWordWithTheUnnamedSourceIsOfferedBesideIt() throws Exception {
        List<Candidate> all = new AnonymousSourceQuestions().propose(InventedArticles.facts("Bins\n\nThe council's finance "
                + "director, Osric Tull, said the charge would raise 1.6 million crowns. A driver for the council's waste contractor, "
                + "who was not authorised to speak to the press, told the Wexley Herald that rounds would be cut. The opposition "
                + "leader, Nell Garrow, said the charge was a tax on gardens. Resident Agnes Pym said she would pay. Campaigner "
                + "Ivo Lant said he would not."));
        assertTrue(all.stream().filter(c -> c.prompt().equals("Which of these sources does the article not name?"))
                .allMatch(c -> c.distractors().stream().noneMatch(w -> w.contains("Osric Tull"))), all.toString());
    }

    @Test
    void aRebuttalAnswersTheCloserClaimBetweenNotItsOwnPartners() throws Exception {
        Facts facts = InventedArticles.facts("Surgery merger\n\nWhitby Lane Surgery and the Tallow Street Practice will merge on "
                + "May 1 to form the Dunmere Health Partnership.\n\n\"Two small practices cannot recruit doctors on their own any "
                + "more. Together we can run evening clinics,\" said its senior partner, Dr Ines Carrow.\n\nDunmere Patients' Voice, "
                + "which has about 300 members, said the merger was the first step towards closing the Tallow Street building.\n\n"
                + "The partnership set the record straight on Tuesday, saying both buildings would stay open and Tallow Street "
                + "would keep its dispensary.");
        List<Candidate> all = new DenialQuestions().propose(facts);
        assertTrue(all.stream().filter(c -> c.prompt().contains("Partnership") || c.prompt().contains("partnership"))
                .noneMatch(c -> c.key().contains("recruit doctors")), all.toString());
    }
}
