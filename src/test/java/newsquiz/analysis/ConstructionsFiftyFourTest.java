package newsquiz.analysis;

import static newsquiz.analysis.InventedText.analysis;
import static newsquiz.analysis.InventedText.analyze;
import static newsquiz.analysis.InventedText.saying;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The constructions that eval-blind64 and 65 and their reviews showed at stop 54, in invented text. Each test gives one
 * rule:
 * <ul>
 * <li>"refuted her account, saying …": "her" owns the account; the participle gives the denial.</li>
 * <li>"set the record straight on Tuesday, saying …" and "set the record straight in a statement: …" deny in the words
 * after them, and hold no statement of their own; "the tolerance set in its contract" is no cue.</li>
 * <li>"A driver for the council's waste contractor, Brindlecombe Haulage, who …" is the unnamed driver speaking; the
 * company, named by its trade, is the one "the firm" means later.</li>
 * <li>"the council", unnamed from the lede of a story about one town, stays that council after a neighbouring one is named.</li>
 * <li>"the council's leisure portfolio holder, Councillor NAME, told …" after a quotation: the quotation is what he said.</li>
 * <li>A second body insisting on the ground of a denial just given denies too; so does "Quarrydale's managing director",
 * quoted on the same thing straight after Quarrydale Stone's denial.</li>
 * </ul>
 */
class ConstructionsFiftyFourTest {

    @Test
    void refutedHerAccountSayingDeniesInTheParticiple() throws Exception {
        var all = analyze("Its chair, Orla Brisk, said the pipe had burst four times in ten years.\n\nFennick Water refuted her "
                + "account, saying the pipe had burst only once before, in 2029.");
        assertEquals(Stance.DENY, saying(all, "only once before").stance(), all.toString());
        assertEquals(Stance.DENY, saying(all, "her account").stance(), all.toString());
    }

    @Test
    void settingTheRecordStraightDeniesInTheWordsAfterIt() throws Exception {
        var all = analyze("The patients' group said the merger was the first step towards closing the Dunmere building.\n\nThe "
                + "practice set the record straight on Tuesday, saying both buildings would stay open.");
        assertEquals(Stance.DENY, saying(all, "both buildings would stay open").stance(), all.toString());
        assertTrue(all.stream().noneMatch(a -> a.content().contains("record straight")), all.toString());
        var colon = analyze("The choir said the trust had cleared its Tuesday slot to let the hall to a wedding firm.\n\nThe trust's "
                + "chair, Hebe Quant, set the record straight in a statement on Thursday: the hall's floor is to be replaced.");
        assertEquals(Stance.DENY, saying(colon, "the hall's floor is to be replaced").stance(), colon.toString());
    }

    @Test
    void aParticipleSetIsNoCue() throws Exception {
        var all = analyze("Parents said the portions were too small.\n\nTrenchard Catering said the weighing had been done by "
                + "lunchtime helpers, not by its cooks, and that the difference was within the tolerance set in its contract.");
        assertTrue(saying(all, "the weighing had been done").content().endsWith("set in its contract"), all.toString());
    }

    @Test
    void aWorkerForANamedContractorIsTheUnnamedWorker() throws Exception {
        var all = analyze("The council will charge 60 crowns a year for brown bins.\n\nA driver for the council's waste contractor, "
                + "Brindlecombe Haulage, who was not allowed to speak to the press, told the Wexley Herald that the rounds would be "
                + "cut from 12 to eight.\n\nBrindlecombe said no driver would lose a round. The firm said its contract ran until 2034.");
        Attribution driver = saying(all, "cut from 12 to eight");
        assertTrue(driver.source().startsWith("A driver"), all.toString());
        assertTrue(driver.anonymous(), all.toString());
        assertEquals("Brindlecombe Haulage", saying(all, "its contract ran until 2034").source(), all.toString());
    }

    @Test
    void theStorysOwnCouncilIsNotTheNeighbourNamedSince() throws Exception {
        var all = analyze("Households in Ashwick will pay 65 crowns a year after the borough council voted on Thursday.\n\nThe "
                + "council says the charge is needed because of a gap in its budget.\n\nCampaigners point to neighbouring Fenwold, "
                + "where the group says fly-tipping rose by 40 percent.\n\nFenwold District Council challenged the claim, saying "
                + "reports had gone from 212 to 219.\n\nA driver told the Herald that lorries would be cut.\n\n\"There will be 14 "
                + "lorries,\" said the council's cabinet member, Councillor Ida Pettifer.\n\nThe Ashwick Allotment Society said members "
                + "would pay.\n\nHouseholds can take garden waste to the recycling centre free of charge, the council said.");
        assertNotEquals("Fenwold District Council", saying(all, "free of charge").source(), all.toString());
    }

    @Test
    void aQuotationBeforeALongRoleAndItsHolderIsHis() throws Exception {
        var all = analyze("The trust denied that there were any plans for a gym.\n\n\"Nobody has asked us to turn that hall into "
                + "anything else,\" the council's leisure portfolio holder, Councillor Ansel Dray, told the Wexley Standard.");
        Attribution said = saying(all, "Nobody has asked us");
        assertEquals("Ansel Dray", said.source(), all.toString());
    }

    @Test
    void aSecondBodyInsistingOnTheDenialsGroundDenies() throws Exception {
        var all = analyze("Dunmere Patients' Voice said the merger was the first step towards closing the Tallow Street building.\n\n"
                + "The partnership set the record straight on Tuesday, saying both buildings would stay open. The Wexley Primary "
                + "Care Office, which holds the contracts, insisted that the merged practice must keep both sites open until 2036.");
        assertEquals(Stance.DENY, saying(all, "must keep both sites open").stance(), all.toString());
    }

    @Test
    void theNamedBodysOfficerOnTheSameThingGoesOnWithItsDenial() throws Exception {
        var all = analyze("The residents' group said the quarry had broken its vibration limit at least 11 times this year.\n\n"
                + "Quarrydale Stone took issue with the group's figure, saying its monitors had not recorded a single blast above "
                + "the limit since 2026.\n\n\"The highest reading this year was 4.2. Every figure goes to the council within a day "
                + "of the blast,\" said Quarrydale's managing director, Piran Lusk.");
        assertEquals(Stance.DENY, saying(all, "The highest reading").stance(), all.toString());
    }

    @Test
    void justAsClearBeforeAColonQuoteGoesWithTheDenialBefore() throws Exception {
        var all = analyze("The association said the council planned to hand the market to a private operator, Brackley Markets. "
                + "The council described the claim as baseless. Brackley's owner, Tamsin Orrell, was just as clear: \"We have never "
                + "spoken to the council about anything.\"");
        assertEquals(Stance.DENY, saying(all, "We have never spoken").stance(), all.toString());
    }

    @Test
    void theAccountAfterNotRecognisingTheFigureDenies() throws Exception {
        var all = analyze("Councillor Petra Lusk said patients were waiting an average of 19 days for an appointment. The practice "
                + "said it did not recognise the figure: its own records put the average wait in February at six days.");
        assertEquals(Stance.DENY, saying(all, "its own records put").stance(), all.toString());
    }

    @Test
    void aQuotationAnswersOneUnnamedPersonsClaimFromItsFirstSentence() throws Exception {
        var all = analyze("One parent on the committee, speaking on condition of anonymity, told Radio Wexley that the committee had "
                + "missed two deadlines to reply to the estate's offer.\n\n\"We answered every letter from the estate within a week. "
                + "I have the receipts in a folder on my desk,\" said the group's treasurer, Aldous Brell.");
        assertEquals(Stance.DENY, saying(all, "We answered every letter").stance(), all.toString());
        var group = analyze("Residents of Pell Row say a fine black dust from the smelter has been settling on their cars since "
                + "July.\n\n\"You wipe the table in the morning and it's black again by lunch. My grandson's asthma has never been "
                + "this bad,\" said Ivy Hobb, who chairs the Pell Row Residents' Group.");
        assertNotEquals(Stance.DENY, saying(group, "You wipe the table").stance(), group.toString());
    }

    @Test
    void aPlanClaimedWithALongSubjectIsAnsweredByThePlanAsItStands() throws Exception {
        var all = analyze("A driver for the council's waste contractor, who was not authorised to speak to the press, told the "
                + "Wexley Herald that the number of lorries on brown-bin rounds would be cut from 14 to nine once the charge "
                + "began.\n\n\"There will be 14 lorries on brown-bin rounds in April, exactly as now. Collections will carry on "
                + "every fortnight,\" said the council's cabinet member, Councillor Ida Pettifer.");
        assertEquals(Stance.DENY, saying(all, "There will be 14 lorries").stance(), all.toString());
    }

    @Test
    void aNewVoiceRightAfterADenialOnTheSameThingBearsItOut() throws Exception {
        var all = analyze("The residents' group said at least six nests had been destroyed.\n\nThe contractor, Wexley Grounds, said "
                + "nothing could be further from the truth, and that a surveyor had walked the whole hedge and found no active "
                + "nests. The landowner, Edric Holm, said he had checked the hedge himself a week earlier and seen only old nests.");
        assertEquals(Stance.DENY, saying(all, "checked the hedge himself").stance(), all.toString());
        var report = analyze("Pellow Potato Marketing has dismissed reports that it is preparing a second cut to the price it pays "
                + "its members.\n\nThe co-operative lowered its price by 11 crowns a tonne on 1 February. A report in the trade "
                + "paper Haulm Weekly said a further cut to the price was planned for April, citing two board members who asked "
                + "not to be named.");
        assertNotEquals(Stance.DENY, saying(report, "a further cut").stance(), report.toString());
    }

    @Test
    void theCompanyNamedByItsTradeIsNoPerson() throws Exception {
        var result = analysis("Brindlecombe Haulage was adamant that no lorry would be taken off the rounds.");
        assertTrue(result.sources().stream().filter(e -> e.name().equals("Brindlecombe Haulage"))
                .allMatch(e -> e.type() == SourceType.ORGANIZATION), result.sources().toString());
    }
}
