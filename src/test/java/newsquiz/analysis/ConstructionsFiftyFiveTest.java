package newsquiz.analysis;

import static newsquiz.analysis.InventedText.analysis;
import static newsquiz.analysis.InventedText.analyze;
import static newsquiz.analysis.InventedText.saying;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The constructions that eval-blind66 and 67 and their reviews showed at stop 55, in invented text. Each test gives one
 * rule:
 * <ul>
 * <li>"disputed that, saying …": of the claims just before, "that" is the one the reason takes up, not only the latest.</li>
 * <li>"said that simply was not the case: …" denies; the "that" is the verdict's subject, not a conjunction.</li>
 * <li>An unnamed spokesman's plan, hedged with "could", is the body's plan: a third party's words on the same subject do not
 * answer it.</li>
 * <li>"did own up to one lapse: it had not …" is an admission, whatever claim its "not" shares a name with.</li>
 * <li>"Nobody is saying …, but …" disclaims before a charge; "will not still be fishing here" foretells; neither denies.</li>
 * <li>"It said that sum did not include …": "that sum" is the sum just named.</li>
 * <li>"told the fishing podcast Harbour Talk that …": the podcast is the outlet, the clause after "that" what was said.</li>
 * <li>"said the company's managing director, NAME": "managing" is part of the title, and NAME the speaker.</li>
 * <li>"was quick to correct the figure: …" denies in the words after the colon; "corrected an error" is no cue.</li>
 * <li>"I did not see the owner until …" answers "had been seen talking to the owner": seeing is one act.</li>
 * <li>"told Monday's parish meeting that …": a day's meeting is who was told, the clause after "that" what.</li>
 * <li>"Brockwell Tramways", "Mistle Players": named by a trade or a company of players, a body.</li>
 * </ul>
 */
class ConstructionsFiftyFiveTest {

    @Test
    void thatIsTheClaimTheReasonTakesUp() throws Exception {
        var all = analyze("The Parish Walkers' Group said the trust was using the car park to fill a gap in its repair budget. Its "
                + "secretary, Oona Veck, said the gates could have been mended for half the sum.\n\nThe trust flatly disputed that, "
                + "saying every penny from the car park would go into a separate account kept for the car park's own upkeep.");
        var denial = all.stream().filter(a -> a.stance() == Stance.DENY && a.content().contains("gap in its repair budget")).toList();
        assertEquals(1, denial.size(), all.toString());
        assertTrue(all.stream().noneMatch(a -> a.stance() == Stance.DENY && a.content().contains("half the sum")), all.toString());
    }

    @Test
    void thatSimplyWasNotTheCaseDenies() throws Exception {
        var all = analyze("The firm said most tenants had signed the new lease.\n\nThe tenants' chair, Bryony Lusk, said that simply "
                + "was not the case: by Monday, 140 tenants had signed a letter refusing it.");
        Attribution lusk = saying(all, "140 tenants");
        assertEquals(Stance.DENY, lusk.stance(), all.toString());
        assertTrue(lusk.content().startsWith("that simply"), all.toString());
    }

    @Test
    void anUnnamedSpokesmansPlanIsNoClaimToAnswer() throws Exception {
        var all = analyze("A spokesman for the county's licensing service said it had received six complaints about the firm since "
                + "May. The service would write to the firm this month and could ask it to show its fares more clearly, he said.\n\n"
                + "Perpetua Hale, who chairs the county's taxi users' forum, said fares for airport runs had been creeping up across "
                + "the district for several years.");
        assertNotEquals(Stance.DENY, saying(all, "creeping up").stance(), all.toString());
    }

    @Test
    void owningUpToALapseIsAnAdmission() throws Exception {
        var all = analyze("A steward, who asked not to be named, told the magazine Paddock that the judge, Ermine Coyle, had been "
                + "seen with the owner before the show.\n\nThe club did own up to one lapse: it had not asked Coyle to sign the "
                + "form that judges are meant to complete before every show.");
        assertEquals(Stance.CONFIRM, saying(all, "one lapse").stance(), all.toString());
    }

    @Test
    void aDisclaimerBeforeAChargeDeniesNothing() throws Exception {
        var all = analyze("The group also said 70 riders had pulled their horses out of the show in protest.\n\nThe group's chair, Osric Penn, said its "
                + "letter had been signed by 180 members. \"Nobody is saying Marigold is a poor horse,\" Penn said, \"but a judge "
                + "should not be handing a prize to a horse from her own stable.\"");
        assertNotEquals(Stance.DENY, saying(all, "Nobody is saying").stance(), all.toString());
    }

    @Test
    void aChangeForetoldDeniesNothing() throws Exception {
        var all = analyze("Dr Hilde Marr said that fish landed at the quay were safe to eat.\n\n\"Some of my crews will not still be "
                + "fishing here in 2040,\" said Wenna Scobie.");
        assertNotEquals(Stance.DENY, saying(all, "will not still be fishing").stance(), all.toString());
    }

    @Test
    void thatSumIsTheSumJustNamed() throws Exception {
        var all = analyze("The operator said the repairs had cost 2.1 million crowns.\n\nIt said that sum did not include a new sea "
                + "wall, which the council has asked it to build.");
        assertTrue(saying(all, "did not include").content().startsWith("that sum"), all.toString());
    }

    @Test
    void aPodcastAfterItsModifierIsTheOutlet() throws Exception {
        var all = analyze("The port will be dredged next year.\n\nA deckhand, who would talk only if his name was kept out of print, "
                + "told the fishing podcast Harbour Talk that the dredger had been sent to another port instead.");
        Attribution deckhand = saying(all, "dredger had been sent");
        assertTrue(deckhand.content().startsWith("the dredger"), all.toString());
        assertTrue(deckhand.anonymous(), all.toString());
    }

    @Test
    void theCompanysManagingDirectorIsTheSpeaker() throws Exception {
        var all = analyze("Parents said the basic pack cost 34 crowns.\n\nFotheringay Portraits said the figure was wrong. \"Nobody "
                + "pays 34 crowns unless they ask for a frame,\" said the company's managing director, Ulric Danvers. He accepted that "
                + "the basic pack had gone up from 18 crowns.");
        assertEquals("Ulric Danvers", saying(all, "Nobody pays").source(), all.toString());
        assertEquals("Ulric Danvers", saying(all, "gone up from 18").source(), all.toString());
    }

    @Test
    void quickToCorrectTheFigureDenies() throws Exception {
        var all = analyze("The group also said 90 riders had pulled their horses out in protest.\n\nThe club was quick to correct the "
                + "figure: 41 horses had been withdrawn, not 90, most of them because of the heat.\n\nThe paper corrected an error in "
                + "its report.");
        assertEquals(Stance.DENY, saying(all, "41 horses").stance(), all.toString());
        assertTrue(all.stream().noneMatch(a -> a.content().contains("an error")), all.toString());
    }

    @Test
    void notSeeingAnswersHavingBeenSeen() throws Exception {
        var all = analyze("A group of riders has demanded an inquiry into the judging at Saturday's show, saying the judge, Ermine "
                + "Coyle, still part-owns the mare she named best in show.\n\nA steward, who asked not to be identified, told the "
                + "magazine Paddock that Coyle had been seen talking to the owner in the car park before judging began. \"I went from "
                + "my hotel straight to the judges' tent and stayed there. I did not see the owner until she walked into my ring,\" "
                + "Coyle told the broadcaster Dalesound.");
        assertEquals(Stance.DENY, saying(all, "I did not see").stance(), all.toString());
    }

    @Test
    void toldMondaysMeetingThatIsWhatWasToldIt() throws Exception {
        var all = analyze("The hall has been shut since November.\n\nA parish councillor, Osmund Frere, told Monday's parish meeting "
                + "that the players owed the hall about 900 crowns in unpaid hire.");
        assertTrue(saying(all, "owed the hall").content().startsWith("the players owed"), all.toString());
    }

    @Test
    void tramwaysAndPlayersAreBodies() throws Exception {
        var analysis = analysis("Brockwell Tramways said the stop would close for ten weeks.\n\nMistle Players "
                + "said the hall had been locked since November.");
        assertEquals(SourceType.ORGANIZATION, analysis.sources().stream().filter(e -> e.name().equals("Brockwell Tramways"))
                .findFirst().orElseThrow().type(), analysis.sources().toString());
        assertEquals(SourceType.ORGANIZATION, analysis.sources().stream().filter(e -> e.name().equals("Mistle Players"))
                .findFirst().orElseThrow().type(), analysis.sources().toString());
    }
}
