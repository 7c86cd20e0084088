package newsquiz.analysis;

import static newsquiz.analysis.InventedText.analyze;
import static newsquiz.analysis.InventedText.saying;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The constructions that eval-blind72 and 73 showed at stop 58, in invented text. Each test gives one rule:
 * <ul>
 * <li>"the county had not counted the traffic" answered in the very next sentence by "its engineers had counted 310 vehicles
 * an hour": the act said done is the answer, whatever it calls the thing counted.</li>
 * <li>"the police had taken two days to come out" answered by the police with "95 minutes after his call": the one a claim
 * is about, giving another span of time for it, denies it; a span that agrees denies nothing.</li>
 * <li>"Families … said nobody had told them. The council said every family on its register had been sent a letter": what
 * is said done for every one of those who said it never was answers them.</li>
 * <li>"The developer named on the society's petition, X, said it had never been offered the site", after a claim that the
 * hill would be sold "to a housing developer": the one a claim brought in by its kind answers it.</li>
 * <li>"turned that claim on its head, saying …": what follows the idiom is the rebuttal.</li>
 * <li>"protested that every bundle it sold was cut from beds left to grow for two winters", right after the claim that
 * the reed was cut after one season: a protest against the claim before; "protested outside the hall" reports nothing.</li>
 * <li>"The council denied … “…,” said the committee's chair, Councillor X": a councillor goes on with the council's denial.</li>
 * <li>"The family who farm Wrayholt, the Pendreighs, said", "The vet who treated the rest, Rhonwen Mullarkey, said": the name
 * after a relative clause ending in a place, or in a noun no person's name fits, is the speaker's.</li>
 * <li>"whose family has farmed Upper Scarth": a name opening with "Upper" is a place's, so the next "He said" is still the
 * farmer's.</li>
 * <li>"once training, uniforms and cover were counted": a passive of a reporting verb after a list is no trailing
 * attribution, and what was said goes on to the end.</li>
 * <li>After eval-blind74 and 75 were measured unseen and reviewed: more retorts told by their frame ("came back at the union,
 * saying", "parried the charge, saying", "knocked that on the head, saying", "demolished that claim, saying", "gave the lie
 * to that, saying", "fired back that"); more idioms of a claim found wanting ("was a red herring:", "told a different story:",
 * "had slipped a digit:", "had got her wires crossed:", "had mistaken a loss for a profit:", "the truth was more mundane:");
 * "said it had done nothing of the kind: …" keeps its verdict (the "it" is a subject, not an object pointing at the words);
 * "the cheese would be cut up and sold" is a plan, no account against a claim; the committee's secretary saying what the
 * committee did, right after a claim that it never did it, denies it; "Northfrost Refrigeration, which …" is one name.</li>
 * <li>Whatever the idiom, a verdict on the one who has just made a claim, then a colon and the speaker's own version,
 * denies it ("the group had misread the accounts: …", "Rusk was living in the past: …"); one that approves ("had a point:")
 * does not.</li>
 * </ul>
 */
class ConstructionsFiftyEightTest {

    @Test
    void theActDoneRightAfterAnswersAClaimThatItWasNotDone() throws Exception {
        var all = analyze("A teacher at the school, who asked not to be named, told the Orrin Mercury that the county had not "
                + "counted the traffic on Mill Road since 2024. The county's road safety manager, Ivo Strand, said its engineers "
                + "had counted 310 vehicles an hour passing the gate in October.");
        assertEquals(Stance.DENY, saying(all, "310 vehicles").stance(), all.toString());
    }

    @Test
    void theAccusedGivingAnotherSpanOfTimeDenies() throws Exception {
        var all = analyze("The farmer, Ivo Pell, told Radio Orrin that the police had taken two days to come out to the farm. "
                + "Orrin Police said its log showed an officer had reached the farm 95 minutes after his call.");
        assertEquals(Stance.DENY, saying(all, "95 minutes").stance(), all.toString());
    }

    @Test
    void theSameSpanOfTimeDeniesNothing() throws Exception {
        var all = analyze("The farmer, Ivo Pell, told Radio Orrin that the police had taken two days to come out to the farm. "
                + "Orrin Police said officers had been busy for two days with a crash on the bypass.");
        assertNotEquals(Stance.DENY, saying(all, "busy").stance(), all.toString());
    }

    @Test
    void doneForEveryOneOfThoseWhoSaidNobodyDidAnswersThem() throws Exception {
        var all = analyze("The council removed 31 benches from the clifftop path. Families who paid for the benches said nobody had "
                + "told them. The council said every family on its register had been sent a letter in May.");
        assertEquals(Stance.DENY, saying(all, "letter in May").stance(), all.toString());
    }

    @Test
    void theOneNamedByItsKindAnswersTheClaim() throws Exception {
        var all = analyze("The society's chair, Ada Rusk, said the university wanted to sell the hilltop to a housing developer.\n\n"
                + "The developer named on the society's petition, Orrin Homes, said it had never been offered the site.");
        assertEquals(Stance.DENY, saying(all, "never been offered").stance(), all.toString());
    }

    @Test
    void turningTheClaimOnItsHeadRebuts() throws Exception {
        var all = analyze("The club's chair, Ada Rusk, told Radio Orrin that the council wanted the green to fail so it could sell "
                + "the land. The council turned that claim on its head, saying it had offered the club a new 25-year lease in March.");
        assertEquals(Stance.DENY, saying(all, "25-year lease").stance(), all.toString());
    }

    @Test
    void aProtestAgainstTheClaimJustMadeDenies() throws Exception {
        var all = analyze("The survey said much of the imported reed was cut after a single season's growth. Orrin Reed, the "
                + "largest importer, protested that every bundle it sold was cut from beds left to grow for at least two winters.\n\n"
                + "Thatchers protested outside the hall on Monday.");
        assertEquals(Stance.DENY, saying(all, "two winters").stance(), all.toString());
        assertEquals(2, all.size(), all.toString());
    }

    @Test
    void aCouncillorGoesOnWithTheCouncilsDenial() throws Exception {
        var all = analyze("A council officer who works with the naming committee told the Orrin Herald that the builder, Pell Homes, "
                + "had asked for the change.\n\nThe council denied that any builder had asked for the change. \"The request came "
                + "from the petition and from nowhere else. We have had no letter about this lane from Pell or from anybody acting "
                + "for it,\" said the committee's chair, Councillor Ada Rusk.");
        assertEquals(Stance.DENY, saying(all, "nowhere else").stance(), all.toString());
    }

    @Test
    void theNameAfterARelativeClauseEndingInAPlaceIsTheSpeakers() throws Exception {
        var all = analyze("A neighbour told the Orrin Farmer that the same dogs had killed lambs at Wrayholt in March. The family "
                + "who farm Wrayholt, the Pendreighs, said that was far-fetched: they had not lost a single lamb in six years.");
        assertEquals("Pendreighs", saying(all, "single lamb").source(), all.toString());
    }

    @Test
    void aPersonsNameAfterARelativeClauseIsTheSpeakersNotTheThingsInIt() throws Exception {
        var all = analyze("The vet who treated the rest, Rhonwen Mullarkey, said at least six more ewes were likely to lose their "
                + "lambs.");
        assertEquals("Rhonwen Mullarkey", saying(all, "six more").source(), all.toString());
    }

    @Test
    void aNameOpeningWithUpperIsAPlace() throws Exception {
        var all = analyze("The flock belongs to Ivo Pennick, whose family has farmed Upper Scarth for four generations. He said the "
                + "dogs had come from the holiday park.");
        assertEquals("Ivo Pennick", saying(all, "holiday park").source(), all.toString());
    }

    @Test
    void aPassiveAfterAListIsNoTrailingAttribution() throws Exception {
        var all = analyze("The council said the post cost 17,400 crowns a year once training, uniforms and cover were counted.");
        assertEquals("the post cost 17,400 crowns a year once training, uniforms and cover were counted",
                saying(all, "17,400").content(), all.toString());
    }

    @Test
    void retortsToldByTheirFrameDeny() throws Exception {
        for (String frame : List.of("came back at the union, saying", "parried the charge, saying", "knocked that on the head, saying",
                "demolished that claim, saying", "gave the lie to that, saying", "fired back that")) {
            var all = analyze("The union said the post had been cut to save money. The university " + frame + " the post had been "
                    + "advertised twice since May.");
            assertEquals(Stance.DENY, saying(all, "advertised twice").stance(), frame + " " + all);
        }
    }

    @Test
    void moreIdiomsOfAClaimFoundWantingDeny() throws Exception {
        for (String verdict : List.of("that was a red herring", "its records told a different story", "the group had slipped a digit",
                "the group had got its wires crossed", "the group had mistaken a loss for a profit", "the truth was more mundane")) {
            var all = analyze("The residents' group said the fund had lost 40,000 crowns. The fund's treasurer, Ivo Pell, said " + verdict
                    + ": the fund had 4,000 crowns in the bank.");
            assertEquals(Stance.DENY, saying(all, "in the bank").stance(), verdict + " " + all);
        }
    }

    @Test
    void aVerdictWithItsOwnSubjectBeforeTheColonStays() throws Exception {
        var all = analyze("The society said the university had switched off the alarm. The university said it had done nothing of "
                + "the kind: the alarm had been on all weekend.");
        Attribution said = saying(all, "on all weekend");
        assertEquals(Stance.DENY, said.stance(), all.toString());
        assertTrue(said.content().startsWith("it had done nothing of the kind"), said.content());
    }

    @Test
    void whatWillBecomeOfTheThingIsNoAccountAgainstTheClaim() throws Exception {
        var all = analyze("A steward told the Orrin Crier that the cheesemaker had refused to make this year's cheese. \"We have made "
                + "the race cheese every year since 1988,\" said Ivo Pell, who runs the dairy. He said the cheese would be cut up and "
                + "sold at the village shop.");
        assertNotEquals(Stance.DENY, saying(all, "village shop").stance(), all.toString());
    }

    @Test
    void theBodySayingWhatItDidAnswersAClaimThatItNeverDid() throws Exception {
        var all = analyze("Councillor Ada Rusk said the committee had never applied to close the lane. The committee's secretary, "
                + "Ivo Pell, said the form had gone in on January 12.");
        assertEquals(Stance.DENY, saying(all, "January 12").stance(), all.toString());
    }

    @Test
    void aNameOfTwoWordsBeforeWhichIsOneName() throws Exception {
        var all = analyze("Northfrost Refrigeration, which maintains the plant, said the compressor had burned out.");
        assertEquals("Northfrost Refrigeration", saying(all, "compressor").source(), all.toString());
    }

    @Test
    void aVerdictOnTheClaimantBeforeAColonDeniesWhateverItsWords() throws Exception {
        for (String verdict : List.of("the group had misread the accounts", "Rusk was living in the past")) {
            var all = analyze("Ada Rusk, who chairs the residents' group, said the firm had doubled its fee. The firm's director, Ivo "
                    + "Pell, said " + verdict + ": the fee had been 3 percent since 2029.");
            assertEquals(Stance.DENY, saying(all, "since 2029").stance(), verdict + " " + all);
        }
        var approving = analyze("Ada Rusk, who chairs the residents' group, said the firm had doubled its fee. The firm's director, "
                + "Ivo Pell, said the group had a point: the fee had gone up twice since 2029.");
        assertNotEquals(Stance.DENY, saying(approving, "since 2029").stance(), approving.toString());
    }
}
