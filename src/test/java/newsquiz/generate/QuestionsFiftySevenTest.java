package newsquiz.generate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the reviews of eval-blind70 and 71 showed at stop 57, in invented text. Each test gives one rule:
 * <ul>
 * <li>"The club said the rise would drive away a third of passengers. “A family of four will now pay 88 crowns,” said the
 * club's chair. NAME branded the claim fanciful, saying …": the claim is the club's, which its chair's quote illustrates,
 * not the quote (review71 wendlow q05, a wrong key).</li>
 * <li>"the band would believe that when it saw a new lease", "keep the public nights going until then": words that lean on
 * another sentence (review70 leckmoor q13, review71 mirefell q19).</li>
 * <li>"We should have written to parents in January. That was our mistake" and "We have not taken this decision lightly"
 * own up or regret; they are nobody's denial (review71 wrexcombe q08, mirefell q02).</li>
 * <li>"who would talk only if her name was kept out of it", "who would speak only if not named": a source kept back on purpose,
 * whose claim is asked about before other questions on the same sentence (three quizzes of eval-blind70/71 had no
 * unnamed-source question).</li>
 * <li>After eval-blind72 and 73 were measured and reviewed: "The 46 households on the lane see it differently" is a view of
 * their own, no denial to weigh (review72 brindleton q04, a wrong key); "Who denied as well?" asks about nothing
 * (review73 thatchers q09, a wrong key); "We have had no letter … from Featherstone", said by another, is on Featherstone's side,
 * so it is not what Featherstone's "tall tale" denied (review72 brindleton q09, a wrong key).</li>
 * <li>"branded the claim that it planned to build flats fanciful": the label is the speaker's, so no true-or-false statement
 * "it planned to build flats fanciful" (review70 leckmoor q05, a wrong key).</li>
 * <li>"One thing: its wardens had not patrolled …", "The reverse was true: it had put up …": a lead-in cut from its
 * sentence, and an "it" whose body is there, make no choice (review72 ashbeck q03, q07, q08).</li>
 * </ul>
 */
class QuestionsFiftySevenTest {

    @Test
    void theClaimIsTheBodysAccountItsChairIllustrated() throws Exception {
        Facts facts = InventedArticles.facts("Fares\n\nThe Orrin Valley Railway will raise its adult return fare from 18 to 26 "
                + "crowns in March.\n\nThe railway said the rise was needed because coal had doubled in price since 2029. \"Nobody "
                + "likes putting fares up,\" said its commercial director, Fenella Quist, \"but coal has gone from 300 crowns a tonne "
                + "to 620 in two years.\"\n\nThe Orrin Valley Railway Supporters' Club, which has about 900 members, said the rise "
                + "would drive away a third of the line's passengers. \"A family of four will now pay 90 crowns for a day out. That "
                + "is more than the zoo charges,\" said the club's chair, Aldo Penwarden.\n\nQuist branded the claim fanciful, "
                + "saying advance bookings for the summer were up 6 percent on last year.");
        Statement verdict = facts.statements.stream().filter(s -> s.attribution().content().contains("fanciful")).findFirst().orElseThrow();
        Statement answered = DenialQuestions.answeredBy(facts, verdict).orElseThrow();
        assertTrue(answered.claim().contains("drive away a third"), answered.claim());
    }

    @Test
    void thatBeforeWhenLeansOnTheSentenceBefore() {
        assertTrue(Readable.choiceProblem("The band would believe that when it saw a new lease").isPresent());
        assertTrue(Readable.choiceProblem("The council would ask the university to keep the public nights going until then").isPresent());
        assertFalse(Readable.choiceProblem("The band would believe the firm when it saw a new lease").isPresent());
    }

    @Test
    void owningUpAndRegretAreNoDenial() {
        assertTrue(DenialQuestions.ownsUp("We should have written to parents in January. That was our mistake"));
        assertTrue(DenialQuestions.ownsUp("We have not taken this decision lightly"));
        assertFalse(DenialQuestions.ownsUp("We have not taken a penny from the fund"));
    }

    @Test
    void aNameKeptOutOfItIsKeptBackOnPurpose() throws Exception {
        for (String who : List.of("who would talk only if her name was kept out of it", "who would speak only if not named")) {
            List<Candidate> all = new AnonymousSourceQuestions().propose(InventedArticles.facts("Mill\n\nThe society said the mill "
                    + "would reopen in May. Its chair, Oda Farrant, said the grant had been cut in half.\n\nThe fund's director, Idris "
                    + "Pell, said every bid had been scored by the same panel.\n\nOne volunteer at the mill, " + who + ", told the "
                    + "station Wensley Sound that the society had spent 60,000 crowns on a survey of the main post."));
            assertTrue(all.stream().anyMatch(c -> c.fact().startsWith("anon:") && c.priority() == 90), all.toString());
        }
    }

    @Test
    void seeingItDifferentlyIsNoDenialToWeigh() throws Exception {
        Facts facts = InventedArticles.facts("Street name\n\nThe town council voted to rename Gallows Lane after a local nurse. "
                + "Her daughter, Carys Penhale, said she was delighted.\n\nThe 40 households on the lane itself see it differently. "
                + "The residents' association said the change would cost each household about 200 crowns.");
        Statement differently = facts.statements.stream().filter(s -> s.attribution().cue().contains("differently")).findFirst()
                .orElseThrow(() -> new AssertionError(facts.statements.toString()));
        assertFalse(DenialQuestions.weighable(differently), differently.toString());
    }

    @Test
    void aStemWithNothingAskedIsDropped() {
        assertTrue(Readable.stemProblem("Who denied as well?").isPresent());
        assertTrue(Readable.stemProblem("Which organisation rejected too?").isPresent());
        assertFalse(Readable.stemProblem("Who denied that the survey was paid for by importers?").isPresent());
    }

    @Test
    void wordsThatClearTheDenierAreNotWhatItDenied() throws Exception {
        Facts facts = InventedArticles.facts("Street name\n\nA council officer, who has no permission to speak publicly, told the "
                + "Ashby Herald that the builder, Marrowby Homes, had asked for the change.\n\nThe council denied that any builder "
                + "had asked for it. \"The request came from the petition and from nowhere else. We have had no letter about this lane "
                + "from Marrowby or from anybody acting for it,\" said the committee's chair, Councillor Ines Garrow.\n\nMarrowby "
                + "Homes said the story was a tall tale: its next phase sits on the far side of the estate.");
        Statement tale = facts.statements.stream().filter(s -> s.attribution().content().contains("tall tale")).findFirst().orElseThrow();
        DenialQuestions.answeredBy(facts, tale).ifPresent(a -> assertFalse(a.speaker().contains("Garrow"), a.toString()));
    }

    @Test
    void aLabelAfterTheClaimIsNoPartOfIt() throws Exception {
        List<Candidate> all = new DenialTrueFalseQuestions().propose(InventedArticles.facts("Band room\n\nThe Ashby Colliery Band, "
                + "which has rehearsed in the back room of the Miners' Institute since 1960, has been told to leave by December 31, its "
                + "conductor, Aldo Pellow, said on Thursday.\n\nThe institute's owner, Garrow Properties, said the room's floor was "
                + "unsafe and would have to be rebuilt before anyone could use it. It said a survey in July had found rot in three of "
                + "the main beams under the floor.\n\nThe band said the firm wanted the room for flats and was using the floor as an "
                + "excuse. Garrow branded the claim that it planned to build flats fanciful, saying the institute was a listed "
                + "building and could not be turned into homes."));
        assertTrue(all.stream().noneMatch(c -> c.prompt().contains("fanciful")), all.toString());
    }

    @Test
    void aLeadInCutFromItsSentenceMakesNoChoice() {
        assertTrue(Readable.choiceProblem("One thing: its wardens had not patrolled the hill on weekday mornings since January").isPresent());
        assertTrue(Readable.choiceProblem("The reverse was true: it had put up six new signs in March").isPresent());
        assertFalse(Readable.choiceProblem("The trust had put up six new signs in March").isPresent());
    }
}
