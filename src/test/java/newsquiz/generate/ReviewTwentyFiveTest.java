package newsquiz.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Defects found in the eval-blind25 review and while tuning on that set, each on invented text. */
class ReviewTwentyFiveTest {
    private static final String GROWERS = """
            Growers' co-operative denies second cut

            Fellside Apples, the co-operative that buys fruit from 200 farms, has dismissed reports that it is preparing a second cut to its price.

            A report in the trade paper Orchard Weekly last Thursday said a further cut of £15 a tonne was planned for April, citing two board members who asked not to be named.

            "There is no April cut on the table," said Imogen Treharne, the co-operative's chief executive, in a statement on Friday.

            Ms Treharne told this newspaper that the February cut had been forced by a fall in prices for juice apples.

            She said the co-operative would review the price in June, as it does every year.

            Tarnmoor Juices also denied the report. A spokeswoman for the juice maker said its contract "has not been cancelled".

            Another message in the group said the co-operative's finance director, Mabel Orrin, had resigned. Ms Orrin denied that she was leaving.

            Dr Lionel Askew, an economist at Fellside University, expected the large stocks left in farm stores to keep prices low until May.
            """;

    @Test
    void alsoDeniedTheReportIsTheTradePapersReportNotTheLastThingSaid() throws Exception {
        // review25 CAR q09: "Fenmarsh Crisps also denied the report" was keyed to the co-operative's own June price review.
        var asked = InventedArticles.questions(new DenialQuestions(), GROWERS);
        var byTarnmoor = asked.stream().filter(c -> c.fact().equals("deny:5")).toList();
        assertFalse(byTarnmoor.isEmpty(), asked.toString());
        assertTrue(byTarnmoor.stream().noneMatch(c -> (c.prompt() + c.key()).contains("review the price in June")), byTarnmoor.toString());
    }

    @Test
    void theJuiceMakersSpokeswomanIsNoWrongAnswerBesideTheJuiceMaker() throws Exception {
        // review25 CAR q05/q09: "A spokeswoman for the crisp maker" offered beside Fenmarsh Crisps.
        var facts = InventedArticles.facts(GROWERS);
        assertTrue(facts.mayBeSame("Tarnmoor Juices", "A spokeswoman for the juice maker"));
    }

    @Test
    void noGerundIsMadeOfAContinuousTense() throws Exception {
        // review25 CAR q13: "Who denied being leaving?"
        var asked = InventedArticles.questions(new DenialQuestions(), GROWERS);
        assertTrue(asked.stream().noneMatch(c -> c.prompt().contains("being leaving")), asked.toString());
    }

    @Test
    void anExpectedObjectAndInfinitiveIsShownAsWhatWouldHappen() {
        // review25 CAR q01/q12: "The large stocks left in farm stores … to keep prices under pressure until May" as a choice.
        assertEquals("the large stocks left in farm stores would keep prices low until May",
                Facts.expectationAsClaim("expected", "the large stocks left in farm stores to keep prices low until May"));
        assertEquals("she was expected to win", Facts.expectationAsClaim("said", "she was expected to win"));
    }

    @Test
    void aTradePapersReportCitingBoardMembersItDoesNotNameIsAnUnnamedSource() throws Exception {
        var asked = InventedArticles.questions(new AnonymousSourceQuestions(), GROWERS);
        assertTrue(asked.stream().anyMatch(c -> c.key().equals("A further cut of £15 a tonne was planned for April")
                && c.explanation().contains("citing two board members who asked not to be named")), asked.toString());
    }

    private static final String TILES = """
            Tile maker cuts jobs

            Harwick Tiles will cut 180 jobs at its works in Ormsworth, the company confirmed on Tuesday.

            The union's regional organiser, Ruaraidh Thorne, said the figure of 180 was "the first slice, not the whole loaf."

            Ms Quarrington rejected that. "There is no second round planned, and no manager has been authorised to say there is," she said.

            A message passed around the works on Monday evening claimed that anyone who took another job before 30 October would lose their severance payment. That is not what the agreement says: staff who find work early keep their full payment.

            Mr Thorne denied that the union had leaked the severance list to the Gazette. "We have never had a list, so we could not have leaked one," he said.

            The local MP, Rosamund Hartley, said she had written to the parent company.
            """;

    @Test
    void herOwnWordsAfterRejectingThatAreADenialToPutANameTo() throws Exception {
        // eval-blind25 ormsworth: "Ms Quarrington rejected that. 'There is no second round planned …,' she said" got no question
        // on her own words.
        var asked = InventedArticles.questions(new DenialQuestions(), TILES);
        assertTrue(asked.stream().anyMatch(c -> c.prompt().startsWith("Whose denial is this") && c.prompt().contains("no second round")),
                asked.toString());
    }

    @Test
    void theAccountAfterAVerdictIsAskedAsWhoGaveIt() throws Exception {
        // eval-blind25 quillerton: "The gallery says that is not correct: the sample log, it said, shows …" was asked only as
        // which claim it answered, never with what the gallery holds instead.
        var asked = InventedArticles.questions(new DenialQuestions(), """
                Tapestry row

                Dr Ottilie Brisk said she had taken samples from the centre of the hunting scene, not from the border.

                The Harrowby Gallery says that is not correct: the sample log, it said, shows all three threads came from within 20 centimetres of the lower edge.

                The insurer, Dunmore Fine Art, said the tapestry remained covered at its full value.

                Anselm Pettit, a weaver, said he would welcome any test that settles the matter.
                """);
        assertTrue(asked.stream().anyMatch(c -> c.prompt().equals(
                "Who said that the sample log shows all three threads came from within 20 centimetres of the lower edge?")
                && c.key().equals("The Harrowby Gallery")), asked.toString());
    }
}
