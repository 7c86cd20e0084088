package newsquiz.analysis;

import static newsquiz.analysis.InventedText.analyze;
import static newsquiz.analysis.InventedText.saying;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Tuned on eval-blind86 and 87 after they were measured at the frozen code (2e4dbcb).
 * <ul>
 * <li>Faults owned before a colon in more idioms: "was not its finest hour:", "had tripped up over its insurance:", "had been
 * tardy about explaining itself:", "its letter had been curt:", "it had been caught out:" (ashcott, dimmingsby, fallowick,
 * pinchbury, portheven; review86 ashcott q12 asked the first as a denial).</li>
 * <li>"Elstow Eyecare demurred, saying …", "Chilcott and Lilleker, the decorators, balked at that, saying …": a claim resisted,
 * its reason in the participle; two surnames with "the decorators" after them are one firm (lummerton, dimmingsby; review86
 * dimmingsby q02, q06, q12 offered "Lilleker" as a person).</li>
 * <li>"the cafe's own appliance tester had failed an inspection": "own" after another's name only says whose it is; a
 * councillor's fresh claim is no answer (review87 pinchbury q09 asked it as a denial).</li>
 * <li>"will board no more than 22 cats at a time": a limit set, no "no" said to anyone, so the lede answers nothing said
 * later (review86 hartwith q01).</li>
 * <li>"notices had been tied to the gate on March 30, not left there on the morning of the work": what it was, then what it
 * was not in the words of the claim just before, answers that claim (fallowick, tetherby; and three in older sets).</li>
 * <li>"… said Lazlo Luckhurst. She told the Gazette …": Lazlo is a man's name, and a cat hotel is a body, so neither is
 * "she"; more first names, and "hotel", "inn", "salon", "arcade", "surgery" … name bodies (review86 hartwith q12 gave the
 * owner's figure to a customer).</li>
 * <li>"Cockram said the club's files held nothing … The council said the way the club had found out was not its finest hour:
 * … “I took up croquet when I retired, … and I will be out on that lawn on April 1,” said Amaury Lickorish": after an
 * admission, a new speaker's own story bears out no denial (review86 ashcott q13).</li>
 * <li>"… had already been sold to the Saverway supermarket chain … Saverway said its property team had not so much as looked
 * at the building": a one-word name a claim just gave with its trade after it is a firm the claim named, which answers it
 * (yarborne).</li>
 * </ul>
 */
class ConstructionsSixtyFourTest {

    @Test
    void moreFaultsOwnedBeforeAColonAreAdmissions() throws Exception {
        var all = analyze("Carys Ember said the club had been ambushed. The council said the way the club had found out was not its "
                + "finest hour: the plan appeared online three days before its letter. Mabel Hurst said the club had been careless. "
                + "Fenwicke said the club had tripped up over its insurance: its policy covered the projector for theft and fire only. "
                + "Riders said nobody had warned them. The council said it had been tardy about explaining itself: its page went up "
                + "two days late. Volunteers said they had been kept in the dark. The insurer said its letter to the cafe had been "
                + "curt: it gave 14 days' notice and no reason. A client said the studios were unsafe. The council said it had been "
                + "caught out: it had not known that studios offered removal.");
        for (String owned : new String[] {"not its finest hour", "tripped up over its insurance", "tardy about explaining",
                "had been curt", "had been caught out"}) {
            assertEquals(Stance.CONFIRM, saying(all, owned).stance(), owned + " in " + all);
        }
    }

    @Test
    void aClaimResistedIsDenied() throws Exception {
        var all = analyze("Councillor Gaetan Habgood said opticians would charge parents 25 crowns a test. Elstow Eyecare demurred, "
                + "saying a test for an under-16 is paid for by the health board. Fenwicke said the dust had come from the "
                + "decorators. Chilcott and Lilleker, the decorators, balked at that, saying the box had been sealed with plastic "
                + "sheeting every day.");
        assertEquals(Stance.DENY, saying(all, "paid for by the health board").stance(), all.toString());
        var sealed = saying(all, "sealed with plastic sheeting");
        assertEquals(Stance.DENY, sealed.stance(), all.toString());
        assertEquals("Chilcott and Lilleker", sealed.source(), all.toString());
    }

    @Test
    void anotherOnesOwnThingIsNoSettlingWord() throws Exception {
        var all = analyze("A volunteer who asked not to be named told the Pinchbury Pulse that the trustees wanted the cafe out. "
                + "\"We have booked the cafe in for every second Saturday until 2034,\" said Mansel Pook, who chairs the trustees. "
                + "Councillor Ysbrand Tuckey, who sits on the town council, said the cafe's own appliance tester had failed an "
                + "inspection last year.");
        assertEquals(Stance.ASSERT, saying(all, "own appliance tester").stance(), all.toString());
    }

    @Test
    void aLimitSetInTheLedeAnswersNothing() throws Exception {
        var all = analyze("Hartwith Lodge Cattery will board no more than 22 cats at a time from August 1, half its present number, "
                + "Gowdall District Council said on Tuesday. The cattery's owner, Abimbola Leadbitter, said she would board 22 cats "
                + "at a time in bigger pens next summer.");
        assertEquals(Stance.ASSERT, saying(all, "no more than 22 cats").stance(), all.toString());
    }

    @Test
    void whatItWasNotInTheClaimsWordsAnswersIt() throws Exception {
        var all = analyze("\"Our first warning was a note on the gate the morning the digger turned up,\" said Jubal Hickling. "
                + "The town clerk, Ireneusz Kedward, said notices had been tied to the wood's gate on March 30, not left there on the "
                + "morning of the work.");
        assertEquals(Stance.DENY, saying(all, "tied to the wood's gate").stance(), all.toString());
        var unrelated = analyze("Jubal Hickling said the riders would rebuild the jumps. The town clerk, Ireneusz Kedward, said the "
                + "new track would suit beginners, not racers.");
        assertEquals(Stance.ASSERT, saying(unrelated, "suit beginners").stance(), unrelated.toString());
    }

    @Test
    void sheIsNeitherAManNorAHotel() throws Exception {
        var all = analyze("\"This is a family business,\" said the cattery's owner, Abimbola Leadbitter. She said the council had "
                + "changed its rules. The Aldwark Cat Hotel said the family had owned it since 2019. \"We booked our cat in for three "
                + "weeks,\" said Lazlo Luckhurst. She told the Gowdall Gazette that she would build 22 bigger pens.");
        assertEquals(SourceType.ORGANIZATION, saying(all, "owned it since 2019").sourceType(), all.toString());
        assertEquals("Abimbola Leadbitter", saying(all, "22 bigger pens").source(), all.toString());
    }

    @Test
    void aStoryAfterAnAdmissionBearsOutNoDenial() throws Exception {
        var all = analyze("Councillor Jorma Cudlipp said the club had turned down an offer to lease the lawns. Kazimiera Cockram said the "
                + "club's files held nothing about any change to the lawns before a council letter dated January 9. The council said "
                + "the way the club had found out was not its finest hour: the plan appeared online first. \"I took up croquet when I "
                + "retired, and it is the reason I still get out of the house most days,\" said Amaury Lickorish, 84, \"and I will "
                + "be out on that lawn on April 1 whatever the council decides.\"");
        assertEquals(Stance.ASSERT, saying(all, "took up croquet").stance(), all.toString());
    }

    @Test
    void aOneWordFirmTheClaimNamedWithItsTradeAnswersIt() throws Exception {
        var all = analyze("Nona Wilmshurst said the building had already been sold to the Saverway supermarket chain for a new "
                + "store. Rainier Smerdon said the building was not for sale. Saverway said its property team had not so much as "
                + "looked at the building.");
        assertEquals(Stance.DENY, saying(all, "property team").stance(), all.toString());
        var surname = analyze("Nona Wilmshurst said the building had already been sold to Saverway for a new store. Rainier "
                + "Smerdon said the building was not for sale. Saverway said she had not so much as looked at the building.");
        assertEquals(Stance.ASSERT, saying(surname, "not so much as looked").stance(), surname.toString());
    }
}
