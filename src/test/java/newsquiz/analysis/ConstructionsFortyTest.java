package newsquiz.analysis;

import static newsquiz.analysis.InventedText.analyze;
import static newsquiz.analysis.InventedText.saying;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The constructions eval-blind38 showed at stop 40, in invented text: a plain "said" giving another account of what a letter,
 * leaflet or post put about, or of what the article calls a claim ("three firms had quoted" after "claimed that the contract
 * had been handed over without other quotes"), and a plan answered by the plan as it stands; and the statements next to them
 * that stay what they are.
 */
class ConstructionsFortyTest {

    @Test
    void anotherAccountOfWhatALeafletSaidDeniesIt() throws Exception {
        var all = analyze("A leaflet from the Harbour Party, delivered to 6,000 homes, said the Greens would close the ferry if "
                + "they won the council. Ms Ottoline Brandt said the Green manifesto funded the ferry until 2030.");
        Attribution funded = saying(all, "funded the ferry");
        assertEquals("Ottoline Brandt", funded.source());
        assertEquals(Stance.DENY, funded.stance());
    }

    @Test
    void anotherAccountOfAClaimDeniesItWithoutSettlingWords() throws Exception {
        var all = analyze("The letter also claimed that the roofing contract had been given to the mayor's cousin without other "
                + "quotes. Mr Caspar Lindqvist said four firms had quoted and that Tarrow Roofing had been the cheapest.");
        assertEquals(Stance.DENY, saying(all, "four firms had quoted").stance());
    }

    @Test
    void aPlanClaimedIsAnsweredByThePlanAsItStands() throws Exception {
        var all = analyze("A letter pushed through doors last week said the trustees planned to sell the two old organs to a museum. "
                + "The chair of the trustees, Ivo Marchetti, said both organs would stay in the hall after the repairs.");
        assertEquals(Stance.DENY, saying(all, "both organs would stay").stance());
    }

    @Test
    void aSpeakerOnTheClaimsSideAddsToIt() throws Exception {
        var founder = analyze("Save Our Pool, a campaign group, claims that 800 signatures on its petition were never counted. Its "
                + "founder, Greta Holm, told the Echo that volunteers had watched the petition boxes being thrown away.");
        assertEquals(Stance.ASSERT, saying(founder, "volunteers had watched").stance());
        var repeated = analyze("A post shared 9,000 times says the council will fell every tree on the green. The claim has since "
                + "been repeated by a councillor, Emrys Pugh, who told the chamber that the felling was the biggest in the "
                + "town's history.");
        assertEquals(Stance.ASSERT, saying(repeated, "the felling was the biggest").stance());
    }

    @Test
    void aPlainAccountAfterAPlainNamedStatementIsNoAnswer() throws Exception {
        var all = analyze("Councillor Bryn Hale said the library would close on Saturdays from May. The librarian, Ada Fenn, said "
                + "the library lent 40,000 books last year.");
        assertEquals(Stance.ASSERT, saying(all, "lent 40,000 books").stance());
        var plan = analyze("A rival coach claimed the referee would be dropped for the final. The league said it would name the "
                + "referees for the final on Monday.");
        assertEquals(Stance.ASSERT, saying(plan, "name the referees").stance());
    }

    @Test
    void onlyBeforeACountIsPartOfWhatWasSaid() throws Exception {
        var all = analyze("The union said the cuts had hit the night shift hardest. Ms Ilse Brandauer said only three of the 40 "
                + "people who left had worked nights.");
        assertEquals("only three of the 40 people who left had worked nights", saying(all, "three of the 40").content());
    }

    @Test
    void aCueWordInsideANounPhraseIsNoCue() throws Exception {
        var all = analyze("The Marine Safety Office, the government recall regulator, said it had found no fault in the hulls.");
        Attribution found = saying(all, "no fault in the hulls");
        assertEquals("Marine Safety Office", found.source());
        assertEquals("it had found no fault in the hulls", found.content());
    }

    @Test
    void aForumSpeaksLikeAPost() throws Exception {
        var all = analyze("An owners' forum, the Velo Riders Club, said last month that nine of the bikes had caught "
                + "fire.");
        assertEquals("nine of the bikes had caught fire", saying(all, "caught fire").content());
    }

    @Test
    void aSecondPartyAnsweringTheSameClaimDeniesItToo() throws Exception {
        var all = analyze("A letter pushed through doors said the trustees planned to sell the two old organs to a museum. The "
                + "chair, Ivo Marchetti, said both organs would stay in the hall. The diocese's music adviser, Mrs Ines Karlsson, "
                + "said no request to sell any organ had ever reached the diocese.");
        Attribution second = saying(all, "no request to sell any organ");
        assertEquals("Ines Karlsson", second.source());
        assertEquals(Stance.DENY, second.stance());
    }

    @Test
    void theClaimantAnsweringTheDenialOfItsClaimDeniesNothing() throws Exception {
        var all = analyze("The club's supporters' trust accused the board of losing track of gate receipts worth thousands of pounds. The chairman, Otto "
                + "Brisk, told members that not a single pound had gone missing. The Harbour Supporters' Trust says the club's "
                + "own figures show takings of 86,400 pounds last season.");
        assertEquals(Stance.ASSERT, saying(all, "own figures show takings").stance());
    }

    @Test
    void anAdmissionThatSomethingWasWrongIsNoDenial() throws Exception {
        var all = analyze("Ms Tamsin Rowe admitted that the figures in the leaflet were wrong. Mr Osian Tredwell recognised that "
                + "the council had been too slow. The board recognised the work of its volunteers.");
        assertEquals(Stance.CONFIRM, saying(all, "were wrong").stance());
        assertEquals(Stance.CONFIRM, saying(all, "too slow").stance());
        assertTrue(all.stream().noneMatch(a -> a.content().contains("volunteers")), all.toString());
    }

    @Test
    void aSecondVoiceInTheLedeAnswersTheClaimToCome() throws Exception {
        var all = analyze("The appeal has raised £40,000 of the £60,000 needed, the trustees told the annual meeting. The chair, "
                + "Ivo Marchetti, told the same meeting that none of the organs would be sold to pay for the work. The hall was "
                + "closed in May. A letter pushed through doors said the trustees planned to sell the two old organs to a museum.");
        assertEquals(Stance.DENY, saying(all, "none of the organs would be sold").stance());
    }

    @Test
    void aPlaceBeforeThatIsNoPartOfWhatWasSaid() throws Exception {
        var all = analyze("One long-serving ringer allegedly told friends at the harvest supper that the ringers had warned about "
                + "the louvres in 2019.");
        assertEquals("the ringers had warned about the louvres in 2019", saying(all, "warned about").content());
    }

    @Test
    void anotherAccountOfAnUnnamedHedgedClaimDeniesIt() throws Exception {
        var all = analyze("A former porter, who asked not to be named, told the Echo that staff had reportedly been told to shred "
                + "the visitor books before the audit. The manager, Greta Solberg, said the May visitor books had been sent to "
                + "the archive in June.");
        assertEquals(Stance.DENY, saying(all, "sent to the archive").stance());
    }

    @Test
    void aPlanAddedAfterTheAnswerLeavesItAnAnswer() throws Exception {
        var all = analyze("A video by a streamer known as Pikefin said the sequel Harrowdeep 3 had been cancelled. Studio head Ola "
                + "Strand said Harrowdeep 3 still had 80 developers working on it and would be shown at a show in May.");
        assertEquals(Stance.DENY, saying(all, "still had 80 developers").stance());
        var refusal = analyze("A video by a streamer known as Pikefin said the sequel Harrowdeep 3 had been cancelled. The "
                + "publisher said it still backed the studio and would not say whether Harrowdeep 3 was on schedule.");
        assertEquals(Stance.ASSERT, saying(refusal, "still backed the studio").stance());
    }

    @Test
    void aNegationBeforeTheClaimItFollowsDeniesIt() throws Exception {
        var all = analyze("Harrow Pictures has said its new film is not delayed, after several fan sites claimed the release had "
                + "been pushed back to 2029. The studio said ticket sales had been strong.");
        assertEquals(Stance.DENY, saying(all, "not delayed").stance());
        var plain = analyze("Harrow Pictures has said its new film is not a sequel, after a year of work on the script.");
        assertEquals(Stance.ASSERT, saying(plain, "not a sequel").stance());
    }

    @Test
    void aSecondPartySpeakingOfTheOneTheClaimNamedAnswersIt() throws Exception {
        var all = analyze("A leaflet from the Harbour Party said the Greens would close the ferry if they won the council. Ms "
                + "Ottoline Brandt said the Green manifesto funded the ferry until 2030. The ferry users' group Tidewise, which "
                + "backs no party, said the Greens had written to it in May promising to keep the service.");
        assertEquals(Stance.DENY, saying(all, "had written to it in May").stance());
    }

    @Test
    void aWaterCompanyIsABodyAndAStreetIsAPlace() throws Exception {
        var all = analyze("A campaign group has claimed that Tarnwick Water opened the sluices. Tarnwick Water denied opening any "
                + "sluice. It said the river had risen on its own. Residents of Cobbler Row said the water rose quickly.");
        assertEquals("Tarnwick Water", saying(all, "risen on its own").source());
    }

    @Test
    void aBodyAnswersWhatItsOwnUnnamedStaffAlleged() throws Exception {
        var all = analyze("A Tarnwick Water engineer, who asked not to be named, told the Mercury that the pumps had allegedly been "
                + "left unattended all night. Tarnwick Water said the pumps had run throughout the night and were checked at "
                + "1am.");
        assertEquals(Stance.DENY, saying(all, "run throughout the night").stance());
    }

    @Test
    void aModelWithItsNumberIsNoFullNameOfItsMaker() throws Exception {
        var all = analyze("About 9,000 Brindlecot Rover 220 prams are being recalled. Brindlecot said the fault affected one "
                + "batch of wheels.");
        assertEquals("Brindlecot", saying(all, "one batch of wheels").source());
    }

    @Test
    void aNumberOfPeopleToldAtAPlaceWithAPossessiveLeavesTheQuoteItsOwn() throws Exception {
        var all = analyze("\"There is no mortgage on the ground and there never has been,\" the chairman told about 150 supporters "
                + "at a fans' forum on 9 October.");
        assertEquals("There is no mortgage on the ground and there never has been", saying(all, "no mortgage").content());
    }
}
