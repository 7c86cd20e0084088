package newsquiz.analysis;

import static newsquiz.analysis.InventedText.analysis;
import static newsquiz.analysis.InventedText.analyze;
import static newsquiz.analysis.InventedText.saying;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The constructions that eval-blind68 and 69 and their reviews showed at stop 56, in invented text. Each test gives one
 * rule:
 * <ul>
 * <li>"a year later than promised, the council said": "than promised" names no one; the council is the only speaker.</li>
 * <li>"Tarnshire Readers on Wheels": two capitalised plurals either side of "on", after a word of the name, are one name.</li>
 * <li>"Einar Ellershaw, who keeps sheep …": a first name the tagger took for a noun, before a surname and ", who", is a
 * name.</li>
 * <li>"said the figures were plucked from thin air" and "said the paper had got it wrong" deny.</li>
 * <li>"who insisted on anonymity" is a demand, not a statement.</li>
 * <li>A body's admission is no claim its own officer answers: "[its treasurer] said the accounts for 2032 would be filed by
 * May" after "the sanctuary did own up …: its accounts for 2031 had been filed late" denies nothing.</li>
 * <li>"a county councillor told a meeting that …" then "Councillor NAME … said …": the councillor named says more, and
 * answers nothing of his own.</li>
 * <li>"knocked down that story", "disowned his figure", "set out to dispel the story, telling …" and "said the claim that …
 * did not stand up" deny; "knocked down the old pier" and "slapped down a deposit" say nothing.</li>
 * <li>"disowned it straight away": a pronoun with only adverbs after it keeps its verb as what was said.</li>
 * <li>"The millwrights Scrivenor and Voysey, who …": two surnames joined by "and" after a trade that works as a firm are one
 * name (review71 ruddlecombe; written after eval-blind71 was measured and reviewed).</li>
 * <li>"The borough's head of coastal works, NAME, was having none of it": "works" ends the post, so "it" is the claim just
 * made, not the post (review70 ebbcombe q08; written after eval-blind70 was measured and reviewed).</li>
 * </ul>
 */
class ConstructionsFiftySixTest {

    @Test
    void thanPromisedNamesNoOne() throws Exception {
        var all = analyze("Repairs to the bandstand will not be finished until the spring of 2034, a year later than promised, "
                + "Tarrow Town Council said on Tuesday.");
        assertTrue(all.stream().allMatch(a -> a.source().equals("Tarrow Town Council")), all.toString());
        assertEquals(1, all.size(), all.toString());
    }

    @Test
    void pluralsEitherSideOfOnAreOneName() throws Exception {
        var all = analyze("The campaign group Brisco Readers on Wheels, which says it has about 1,400 supporters, said the cut "
                + "was the first step towards scrapping the service.");
        assertTrue(all.stream().allMatch(a -> a.source().equals("Brisco Readers on Wheels")), all.toString());
        assertEquals(2, all.size(), all.toString());
    }

    @Test
    void aWeekdayAfterOnIsNoPartOfTheName() throws Exception {
        var all = analyze("The Brisco Ramblers on Tuesday said the path had been closed for a month.");
        assertTrue(all.stream().noneMatch(a -> a.source().contains("Tuesday")), all.toString());
    }

    @Test
    void aFirstNameBeforeWhoIsAName() throws Exception {
        var analysis = analysis("Jeronimo Aldbrough said the sanctuary had no business applying to the fund.\n\nEinar Ellershaw, "
                + "who keeps sheep two miles from the sanctuary, said he did not blame the donkeys.");
        assertTrue(analysis.attributions().stream().anyMatch(a -> a.source().equals("Einar Ellershaw")), analysis.attributions().toString());
        assertTrue(analysis.attributions().stream().noneMatch(a -> a.source().equals("Ellershaw")), analysis.attributions().toString());
    }

    @Test
    void figuresPluckedFromThinAirAreDenied() throws Exception {
        var all = analyze("The Dorrow Times reported that the fee would rise to 900 crowns.\n\nThe council said the figures were "
                + "plucked from thin air.");
        assertEquals(Stance.DENY, saying(all, "thin air").stance(), all.toString());
    }

    @Test
    void aPaperThatGotItWrongIsDenied() throws Exception {
        var all = analyze("The Dorrow Times reported that the fee would rise to 900 crowns.\n\nThe mayor said the paper had got "
                + "it wrong.");
        assertEquals(Stance.DENY, saying(all, "got it wrong").stance(), all.toString());
    }

    @Test
    void insistingOnAnonymityIsNoStatement() throws Exception {
        var all = analyze("A former volunteer at the sanctuary, who insisted on anonymity, told the Kippendale Courier that donkeys "
                + "had been sold over the winter.");
        assertTrue(all.stream().noneMatch(a -> a.content().contains("anonymity")), all.toString());
    }

    @Test
    void anOfficerAnswersNoAdmissionOfItsOwnBody() throws Exception {
        var all = analyze("A former volunteer, who asked not to be named, told the Kippendale Courier that donkeys had been sold to "
                + "private owners. \"Not one donkey has been sold,\" said the sanctuary's treasurer, Lambert Gristhorpe.\n\nThe "
                + "sanctuary did own up to one error, saying its accounts for 2031 had been filed seven weeks late because its "
                + "treasurer had been ill. Gristhorpe said the accounts for 2032 would be filed by the end of May.");
        assertNotEquals(Stance.DENY, saying(all, "accounts for 2032").stance(), all.toString());
    }

    @Test
    void theCouncillorNamedAnswersNothingOfHisOwn() throws Exception {
        var all = analyze("The sanctuary has been drawn into a row after a county councillor told a council meeting that it had "
                + "been paid 250,000 crowns from a fund meant for struggling livestock farmers.\n\nCouncillor Jeronimo Aldbrough, who "
                + "represents Kestrelmoor on the county council, said the sanctuary had \"no business\" applying to the fund.");
        assertNotEquals(Stance.DENY, saying(all, "no business").stance(), all.toString());
    }

    @Test
    void rejectionsInOtherWordsDeny() throws Exception {
        var all = analyze("The Friends said the fund had been spent on a new car for the manager.\n\nThe trust's finance director, "
                + "Kolbeinn Eastwood, knocked down that story, saying the fund had gone on new glazing. The Fernhallow Independents "
                + "disowned the Friends' figure, saying the register showed one payment. Yaxley set out to dispel the story himself, "
                + "telling the radio station Harbour Sound that he had been paid less than a third of the sum. The Ivelhurst Lighthouse "
                + "Authority said the claim that the fund had bought a car did not stand up, because the car was its own.");
        assertEquals(Stance.DENY, saying(all, "new glazing").stance(), all.toString());
        assertEquals(Stance.DENY, saying(all, "one payment").stance(), all.toString());
        assertEquals(Stance.DENY, saying(all, "a third of the sum").stance(), all.toString());
        assertEquals("Yaxley", saying(all, "a third of the sum").source(), all.toString());
        assertEquals(Stance.DENY, saying(all, "stand up").stance(), all.toString());
    }

    @Test
    void knockingDownAPierSaysNothing() throws Exception {
        var all = analyze("The council knocked down the old pier in May. The firm slapped down a deposit of 400 crowns.");
        assertTrue(all.isEmpty(), all.toString());
    }

    @Test
    void disowningItStraightAwayKeepsTheVerb() throws Exception {
        var all = analyze("A leaflet said Ashdown backed the lorry park.\n\nMr Ashdown disowned it straight away.");
        Attribution ashdown = saying(all, "straight away");
        assertEquals(Stance.DENY, ashdown.stance(), all.toString());
        assertTrue(ashdown.content().startsWith("disowned it"), all.toString());
    }

    @Test
    void partnersAfterTheirTradeAreOneFirm() throws Exception {
        var all = analyze("The millwrights Scrivener and Vosper, who will do the work, said it would start in April. The brothers "
                + "Tom and Ned Garrow said they were sad.");
        assertEquals("Scrivener and Vosper", saying(all, "start in April").source(), all.toString());
        assertTrue(all.stream().noneMatch(a -> a.source().contains("Tom and")), all.toString());
    }

    @Test
    void theFieldOfAPostIsNoVerb() throws Exception {
        var all = analyze("A council engineer, who is not allowed to speak to the press, told the Chronicle that the pool would not "
                + "reopen before 2033. The borough's head of coastal works, Lathom Crestwell, was having none of it.");
        Attribution crestwell = saying(all, "none of it");
        assertEquals("Lathom Crestwell", crestwell.source(), all.toString());
        assertEquals(Stance.DENY, crestwell.stance(), all.toString());
        assertTrue(all.stream().noneMatch(a -> a.content().contains("head of coastal works")), all.toString());
    }
}
