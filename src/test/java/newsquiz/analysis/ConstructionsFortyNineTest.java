package newsquiz.analysis;

import static newsquiz.analysis.InventedText.analyze;
import static newsquiz.analysis.InventedText.saying;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import newsquiz.article.Article;
import newsquiz.testing.Models;
import org.junit.jupiter.api.Test;

/**
 * The constructions eval-blind54 and its review showed at stop 49, in invented text: engineers who found crumbling
 * concrete on a floor report no finding, as inspectors who found corroded plates do not; "Eldenholme Patients' Voice"
 * is one name across its plural possessive, whatever the word after it; "Nobody … has had a harder winter than our
 * crews" boasts by comparison and denies nothing; an owners' group is not "the firm"; "Rossby Broadband Now" is one name,
 * "Now" and all; and neither "Thousands" opening the lede nor the district "in rural Rossby" is the company that said it. "challenged the figure, saying …" denies, and a quote after "was blunt." joins a denial
 * in the sentence just before it. What a body's spokeswoman says is the body's account, not talk that the next
 * speaker's words answer. "It cannot be: …" is the article's own verdict on the claim before it.
 */
class ConstructionsFortyNineTest {

    @Test
    void engineersWhoFoundCrumblingConcreteReportNoFinding() throws Exception {
        var all = analyze("The trust said the car park needs about 2.4 million crowns of repairs, after engineers found crumbling "
                + "concrete on its top two floors in the autumn of 2030.");
        assertEquals(1, all.size(), all.toString());
        assertTrue(all.stream().noneMatch(a -> a.source().equalsIgnoreCase("engineers")), all.toString());
    }

    @Test
    void aPluralPossessiveIsInsideTheName() throws Exception {
        var all = analyze("The patients' group Tolworth Patients' Voice said the trust made a profit of 3 million crowns a year.");
        assertEquals("Tolworth Patients' Voice", saying(all, "3 million").source());
    }

    @Test
    void aBoastByComparisonIsNoDenial() throws Exception {
        var all = analyze("\"Nobody in this borough has had a harder winter than our crews,\" said the firm's managing director, Dan Hembry. "
                + "\"No image in that paper was copied to make a result look better than it was,\" said Ann Cole.");
        assertEquals(Stance.ASSERT, saying(all, "harder winter").stance());
        assertEquals(Stance.DENY, saying(all, "No image").stance());
    }

    @Test
    void anOwnersGroupIsNoFirm() throws Exception {
        var all = analyze("The council hired the enforcement firm Vexmoor Patrols in April 2031. The owners' group Mossby Paws said the "
                + "wardens were paid a bonus for every fine they issued. The firm said the suggestion was false, and that its wardens "
                + "were paid a fixed hourly wage.");
        assertEquals("Vexmoor Patrols", saying(all, "hourly wage").source());
    }

    @Test
    void nowEndingACampaignsNameIsPartOfIt() throws Exception {
        var all = analyze("The campaign group Rossby Broadband Now said only 900 homes had been connected so far.");
        assertEquals("Rossby Broadband Now", saying(all, "900 homes").source());
    }

    @Test
    void thousandsOfHomesInARuralDistrictAreNoSource() throws Exception {
        var all = analyze("Thousands of homes in rural Rossby will wait until the middle of 2034 for full-fibre broadband, the company "
                + "building the network said on Friday. Tarn Fibre said the delay had been caused by a shortage of engineers.");
        String source = saying(all, "middle of 2034").source();
        assertTrue(!source.equals("Thousands") && !source.equals("Rossby"), source);
    }

    @Test
    void aFigureChallengedWithAReasonIsDeniedAndABluntQuoteAfterJoinsIt() throws Exception {
        var all = analyze("The Night Safety Group said burglaries in Pottley had risen by 40 percent during a trial switch-off. Wyvern "
                + "Police challenged the figure, saying recorded burglaries in Pottley had fallen from 61 to 57 during the trial year. "
                + "The council's highways director, Val Quest, was blunt. \"Crime in Pottley went down while the lights were off. We "
                + "have published every number from the trial,\" she said.");
        assertEquals(Stance.DENY, saying(all, "61 to 57").stance());
        assertEquals(Stance.DENY, saying(all, "went down").stance());
    }

    @Test
    void aChallengeToDoSomethingIsNoDenial() throws Exception {
        var all = analyze("The mayor challenged the council to publish its figures, saying residents had a right to see them.");
        assertTrue(all.stream().noneMatch(a -> a.stance() == Stance.DENY), all.toString());
    }

    @Test
    void bluntWithNoDenialJustBeforeIsNoDenial() throws Exception {
        var all = analyze("The group said the pool would reopen in May. The weather was bad all week. The manager, Val Quest, was blunt. "
                + "\"Crime went down while the lights were off,\" she said.");
        assertEquals(Stance.ASSERT, saying(all, "went down").stance());
    }

    @Test
    void aBodysSpokeswomanGivesNoTalkForTheNextSpeakerToAnswer() throws Exception {
        var all = analyze("The Ministry for Connectivity backed the firm's count. \"Our own records show 2,350 homes connected by the end "
                + "of March,\" a spokeswoman for the ministry said. The campaign's chair, Val Mabb, said the homes still waiting were "
                + "\"the ones that always come last\".");
        assertTrue(saying(all, "always come last").stance() != Stance.DENY, all.toString());
    }

    @Test
    void itCannotBeLabelsTheClaimBeforeIt() throws Exception {
        Article article = Models.reader().parse("test.txt", "Headline for the test\n\nA post in the village chat "
                + "group Hall Friends claimed that the hall would be sold to a developer if the target was missed. It cannot be: the "
                + "hall is held in trust for the village under a deed of 1921.", Article.Format.TEXT);
        var labels = Models.analyzer().analyze(article).labels();
        assertEquals(1, labels.size(), labels.toString());
        assertTrue(labels.get(0).claim().contains("sold to a developer"), labels.get(0).claim());
    }
}
