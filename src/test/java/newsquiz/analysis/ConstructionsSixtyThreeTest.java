package newsquiz.analysis;

import static newsquiz.analysis.InventedText.analyze;
import static newsquiz.analysis.InventedText.saying;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Tuned at stop 63.
 * <ul>
 * <li>"The committee said its insurance had risen to 11,200. “This year the buckets would not even cover the insurance,”
 * said the committee's chair": an officer named by the kind of body just heard from ("the committee's chair") speaks for
 * it, and answers none of its claims (review82 hagworth q04; two more in eval-blind54).</li>
 * <li>"had already been sold to Wickstone Couriers. … Wickstone Couriers said …": a name ending in a trade's plural
 * ("Couriers", "Builders", "Carriers") is a firm's, not a person's (review83 rathbury q07, q12).</li>
 * <li>A body whose name says a word twice ("the Friends of the Park") stopped the whole analysis with "duplicate element:
 * the" (eval-blind85 rindlesham, at the start of the stop): its words are a set, not a Set.of.</li>
 * </ul>
 * Tuned on eval-blind84 and 85 after they were measured at the frozen code (5ebbc38):
 * <ul>
 * <li>Faults owned before a colon, whatever the idiom: "it had been behind the curve:", "he had been asleep at the wheel:",
 * "it had not covered itself in glory:", "the stylist had bungled the bleach:" (fenby, pelverton, breckley, westhide). An
 * owned fault stays an admission even when its reason's "nobody" or "not" would answer another's claim.</li>
 * <li>"An allotment holder, who asked not to be named, told Glaston Television the nest had been in the tree since April.
 * “That nest was started in July …,” Enright said": an answer pointing at the tip's own thing ("that nest") sets it right
 * (fenby).</li>
 * <li>Claims, not denials: an unnamed insider's tip to an outlet ("told Mardock Radio that league matches could not be
 * played in a cafe"), a chat message ("the salon had lost its licence and would never open again"), an instruction
 * reported ("had been asked to say nothing about the ruling online"), and an act owned with only its manner denied ("“We do
 * not close a public path lightly”") (mardock, westhide, breckley, kilverton; five more in older sets).</li>
 * <li>"She told Gorstow FM that …": an "FM" station is an outlet, the channel a claim came through (haddesley; every "FM"
 * in the older sets was a person). "Rita" is a woman's name and "Norman" a man's, so "He said …" after both is Norman
 * (rindlesham q05, a wrong key): more common English first names.</li>
 * <li>"Signs at both ends of the path now show the detour, and a map of it is on the Coastlink website": the thing shown,
 * then another clause; the signs said nothing (review84 kilverton q19, a wrong key).</li>
 * <li>"The firm said … Garside said the building had been sold to Beckhampton Homes. The firm kicked that story into touch":
 * "the firm" stays the firm that spoke as "the firm", not one named since in a claim or heard from by name a while ago; and
 * "Jenkinson's Oatcakes" is one firm's name, not Kallista Jenkinson's oatcakes (haddesley).</li>
 * <li>"… leaving it no choice but to move": what forced a step is no denial (haddesley).</li>
 * <li>"… told Hillfoot that the footbridge would never be built. “The footbridge is in the 2034 budget, and the steel for it
 * was ordered … on May 9,” said Hawksworth": the month is no hedge, and a forecast that a thing will never be done is set right
 * by the plan for it (kilverton).</li>
 * <li>"Halsall said the foundry doing the work had warned that the fountain would crack. The foundry, Denby Castings, said
 * nobody there had spoken to the group, and that its January survey found the base sound": the one a claim just named by its
 * kind answers it with a "nobody"; and its survey's finding, after "and that", is its own second claim, not a source
 * (ketterly).</li>
 * <li>"Clegg and Jaques, the estate agents Knaggs named, said it had valued nothing for the Guides": two surnames with their
 * trade in an aside after them are one firm's name, not Jaques alone (larchby).</li>
 * <li>"Unwin said Nunwick Hill would come off the gritting routes as well. The council's highways manager said the hill stays
 * on the main gritting route": what a claim says will be taken off, said to stay on, answers it (nunwick).</li>
 * <li>"Tracey Vokes said a stylist had put bleach on her hair without a patch test. The salon's owner said its record card
 * showed a patch test on Vokes's inner arm": the thing said to be missing, said to be there (westhide). "… told Mirror Signal
 * that the agency had sold the building to a burger chain. The landlord said it had let the building to a veterinary
 * practice": four words in a row that hold only one word of substance ("the building to a") are not the tip said again
 * (wickmere).</li>
 * <li>"A guide at the lighthouse, who was not cleared to talk to reporters, told Lathwaite FM …" and "A lineman reportedly
 * told Kelpwave FM …" were not read at all: more people's trades ("guide", "lineman", "librarian", "vicar", "stylist" …);
 * and "after its volunteers found bacteria" is the group's own grounds, not a source (kettlecombe, skerran, ambleth).</li>
 * </ul>
 */
class ConstructionsSixtyThreeTest {

    @Test
    void anOfficerOfTheBodyJustHeardDoesNotAnswerIt() throws Exception {
        var all = analyze("The Hagworth Bonfire Committee said its insurance for the night had risen from 3,800 crowns to 11,200. "
                + "\"This year the buckets would not even cover the insurance,\" said the committee's chair, Caoimhe Hopkinson.");
        assertEquals(Stance.ASSERT, saying(all, "buckets would not even cover").stance(), all.toString());
    }

    @Test
    void anOfficerOfAnotherBodyStillAnswers() throws Exception {
        var all = analyze("The Hagworth Bonfire Committee said the council had trebled its charge for the park. "
                + "\"The council has not raised the charge since 2027,\" said the council's parks manager, Chiamaka Lupton.");
        assertEquals(Stance.DENY, saying(all, "has not raised the charge").stance(), all.toString());
    }

    @Test
    void aNameEndingInATradesPluralIsAFirm() throws Exception {
        var all = analyze("A driver said the vans had been sold to Wickstone Couriers. Wickstone Couriers said its last vehicle "
                + "purchase was in 2029. Harrow Builders said the depot was empty.");
        assertEquals(SourceType.ORGANIZATION, saying(all, "its last vehicle purchase").sourceType(), all.toString());
        assertEquals(SourceType.ORGANIZATION, saying(all, "the depot was empty").sourceType(), all.toString());
    }

    @Test
    void aBodysNameMaySayAWordTwice() {
        assertEquals(true, AnsweredClaims.groupAndItsBody("Friends of Skipsey Park", "the Friends of the Skipsey Park Lake"));
        assertEquals(false, AnsweredClaims.groupAndItsBody("Residents of Saltings Reach", "the Friends of the Park"));
    }

    @Test
    void faultsOwnedBeforeAColonAreAdmissions() throws Exception {
        var all = analyze("Kornel Bardsley said the council had taken nine days to pass on the report. The council said it had been "
                + "behind the curve: its website still sent callers to a pest line that closed in 2030. Aldo Vey said the tester had "
                + "cheated. Wilf Ormandy said he had been asleep at the wheel: the tester had missed a course, and nobody had noticed. "
                + "Irma Pole said the association had hidden the ruling. The association said it had not covered itself in glory: "
                + "the title was taken away by email, and nobody rang the band.");
        assertEquals(Stance.CONFIRM, saying(all, "behind the curve").stance(), all.toString());
        assertEquals(Stance.CONFIRM, saying(all, "asleep at the wheel").stance(), all.toString());
        assertEquals(Stance.CONFIRM, saying(all, "covered itself in glory").stance(), all.toString());
        var staff = analyze("Amelie Vokes said the salon had ignored her allergy. The salon's owner, Sally Raistrick, said the stylist "
                + "had bungled the bleach: the bleach was left on for 50 minutes, 20 longer than the guide allows.");
        assertEquals(Stance.CONFIRM, saying(staff, "bungled the bleach").stance(), staff.toString());
    }

    @Test
    void anAnswerPointingAtTheTipsThingSetsItRight() throws Exception {
        var all = analyze("The regional bee inspector, Jacoba Enright, said traps would be set. An allotment holder, who asked not "
                + "to be named, told Glaston Television the nest had been in the tree since April. \"That nest was started in July, "
                + "and the size of it tells you so,\" Enright said.");
        assertEquals(Stance.DENY, saying(all, "That nest was started in July").stance(), all.toString());
    }

    @Test
    void tipsMessagesInstructionsAndActsOwnedAreNoDenials() throws Exception {
        var tip = analyze("The club said it would play at the cafe. A member of the league's committee, who asked not to be named, "
                + "told Mardock Radio that league matches could not be played in a cafe that is open to the public.");
        assertEquals(Stance.ASSERT, saying(tip, "league matches could not be played").stance(), tip.toString());
        var message = analyze("The salon said it would reopen on March 14. A message in the Westhide Mums chat group said the salon "
                + "had lost its licence and would never open again.");
        assertEquals(Stance.ASSERT, saying(message, "would never open again").stance(), message.toString());
        var asked = analyze("Kirsi Gomersall said the band had posted about the ruling online. She said Ellerdine's players had been "
                + "asked to say nothing about the ruling online.");
        assertEquals(Stance.ASSERT, saying(asked, "asked to say nothing").stance(), asked.toString());
        var manner = analyze("Walkers said the crossing had been closed for good. \"We do not close a public path lightly, and we "
                + "know how much this one is loved,\" said Coastlink's route director, Augustina Fozzard.");
        assertEquals(Stance.ASSERT, saying(manner, "close a public path lightly").stance(), manner.toString());
    }

    @Test
    void anFmStationIsAnOutlet() throws Exception {
        var all = analyze("Kallista Jenkinson said the unit was ready. She told Gorstow FM that all 14 bakers had been offered jobs.");
        assertEquals(java.util.List.of("Gorstow FM"), saying(all, "all 14 bakers").via(), all.toString());
    }

    @Test
    void heAfterRitaAndNormanIsNorman() throws Exception {
        var all = analyze("The society's chair, Norman Sedgwick, said the council wanted the land. Rita Shacklock said that was "
                + "twaddle. He said the railway had carried 19,400 passengers last year, not 11,000.");
        assertEquals("Norman Sedgwick", saying(all, "19,400 passengers").source(), all.toString());
    }

    @Test
    void signsShowingAThingSayNothing() throws Exception {
        var all = analyze("Signs at both ends of the path now show the detour, and a map of it is on the Coastlink website. The "
                + "figures show the detour is longer than the path.");
        assertEquals(1, all.size(), all.toString());
        assertEquals("the detour is longer than the path", all.get(0).content(), all.toString());
    }

    @Test
    void theFirmThatSpokeAsTheFirmStaysTheFirm() throws Exception {
        var all = analyze("Jenkinson's Oatcakes, which has made oatcakes on Cheapside since 1937, will move its baking in September, "
                + "the family firm said. The firm said its griddles could no longer keep up. Fritjof Garside said the building had "
                + "already been sold to Beckhampton Homes for flats. The firm kicked that story into touch, saying the building was "
                + "the family's. Beckhampton Homes said its only site was the old dairy. Councillor Jevon Ainsworth said the council "
                + "had refused the firm's plan to extend the bakehouse, leaving it no choice but to move. The council said that plan "
                + "had been approved. The firm said it had bungled one thing: its bakers heard about the move last.");
        assertEquals("Jenkinson's Oatcakes", saying(all, "griddles could no longer").source(), all.toString());
        assertEquals("Jenkinson's Oatcakes", saying(all, "the building was the family's").source(), all.toString());
        assertEquals("Jenkinson's Oatcakes", saying(all, "bungled one thing").source(), all.toString());
        assertEquals(Stance.ASSERT, saying(all, "leaving it no choice but to move").stance(), all.toString());
    }

    @Test
    void aPlanAnswersATipThatItWillNeverHappenWhateverTheMonth() throws Exception {
        var all = analyze("A signaller who works on the line, and who asked not to be named, told Hillfoot that the footbridge would "
                + "never be built. \"The footbridge is in the 2034 budget, and the steel for it was ordered from a works in Auldbury "
                + "on May 9,\" said Diederik Hawksworth, who manages level crossings for Coastlink.");
        assertEquals(Stance.DENY, saying(all, "in the 2034 budget").stance(), all.toString());
    }

    @Test
    void aFirmNamedByItsKindAnswersTheClaimJustBefore() throws Exception {
        var all = analyze("Jervis Halsall, who chairs the Ketterly Heritage Circle, said the foundry doing the work had warned that "
                + "the fountain would crack if it were lifted. The foundry, Denby Castings, said nobody there had spoken to the group, "
                + "and that its January survey found the base sound.");
        assertEquals(Stance.DENY, saying(all, "nobody there had spoken").stance(), all.toString());
        assertEquals(2, all.size(), all.toString());
    }

    @Test
    void twoSurnamesWithTheirTradeAfterThemAreOneFirm() throws Exception {
        var all = analyze("Councillor Isidore Knaggs said the Guides had asked an estate agent to value the campsite. Clegg and "
                + "Jaques, the estate agents Knaggs named, said it had valued nothing for the Guides in its 40 years in the town.");
        assertEquals("Clegg and Jaques", saying(all, "valued nothing").source(), all.toString());
    }

    @Test
    void whatIsSaidToStayOnAnswersWhatWouldComeOff() throws Exception {
        var all = analyze("Councillor Moses Unwin, who represents the valley, said Nunwick Hill would come off the gritting routes as "
                + "well. The council's highways manager, Shaun Vardy, said the hill stays on the main gritting route and will be "
                + "gritted whenever frost is forecast.");
        assertEquals(Stance.DENY, saying(all, "stays on the main gritting route").stance(), all.toString());
    }

    @Test
    void theThingSaidToBeMissingSaidToBeThereAnswersTheClaim() throws Exception {
        var all = analyze("Tracey Vokes, 34, said a stylist had put bleach on her hair without a patch test. The salon's owner, Sally "
                + "Raistrick, said its record card showed a patch test on Vokes's inner arm on March 1, two days before the treatment.");
        assertEquals(Stance.DENY, saying(all, "record card showed a patch test").stance(), all.toString());
        var tip = analyze("An examiner at the centre, who asked not to be named, told Mirror Signal that the agency had sold the "
                + "building to a burger chain. The landlord, Yardhurst Estates, said it had let the building to a veterinary practice, "
                + "which signed a 12-year lease in March.");
        assertEquals(Stance.DENY, saying(tip, "let the building to a veterinary practice").stance(), tip.toString());
    }

    @Test
    void moreTradesArePeopleWhoTellOutlets() throws Exception {
        var all = analyze("The trust said the lighthouse would open three days a week. A guide at the lighthouse, who was not cleared "
                + "to talk to reporters, told Lathwaite FM that the trust had spent last year's repair fund on new offices. A "
                + "campaign group says sewage has left the river unfit to swim in, after its volunteers found bacteria at 30 times "
                + "the safe limit.");
        var guide = saying(all, "spent last year's repair fund");
        assertEquals(true, guide.anonymous(), all.toString());
        assertEquals(java.util.List.of("Lathwaite FM"), guide.via(), all.toString());
        assertEquals(3, all.size(), all.toString());
    }
}
