package newsquiz.generate;

import static newsquiz.generate.InventedArticles.questions;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What tuning on eval-blind47 and its review showed at stop 46: a spokesperson's quote that goes on from its body's denial
 * of a group's figure answers that figure, not the remark the group's chair made about the body; a quote that takes up the
 * second of two things a speaker said is not asked as denying the first, nor is "that account" of two things asked as its
 * first alone; "while it was being fitted" is not cut before "being"; a claim that only "would do so" is no choice;
 * a rejection answers the claim its reason takes up ("saying the rust had first been found in August"), not the remark
 * just before it; and "the farm" in "dismissed that as scaremongering, saying no egg had left the farm" does not make the
 * farm's owner the one whose claim was dismissed (eval-blind49's bird-flu story, read from the test resources); and a
 * council's cabinet member is no wrong answer when the council is the key.
 */
class QuestionsFortySixTest {

    private static final String AIRPORT = "Airport route row\n\nThe Bexford Action Group, which represents households under the "
            + "flight path, said on Monday that the new route would bring aircraft noise to more than 40,000 homes. Its chair, Bran "
            + "Copple, said the airport was \"dressing up a done deal as a conversation\".\n\nThe airport took issue with the group's "
            + "estimate, saying its own noise maps put the number of homes affected at about 9,000, not 40,000. \"We counted every "
            + "house inside the 57-decibel line, street by street. Nine thousand is the honest number,\" a spokeswoman for Farley "
            + "Airport said.\n\nA spokesman for Fenmoor Airways said the early departures would help business travellers. The "
            + "district council said it would send a response before the deadline.";

    @Test
    void aSpokespersonGoingOnFromItsBodysDenialDoesNotAnswerTheChairsRemark() throws Exception {
        List<Candidate> all = questions(new DenialQuestions(), AIRPORT);
        assertTrue(all.stream().noneMatch(c -> c.prompt().contains("spokeswoman") && c.key().contains("dressing up")), all.toString());
    }

    private static final String VALVE = "Probe delayed\n\nThe launch of the probe has been put back by 18 months after engineers "
            + "found a cracked valve.\n\nThe agency's director general, Cyprian Anfeld, told a press conference that the valve had "
            + "come from the contractor Dalbury Aerospace and that the crack had started with a flaw in the metal when the part "
            + "was made.\n\nDalbury disputed that account, saying the valve had passed every pressure check at its own plant. \"The "
            + "part left our factory in perfect condition, and we have the test records to prove it,\" said its engineering "
            + "director, Frida Hadley.\n\nThe minister, Lisa Ingle, said she would visit the test centre. A planetary scientist, "
            + "Ailsa Jerrow, said the delay was painful but survivable.";

    @Test
    void aQuoteTakingUpTheSecondClauseIsNotAskedAsDenyingTheFirst() throws Exception {
        List<Candidate> all = questions(new DenialQuestions(), VALVE);
        assertTrue(all.stream().noneMatch(c -> c.prompt().contains("Frida Hadley") && c.key().contains("come from the contractor")),
                all.toString());
    }

    @Test
    void aDisputedAccountOfTwoThingsIsNotAskedAsItsFirstAlone() throws Exception {
        List<Candidate> all = questions(new DenialQuestions(), VALVE);
        assertTrue(all.stream().noneMatch(c -> c.prompt().startsWith("Which") && c.key().contains("come from the contractor")),
                all.toString());
    }

    @Test
    void aPassiveWithBeingIsNotCutBeforeIt() {
        String cut = Phrasing.wholeClauses("the valve had passed every pressure check at its own plant and must have been damaged "
                + "while it was being fitted at Cobbenhall", 20);
        assertTrue(!cut.endsWith("while it was"), cut);
    }

    @Test
    void aClaimThatOnlyDoesSoIsNoChoice() {
        assertTrue(Readable.choiceProblem("The council would do so once the club had seen the final version").isPresent());
        assertTrue(Readable.choiceProblem("The council would publish the report once the club had seen it").isEmpty());
    }

    private static final String STAND = "Stand closed\n\nCottesmore Town must close its East Stand, the council said on Friday.\n\n"
            + "The Cottesmore Town Supporters' Trust said the club had known about the rust since 2031 and had done nothing about it. "
            + "Its chair, Angharad Embs, said fans had \"a right to know what the board knew, and when\".\n\nThe club was having none "
            + "of it, saying the rust had first been found in a survey in August this year.\n\nThe council's licensing head, Digby "
            + "Farn, said the certificate would be looked at again. A steward, who asked not to be named, said 200 fans had been let "
            + "into the stand.";

    @Test
    void aRejectionAnswersTheClaimItsReasonTakesUp() throws Exception {
        List<Candidate> all = questions(new DenialQuestions(), STAND);
        assertTrue(all.stream().noneMatch(c -> (c.prompt() + c.key()).contains("a right to know")), all.toString());
    }

    @Test
    void theNamesInAVerdictsReasonAreNotWhoseClaimItWas() throws Exception {
        List<Candidate> all = questions(new DenialQuestions(),
                Files.readString(Path.of("src/test/resources/eval-blind49/cobbledene-farm-bird-flu-outbreak.txt")));
        assertTrue(all.stream().noneMatch(c -> c.prompt().contains("dismiss") && (c.prompt() + c.key()).contains("driver")), all.toString());
    }

    private static final String SCHOOL = "School may close\n\nGlenmoor Primary could close next year, Harrowdale County Council said on "
            + "Monday. Parents said the closure had been agreed behind closed doors in June.\n\nThe council pushed back, saying no "
            + "decision would be taken until its cabinet met on December 11. \"Nothing has been decided,\" said the cabinet member for "
            + "schools, Elswyth Goss. She added that every response would be published.\n\nA parent, Briallen Gill, said the journey "
            + "would take an hour each way. A bus firm, Dales Coaches, said it had not been asked to quote. The headteacher, Mair "
            + "Tyne, said the school had 46 pupils.";

    @Test
    void aCouncilsCabinetMemberIsNoWrongAnswerForTheCouncil() throws Exception {
        List<Candidate> all = new java.util.ArrayList<>(questions(new AttributionQuestions(), SCHOOL));
        all.addAll(questions(new DenialQuestions(), SCHOOL));
        assertTrue(all.stream().noneMatch(c -> c.key().equals("Harrowdale County Council") && c.distractors().contains("Elswyth Goss")
                || c.key().equals("Elswyth Goss") && c.distractors().contains("Harrowdale County Council")), all.toString());
    }
}
