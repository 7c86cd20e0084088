package newsquiz.analysis;

import static newsquiz.analysis.InventedText.analyze;
import static newsquiz.analysis.InventedText.saying;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Tuned at stop 62 on eval-blind82 and 83 after they were measured at the frozen code (fc14d20).
 * <ul>
 * <li>"A post office worker, who asked not to be named, told the Gazette that Cashlink planned to remove the machine by
 * Christmas. “That machine will be on that wall until our lease ends in 2036,” Dewhurst said": a named party answering an
 * unnamed insider's tip in the very next sentence, in words of the same thing, sets it right, however positively worded
 * (glaisby, clayhanger, scorton; and eight denials in older sets, dallowfield to varden).</li>
 * <li>Not when the answer agrees, hedges or will not comment; not when it is the second half of a sentence whose first half
 * already answered; not when it is the outlet the tip was told to, reporting what else it found.</li>
 * </ul>
 * From the teachers' reviews of eval-blind82 and 83 (their four wrong keys):
 * <ul>
 * <li>"“I have lived on this boat for eleven years, and I have never had to plan a winter like a siege,” said Dobbing": a
 * hardship new to the speaker denies nothing (caverleigh q05).</li>
 * <li>"She told Ingleford FM …" after "Apolline Boothroyd … said …. Goulding said …" went to Dalibor Goulding, and "She told
 * Hanlow FM …" to Kamau Dewhurst (clayhanger q07, glaisby q06): more first names from more languages.</li>
 * <li>"Yardy's picked holes in that account, saying …. It said the store would be glad …": a name keeping its "'s" is a
 * shop, one body that "it" can stand for, and "picked" is the clause's verb when no other follows; the "It" had gone to the
 * kitchen (riccall q12). "The council fended off the figure, saying …": a verb and its particle before an object act,
 * not a participle describing the council.</li>
 * <li>From their minor rejects: "told the Laverton Sunday Echo that …" had the outlet "Laverton" and the claim "Echo that
 * the trust planned …" (eskrigg q12): a weekday between two name words is one of them. "The bird, called Rasputin, crows
 * from about 4.30am" made the bird a source, and a figure "came from the bird" (thurlbeck q02): a name set between commas
 * after its noun names it.</li>
 * <li>More tuned on their analyses: "its first letters to residents could have been clearer: they did not say …" and "the
 * first sign in the hall had been badly worded: …" own a fault, whatever "not" the reason holds (kexbrough, riccall); "the
 * paper had got it wrong: …" is another's fault and still denies. "The first we heard of any coop was when …" denies the
 * coop was offered (thurlbeck). "five households, not one" sets right "a single household" (thurlbeck).</li>
 * <li>"… the trust had already sold the timber to Crich Timber for 200,000 crowns. [two sentences] Crich Timber … said it had
 * not settled a price with the trust": the named firm answers with a "not" a claim that named it up to three sentences
 * before, when the two speak of the same thing (eskrigg; pindlebury in eval-blind79 too). So does one that sets it
 * straight with "always", "in fact" or "actually" ("Kexby Bank said its deal with Cashlink had always been for two years",
 * glaisby), unless it is the proviso after a confirmation in the same sentence ("confirmed making the offer but said it
 * had always been “subject to testing”", eval-blind14).</li>
 * </ul>
 */
class ConstructionsSixtyTwoTest {

    @Test
    void aNamedPartyAnsweringAnUnnamedTipSetsItRight() throws Exception {
        var all = analyze("Cashlink's head of operations, Kamau Dewhurst, said the fee would start in May. A post office worker, "
                + "who asked not to be named, told the Kelby Post that Cashlink planned to remove the machine by Christmas. "
                + "\"That machine will be on that wall until our lease ends in 2036,\" Dewhurst said.");
        assertEquals(Stance.DENY, saying(all, "on that wall until our lease ends").stance(), all.toString());
    }

    @Test
    void anAnswerThatAgreesOrWillNotSayIsNoDenial() throws Exception {
        var agrees = analyze("A driver, who asked not to be named, told the Kelby Post that the depot would close in May. The "
                + "depot's manager, Ivo Rand, said the depot would close at the end of May, and that drivers would move to Tolvern.");
        assertEquals(Stance.ASSERT, saying(agrees, "drivers would move to Tolvern").stance(), agrees.toString());
        var hedges = analyze("A driver, who asked not to be named, told the Kelby Post that the depot would close in May. The "
                + "depot's manager, Ivo Rand, said the depot might move to a smaller site in Tolvern.");
        assertEquals(Stance.ASSERT, saying(hedges, "might move to a smaller site").stance(), hedges.toString());
    }

    @Test
    void anAnswerLaterThanTheNextSentenceIsNoAnswerToTheTip() throws Exception {
        var all = analyze("A driver, who asked not to be named, told the Kelby Post that the depot would close in May. Ned Ames "
                + "said drivers were worried. The depot's manager, Ivo Rand, said the depot had 40 drivers.");
        assertEquals(Stance.ASSERT, saying(all, "the depot had 40 drivers").stance(), all.toString());
    }

    @Test
    void aHardshipNewToTheSpeakerIsNoDenial() throws Exception {
        var all = analyze("Conchita Eggleton, who chairs Bilsworth Liveaboards, said about 60 boats moored above the flight would "
                + "be trapped there for the winter. Gearoid Duxbury said the count was nowhere close: the trust's own survey found "
                + "19 boats above the flight. \"I have lived on this boat for eleven years, and I have never had to plan a winter "
                + "like a siege,\" said Ledwina Dobbing, who moors below the top lock, \"but I will be stocking up on diesel in "
                + "October.\"");
        assertEquals(Stance.ASSERT, saying(all, "never had to plan a winter").stance(), all.toString());
    }

    @Test
    void moreFirstNamesRuleSpeakersOutForAPronoun() throws Exception {
        var all = analyze("Apolline Boothroyd, chief executive of the Kelby Carers' Alliance, said 300 families used the beds. "
                + "Dalibor Goulding said the charity's figure did not stack up. She told Kelby FM that the alliance would ask "
                + "councillors to vote against the change.");
        assertEquals("Apolline Boothroyd", saying(all, "the alliance would ask").source(), all.toString());
        var cash = analyze("Ayelet Gowland, who chairs the Traders' Guild, said the fee would cost shops 40,000 crowns. Kamau "
                + "Dewhurst said the guild's figure was miles out. She told Kelby FM the guild would ask for a free machine.");
        assertEquals("Ayelet Gowland", saying(cash, "ask for a free machine").source(), cash.toString());
    }

    @Test
    void aShopNamedWithItsSIsOneBodyThatAnswers() throws Exception {
        var all = analyze("Malak Roebuck, the kitchen's coordinator, said the Riccall Community Kitchen served 90 lunches a day. "
                + "Roebuck said Yardy's had begun selling its surplus bread through a phone app instead. Yardy's picked holes in "
                + "that account, saying its Riccall store had handed the kitchen a full crate every weekday until January. It "
                + "said the store would be glad to start the Monday crates again.");
        var answer = saying(all, "handed the kitchen a full crate");
        assertEquals("Yardy's", answer.source(), all.toString());
        assertEquals(Stance.DENY, answer.stance(), all.toString());
        assertEquals(SourceType.ORGANIZATION, answer.sourceType(), all.toString());
        assertEquals("Yardy's", saying(all, "glad to start the Monday crates").source(), all.toString());
    }

    @Test
    void aVerbAndItsParticleBeforeAnObjectAct() throws Exception {
        var all = analyze("Councillor Feodora Ineson said the scheme would cost about 400,000 crowns. The council fended off the "
                + "figure, saying the hangars would cost 212,000 crowns.");
        var answer = saying(all, "the hangars would cost 212,000 crowns");
        assertEquals(Stance.DENY, answer.stance(), all.toString());
    }

    @Test
    void aWeekdayBetweenNameWordsIsPartOfTheOutlet() throws Exception {
        var all = analyze("A forester, who asked not to be named, told the Laverton Sunday Echo that the trust planned to replant "
                + "the ground with conifers.");
        var tip = saying(all, "the trust planned to replant");
        assertEquals(java.util.List.of("Laverton Sunday Echo"), tip.via(), all.toString());
        assertEquals(true, tip.content().startsWith("the trust planned"), all.toString());
    }

    @Test
    void aNameBetweenCommasAfterItsNounIsNoSaying() throws Exception {
        var all = analyze("The bird, called Rasputin, crows from about 4.30am, and his owner could be fined up to 5,000 crowns. "
                + "Ned Ames, the parish clerk, called the notice heavy-handed.");
        assertEquals(true, all.stream().noneMatch(a -> a.source().toLowerCase().contains("bird")), all.toString());
    }

    @Test
    void aFaultInOnesOwnFirstDoingIsOwnedWhateverTheReasonDenies() throws Exception {
        var all = analyze("Ned Ames said residents had not been told. The city council said its first letters to residents could "
                + "have been clearer: they did not say which streets would get a hangar. The trustees said the first sign in the "
                + "hall had been badly worded: it asked for a 2-crown contribution. Ivo Rand said the scheme would cost 1.9 "
                + "million crowns. The council said the paper had got it wrong: the figure already included a reserve.");
        assertEquals(Stance.CONFIRM, saying(all, "could have been clearer").stance(), all.toString());
        assertEquals(Stance.CONFIRM, saying(all, "badly worded").stance(), all.toString());
        assertEquals(Stance.DENY, saying(all, "the paper had got it wrong").stance(), all.toString());
    }

    @Test
    void theFirstWeHeardOfItDeniesIt() throws Exception {
        var all = analyze("A neighbour, who asked not to be named, told the Kelby Post that Vigus had turned down a free coop "
                + "from the council. \"The first we heard of any coop was when somebody mentioned it at the shop,\" Vigus said.");
        assertEquals(Stance.DENY, saying(all, "The first we heard of any coop").stance(), all.toString());
    }

    @Test
    void notOneSetsRightASingleOne() throws Exception {
        var all = analyze("Vigus said the complaint came from a single household, a couple who moved in behind her in March. "
                + "The council said the notice followed complaints from five households, not one.");
        assertEquals(Stance.DENY, saying(all, "five households, not one").stance(), all.toString());
    }

    @Test
    void aNamedFirmAnswersAClaimThatNamedItAFewSentencesBefore() throws Exception {
        var all = analyze("Gormlaith Fincham said healthy trees were being felled, and that the trust had already sold the timber "
                + "to Crich Timber for 200,000 crowns. She told Healaugh FM that the Friends had counted 300 marked trees. Anatol "
                + "Duckett said every marked tree had been checked by a forester. Crich Timber said it had not settled a price "
                + "with the trust and would pay only by the tonne.");
        assertEquals(Stance.DENY, saying(all, "had not settled a price").stance(), all.toString());
    }

    @Test
    void aNamedBankSettingTheClaimStraightDeniesItButAProvisoDoesNot() throws Exception {
        var all = analyze("Councillor Jaroslav Hindmarsh said Kexby Bank had promised to pay for a free machine until 2035. Kexby "
                + "Bank said its deal with Cashlink had always been for two years.");
        assertEquals(Stance.DENY, saying(all, "had always been for two years").stance(), all.toString());
        var proviso = analyze("Ned Ames said Greel Astromaterials had offered 40,000 crowns for the stone. Greel Astromaterials "
                + "confirmed making the offer but said it had always been subject to testing.");
        assertEquals(false, saying(proviso, "subject to testing").stance() == Stance.DENY, proviso.toString());
    }
}
