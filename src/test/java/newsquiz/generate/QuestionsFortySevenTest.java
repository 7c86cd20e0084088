package newsquiz.generate;

import static newsquiz.generate.InventedArticles.questions;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What eval-blind50's review showed at stop 47, in invented text: the reason given with "contested that account" does not
 * answer the lede's report about the fund; a third party's "short shrift to the suggestion" answers the claim the second
 * party denied, not what he added on his own side; "took exception to that account" right after a blame that cannot be
 * shown on its own asks nothing, rather than offer the figures before it (eval-blind50's bike-share story, read from the
 * test resources); "flatly contradicted that" is asked as
 * denying the claim, never as having said it; and "nothing could be further from the truth, and that he had declared …"
 * is asked about what he had declared. From eval-blind52 and 53's reviews: "called the claim untrue, saying managers'
 * bonuses were based on …" answers the manager's claim even when it cannot be shown, never an older "claims" (and "Who
 * called the claim untrue?" is not asked); a figure a denial repeats ("no list of 40 branches") ties it to the claim with
 * that figure; what a council said is not set beside what its own councillor said (eval-blind52's post-office and
 * bin stories, read from the test resources); the chair of the group relatives set up is no one apart from them; and an
 * assessor "speaking privately" is a source kept unnamed on purpose (eval-blind52's theatre story).
 */
class QuestionsFortySevenTest {

    private static final String GRANT = "Grant row\n\nThe People's Heritage Fund has defended a grant of 600,000 crowns to a "
            + "rowing club after the Harlow Echo reported that the club's chairman is the brother of one of the fund's trustees.\n\n"
            + "The Echo said the trustee, Amos Kell, had voted for the club's bid at a meeting on May 11. The fund contested that "
            + "account, saying Kell had left the room before the bid was discussed.\n\nThe campaign group Open Ledger said the "
            + "grant had been awarded without an open call for bids. The fund called the claim untrue, saying 180 groups had "
            + "applied.\n\nA former volunteer at the club, who did not want to be named, told the Echo that money from an earlier "
            + "grant had been spent on a minibus. Kell said nothing could be further from the truth, and that he had declared his "
            + "brother's role in writing. He said he would step down if a review found he had broken any rule.";

    @Test
    void theReasonForContestingThatAccountDoesNotAnswerTheLede() throws Exception {
        List<Candidate> all = questions(new DenialQuestions(), GRANT);
        assertTrue(all.stream().noneMatch(c -> c.key().contains("brother")), all.toString());
    }

    @Test
    void aVerdictBeforeWhatTheSpeakerHadDoneIsLeftOutOfTheQuestion() throws Exception {
        List<Candidate> all = questions(new DenialQuestions(), GRANT);
        assertTrue(all.stream().noneMatch(c -> c.prompt().contains("further from the truth")), all.toString());
        assertTrue(all.stream().anyMatch(c -> c.prompt().contains("declared their brother's role") && c.key().equals("Amos Kell")),
                all.toString());
    }

    private static final String REVIEW = "Review row\n\nThe owners of the Gull Inn have threatened to sue the Coastline "
            + "Courier over a review.\n\nThe owners' letter also says the critic, Dorian Pell, once asked for a free meal and bore a "
            + "grudge after he was turned away. Pell said he had never asked any restaurant for a free meal. He said he had eaten "
            + "at the inn twice in February and that his fish was cold.\n\nThe Courier's editor, Tova Brisk, gave short shrift to "
            + "the suggestion, saying the paper pays for every meal its critics eat.\n\nThe review said the scallops had been "
            + "served straight from the freezer. A waiter who asked not to be named said the dining room had been half empty "
            + "for weeks. A post on a town forum claimed the inn had already closed.";

    @Test
    void aThirdPartysShortShriftAnswersTheClaimTheSecondDenied() throws Exception {
        List<Candidate> all = questions(new DenialQuestions(), REVIEW);
        assertTrue(all.stream().noneMatch(c -> c.key().contains("twice in February")), all.toString());
        assertTrue(all.stream().noneMatch(c -> c.prompt().contains("to the suggestion")), all.toString());
    }

    private static final String BIKES = "Bike scheme suspended\n\nThe scheme had about 9,000 users and its bikes were ridden "
            + "1,400 times a day, according to the council's own figures.\n\nThe council blamed the operator, Pedalo Mobility, "
            + "saying it had failed to repair bikes and had missed 11 maintenance targets.\n\nPedalo took exception to that "
            + "account, saying it had repaired more than 2,000 bikes.\n\nAccording to a mechanic who would speak only "
            + "anonymously, spare parts ran out in March. Pedalo flatly contradicted that, saying its parts store had never run "
            + "empty.\n\nThe council said riders who paid for a year would get back the unused part of their fees. A post on "
            + "the page Cyclists Unite claimed the bikes would be sold for scrap.";

    @Test
    void thatAccountAfterABlameThatCannotBeShownAsksNothingOlder() throws Exception {
        List<Candidate> all = questions(new DenialQuestions(),
                Files.readString(Path.of("src/test/resources/eval-blind50/saltrigg-spokeway-bike-share-suspended.txt")));
        assertTrue(all.stream().noneMatch(c -> c.key().contains("9,000")), all.toString());
    }

    @Test
    void whatWasContradictedIsNotAskedAsSaid() throws Exception {
        List<Candidate> all = questions(new DenialQuestions(), BIKES);
        assertTrue(all.stream().noneMatch(c -> c.prompt().startsWith("Who said that spare parts")), all.toString());
    }
    private static final String GYMS = "Gym fees row\n\nThe gym chain Pacewell raised its fees in March. The campaign group Members "
            + "United claims the chain makes cancelling deliberately hard, so that people keep paying. Its chair, Tom Rydal, said "
            + "the app hid the cancel button.\n\nA former branch manager, who asked not to be identified, told the programme Wallet "
            + "Watch that managers were paid bonuses for every cancellation they talked a member out of. Pacewell called the claim "
            + "untrue, saying managers' bonuses were based on class bookings and member surveys alone.\n\nThe Consumer Office said "
            + "members who were not told could be owed up to 84 pounds each. A post on the page Gym Truths claimed the office had "
            + "fined the chain last year.";

    @Test
    void theClaimTheReasonTakesUpWhenItCannotBeShownIsNotSwappedForAnOlderOne() throws Exception {
        List<Candidate> all = questions(new DenialQuestions(), GYMS);
        assertTrue(all.stream().noneMatch(c -> c.key().contains("cancelling deliberately hard") || c.prompt().contains("cancelling deliberately")),
                all.toString());
        assertTrue(all.stream().noneMatch(c -> c.prompt().equals("Who called the claim untrue?")), all.toString());
    }

    @Test
    void aFigureTheDenialRepeatsTiesItToTheClaimJustBefore() throws Exception {
        List<Candidate> all = questions(new DenialQuestions(),
                Files.readString(Path.of("src/test/resources/eval-blind52/hallowby-village-post-office-closure.txt")));
        assertTrue(all.stream().noneMatch(c -> c.key().contains("June 30")), all.toString());
    }

    @Test
    void whatACouncilSaidIsNotSetBesideWhatItsOwnCouncillorSaid() throws Exception {
        List<Candidate> all = questions(new AttributionQuestions(),
                Files.readString(Path.of("src/test/resources/eval-blind52/corbeck-bin-collections-three-weekly.txt")));
        assertTrue(all.stream().noneMatch(c -> c.prompt().contains("what did Corbeck Borough Council")
                && c.distractors().stream().anyMatch(w -> w.contains("nappies"))), all.toString());
    }
    private static final String HOME = "Care home to close\n\nAshgrove Court, a 46-bed care home, will close on March 31, its owner "
            + "Kindwell Homes said.\n\nRelatives of residents, who set up the group Ashgrove Families last week, said Kindwell had "
            + "been planning the closure since last summer. Its chair, Brigid Claver, said families had been \"treated like tenants "
            + "being evicted\".\n\nThe county council said it would find a place for every resident. A care assistant, speaking "
            + "privately, told the Lanby Clarion that staff had been told in September to stop showing new families around.";

    @Test
    void theChairOfTheGroupRelativesSetUpSpeaksForThem() throws Exception {
        List<Candidate> all = questions(new AttributionQuestions(), HOME);
        assertTrue(all.stream().noneMatch(c -> c.key().equals("Brigid Claver") && c.distractors().contains("Relatives of residents")),
                all.toString());
    }

    @Test
    void aSourceSpeakingPrivatelyIsUnnamedOnPurpose() throws Exception {
        List<Candidate> privately = questions(new AnonymousSourceQuestions(),
                Files.readString(Path.of("src/test/resources/eval-blind52/glassonby-playhouse-arts-grant-cut-row.txt")));
        assertTrue(privately.stream().anyMatch(c -> c.key().contains("nine days after the deadline")), privately.toString());
    }
    @Test
    void figuresGivenJustAfterAClaimThatCannotBeShownAreNoDenialOfAnOlderOne() throws Exception {
        List<Candidate> all = questions(new DenialQuestions(),
                Files.readString(Path.of("src/test/resources/eval-blind5/glenmorrow-deer-cull-factcheck.txt")));
        assertTrue(all.stream().noneMatch(c -> c.prompt().contains("Deer Management Office deny")), all.toString());
    }
}
