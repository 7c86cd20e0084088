package newsquiz.generate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A denial's question names the claim it answered (the eval-blind16 quiz checks): found through the claimant's role, a
 * long word the two share, or the one contested claim made just before; and never a claim farther back when a nearer
 * one was the target. Each on invented text.
 */
class DeniedClaimTest {
    private static List<Candidate> kept(String article) throws Exception {
        return InventedArticles.questions(new DenialQuestions(), article);
    }

    private static boolean asksTheClaim(List<Candidate> asked, String denier, String claimWords) {
        return asked.stream().anyMatch(c -> (c.prompt() + " " + c.key()).contains(denier) && (c.prompt() + " " + c.key()).contains(claimWords));
    }

    @Test
    void aVerdictOnTheClaimantByRoleDeniesTheirClaim() throws Exception {
        List<Candidate> asked = kept("""
                Ranger's exit row

                Several posters on a hiking forum have suggested that Tom Keel quit the park service in protest last spring. Keel says the posters have it backwards.

                Ann Moss said the trail reopened on Monday. The Brook Gazette reported that the footbridge had been closed for a year. A council spokesman said repairs had cost £40,000.
                """);
        assertTrue(asksTheClaim(asked, "Tom Keel", "quit the park service in protest"), asked.toString());
    }

    @Test
    void aLongWordTheTwoAloneShareTiesADenialToItsClaimThoughItsFirstLettersAreCommon() throws Exception {
        List<Candidate> asked = kept("""
                Chapel sale row

                The chapel on Mill Street went up for sale under a new agent in May. The pews are under a dust sheet.

                A post on a village forum claims the chapel "has been underpinned twice and is still sinking". "It has never been underpinned, and the survey in June found no movement at all," said the warden, Ruth Dale.

                Ann Moss said the asking price was fair. The Brook Gazette reported that the roof would cost £90,000 to mend.
                """);
        assertTrue(asked.stream().anyMatch(c -> c.prompt().contains("Ruth Dale deny") && c.key().contains("underpinned twice")), asked.toString());
    }

    @Test
    void aDenialAfterASentenceThatReportsNoWordsAnswersTheClaimBeforeIt() throws Exception {
        List<Candidate> asked = kept("""
                Chapel sale row

                A post on a village forum says the guide price has been cut from £750,000. The agent, Toby Marsh, laughed at that. "That price has never had a seven in front of it," he said.

                Ann Moss said the pews would be sold separately. The Brook Gazette reported that the roof would cost £90,000 to mend. Ruth Dale said the chapel was built in 1868.
                """);
        assertTrue(asked.stream().anyMatch(c -> c.prompt().contains("Toby Marsh deny") && c.key().contains("cut from")), asked.toString());
    }

    @Test
    void aDenialRightAfterTheOneClaimSomeoneClaimsAnswersItInAnyWords() throws Exception {
        List<Candidate> asked = kept("""
                Fishing lease lost

                Association secretary Mags Tilbury told me the committee had bid £14,500 a year for the fishing rights on the lower river. The syndicate's bid, she claims, arrived two days after the closing date.

                "Nobody outside this office saw either bid before the envelopes were opened on 2 February," said Harriet Dunn, the partner who ran the letting.

                The Brook Gazette reported that the syndicate charges its members £1,200 a rod for a season. Ann Moss said juniors would fish free on Saturday mornings with a member. Ken Dimmock said the river had been restocked with 400 trout in March.
                """);
        assertTrue(asked.stream().anyMatch(c -> c.prompt().contains("Harriet Dunn deny") && c.key().contains("arrived two days after")),
                asked.toString());
    }

    @Test
    void aClaimWhoseSentenceSharesTheDenialsWordsElsewhereIsNotWhatItAnswered() throws Exception {
        // Guard: the posts' second claim holds the denial's words, so the first one is no key.
        List<Candidate> asked = kept("""
                Lynx still loose

                Several posts on X claim that the lynx killed a dog on Mill Lane overnight and that police marksmen have been called in.

                "No marksmen have been deployed and none are on the way," Chief Inspector Dale Ruthven told the Mercury.

                Ann Moss said the park would stay shut. The Brook Gazette reported that the lynx is four years old.
                """);
        assertFalse(asked.stream().anyMatch(c -> c.prompt().contains("Ruthven") && c.key().contains("killed a dog")), asked.toString());
    }

    @Test
    void theClaimANearerClaimantMadeIsNotPassedOverForAnOlderOne() throws Exception {
        List<Candidate> asked = kept("""
                Streetlight savings row

                A campaign group claims that about 600 paper forms handed in at libraries were never counted. Its founder, Priya Nand, said volunteers were angry.

                An opposition councillor, Cllr Frances Reid, has claimed that the £1.2 million figure counts savings from 9,000 lights already converted to LED. "It is money the council has already banked," said Reid.

                The council's finance director, Owen Sekibo, described the claim as "arithmetic done backwards".

                Ann Moss said the lights go off at midnight. The Brook Gazette reported that the consultation closed in May.
                """);
        assertFalse(asked.stream().anyMatch(c -> (c.prompt() + c.key()).contains("Sekibo") && (c.prompt() + c.key()).contains("600")), asked.toString());
    }

    @Test
    void aClaimThatSharesTheDenialsWordsInThePluralIsNoWrongAnswer() throws Exception {
        List<Candidate> asked = kept("""
                Streetlight consultation row

                A campaign group claims that about 600 paper forms handed in at libraries were never counted. Its founder, Priya Nand, told a student radio station that volunteers had "watched boxes of forms leave the libraries and then vanish".

                Cllr Dermot Lowe said the switch-off would save £1.2 million. Pressed on the missing boxes, a council spokesman put it more flatly. "No paper form has gone astray between a library counter and County Hall, not one," he said.

                Ann Moss said the lights in most villages would go off at midnight from April. The Brook Gazette reported that the consultation closed in May after six weeks. A police spokeswoman said crime in the county had fallen by a tenth last year.
                """);
        assertFalse(asked.stream().anyMatch(c -> c.prompt().contains("council spokesman deny")
                && c.distractors().stream().anyMatch(w -> w.contains("vanish"))), asked.toString());
        assertTrue(asked.stream().anyMatch(c -> c.prompt().contains("council spokesman deny") && c.key().contains("600 paper forms")), asked.toString());
    }

    @Test
    void aRebuttalInOtherWordsAnswersTheOneClaimJustBeforeAboutItsSpeakersBody() throws Exception {
        List<Candidate> asked = kept("""
                Stage four

                Tendai Okonjo won the stage in Skelby on Wednesday. A post on X by the journalist Marnie Finch claimed that Harlow Cycling's title sponsor, the bank Solvane, would pull out at the end of the season.

                Solvane's marketing director, Kristoffer Aaberg, was at the finish. "We signed for three more seasons in January," he told reporters.

                The race director, Fenella Shaw, said the route had been changed after a landslip closed the road at Cray Bank on Monday night. Okonjo said the win was for the six riders who crashed on the final bend into Market Street.
                """);
        assertTrue(asksTheClaim(asked, "Kristoffer Aaberg", "pull out at the end of the season"), asked.toString());
    }

    private static final String BOTTLE_ROW = """
                Bottle row

                The broadcaster Velovisie reported that the race leader held on to his team car for "around 40 seconds" while taking a bottle.

                Corvid's sports director, Hanne Vermaelen, was scornful of the broadcaster's figure. "He took a bottle and he let go of it," she said.

                The race director, Fenella Shaw, said the jury would not review the footage again before the start of the fifth stage. Tom Reed, a rider, said the crash on the final bend had been the most frightening of his career.
                """;

    @Test
    void aRejectionToldByAFrameIsAskedAboutItsObjectNotItsFrame() throws Exception {
        List<Candidate> asked = kept(BOTTLE_ROW);
        assertTrue(asked.stream().noneMatch(c -> c.prompt().contains("scornful")), asked.toString());
        // What was rejected is the object after the frame, for the referent to be found from.
        Facts facts = InventedArticles.facts(BOTTLE_ROW);
        assertTrue(facts.statements.stream().anyMatch(st -> st.claim().equals("The broadcaster's figure")), facts.statements.toString());
    }

    @Test
    void aRebuttalOfWhatARivalBlamedTheSpeakerForAnswersThatClaim() throws Exception {
        List<Candidate> asked = kept("""
                Regatta collision

                Two boats collided at the first buoy on Saturday. Harbour Rowing's coach, Mina Castell-Orr, blamed the Dunlin crew's cox, Petra Quayle-Sund, who she said had "cut across the course like a runaway shopping cart" at the buoy.

                Quayle-Sund gave her own account at the boathouse: "I kept my line all the way from the start to the buoy."

                The umpire, Rob Ennis, said the race would be rowed again on Sunday morning once the wind had dropped below ten knots. A club steward said the Dunlin boat had lost two oars and would need a new rudder before the rerun.
                """);
        assertTrue(asksTheClaim(asked, "Petra Quayle-Sund", "cut across the course"), asked.toString());
    }

    @Test
    void aVerdictWhoseObjectPointsBackIsAboutTheClaimJustBefore() throws Exception {
        List<Candidate> asked = kept("""
                Ferry breakdown

                The ferry Saltire Belle broke down off Kerrow on Friday with 140 passengers on board, the coastguard said.

                A deckhand who did not want to be named told the Kerrow Star that the engines were "long overdue a rebuild". The engine maker, Brannock Marine, took issue with that in a statement to the paper.

                Ann Moss said the passengers were taken off by lifeboat. The harbour master, Ian Roe, said the ferry would be towed to Oban.
                """);
        assertTrue(asksTheClaim(asked, "Brannock Marine", "long overdue a rebuild"), asked.toString());
    }

    @Test
    void aVerdictWhoseObjectIsLostIsNotAskedAsWhoDescribedWhatAs() throws Exception {
        // eval-blind19: 'A council spokeswoman described that as "the kind of story …"' was read with no object at all.
        String article = java.nio.file.Files.readString(java.nio.file.Path.of(
                "src/test/resources/eval-blind19/kessock-bypass-speed-camera-live.txt"));
        List<Candidate> proposed = new DenialQuestions().propose(InventedArticles.facts(article));
        assertTrue(proposed.stream().noneMatch(c -> c.prompt().contains(" as as ")), proposed.toString());
    }

    @Test
    void aVerdictToldByAVerbPhraseWithAPointingObjectIsAboutTheClaimJustBefore() throws Exception {
        List<Candidate> asked = kept("""
                Camera row

                Heavy traffic built up on the bypass on Monday, police said.

                A Facebook group claimed that the new camera was set to catch drivers doing 35mph. The operator's director, Dev Anand-Bright, made short work of that claim on Radio Kessock.

                Ann Moss said the camera had caught 4,000 drivers in its first month of operation on the bypass. The council leader, Ian Roe, said the fine money went to central government and not to the council.
                """);
        assertTrue(asksTheClaim(asked, "Dev Anand-Bright", "catch drivers doing 35mph"), asked.toString());
    }
}
