package newsquiz.analysis;

import static newsquiz.analysis.InventedText.analyze;
import static newsquiz.analysis.InventedText.saying;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The constructions eval-blind39 showed at stop 41, in invented text: an aside with a bare plural for its speaker and a
 * statement joined after it, an account held "despite claims", a title with a word in -s ("finds liaison officer"), a thing
 * "found in a field", a common word that is capitalised only inside another name; and the statements next to them that
 * stay what they are.
 */
class ConstructionsFortyOneTest {

    @Test
    void aBarePluralSpeakerInAnAsideIsRead() throws Exception {
        var all = analyze("Burglaries in Dunmere rose by 31 per cent in the year to September, police told a press conference on "
                + "Tuesday, and the front desk will stay open.");
        assertEquals("police", saying(all, "rose by 31 per cent").source().toLowerCase());
    }

    @Test
    void aStatementJoinedAfterTheAsideIsItsOwnAttribution() throws Exception {
        var all = analyze("Thefts from sheds in Orrin Vale fell by a fifth last year, police told a public meeting on Monday, and "
                + "the village's mobile station will keep its weekly visit.");
        Attribution fell = saying(all, "fell by a fifth");
        Attribution visit = saying(all, "will keep its weekly visit");
        assertTrue(fell != visit, "two statements, two attributions: " + all);
        assertFalse(fell.content().contains("weekly visit"), fell.content());
        assertEquals(fell.source(), visit.source());
    }

    @Test
    void anotherActorsDeedAfterTheAsideIsNotSplitOffAsTheSpeakers() throws Exception {
        var all = analyze("A Corvel Air plane lost a wheel on landing at Tarn on Friday, the airline said, and the national "
                + "safety board grounded two more aircraft of the same type.");
        assertEquals(1, all.stream().filter(a -> a.content().contains("grounded two more")
                || a.content().contains("lost a wheel")).count(), all.toString());
    }

    @Test
    void aContrastAfterAnAdmissionStaysWithIt() throws Exception {
        var all = analyze("He trimmed the video and \"sharpened it a little, like anyone would\", he admits, but he did \"not add "
                + "a single frame\".");
        assertEquals(Stance.DENY, saying(all, "not add").stance());
    }

    @Test
    void anAccountHeldDespiteClaimsDeniesThem() throws Exception {
        var all = analyze("The branch library will stay open on Saturdays despite claims that it is about to close, the council "
                + "said on Tuesday.");
        assertEquals(Stance.DENY, saying(all, "stay open").stance());
    }

    @Test
    void anAccountWithNoClaimNamedStaysAnAccount() throws Exception {
        var all = analyze("The branch library will stay open on Saturdays despite the roadworks outside, the council said on "
                + "Tuesday.");
        assertEquals(Stance.ASSERT, saying(all, "stay open").stance());
    }

    @Test
    void aTitleWithAWordInSIsNoVerb() throws Exception {
        var all = analyze("A brooch found in a garden at Pell Green in June is medieval, the county finds liaison officer says.");
        assertEquals(1, all.size(), all.toString());
        Attribution brooch = saying(all, "is medieval");
        assertTrue(brooch.source().contains("finds liaison officer"), brooch.source());
    }

    @Test
    void aFindingKeepsItsFinder() throws Exception {
        var all = analyze("Inspectors found in a check last month that the fire doors had been wedged open.");
        assertEquals("Inspectors", saying(all, "fire doors had been wedged open").source());
    }

    @Test
    void aTitleOpeningTheSentenceDoesNotHideTheSaying() throws Exception {
        var all = analyze("Finds liaison officer Dr Maren Holt rejected the claim, saying the glaze matched the kiln site and "
                + "had not been disturbed for centuries.");
        Attribution glaze = saying(all, "the glaze matched");
        assertEquals("Maren Holt", glaze.source());
        assertEquals(Stance.DENY, glaze.stance());
    }

    @Test
    void residentsOfAPlaceAreNotANameBecauseTheirAssociationIsOne() throws Exception {
        var all = analyze("Residents of the Corran Meadows estate say water is coming through their ceilings. The Corran Meadows "
                + "Residents' Association says 40 homes are affected.");
        assertTrue(saying(all, "water is coming through").source().startsWith("Residents of"), all.toString());
    }

    @Test
    void theForceNamedElsewhereIsStillTheForce() throws Exception {
        var all = analyze("Brennock Police appealed for witnesses on Monday. A spokesman for Brennock Police said it was a quiet "
                + "day. Police said the car had been found burnt out near Lowfield.");
        assertEquals("Brennock Police", saying(all, "burnt out").source());
    }
}
