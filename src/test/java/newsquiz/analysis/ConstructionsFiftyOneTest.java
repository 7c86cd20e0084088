package newsquiz.analysis;

import static newsquiz.analysis.InventedText.analyze;
import static newsquiz.analysis.InventedText.saying;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/**
 * The constructions that eval-blind58 and 59 and their reviews showed at stop 51, in invented text. Each test gives one
 * rule:
 * <ul>
 * <li>One name set after the plural of a trade ("the glaziers, Brindle Glassworks,") is a firm, and "the firm" next.</li>
 * <li>"questioned the reading, saying …" rejects the reading, as "challenged the figure, saying …" does.</li>
 * <li>"it is not 85" gives back as wrong the 85 another source gave.</li>
 * <li>"it had never asked a single customer to switch to postal orders" denies the whole act another put on it; "the
 * inspectors had never once set foot in his shop" is said of others' acts and denies nothing on that score.</li>
 * <li>"Hazelbrigg Parents for Places" is one name: people in the plural are a group, whose name goes on over "for".</li>
 * <li>"I do not blame the crew" holds back a view and denies nothing the service said of its crew.</li>
 * <li>A first name the tagger reads as an adjective ("Sibold/ADJ Penberthy") is part of the name when ", who" follows.</li>
 * <li>A second party giving, in the sentence after a correction ("11,500 tonnes in July, not 6,000"), the figure the
 * correction put in place of the claim's denies that claim too.</li>
 * <li>"nobody can run a nursery at a loss for long" is a general truth, and "turned down jobs because they could not find a
 * place" gives a reason: neither answers a claim.</li>
 * </ul>
 */
class ConstructionsFiftyOneTest {

    @Test
    void oneNameAfterTheTradesPluralIsAFirm() throws Exception {
        var all = analyze("Councillor Ada Thorne said the glaziers, Brindle Glassworks, had been paid twice for the chapel "
                + "windows. The firm said nothing could be further from the truth and that each window had been invoiced once.");
        assertEquals("Brindle Glassworks", saying(all, "invoiced once").source(), all.toString());
    }

    @Test
    void questioningTheReadingRejectsIt() throws Exception {
        var all = analyze("The residents' group Quiet Lanes said noise from the track had reached 85 decibels in nearby gardens. "
                + "Morland District Council questioned the reading, saying its own officers had measured 61 decibels at the "
                + "nearest fence.");
        assertEquals(Stance.DENY, saying(all, "measured 61 decibels").stance(), all.toString());
    }

    @Test
    void notTheFigureAnotherGaveDeniesIt() throws Exception {
        var all = analyze("The residents' group Quiet Lanes said noise from the track had reached 85 decibels in nearby gardens. "
                + "\"Sixty decibels is roughly a busy cafe. It is a real noise, but it is not 85,\" said the council's noise "
                + "officer, Wilma Dunstan.");
        assertEquals(Stance.DENY, saying(all, "not 85").stance(), all.toString());
    }

    @Test
    void neverOfOnesOwnActDeniesAllOfIt() throws Exception {
        var all = analyze("The Brackley Patients' Forum said the real aim was to push customers towards the chain's postal "
                + "prescription service. Hollins Chemists said it had never asked a single Brackley customer to switch to postal "
                + "orders.");
        assertEquals(Stance.DENY, saying(all, "switch to postal orders").stance(), all.toString());
    }

    @Test
    void neverOfOthersActsIsNoSuchDenial() throws Exception {
        var all = analyze("The prosecution said the pharmacy had billed the health board for 4,000 prescriptions nobody collected. Mr "
                + "Halloran said state auditors had never once set foot in his pharmacy before the raid.");
        assertNotEquals(Stance.DENY, saying(all, "set foot in his pharmacy").stance(), all.toString());
    }

    @Test
    void aGroupOfParentsForPlacesIsOneName() throws Exception {
        var all = analyze("The parents' group Ashby Parents for Places said 640 children were on nursery waiting lists in the town.");
        assertEquals("Ashby Parents for Places", saying(all, "640 children").source(), all.toString());
    }

    @Test
    void notBlamingTheCrewDeniesNothing() throws Exception {
        var all = analyze("Edith Marlow said the ambulance had taken 47 minutes to arrive. The service accepted that its crew had "
                + "reached Mr Marlow 47 minutes after the first call. \"I do not blame the crew, who were wonderful,\" Mrs Marlow "
                + "said.");
        assertNotEquals(Stance.DENY, saying(all, "blame the crew").stance(), all.toString());
    }

    @Test
    void aFirstNameReadAsAnAdjectiveBeforeWhoIsPartOfTheName() throws Exception {
        var all = analyze("Families who use the beach were divided. Sibold Penberthy, who runs a surf school at Millbay, said he "
                + "would pay for a lifeguard himself.");
        assertEquals("Sibold Penberthy", saying(all, "pay for a lifeguard").source(), all.toString());
    }

    @Test
    void aSecondPartyBearingOutACorrectionDeniesTheClaimToo() throws Exception {
        var all = analyze("The union said the council had bought only 6,000 tonnes of salt last summer. The council said it had "
                + "ordered 11,500 tonnes in July, not 6,000. \"The county ordered 11,500 tonnes from us in July,\" said Tarnford "
                + "Minerals' sales director, Ewan Marsh.");
        assertEquals(Stance.DENY, saying(all, "from us in July").stance(), all.toString());
    }

    @Test
    void aGeneralTruthOrAReasonAnswersNoClaim() throws Exception {
        var all = analyze("Ashby County Council said 220 new nursery places would open by the end of the year. \"Our members want "
                + "to say yes to every family,\" said Julia Eskdale, \"but nobody can run a nursery at a loss for long.\" Letty "
                + "Irving said some parents had already turned down jobs because they could not find a place.");
        assertNotEquals(Stance.DENY, saying(all, "at a loss").stance(), all.toString());
        assertNotEquals(Stance.DENY, saying(all, "turned down jobs").stance(), all.toString());
    }
}
