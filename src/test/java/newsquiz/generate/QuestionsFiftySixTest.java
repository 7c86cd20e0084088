package newsquiz.generate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the reviews of eval-blind68 and 69 showed at stop 56, in invented text. Each test gives one rule:
 * <ul>
 * <li>"Who denied the idea that the service was being wound up?" offers nobody who denied the same thing just before
 * (review69 tarnshire q06, a wrong key).</li>
 * <li>"building could start in ____": a year a modal looks ahead to has wrong answers after every year named before it
 * (review68 gorsebeck q15).</li>
 * <li>"The group also feared …", "expected to receive one by the summer", "would be looked at by its standards committee":
 * each leans on a sentence the choice does not bring (review68 kettlecombe q05, gorsebeck q10, kestrelmoor q07; review69
 * polgarrick q05).</li>
 * <li>"According to Yusra Quinton, she would hold a meeting in each of them": a true-or-false statement whose "them" the
 * statement does not name (review69 tarnshire q11).</li>
 * <li>"disowned his figure" after a body's own figure: "his" is a person's, so the body's claim is no key (review68
 * kestrelmoor, three wrong keys before the stop was out).</li>
 * <li>"said the claim that the light would go dark in winter did not stand up": the claim is asked without the verdict.</li>
 * <li>"who has been a member for ____ years": no wrong answer longer than a working life (review68 gorsebeck q19).</li>
 * <li>"The railway said … said its commercial director, NAME": she speaks for the railway, whatever the analysis
 * typed it as, so she is no wrong answer to what the railway said (review71 wendlow q01, q13; written after eval-blind71
 * was measured and reviewed).</li>
 * </ul>
 */
class QuestionsFiftySixTest {

    @Test
    void whoDeniedOffersNoOneWhoDeniedItJustBefore() throws Exception {
        List<Candidate> all = new DenialQuestions().propose(InventedArticles.facts("Library van\n\nBrisco County Council will "
                + "cut the number of villages its mobile library visits from 31 to 19 from July 4.\n\nThe campaign group Brisco "
                + "Readers on Wheels said the cut was the first step towards scrapping the service altogether next year. Its chair, "
                + "Pietro Wadlow, said the 12 stops had been picked for political reasons.\n\nThe cabinet member for libraries, "
                + "Councillor Yusra Quinton, was adamant that the van would still be running in 2035. \"We are not winding this "
                + "service down,\" she said, \"and one good van on the road is how we keep it going.\"\n\nVorley Coachworks, the "
                + "firm building a new van, moved to scotch the idea that the service was being wound up, saying the new vehicle "
                + "had been ordered in April.\n\nA driver, Merrick Osgood, said the van had broken down twice in May."));
        List<Candidate> who = all.stream().filter(c -> c.key().equals("Vorley Coachworks") && c.prompt().contains("wound up")).toList();
        assertFalse(who.isEmpty(), all.toString());
        assertTrue(who.stream().allMatch(c -> c.distractors().stream().noneMatch(w -> w.contains("Quinton"))), who.toString());
    }

    @Test
    void aYearAModalLooksAheadToHasWrongAnswersAfterIt() throws Exception {
        List<Candidate> all = new NumberQuestions().propose(InventedArticles.facts("Golf land\n\nThe club's membership has "
                + "fallen every year since 2029, and the fee rose in 2031.\n\nThe builder's land director, Iselda Jowett, said the "
                + "firm planned about 240 homes on the site. She added that building could start in 2036 if permission was "
                + "granted."));
        List<Candidate> years = all.stream().filter(c -> c.key().equals("2036")).toList();
        assertFalse(years.isEmpty(), all.toString());
        assertTrue(years.stream().allMatch(c -> c.distractors().stream().allMatch(w -> Integer.parseInt(w) > 2031)), years.toString());
    }

    @Test
    void theGroupAlsoLeansOnTheSentenceBefore() {
        assertTrue(Readable.choiceProblem("The group also feared that the light itself would be switched off in winter").isPresent());
        // "The group" opening a claim with nothing to say "also" is still read as the one group the quiz names.
        assertFalse(Readable.choiceProblem("The group was not looking at any cider business in this country").isPresent());
    }

    @Test
    void oneReceivedLeansOnTheSentenceBefore() {
        assertTrue(Readable.choiceProblem("The borough council expected to receive one by the summer").isPresent());
    }

    @Test
    void aPassivesItsLeansOnTheSentenceBefore() {
        assertTrue(Readable.choiceProblem("The complaint would be looked at by its standards committee, which meets in June").isPresent());
        assertTrue(Readable.choiceProblem("The extra cost had been met from its events reserve").isPresent());
    }

    @Test
    void aStatementsThemLeansOnTheSentenceBefore() {
        assertTrue(Readable.stemProblem("Is the following statement true, false, or not given in the article? According to Yusra "
                + "Quinton, she would hold a meeting in each of them.").isPresent());
        assertFalse(Readable.stemProblem("Is the following statement true, false, or not given in the article? According to the "
                + "vets, the dogs had bitten them.").isPresent());
    }

    private static final String DONKEYS = "Donkey grant\n\nThe sanctuary has been drawn into a row after a county councillor, "
            + "Jeronimo Aldbrough, told a council meeting that it had been paid 250,000 crowns from a fund meant for livestock "
            + "farmers.\n\nThe Rural Grants Office said its register showed one payment to the sanctuary, of 42,000 crowns, made in "
            + "June 2032 under the hedgerow scheme.\n\nAldbrough's own group on the council, the Fernhallow Independents, disowned "
            + "his figure, saying its members had checked the register and found only the hedgerow payment.\n\nThe Ivelhurst "
            + "Lighthouse Authority said the claim that the sanctuary would close in winter did not stand up, because the land "
            + "was leased until 2040.";

    @Test
    void hisFigureIsNoBodysClaim() throws Exception {
        List<Candidate> all = new DenialQuestions().propose(InventedArticles.facts(DONKEYS));
        assertTrue(all.stream().noneMatch(c -> (c.prompt() + " " + c.key()).contains("Fernhallow")
                && (c.prompt() + " " + c.key() + c.distractors()).contains("register showed")), all.toString());
        assertTrue(all.stream().noneMatch(c -> c.key().equals("The Rural Grants Office") && c.prompt().contains("Fernhallow")),
                all.toString());
    }

    @Test
    void aClaimThatDidNotStandUpIsAskedWithoutTheVerdict() throws Exception {
        List<Candidate> all = new DenialQuestions().propose(InventedArticles.facts(DONKEYS));
        assertTrue(all.stream().noneMatch(c -> (c.prompt() + " " + c.key()).contains("stand up")), all.toString());
        assertTrue(all.stream().anyMatch(c -> (c.prompt() + " " + c.key()).contains("would close in winter")), all.toString());
    }

    @Test
    void aMembershipHasNoWrongAnswerLongerThanALife() throws Exception {
        List<Candidate> all = new NumberQuestions().propose(InventedArticles.facts("Golf vote\n\nJolanta Bamforth, who has been "
                + "a member for 46 years and voted against the sale, said the club had been sold cheaply."));
        List<Candidate> span = all.stream().filter(c -> c.key().equals("46")).toList();
        assertFalse(span.isEmpty(), all.toString());
        assertTrue(span.stream().allMatch(c -> c.distractors().stream().allMatch(w -> Integer.parseInt(w) <= 70)), span.toString());
    }

    @Test
    void anOfficerOfABodyJustHeardIsNoWrongAnswerToIt() throws Exception {
        Facts facts = InventedArticles.facts("Fares\n\nAn adult return ticket on the Kessel Valley Railway will cost 26 crowns "
                + "from April 1, up from 18 crowns, the heritage line announced on Monday.\n\nThe railway said the rise was needed "
                + "because the price of steam coal had more than doubled since 2029. \"Nobody likes putting fares up,\" said its "
                + "commercial director, Valery Ushworth, \"but coal has gone from 310 crowns a tonne to 640 in two years.\"\n\nThe "
                + "Kessel Valley Railway Supporters' Club, which has about 1,100 members, said the rise would drive away a third of "
                + "the line's passengers. \"A family of four will now pay 88 crowns,\" said the club's chair, Wolter Yewdale.");
        List<Candidate> all = new AttributionQuestions().propose(facts);
        // Neither the railway offered beside its director, nor the railway's own claim as what she did not say.
        assertTrue(all.stream().noneMatch(c -> c.key().contains("Ushworth") && c.distractors().stream().anyMatch(w -> w.contains("Railway"))),
                all.toString());
        assertTrue(all.stream().noneMatch(c -> c.prompt().contains("Ushworth say") && c.distractors().stream()
                .anyMatch(w -> w.contains("steam coal"))), all.toString());
        assertTrue(all.stream().anyMatch(c -> c.prompt().contains("Ushworth say")), all.toString());
    }
}
