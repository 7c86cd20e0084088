package newsquiz.analysis;

import static newsquiz.analysis.InventedText.analyze;
import static newsquiz.analysis.InventedText.saying;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The constructions that eval-blind60 and 61 and their reviews showed at stop 52, in invented text. Each test gives one
 * rule:
 * <ul>
 * <li>"Its chair" is an officer of the body heard from just before the officer first spoke: after another body's denial,
 * her quote does not go on with that denial.</li>
 * <li>A party not heard from before, right after another's denial in the same paragraph, that corrects with "…, not to the
 * county" in a quote of two sentences denies the claim too; in a paragraph of its own, such a "not" is a claim of its own.</li>
 * <li>"which has long opposed the cameras" is a relative clause on the body, whatever adverb stands before its verb and
 * whatever the verb, and ends at its comma; opposing the cameras is a stand, no denial.</li>
 * <li>"Voltmere Charging" is a firm by its trade's word, and a group of drivers is no firm: "The firm admitted" is the
 * charging firm's admission.</li>
 * <li>"Plug In Tarnwick", with its "In", is no person's name that the town "Tarnwick" could be short for.</li>
 * <li>An officer of the body that made a claim, taking it up in its own quote, speaks for that body and answers nothing.</li>
 * <li>"said that was wide of the mark: …" is a verdict, and "was also plain about it, saying …" a reply, both denials.</li>
 * <li>An officer's quote straight after its own side's admission ("That mural should never have been touched") owns up with
 * it; a quote that rejects in words of its own ("Whoever put £640m on this was not in the room") or corrects ("It happened
 * once, not three times") stays a denial.</li>
 * </ul>
 */
class ConstructionsFiftyTwoTest {

    @Test
    void itsChairSpeaksForTheBodyBeforeHerNotForTheDenier() throws Exception {
        var all = analyze("The Orwell Quay Residents' Group said the work had slowed because the contractor, Corran Civil, had moved "
                + "its crews to a motorway bridge 40 miles away. Its chair, Maud Fenner, said residents had counted as few as six "
                + "people on the site. Corran Civil said it had never moved a worker off the site, and that its crew there had "
                + "grown from 40 to 65 since January. It said the motorway job was being built by a different division with its "
                + "own staff. \"We have heard 2031, then 2032, and now 2033,\" Fenner said, \"and every winter the river has come "
                + "into someone's kitchen.\"");
        assertNotEquals(Stance.DENY, saying(all, "We have heard 2031").stance(), all.toString());
    }

    @Test
    void aSecondPartyCorrectingWithNotInTheSameParagraphDenies() throws Exception {
        var all = analyze("The drivers' club said the cameras had earned the council 2 million crowns a year in fines.\n\nThe council "
                + "said it had never received a crown from the fines. \"Fines from those cameras are paid to the treasury, not "
                + "to the county. We pass every one on within a week,\" said a spokeswoman for Marrow Police.");
        assertEquals(Stance.DENY, saying(all, "paid to the treasury").stance(), all.toString());
    }

    @Test
    void aNotInAParagraphOfItsOwnIsAClaimOfItsOwn() throws Exception {
        var all = analyze("The union said the cut had been planned for a year. The university said that was untrue.\n\nA lecturer "
                + "who asked not to be named says staff learned of the cut \"from a press release, not from the principal.\"");
        assertNotEquals(Stance.DENY, saying(all, "from a press release").stance(), all.toString());
    }

    @Test
    void aRelativeClauseWithAnAdverbBeforeItsVerbStaysOnTheBody() throws Exception {
        var all = analyze("The Drivers' Alliance, which has long opposed the cameras, welcomed the decision.");
        assertEquals(0, all.stream().filter(a -> a.content().contains("welcomed")).count(), all.toString());
        assertTrue(all.stream().noneMatch(a -> a.stance() == Stance.DENY), all.toString());
        var criticised = analyze("The Drivers' Alliance, which has long criticised the cameras, welcomed the decision.");
        assertEquals(0, criticised.stream().filter(a -> a.content().contains("welcomed")).count(), criticised.toString());
    }

    @Test
    void aFirmNamedByItsTradeIsTheFirmThatAdmits() throws Exception {
        var all = analyze("The drivers' group Plug In Marlow said more than half of the 64 chargers installed by Voltane Charging "
                + "had been broken. Its chair, Ruth Penn, said members had waited three hours. Voltane said the group's figure "
                + "bore no relation to its own logs. The firm admitted that a software update had stopped 23 chargers from taking "
                + "card payments.");
        assertEquals("Voltane Charging", saying(all, "software update").source(), all.toString());
    }

    @Test
    void anOfficerTakingUpItsOwnBodysWordsAnswersNothing() throws Exception {
        var all = analyze("The drivers' group Plug In Marlow said the chargers had been broken for weeks. Voltane Charging said "
                + "the group's figure bore no relation to its own logs, which showed 17 of the 64 chargers out of use on Friday. \"Most "
                + "of our chargers have worked every day,\" said its operations director, "
                + "Amos Tregarth. The firm admitted that a software update had stopped 23 chargers from taking card payments. It said "
                + "the update had since been withdrawn. \"We got that update badly wrong,\" Tregarth said, \"and every driver who was "
                + "turned away will get a month of free charging.\"");
        assertNotEquals(Stance.DENY, saying(all, "badly wrong").stance(), all.toString());
    }

    @Test
    void wideOfTheMarkIsAVerdict() throws Exception {
        var all = analyze("A cleaner told the Lantern that the blocks had been left to fall apart for two years. Hepworth said that "
                + "was wide of the mark: repairs worth 14,000 crowns were carried out at the blocks last year.");
        assertEquals(Stance.DENY, saying(all, "repairs worth").stance(), all.toString());
    }

    @Test
    void plainAboutItSayingIsAReply() throws Exception {
        var all = analyze("Councillor Gil Clapham said Broadmere would be allowed to take away shelters on quiet routes. The "
                + "council's transport chair, Councillor Irma Fenton, was also plain about it, saying the contract gave Broadmere no "
                + "power to remove a shelter without the council's consent.");
        assertEquals(Stance.DENY, saying(all, "no power to remove").stance(), all.toString());
    }

    @Test
    void aQuoteAfterItsOwnSidesAdmissionOwnsUp() throws Exception {
        var all = analyze("Councillor Sian Ashworth said the firm had removed only a third of reported graffiti. Scrubley admitted "
                + "that one of its crews had painted over part of a mural on Undley Lane in March. \"That mural should never have "
                + "been touched,\" said its managing director, Yvonne Renfrew, \"and we have paid the artist to repaint it.\"");
        assertNotEquals(Stance.DENY, saying(all, "mural should never").stance(), all.toString());
    }

    @Test
    void aQuoteRejectingInItsOwnWordsAfterAPartAdmissionDenies() throws Exception {
        var all = analyze("A newspaper said Fjordwheel had offered 640 million for Velora. Fjordwheel also confirmed the approach, "
                + "though not the price. \"Whoever put 640 million on this approach was not in the room when it was made,\" its "
                + "head of communications, Jesper Aalberg, said.");
        assertEquals(Stance.DENY, saying(all, "not in the room").stance(), all.toString());
    }

    @Test
    void aCorrectionAfterItsOwnSidesAdmissionStillDenies() throws Exception {
        var all = analyze("A nurse who asked not to be named told the Gazette that soft meals had arrived with the wrong texture three "
                + "times in one week. The trust acknowledged that one delivery of soft meals had been sent back on September 12. "
                + "\"It happened once, not three times, and no patient ate from that delivery,\" said its director of nursing, Dr "
                + "Hilda Larkworth.");
        assertEquals(Stance.DENY, saying(all, "once, not three times").stance(), all.toString());
    }
}
