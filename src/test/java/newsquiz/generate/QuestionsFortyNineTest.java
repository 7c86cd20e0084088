package newsquiz.generate;

import static newsquiz.generate.InventedArticles.questions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What eval-blind54's review showed at stop 49, in invented text: "What did the trust deny?" cannot offer the union's
 * claim that night-shift staff would pay more when the trust said straight after that they would go on parking free, nor
 * the porter's count of closed bays that the trust answered with an admission of its own; a claim the trust met with a
 * no-comment still can be, and so can the admission itself, which the trust owned up to rather than denied. "denied that it made any profit" gives no
 * true/false statement "it made any profit", which reads only under the denial. "said the suggestion was false: every
 * street is walked by a council inspector" answers the surveyor's claim just before, not the council named in its reason;
 * "played down the count" gives no "Who rejected played down the count?" and no bare "Who rejected the count?". A claim the
 * police denied is no wrong answer to "Which report did the council deny?" when the council's director joins the denial
 * straight after. "Each one was checked by an adviser" says each of what only in the sentence before. A claim that a firm and the
 * council each rejected in words of its own is asked of both at once; a "that" with none of the claim's words is too
 * weak a thread to make a second denier of. "Besides a council spokeswoman, who denied …?" (eval-blind54's park story, read
 * from the test resources) writes the first denier as in a sentence. A figure in a sentence that is all quotation is asked with its speaker
 * named, and the explanation shows no straight quotation mark. "Carys has not quit, she has not handed in any notice"
 * (eval-blind10's soap story) answers the report of her notice, whose words it takes up, not the quote just before it.
 */
class QuestionsFortyNineTest {

    private static final String PARKING = "Hospital parking\n\nParking at Tolworth General will cost 4 crowns an hour from June 1, "
            + "the Tolworth Hospitals Trust said on Tuesday.\n\nThe patients' group Tolworth Patients' Voice said the trust made a "
            + "profit of 3 million crowns a year from parking.\n\nThe trust denied that it made any profit from its car parks, "
            + "saying it had spent all of the money on running them.\n\nThe Allied Staff Union said staff on night shifts would pay "
            + "about 80 crowns a month more under the new charges.\n\nThe trust said night-shift staff would go on parking free, as "
            + "they have since 2028.\n\nA porter, who asked not to be named, told the Ivel Post that the number of blue-badge bays "
            + "had been cut from 64 to 40 during the repairs.\n\nThe trust admitted that 12 blue-badge bays had been closed for three "
            + "weeks in March while the concrete beneath them was repaired.\n\nThe group said outpatient clinics were open only on "
            + "weekdays, when the car parks are at their fullest.\n\nThe union said porters had been told to clamp cars on the "
            + "children's ward drive.\n\nThe trust declined to comment on clamping cars on the children's ward drive.";

    @Test
    void aClaimTheDenierAnsweredStraightAfterIsNoWrongAnswer() throws Exception {
        List<Candidate> all = questions(new DenialQuestions(), PARKING);
        List<Candidate> asked = all.stream().filter(c -> c.prompt().startsWith("What did the Tolworth Hospitals Trust deny")).toList();
        assertFalse(asked.isEmpty(), all.toString());
        for (Candidate c : asked) {
            assertTrue(c.distractors().stream().noneMatch(w -> w.contains("night shifts") || w.contains("cut from 64 to 40")), c.toString());
        }
    }

    @Test
    void whatTheDenierAdmittedIsAFairerWrongAnswerThanSomeonesQuotedWords() throws Exception {
        // Without the patients' group's claim about the clinics, which (since stop 50 reads the group and the trust as two
        // bodies of one town) is a fair wrong answer of its own.
        List<Candidate> all = new DenialQuestions().propose(InventedArticles.facts(PARKING.replace("\n\nThe group said outpatient "
                + "clinics were open only on weekdays, when the car parks are at their fullest.", "")));
        assertTrue(all.stream().anyMatch(c -> c.prompt().startsWith("What did the Tolworth Hospitals Trust deny")
                && c.distractors().stream().anyMatch(w -> w.contains("12 blue-badge bays had been closed"))), all.toString());
    }

    @Test
    void aNoCommentStraightAfterAnswersNothing() throws Exception {
        List<Candidate> all = questions(new DenialQuestions(), PARKING);
        assertTrue(all.stream().anyMatch(c -> c.prompt().startsWith("What did the Tolworth Hospitals Trust deny")
                && c.distractors().stream().anyMatch(w -> w.contains("clamp cars"))), all.toString());
    }

    @Test
    void anyOutFromUnderADenialGivesNoStatement() throws Exception {
        List<Candidate> all = questions(new DenialTrueFalseQuestions(), PARKING);
        assertTrue(all.stream().noneMatch(c -> c.prompt().contains("any profit")), all.toString());
    }

    private static final String ROADS = "Road contract\n\nThe council acknowledged that 41 of the 96 streets had not yet been "
            + "started.\n\nThe Fair Lane Residents' Association said it had counted 312 new potholes on streets that Hexbridge "
            + "resurfaced in 2029.\n\nHexbridge played down the count, saying most of those holes were in pavements.\n\nA surveyor "
            + "who works on the contract, and who asked not to be identified, told the Garn Chronicle that council inspectors had "
            + "signed off at least 12 streets without visiting them.\n\nThe firm said the suggestion was false: every finished "
            + "street is walked by a council inspector before it is handed back to the council.\n\nCouncillor Ann Kerr said the "
            + "bid had been 2.1 million crowns dearer than the lowest.";

    @Test
    void aBodyNamedInTheReasonAfterAVerdictIsNoClaimant() throws Exception {
        List<Candidate> all = questions(new DenialQuestions(), ROADS);
        assertTrue(all.stream().anyMatch(c -> c.prompt().startsWith("Who denied the suggestion that council inspectors had signed off")),
                all.toString());
        assertTrue(all.stream().noneMatch(c -> c.prompt().contains("41 of the 96")), all.toString());
    }

    @Test
    void aCountPlayedDownIsNoClaimOnItsOwn() throws Exception {
        List<Candidate> all = questions(new DenialQuestions(), ROADS);
        assertTrue(all.stream().noneMatch(c -> c.prompt().contains("played down") || c.prompt().equals("Who rejected the count?")),
                all.toString());
    }

    @Test
    void aClaimAnotherPartyDeniedIsNoWrongAnswerWhenTheDenierJoinsStraightAfter() throws Exception {
        // Every candidate, whether or not it passes the quality filter: which wrong answers are offered is the point.
        List<Candidate> all = new DenialQuestions().propose(InventedArticles.facts("Street lights\n\nThe county council said the switch-off would save "
                + "610,000 crowns a year.\n\nThe Night Safety Group said burglaries in Pottley had risen by 40 percent during a trial "
                + "switch-off there in 2029. Its chair, Nora Pinn, said the plan would leave whole estates in darkness.\n\nWyvern Police "
                + "challenged the figure, saying recorded burglaries in Pottley had fallen from 61 to 57 during the trial year. The "
                + "council's highways director, Val Quest, was blunt. \"Crime in Pottley went down while the lights were off. We have "
                + "published every number from the trial,\" she said.\n\nAn engineer, who asked not to be named, told Radio Wyvern that "
                + "the council's own lawyers had warned in June that the plan could breach its duty to keep roads safe. The council said "
                + "no such advice existed, and that the plan had been checked by its road-safety officer in July.\n\nThe group said "
                + "members would walk the streets with torches on the first night.\n\nA leaflet said the lamp columns would be taken "
                + "down for good."));
        List<Candidate> asked = all.stream().filter(c -> c.prompt().matches("Which \\w+ did the county council deny\\?"))
                .toList();
        assertFalse(asked.isEmpty(), all.toString());
        assertTrue(asked.stream().allMatch(c -> c.distractors().stream().noneMatch(w -> w.contains("40 percent"))), asked.toString());
    }

    @Test
    void eachOneOfWhatIsInTheSentenceBefore() {
        assertTrue(Readable.choiceProblem("Each one was checked by an adviser before a voucher was issued").isPresent());
        assertTrue(Readable.choiceProblem("Most of those patients were workers from the site").isPresent());
        assertFalse(Readable.choiceProblem("Each one of the 40 buses was checked by an engineer").isPresent());
    }

    private static final String WARDENS = "Dog fines\n\nThe council hired the enforcement firm Vexmoor Patrols in April 2031.\n\n"
            + "The owners' group Mossby Paws said the wardens were paid a bonus for every fine they issued. The firm said the "
            + "suggestion was false, and that its wardens were paid a fixed hourly wage.\n\nThe council gave short shrift to the "
            + "bonus claim.\n\nA former warden, who did not want to be identified, told the Mossby Courier that 300 fines had been "
            + "issued in the park.\n\nThe council accepted that 43 fines had been issued to the wrong people since April.\n\n"
            + "A thread on the local forum Mossby Tattle claimed that the fine would double to 200 crowns in January.";

    @Test
    void aClaimTwoSidesDeniedIsAskedOfBoth() throws Exception {
        List<Candidate> all = questions(new JointDenialQuestions(), WARDENS);
        assertEquals(1, all.size(), all.toString());
        Candidate c = all.get(0);
        assertEquals("Which claim did both Vexmoor Patrols and the council deny?", c.prompt());
        assertEquals("The wardens were paid a bonus for every fine they issued", c.key());
        assertTrue(c.distractors().stream().noneMatch(w -> w.contains("bonus")), c.toString());
    }

    @Test
    void aSecondDenialThatTakesUpNoneOfTheClaimIsNoSecondDenier() throws Exception {
        List<Candidate> all = questions(new JointDenialQuestions(), WARDENS.replace("The council gave short shrift to the bonus claim.",
                "The council gave short shrift to that."));
        assertTrue(all.isEmpty(), all.toString());
    }

    @Test
    void theFirstDenierNamedInsideTheQuestionIsWrittenAsInASentence() throws Exception {
        String park = java.nio.file.Files.readString(java.nio.file.Path.of(
                "src/test/resources/eval-blind54/hendleby-carnwold-park-lime-tree-felling.txt"));
        List<Candidate> all = new DenialQuestions().propose(InventedArticles.facts(park));
        assertTrue(all.stream().anyMatch(c -> c.prompt().startsWith("Besides a council spokeswoman, who denied")), all.toString());
    }

    @Test
    void aNumberInASentenceThatIsAllQuotationIsAskedWithItsSpeaker() throws Exception {
        List<Candidate> all = questions(new NumberQuestions(), "Allotments\n\nThe society said 37 plots were empty in May.\n\n"
                + "Dunn also said rents would double in 2032. \"Rents are fixed until 2033. Nobody's bill is going up next year,\" said "
                + "the council's allotments officer, Folk Jellico.\n\nThe council said 120 people were on the list in 2030.");
        Candidate c = all.stream().filter(q -> q.key().equals("2033")).findFirst().orElseThrow(() -> new AssertionError(all));
        assertEquals("Folk Jellico said: \u201cRents are fixed until ____.\u201d Which year fills the gap?", c.prompt());
        assertFalse(c.explanation().contains("\""), c.explanation());
    }

    @Test
    void aDenialInWordsOfItsOwnAnswersTheClaimItTakesUpNotTheNearest() throws Exception {
        String soap = java.nio.file.Files.readString(java.nio.file.Path.of(
                "src/test/resources/eval-blind10/carys-lyle-mill-street-exit-rumours.txt"));
        List<Candidate> all = new DenialQuestions().propose(InventedArticles.facts(soap));
        Candidate c = all.stream().filter(q -> q.prompt().equals("Which report did Tess Arrowsmith deny?")).findFirst()
                .orElseThrow(() -> new AssertionError(all));
        assertEquals("Lyle had handed in her notice after a bust-up with Thewlis over a storyline", c.key());
    }
}
