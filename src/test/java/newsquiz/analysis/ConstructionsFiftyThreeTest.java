package newsquiz.analysis;

import static newsquiz.analysis.InventedText.analyze;
import static newsquiz.analysis.InventedText.saying;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The constructions that eval-blind62 and 63 and their reviews showed at stop 53, in invented text. Each test gives one
 * rule:
 * <ul>
 * <li>A name ending in its trade ("Brackwell Foods", "Orrin Water") is a company's, so "the firm" and "the company" are
 * that company's; a body once described as a campaign group is no firm, even where a bare "the group" names it.</li>
 * <li>"the union's claim did not stand up" is a verdict on the claim just reported.</li>
 * <li>"Not one portion is smaller than it was in July" and "Not one job depends on this street" are emphatic rebuttals.</li>
 * <li>"contradicted him, saying …" and "flatly disagreed with NAME, saying …" deny in the participle's words, however long;
 * "corrected him: her estimate was …" denies in the words after the colon.</li>
 * <li>A quote that opens with the figure another party has just given and calls it something else ("Forty is a Saturday
 * figure, not an average") denies it; so does "the union had its facts wrong: …".</li>
 * <li>"I have never had a letter from the council in my life" is a grievance, no denial.</li>
 * <li>"its harbourmaster", quoted straight after his body's bare verdict on a claim, goes on with that denial.</li>
 * <li>"said the diocese should be paying for the rebuilding, not the people of the town" is a demand, no denial; "Nobody is
 * pretending these buses are full, but …" a concession.</li>
 * </ul>
 */
class ConstructionsFiftyThreeTest {

    @Test
    void theFirmIsTheCompanyNamedByItsTradeNotTheCampaignGroup() throws Exception {
        var all = analyze("Meals at Harrowden Infirmary have been cooked off site since May, when Brackwell Foods took over the "
                + "contract. The patients' group Harrowden Patients First said portions had shrunk. Its chair, Ada Quill, said "
                + "meals arrived cold. Brackwell's director, Tobin Vey, said the first week had gone badly. The firm said it had "
                + "since bought three more vans. Patients First said the group would hand in a petition in June.");
        assertEquals("Brackwell Foods", saying(all, "three more vans").source(), all.toString());
    }

    @Test
    void theCompanyIsTheWaterCompanyNotTheReservoirItRuns() throws Exception {
        var all = analyze("Cresby Reservoir, which supplies about 90,000 homes, is 38 percent full, Orrin Water said on Friday. The "
                + "level has fallen because two streams dried up in May, the company said.");
        assertEquals("Orrin Water", saying(all, "two streams dried up").source(), all.toString());
    }

    @Test
    void anOwnedClaimThatDoesNotStandUpIsDenied() throws Exception {
        var all = analyze("The drivers' union said 40 drivers would lose their jobs. The depot said the union's claim did not stand "
                + "up, because all 40 had been offered work on other routes.");
        assertEquals(Stance.DENY, saying(all, "the union's claim").stance(), all.toString());
    }

    @Test
    void notOneThingIsSmallerThanItWasDenies() throws Exception {
        var all = analyze("The residents' group said tenants were getting smaller parcels. Its chair said the bags were half empty. "
                + "The council said the figure was wrong. \"Not one parcel from this hall is smaller than it was in spring. We weigh "
                + "every bag before it leaves,\" said the hall's warden, Ossie Grale.");
        assertEquals(Stance.DENY, saying(all, "Not one parcel").stance(), all.toString());
    }

    @Test
    void notOneJobDependsOnItDenies() throws Exception {
        var all = analyze("The mill said the ban would add 9 miles to every trip and could cost up to 30 jobs. \"We have used that "
                + "lane since 1951,\" said its manager. Councillor Wenna Tregear was blunt. \"Not one job at the mill depends on this "
                + "lane. Its lorries used the bypass every day until 2029,\" she said.");
        assertEquals(Stance.DENY, saying(all, "Not one job").stance(), all.toString());
    }

    @Test
    void contradictedHimSayingDeniesInTheParticiplesWords() throws Exception {
        var all = analyze("Councillor Abel Rusk said the trust had sat on a warning for two years. The trust contradicted him, "
                + "saying the report reached it in May and was published within a month.");
        assertEquals(Stance.DENY, saying(all, "the report reached it in May").stance(), all.toString());
    }

    @Test
    void disagreedWithANamedPersonSayingDenies() throws Exception {
        var all = analyze("Silas Nutley said he had written to the council twice before anyone replied. The council flatly "
                + "disagreed with Nutley over the emails, saying it had received one message from him and answered it within a week.");
        assertEquals(Stance.DENY, saying(all, "received one message").stance(), all.toString());
        assertTrue(all.stream().noneMatch(a -> a.content().strip().equals("Nutley")), all.toString());
    }

    @Test
    void correctedHimWithAColonDeniesInTheWordsAfterIt() throws Exception {
        var all = analyze("Councillor Abel Rusk said the repair would cost about 3 million crowns. The trust's engineer, Dr Ida "
                + "Penhale, corrected him: her estimate was 1.6 million crowns, not 3 million.");
        assertEquals(Stance.DENY, saying(all, "her estimate was 1.6 million").stance(), all.toString());
    }

    @Test
    void aBareContradictionOfAStoryStaysADenial() throws Exception {
        var all = analyze("The Courier said the inn had been sold to a builder. The chairman of the parish council, Odo Fenn, "
                + "flatly contradicted the story of a sale.");
        assertEquals(Stance.DENY, saying(all, "the story of a sale").stance(), all.toString());
    }

    @Test
    void theFigureJustGivenCalledSomethingElseIsDenied() throws Exception {
        var all = analyze("The riders' group said the buses carried about 30 passengers a trip. \"Thirty is a Friday-night figure "
                + "for one bus, not an average,\" said the operator's manager, Yestin Morrow.");
        assertEquals(Stance.DENY, saying(all, "Thirty is a Friday-night figure").stance(), all.toString());
    }

    @Test
    void hadItsFactsWrongDenies() throws Exception {
        var all = analyze("The union said drivers would lose their night pay. The operator said the union had its facts wrong: "
                + "night pay was fixed by a national agreement.");
        assertEquals(Stance.DENY, saying(all, "the union had its facts wrong").stance(), all.toString());
    }

    @Test
    void aThingNeverReceivedIsAGrievanceNotADenial() throws Exception {
        var all = analyze("Nola Pim, who lives in a block of 20 flats, said she had been fined without a warning. \"Someone put "
                + "a bag of nappies in our bin. I have never had a letter from the council in my life,\" she said.");
        assertNotEquals(Stance.DENY, saying(all, "never had a letter").stance(), all.toString());
    }

    @Test
    void itsOfficerGoesOnWithItsBodysBareVerdict() throws Exception {
        var all = analyze("The owners' association said the trust was using the storm to pay off a loan on its office. The trust said "
                + "there was no truth in the association's claim. \"Every penny of this rise goes into the water. The office was paid "
                + "for in 2029 out of fishing dues,\" said its harbourmaster, Gerent Polwhele.");
        assertEquals(Stance.DENY, saying(all, "Every penny").stance(), all.toString());
    }

    @Test
    void whatShouldBeNotTheOtherIsADemandNotADenial() throws Exception {
        var all = analyze("The vicar, the Reverend Ada Penrose, said the parish had raised 90,000 pounds in four weeks. \"People "
                + "who have never set foot in St Ide's have sent us money. That tells you what the spire means to this town,\" she "
                + "said. Penrose conceded that the appeal was behind where the parish had hoped to be. The Hexford Spire Watch, a "
                + "group of residents, said the diocese had been told in a 2029 survey that the spire was unsafe and had done "
                + "nothing about it. Its founder, Tamsin Roe, said the diocese should be paying for the rebuilding, not the people "
                + "of the town.");
        assertEquals(Stance.OPINION, saying(all, "should be paying").stance(), all.toString());
    }

    @Test
    void nobodyIsPretendingIsAConcessionNotADenial() throws Exception {
        var all = analyze("The drivers' union said the real reason for the cut was that the operator wanted to stop paying "
                + "night allowances. Its organiser, Oswy Tremain, said drivers had been told of the plan in March.\n\nThe operator "
                + "said the union had its facts wrong: night allowances were fixed by a national agreement.\n\n\"Nobody is "
                + "pretending these buses are full,\" Tremain said, \"but the people on them are the ones who keep this city running "
                + "at night.\"");
        assertNotEquals(Stance.DENY, saying(all, "Nobody is pretending").stance(), all.toString());
    }
}
