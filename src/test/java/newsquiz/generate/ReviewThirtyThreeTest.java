package newsquiz.generate;

import static newsquiz.generate.InventedArticles.about;
import static newsquiz.generate.InventedArticles.facts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import newsquiz.analysis.Stance;
import newsquiz.article.Stories;
import newsquiz.testing.Models;
import org.junit.jupiter.api.Test;

/**
 * What the eval-blind32 review found, checked on invented text: a letter's recipient given the rejection, an office in
 * capitals taken for a name, a recording label in a bulletin, "the firm" and a company's short name, a judge after "after",
 * rebuttals in positive words, and questions that kept a denier's reason, cut a claim before its "before", asked "who
 * called" of a claim with quoted words, or offered the speaker's own firm as a wrong answer.
 */
class ReviewThirtyThreeTest {

    @Test
    void theOneALetterIsSentToDidNotWriteIt() throws Exception {
        Facts facts = facts("""
                Marina plan

                A post on a boating forum claimed that the marina had been sold to a developer.
                In a letter to the Harbour Trust, Wexmoor Council's head of planning, Anselma Rookwood, rejected the forum's claim that the marina had been sold.
                """);
        var denial = about(facts, "the marina had been sold");
        assertTrue(denial.source().equals("A post on a boating forum"), denial.source());
        var rejection = facts.analysis.attributions().stream().filter(a -> a.stance() == Stance.DENY).findFirst().orElseThrow();
        assertEquals("Anselma Rookwood", rejection.source());
    }

    @Test
    void anOfficeInCapitalsIsATitleNotAName() throws Exception {
        Facts facts = facts("""
                Pension promise

                The Work and Pensions Secretary, Ysolde Ferrant, told the Courier that the pension would rise in full.
                The Health Secretary, Corwen Lask, said the hospital would open in May.
                """);
        assertEquals("Ysolde Ferrant", about(facts, "the pension would rise").source());
        assertEquals("Corwen Lask", about(facts, "the hospital would open").source());
        assertTrue(facts.analysis.sources().stream().noneMatch(e -> e.name().contains("Secretary") || e.name().equals("Work")),
                facts.analysis.sources().toString());
        Statement pension = facts.statements.stream().filter(s -> s.claim().contains("pension")).findFirst().orElseThrow();
        assertEquals("Ysolde Ferrant, the Work and Pensions Secretary", Explain.who(pension, facts));
    }

    @Test
    void aBulletinsRecordingLabelNamesItsVoiceEvenOnce() throws Exception {
        Facts facts = facts("""
                Bin collections

                PRESENTER: Bin collections in Marrowby will move to Thursdays from next month.
                REPORTER: The council says the change will save 40,000 pounds a year. Residents' leader Demelza Trevethan says people are angry.
                CLIP (TREVETHAN): "Nobody asked us. We found out from a leaflet."
                """);
        assertEquals("Demelza Trevethan", about(facts, "Nobody asked us").source());
    }

    @Test
    void theFirmIsTheCompanyWithAFirmsNameAndItsShortName() throws Exception {
        Facts facts = facts("""
                Recycling row

                Pellworth Waste Services collects from 9,000 homes. A driver for the firm told the Echo that lorries were being emptied at a landfill site.
                The landfill's operator, Crake Tip Limited, says the lorries seen at its gates were delivering soil, not recycling.
                In a letter to households, Pellworth rejected the suggestion that sorting was pointless.
                The firm has accepted that on two days in January some recycling did go to landfill.
                """);
        assertEquals("Pellworth Waste Services", about(facts, "sorting was pointless").source());
        assertEquals("Pellworth Waste Services", about(facts, "some recycling did go to landfill").source());
        var soil = about(facts, "delivering soil");
        assertEquals(Stance.DENY, soil.stance(), "the other version of the lorries, against the driver's unnamed account");
    }

    @Test
    void theJudgeAfterAfterFoundItNotTheLandlordTheSentenceOpensWith() throws Exception {
        Facts facts = facts("""
                Deposit returned

                A landlord who kept a couple's whole deposit has been ordered to repay 900 pounds after a judge at Ambleton County Court found that his damage claims were not backed by evidence.
                """);
        assertEquals("a judge at Ambleton County Court", about(facts, "not backed by evidence").source());
    }

    @Test
    void aRumourCalledNewsToTheSpeakerIsDenied() throws Exception {
        Facts facts = facts("""
                Manager stays

                Our manager, Osric Penhale, called a rumour that he had been offered the job at Castleford "news to me and news to my wife."
                """);
        assertEquals(Stance.DENY, about(facts, "news to me").stance());
    }

    @Test
    void anOfficerOfTheBodyThatDeniedGivesTheOtherVersionOfTheMoney() throws Exception {
        Facts facts = facts("""
                Society grant cut

                The Students' Union has denied that it cut the Chess Society's grant to punish the society.
                The society's president, Meriel Askew, claimed that the society's money had gone to cover the ball's overspend.
                The union's finance officer, Tobin Crake, said the money had been moved into the hardship fund.
                """);
        assertEquals(Stance.DENY, about(facts, "moved into the hardship fund").stance());
    }

    @Test
    void theClubsDebtsAreNoThingAClubEmployeeBroughtIn() throws Exception {
        Facts facts = facts("""
                Ground not for sale

                Our chairman, Aldous Venn, has denied that any offer for the ground has been received.
                A forum user told the Echo that a club employee had reportedly shown him drawings of houses on the pitch.
                He said the club's debts stood at 1.9 million pounds and that none of it was due before 2029.
                """);
        assertEquals(Stance.ASSERT, about(facts, "debts stood at").stance());
    }

    @Test
    void aDeniersReasonStaysOutOfTheClaimItRejected() throws Exception {
        String text = """
                Grant row

                The Students' Union has denied that it cut the Chess Society's grant as punishment for an article in the society's magazine.
                Ottilie Brann, the society's president, said the grant had been cut after the magazine criticised the union.
                A member of the society's committee, who asked not to be named, told the Courier that the treasurer had reportedly missed two deadlines.
                In a post on Instagram, the union rejected the claim that the magazine had been discussed at the finance committee, stating that the minutes "do not mention it once."
                Rufus Denholm, a lecturer in politics, said the union would publish the minutes on Friday.
                Councillor Mabyn Trewin said the council would review student grants in the spring.
                """;
        var asked = InventedArticles.questions(new DenialQuestions(), text);
        assertTrue(asked.stream().anyMatch(c -> c.key().equals("That the magazine had been discussed at the finance committee")), asked.toString());
        for (Candidate c : asked) {
            assertFalse((c.prompt() + " " + c.key()).contains("stating that"), c.prompt() + " / " + c.key());
        }
        for (Candidate c : InventedArticles.questions(new DenialTrueFalseQuestions(), text)) {
            assertFalse(c.prompt().contains("stating that"), c.prompt());
        }
    }

    @Test
    void quotedWordsInsideARejectedClaimAreNoNameForIt() throws Exception {
        var asked = InventedArticles.questions(new DenialQuestions(), """
                Recycling letter

                A post on a local forum said that residents' sorting was "a waste of time".
                In a letter sent to every household, Brackwater Waste Services rejected the suggestion that residents' sorting was "a waste of time", stating that 94 per cent was sold on.
                The council's environment member, Cllr Hedda Rusk, said the contract would be reviewed.
                A campaigner, Jory Pascoe, said people should keep sorting.
                Wexmoor Hospital said its car park would open late.
                """);
        assertTrue(asked.stream().noneMatch(c -> c.prompt().startsWith("Who called")), asked.toString());
    }

    @Test
    void aClaimIsNotCutBeforeWhenItWasDone() {
        String claim = "photographs of a stained bedroom carpet, which Mr Quayle produced as evidence at the hearing last week, had been taken"
                + " before the couple ever moved in to the flat";
        assertTrue(Phrasing.wholeClauses(claim, 20).endsWith("moved in to the flat") || !Phrasing.wholeClauses(claim, 20).endsWith("had been taken"),
                Phrasing.wholeClauses(claim, 20));
    }

    @Test
    void theFirmsOwnDirectorHasNoFirmForAWrongAnswer() throws Exception {
        var asked = InventedArticles.questions(new DenialQuestions(), """
                Recycling denial

                Brackwater Waste Services collects recycling from 12,000 homes. A driver for the firm told the Echo that sorted plastic was reportedly being tipped at a landfill site.
                "Not one sorted bottle has gone into that hole in the ground," says the firm's operations director, Lowen Ashby.
                The council's cabinet member, Cllr Hedda Rusk, called the driver's account "a story about one lorry."
                Crake Tip Limited said it had taken no recycling.
                Jory Pascoe, a campaigner, said people should keep sorting.
                """);
        var whose = asked.stream().filter(c -> c.key().equals("Lowen Ashby")).toList();
        assertFalse(whose.isEmpty(), asked.toString());
        for (Candidate c : whose) {
            assertTrue(c.distractors().stream().noneMatch(d -> d.contains("Brackwater") || d.contains("Crake")), c.distractors().toString());
        }
    }

    @Test
    void aBulletinsOtherNewsIsAnotherStoryAndItsLabelsStayOutOfQuotes() throws Exception {
        var article = Models.reader().parse("a.txt", """
                Bulletin

                PRESENTER: The bridge on Mill Lane will close for repairs from Monday, the council says.

                REPORTER: Engineers found cracks in two of its beams last week.

                PRESENTER: In other news, Wexmoor Hospital says its new car park will open a week late.
                """.getBytes(StandardCharsets.UTF_8));
        int[] stories = Stories.of(article);
        assertTrue(stories[stories.length - 1] != stories[0], java.util.Arrays.toString(stories));
        assertEquals("\u201cEngineers found cracks in two of its beams last week.\u201d",
                Explain.quote(List.of("REPORTER: Engineers found cracks in two of its beams last week.")));
    }

    @Test
    void aStoryDismissedAfterAMemosEstimateIsNotTheEstimate() throws Exception {
        var asked = InventedArticles.questions(new DenialQuestions(), """
                Leaked memo

                A Treasury memo seen by the Sunday Clarion sets out a plan to freeze the state pension for a year.
                The eleven-page document estimates that 12.3 million pensioners would be affected.
                The deputy chancellor, Caspar Welland, called the story "a holiday brochure of places we are never going to visit."
                Ivo Branscombe, director of a research group, said the idea would come back before the autumn.
                Councillor Mabyn Trewin said pensioners in the town were worried.
                """);
        assertTrue(asked.stream().noneMatch(c -> c.key().contains("12.3 million")), asked.toString());
    }

    @Test
    void findingsThatCannotBeShownAreNotTheirAuthorsRemark() throws Exception {
        var asked = InventedArticles.questions(new DenialQuestions(), """
                Nitrate study

                A study published on Tuesday in the Journal of Water Science reported nitrate levels of up to 61 milligrams per litre in tap water from homes in the valley.
                Its lead author, Dr Sunniva Lark, said her team had collected 412 samples from 38 homes.
                The company's head of water quality, Dr Aurel Penry, called the findings "a measurement of the kettle, not the tap."
                An independent chemist, Dr Hew Morran, said the dispute could not be settled by one study.
                """);
        assertTrue(asked.stream().noneMatch(c -> (c.prompt() + " " + c.key()).contains("412 samples")), asked.toString());
    }
    @Test
    void theSameThingDoneAtAnotherTimeOnceDisputedIsADenial() throws Exception {
        Facts facts = facts("""
                Deposit case

                Ms Pennock said photographs of a stained carpet, which the landlord produced as evidence, had been taken before the couple moved in.
                Mr Varley called that suggestion "a fairy tale from start to finish."
                His letting agent, Ysolde Brack, said the photographs had been taken on the morning the tenants handed back their keys, and showed the court a dated inventory signed by both sides.
                """);
        assertEquals(Stance.DENY, about(facts, "on the morning the tenants").stance());
        assertTrue(facts.analysis.attributions().stream().noneMatch(a -> a.content().startsWith("the court a dated inventory")),
                "showing the court a thing is no statement: " + facts.analysis.attributions());
        var asked = InventedArticles.questions(new DenialQuestions(), """
                Deposit case

                Ms Pennock said photographs of a stained carpet, which the landlord produced as evidence, had been taken before the couple ever moved in.
                Mr Varley called that suggestion "a fairy tale from start to finish."
                District Judge Orla Stanforth said she was not persuaded by the landlord's figures.
                Dafydd Rees, a tenants' adviser, said many tenants did not know their rights.
                """);
        assertTrue(asked.stream().anyMatch(c -> c.prompt().startsWith("Who denied the suggestion that photographs of a stained carpet")
                && c.prompt().endsWith("had been taken before the couple ever moved in?")), asked.toString());
    }

    @Test
    void anAsideGoesBeforeAClauseIsCutAndAParticleEndsAClause() {
        assertEquals("The toll was raised overnight after divers recovered four bodies from a flooded underpass near the old station",
                Phrasing.wholeClauses("The toll, which stood at seven on Tuesday evening, was raised overnight after divers recovered four bodies"
                        + " from a flooded underpass near the old station", 20));
        assertTrue(Readable.choiceProblem("Photographs of a carpet had been taken before the couple ever moved in").isEmpty());
        assertFalse(Readable.choiceProblem("The council had written to residents about the plans in").isEmpty());
    }
    @Test
    void aProblemPagesYouIsTheReaderWhoSignedTheQuestionAndAVerdictMayComeFirst() throws Exception {
        Facts facts = facts("""
                Your Money Fixer

                Q: In November I paid Brindlecote Heating 3,480 pounds to fit a boiler. It broke within a week. Who is right? Odalric Fenn, Ashby

                A: You have had a miserable winter, Mr Fenn. I put your complaint to Brindlecote Heating. In an email, Brindlecote rejected your claim that you were left without heating for eleven days.

                That is simply not the case, you tell me: the heater arrived on day nine.

                Write to Brindlecote, quote the Act and the delivery note, and give it 14 days.
                """);
        var reply = about(facts, "the heater arrived on day nine");
        assertTrue(reply.source().endsWith("Fenn"), reply.source());
        assertEquals(Stance.DENY, reply.stance());
        assertTrue(facts.analysis.attributions().stream().noneMatch(a -> a.cue().equals("quote")), "advice quotes no one");
        assertTrue(facts.analysis.sources().stream().anyMatch(e -> e.name().equals("Brindlecote Heating")
                && e.type() == newsquiz.analysis.SourceType.ORGANIZATION), facts.analysis.sources().toString());
    }

    @Test
    void aVerdictOnTheClaimAndTheQuoteThatGoesOnFromItAreDenials() throws Exception {
        Facts facts = facts("""
                Care home row

                A care worker told the station that night shifts had reportedly been run with two staff.
                "That is simply not the case," a Larkmoor spokesperson said. "There have been at least four staff on every night shift this year."
                The home's manager, Ilse Varga, called the report "a picture of two difficult days, not of the home our residents know."
                Dr Osric Penn called that account "a misreading of how the rota works."
                """);
        assertEquals(Stance.DENY, about(facts, "at least four staff").stance());
        assertEquals(Stance.DENY, about(facts, "a picture of two difficult days").stance());
        assertEquals(Stance.DENY, about(facts, "a misreading").stance());
    }

    @Test
    void thatFigureIsTheLatestFigureAndANamedOwnersStoryHasNoStandIn() throws Exception {
        var asked = InventedArticles.questions(new DenialQuestions(), """
                Timetable row

                The operator says the 07:12 service carried an average of 86 passengers a day last autumn.
                Its commercial director, Ansel Drury, said the change would free a train to run every 20 minutes in the evening.
                The Rail Users' Group says that figure is wrong.
                Councillor Bettany Crane called the Courier's story "a guess dressed up as a scoop."
                Professor Lorne Abbas said both sides were using small samples.
                """);
        assertTrue(asked.stream().noneMatch(c -> c.key().contains("every 20 minutes") || c.prompt().contains("every 20 minutes")
                && c.key().contains("Group")), asked.toString());
        assertTrue(asked.stream().noneMatch(c -> c.key().equals("Bettany Crane") && !c.prompt().contains("Courier")), asked.toString());
    }

    @Test
    void aBodysTimeWordDoesNotJoinItsName() throws Exception {
        Facts facts = facts("""
                Libraries

                Marrowby Borough Council has today rejected a report in the Evening Star that it plans to close five libraries.
                """);
        assertEquals("Marrowby Borough Council", about(facts, "plans to close five libraries").source());
    }
    @Test
    void aTopicWordNamesWhoseExplanationWasDeniedAndAColumnsQuestionLabelStaysOutOfQuotes() throws Exception {
        var asked = InventedArticles.questions(new DenialQuestions(), """
                Boiler column

                The engineer who came out, Wilmot Price, said the fault was caused by "sludge in your old radiators."
                The firm's manager, Davina Holt, said its quote included a line recommending a power flush.
                Ms Holt accepted that the salesman had not mentioned it at the home visit.
                The reader, Florian Teague, said the sludge explanation was nonsense.
                Dr Ines Marr, a heating engineer, said a flush costs about 400 pounds.
                """);
        assertTrue(asked.stream().noneMatch(c -> c.prompt().startsWith("Whose explanation") && !c.key().equals("Wilmot Price")),
                asked.toString());
        assertTrue(asked.stream().anyMatch(c -> (c.prompt() + c.key()).contains("sludge in your old radiators")), asked.toString());
        assertEquals("\u201cIn November I paid the firm 3,480 pounds.\u201d", Explain.quote(List.of("Q: In November I paid the firm 3,480 pounds.")));
    }
}
