package newsquiz.analysis;

import static newsquiz.analysis.InventedText.analyze;
import static newsquiz.analysis.InventedText.saying;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Tuned on eval-blind88 and 89 after they were measured at the frozen code (78f66e7).
 * <ul>
 * <li>Faults owned before a colon in more words: "had been naive about the noise:", "had been ill-judged:", "had been
 * short-sighted:", "was of its own making:", "had not done his homework:" (review89 stennerley q07 keyed the club as
 * denying a noise complaint it had owned up to, a wrong key; review88 kelverton q11 asked an admission as a denial).</li>
 * <li>"…, and its log had never shown more than 190 kilograms": what the speaker's own record shows is their evidence,
 * said in the same breath, not a new speaker (thrupworth).</li>
 * <li>"…, where the six bells hang in a tower with no nest" describes a place, and "nobody on the council wanted this" says
 * who nobody is before what they did: neither answers a claim (review88 lidsworth q02, a wrong key, and q14).</li>
 * <li>"most of their bands had never been warned about the law": "never" goes with the act after it, so a claimed word
 * before it ("the band of 14 ringers") makes no denial; a name or a pointed-back subject still does (review88 lidsworth
 * q07, a wrong key).</li>
 * <li>"Manfredo Yendole, a dealer from Saxilby, who said …": the one word after "from" is where he is from, not who spoke
 * (review89 nunsford offered "Saxilby" as a speaker in six questions).</li>
 * <li>"two folk records that sold fewer than 500 copies": a counted plural is no verb of saying (nunsford).</li>
 * <li>"the lights must go off at 9pm, not 11pm" after "would burn until 11pm": a must set against a figure just given
 * answers it (stennerley).</li>
 * <li>"… that no surveyor had looked at the floor. “I lifted six boards …,” said the surveyor": one of those said never to
 * have done it, telling what they did, answers the claim (fairlow).</li>
 * </ul>
 */
class ConstructionsSixtyFiveTest {

    @Test
    void moreFaultsOwnedBeforeAColonAreAdmissions() throws Exception {
        var all = analyze("Neighbours said the courts would be noisy. The club said it had been naive about the noise: its first "
                + "drawings showed no fence at all. Pigott said the forge had been treated badly. The council said its first letter "
                + "to the forge had been ill-judged: he learned that he had lost from a two-line email. Tenants said they had not "
                + "been told. The landlord said it had been short-sighted: no money had been set aside for new cradles. Parents said "
                + "the notice was too short. The committee said the short notice was of its own making: its letter went out on June "
                + "28. An inspector said the locks had failed. Beale said he had not done his homework on the locks: the monthly test "
                + "was last done in August.");
        for (String owned : new String[] {"naive about the noise", "had been ill-judged", "had been short-sighted",
                "of its own making", "not done his homework"}) {
            assertEquals(Stance.CONFIRM, saying(all, owned).stance(), owned + " in " + all);
        }
        assertEquals(Stance.DENY, analyze("Neighbours said the courts would be noisy. The club said the suggestion was naive: "
                + "no court would be used after nine.").get(1).stance());
    }

    @Test
    void whatTheSpeakersOwnRecordShowsIsPartOfTheirWords() throws Exception {
        var all = analyze("Pawsey said the cable had been damaged when the cradle was overloaded. Philemon Tudball said the "
                + "suggestion was daft: every load went through a meter, and its log had never shown more than 190 kilograms.");
        assertTrue(saying(all, "every load went through a meter").content().contains("its log had never shown"), all.toString());
        assertEquals(2, all.size(), all.toString());
        var lawyers = analyze("The firm said it had done nothing wrong, and its lawyers said the claim would fail.");
        assertEquals("its lawyers", saying(lawyers, "the claim would fail").source(), lawyers.toString());
    }

    @Test
    void aPlaceDescribedOrWhoNobodyIsAnswersNoClaim() throws Exception {
        var all = analyze("Councillor Hew Dunkerley said the church had taken 18,000 crowns from its tower fund to pay for a "
                + "camera that streams the nest online. The treasurer, Konrad Ardley, said Dunkerley was talking through his hat: "
                + "the camera had cost 2,600 crowns. The fund stands at about 41,000 crowns. Ardley said the council would pay "
                + "the band's fares if it practised at Elmcote, four miles away, where the six bells hang in a tower with no nest.");
        assertNotEquals(Stance.DENY, saying(all, "pay the band's fares").stance(), all.toString());
        var vicar = analyze("Disturbing a peregrine at its nest is an offence, and the church council said it could face a fine if "
                + "the birds left. \"We love those bells, and nobody on the council wanted this,\" said the vicar, the Rev Edmund "
                + "Gidley.");
        assertNotEquals(Stance.DENY, saying(vicar, "nobody on the council wanted this").stance(), vicar.toString());
    }

    @Test
    void neverGoesWithTheActAfterIt() throws Exception {
        var all = analyze("Hartnoll said the band of 14 ringers would lose Easter Day. Isaac Gladwin said most of their bands had "
                + "never been warned about the law.");
        assertNotEquals(Stance.DENY, saying(all, "never been warned").stance(), all.toString());
        var price = analyze("The same post says the guide price has been cut from 750,000 crowns. \"That price has never had a "
                + "seven in front of it,\" Marsh said.");
        assertEquals(Stance.DENY, saying(price, "never had a seven").stance(), price.toString());
    }

    @Test
    void aPersonFromAPlaceIsWhoSpeaks() throws Exception {
        var all = analyze("Both tables were booked by Manfredo Yendole, a dealer from Saxilby, who said he had bought the records "
                + "in good faith.");
        assertEquals("Manfredo Yendole", saying(all, "in good faith").source(), all.toString());
        var letter = analyze("The council received a letter from Haskett, who said the bread was fresh.");
        assertEquals("Haskett", saying(letter, "the bread was fresh").source(), letter.toString());
    }

    @Test
    void aRuleSetAgainstAFigureJustGivenDeniesIt() throws Exception {
        var all = analyze("Octavius Raikes, who lives opposite, said the floodlights would burn until 11pm every night. The council's "
                + "planning officer, Timea Sherratt, said the lights must go off at 9pm, not 11pm, and that no game may start before 8am.");
        assertEquals(Stance.DENY, saying(all, "must go off at 9pm").stance(), all.toString());
        var noEcho = analyze("Octavius Raikes said the floodlights would be bright. Timea Sherratt said the lights must go off at 9pm, "
                + "not 11pm.");
        assertNotEquals(Stance.DENY, saying(noEcho, "must go off at 9pm").stance(), noEcho.toString());
    }

    @Test
    void oneSaidNotToHaveDoneItAnswersInTheFirstPerson() throws Exception {
        var all = analyze("A committee member who asked not to be named told the Fairlow Focus that no surveyor had looked at the "
                + "floor before the vote. \"I lifted six boards in April and found wet rot in 14 of the 22 joists under them,\" said "
                + "the surveyor, Heidi Littlejohn.");
        assertEquals(Stance.DENY, saying(all, "I lifted six boards").stance(), all.toString());
    }

    @Test
    void aCountedPluralIsNoVerbOfSaying() throws Exception {
        assertEquals(java.util.List.of(), analyze("Most of the 412 records were copies of just nine albums, among them two folk "
                + "records that sold fewer than 500 copies when they came out in 1971."));
    }
}
