package newsquiz.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import newsquiz.analysis.Attribution;
import newsquiz.analysis.SourceType;
import newsquiz.analysis.Stance;
import org.junit.jupiter.api.Test;

/**
 * Defects the eval-blind15 review found, each on invented text: a regulator's own ruling taken for a news outlet under
 * its initials, "did not accept that X" asked as "Who said that X?", pieces of a source line offered as outlets, "It was
 * not:" after a claim, "explained how" asked as "explained that how", and a question offered as a claim.
 */
class ReviewFifteenTest {
    private static Attribution attribution(String cue, Stance stance) {
        return new Attribution("The council", SourceType.ORGANIZATION, "", "The council", cue, stance, "the fee was fair", false, false,
                false, List.of(), 0, "", List.of(), List.of(0));
    }

    @Test
    void refusingToAcceptAViewIsDisputingItNotSayingIt() {
        assertEquals("disputed", Speech.pastTense(attribution("did not accept", Stance.DENY)));
        assertEquals("disputed", Speech.pastTense(attribution("would not agree", Stance.ASSERT)));
        // The analysis keeps "accept" as the cue and the "did not" as the stance.
        assertEquals("disputed", Speech.pastTense(attribution("accept", Stance.DENY)));
        assertEquals("said", Speech.pastTense(attribution("said", Stance.DENY)));
    }

    @Test
    void aRegulatorPublishingItsOwnRulingIsNoOutletOnTheWay() throws Exception {
        Facts facts = InventedArticles.facts("""
                BSC ruling on Vantor Mobile: "unlimited data" claims

                Broadband Standards Commission | Rulings | Published 3 June 2025

                Vantor Mobile said the word "unlimited" had been used in its advertising since 2019. Ms Ana Reyes, its marketing director, told the BSC that no customer had ever been cut off.

                The consumer group Fair Deal told the Daily Post that the claim was misleading. A customer, Jo Bell, told the Evening Star that her speed fell every month. Tom Rix, a reseller, told Radio Vale that sales had doubled.

                The BSC found that speeds were cut after 40GB.
                """);
        assertTrue(OwnOutlet.is(facts, "BSC"));
        assertFalse(OwnOutlet.is(facts, "Daily Post"));
        List<Candidate> asked = new RelayQuestions().propose(facts);
        assertTrue(asked.stream().noneMatch(c -> c.key().contains("BSC")), asked.toString());
    }

    @Test
    void aClaimTheNextSentenceAnswersMayBeFalseInTheArticlesOwnVoice() throws Exception {
        List<Candidate> asked = InventedArticles.questions(new AnonymousSourceQuestions(), """
                Record price at Tarnfield ram sale

                A Swaledale ram sold for 52,000 guineas at Tarnfield on Saturday, auctioneer Gareth Penn said.

                A post shared in a farmers' Facebook group, whose author is not named, said the price was the highest ever paid for the breed. It was not: the breed record, 61,000 guineas, was set at Kirkby in 2021.

                The buyer, Tom Hollis, said he had bought the ram for his flock at Keld. The seller, Jean Aitken, said she was delighted.
                """);
        assertTrue(asked.stream().filter(c -> c.fact().startsWith("anon-why"))
                .noneMatch(c -> c.distractors().contains("The article itself says it is false")), asked.toString());
    }

    @Test
    void explainingHowIsAskedWithoutThat() throws Exception {
        List<Candidate> asked = InventedArticles.questions(new AttributionQuestions(), """
                Rare warbler seen on island

                Rory Dunn, the island's ranger, said a rare warbler was photographed on Inchmore on Sunday.

                Helen Brook, secretary of the records committee, explained how a first record is judged: three rounds of votes by its ten members.

                Lucia Ferro, a birdwatcher from Spain, said she had seen the bird twice. Tom Hale, who runs the ferry, said sailings had been full all week.
                """);
        assertTrue(asked.stream().noneMatch(c -> c.prompt().contains("that how")), asked.toString());
        assertTrue(asked.stream().anyMatch(c -> c.prompt().startsWith("Who explained how a first record is judged")), asked.toString());
    }

    @Test
    void aQuestionSomeoneAskedIsNoClaimToChooseFrom() throws Exception {
        Facts facts = InventedArticles.facts("""
                Cheese output questioned

                The consortium said its members had made 41,000 wheels of cheese this year.

                "So where does a third more cheese come from? From the sky," said Giulio Pedro, who farms at Valle.

                Marta Zan, the dairy's owner, said the certificate was on the wall of the dairy. The regional paper said the consortium had suspended the dairy's licence.
                """);
        List<String> wrong = Distractors.claims(facts, "The certificate was on the wall of the dairy", s -> true, 3);
        assertFalse(wrong.stream().anyMatch(w -> w.contains("where does")), wrong.toString());
    }

    @Test
    void aLongClaimIsNotCutInsideAQuotationOrBeforeThatsPoint() {
        assertEquals("The bidding between the two farms and a telephone bidder had gone up 'in jumps of a thousand, which you don't see'",
                Phrasing.wholeClauses("The bidding between the two farms and a telephone bidder had gone up 'in jumps of a thousand, "
                        + "which you don't see'", 20));
        assertEquals("Her contract had ended in August for reasons that had nothing to do with the ads or the photographs she took",
                Phrasing.wholeClauses("Her contract had ended in August for reasons that had nothing to do with the ads or the "
                        + "photographs she took", 20));
        // Outside a quotation, a long claim still loses its trailing clause.
        assertEquals("The council confirmed that the road along the harbour wall would close for repairs for six weeks",
                Phrasing.wholeClauses("The council confirmed that the road along the harbour wall would close for repairs for six weeks, "
                        + "which angered traders on the quay", 20));
    }

    @Test
    void aNumberGapShowsAQuotationFromItsOwnOpeningMark() {
        String gap = NumberQuestions.gap("The advertisement said the wool was \u201cspun, knitted and finished within sight of the sea\u201d "
                + "and stated \u201cOnly 300 jumpers a year leave the island.\u201d", "300");
        assertTrue(gap.contains("\u2018spun, knitted and finished"), gap);
        assertFalse(gap.contains("\u2018and finished"), gap);
    }

    @Test
    void whatTheArticleLeavesOpenIsNotGiven() throws Exception {
        List<Candidate> asked = InventedArticles.questions(new TrueFalseNotGivenQuestions(), """
                Pool closed after bacteria found

                Brayfield Leisure Centre closed its pool on Monday after routine tests found legionella bacteria in a shower.

                Ana Rao, the trust's director, said the showers had been drained and cleaned. The trust did not say whether the main pool would reopen before the Easter holidays.

                Tom Gale, a swimming coach, said his club had moved its sessions to Hartley.
                """);
        assertTrue(asked.stream().anyMatch(c -> c.key().equals(TrueFalseNotGivenQuestions.NOT_GIVEN)
                && c.prompt().contains("The main pool would reopen before the Easter holidays.")), asked.toString());
    }

    @Test
    void anItsWithNothingBeforeItToStandForPointsBack() {
        assertTrue(ClauseCheck.pointsBack("Not one of its jumpers had crossed the Sound before it was finished"));
        assertTrue(ClauseCheck.pointsBack("Many of its members had asked councils for cooling units in June"));
        assertFalse(ClauseCheck.pointsBack("Quillstream is cutting 40% of its workforce"));
        assertFalse(ClauseCheck.pointsBack("No company has lost its licence this year"));
    }

    @Test
    void anOfficerIntroducedWithItsTwiceBelongsToTheBodyBeforeTheFirstIts() throws Exception {
        Facts facts = InventedArticles.facts("""
                Jam maker's "homemade" label ruled misleading

                Brackley Foods said its jam had been made in a farmhouse kitchen since 1982. In its reply to the Food Standards Board, its managing director, Ann Cole, said the company's six cooks worked by hand.

                The Food Standards Board said the jam was made in a factory. Tom Reed, a former cook, said the kitchen closed in 2019.
                """);
        assertTrue(facts.mayBeSame("Brackley Foods", "Ann Cole"), facts.speakers.toString());
        assertFalse(facts.mayBeSame("The Food Standards Board", "Ann Cole"), facts.speakers.toString());
    }

    @Test
    void aDenialStemMustNotLeanOnAnotherSentence() {
        assertTrue(DenialQuestions.clauseLeansOnContext("Who said that the remark had been about carding wool, not about jumpers?"));
        assertFalse(DenialQuestions.clauseLeansOnContext("Who denied that they had ever told their staff to lie?"));
        assertFalse(DenialQuestions.clauseLeansOnContext("Who said that no warship had left port \u201cin connection with this matter\u201d?"));
        // "never takes" is a verb, so "Who rejected the department never takes …?" is no phrase to reject.
        assertTrue(Facts.hasFiniteVerb("the department never takes bail payments by phone"));
    }

    @Test
    void aClauseAfterASemicolonWithItsOwnSubjectIsNotPartOfTheClaim() throws Exception {
        Facts facts = InventedArticles.facts("""
                Warbler record disputed

                Jo Pennant thinks the photos "look like the same bird, which is exactly the problem"; Callum Reid is less sure.

                Helen Marsh said the panel would vote in September. Gavin Shaw said the company had paid nobody.
                """);
        assertTrue(facts.statements.stream().anyMatch(s -> s.speaker().endsWith("Pennant")
                && s.claim().endsWith("exactly the problem\"")), facts.statements.toString());
    }

    @Test
    void initialsTakeTheArticleOfTheirFirstLettersName() {
        assertFalse(Descriptions.startsWithVowelSound("US state foreign broadcaster"), "a US …");
        assertTrue(Descriptions.startsWithVowelSound("FBI agent"), "an FBI …");
        assertFalse(Descriptions.startsWithVowelSound("NATO summit"), "a NATO …");
        assertTrue(Descriptions.startsWithVowelSound("independent daily"));
    }
}
