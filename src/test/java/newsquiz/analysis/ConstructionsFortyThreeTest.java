package newsquiz.analysis;

import static newsquiz.analysis.InventedText.analysis;
import static newsquiz.analysis.InventedText.analyze;
import static newsquiz.analysis.InventedText.saying;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The constructions eval-blind42 showed at stop 43, in invented text: a count set right in words ("was seven, not 30"),
 * a denial followed by a quote that renames the claim or shows the thing in dispute was done, and a shop named for its
 * founder ("Pellingham's") that speaks for itself, and the article's own bare "It has not: …" after a reported claim.
 */
class ConstructionsFortyThreeTest {

    @Test
    void aCountSetRightInWordsDenies() throws Exception {
        var all = analyze("The school said the number of pupils who saw a doctor was seven, not 30, and that all were back in "
                + "class.");
        assertEquals(Stance.DENY, saying(all, "was seven, not 30").stance());
    }

    @Test
    void aCountDescribedInWordsStaysAClaim() throws Exception {
        var all = analyze("A nurse said the ward had been given two beds, not four, at the start of winter.");
        assertEquals(Stance.ASSERT, saying(all, "two beds, not four").stance());
    }

    @Test
    void afterADenialTheClaimRenamedGoesOnDenying() throws Exception {
        var all = analyze("Residents say the new road floods every spring. Orlestone Highways denied that the road floods. "
                + "\"That is not the same thing as a puddle on the verge,\" said its engineer, Wilmot Farrance.");
        assertEquals(Stance.DENY, saying(all, "not the same thing as a puddle").stance());
    }

    @Test
    void afterADenialTheThingInDisputeSeenToGoesOnDenying() throws Exception {
        var all = analyze("The family says the school ignored three warnings about the wall. Orrinford Academy denies that it "
                + "was careless. Its head, Perpetua Lowick, said the school had received one warning about the wall, not three. "
                + "\"That letter was answered, the yard was shut and the wall was mended,\" she told the hearing.");
        assertEquals(Stance.DENY, saying(all, "That letter was answered").stance());
    }

    @Test
    void aShopNamedForItsFounderSpeaksUnderItsWholeName() throws Exception {
        var all = analyze("Campaigners say the bakery chain Pellingham's knew about the mould in May. Pellingham's rejected the "
                + "campaigners' claim, saying it had cleared the shelves within a day.");
        Attribution rejected = saying(all, "the campaigners' claim");
        assertEquals("Pellingham's", rejected.source());
        assertEquals(Stance.DENY, rejected.stance());
    }

    @Test
    void theArticlesBareNegationAfterAClaimLabelsItFalse() throws Exception {
        Analysis a = analysis("Posts on a parents' forum claimed that the school had cancelled the summer fair. It has not: the fair "
                + "goes ahead on 14 June, the head teacher said.");
        assertTrue(a.labels().stream().anyMatch(l -> l.claim().contains("cancelled the summer fair")), a.labels().toString());
    }

    @Test
    void aBareNegationAnsweringAQuestionLabelsNothing() throws Exception {
        Analysis a = analysis("Did the council ask residents first? It did not: the plan was drawn up in private, campaigners said.");
        assertTrue(a.labels().isEmpty(), a.labels().toString());
    }

    @Test
    void couldInAPurposeClauseIsNoHedge() throws Exception {
        var all = analyze("She also told the court that drivers had been told to skip checks so that they could start work early.");
        assertTrue(saying(all, "skip checks").hedges().isEmpty(), saying(all, "skip checks").hedges().toString());
    }

    @Test
    void saidToWhomAfterAQuotationLeavesTheQuotationAsWhatWasSaid() throws Exception {
        var all = analyze("The mayor, Ottilie Brangwyn, spoke on Monday. \"Nobody lost a penny,\" she said to reporters. \"We "
                + "kept every promise,\" Brangwyn said to loud applause.");
        assertEquals("Ottilie Brangwyn", saying(all, "Nobody lost a penny").source());
        assertEquals("Ottilie Brangwyn", saying(all, "We kept every promise").source());
        assertTrue(all.stream().noneMatch(a -> a.content().startsWith("to ")), all.toString());
    }

    @Test
    void aRouteThatAddsAboutAnAmountSaysNothing() throws Exception {
        var all = analyze("Drivers are asked to use the inland route, which adds about 40 minutes. The minister, Ada Ross, said "
                + "the plant would close. She added about 40 jobs would go.");
        assertTrue(all.stream().noneMatch(a -> a.content().startsWith("about 40 minutes")), all.toString());
        assertEquals("Ada Ross", saying(all, "about 40 jobs would go").source());
    }

    @Test
    void theClubIsTheSportsClubJustNamedNotATrustWithItsWordInside() throws Exception {
        var all = analyze("Harwick Rovers Supporters' Trust says fans are angry. Brackley Athletic's chairman, Ivo Penn, has "
                + "refused to sell the striker. Brackley denied that any fee had been agreed. The club said the only offer it had received was 6 million "
                + "crowns.");
        assertEquals("Brackley Athletic", saying(all, "the only offer it had received").source());
    }

    @Test
    void aBodyTheArticleCallsANetworkIsAnOrganisation() throws Exception {
        // "Fireball Watch, a volunteer network …": the description's noun says what kind of source it is.
        Analysis a = analysis(java.nio.file.Files.readString(
                java.nio.file.Path.of("src/test/resources/eval-blind14/heddon-moor-meteorite-slag-explainer.txt")));
        assertTrue(a.sources().stream().anyMatch(e -> e.name().equals("Fireball Watch") && e.type() == SourceType.ORGANIZATION),
                a.sources().toString());
    }
}
