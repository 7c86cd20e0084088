package newsquiz.generate;

import static newsquiz.generate.InventedArticles.about;
import static newsquiz.generate.InventedArticles.facts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import newsquiz.analysis.SourceType;
import newsquiz.analysis.Stance;
import org.junit.jupiter.api.Test;

/**
 * Gold denials of the earlier sets that no question asked, checked on invented text: "the force" of a constabulary, an
 * abbey and a panel as bodies, a body's denial passed on to the writer, "waved that away", a "that" that is said of, and
 * questions that name their own answer or offer a message as an organisation.
 */
class ReviewThirtyTwoTest {

    @Test
    void theForceIsTheConstabularyNamedBefore() throws Exception {
        Facts facts = facts("""
                Lambs stolen from Hollin Fell farm

                Detective Sergeant Aled Morrow, who is leading the inquiry for Westmarch Constabulary, said officers had visited 20 farms.
                A post shared 3,000 times said two brothers had been arrested at the market. The force said no one had been arrested in connection with the theft.
                """);
        var denial = about(facts, "no one had been arrested");
        assertEquals("Westmarch Constabulary", denial.source());
        assertEquals(Stance.DENY, denial.stance());
    }

    @Test
    void anAbbeyAndAPanelAreBodies() throws Exception {
        Facts facts = facts("""
                Abbey manuscript not for sale, monks say

                Kelmarsh Abbey said the manuscript would stay in its library. The Heritage Export Panel said it had received no application to export it.
                """);
        for (String body : new String[] {"Kelmarsh Abbey", "Heritage Export Panel"}) {
            var source = facts.analysis.sources().stream().filter(e -> e.name().equals(body)).findFirst()
                    .orElseThrow(() -> new AssertionError(body + " not among " + facts.analysis.sources()));
            assertEquals(SourceType.ORGANIZATION, source.type(), body);
        }
    }

    @Test
    void aBodysOwnDenialIsAskedWithTheArticlesShortNameAndWithoutItsSecondClause() throws Exception {
        var asked = InventedArticles.questions(new DenialQuestions(), """
                Harbour ferry suspended

                The ferry will not run until further notice while the gearbox is replaced.

                Who decided
                Some passengers have been told that the Coastal Safety Inspectorate ordered the ferry to shut. The Inspectorate insisted that it had issued no prohibition notice on the ferry and that the decision to suspend services was ours alone.

                Our chief engineer, Tomas Reddaway, said the new gearbox would be fitted in May.
                Councillor Edith Farrant said the council's grant to the ferry "has not been cut by a single pound."
                """);
        var inspectorate = asked.stream().filter(c -> c.prompt().contains("Coastal Safety Inspectorate")).findFirst()
                .orElseThrow(() -> new AssertionError("no question on the Inspectorate's denial: " + asked));
        assertEquals("The Inspectorate had issued no prohibition notice on the ferry", inspectorate.key());
    }

    /**
     * "Some tenants have been told that the contractor has gone bust. Its managing director rejected that firmly": what he
     * rejected is hearsay no one is quoted for, not the claim said before it. Tried and taken back: reading "rejected that
     * firmly", "brushed the idea off" and "waved that away" as pointing back gave three wrong keys across the eval sets.
     */
    @Test
    void aRejectionOfHearsayIsNotGivenToTheClaimBeforeIt() throws Exception {
        var asked = InventedArticles.questions(new DenialQuestions(), """
                Lift repair at Ashby Court

                Our lift contractor has told us that the replacement motor will be delivered on 13 March and fitted on 16 March.

                Some tenants have been told that the contractor, Penlow Lifts, has gone bust and that the work will not happen until the summer. Penlow's managing director, Owen Bracegirdle, rejected that firmly. "We are not in administration, and we have 41 engineers on the road today," he told the Ashby Gazette.
                The tenants' association chair, Devika Castle, said the association would meet on 2 March.
                The council's housing officer, Kwame Holloway, said the evacuation plan had not changed.
                """);
        assertFalse(asked.stream().anyMatch(c -> (c.prompt() + c.key()).contains("delivered on 13 March") && c.key().contains("Bracegirdle")),
                asked::toString);
        assertFalse(asked.stream().anyMatch(c -> c.prompt().contains("firmly")), asked::toString);
    }

    @Test
    void noQuestionNamesThePersonWhoIsItsAnswer() throws Exception {
        var asked = InventedArticles.questions(new DenialQuestions(), """
                Bridal shop closes owing brides their dresses

                A former employee, who asked not to be named, told me that Ms Varley had registered a new company in September and planned to reopen under another name.
                Marisa Varley denied that claim. She said the company was "a dormant shell with no customers."
                The administrator, Hartley Recovery, said the stock had not been sold.
                Brides' group founder Jolene Abernathy said 41 brides were owed dresses.
                """);
        for (Candidate c : asked) {
            assertFalse(c.key().equals("Marisa Varley") && c.prompt().contains("Varley"), c.prompt());
        }
    }

    @Test
    void aMessageIsNoOrganisation() throws Exception {
        var asked = InventedArticles.questions(new DenialQuestions(), """
                Factory canteen is staying open

                A message going round a shop-floor group chat said the canteen shuts in May. Drayton Catering, which runs it, wrote to me that its contract "runs to March 2028, and nobody has asked us to end it early."
                Pennyworth Capital told the trade paper Furniture Weekly that it "has made no offer for the company and is not preparing one."
                The Bramfield Telegraph reported that Pennyworth had been "circling" the business.
                """);
        for (Candidate c : asked) {
            if (c.prompt().startsWith("Which organisation")) {
                assertFalse(c.distractors().stream().anyMatch(d -> d.contains("message")), c.toString());
            }
        }
    }

    @Test
    void thatStraightBeforeItsVerbIsWhatWasSaidOf() throws Exception {
        Facts facts = facts("""
                Car seat recall

                Campaigners accused the retailer of selling the seat after the recall. A spokeswoman for the retailer said that was "categorically untrue" and that all stock had been taken off shelves.
                """);
        Statement denial = facts.statements.stream().filter(s -> s.attribution().content().contains("categorically")).findFirst().orElseThrow();
        assertTrue(denial.claim().startsWith("That was"), denial.claim());
    }

    @Test
    void anItsWhoseThingIsNamedBeforeItNeedsNoOrganisationAsAnswer() throws Exception {
        var asked = InventedArticles.questions(new DenialQuestions(), """
                Tapestry row at Harlow Gallery

                Posts on an art forum claimed the gallery had quietly removed the tapestry from its insurance schedule.
                That claim is false: the insurer, Brendle Fine Art, confirmed the piece remained covered at its full value.
                An art historian, Dr Nell Oduya, said the tapestry was older than the label says.
                The gallery's director, Simon Ashe, said visitor numbers had risen by 40 per cent.
                """);
        assertTrue(asked.stream().anyMatch(c -> c.prompt().equals("Who confirmed that the piece remained covered at its full value?")
                && c.key().equals("Brendle Fine Art")), asked::toString);
        assertTrue(Readable.itsFollowsAThing("Who said that the piece remained covered at its full value?"));
        assertFalse(Readable.itsFollowsAThing("Who said that its operatives had never been told to paint over mould?"));
    }

    @Test
    void oneVoicesWordsAreNeverOfferedToAGroup() throws Exception {
        var asked = InventedArticles.questions(new DenialQuestions(), """
                Snooker player denies losing a frame on purpose

                Two people who work in the betting trade told the Cue Gazette that several bets had been placed from new accounts.
                "I have never thrown a frame in my life, and I never would," Ross Tamberlane said.
                His opponent, Dev Mallory, said he had noticed nothing odd.
                The researcher Dr Ines Falk said the betting pattern was not proof of anything on its own.
                """);
        var whose = asked.stream().filter(c -> c.prompt().startsWith("Whose denial is this")).findFirst()
                .orElseThrow(() -> new AssertionError("no question on the quoted denial: " + asked));
        assertFalse(whose.distractors().stream().anyMatch(d -> d.startsWith("Two people")), whose.toString());
        var wrong = new java.util.ArrayList<>(java.util.List.of("Two people who work in the betting trade", "Dev Mallory"));
        Distractors.keepSingleVoices(wrong, "We have never thrown a frame");
        assertEquals(2, wrong.size(), "words of a group may come from a group");
    }

    /** "the rumour" after hearsay no one is quoted for is that hearsay, not the delivery date said the sentence before it. */
    @Test
    void aRumourDismissedIsNotTheClaimBeforeTheHearsay() throws Exception {
        var asked = InventedArticles.questions(new DenialQuestions(), """
                Lift repair at Ashby Court

                Our lift contractor has told us that the replacement motor will be delivered on 13 March and fitted on 16 March.

                Some tenants have heard that the contractor, Penlow Lifts, has gone bust and that the work will not happen until the summer. Penlow's managing director, Owen Bracegirdle, dismissed the rumour as "nonsense".
                The tenants' association chair, Devika Castle, said the association would meet on 2 March.
                The council's housing officer, Kwame Holloway, said the evacuation plan had not changed.
                """);
        assertFalse(asked.stream().anyMatch(c -> (c.prompt() + " " + c.key()).contains("13 March")), asked::toString);
        assertTrue(asked.stream().anyMatch(c -> c.key().equals("Owen Bracegirdle")), asked::toString);
    }

    /** Reviewers: "why treat this claim with care?" should say the claim is disputed, not only that its source is unnamed. */
    @Test
    void anUnnamedClaimDisputedSoonAfterSaysSoInItsExplanation() throws Exception {
        var asked = InventedArticles.questions(new AnonymousSourceQuestions(), """
                Heat network outage

                A resident who asked not to be named told the Ferndale Post that the back-up boiler had been switched off weeks earlier to save gas.
                "The back-up boiler was not switched off," the operations director, Thaddeus Obi, said.
                The council's energy officer, Mara Lind, said repairs would take two weeks.
                """);
        var why = asked.stream().filter(c -> c.prompt().contains("Why should a careful reader")).findFirst()
                .orElseThrow(() -> new AssertionError("no 'why' question: " + asked));
        assertTrue(why.explanation().contains("It is also disputed:") && why.explanation().contains("was not switched off"),
                why.explanation());
    }
}
