package newsquiz.generate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the reviews of eval-blind66 and 67 showed at stop 55, in invented text. Each test gives one rule:
 * <ul>
 * <li>"X hit back at the association, …" after three claims of the association's side answers the one its words (and the
 * denial quoted straight after) take up, not just the last (review66 bramblecove q07, q09).</li>
 * <li>"poured cold water on the association's account, saying the only letter …" answers the account that spoke of a letter.</li>
 * <li>"contradicted her" after an unnamed receptionist's claim answers her, though she works for the body.</li>
 * <li>"Who said that there was no truth in the claim?" offers nobody who denied something just before or after it.</li>
 * <li>A second party found to answer the claim another has just denied is asked "Besides …, who …?", a fund beside the
 * firm it owns too.</li>
 * <li>A year a lease or a freeze runs until has wrong answers after every year named before it.</li>
 * <li>"That sum did not include …" is no choice: the sum is in another sentence.</li>
 * <li>"pushed back against the traders' estimate": the question calls it an estimate, not a report.</li>
 * <li>"its basic pack costs ____, not 34": 34 is no wrong answer to a gap whose sentence gives it.</li>
 * <li>A claim told in the past is plainly no "guess about the future": that is no wrong answer to why a reader should take
 * care with it.</li>
 * </ul>
 */
class QuestionsFiftyFiveTest {

    private static final String CARAVANS = "Caravan rents\n\nOwners at Pellow Sands will pay 4,000 crowns a year from April, "
            + "up from 3,100, the park's operator, Greyling Leisure, said on Friday.\n\nThe Pellow Sands Owners' Association said "
            + "the storm was being used as cover for a rise that had been planned long before. Its secretary, Nessa Trant, said "
            + "Greyling had set out the same figure in a letter to its shareholders in 2031. The association has asked Greyling "
            + "for a breakdown of the repair bill and has not yet been sent one, she said.\n\nGreyling hit back at the association, "
            + "saying the new rent had been worked out in January, after its insurer refused to pay for the slipway. \"There was "
            + "no figure for rent in any letter to shareholders in 2031. Our insurer turned the claim down on January 9,\" said "
            + "its managing director, Piers Vellacott.\n\nPorthcrest Capital, the fund that has owned Greyling since 2029, also "
            + "poured cold water on the association's account, saying the only letter it had received from the company that year "
            + "was about a new shop.\n\nA receptionist at the park, who spoke on condition that she was not named, told the Pellow "
            + "Gazette that owners who complained had been warned their licences might not be renewed. Greyling flatly contradicted "
            + "her, saying every licence on the park runs for at least 20 more years.\n\nBedwyr Lusk, a solicitor who advises "
            + "caravan owners, told the programme Fair Rent that rises well above inflation could be challenged at a tribunal. "
            + "Ione Capstick, 71, said the storm had taken her decking and her shed.\n\nThe district council said ground rents "
            + "were a matter between owners and operators.";

    @Test
    void aRetortAnswersTheClaimItsWordsTakeUp() throws Exception {
        List<Candidate> all = new DenialQuestions().propose(InventedArticles.facts(CARAVANS));
        assertTrue(all.stream().noneMatch(c -> (c.prompt() + " " + c.key()).contains("breakdown")), all.toString());
        assertTrue(all.stream().anyMatch(c -> c.prompt().startsWith("Which ") && c.prompt().contains("Greyling")
                && c.key().contains("letter to its shareholders")), all.toString());
        assertTrue(all.stream().anyMatch(c -> (c.prompt() + " " + c.key()).contains("Porthcrest")
                && (c.prompt() + " " + c.key()).contains("letter to its shareholders")), all.toString());
    }

    @Test
    void theFundThatOwnsTheFirmIsAskedBesidesIt() throws Exception {
        List<Candidate> all = new DenialQuestions().propose(InventedArticles.facts(CARAVANS));
        assertTrue(all.stream().anyMatch(c -> c.prompt().startsWith("Besides Greyling Leisure, who") && c.key().equals("Porthcrest Capital")),
                all.toString());
    }

    @Test
    void contradictingAnUnnamedInsiderAnswersHer() throws Exception {
        List<Candidate> all = new DenialQuestions().propose(InventedArticles.facts(CARAVANS));
        assertTrue(all.stream().anyMatch(c -> c.prompt().contains("warned their licences") && c.key().contains("Greyling")
                || c.key().contains("warned their licences") && c.prompt().contains("Greyling")), all.toString());
    }

    @Test
    void wordsLeaningOnContextOfferNoOtherDenierNearThem() throws Exception {
        Facts facts = InventedArticles.facts("Show row\n\nThe group Riders for Fair Judging said the judge, Imelda Rooke, had "
                + "co-owned the winner's mother with its owner.\n\nRooke branded the co-ownership claim nonsense, saying she had sold "
                + "the mare outright in 2029. The Pellby Horse Society, which runs the show, said there was no truth in the claim "
                + "either, and that its register had listed the owner alone since that year.");
        List<Candidate> all = new DenialQuestions().propose(facts);
        assertTrue(all.stream().filter(c -> c.prompt().startsWith("Who said that there was no truth"))
                .noneMatch(c -> c.distractors().contains("Imelda Rooke")), all.toString());
    }

    @Test
    void aSecondPartyOnTheSameClaimIsAskedBesidesTheFirst() throws Exception {
        List<Candidate> all = new DenialQuestions().propose(InventedArticles.facts("Dredging delay\n\nThe harbour will not be "
                + "dredged until next spring, the Wexmouth Harbour Board said.\n\nA deckhand, who would talk only if his name was kept "
                + "out of print, told the Wexmouth Post that the dredger booked for the harbour had been sent to a marina at Kelby "
                + "instead.\n\nThe contractor, Trelawne Marine, called the story a fabrication, saying its dredger had been in dry dock "
                + "since June. It would not say what the repairs had cost. The board also pushed back against the deckhand's account. "
                + "\"No boat of Trelawne's has worked at Kelby this year,\" said its chief executive, Hal Ormsby.\n\nThe fishermen's "
                + "leader, Wenna Scobie, said the delay was costing her members money. Dr Hilde Marr, a marine chemist, said fish "
                + "landed at the quay were safe to eat. The Kelby Sailing Club said 60 yachts were stuck in the inner basin. The Coastal "
                + "Licensing Authority said the mud would now go to a site inland."));
        assertTrue(all.stream().anyMatch(c -> c.prompt().startsWith("Besides Trelawne Marine, who") && c.key().contains("Board")),
                all.toString());
    }

    @Test
    void aYearALeaseRunsUntilHasWrongAnswersAfterIt() throws Exception {
        List<Candidate> all = new NumberQuestions().propose(InventedArticles.facts("Lease row\n\nThe club said on Monday that its "
                + "lease had been renewed in March 2033 and runs until 2038, and that the hall would stay open.\n\nThe council said the "
                + "rent would be frozen until at least 2037."));
        List<Candidate> years = all.stream().filter(c -> c.key().equals("2038") || c.key().equals("2037")).toList();
        assertFalse(years.isEmpty(), all.toString());
        for (Candidate c : years) {
            // Never on or before the renewal in 2033 the sentence names, nor the same year.
            assertTrue(c.distractors().stream().allMatch(w -> Integer.parseInt(w) > 2033 && !w.equals(c.key())), c.toString());
        }
    }

    @Test
    void aNumberTheGapSentenceGivesIsNoWrongAnswer() throws Exception {
        List<Candidate> all = new NumberQuestions().propose(InventedArticles.facts("Photo prices\n\nParents said the basic pack "
                + "cost 34 crowns.\n\nFotheringay Portraits was quick to correct that figure: its basic pack costs 24 crowns, not 34, "
                + "and the 34-crown price is for a framed pack."));
        List<Candidate> gaps = all.stream().filter(c -> c.key().equals("24 crowns")).toList();
        assertFalse(gaps.isEmpty(), all.toString());
        assertTrue(gaps.stream().allMatch(c -> c.distractors().stream().noneMatch(w -> w.startsWith("34"))), gaps.toString());
    }

    @Test
    void aClaimToldInThePastIsNoGuessAboutTheFuture() throws Exception {
        List<Candidate> all = new AnonymousSourceQuestions().propose(InventedArticles.facts("Fees\n\nThe council's finance "
                + "director, Osric Tull, said the fee would rise to 1,190 crowns. A council officer, who asked not to be named, told "
                + "the Wexley Herald that the filters had been paid for by a grant in 2031. The opposition leader, Nell Garrow, said "
                + "the rise was a tax on grief. Funeral director Agnes Pym said families were already paying more."));
        List<Candidate> why = all.stream().filter(c -> c.prompt().contains("careful reader")).toList();
        assertFalse(why.isEmpty(), all.toString());
        assertTrue(why.stream().allMatch(c -> !c.distractors().contains("It is only a guess about the future")), why.toString());
    }

    @Test
    void thatSumIsNoChoice() {
        assertTrue(Readable.choiceProblem("That sum did not include a new sea wall along the river").isPresent());
    }

    @Test
    void anEstimatePushedBackAgainstIsAskedAsAnEstimate() throws Exception {
        List<Candidate> all = new DenialQuestions().propose(InventedArticles.facts("Tram stop\n\nThe Kelby Road stop will close for "
                + "ten months from June, Brockwell Tramways said.\n\nThe Kelby Road Traders' Association said footfall in the street "
                + "could fall by 30 percent during the closure.\n\nBrockwell Tramways pushed back against the traders' estimate, "
                + "saying footfall at another stop had fallen by about 8 percent. The council's transport committee said the stop "
                + "would reopen in 2032. Baker Ida Venn said her takings had fallen by 15 percent in 2027. Councillor Ros Hebden "
                + "said the committee would meet the operator in September."));
        assertTrue(all.stream().anyMatch(c -> c.prompt().equals("Which estimate did Brockwell Tramways deny?")
                || c.prompt().startsWith("Who denied the estimate that footfall")), all.toString());
    }
}
