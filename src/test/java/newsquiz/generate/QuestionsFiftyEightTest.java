package newsquiz.generate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What eval-blind72 to 75 and their reviews showed at stop 58, on invented names (the first and third tests keep the shape
 * of the articles that showed the fault, which shorter texts did not reproduce):
 * <ul>
 * <li>"Vellmark Reed protested that every bundle it sold was cut from beds left to grow for two winters", after a survey's claim
 * about imported reed and, before that, a chair's plan to test reed: the "reed" of the importer's name does not make the plan
 * a claim about the importer, and with the survey's claim about it later, the plan is no key for "Which claim did Vellmark
 * Reed deny?" (a wrong key at eval-blind73's thatchers article, which the stop's new "protested" cue brought out).</li>
 * <li>"Councillor X said only a handful of pupils used the crossing. The head teacher, Y, said he had got hold of the wrong
 * end of the stick: …": the "he" found wanting is the other person just heard, so the claim denied is X's; and "used" is a
 * verb, so that claim stands as a sentence.</li>
 * <li>"said that was simply not so: the auditor had not been asked about the purchase": the auditor named in the reason after
 * the colon is no claimant; the claim denied is the unnamed officer's just before (review74 gadlow q01, a wrong key).</li>
 * </ul>
 */
class QuestionsFiftyEightTest {

    @Test
    void anOlderClaimIsNoKeyWhenALaterOneIsAboutTheDenierToo() throws Exception {
        List<Candidate> all = new DenialQuestions().propose(InventedArticles.facts("Reed\n\n"
                + "Roofs thatched with imported water reed over the past decade are wearing out in as little as 15 "
                + "years, less than half the life of a roof laid with home-grown reed, according to a survey published "
                + "on Monday by the Orrin Thatchers' Guild.\n\n"
                + "The guild, which has about 310 members, said thatchers had found early failures on 340 roofs since "
                + "2027, and that owners faced bills of up to 30,000 crowns to have them stripped and laid again. It "
                + "said importers should be made to label every bundle with the place and the year it was cut.\n\n"
                + "\"A good roof should see out a mortgage. Some of these will not see out a sheepdog,\" said the "
                + "guild's president, Ivo Wade.\n\n"
                + "Home-grown reed has been scarce since 2026, because two dry summers shrank many of the country's "
                + "reed beds, and thatchers now buy about three-quarters of their reed from abroad.\n\n"
                + "The Reed Importers' Association, whose eight member firms bring in most of that reed, said the "
                + "guild's numbers did not add up: only 61 of the 340 roofs in the survey had been seen by an "
                + "inspector. The rest, it said, had been reported by thatchers over the telephone.\n\n"
                + "\"Nobody is saying every roof out there is perfect,\" said its chair, Ada Vallin, \"but you cannot "
                + "blame the reed for a roof that was laid too thin or pitched too shallow.\"\n\n"
                + "Vallin told the radio programme Farm Hour that the association would pay for independent tests on "
                + "reed from each of its members' suppliers this summer.\n\n"
                + "The survey also said much of the imported reed was cut after a single season's growth, leaving stems "
                + "too thin to shed water. Vellmark Reed, the largest importer, protested that every bundle it sold was "
                + "cut from beds left to grow for at least two winters."));
        assertTrue(all.stream().noneMatch(c -> c.prompt().contains("Vellmark Reed deny") && c.key().contains("independent tests")),
                all.toString());
    }

    @Test
    void theOneFoundWantingIsTheOtherPersonJustHeard() throws Exception {
        List<Candidate> all = new DenialQuestions().propose(InventedArticles.facts("Crossing\n\nThe last school crossing patrol in "
                + "Orrin will be withdrawn in February, the county council said. It said the post cost 17,400 crowns a "
                + "year.\n\n"
                + "The parents' association said parents would protest at the school gate on February 3.\n\nCouncillor "
                + "Ivo Rackham, the county's highways "
                + "chief, said only a handful of pupils used the crossing. The head teacher, Ada Tavish, said he had "
                + "got hold of the "
                + "wrong end of the stick: 212 of the school's 260 pupils crossed there each morning."));
        assertTrue(all.stream().anyMatch(c -> (c.prompt() + " " + c.key()).contains("handful") && (c.prompt() + " " + c.key())
                .contains("Ada Tavish")), all.toString());
    }

    @Test
    void anAuditorNamedInTheReasonAfterTheColonIsNoClaimant() throws Exception {
        List<Candidate> all = new DenialQuestions().propose(InventedArticles.facts("Retail park\n\n"
                + "Orrin Retail Park, which Ashby City Council bought for 68 million crowns in 2027, is now worth 61 "
                + "million, according to the council's external auditor.\n\n"
                + "The council borrowed the whole price to buy the park, which has 14 large stores on the edge of the "
                + "city, in the hope that its rents would bring in more than the loan cost to repay. In its annual "
                + "letter to councillors, published on Thursday, the auditor, Ledbury Fenwick, said the council had "
                + "\"taken on a risk out of all proportion to its size\" and should not buy any more property with "
                + "borrowed money.\n\n"
                + "The auditor said the fall in value was mostly because two stores had closed in 2030 and because "
                + "shoppers were buying more online.\n\n"
                + "Councillor Ada Rusk, who leads the opposition Independent group, said the purchase had already cost "
                + "the city's taxpayers 22 million crowns.\n\n"
                + "\"This was a bet with other people's money. The people of Ashby are now paying for it,\" Rusk said.\n\n"
                + "The council's finance director, Ivo Lorne, said the opposition's figure was far from the truth: the "
                + "park had lost 7 million crowns of value on paper, and its rents still covered the loan with about "
                + "900,000 crowns a year to spare.\n\n"
                + "Lorne did not dispute that the council had bought at the top of the market. He said it would set "
                + "aside 1.2 million crowns a year for the next five years in case the park had to be sold at a loss.\n\n"
                + "Rusk also said money had been taken from the budget for council house repairs to keep up the loan "
                + "payments. The council's leader, Councillor Aled Hale, demolished that claim, saying the loan was "
                + "paid from the park's rents alone and the repairs budget had risen by 6 percent this year.\n\n"
                + "\"Every crown of that loan is paid by the people who rent the shops, not by the people who rent "
                + "council homes,\" said Hale.\n\n"
                + "A council officer, who spoke on condition of anonymity, told the Ashby Evening Post that the auditor "
                + "had warned the council against the purchase before it went ahead. The council's chief executive, Ivo "
                + "Pell, said that was simply not so: the auditor had not been asked about the purchase, and its first "
                + "comments on the park came more than a year after the purchase."));
        assertTrue(all.stream().noneMatch(c -> c.prompt().contains("Ivo Pell deny") && !c.key().contains("warned")), all.toString());
    }
}
