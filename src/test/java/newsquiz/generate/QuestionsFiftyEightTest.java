package newsquiz.generate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What eval-blind72 and 73 showed at stop 58, in invented text:
 * <ul>
 * <li>"Vellmark Reed protested that every bundle it sold was cut from beds left to grow for two winters", after a survey's claim
 * about imported reed and, before that, a chair's plan to test reed: the "reed" of the importer's name does not make the plan
 * a claim about the importer, and with the survey's claim about it later, the plan is no key for "Which claim did Orrin
 * Reed deny?" (a wrong key at eval-blind73's thatchers article).</li>
 * <li>"Councillor X said only a handful of pupils used the crossing. The head teacher, Y, said he had got hold of the wrong
 * end of the stick: …": the "he" found wanting is the other person just heard, so the claim denied is X's; and "used" is a
 * verb, so that claim stands as a sentence.</li>
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
}
