package newsquiz.generate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Defects found in the eval-blind24 review and while tuning on that set, each on invented text. */
class ReviewTwentyFourTest {
    @Test
    void theDenierIsHerOwnPronounInTheChoiceNotHerNameAgain() throws Exception {
        // review24 VEI q03: "What did Marisol Thackwray deny? — That Marisol Thackwray had taken deposits …"; SAL q01 "That a
        // neighbouring shellfish company's boats …"; PIP q01 "That the cider is in talks to sell itself …".
        var asked = InventedArticles.questions(new DenialQuestions(), """
                Florist closes

                The owner, Harriet Colquhoun, denied that she had taken orders after she knew the shop would close.

                A rival bakery has rejected claims that its vans blocked the lane on the night of the fire.

                A former assistant, who asked not to be named, said the shop had owed rent since the spring.

                Parents said the school had been told nothing about the closure.
                """);
        assertTrue(asked.stream().anyMatch(c -> c.prompt().startsWith("What did Harriet Colquhoun deny")
                && c.key().equals("That she had taken orders after she knew the shop would close")), asked.toString());
        assertTrue(asked.stream().anyMatch(c -> c.prompt().contains("did a rival bakery reject")
                && c.key().startsWith("That its vans blocked the lane")), asked.toString());
    }

    @Test
    void aClaimTheDeniersOwnChiefExecutiveDeniedIsNoWrongAnswer() throws Exception {
        // review24 PIP q01: "Which report did Pippinstall Cider reject?" offered the price its chief executive denied a
        // paragraph later ("there is no price"), so two answers were right.
        var asked = InventedArticles.questions(new DenialQuestions(), """
                Brewer sale talk

                Harlowe Brewery has rejected a report that it is in talks to sell itself to the drinks group Vantor for about £90 million.

                The Weekly Ledger reported on Tuesday that the two companies had agreed a price "in principle".

                "There are no talks, and there is no price," said Petra Quennell, the company's chief executive, on Wednesday.

                A post on a drinkers' forum claimed that the brewery would close its taproom in the spring.

                A local landlord, Dennis Arbour, said he had heard that the brewery was short of cash.
                """);
        var which = asked.stream().filter(c -> c.prompt().startsWith("Which report did Harlowe Brewery reject")).toList();
        assertFalse(which.isEmpty(), asked.toString());
        assertTrue(which.stream().allMatch(c -> c.distractors().stream().noneMatch(d -> d.contains("agreed a price"))), which.toString());
    }

    @Test
    void aPartnerOfTheLiquidatorsIsNoWrongAnswerBesideTheFirm() throws Exception {
        // review24 VEI q07: "Who said that the stock had not been sold? — Hartsmere Recovery" offered Ignatius Broadbent, "the
        // partner handling the case" at those same liquidators.
        var facts = InventedArticles.facts("""
                Bridal shop

                The liquidators, Fenwick Recovery, said the stock had not been sold and was held in a locked unit.

                Ambrose Tilney, the partner handling the case, said 41 dresses had already been matched to their orders.

                A bride, Jolene Marsh, said she was still waiting for her dress.
                """);
        assertTrue(facts.mayBeSame("Ambrose Tilney", "Fenwick Recovery"));
        assertFalse(facts.mayBeSame("Jolene Marsh", "Fenwick Recovery"));
    }

    @Test
    void aFigureAfterSheSaidIsAskedWithoutHer() throws Exception {
        // "She said Vellora was holding 22 finished gowns …": "she" is named in another sentence, so the figure went unasked
        // though her words stand on their own (eval-blind24 VEI, a quiz short of questions).
        var asked = InventedArticles.questions(new NumberQuestions(), """
                Gown maker

                The designer's founder, Beatrix Holm, spoke to the trade press on Monday.

                She said the studio was holding 22 finished gowns ordered through the shop and would sell them at cost.
                """);
        assertTrue(asked.stream().anyMatch(c -> c.key().equals("22")
                && c.prompt().contains("\u2026 the studio was holding ____ finished gowns")), asked.toString());
    }

    @Test
    void thatIsNotSoLabelsTheClaimBeforeItFalse() throws Exception {
        // eval-blind24 LAR: "A message … said that shareholders would lose their shares if the rink closed for more than a
        // month. That is not so: …" went unasked; "for more than a month" was read as a span cut from its "ago".
        var asked = InventedArticles.questions(new LabelledFalseQuestions(), """
                Pool letter

                A post on a village forum claimed that a councillor had been paid by the builder.

                A message passed round at the gala said that members would lose their passes if the pool closed for more than a month.

                That is not so: your passes are not affected by any closure.

                The treasurer, Annelise Ford, said the pool had borrowed £20,000 from the bank in 2019 to mend the roof.

                The lifeguard, Tom Brill, said the water had been tested every morning since the spring.
                """);
        assertTrue(asked.stream().anyMatch(c -> c.key().equals("Members would lose their passes if the pool closed for more than a month")),
                asked.toString());
        assertTrue(Readable.choiceProblem("Members would lose their passes if the pool closed for more than a month").isEmpty());
    }

    @Test
    void aGapWindowKeepsTheNounBeforeOf() throws Exception {
        // review24 SAL q15: "… oysters in the region to rise by as much as ____" dropped "the price of native", so the oysters
        // rose, not their price.
        String shown = NumberQuestions.gap("She expected the price of native oysters in the region to rise by as much as 10% before Christmas.", "10%");
        assertTrue(shown.startsWith("\u2026 the price of native oysters in the region"), shown);
    }

    @Test
    void aChoiceWhoseObjectLiesInAnotherSentenceIsNotOffered() throws Exception {
        // review24 THI q13/q14 "The Council failed to consult it on the application", SAL q11 "… quoted £9,000 for one last year".
        assertTrue(Readable.choiceProblem("The Council failed to consult it on the application").isPresent());
        assertTrue(Readable.choiceProblem("Rhiannon Venables had been quoted £9,000 for one last year").isPresent());
        assertTrue(Readable.choiceProblem("The council told it to close the gate at night").isEmpty());
        assertTrue(Readable.choiceProblem("The harbour had one of the busiest summers on record").isEmpty());
    }

    @Test
    void noGapInTheArticlesOwnCorrection() throws Exception {
        // review24 THI q10: "… the site is outside the Green Belt, whose boundary is ____ kilometres" answered "Which claim does
        // the article itself say is incorrect?"
        var asked = InventedArticles.questions(new NumberQuestions(), """
                Kennels appeal

                One representation says that the site lies within the Green Belt.

                That is incorrect: the site is outside the Green Belt, whose boundary is 1.2 kilometres to the north.

                The nearest house is 180 metres from the kennel building.
                """);
        assertTrue(asked.stream().noneMatch(c -> c.key().equals("1.2")), asked.toString());
        assertTrue(asked.stream().anyMatch(c -> c.key().equals("180")), asked.toString());
    }
}
