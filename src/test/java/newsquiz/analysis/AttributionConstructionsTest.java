package newsquiz.analysis;

import static newsquiz.analysis.InventedText.analyze;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import newsquiz.article.Article;
import newsquiz.testing.Models;
import org.junit.jupiter.api.Test;

/** One construction per test, in short articles of their own: what the extractor makes of each. */
class AttributionConstructionsTest {


    private static Attribution withCue(List<Attribution> all, String cue) {
        return all.stream().filter(a -> a.cue().equals(cue)).findFirst()
                .orElseThrow(() -> new AssertionError("no attribution with cue " + cue + " in " + all));
    }

    @Test
    void trailingAttributionAfterAndKeepsBothConjuncts() throws Exception {
        var all = analyze("The rider reportedly switched to a new supplier in April, and the team allegedly failed to tell "
                + "its doctors about the change, the newspaper Het Wielerblad reported.");
        Attribution a = withCue(all, "reported");
        assertTrue(a.content().startsWith("The rider reportedly switched"), a.content());
    }

    @Test
    void aBareVerdictSentenceLabelsTheClaimBeforeIt() throws Exception {
        Article article = Models.reader().parse("test.txt", "Headline for the test\n\nThe councillor said on Monday that the "
                + "library had cost the town \u00a35 million. That is not true. The accounts show a cost of \u00a31.2 million.",
                Article.Format.TEXT);
        var labels = Models.analyzer().analyze(article).labels();
        assertEquals(1, labels.size(), labels.toString());
        assertEquals("not true", labels.get(0).label());
        assertTrue(labels.get(0).claim().contains("library had cost the town"), labels.get(0).claim());
        Article quoted = Models.reader().parse("test.txt", "Headline for the test\n\n\u201cThey say we lost the files. That is not "
                + "true,\u201d the manager said.", Article.Format.TEXT);
        assertTrue(Models.analyzer().analyze(quoted).labels().isEmpty(), "a speaker's verdict is not the article's");
    }

    @Test
    void aVerdictJudgesAnUnattributedClaimOrADenialJustBeforeIt() throws Exception {
        Article petition = Models.reader().parse("test.txt", "Headline for the test\n\nNot everyone agrees. A leaflet put out by "
                + "a residents' group, which had 2,300 members by May, claims that the new road will double traffic in the village. "
                + "That is not the case: the council's own model shows a rise of 8 per cent.", Article.Format.TEXT);
        var labels = Models.analyzer().analyze(petition).labels();
        assertEquals(1, labels.size(), labels.toString());
        assertTrue(labels.get(0).claim().contains("double traffic"), labels.get(0).claim());
        Article denial = Models.reader().parse("test.txt", "Headline for the test\n\nThe mayor said on Monday that the bridge "
                + "would reopen in May. The club's owner told supporters that \"not one match\" would be moved. That is not correct: "
                + "the fixture list moves three matches.", Article.Format.TEXT);
        labels = Models.analyzer().analyze(denial).labels();
        assertEquals(1, labels.size(), labels.toString());
        assertTrue(labels.get(0).claim().contains("not one match"), labels.get(0).claim());
    }

    @Test
    void aVerdictWithItsCorrectionLabelsTheClaimBeforeIt() throws Exception {
        for (String verdict : new String[] {"That is not correct: the library cost \u00a31.2 million.", "That is not what the accounts show.",
                "That was never true.", "There is no such bill: the accounts show a cost of \u00a31.2 million."}) {
            Article article = Models.reader().parse("test.txt", "Headline for the test\n\nThe councillor said on Monday that the "
                    + "library had cost the town \u00a35 million. " + verdict, Article.Format.TEXT);
            var labels = Models.analyzer().analyze(article).labels();
            assertEquals(1, labels.size(), verdict + " " + labels);
            assertTrue(labels.get(0).claim().contains("library had cost the town"), labels.get(0).claim());
        }
    }

    @Test
    void anAdjectiveOpeningASentenceStartsTheNameItIsPartOf() throws Exception {
        var all = analyze("Honest Prices for Parents, a campaign group run by volunteers, claimed in a post on X that the chain "
                + "would control most nurseries. Senior managers said the plan was sound. "
                + "Former Minister Carla Brent said the deal should be blocked.");
        assertTrue(all.stream().anyMatch(a -> a.source().equals("Honest Prices for Parents")), all.toString());
        assertTrue(all.stream().noneMatch(a -> a.source().startsWith("Former")), all.toString());
    }

    @Test
    void aPlaceAndItsDistrictNameOneBody() throws Exception {
        var all = analyze("Patients of Lowbridge and District Hospitals Trust were sent the wrong results, the trust said on Monday. "
                + "Lowbridge and District Hospitals Trust said it had written to every patient.");
        assertTrue(all.stream().anyMatch(a -> a.source().equals("Lowbridge and District Hospitals Trust")), all.toString());
    }

    @Test
    void bodyDismissingClaimsDeniesThem() throws Exception {
        var all = analyze("On Tuesday, a United Nations (UN) tribunal in The Hague dismissed China's sovereignty claims to the "
                + "South China Sea, a body of water bordered by several countries.");
        Attribution a = withCue(all, "dismissed");
        assertEquals(Stance.DENY, a.stance());
        assertEquals("China's sovereignty claims to the South China Sea", a.content());
        assertTrue(a.source().contains("tribunal"), a.source());
    }

    @Test
    void dismissingAPersonIsNoStatement() throws Exception {
        var all = analyze("The hotel chain dismissed the employee last month after a complaint from a guest.");
        assertTrue(all.stream().noneMatch(a -> a.cue().contains("dismissed")), all.toString());
    }

    @Test
    void denyingThatPointsBackAndTheParticipleSpeaksForItself() throws Exception {
        var all = analyze("Residents have accused the authorities of opening the floodgates without warning. The dam "
                + "operator Aguas do Valmorra denied that, saying the gates had been opened gradually.");
        Attribution denial = withCue(all, "denied");
        assertEquals(Stance.DENY, denial.stance());
        assertTrue(denial.content().contains("floodgates without warning"), denial.content());
        Attribution saying = withCue(all, "saying");
        // The reason given with the denial is part of it (stop 36: the gold sets read "denied that, saying …" as one denial).
        assertEquals(Stance.DENY, saying.stance());
        assertEquals(denial.source(), saying.source());
        assertTrue(saying.content().startsWith("the gates had been opened"), saying.content());
    }

    @Test
    void relayAfterTheQuoteIsNotPartOfIt() throws Exception {
        var all = analyze("\u201cThe workers will be an asset,\u201d Ambassador Alexander Matsegora told the daily Izvestia, "
                + "according to the news site \u201cThe Moscow Times\u201d quoted.");
        Attribution a = withCue(all, "told");
        assertEquals("The workers will be an asset", a.content());
    }

    @Test
    void theCountryIsTheOneTheTextIsAbout() throws Exception {
        var all = analyze("North Korea has sent workers abroad for years. Thousands of North Korean workers are in Russia, "
                + "according to CNN, and they earn money for Pyongyang. The communist country has since confirmed that it "
                + "wants to send more workers.");
        Attribution a = withCue(all, "has since confirmed");
        assertEquals("North Korea", a.source());
    }

    @Test
    void aSourceNeverEndsInsideAQuotation() throws Exception {
        var all = analyze("A post shared widely on Facebook from an account named \"Valley Truth Network\" claims that the "
                + "county drained the reservoir.");
        Attribution a = withCue(all, "claims");
        assertTrue(a.source().endsWith("\"Valley Truth Network\""), a.source());
    }

    @Test
    void aQuotationTheNoticeRead() throws Exception {
        var all = analyze("\"We are investigating elevated error rates,\" an initial update on its status page read.");
        Attribution a = withCue(all, "read");
        assertTrue(a.source().contains("status page"), a.source());
        assertEquals("We are investigating elevated error rates", a.content());
    }

    @Test
    void aMessageClaimingSomethingIsItsSource() throws Exception {
        var all = analyze("Speculation spread quickly, fueled by a post on X from an account called @RoversFan claiming "
                + "that the referee was a supporter of the home side.");
        Attribution a = withCue(all, "claiming");
        assertTrue(a.source().contains("@RoversFan"), a.source());
        assertEquals("the referee was a supporter of the home side", a.content());
        assertTrue(all.stream().noneMatch(x -> x.cue().equals("called")), all.toString());
    }

    @Test
    void aNamedSpeakersRelativeClauseInsideAnotherStatement() throws Exception {
        var all = analyze("The ministry said it had offered doctors a rise of 9 percent, which Health Minister Ottilie "
                + "Brandvold-Sena called \"generous by any measure\".");
        Attribution a = withCue(all, "called");
        assertEquals("Ottilie Brandvold-Sena", a.source());
        assertTrue(a.content().contains("generous by any measure"), a.content());
    }

    @Test
    void aQuantifierSpeaksForTheGroup() throws Exception {
        var all = analyze("The residents allege that dust from the quarry made them ill. Several say they developed asthma.");
        Attribution a = withCue(all, "say");
        assertEquals("Several", a.source());
    }

    @Test
    void councilMemberIsATitleNotAnOrganisation() throws Exception {
        var all = analyze("City Council Member Dana Ortiz said the vote had been rushed.");
        assertEquals("Dana Ortiz", withCue(all, "said").source());
    }

    @Test
    void anEstimatedNumberIsNoStatement() throws Exception {
        var all = analyze("The storm caused an estimated $40 million in damage, according to the state insurance office.");
        assertTrue(all.stream().noneMatch(a -> a.cue().equals("estimated")), all.toString());
        assertTrue(withCue(all, "according to").source().contains("insurance office"), all.toString());
    }

    @Test
    void anApproximateQuantityOpensTheClauseItReports() throws Exception {
        var all = analyze("The doctors followed 300 patients for a year. Most recovered fully, and about a fifth needed "
                + "a second operation, they found.");
        assertTrue(withCue(all, "found").content().contains("about a fifth needed a second operation"), all.toString());
    }

    @Test
    void aCharacterisationInARelativeClauseWithoutThat() throws Exception {
        var all = analyze("The council closed the library on Friday, a decision the union described as \"short-sighted\".");
        Attribution a = withCue(all, "described");
        assertTrue(a.source().contains("union"), a.source());
        assertTrue(a.content().contains("short-sighted"), a.content());
    }

    @Test
    void anElidedClauseTakesWhatTheClauseBeforeSays() throws Exception {
        var all = analyze("Analysts expected the bank to raise rates again; the governor said it would not.");
        assertTrue(withCue(all, "said").content().contains("raise rates again"), all.toString());
    }

    @Test
    void seeingWithoutAsReportsNothing() throws Exception {
        var all = analyze("The forecaster warned that the region would see more floods this winter.");
        assertTrue(all.stream().noneMatch(a -> a.cue().equals("see")), all.toString());
    }

    @Test
    void aColonEndingTheParagraphIntroducesTheQuotationBelow() throws Exception {
        var all = analyze("In a statement on Monday, the transport minister said:\n\n\"No decision has been taken on fares. "
                + "None is planned.\"");
        Attribution a = withCue(all, "said");
        assertTrue(a.content().contains("No decision has been taken"), all.toString());
        assertTrue(a.quoted());
    }

    @Test
    void thePossessorOfANounOfSpeechSaysTheQuotation() throws Exception {
        var all = analyze("Defence lawyer Imogen Harlow heard the verdict in silence. Harlow's reply was short: "
                + "\"We will appeal.\"");
        Attribution a = all.stream().filter(x -> x.content().contains("We will appeal")).findFirst().orElseThrow();
        assertEquals("Imogen Harlow", a.source());
    }

    @Test
    void anAgeBetweenCommasBelongsToTheName() throws Exception {
        var all = analyze("Among the protesters was Tom Bailey, 54, who said he had lost his job in March.");
        assertEquals("Tom Bailey", withCue(all, "said").source());
    }

    @Test
    void afterARejectionTheSpeakersOwnVersionDeniesToo() throws Exception {
        var all = analyze("Fishermen said the patrol boat had fired warning shots. The navy rejected that account. "
                + "The boat had stayed in its own waters at all times, it said.");
        Attribution a = all.stream().filter(x -> x.content().contains("own waters")).findFirst().orElseThrow();
        assertEquals(Stance.DENY, a.stance());
    }

    @Test
    void aRejectionOfThatWithAMannerAdverbPointsBack() throws Exception {
        // eval-blind27 OSS: "Tregaskin's managing director, Owain Bellingrath, rejected that firmly" kept "rejected that
        // firmly" as what was said, and the quiz asked "Who rejected rejected that firmly?".
        var all = analyze("Fishermen said the patrol boat had fired warning shots. The navy rejected that firmly.");
        Attribution a = withCue(all, "rejected");
        assertEquals(Stance.DENY, a.stance());
        assertEquals("the patrol boat had fired warning shots", a.content());
    }

    @Test
    void aTrailingTagFollowedByAConcessiveReportKeepsItsOwnWordsOnly() throws Exception {
        // eval-blind27 COR: "It has not paused its installation programme, a spokesman said, though he said …" kept
        // ", a spokesman said" inside what was said.
        var all = analyze("It has not paused its programme, a spokesman said, though he said bills had been put on hold.");
        assertEquals("It has not paused its programme", all.get(0).content());
    }

    @Test
    void aUserWhoDescribedHimselfIsTheOneWhoWrote() throws Exception {
        // eval-blind27 COR: "…, where a user who said he was an engineer … wrote that …" gave the source "where a user" and
        // the content "he was an engineer … wrote that …".
        var all = analyze("The claim first appeared on Meterwatch, a consumer forum, where a user who said he was an engineer for the "
                + "manufacturer wrote that the software \"counts every pulse twice\".");
        Attribution wrote = withCue(all, "wrote");
        assertEquals("the software \"counts every pulse twice\"", wrote.content());
        assertTrue(all.stream().noneMatch(a -> a.source().startsWith("where")), all.toString());
    }

    @Test
    void nothingWrongAndNeverBeenToldAreDenials() throws Exception {
        // eval-blind27 COR: "There is nothing wrong with the meters" and "its call handlers had never been told to blame leaks"
        // (after "I was told on the phone that I must have a leak") were plain statements.
        var all = analyze("\"There is nothing wrong with the meters,\" its chief digital officer, Marit Skellow, said. "
                + "\"I was told on the phone that I must have a leak,\" said Priya Dall. "
                + "Corrabeck Water said its call handlers had never been told to blame leaks.");
        assertEquals(Stance.DENY, all.get(0).stance());
        assertEquals(Stance.DENY, all.get(2).stance());
    }

    @Test
    void sayingTheMissingThingWasThereDenies() throws Exception {
        // eval-blind27 HOL: "no safety boat had been out" answered by "A safety boat was on the water, …" was a plain statement.
        var all = analyze("A post in a town Facebook group said no safety boat had been out that afternoon. \"A safety boat was on the "
                + "water, crewed by two qualified instructors,\" said Sidonie Larkwell, the club's chief instructor.");
        assertEquals(Stance.DENY, all.get(1).stance());
    }

    @Test
    void aFindingWithItsOwnObjectIsNoTagAfterWhatWasSaid() throws Exception {
        // eval-blind27 GRE: "An independent assessor I asked to review it, Ms NAME, found the survey “careful …”" gave the
        // words before the name as what she found.
        var all = analyze("An independent assessor I asked to review it, Ms Ione Batt, found the survey \"careful and generous\".");
        assertEquals("the survey \"careful and generous\"", withCue(all, "found").content());
    }

    @Test
    void aNegatedAuxiliaryBeforeAnAdverbLeavesNoStatement() throws Exception {
        // eval-blind27 GRE: "But I can't fairly find that Greywold promised to halve his bills" was read as saying it did.
        var all = analyze("But I can't fairly find that the firm promised to halve his bills. She doesn't think the plant will close.");
        assertTrue(all.isEmpty(), all.toString());
    }

    @Test
    void aCannotBeforeAnAdverbLeavesNoStatementEither() throws Exception {
        var all = analyze("But I cannot fairly find that the firm promised to halve his bills.");
        assertTrue(all.isEmpty(), all.toString());
    }

    @Test
    void theOmbudsmanNamedInTheHeaderIsTheDecisionsI() throws Exception {
        // eval-blind27 GRE: "… | Ombudsman: NAME | Date: …" over a decision in the first person; "I" was an unnamed source.
        Article article = Models.reader().parse("test.txt", "Final decision: Mrs Pellick's complaint about Fernwold Solar Ltd\n"
                + "Home Energy Ombudsman | Complaint reference HEO-26-00001 | Ombudsman: Rufus Ottaway-Binns | Date: 2 April 2026\n\n"
                + "Mrs Pellick says the panels were fitted in a rush.\n\n"
                + "I think Fernwold should have told Mrs Pellick about the shading at the survey stage.\n", Article.Format.TEXT);
        var all = Models.analyzer().analyze(article).attributions();
        assertTrue(all.stream().anyMatch(a -> a.source().equals("Rufus Ottaway-Binns") && a.content().contains("shading")), all.toString());
    }

    @Test
    void aNeverStatementAfterADenialDeniesToo() throws Exception {
        var all = analyze("The coach dismissed the report as \"nonsense\". The players, he said, \"were never told to lose.\"");
        assertEquals(Stance.DENY, withCue(all, "said").stance());
    }

    @Test
    void aCoordinatedVerbWithItsOwnClauseIsASecondStatement() throws Exception {
        var all = analyze("The agency denied that any records had been lost and said a backup had been restored within hours.");
        assertEquals("any records had been lost", withCue(all, "denied").content());
        assertTrue(withCue(all, "said").content().startsWith("a backup had been restored"), all.toString());
    }

    @Test
    void aTimePhraseAfterTheSubjectIsNotPartOfIt() throws Exception {
        var all = analyze("The national rail operator on Tuesday denied that the new timetable had caused the delays.");
        assertEquals("The national rail operator", withCue(all, "denied").source());
    }

    @Test
    void aClaimTheOtherSideDisputesIsAnsweredNotRelayed() throws Exception {
        var all = analyze("Tenants say the heating has been off for weeks, a claim the landlord disputes.");
        Attribution tenants = withCue(all, "say");
        assertEquals("the heating has been off for weeks", tenants.content());
        Attribution landlord = withCue(all, "disputes");
        assertEquals(Stance.DENY, landlord.stance());
        assertTrue(landlord.source().contains("landlord"), landlord.source());
        assertTrue(landlord.content().contains("heating has been off"), landlord.content());
    }

    @Test
    void aPassiveDenialNamesItsAgent() throws Exception {
        var all = analyze("The allegations were rejected by the defence ministry, which said the pilots had followed orders.");
        Attribution a = all.stream().filter(x -> x.stance() == Stance.DENY).findFirst().orElseThrow();
        assertTrue(a.source().contains("ministry"), a.source());
        assertEquals("The allegations", a.content());
    }

    @Test
    void aLeadingAccordingToKeepsTheClauseAfterItsComma() throws Exception {
        var all = analyze("According to the BBC, the talks collapsed on Friday.");
        assertEquals("the talks collapsed on Friday", withCue(all, "according to").content());
    }

    @Test
    void aDenialTaggedAsANounAfterAnAge() throws Exception {
        var all = analyze("Prosecutors allege that Carl Smith stole from the charity. Smith, 52, denies fraud.");
        Attribution a = withCue(all, "denies");
        assertEquals(Stance.DENY, a.stance());
        assertEquals("Carl Smith", a.source());
    }

    @Test
    void aRelativeClauseOfDenialWithItsAuxiliary() throws Exception {
        var all = analyze("The bank, which has denied wrongdoing, said it would appeal.");
        assertEquals("wrongdoing", withCue(all, "denied").content());
        assertEquals("it would appeal", withCue(all, "said").content());
    }

    @Test
    void theContentAfterANamedRecipientKeepsItsArticle() throws Exception {
        var all = analyze("A spokesman told the Guardian the figures were \"completely wrong\".");
        assertTrue(withCue(all, "told").content().startsWith("the figures"), all.toString());
    }

    @Test
    void clearingItselfOrRejectingTheFindingsDenies() throws Exception {
        var all = analyze("\"We have done nothing wrong,\" the club said. The regulator said it \"firmly rejects\" the findings.");
        assertTrue(all.stream().allMatch(a -> a.stance() == Stance.DENY), all.toString());
    }

    @Test
    void aSubjectTaggedAsAVerbBeforeItsAuxiliaryStillOpensTheClause() throws Exception {
        var all = analyze("The airline's chief executive told analysts that fares would rise.");
        assertEquals("fares would rise", withCue(all, "told").content());
    }

    @Test
    void aQuotationLeftOpenIsSpokenByTheCueOfTheNextParagraph() throws Exception {
        var all = analyze("Nurse Ella Crane has worked on the ward for 20 years.\n\n\"The first part is simple. We were never "
                + "consulted.\n\n\"The second part is harder,\" Crane said.");
        Attribution a = all.stream().filter(x -> x.content().contains("never consulted")).findFirst().orElseThrow();
        assertEquals("Ella Crane", a.source());
        assertTrue(a.quoted());
    }

    private static void assertDenies(String body, String key) throws Exception {
        var all = analyze(body);
        Attribution a = all.stream().filter(x -> x.content().contains(key)).findFirst()
                .orElseThrow(() -> new AssertionError("nothing says " + key + " in " + all));
        assertEquals(Stance.DENY, a.stance(), a.toString());
    }

    @Test
    void sayingTheEvidenceWasManipulatedDenies() throws Exception {
        assertDenies("The minister's lawyer said the recordings had been \"cut and pasted to create a false impression\".", "false impression");
        assertDenies("The club said the messages had been taken out of context.", "out of context");
        assertDenies("A spokesman said the video was selectively edited and gave a misleading picture of the meeting.", "selectively edited");
    }

    @Test
    void aSpeakerWhoNeverDidTheWrongDenies() throws Exception {
        assertDenies("\"We have never hidden a charge from a customer,\" the bank's chief executive told reporters.", "never hidden");
        assertDenies("\"I never lied to the committee,\" the senator said on Monday.", "never lied");
        assertDenies("\"I have not taken a penny from the fund,\" the treasurer wrote on social media.", "not taken a penny");
    }

    @Test
    void callingTheBlameAShiftOfResponsibilityDenies() throws Exception {
        assertDenies("The contractor called attempts to blame its engineers \"a cynical way to shift responsibility\".", "shift responsibility");
        assertDenies("The coach called the inquiry \"a witch-hunt\".", "witch-hunt");
        assertDenies("The union called the report \"an attempt to scapegoat nurses\".", "scapegoat");
    }

    @Test
    void thereWasNoSuchThingDeniesEvenUnquoted() throws Exception {
        assertDenies("There was no explosion at the plant, the fire service said.", "no explosion");
        assertDenies("There had been no leak, the water company said on Tuesday.", "no leak");
    }

    @Test
    void aRelativeClauseInsideAQuotationDoesNotSpeakForTheNextVerb() throws Exception {
        var all = analyze("The minister called the claims \"a smear campaign by people who lost\" and said he would sue.");
        assertEquals("The minister", withCue(all, "said").source());
    }

    @Test
    void aPersonsLawyerSpeaksNextNotThePerson() throws Exception {
        var all = analyze("The coach, Dario Velt, denied the charges. \"I have never cheated,\" he said.\n\n"
                + "Velt's lawyer, Simon Archer, said the tapes had been doctored. Speaking later to a radio station, he said his "
                + "client would appeal.");
        Attribution a = all.stream().filter(x -> x.content().contains("would appeal")).findFirst().orElseThrow();
        assertEquals("Simon Archer", a.source());
        Attribution b = all.stream().filter(x -> x.content().contains("never cheated")).findFirst().orElseThrow();
        assertEquals("Dario Velt", b.source());
    }

    @Test
    void aNamedModifierMakesAnotherBody() throws Exception {
        var all = analyze("The European Rowing Federation said it would review the result.\n\n"
                + "The Dalvik federation said on Monday that it was \"deeply concerned\".");
        Attribution a = all.stream().filter(x -> x.content().contains("deeply concerned")).findFirst().orElseThrow();
        assertTrue(a.source().contains("Dalvik"), a.source());
    }

    @Test
    void aPersonIntroducedWithoutANameIsTheNextShe() throws Exception {
        var all = analyze("The Herald said the files had been leaked to it by a former nurse at the hospital. Speaking on "
                + "condition of anonymity, she said managers had ignored the warnings.");
        Attribution a = all.stream().filter(x -> x.content().contains("ignored the warnings")).findFirst().orElseThrow();
        assertTrue(a.source().contains("former nurse"), a.source());
        assertTrue(a.anonymous());
    }

    @Test
    void rejectingTheAccusationDeniesWhatWasAlleged() throws Exception {
        var all = analyze("The tenants' union accused landlords of hiding repair costs from the council.\n\n"
                + "The largest landlord, Harbour Homes, flatly rejected the accusation.");
        Attribution a = withCue(all, "flatly rejected");
        assertEquals(Stance.DENY, a.stance());
        assertTrue(a.content().contains("hiding repair costs"), a.content());
    }

    @Test
    void theAirlineIsTheAirwaysNamedBefore() throws Exception {
        var all = analyze("A Northwind Airways jet made an emergency landing in Oslo on Monday after a bird strike, the airline said.");
        assertEquals("Northwind Airways", withCue(all, "said").source());
    }

    @Test
    void theBodysOwnPersonQuotedAfterItsRejectionDenies() throws Exception {
        var all = analyze("\"We followed every rule,\" said Dana Kell, Corvane's head of safety.\n\n"
                + "Corvane rejected a report in the Daily Ledger that the plant had skipped inspections. \"Every inspection "
                + "was carried out on schedule,\" Kell said.");
        Attribution a = all.stream().filter(x -> x.content().contains("on schedule")).findFirst().orElseThrow();
        assertEquals(Stance.DENY, a.stance(), a.toString());
    }

    @Test
    void aPostWithAParticipleAppositiveStillClaims() throws Exception {
        var all = analyze("A post on X, viewed a million times, claimed to show the mayor at a party.");
        Attribution a = withCue(all, "claimed");
        assertTrue(a.source().startsWith("A post on X"), a.source());
        assertTrue(a.content().contains("the mayor at a party"), a.content());
    }

    @Test
    void bothConjunctsAfterAColonAreTheFinding() throws Exception {
        var all = analyze("The clip does not show the city: it was filmed in 2015 in another country, and the shop in it "
                + "belongs to another chain, a Reuters review found.");
        Attribution a = withCue(all, "found");
        assertTrue(a.content().startsWith("it was filmed in 2015"), a.content());
    }

    @Test
    void aPassiveParticipleInTheOpenerIsNotTheSharedCue() throws Exception {
        var all = analyze("Her agent, Tom Reyne, went further. In an interview with the radio station Delta FM, quoted by the "
                + "Harbour Courier, he called the complaints \"a tantrum\" and said the singer expected to win the case.");
        assertEquals("Tom Reyne", withCue(all, "said").source());
    }

    @Test
    void anEchoOrAdviceToTelephoneIsNoStatement() throws Exception {
        var all = analyze("The fire service said no one was hurt, and the police said the same.\n\n"
                + "Customers who are worried can call the bank on 0800 123 456.");
        assertEquals(1, all.size(), all.toString());
        assertEquals("no one was hurt", all.get(0).content());
    }

    @Test
    void anOutcomeOrAnExperienceIsNoDenial() throws Exception {
        var all = analyze("There were no injuries, police said. \"We have never seen anything like it,\" the fire chief said.");
        assertTrue(all.stream().allMatch(a -> a.stance() == Stance.ASSERT), all.toString());
    }
    @Test
    void theBodysOwnNounBeatsAnAgencyOfTheSameClass() throws Exception {
        var all = analyze("The Harbour Water Authority said on Monday that the reservoir was full. Figures from the regional water "
                + "agency, the Lakeland Supply Office, show a dry spring. The authority said it would not restrict use.");
        assertEquals("Harbour Water Authority", all.get(all.size() - 1).source());
    }

    @Test
    void oneOfAGroupIntroducedWithoutACueIsTheNextHe() throws Exception {
        var all = analyze("One of the contractors, who spoke to the paper on condition that his name was not used, backed that up. "
                + "\"We get paid by the hour,\" he said.");
        assertEquals("One of the contractors", withCue(all, "said").source());
        assertTrue(withCue(all, "said").anonymous());
    }

    @Test
    void anAnonymousPersonCanBeASingularThey() throws Exception {
        var all = analyze("A member of the clinic's nursing staff, who spoke on condition of anonymity because they were not allowed "
                + "to talk to reporters, said the rota had been cut. \"Nobody listened to us,\" they said.");
        assertEquals("A member of the clinic's nursing staff", all.get(1).source());
    }

    @Test
    void aLetterSentSaysNothingButAQuotedLetterDoes() throws Exception {
        var all = analyze("\"We took three boats from the harbour,\" Mallory Grant wrote to his sister in May of that year.\n\n"
                + "The residents first wrote to the council asking for a crossing in 2020. Her lawyers wrote to the company on Friday.");
        assertEquals(1, all.size(), all.toString());
        assertEquals("We took three boats from the harbour", all.get(0).content());
    }

    @Test
    void aThingFoundIsNoFindingAndARelativeIsAPerson() throws Exception {
        var all = analyze("The diary lay unread until 2019, when Dr Peter Vance-Holm, a lecturer at the University of Tarn, found it "
                + "while cataloguing the attic. \"I could not believe it,\" he said.\n\n"
                + "Adaeze Oruwa, a niece of the last keeper, lives in Dunmore and has walked past the lighthouse since she was a girl. "
                + "Her uncle, she said, had told her that the lamp was never lit.");
        assertEquals(2, all.size(), all.toString());
        assertEquals("Peter Vance-Holm", all.get(0).source());
        assertTrue(all.get(1).source().contains("Oruwa"), all.get(1).source());
    }
    @Test
    void aRebuttalAfterADenialGoesOnDenying() throws Exception {
        var all = analyze("The mayor also denied that the library was closing to save money. \"This is about safety, not about "
                + "the budget,\" he said.\n\nThe minister said the plan had been agreed. \"That is not a U-turn. That is "
                + "common sense.\"\n\nThe coach called the report \"complete nonsense\" and said \"it is complete nonsense\".");
        assertEquals(Stance.DENY, all.get(1).stance(), all.toString());
        assertTrue(all.stream().anyMatch(a -> a.content().startsWith("That is not a U-turn") && a.stance() == Stance.DENY),
                all.toString());
        assertTrue(all.stream().anyMatch(a -> a.cue().equals("said") && a.content().contains("it is complete nonsense")
                && a.stance() == Stance.DENY), all.toString());
    }

    @Test
    void aBareSpokespersonSpeaksForTheBodyThatJustRejected() throws Exception {
        var all = analyze("Harrow Foods rejected any suggestion that the survey had been used to pick staff for dismissal. The survey "
                + "was a routine check of shift patterns and had nothing to do with the dismissals, a spokesman said.");
        assertEquals(Stance.DENY, all.get(1).stance(), all.toString());
    }

    @Test
    void nothingDoneFirstAnswersAReport() throws Exception {
        var all = analyze("The club's directors reportedly agreed last week to sell the ground. No agreement has been signed, a "
                + "spokeswoman for the directors said on Monday.\n\nThere were no injuries. The mayor said no agreement had "
                + "been signed.");
        assertEquals(Stance.DENY, all.get(0).stance(), all.toString());
        assertEquals(Stance.ASSERT, all.get(all.size() - 1).stance(), all.toString());
    }

    @Test
    void aDeniedPronounWithItsChannelPointsBack() throws Exception {
        var all = analyze("There are reports that the plant will close next year. The company flatly denied this in a statement "
                + "issued on Friday.");
        Attribution a = withCue(all, "flatly denied");
        assertEquals(Stance.DENY, a.stance());
        assertTrue(a.content().contains("plant will close"), a.content());
    }

    @Test
    void aDismissalWithItsObjectIsNotTrailingAndAHyphenatedTitleNamesItsHolder() throws Exception {
        var all = analyze("The University of Dunford said it would review the tool.\n\nDunford's pro-vice-chancellor for education, "
                + "Prof Helen Marsh, dismissed the group's main finding.");
        Attribution a = withCue(all, "dismissed");
        assertEquals("Helen Marsh", a.source());
        assertEquals("the group's main finding", a.content());
    }

    @Test
    void aCoordinatedRelativeClauseStaysWithTheSubject() throws Exception {
        var all = analyze("A nurse who treated the patients, and whose name the Courier has agreed to withhold because she fears "
                + "for her job, said the ward had been understaffed.");
        assertEquals("A nurse who treated the patients", withCue(all, "said").source());
    }

    @Test
    void aCountrysEmbassyIsNotTheCountry() throws Exception {
        var all = analyze("Norland suspended the visas on Monday. Norland said the checks were overdue.\n\nNorland's embassy in Tarn "
                + "called the decision \"a grave mistake\" and said it would respond.");
        assertEquals("Norland's embassy in Tarn", withCue(all, "called").source());
    }

    @Test
    void whatABodyDescribedAsIsItsOwnWords() throws Exception {
        var all = analyze("Norland suspended new permits, citing what its interior ministry described as \"organised abuse\" of "
                + "the system.");
        assertTrue(withCue(all, "described").source().contains("interior ministry"), all.toString());
    }

    @Test
    void aPassiveAsideInTheOpenerIsNotTheParticiplesSubject() throws Exception {
        var all = analyze("The ministry's spokesman, Tomas Brekke, said the offer had been answered. In an interview with the "
                + "programme Night Desk on the broadcaster NTV, later quoted by the news agency NorPress, Brekke went further, "
                + "saying officials had known for months that permits were being sold.");
        assertEquals("Tomas Brekke", withCue(all, "saying").source());
    }

    @Test
    void aFigureRepeatedByAnotherSpeakerIsTheirStatementToo() throws Exception {
        var all = analyze("The tabloid Daily Norn reported on Monday that Norland had \"expelled 9,000 students\", a figure "
                + "repeated on Tuesday by the opposition leader, Marta Heln, in a post on X.");
        assertEquals(2, all.size(), all.toString());
        assertEquals("Daily Norn", withCue(all, "reported").source());
        assertEquals("Marta Heln", withCue(all, "repeated").source());
        assertTrue(withCue(all, "repeated").content().contains("9,000"), all.toString());
    }

    @Test
    void interviewAnswersAfterTheSpeakersNameAreTheirStatements() throws Exception {
        var all = analyze("The ferry operator's chief executive, Ines Marlow, spoke to us on Friday.\n\nQ: Will the crossing close?\n\n"
                + "Marlow: No. We have a licence until 2030. They said the same about the old pier.\n\n"
                + "Q: Some say the boats are unsafe.\n\nMarlow: That is completely untrue. Every vessel passed its inspection.");
        var answers = all.stream().filter(a -> a.cue().equals("answered")).toList();
        // One attribution per answer (analysis round 10): its sentences are read together.
        assertEquals(2, answers.size(), all.toString());
        assertTrue(answers.stream().allMatch(a -> a.source().equals("Ines Marlow")), all.toString());
        assertTrue(answers.get(0).content().startsWith("No"), all.toString());
        assertTrue(answers.get(0).content().contains("licence until 2030"), all.toString());
        assertEquals(Stance.DENY, answers.get(1).stance());
        assertTrue(all.stream().noneMatch(a -> a.cue().equals("said")), "'they said' inside an answer is the answerer's: " + all);
    }

    @Test
    void aQualifiedRoleNamesItsHolderNotTheLastSpeakerWithThatRole() throws Exception {
        var all = analyze("The health secretary, Omar Leland, visited the ward on Monday. Staff were tired.\n\nThe nurses' "
                + "union general secretary, Ruth Penn, said beds were short. Ruth Penn said staff were leaving.\n\n"
                + "The health secretary says the figures are out of date.");
        assertEquals("Omar Leland", withCue(all, "says").source());
    }

    @Test
    void aCountryUsedAsAPlaceIsNotABodysShortName() throws Exception {
        var all = analyze("Floods cut off four villages in northern Dalvora on Friday, the regional rescue agency said.\n\n"
                + "Rain will continue until Monday, according to the forecaster Aqua Dalvora.");
        assertEquals("the regional rescue agency", withCue(all, "said").source());
    }

    @Test
    void theBodysSpokespersonRightAfterItRejectsThatReportDeniesIt() throws Exception {
        var all = analyze("The daily Norn Post reported that the ferry had failed two safety checks.\n\nThe transport ministry "
                + "rejected that report. \"The ferry passed every check this year,\" ministry spokesman Aron Velt told reporters.");
        assertEquals(Stance.DENY, withCue(all, "told").stance());
    }

    @Test
    void aRefusedCueThenButSaidKeepsTheSubject() throws Exception {
        var all = analyze("A fire service spokeswoman would not confirm that anyone was being questioned but said crews had "
                + "\"secured the building\".");
        assertEquals("A fire service spokeswoman", withCue(all, "said").source());
    }

    @Test
    void aCompoundModifierTaggedAsAVerbStaysInTheAccordingPhrase() throws Exception {
        var all = analyze("Storms have flooded more than 2,000 homes this year, according to figures from the Nordic forest fire "
                + "monitoring service.");
        assertTrue(withCue(all, "according to").source().endsWith("monitoring service"), all.toString());
    }

    @Test
    void aRelativeVerbTaggedAsANounStillClosesTheClause() throws Exception {
        var all = analyze("In a statement, the Grid Agency (GA), which monitors supplies for the energy department, said "
                + "outages were expected to end by Friday.");
        assertTrue(withCue(all, "said").source().contains("Grid Agency"), all.toString());
    }

    @Test
    void aSchoolYearInAnInvertedSpeakersDescriptionKeepsTheInversion() throws Exception {
        var all = analyze("\"Break times are quieter now,\" said Year 8 pupil Nadia Okoro, 12.");
        assertEquals("Nadia Okoro", withCue(all, "said").source());
        assertTrue(withCue(all, "said").content().contains("Break times"), all.toString());
    }

    @Test
    void nobodyDidItIsADenial() throws Exception {
        var all = analyze("The port authority called the sabotage rumour \"fantasy\". \"Nobody tampered with the cranes,\" its "
                + "director told reporters.");
        assertEquals(Stance.DENY, withCue(all, "told").stance());
    }

    @Test
    void theWritersOwnWeIsNoSource() throws Exception {
        var all = analyze("A viral post claimed the bridge had been closed for good. We found nothing to support this. The "
                + "council said the bridge would reopen on Friday.");
        assertTrue(all.stream().noneMatch(a -> a.cue().equals("found")), all.toString());
    }

    @Test
    void aRememberedActAfterARelativeClauseIsTheirStatement() throws Exception {
        var all = analyze("A former trustee, who asked not to be named, remembers raising the rent at a meeting in 2020.");
        assertEquals("A former trustee", all.get(0).source());
        assertTrue(all.get(0).content().startsWith("raising the rent"), all.toString());
    }

    @Test
    void aWeekdayAfterAnOutletNounBelongsToTheTitle() throws Exception {
        var all = analyze("In May the tabloid Sunday Clarion reported that the singer had been paid twice.");
        assertEquals("Sunday Clarion", withCue(all, "reported").source());
    }

    @Test
    void aTrailingCueCallingTheReportWrongDeniesIt() throws Exception {
        var all = analyze("The mayor has never owned shares in the firm, his spokesman says, calling the report \"false and "
                + "wrong\" and adding that the mayor will sue.");
        assertEquals(Stance.DENY, withCue(all, "says").stance());
    }

    @Test
    void aStandfirstPronounBeforeAnyNameIsTheProfiledPerson() throws Exception {
        var all = analyze("He promised a pitch for every child. The accounts tell another story.\n\nThe club was founded by "
                + "the striker Tomas Brenn in 2015. Brenn said it would be free. Brenn later said fees were needed.");
        assertEquals("Tomas Brenn", withCue(all, "promised").source());
    }

    @Test
    void aSentenceFinalCueAfterANameIsTheVerbWhateverItsTag() throws Exception {
        var all = analyze("Councillor Ruth Okafor said the vote had been fair. There was no meeting with the developer at any "
                + "stage, Okafor insisted.");
        Attribution a = withCue(all, "insisted");
        assertEquals("Ruth Okafor", a.source());
        assertEquals(Stance.DENY, a.stance());
    }

    @Test
    void callingAClaimFantasyOrMadeUpDeniesIt() throws Exception {
        var all = analyze("The water company called the poisoning claim \"pure fantasy\". A blogger said the mayor had a secret "
                + "account. The mayor called that \"completely made up\".");
        assertEquals(Stance.DENY, all.get(0).stance(), all.toString());
        assertEquals(Stance.DENY, all.get(all.size() - 1).stance(), all.toString());
    }

    @Test
    void callingWhatWasSaidAStoryDeniesIt() throws Exception {
        var all = analyze("The landlord's lawyer said the tenant had flooded the flat on purpose. The tenant called that "
                + "\u201ca tale that gets taller at every hearing\u201d.");
        assertEquals(Stance.DENY, withCue(all, "called").stance(), all.toString());
    }

    @Test
    void emphaticNegationsOfTheActDeny() throws Exception {
        var all = analyze("\u201cAt no time did the board approve the sale,\u201d the chairman said. \u201cI never took a dollar I "
                + "did not declare,\u201d the treasurer said. The supplier said the delay had played no part in the closure. "
                + "The dairy said it had never knowingly sold or labelled any raw milk.");
        assertEquals(4, all.size(), all.toString());
        all.forEach(a -> assertEquals(Stance.DENY, a.stance(), a.toString()));
    }

    @Test
    void negatingInTheFirstPersonTheActJustReportedDeniesIt() throws Exception {
        var all = analyze("The Evening Star reported that the coach had quit after the defeat. Reporters found him at the training "
                + "ground on Sunday. \u201cI have not quit, and I am not quitting,\u201d he said.");
        assertEquals(Stance.DENY, withCue(all, "said").stance(), all.toString());
        var plain = analyze("The club said the coach would stay. \u201cI have not read the contract yet,\u201d he said.");
        assertEquals(Stance.ASSERT, withCue(plain, "said").stance(), plain.toString());
    }

    @Test
    void puttingAFigureAtAnAmountEstimatesIt() throws Exception {
        var all = analyze("Unemployment rose sharply in 2023, according to the labour office, which put it at 9 percent in "
                + "December. Economist Dana Whitlow put the loss at \"probably 2 billion euros\" this year.");
        Attribution office = all.stream().filter(a -> a.cue().equals("put \u2026 at") && a.content().contains("9 percent"))
                .findFirst().orElseThrow(() -> new AssertionError(all.toString()));
        assertTrue(office.source().contains("labour office"), office.source());
        Attribution economist = all.stream().filter(a -> a.content().contains("2 billion")).findFirst().orElseThrow();
        assertEquals("Dana Whitlow", economist.source());
    }

    @Test
    void perADocumentIsAccordingToIt() throws Exception {
        var all = analyze("The club can sell the stadium after ten years, per the minutes of the board meeting seen by the Herald. Tickets "
                + "cost $20 per game.");
        Attribution a = withCue(all, "per");
        assertTrue(a.source().contains("minutes"), a.source());
        assertTrue(a.content().startsWith("The club can sell"), a.content());
        assertEquals(1, all.size(), all.toString());
    }

    @Test
    void aPresentTenseClaimTaggedAsANounBeforeItsClauseIsTheVerb() throws Exception {
        var all = analyze("Maria Lenz, 41, who taught at the school for a decade, claims she was pushed out for complaining.");
        Attribution a = withCue(all, "claims");
        assertEquals("Maria Lenz", a.source());
        assertTrue(a.content().startsWith("she was pushed out"), a.content());
    }

    @Test
    void acceptingThatConfirmsButAcceptingABidSaysNothing() throws Exception {
        var all = analyze("Questioned by the panel, the manager Tom Reyes accepted that the alarm had been switched off. "
                + "The council accepted the bid on Monday.");
        assertEquals(1, all.size(), all.toString());
        assertEquals(Stance.CONFIRM, withCue(all, "accepted").stance());
        assertTrue(all.get(0).content().startsWith("the alarm had been"), all.get(0).content());
    }

    @Test
    void counselPuttingItToAWitnessAssertsIt() throws Exception {
        var all = analyze("Counsel for the insurer, Amir Shah, put it to the witness that she had seen the flames an hour earlier.");
        Attribution a = withCue(all, "put it to");
        assertEquals("Amir Shah", a.source());
        assertTrue(a.content().startsWith("she had seen the flames"), a.content());
    }

    @Test
    void whomAReportCitedIsNoPartOfWhatItReported() throws Exception {
        var all = analyze("The daily Posten went further, reporting, citing two officials, that the minister had offered to resign.");
        Attribution a = withCue(all, "reporting");
        assertTrue(a.source().contains("Posten"), a.source());
        assertTrue(a.content().startsWith("the minister had offered"), a.content());
    }

    @Test
    void aCapitalTheAfterACommonNounOpensATitle() throws Exception {
        var all = analyze("The football podcast The Back Four reported on Monday that the striker had asked to leave.");
        assertEquals("The Back Four", withCue(all, "reported").source());
    }

    @Test
    void aForeignWordTakenForAPronounOpensTheNameAtTheStart() throws Exception {
        var all = analyze("Dziennik Poranny said on Friday that the port would close. Dziennik Poranny reported that the mayor had "
                + "resigned.");
        assertTrue(all.stream().allMatch(a -> a.source().equals("Dziennik Poranny")), all.toString());
    }

    @Test
    void theDefiniteRepeatsTheIndefiniteOfItsSentence() throws Exception {
        var all = analyze("A person close to the board said the auditors were looking at costs in Leeds, which, the person said, "
                + "had doubled in May.");
        assertTrue(all.stream().allMatch(a -> a.source().equals("A person close to the board")), all.toString());
    }

    @Test
    void anOfficeOwnedByARoleIsNotANamedOffice() throws Exception {
        var all = analyze("The Office of Water Standards said supplies were safe. Health Minister Joan Pike told MPs that every "
                + "school had been tested. The minister's office later said she had misspoken.");
        assertEquals("The minister's office", all.get(all.size() - 1).source(), all.toString());
    }

    @Test
    void quotedHimAsSayingResolvesHimLikeHe() throws Exception {
        var all = analyze("Finance Minister Tomas Berg called the claim nonsense. The agency also quoted him as saying that pensions "
                + "would rise in May.");
        assertEquals("Tomas Berg", withCue(all, "quoted as saying").source());
    }

    @Test
    void accordingToItsOwnEstimateIsTheOwnersStatement() throws Exception {
        var all = analyze("The business weekly Financni Tydenik was the most sceptical about the cost. According to its own "
                + "estimate, banks will spend about 1.1 billion euros on new software.");
        assertEquals("Financni Tydenik", withCue(all, "according to").source());
    }

    @Test
    void aRelativeClauseWithATimePhraseBeforeItsCueSpeaksForItsAntecedent() throws Exception {
        var all = analyze("The Office of Consumer Protection, which in 2023 warned landlords that charging viewing fees could "
                + "breach the law, declined to say whether it was investigating.");
        Attribution a = withCue(all, "warned");
        assertEquals("Office of Consumer Protection", a.source());
        assertTrue(a.content().contains("could breach the law"), a.content());
    }

    @Test
    void becauseOfInsideTheSubjectIsAPrepositionNotAClauseOpener() throws Exception {
        var all = analyze("A porter who asked not to be named because of a gagging clause told the Echo that the lifts had been "
                + "broken for a month.");
        Attribution a = withCue(all, "told");
        assertTrue(a.source().startsWith("A porter"), a.source());
        assertTrue(a.anonymous(), a.toString());
    }

    @Test
    void anOrganisationWordAfterTheAndBeforeAndStartsTheSameName() throws Exception {
        var all = analyze("The Bus and Tram Drivers\u2019 Union said on Monday that 300 jobs were at risk.");
        assertEquals("Bus and Tram Drivers\u2019 Union", all.get(0).source(), all.toString());
    }

    @Test
    void anIntensifiedRejectingNounDenies() throws Exception {
        var all = analyze("Mayor Ilse Varga called the claim that the tender had been rigged \u201ca total invention\u201d.");
        assertEquals(Stance.DENY, withCue(all, "called").stance());
    }

    @Test
    void callingAFigureNotCredibleDeniesIt() throws Exception {
        var all = analyze("The union said the closure would cost 900 jobs. The Treasury called that figure \u201cnot credible\u201d.");
        assertEquals(Stance.DENY, withCue(all, "called").stance());
    }

    @Test
    void takenOutOfContextKeepsItsAdverb() throws Exception {
        var all = analyze("A spokesman for Orlen Rail said the memo had been \u201ctaken badly out of context\u201d.");
        assertEquals(Stance.DENY, withCue(all, "said").stance());
    }

    @Test
    void anObjectMayStandBeforeTheEmphaticAmount() throws Exception {
        var all = analyze("\u201cWe have never paid the minister\u2019s brother a single euro,\u201d said Hanne Lund, the firm\u2019s owner.");
        assertEquals(Stance.DENY, withCue(all, "said").stance());
    }

    @Test
    void aNegationRepeatedForEmphasisDenies() throws Exception {
        var all = analyze("\u201cThe coach never touched a player, and never would,\u201d said Piet Mol, the club\u2019s lawyer. "
                + "\u201cI never saw the ledger, not once,\u201d the treasurer, Ada Brink, told the inquiry.");
        assertEquals(Stance.DENY, withCue(all, "said").stance());
        assertEquals(Stance.DENY, withCue(all, "told").stance());
    }

    @Test
    void aFirstPersonRefusalToLeaveDenies() throws Exception {
        var all = analyze("A tabloid said the conductor would quit at the end of the season. \u201cI am going nowhere,\u201d "
                + "Sven Ek said on Friday.");
        // The tabloid's own "said" is an attribution too now (an unnamed outlet speaks): look up Ek's by its words.
        assertEquals(Stance.DENY, containing(all, "going nowhere").stance());
    }

    @Test
    void aTitledPossessorSaysNothingOfTheSpeakersGender() throws Exception {
        var all = analyze("Mrs Dunlow\u2019s solicitor, Karl Hesse, said the invoice was genuine. \u201cMy client kept every receipt,\u201d "
                + "he told the hearing.");
        assertEquals("Karl Hesse", withCue(all, "told").source());
    }

    @Test
    void itsOwnOfficerSpeaksForTheBodyThatRejected() throws Exception {
        var all = analyze("Two drivers say the depot was told to skip safety checks. Marlow Freight rejects that claim. "
                + "\u201cEvery lorry is inspected before it leaves,\u201d its operations director, Joan Pike, said.");
        assertEquals(Stance.DENY, withCue(all, "said").stance());
    }

    @Test
    void aClauseOfTimeAfterATrailingCueLeavesTheQuoteAsContent() throws Exception {
        var all = analyze("The mayor is accused of hiding the audit. \u201cThat is completely untrue,\u201d Councillor Hana Beck said "
                + "when reporters put the claim to her.");
        Attribution a = withCue(all, "said");
        assertEquals("Hana Beck", a.source());
        assertTrue(a.content().contains("completely untrue"), a.content());
        assertEquals(Stance.DENY, a.stance());
    }

    @Test
    void aListOfDocumentsAfterAccordingToIsOneSource() throws Exception {
        var all = analyze("The depot dumped 40 tonnes of ash in the river, according to logs, receipts and photographs seen by the Gazette.");
        Attribution a = withCue(all, "according to");
        assertTrue(a.source().startsWith("logs, receipts and photographs"), a.source());
    }

    @Test
    void aHyphenatedModifierInAnAppositiveKeepsTheNameAsAntecedent() throws Exception {
        var all = analyze("The scheme was first questioned by the Harbinger, a right-leaning monthly, which reported that the grants "
                + "had gone to donors.");
        assertEquals("Harbinger", withCue(all, "reported").source());
    }

    // ---- analysis round 10: denials

    @Test
    void anEmphaticDenialInALaterSentenceOfAQuoteDenies() throws Exception {
        var all = analyze("Rumours on a forum say the ferry sank off Brill Point. \u201cThe boat is in the harbour. Nobody has "
                + "seen it sink,\u201d harbourmaster Oona Fell said.");
        assertEquals(Stance.DENY, withCue(all, "said").stance());
        var other = analyze("A blog says the mayor met the developers in secret. \u201cShe is in Lisbon. I have not had one "
                + "meeting with them about the site,\u201d her deputy, Carl Mendes, said.");
        assertEquals(Stance.DENY, withCue(other, "said").stance());
    }

    @Test
    void reportedNoPlansAnswersAReportAsADenial() throws Exception {
        var all = analyze("A local radio station says the bakery will move to Dunmore. The owner, Petra Lind, told the Echo the firm had "
                + "no plans to move the ovens.");
        assertEquals(Stance.DENY, withCue(all, "told").stance());
    }

    @Test
    void theOneWhoToldTheReportWasGuessingIsADenial() throws Exception {
        var all = analyze("The Courier says the mill will close. \u201cThe mill stays open. Whoever told the Courier that was "
                + "guessing,\u201d the manager, Ilse Varga, said.");
        assertEquals(Stance.DENY, withCue(all, "said").stance());
    }

    @Test
    void aRejectedAccusationKeepsItsOwnWordsBesideWhatWasAlleged() throws Exception {
        var all = analyze("The tenants' union accused Harlow Homes of \u201cignoring damp for years\u201d. Harlow Homes rejected the "
                + "accusation. \u201cEvery complaint was answered,\u201d its chief executive, Dev Rana, said.");
        Attribution a = withCue(all, "rejected");
        assertEquals(Stance.DENY, a.stance());
        assertTrue(a.content().contains("the accusation"), a.content());
        assertTrue(a.content().contains("ignoring damp"), a.content());
    }

    @Test
    void aBareNoOpeningAnInterviewAnswerDenies() throws Exception {
        var all = analyze("The designer Ana Hollis spoke to us at her studio.\n\nQ: Did you copy the design?\n\nHOLLIS: No. I have never seen their drawings. Not one page.\n\n"
                + "Q: Will you appeal?\n\nHOLLIS: Yes. We start on Monday.");
        List<Attribution> answers = all.stream().filter(a -> a.cue().equals("answered")).toList();
        assertEquals(2, answers.size(), "one attribution per answer: " + all);
        assertEquals(Stance.DENY, answers.get(0).stance());
        assertTrue(answers.get(0).content().contains("never seen their drawings"), answers.get(0).content());
        assertEquals(Stance.ASSERT, answers.get(1).stance());
    }

    @Test
    void weDidNotFromTheBodysOwnOfficerAfterItsRejectionDenies() throws Exception {
        var all = analyze("The agency ordered the recall on Monday. \u201cStop using the heaters,\u201d said its director, Sanna Holt. "
                + "Campaigners say the agency was slow to act. The agency rejected the suggestion that it had been careless. "
                + "Interviewed on a morning programme, Ms Holt said: \u201cWe did not sit on the data. We wanted evidence first.\u201d");
        Attribution a = all.stream().filter(x -> x.content().contains("sit on the data")).findFirst().orElseThrow();
        assertEquals(Stance.DENY, a.stance());
    }

    @Test
    void phrasesBetweenTheVerbAndItsThatLeaveTheClauseAsContent() throws Exception {
        var all = analyze("The Norvik consulate said on its official WhatsApp channel two hours later that there had been "
                + "\"no arrest of any kind\".");
        Attribution a = withCue(all, "said");
        assertTrue(a.content().startsWith("there had been"), a.content());
        assertEquals(Stance.DENY, a.stance());
        var fronted = analyze("When she was arrested in May, Rosa Hallam said in a statement released through her lawyers, and later "
                + "broadcast on the local station Kestrel FM, that she would \"fight every charge\".");
        assertTrue(withCue(fronted, "said").content().startsWith("she would"), fronted.toString());
        var accepted = analyze("The builder Ed Maw accepted under questioning that the brochure's claim was \"an error\" made by "
                + "the designer.");
        assertTrue(withCue(accepted, "accepted").content().startsWith("the brochure's claim"), accepted.toString());
    }

    @Test
    void aColonAfterTheSpeakerOpensTheirWordsEvenAfterAQuotedQuestion() throws Exception {
        var all = analyze("Asked by Mr Dane whether she had left the door \"wide open\", as a cleaner had said in a statement to "
                + "police, Mira Kell replied: \"That did not happen. I locked it myself.\"");
        Attribution a = withCue(all, "replied");
        assertTrue(a.content().contains("That did not happen"), a.content());
        assertEquals(Stance.DENY, a.stance());
    }

    @Test
    void aRejectedClaimRunsOnPastItsParticiplePhraseToItsThatClause() throws Exception {
        var all = analyze("Lowmoor also rejected a claim, first aired on the fan radio show Red Stand and repeated by the supporters' "
                + "club, that they had tapped up the keeper.");
        Attribution a = all.stream().filter(x -> x.cue().endsWith("rejected")).findFirst().orElseThrow();
        assertTrue(a.content().contains("tapped up the keeper"), a.content());
        assertEquals(Stance.DENY, a.stance());
    }

    @Test
    void quotedByAnAgencyAsSayingNamesTheSubjectAsSpeaker() throws Exception {
        var all = analyze("The Veltran health ministry said the vaccine \"works\", according to the state agency VTA. \"We have not "
                + "hidden any data. We have published everything,\" Deputy Health Minister Ivo Sarn was quoted by VTA as saying.");
        Attribution a = all.stream().filter(x -> x.content().contains("hidden any data")).findFirst().orElseThrow();
        assertEquals("Ivo Sarn", a.source());
        assertEquals(Stance.DENY, a.stance());
        assertTrue(a.via().contains("VTA"), a.via().toString());
        var plain = analyze("Deputy Health Minister Ivo Sarn was quoted by VTA as saying that the data had been published.");
        assertEquals("Ivo Sarn", plain.get(0).source());
    }

    @Test
    void aParticipleBeforeTheNounOfAnAppositiveSubjectIsNoClause() throws Exception {
        var all = analyze("A registered nurse employed by the trust, Omar Field, told the tribunal he had found no fault in the wiring.");
        assertEquals(1, all.size(), all.toString());
        assertTrue(withCue(all, "told").content().startsWith("he had found"), all.toString());
    }

    @Test
    void oneOfAGroupNamedRightAfterSpeaksByName() throws Exception {
        var all = analyze("One of the tenants, Nora Pike, 79, said in a letter read to the court that the landlord had told her to leave.");
        assertEquals("Nora Pike", withCue(all, "said").source());
    }

    @Test
    void whatAJuryHeardIsReportedEvidence() throws Exception {
        var all = analyze("A landlord told six tenants their flats were \"unsafe\" and then charged them \u00a39,000 for repairs that "
                + "were never made, a jury at Holt Crown Court has heard. Neighbours heard a loud bang that night.");
        assertEquals(1, all.size(), all.toString());
        Attribution a = withCue(all, "has heard");
        assertTrue(a.source().contains("jury"), a.source());
        assertTrue(a.content().startsWith("A landlord told six tenants"), a.content());
    }

    @Test
    void aPaperPuttingAFigureAtStatesIt() throws Exception {
        var all = analyze("By Friday the Morning Ledger was putting the cost at \u00a312 million, including fees.");
        assertEquals(1, all.size(), all.toString());
        assertTrue(all.get(0).source().contains("Morning Ledger"), all.toString());
    }

    @Test
    void aKinshipRoleBeforeTheNameSaysWhoHeIs() throws Exception {
        var all = analyze("The winger Marco Vidal is wanted by three clubs. A post claimed that Vidal has a release clause. He does not."
                + "\n\nIn Chile, where Vidal grew up, his uncle, Tomas Vidal, told the sports daily El Faro that his nephew \"wants a "
                + "rest\", comments later translated and posted by the fan site Vox. Asked whether a move was close, he said only: "
                + "\"Ask the clubs.\"");
        Attribution told = withCue(all, "told");
        assertEquals("Tomas Vidal", told.source());
        assertTrue(told.content().startsWith("his nephew"), told.content());
        assertTrue(!told.content().contains("comments later"), told.content());
        assertEquals("Tomas Vidal", withCue(all, "said").source());
    }

    @Test
    void aGraphicSharedOnlineClaims() throws Exception {
        var all = analyze("A graphic shared widely on X claimed that the striker has a \u00a325 million release clause.");
        assertEquals(1, all.size(), all.toString());
        assertTrue(all.get(0).source().startsWith("A graphic"), all.toString());
    }

    @Test
    void aNameOpeningTheSentenceWithAnAppositiveAndANameInsideItsWhoseClause() throws Exception {
        var all = analyze("A blogger called Blue Quill wrote about it.\n\nCandour Check, the detection company whose tool Blue Quill says "
                + "was used to score the essays, said in a blog post that its scores \"are not proof\".");
        assertEquals("Candour Check", withCue(all, "said").source());
        Attribution says = withCue(all, "says");
        assertEquals("Blue Quill", says.source());
        assertTrue(says.content().contains("was used to score the essays"), says.content());
    }

    @Test
    void whoPublishedADocumentClaimingSpeaksThroughIt() throws Exception {
        var all = analyze("An anonymous blog, Quill Watch, published a post claiming that three chapters were copied.");
        assertEquals("Quill Watch", withCue(all, "claiming").source());
    }

    @Test
    void saidNothingAndFoundToHaveStateNothing() throws Exception {
        var all = analyze("The singer herself has said nothing in public. Under the rules, a label found to have paid for plays "
                + "can be fined.");
        assertTrue(all.isEmpty(), all.toString());
    }

    @Test
    void noEvidenceFoundIsAFindingNotADenial() throws Exception {
        var all = analyze("A structural engineer, Ines Robb, told the inquiry she had examined all six flats in early 2024 and "
                + "found \"no evidence whatsoever\" that the roof had been repaired.");
        assertTrue(all.stream().noneMatch(a -> a.stance() == Stance.DENY), all.toString());
    }
    @Test
    void aQuoteBeforeToldANewsConferenceAtAClockTime() throws Exception {
        var all = analyze("\u201cThat never happened. Every seal was checked in front of witnesses,\u201d Tomasz Rell told a news "
                + "conference at 9 p.m., adding that the commission would publish the logs.");
        Attribution a = withCue(all, "told");
        assertTrue(a.content().startsWith("That never happened"), a.content());
        assertEquals(Stance.DENY, a.stance());
    }

    @Test
    void pushedBackOnAndRebuffedTurnAClaimAway() throws Exception {
        var all = analyze("The Pelham Trust pushed back on the reports on Tuesday. Mayor Ilse Varga rebuffed the suggestion. "
                + "The tug pushed back from the quay at noon.");
        assertEquals(Stance.DENY, withCue(all, "pushed back on").stance());
        assertEquals("Pelham Trust", withCue(all, "pushed back on").source());
        assertTrue(withCue(all, "pushed back on").content().startsWith("pushed back on the reports"), all.toString());
        assertEquals(Stance.DENY, withCue(all, "rebuffed").stance());
        assertEquals(2, all.size(), all.toString());
    }

    @Test
    void aSolicitorsDenialForAClientAndWhatFollowsIt() throws Exception {
        var all = analyze("The driver's lawyer, Priya Haldane, said her client \"strongly denies\" any wrongdoing. \"He was not on "
                + "the site that weekend,\" Ms Haldane told the Gazette.");
        assertEquals(Stance.DENY, withCue(all, "said").stance());
        assertEquals(Stance.DENY, withCue(all, "told").stance());
    }

    @Test
    void verdictsThatDenyWithoutADenyingVerb() throws Exception {
        var all = analyze("Marco Ferri is not leaving the orchestra, his agent said on Friday. The agent insisted the article was "
                + "\"a work of fiction\". He \"has no links to the charity of any kind\", a trust spokeswoman added. The Harbour "
                + "Board stated that was not the case. \"Not one of our drivers went near the depot,\" the union's organiser, Lena "
                + "Brooke, told reporters.");
        for (String cue : List.of("said", "insisted", "added", "stated", "told")) {
            assertEquals(Stance.DENY, withCue(all, cue).stance(), cue + ": " + all);
        }
    }
    @Test
    void aHandleAfterByAndCallingItselfIsTheRelativeClausesSpeaker() throws Exception {
        var all = analyze("The rumour came from a clip posted on TikTok by an account calling itself @HarbourGossip, which claimed it "
                + "showed the two men \u201cshouting at each other\u201d. The clip does not show what the account said it shows.");
        assertEquals(1, all.size(), all.toString());
        assertTrue(all.get(0).source().contains("@HarbourGossip"), all.toString());
    }
    @Test
    void anOutletsReportOfWhatWasSaidInPrivateStaysTheOutlets() throws Exception {
        var all = analyze("The weekly magazine Kurier, citing two Labour Party officials, reported last month that Anna Holm had privately "
                + "urged Varga not to stand again. The Daily Post said the manager had quit. According to the paper, Varga had told "
                + "aides she would \"rather retire\" than work with him.");
        assertEquals("Kurier", withCue(all, "reported").source());
        assertTrue(withCue(all, "according to").content().contains("rather retire"), all.toString());
        assertEquals(3, all.size(), all.toString());
    }
    @Test
    void aCamelCaseHandleIsOneName() throws Exception {
        var all = analyze("The drama Quay Lane is filmed in Leeds. A clip posted by an account calling itself @QuayLaneTea, which claimed "
                + "it showed the pair fighting, was viewed a million times. @QuayLaneTea later said the clip was old.");
        assertEquals(2, all.size(), all.toString());
        assertTrue(all.stream().allMatch(a -> a.source().equals("@QuayLaneTea")), all.toString());
    }
    @Test
    void sheAfterAnUnnamedWomanIsThatWoman() throws Exception {
        var all = analyze("The builder's director, Owen Tarrant, said the walls were sound.\n\nA woman who drove the night bus, and who "
                + "asked not to be named, said the route had been cut without notice. She said the timetable \"made no sense to "
                + "anyone\", though she is not a planner.");
        assertTrue(all.get(2).source().startsWith("A woman who drove"), all.toString());
    }

    @Test
    void neverHadARowInACaptionDeniesTheReportedRow() throws Exception {
        var all = analyze("Tabloids claimed the two presenters had fallen out. On Sunday Jonah Reyes posted a photograph of the pair to "
                + "his Instagram story, with the caption: \u201cLena and I have never had a cross word. Please stop.\u201d");
        assertEquals(Stance.DENY, all.stream().filter(a -> a.source().equals("Jonah Reyes")).findFirst().orElseThrow().stance(),
                all.toString());
    }
    @Test
    void foundAPersonIsNoFinding() throws Exception {
        var all = analyze("A neighbour said she heard a crash. She found Tomas a few minutes later and stayed with him. The review found "
                + "Varga had signed the order.");
        assertEquals(2, all.size(), all.toString());
    }
    @Test
    void aNoticeReadAndASpeakerMoreCandidThanOthersBeforeAColon() throws Exception {
        var all = analyze("A notice pinned to the depot door on Monday read: \u201cWork approved by the county council.\u201d\n\n"
                + "The union's treasurer, Rosa Kell, whose branch lost 40 members, was more candid than her colleagues: \u201cWe got "
                + "it wrong. I will not pretend otherwise.\u201d");
        assertEquals("A notice", withCue(all, "read").source());
        Attribution kell = withCue(all, "was more candid than her colleagues");
        assertEquals("Rosa Kell", kell.source());
        assertEquals(Stance.OPINION, kell.stance());
    }
    @Test
    void aCopySeenByTheNewspaperPassesOnTheDocumentsFinding() throws Exception {
        var all = analyze("A study carried out for the port by the consultancy Bluewater Marine found no damage to the seabed, according "
                + "to a copy seen by the Gazette.");
        assertEquals(1, all.size(), all.toString());
        assertTrue(all.get(0).source().startsWith("A study"), all.toString());
    }

    private static Stance stanceOf(List<Attribution> all, String source) {
        return all.stream().filter(a -> a.source().contains(source)).findFirst()
                .orElseThrow(() -> new AssertionError("no attribution from " + source + " in " + all)).stance();
    }

    @Test
    void scotchingAReportDeniesIt() throws Exception {
        var all = analyze("The Evening Ledger reported on Friday, citing two people close to the club, that the coach would be sacked. "
                + "The chairman, Paul Onyango, scotched that report, telling fans the coach had his full support.");
        assertEquals(Stance.DENY, stanceOf(all, "Onyango"), all.toString());
        all = analyze("The mayor said the board had agreed to wait. The board contradicted him within the hour.");
        assertEquals(1, all.size(), "a person contradicted, no claim named: " + all);
    }

    @Test
    void wavingAClaimAwayAsInventedDeniesIt() throws Exception {
        var all = analyze("Asked about a claim that the plant had leaked twice, the director, Nadia Feld, waved it away as "
                + "\"a figure someone dreamed up on a train\".");
        assertEquals(Stance.DENY, stanceOf(all, "Feld"), all.toString());
    }

    @Test
    void quickToDenyIsADenial() throws Exception {
        var all = analyze("A rival bidder said the contract had been rigged. The mayor, Ilse Brandt, was quick to deny that any money "
                + "had changed hands.");
        assertEquals(Stance.DENY, stanceOf(all, "Brandt"), all.toString());
        all = analyze("Ilse Brandt, the mayor, said the tender was fair.\n\nA rival bidder said the contract had been rigged. Brandt was "
                + "quick to deny that any money had changed hands.");
        assertEquals(2, all.stream().filter(a -> a.source().equals("Ilse Brandt")).count(), all.toString());
        assertEquals(Stance.DENY, all.get(all.size() - 1).stance(), all.toString());
    }

    @Test
    void anEmphaticNotADropInReportedSpeechIsADenial() throws Exception {
        var all = analyze("Anglers blamed the water company for the dead fish. The company hit back on Friday, saying that not a drop "
                + "of sewage had entered the river in June.");
        assertEquals(Stance.DENY, stanceOf(all, "company"), all.toString());
    }

    @Test
    void nothingOfTheSortFrontedDeniesWithoutMakingTheSubjectASource() throws Exception {
        var all = analyze("The tenants said they had been promised new windows. \"We have a plan,\" the housing spokeswoman said. "
                + "No manager had said anything of the sort to the tenants, the spokeswoman added, and no date had been set.");
        assertTrue(all.stream().noneMatch(a -> a.source().startsWith("No manager")), all.toString());
        assertEquals(Stance.DENY, withCue(all, "added").stance(), all.toString());
    }

    @Test
    void flatDenialWordingsWithoutADenialVerb() throws Exception {
        String[] sentences = {
            "The hospital says the porter is mistaken.",
            "The club said in a post on its website that reports it had sold the ground were \"not remotely true\".",
            "\"There is not a word of truth in it,\" the jockey, Ben Crowe, said.",
            "\"Whoever started that rumour made it up,\" the jockey, Ben Crowe, said.",
            "The surgeon, Leo Marsh, said he had \"never met the patient in my life\".",
            "\"I have never worked for, advised or held shares in Fenwick Oil,\" the MP, Ruth Adair, said in an email.",
            "\"We tested 400 boats that week, and not one was carrying the disease,\" the inspector, Omar Dancy, said.",
            "\"Nothing about the spill has been kept from residents,\" the manager, Clara Voss, said.",
            "\"That photo was not taken at our farm. It was taken in 2015, abroad,\" the farmer, Tess Mayle, said.",
        };
        for (String sentence : sentences) {
            var all = analyze("Rumours about the affair spread on Facebook last week. " + sentence);
            assertEquals(1, all.size(), sentence + " " + all);
            assertEquals(Stance.DENY, all.get(0).stance(), sentence + " " + all);
        }
    }

    @Test
    void moreDenialWordingsWithoutADenialVerb() throws Exception {
        String[] sentences = {
            "\"I did not sell the land to them or to anyone else,\" the farmer, Tess Mayle, said.",
            "\"Our players were not at the party, and nobody else was either,\" the manager, Clara Voss, said.",
            "The jockey, Ben Crowe, said the newspaper had got him wrong.",
            "\"I said the horse was lame, not that it was doped,\" the jockey, Ben Crowe, said.",
            "The club said there was \"not a sliver of truth\" in it.",
            "\"That boat never went near the reef,\" the skipper, Omar Dancy, said.",
            "\"I did not leave the meeting early, and I did not sign the letter,\" the councillor, Leo Marsh, said.",
            "The council said no such agreement existed.",
            "\"I have accused no one,\" the mayor, Clara Voss, said.",
            "The agency said it had not told anyone to sell their shares.",
            "The owner, Ruth Adair, called the report \"a spy novel without a spy\".",
            "The coach, Leo Marsh, scoffed at the idea that the match had been fixed.",
        };
        for (String sentence : sentences) {
            var all = analyze("Rumours about the affair spread on Facebook last week. " + sentence);
            assertEquals(1, all.size(), sentence + " " + all);
            assertEquals(Stance.DENY, all.get(0).stance(), sentence + " " + all);
        }
        for (String sentence : new String[] {"\"If we got this wrong, we will apologise,\" the editor, Ben Crowe, said.",
                "\"We will not know the cost for weeks, and I will not guess,\" the mayor, Clara Voss, said."}) {
            var all = analyze("Rumours about the affair spread on Facebook last week. " + sentence);
            all.forEach(a -> assertTrue(a.stance() != Stance.DENY, sentence + " " + a));
        }
    }

    @Test
    void aSecondClauseSayingNothingWasDoneAnswersTheReportBefore() throws Exception {
        var all = analyze("A tabloid reported on Monday, citing a source, that the regulator had turned down the application. "
                + "The regulator's chair, Omar Dancy, said the case was \"still under review, and no licence has been refused\".");
        assertEquals(Stance.DENY, withCue(all, "said").stance(), all.toString());
    }

    @Test
    void notAcceptingAClaimDeniesIt() throws Exception {
        var all = analyze("A driver said the depot's staff had been made to work double shifts. The depot's owner, Ruth Adair, "
                + "did not accept that her drivers had been overworked.");
        Attribution a = withCue(all, "accept");
        assertEquals(Stance.DENY, a.stance(), a.toString());
        assertEquals("Ruth Adair", a.source());
        assertEquals("her drivers had been overworked", a.content());
    }

    @Test
    void aDocumentMadeTheSubjectIsTheNextIt() throws Exception {
        var all = analyze("The mayor wrote to every household on Monday. The letter is blunt. It says that the bridge will "
                + "close for a year.");
        Attribution a = withCue(all, "says");
        assertEquals("The letter", a.source(), a.toString());
    }

    @Test
    void aPastVerbAfterANamedAppositiveIsTheTrailingCuesContent() throws Exception {
        var all = analyze("Tom Hadley keeps bees in Ashby. A local builder, Dean Moss of Moss Homes, offered \u00a35,000 for "
                + "the hives in May, Mr Hadley says.");
        Attribution a = withCue(all, "says");
        assertEquals("Tom Hadley", a.source(), a.toString());
        assertTrue(a.content().contains("offered \u00a35,000 for the hives"), a.content());
    }

    @Test
    void aThingFoundSomewhereIsNoFinding() throws Exception {
        var all = analyze("After the storm a fisherman found a rusty, barnacle-covered anchor on the beach. Later, "
                + "Ben Crowe, who runs the harbour, found an old boat behind the sheds.");
        assertTrue(all.isEmpty(), all.toString());
    }

    @Test
    void aWireDatelineIsNoSpeakerAndAReportInAnAfterClauseIsItsOwn() throws Exception {
        var all = analyze("The mayor praised the plan.\n\nKORVIK, Estmark (Northwire) \u2014 The coach of Estmark's national football "
                + "team, Andr\u00e9s Valdera, said on Friday that he would stay, a day after the daily Sport Estmark reported that he had quit.");
        Attribution said = withCue(all, "said");
        assertEquals("Andr\u00e9s Valdera", said.source(), all.toString());
        assertEquals("he would stay", said.content());
        Attribution reported = withCue(all, "reported");
        assertEquals("Sport Estmark", reported.source(), all.toString());
        assertEquals("he had quit", reported.content());
        var post = analyze("The port authority said on Monday that no ship had been turned away, hours after a post shared on "
                + "Facebook claimed that two ferries had been sent back.");
        assertEquals("no ship had been turned away", withCue(post, "said").content(), post.toString());
        assertTrue(withCue(post, "claimed").source().contains("post shared on Facebook"), post.toString());
    }

    @Test
    void arguingInAPlaceIsAQuarrel() throws Exception {
        var all = analyze("The mayor praised the plan. The two owners had argued in the car park after the meeting.");
        assertTrue(all.stream().noneMatch(a -> a.cue().contains("argued")), all.toString());
    }

    @Test
    void aFlatlyContradictingParticipleMakesTheStatementADenial() throws Exception {
        var all = analyze("The developer's director, Amir Khan, told councillors that the firm \"does not own the land\", flatly "
                + "contradicting the council's planning officer.");
        assertEquals(Stance.DENY, stanceOf(all, "Khan"), all.toString());
    }

    @Test
    void aBodyThatHasNeverDoneTheActReportedDeniesIt() throws Exception {
        var all = analyze("The seller said the boiler had been inspected and certified by the gas board. The board has never inspected "
                + "or certified any boiler at the address, a spokesman for the board said.");
        assertEquals(Stance.DENY, stanceOf(all, "spokesman"), all.toString());
    }

    @Test
    void noDeathsAfterAClaimOfADeathAnswersIt() throws Exception {
        var all = analyze("A message shared on Facebook claimed that a child had died after swimming at the lido. There have been no "
                + "deaths linked to the lido, the health board said on Friday.");
        assertEquals(Stance.DENY, stanceOf(all, "health board"), all.toString());
    }

    @Test
    void aDebateTranscriptWithRolesInBracketsAndAGuestWhoSpeaksOnce() throws Exception {
        var all = analyze("The debate was broadcast on Tuesday. This is an edited transcript.\n\nANNA VOSS (presenter): Tobias Renwick, you "
                + "run the ferry. Was the boat yours?\n\nTOBIAS RENWICK (director, Seaway Ferries): It was not. That boat belonged to "
                + "a private owner. Every ferry we run sends its position every minute.\n\nVOSS: And the fares?\n\nRENWICK: They are fair "
                + "to everyone who travels.\n\nVOSS: Jane Kerr, you told a radio station last week that the route was unsafe. Do you "
                + "stand by that?\n\nJANE KERR (Safe Seas): Every word. Our members have logged 40 complaints since June about the "
                + "crossings.\n\nVOSS: Mr Renwick?\n\nRENWICK: We answered all of them within a week.");
        Attribution first = all.stream().filter(a -> a.source().equals("Tobias Renwick") && a.content().contains("belonged"))
                .findFirst().orElseThrow(() -> new AssertionError(all.toString()));
        assertEquals(Stance.DENY, first.stance(), first.toString());
        assertTrue(all.stream().anyMatch(a -> a.source().equals("Jane Kerr") && a.content().contains("40 complaints")), all.toString());
        assertTrue(all.stream().noneMatch(a -> a.content().contains("Was the boat yours")), "the presenter asks: " + all);
    }

    @Test
    void whoeverAndAConditionalCueAreNoSources() throws Exception {
        var all = analyze("The head teacher, Amal Price, spoke to parents on Monday. Whoever wrote that leaflet invented the figures. "
                + "The fields will reopen when the county ecologist says the nests are empty.");
        assertTrue(all.stream().allMatch(a -> a.source().equals("Amal Price")), all.toString());
        all = analyze("The head teacher, Amal Price, said the fields were closed. The fields will reopen when the county ecologist "
                + "says the nests are empty.");
        assertEquals(1, all.size(), all.toString());
        assertTrue(all.stream().allMatch(a -> a.source().equals("Amal Price")), all.toString());
    }

    @Test
    void theyAfterAPluralSubjectThatIsNoSourceIsThatSubject() throws Exception {
        var all = analyze("Every kennel we inspect sends its records every month, the inspector, Rhona Blake, said.\n\nThe messages go "
                + "further. They say the dog was kept in a shed.");
        assertEquals("The messages", withCue(all, "say").source(), all.toString());
    }

    @Test
    void aPieceThatQuotesPeoplePassesOnEachOnesWords() throws Exception {
        var all = analyze("The article quoted Councillor Lee Hart, who said the council had received \"more than 500 complaints\", and a "
                + "shopper, Ann Bell, who told our reporter she had paid twice. It also quoted a shop worker, who asked not to be named, "
                + "saying staff had been told to \"call it a refund\".");
        assertTrue(all.stream().anyMatch(a -> a.source().equals("Lee Hart") && a.content().contains("500 complaints")
                && !a.content().contains("paid twice")), all.toString());
        assertTrue(all.stream().anyMatch(a -> a.source().equals("Ann Bell") && a.content().contains("paid twice")), all.toString());
        assertTrue(all.stream().anyMatch(a -> a.source().equals("a shop worker") && a.content().contains("call it a refund")), all.toString());
        assertTrue(all.stream().noneMatch(a -> a.source().startsWith("The article") || a.source().equals("It")), all.toString());
    }

    @Test
    void aMidSentenceCueGoesOnPastAZeroRelativeInTheNextClause() throws Exception {
        var all = analyze("The chain has never sold a fake watch, his letter says, and the watches some buyers saw were display "
                + "models.");
        assertTrue(withCue(all, "says").content().contains("display models"), all.toString());
    }

    @Test
    void aLetterThatGoesFurtherSuggestingSpeaksAndWhatTheySaidIsNoStatement() throws Exception {
        var all = analyze("The bakery's letter goes further, suggesting that the inspector has links to a rival bakery. I spoke to the "
                + "two bakers again; they stand by what they said, and I have read the note they described.");
        assertTrue(withCue(all, "suggesting").content().contains("links to a rival"), all.toString());
        assertEquals(1, all.size(), all.toString());
    }

    @Test
    void bothBeforeAPluralNounPointsBackAtBodiesNamed() throws Exception {
        var all = analyze("The mayor, Dana Voight, named Hollis and Redcar as partners. Both councils she named told me they were "
                + "still in talks with the firm.");
        assertTrue(all.stream().anyMatch(a -> a.source().startsWith("Both councils") && a.content().contains("still in talks")),
                all.toString());
    }

    @Test
    void anOwnersRoleBeforeTheNameIsNoStatement() throws Exception {
        var all = analyze("Halden's head of communications, Ian Moss, wrote to me on 6 October. \"We are aware of the post and it is "
                + "false,\" its director of nursing, Dr Ruth Obi, told the Gazette.");
        assertTrue(all.stream().noneMatch(a -> a.content().contains("head of communications")), all.toString());
        assertTrue(withCue(all, "told").content().contains("it is false"), all.toString());
    }

    @Test
    void aSentenceOpeningWithAPastTenseVerbBeforeATrailingCueIsTheStatement() throws Exception {
        var all = analyze("The depot closed on 3 May, the day the letter arrived, the company said.");
        assertEquals(1, all.size(), all.toString());
        assertTrue(all.get(0).content().startsWith("The depot closed"), all.toString());
    }

    @Test
    void aBareNoAccordingToABodyAnswersTheWritersQuestion() throws Exception {
        var all = analyze("Is the library closing for good?\n\nNot according to the council. Its leader, Omar Finch, said the "
                + "building would reopen in June.");
        assertEquals(1, all.size(), all.toString());
    }

    @Test
    void sheAfterSomeoneWhoAskedNotToBeNamedIsThatPerson() throws Exception {
        var all = analyze("A former usher, who asked not to be named, told the Gazette that the pitch had been flooded. She said a "
                + "manager had told staff to \"say nothing\".");
        assertEquals("A former usher", withCue(all, "said").source(), all.toString());
    }

    @Test
    void aWorkerWhoAskedUsNotToUseTheirNameIsAnAnonymousSource() throws Exception {
        var all = analyze("A Kestrel medic, who asked us not to use his name because he still works for the firm, told this programme "
                + "that cheaper pipes have been fitted since May. A site valet, who did not want to be named, said the pipes leaked.");
        assertEquals(2, all.size(), all.toString());
        assertTrue(all.stream().allMatch(Attribution::anonymous), all.toString());
        // Trades the role list now knows speak without being described as anonymous.
        assertEquals(1, analyze("A mechanic told the Gazette that the brakes had been checked.").size());
    }

    @Test
    void aNegationOfTheActJustClaimedByAnotherDeniesIt() throws Exception {
        var all = analyze("From the floor, a woman shouted that Ms Oduya owned shares in the quarry company. Ms Oduya answered in a "
                + "post on Facebook: \"I do not own, and have never owned, shares in Corran Aggregates.\"");
        assertEquals(Stance.DENY, stanceOf(all, "Oduya"), all.toString());
        all = analyze("A flyer claimed that Mr Brand had been endorsed by the Lenwick Rowing Club. The club's secretary, Ada Pike, said "
                + "the club does not take part in elections.");
        assertEquals(Stance.ASSERT, stanceOf(all, "Pike"), "a negation on another matter is a counter-claim: " + all);
    }

    @Test
    void anEmphaticZeroOnTheClaimsSubjectDeniesIt() throws Exception {
        var all = analyze("The opposition group said the port authority had agreed to sell the quay to a developer. The port "
                + "authority has signed nothing, a spokesman said.");
        assertEquals(Stance.DENY, stanceOf(all, "spokesman"), all.toString());
    }

    @Test
    void idiomsOfRejectionDenyTheReportTheyName() throws Exception {
        var all = analyze("The Tribune reported last week, citing two officials, that the mayor had been offered a job in the capital. "
                + "Ms Varga gave that report short shrift.");
        Attribution shrift = withCue(all, "gave that report short shrift");
        assertEquals(Stance.DENY, shrift.stance(), all.toString());
        all = analyze("The Gazette reported that a film crew had damaged the dunes. The warden, Olaf Brenn, poured cold water on "
                + "that report, saying that no crew had been on the beach since May.");
        assertEquals(Stance.DENY, stanceOf(all, "Brenn"), all.toString());
    }

    @Test
    void theClaimPointedAtAndJudgedIsDenied() throws Exception {
        var all = analyze("Mr Feld also wrote on his blog that the cores had been drilled in the wrong place. \u201cThat suggestion "
                + "does not hold up,\u201d a spokesperson for the survey said.");
        assertEquals(Stance.DENY, stanceOf(all, "spokesperson"), all.toString());
        all = analyze("The mayor, Ilse Roan, told the radio station Coast FM that the claim the council had ignored the warnings was "
                + "\"wide of the mark\".");
        assertEquals(Stance.DENY, stanceOf(all, "Roan"), all.toString());
    }

    @Test
    void thatBeforeAStatementNounIsItsDeterminer() throws Exception {
        var all = analyze("A former driver told the paper that the depot had hidden the crash. Kestrel Buses, which runs the route, "
                + "said that account was wrong.");
        assertEquals("that account was wrong", withCue(all, "said").content(), all.toString());
    }

    @Test
    void theFounderOfABodyThatDisputedOurResultsDeniesThem() throws Exception {
        var all = analyze("Brightwell Paints disputed our results. Its founder, Omar Lisle, said in a video: \"Our paint does not fade "
                + "in sunlight.\"");
        assertEquals(Stance.DENY, stanceOf(all, "Lisle"), all.toString());
    }

    @Test
    void lawyersWhoRepliedOnAClientsBehalfAreTheyNext() throws Exception {
        var all = analyze("We put the drivers' complaints to the firm in writing. Its lawyers, Penhale & Voss, replied on its behalf that "
                + "every shift had been paid in full. They said the \"kit fees\" were charges that drivers had agreed to.");
        assertEquals(2, all.size(), all.toString());
        assertTrue(all.stream().allMatch(a -> a.source().equals("Penhale & Voss")), all.toString());
    }

    @Test
    void theyAfterATeamIsTheTeam() throws Exception {
        var all = analyze("The crew, led by engineers at the University of Tarn, measured the cracks in the dam wall. They found the "
                + "cracks were older than the road.");
        assertTrue(withCue(all, "found").source().contains("crew"), all.toString());
    }

    @Test
    void confirmingThisKeepsTheVerbAsContent() throws Exception {
        var all = analyze("The captain said the engine had failed twice. The harbour master, Ines Kolar, confirmed this by telephone "
                + "from Oslo.");
        assertTrue(withCue(all, "confirmed").content().startsWith("confirmed this"), all.toString());
    }

    @Test
    void aHecklerWhoShoutedThatSpeaks() throws Exception {
        var all = analyze("The meeting was packed. From the back of the room, a woman shouted that the mayor owned the quarry.");
        assertTrue(all.stream().anyMatch(a -> a.source().equals("a woman") && a.content().contains("owned the quarry")), all.toString());
    }

    @Test
    void aPartyNameAsARoleBeforeTheNameIsNoSpeaker() throws Exception {
        var all = analyze("The Liberal, Ruth Penrose, said she had \"an open mind\" about the new bypass.");
        assertTrue(all.stream().anyMatch(a -> a.source().equals("Ruth Penrose")), all.toString());
        assertTrue(all.stream().noneMatch(a -> a.source().equals("Liberal")), all.toString());
    }

    @Test
    void aSecondThatClauseAfterButIsTheSameSpeakersStatement() throws Exception {
        var all = analyze("Ms Orla Venn said afterwards that she had \"no reason to doubt\" the returning officer, but that the flyer showed "
                + "there was \"foul play in this race\".");
        assertTrue(all.stream().anyMatch(a -> a.source().equals("Orla Venn") && a.content().contains("foul play")), all.toString());
        assertTrue(all.stream().noneMatch(a -> a.source().toLowerCase().startsWith("that")), all.toString());
    }

    @Test
    void aNegationRightAfterTheSpeakersOwnRejectionGoesOnWithIt() throws Exception {
        var all = analyze("A flyer that landed on doormats last week was printed in red. It claimed that Mr Harlan Cole had been backed "
                + "by the Rivermead Trust. The trust's chair said it backs no one.\n\nMr Cole disowned it straight away. Speaking to "
                + "Radio Rivermead on Monday, he said the flyer \"was not ours, and nobody on my team had seen it\".");
        assertEquals(Stance.DENY, all.stream().filter(a -> a.content().contains("was not ours")).findFirst().orElseThrow().stance(),
                all.toString());
    }

    @Test
    void aNegationOnAnotherMatterAfterAClaimStaysAClaim() throws Exception {
        var all = analyze("The operator, Harbour Lines, said the cuts would save money and that the timetable would change in May. "
                + "The island council said it had not been told of the cuts until the day before they were announced.\n\n"
                + "The founder, Lena Moss, said the firm had won the contract \"on price and on service, and on nothing else.\"");
        assertEquals(Stance.ASSERT, all.stream().filter(a -> a.content().contains("not been told")).findFirst().orElseThrow().stance(),
                all.toString());
        assertEquals(Stance.ASSERT, all.stream().filter(a -> a.content().contains("nothing else")).findFirst().orElseThrow().stance(),
                all.toString());
        all = analyze("The Ledger reported that Harbour Lines had ordered its crews to sail in storms, the union claimed. However, the "
                + "company has not yet ordered crews back to work, according to the Ledger.");
        assertEquals(Stance.ASSERT, all.stream().filter(a -> a.content().contains("not yet ordered")).findFirst().orElseThrow().stance(),
                all.toString());
    }

    @Test
    void aQuotationAfterAnObjectThatPointsBackIsWhatWasSaid() throws Exception {
        var all = analyze("The mayor was accused of working for a parking firm. He answered that in a one-line email: \u201cI have never "
                + "worked for any parking company.\u201d\n\nMs Ada Rook had already answered that charge in a post on Facebook on Tuesday: "
                + "\"I do not own a single square foot of the farm.\"");
        Attribution email = all.stream().filter(a -> a.content().contains("never worked")).findFirst().orElseThrow();
        assertTrue(email.content().startsWith("\u201cI have never"), email.content());
        assertTrue(email.quoted() && email.via().contains("email"), email.toString());
        Attribution post = all.stream().filter(a -> a.content().contains("square foot")).findFirst().orElseThrow();
        assertTrue(post.content().startsWith("\"I do not own"), post.content());
        assertTrue(post.via().contains("Facebook"), post.toString());
    }

    @Test
    void aLetterWithAnOwnerSpeaksForTheOneWhoWroteIt() throws Exception {
        var all = analyze("Imogen Slade, the head of communications at ParkPal, wrote to the paper on Friday. ParkPal \u201chas never "
                + "charged a driver twice\u201d, her letter says.");
        Attribution letter = all.stream().filter(a -> a.content().contains("charged a driver")).findFirst().orElseThrow();
        assertEquals("Imogen Slade", letter.source(), letter.toString());
        assertTrue(letter.via().contains("letter"), letter.toString());
    }

    @Test
    void theSpokesmanIsTheUnnamedSpokesmanWhoSpokeJustBefore() throws Exception {
        var all = analyze("\u201cThe verges were treated with a weedkiller,\u201d a council spokesman said. No officer had said anything of "
                + "the sort to Mrs Tull, the spokesman added.");
        Attribution added = withCue(all, "added");
        assertEquals("a council spokesman", added.source(), added.toString());
        assertTrue(added.anonymous(), added.toString());
    }

    @Test
    void aTaleOrSomethingFarFromTheTruthSaidOfAClaimIsADenial() throws Exception {
        var all = analyze("A blogger claimed that the bakery used frozen dough. The owner, Ida Marsh, called the rumour \"pure folklore\". "
                + "In a statement the mill said the blogger's account was \"miles from the truth\". Ms Marsh's brother told a local "
                + "radio show that the story was \"a load of old nonsense\".");
        for (String key : new String[] {"folklore", "miles from the truth", "load of old"}) {
            Attribution a = all.stream().filter(x -> x.content().contains(key)).findFirst().orElseThrow(() -> new AssertionError(key + " " + all));
            assertEquals(Stance.DENY, a.stance(), a.toString());
        }
    }

    @Test
    void aNegationClosedWithFullStopIsADenial() throws Exception {
        var all = analyze("\"She came to two meetings and then stopped. After that she was not a member, full stop,\" the treasurer said.");
        assertEquals(Stance.DENY, withCue(all, "said").stance(), all.toString());
    }

    @Test
    void aNegatedReplyToWhatAnotherSpeakerPutIsADenial() throws Exception {
        var all = analyze("Ms Ruth Penn, for the tenant, suggested that Mr Alder had shown her client the accounts in May. "
                + "\"Those papers never left my office,\" Mr Alder replied.");
        assertEquals(Stance.DENY, withCue(all, "replied").stance(), all.toString());
    }

    @Test
    void aClaimAboutTheSpeakerIsAnsweredAfterOtherVoices() throws Exception {
        var all = analyze("A gossip site claimed that the choir's conductor, Lena Dorsey, had been sacked over the tour. "
                + "\"Nonsense from start to finish,\" says the choir's secretary, Alan Brook. He tells me the tour made a profit. "
                + "Ms Dorsey was calm about it. \"I was not sacked from anything,\" she says.");
        Attribution a = all.stream().filter(x -> x.content().contains("not sacked")).findFirst().orElseThrow();
        assertEquals(Stance.DENY, a.stance(), all.toString());
    }

    @Test
    void anyOfSeveralNegationsMayAnswerTheClaim() throws Exception {
        var all = analyze("A former councillor swears that the club's trophy was quietly replaced with a copy. "
                + "The club says there is \"nothing lost, nothing replaced and nothing to hide\".");
        assertEquals(Stance.DENY, withCue(all, "says").stance(), all.toString());
    }

    @Test
    void anUnnamedSourceWhoSwearsMakesAClaim() throws Exception {
        var all = analyze("A retired porter, who asked me to keep his name out of it, swears that the clock was sold in 1990.");
        Attribution a = withCue(all, "swears");
        assertTrue(a.content().contains("clock was sold"), a.toString());
        assertTrue(a.anonymous(), a.toString());
    }

    @Test
    void aPastVerbAfterAPresentCueGoesOnWithTheReportedClause() throws Exception {
        var all = analyze("The club's treasurer, Ann Vole, says the auditors read every ledger and found no gap in the accounts.");
        assertEquals(1, all.size(), all.toString());
        assertTrue(all.get(0).content().contains("found no gap"), all.toString());
    }

    @Test
    void somethingAddedToAThingIsNoStatement() throws Exception {
        var all = analyze("The poster claims the hall seats 5,000. It has added a zero: the venue's owner, Tarn Halls, puts the "
                + "capacity at just over 500.");
        assertTrue(all.stream().noneMatch(a -> a.cue().contains("added")), all.toString());
        assertTrue(all.stream().anyMatch(a -> a.source().equals("Tarn Halls") && a.content().contains("just over 500")), all.toString());
    }

    @Test
    void aForumUserNamedInAnAppositiveSpeaks() throws Exception {
        var all = analyze("A third user, GateSevenGhost, wrote on 2 May that the stadium roof had cost \"twice the budget\".");
        Attribution a = withCue(all, "wrote");
        assertEquals("GateSevenGhost", a.source(), a.toString());
        assertTrue(a.content().contains("stadium roof"), a.toString());
    }

    @Test
    void aClaimLaughedOffAfterAnAppositiveIsDenied() throws Exception {
        var all = analyze("The founder's niece, Rosa Velt, laughed off the suggestion that her family still owned the mill.");
        Attribution a = all.stream().filter(x -> x.content().contains("still owned the mill")).findFirst()
                .orElseThrow(() -> new AssertionError(all.toString()));
        assertEquals("Rosa Velt", a.source(), a.toString());
        assertEquals(Stance.DENY, a.stance(), a.toString());
    }

    @Test
    void aSpeakerWhoWasAdamantThatMakesAClaim() throws Exception {
        var all = analyze("Ms Petra Lund, questioned by the panel, was adamant that she had locked the gate every night.");
        Attribution a = all.stream().filter(x -> x.content().contains("locked the gate")).findFirst()
                .orElseThrow(() -> new AssertionError(all.toString()));
        assertEquals("Petra Lund", a.source(), a.toString());
    }

    @Test
    void heAfterAWitnessWhoSaidHeIsTheWitness() throws Exception {
        var all = analyze("Mr Oren Tabb said the boiler had failed twice. His neighbour, Jude Farrow, said he had seen Mr Tabb "
                + "carry tools into the cellar. In cross-examination he accepted that he could not give a date.");
        Attribution a = withCue(all, "accepted");
        assertEquals("Jude Farrow", a.source(), a.toString());
    }

    @Test
    void heInTheClauseOfASentenceThatOpensWithAPersonIsThatPerson() throws Exception {
        var all = analyze("Mr Oren Tabb said the boiler had failed twice. His neighbour, Jude Farrow, said he had seen Mr Tabb "
                + "carry tools into the cellar. Mr Tabb first spoke out in May, when he told a local radio station that he felt ignored.");
        Attribution a = all.stream().filter(x -> x.content().contains("felt ignored")).findFirst().orElseThrow();
        assertEquals("Oren Tabb", a.source(), a.toString());
    }

    @Test
    void whatSomeoneToldOrFoundIsNamedNotSaid() throws Exception {
        var all = analyze("This bulletin sums up what our council, Dunmere District, told the hearing, what our own engineer "
                + "found, and what happens next.");
        assertTrue(all.isEmpty(), all.toString());
    }

    @Test
    void noOneHadEverDoneItIsADenialEvenReported() throws Exception {
        var all = analyze("The letting agency's manager, Colm Dray, said no agency email had ever blamed a tenant for a leak.");
        Attribution a = all.stream().filter(x -> x.content().contains("had ever")).findFirst().orElseThrow();
        assertEquals(Stance.DENY, a.stance(), a.toString());
    }

    @Test
    void aNameAfterARelativeClauseIsTheAppositiveOfItsLastNoun() throws Exception {
        var all = analyze("A joiner who has worked on the school for the builder, Corran Fitouts, told a parent that the beams "
                + "had been left untreated.");
        Attribution a = withCue(all, "told");
        assertTrue(a.source().startsWith("A joiner"), a.toString());
    }

    @Test
    void aReportFindsALowerCaseObjectAndSheIsTheOnePersonNamed() throws Exception {
        var all = analyze("The residents' committee paid a building surveyor, Ruth Okoro, to check 20 flats in Alder House and Beech House in June. "
                + "Her report found damp in 12 of them. She wrote that the gutters were \"blocked and broken\". "
                + "Ms Okoro told the meeting that the repairs were overdue.");
        assertTrue(all.stream().anyMatch(a -> a.source().equals("Ruth Okoro") && a.content().contains("damp in 12")), all.toString());
        assertTrue(all.stream().anyMatch(a -> a.source().equals("Ruth Okoro") && a.content().contains("gutters")), all.toString());
    }

    @Test
    void theCompanyIsTheBodyDescribedAsACompanyAfterAPreposition() throws Exception {
        var all = analyze("A caller said he had driven for Tarnway Haulage, the private company that runs the depot, until May. "
                + "The Harbour Show did not reach Tarnway. In a statement, the company said his account was \"simply wrong\".");
        Attribution a = all.stream().filter(x -> x.content().contains("simply wrong")).findFirst().orElseThrow();
        assertEquals("Tarnway Haulage", a.source(), a.toString());
    }

    @Test
    void aLoadOrALegendIsNoRejection() throws Exception {
        var all = analyze("The driver said the lorry was carrying a load of timber when it overturned. The manager said the "
                + "goalkeeper was \u201ca club legend\u201d and called the new stand \u201ca load of seats for a load of fans\u201d.");
        all.forEach(a -> assertTrue(a.stance() != Stance.DENY, a.toString()));
    }

    @Test
    void aTimePhraseBeforeTheSpeakerIsNotItsDescription() throws Exception {
        var all = analyze("The critic denied leaving early. Three days later the theatre's producer, Rosalind Teague, said two "
                + "ushers had seen him go. The next morning Ruth Pennick, who farms on the moor, said she had found a stone.");
        assertTrue(all.stream().filter(a -> a.source().contains("Teague")).allMatch(a -> a.description().equals("the theatre's producer")),
                all.toString());
        assertTrue(all.stream().filter(a -> a.source().contains("Pennick")).noneMatch(a -> a.description().contains("morning")),
                all.toString());
    }

    @Test
    void aPersonKnownOnlyByWhatTheySaidOfThemselvesIsNamedByIt() throws Exception {
        var all = analyze("The first call came from a woman who said she had been a nurse at the clinic until May. "
                + "She told the station that patients were left waiting for hours.");
        Attribution a = withCue(all, "told");
        assertTrue(a.source().contains("nurse"), a.toString());
        assertTrue(a.anonymous(), a.toString());
    }

    @Test
    void aRelativeClauseAfterAParticipleAsideHangsOnTheNounBeforeIt() throws Exception {
        var all = analyze("Several readers shared a Facebook post, viewed more than 2,000 times since Friday, which claims that "
                + "the mayor was fined for speeding.");
        Attribution a = all.stream().filter(x -> x.content().contains("mayor was fined")).findFirst()
                .orElseThrow(() -> new AssertionError(all.toString()));
        assertEquals("a Facebook post", a.source(), a.toString());
    }

    @Test
    void aCallerWhoRangInToSaySaysIt() throws Exception {
        var all = analyze("Dr Ann Cole, a lecturer at the university, rang in to say the river had risen by a metre. "
                + "Tom Hale wrote to warn that the bridge was unsafe.");
        assertTrue(all.stream().anyMatch(a -> a.source().equals("Ann Cole") && a.content().contains("risen by a metre")), all.toString());
        assertTrue(all.stream().anyMatch(a -> a.source().equals("Tom Hale") && a.content().contains("bridge was unsafe")), all.toString());
    }

    @Test
    void theSameActNegatedTwiceIsADenial() throws Exception {
        var all = analyze("\u201cWe do not cut corners, we have never cut corners, and no one here is paid by the job,\u201d "
                + "the manager said.");
        assertEquals(Stance.DENY, withCue(all, "said").stance(), all.toString());
    }

    @Test
    void aFigureNeitherSideWouldConfirmIsNoStatement() throws Exception {
        var all = analyze("The hotel is reportedly worth \u00a34 million, a figure neither the owner nor the bank would confirm.");
        assertTrue(all.stream().noneMatch(a -> a.cue().contains("confirm")), all.toString());
    }

    @Test
    void anAppositiveWithAThatClauseStaysWithTheName() throws Exception {
        var all = analyze("Dr Ann Cole, an ecologist at the Marsh Trust, a charity that has ringed birds on the estuary since 1990, "
                + "said the curlews had gone.");
        Attribution a = withCue(all, "said");
        assertEquals("Ann Cole", a.source(), a.toString());
        assertTrue(a.content().startsWith("the curlews"), a.toString());
    }

    @Test
    void anAsideAfterTheOneToldIsWhereTheWordsWentNotWhatWasSaid() throws Exception {
        var all = analyze("The chef told Radio Dunmore's lunchtime show on Friday, in an interview later posted on the Evening "
                + "Star's website, that the review was \u201cpure fiction\u201d.");
        assertEquals(1, all.size(), all.toString());
        Attribution a = all.get(0);
        assertEquals("the review was \u201cpure fiction\u201d", a.content(), a.toString());
        assertEquals(Stance.DENY, a.stance(), a.toString());
    }

    @Test
    void aStatementSetAgainstAnotherEndsBeforeTheParticipleAndTheOtherIsItsOwn() throws Exception {
        var all = analyze("The head of the bus company told councillors on Monday that the firm \"has kept every route\", directly "
                + "contradicting the union's branch secretary, who had told the same meeting earlier that six routes had gone.");
        Attribution company = withCue(all, "told");
        assertEquals("the firm \"has kept every route\"", company.content(), all.toString());
        assertEquals(Stance.DENY, company.stance(), company.toString());
        assertTrue(all.stream().anyMatch(a -> a.source().contains("secretary") && a.content().equals("six routes had gone")),
                all.toString());
    }

    @Test
    void aClaimAskedAboutIsWhatTheAnswerWavesAway() throws Exception {
        var all = analyze("Asked by the host, Tom Reilly, about a claim on social media that the zoo had sold its lions, the "
                + "director waved it away as \"a story someone made up\".");
        Attribution a = all.stream().filter(x -> x.cue().startsWith("waved")).findFirst()
                .orElseThrow(() -> new AssertionError(all.toString()));
        assertEquals("the zoo had sold its lions", a.content(), a.toString());
        assertEquals(Stance.DENY, a.stance(), a.toString());
    }

    @Test
    void aClaimMadeInAVideoIsTheVideosAndTheDenialDeniesItsClause() throws Exception {
        var all = analyze("The head teacher, Ruth Ames, dismissed a claim, made in a Facebook video with 20,000 views, that the "
                + "school would close in May.");
        Attribution denial = withCue(all, "dismissed");
        assertEquals("the school would close in May", denial.content(), all.toString());
        assertEquals(Stance.DENY, denial.stance(), denial.toString());
        Attribution claim = all.stream().filter(a -> a.source().equals("a Facebook video")).findFirst()
                .orElseThrow(() -> new AssertionError(all.toString()));
        assertEquals("the school would close in May", claim.content(), claim.toString());
        assertTrue(claim.anonymous(), claim.toString());
    }

    @Test
    void theOneToldMayBeAnOwnersRoleAndItsName() throws Exception {
        var all = analyze("The striker told Ardley\u2019s manager, Tom Pryce, that he wanted to leave in January.");
        Attribution a = withCue(all, "told");
        assertEquals("he wanted to leave in January", a.content(), a.toString());
        assertTrue(a.via().isEmpty(), a.toString());
    }

    @Test
    void aPronounAfterAnUnnamedPersonJustIntroducedIsThatPerson() throws Exception {
        var all = analyze("The club's chairman, Robin Ashby, said the pitch was fine. "
                + "We spoke to a former gardener at the club, who asked not to be named. "
                + "He told us the drains had failed twice last winter.");
        Attribution a = all.stream().filter(x -> x.content().contains("drains")).findFirst()
                .orElseThrow(() -> new AssertionError(all.toString()));
        assertTrue(a.source().contains("gardener"), a.toString());
        assertTrue(a.anonymous(), a.toString());
    }

    @Test
    void itAfterAnUnnamedDocumentAsSubjectIsThatDocument() throws Exception {
        var all = analyze("In a press release, Corvane said the plant would stay open. The release gave no date. "
                + "But an internal email seen by this newspaper paints another picture. Sent in May by the finance director, "
                + "it says that the plant will close within a year.");
        Attribution a = all.stream().filter(x -> x.content().contains("close within a year")).findFirst()
                .orElseThrow(() -> new AssertionError(all.toString()));
        assertTrue(a.source().contains("email"), a.toString());
    }
    @Test
    void aPersonNamedInTheWordsSaidIsNotTheSheWhoSaysThem() throws Exception {
        var all = analyze("Then the questions turned to Sunday's Daily Vantor. The Vantor's second claim, that Tom Hale had asked "
                + "to leave the club, drew a statement from his agent, Nora Vell of Harbour Sports, which was read out at the ground. Hale 'has asked "
                + "for nothing of the kind' and is 'looking forward to the new season', she said.");
        Attribution a = all.stream().filter(x -> x.content().contains("nothing of the kind")).findFirst()
                .orElseThrow(() -> new AssertionError(all.toString()));
        assertEquals("Nora Vell", a.source(), a.toString());
    }

    @Test
    void aNameFollowedByHerselfIsAWomanNotTheBodyWhoseRoleFollowsIt() throws Exception {
        var all = analyze("Late on Saturday Orla Brandvik lost to a teenager. At 10pm Brandvik's coach, Bram Kessel, posted "
                + "online that \"a 2290 does not find 30 engine moves in a row\". The post was viewed 9,000 times. Brandvik herself "
                + "kept her distance from her coach. \"I have accused nobody of anything,\" she said on Sunday. Kessel has not "
                + "backed down. He repeated his point on a radio show, and he said he \"stood by every word\".");
        Attribution a = all.stream().filter(x -> x.content().contains("accused nobody")).findFirst()
                .orElseThrow(() -> new AssertionError(all.toString()));
        assertEquals("Orla Brandvik", a.source(), a.toString());
        Attribution b = all.stream().filter(x -> x.content().contains("every word")).findFirst()
                .orElseThrow(() -> new AssertionError(all.toString()));
        assertEquals("Bram Kessel", b.source(), b.toString());
    }

    @Test
    void aClauseWithoutThatAfterTheVerbIsWhatWasSaidNotThePhraseBeforeTheComma() throws Exception {
        var all = analyze("Ann Corr was not at the ground. In an episode of the farming programme Field Notes, recorded before the report appeared and "
                + "released on Friday, she said the players were \"closer than ever\".");
        Attribution a = withCue(all, "said");
        assertTrue(a.content().startsWith("the players were"), a.toString());
    }

    @Test
    void whomTheWordsAreAboutAfterSaidOfIsNotPartOfThem() throws Exception {
        var all = analyze("Dan Moore had planned to talk about bowling. 'Sam is the quickest bowler I have seen,' the coach said "
                + "of Sam Price, the seamer who has signed a two-year deal.");
        Attribution a = withCue(all, "said");
        assertEquals("Sam is the quickest bowler I have seen", a.content(), a.toString());
    }

    @Test
    void aPossessorsClaimSetOffByCommasIsTheirs() throws Exception {
        var all = analyze("Then the questions turned to Sunday's Daily Vantor, which reported that the club was for sale. The "
                + "Vantor's second claim, that Dunn had asked to be released from his contract, drew a statement from his lawyer.");
        Attribution a = all.stream().filter(x -> x.content().contains("released")).findFirst()
                .orElseThrow(() -> new AssertionError(all.toString()));
        assertEquals("Dunn had asked to be released from his contract", a.content(), a.toString());
        assertTrue(a.source().contains("Vantor"), a.toString());
    }

    @Test
    void anUnnamedBodyIsTypedByItsHeadNoun() throws Exception {
        var all = analyze("Wenlow's regional flood observatory said on Friday that river levels were falling. The city's "
                + "transport ministry said the bridge would reopen on Monday.");
        assertEquals(SourceType.ORGANIZATION, withCue(all, "said").sourceType(), all.toString());
        assertEquals(SourceType.GOVERNMENT, all.get(1).sourceType(), all.toString());
    }

    @Test
    void aBodyNegatingTheActReportedOfItInTheSameSentenceDeniesIt() throws Exception {
        var all = analyze("The Wenlow harbour authority said on Tuesday that it had not cancelled any ferry sailings this week, "
                + "after a post on Facebook claimed that it had cancelled every sailing to the islands.");
        assertEquals(Stance.DENY, all.get(0).stance(), all.toString());
    }

    private static Attribution containing(List<Attribution> all, String words) {
        return all.stream().filter(a -> a.content().contains(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no attribution saying " + words + " in " + all));
    }

    @Test
    void aContractedFirstPersonNegationOfTheActJustReportedDeniesIt() throws Exception {
        var all = analyze("\"He went shouting at my staff,\" said Lena Orr, who runs the cafe. \"It was the second time this month.\" "
                + "The council would not comment. Tom Hale, the market's manager, was calm on Monday. \"I didn't go shouting at "
                + "anyone,\" he said.");
        assertEquals(Stance.DENY, containing(all, "shouting at anyone").stance(), all.toString());
    }

    @Test
    void anEmphaticNobodyClosingTheSpeakersOwnAccountDeniesTheReport() throws Exception {
        var all = analyze("The Evening Star reported that the referee had been told to favour the home side. \"Our players gave "
                + "everything that night, and nobody at this club has ever spoken to a referee about it,\" the manager, Ian Bole, said. "
                + "The league's chair, Rhoda Vine, said that the trophy \"is in the cabinet where it belongs, and nobody has moved it\".");
        assertEquals(Stance.DENY, containing(all, "ever spoken to a referee").stance(), all.toString());
        assertEquals(Stance.DENY, containing(all, "nobody has moved it").stance(), all.toString());
    }

    @Test
    void aBodySayingItOpenedNoInquiryIntoWhatWasClaimedOfItDeniesIt() throws Exception {
        var all = analyze("The Weekly Echo claimed that the sailing federation was examining the results of the regatta. "
                + "The federation said on Monday that it had started no inquiry into the results of the regatta.");
        assertEquals(Stance.DENY, containing(all, "no inquiry").stance(), all.toString());
    }

    @Test
    void whatAThingIsNotNowOrEverDeniesWhatItWasSaidToBe() throws Exception {
        var all = analyze("The ranger, Joe Platt, checked the footage from the park. He added: "
                + "\"It is not a wolf, and it has never been a wolf.\"");
        assertEquals(Stance.DENY, containing(all, "never been a wolf").stance(), all.toString());
    }

    @Test
    void noThingLeavingWithoutTheActThatMakesItRightDeniesTheTheft() throws Exception {
        var all = analyze("The church sale ended at noon. \"No book went out of this hall without "
                + "someone paying for it,\" the organiser, Ruth Lane, said.");
        assertEquals(Stance.DENY, containing(all, "without someone paying").stance(), all.toString());
    }

    @Test
    void theManWhoLivesThereIsTheHeWhoSpeaksNext() throws Exception {
        var all = analyze("The boat was found tied to a jetty on Mill Lane. The man who lives there told officers that the owner "
                + "had lent it to him for the summer. \"I never broke any lock, because there wasn't one,\" he said, according "
                + "to the report.");
        Attribution a = containing(all, "never broke any lock");
        assertEquals("The man who lives there", a.source(), a.toString());
        assertEquals(Stance.DENY, a.stance(), a.toString());
    }

    @Test
    void aReportNamedAfterTheWordsItCarriesPassesOnTheSpeakerItNames() throws Exception {
        var all = analyze("The stewards held an inquiry after the race. Ella Brook told the inquiry her horse had been \"pushed "
                + "wide\" on the final bend, the report said.");
        Attribution a = containing(all, "pushed");
        assertEquals("Ella Brook", a.source(), a.toString());
        assertTrue(a.via().contains("the report"), a.toString());
    }

    @Test
    void anOccupationBeforeTheNameAfterAnInvertedCueIsPartOfTheSpeaker() throws Exception {
        var all = analyze("Trade at the ram sale was strong. 'It was a grand sale from start to finish,' said auctioneer Peter "
                + "Dawes, 'and the best rams sold as well as I can remember.'");
        assertEquals("Peter Dawes", containing(all, "grand sale").source(), all.toString());
    }

    @Test
    void aSecondThatClauseGoesOnWhateverVerbItsSubjectLooksLike() throws Exception {
        var all = analyze("Bill Noon runs the market. He said buyers had come from as far as Cornwall, and that demand for good "
                + "rams would probably stay strong.");
        assertTrue(containing(all, "Cornwall").content().contains("stay strong"), all.toString());
    }

    @Test
    void aRelativeClauseAfterAPrepositionHasItsOwnSubject() throws Exception {
        var all = analyze("By Sunday a recording was going round a chat group for shepherds in which a woman claimed that the "
                + "buyer had been paying with borrowed money.");
        assertEquals("a woman", containing(all, "borrowed money").source(), all.toString());
    }

    @Test
    void anOrdinalWithItsNounLeftOutIsTheNextSource() throws Exception {
        var all = analyze("A second post claimed that the sale had been fixed. A third claimed that the ram had been sold again, "
                + "the second time for much less.");
        assertEquals("A third", containing(all, "sold again").source(), all.toString());
    }

    @Test
    void whatASourcePutsSomethingDownToIsItsStatement() throws Exception {
        var all = analyze("Numbers at the sale were down to 210 from 260, which the market put down to a dry spring that left "
                + "ewes light.");
        assertTrue(containing(all, "dry spring").source().contains("market"), all.toString());
    }

    @Test
    void oneActDeniedThenEveryOtherTimeTooIsADenial() throws Exception {
        var all = analyze("The coin fair closed on Sunday. \"I sold no fake coin at the fair, and I never "
                + "have,\" the dealer, Sam Holt, said.");
        assertEquals(Stance.DENY, containing(all, "never have").stance(), all.toString());
    }

    @Test
    void theActNegatedThenStatedAsItWasIsADenial() throws Exception {
        var all = analyze("Anna Roe, who owns the gallery, was in a hurry on Friday. "
                + "\"It has not been sold twice. It has been sold once, to a museum,\" she said.");
        assertEquals(Stance.DENY, containing(all, "not been sold twice").stance(), all.toString());
    }

    @Test
    void relativeClausesAfterAQuotedNounEachHaveTheirOwnSpeaker() throws Exception {
        var all = analyze("This week we look at the \"otter\" that a walker says he filmed at the mill, and that a local angler "
                + "says was a mink.");
        assertEquals("a walker", containing(all, "filmed at the mill").source(), all.toString());
        assertTrue(!containing(all, "filmed at the mill").content().contains("mink"), all.toString());
        assertEquals("a local angler", containing(all, "was a mink").source(), all.toString());
    }

    @Test
    void theSpeakersOwnNegationSaidAgainWordForWordIsADenial() throws Exception {
        var all = analyze("Tom Bryce filmed the animal in April. \"I have never been to Norway. I have never been to Sweden,\" he says.");
        assertEquals(Stance.DENY, containing(all, "never been to Norway").stance(), all.toString());
    }

    @Test
    void theSameActNegatedNowAndForTheFutureIsADenial() throws Exception {
        var all = analyze("The trust's chair, Ann Marsh, was asked about the vote. \"The trust has not decided, and it will not decide "
                + "before June,\" Marsh says.");
        assertEquals(Stance.DENY, containing(all, "not decided").stance(), all.toString());
    }

    @Test
    void aNameJoinedByAForeignAndIsOneName() throws Exception {
        var all = analyze("Maria Lopez is a photographer. Speaking to the magazine Aves y Naturaleza, in an interview later posted by "
                + "the site Wild Alert, she said she had \"no doubt at all\".");
        assertTrue(containing(all, "no doubt").via().contains("Aves y Naturaleza"), all.toString());
    }

    @Test
    void aThreadOnAForumCanClaim() throws Exception {
        var all = analyze("A thread on the Riverwatch forum claimed that \"dozens of people\" had waded into the river.");
        assertTrue(containing(all, "dozens of people").source().contains("thread"), all.toString());
    }

    @Test
    void aThoughtWhoseQuotationOpensWithItsVerbIsStillAStatement() throws Exception {
        var all = analyze("Our presenters disagree. Anna Lowe thinks the videos \"show a mink, which is exactly the point\".");
        assertEquals("Anna Lowe", containing(all, "show a mink").source(), all.toString());
    }

    @Test
    void aCueTaggedAsANounAfterAndIsTheSubjectsSecondPredicate() throws Exception {
        var all = analyze("Sam Reid reads the post and notes that it has been viewed 400 times.");
        assertEquals("Sam Reid", containing(all, "400 times").source(), all.toString());
    }

    @Test
    void aQuantifierOpeningTheSentenceIsTheSubjectThatAgrees() throws Exception {
        var all = analyze("Anna Lowe and Sam Reid disagree about the bird. Both agree that nobody can settle it yet.");
        assertEquals("Both", containing(all, "settle it").source(), all.toString());
    }

    @Test
    void reportedEmphaticZerosAndCorrectedTopicsAreDenials() throws Exception {
        var all = analyze("A complaint said the vans were driven to the city. Brenna Ltd said not one of its vans had left the island "
                + "before it was sold. Tollan Motors told the council it had \"never serviced so much as a tyre\" for Brenna. The "
                + "logo \"was not copied from anybody\", the company said. The quote, its director told the council, had been "
                + "\"about ferries in 2018, not about vans\".");
        assertEquals(Stance.DENY, containing(all, "not one of its vans").stance(), all.toString());
        assertEquals(Stance.DENY, containing(all, "so much as a tyre").stance(), all.toString());
        assertEquals(Stance.DENY, containing(all, "not copied from anybody").stance(), all.toString());
        assertEquals(Stance.DENY, containing(all, "not about vans").stance(), all.toString());
    }

    @Test
    void aRelativeClauseEndingOnItsVerbClosesAtItsComma() throws Exception {
        var all = analyze("Tollan Motors, a garage in the town that the complainants named, told the council it had serviced the vans.");
        assertEquals("Tollan Motors", containing(all, "serviced the vans").source(), all.toString());
    }

    @Test
    void textOverAnImageAndAProductPageStateWhatTheySay() throws Exception {
        var all = analyze("Text over the image stated \"Every Brenna rod is made by hand in Skye.\" A product page on the Brenna "
                + "website stated \"Only 200 rods a year leave the island.\"");
        assertEquals("Text over the image", containing(all, "made by hand").source(), all.toString());
        assertTrue(containing(all, "Only 200 rods").source().contains("product page"), all.toString());
    }

    @Test
    void aComplainantChallengesWhetherAndUnderstandsThat() throws Exception {
        var all = analyze("The former worker also challenged whether the claim could be substantiated. The two complainants "
                + "understood that most of the rods were made in a factory.");
        assertEquals(Stance.SUGGEST, containing(all, "could be substantiated").stance(), all.toString());
        assertEquals("The two complainants", containing(all, "made in a factory").source(), all.toString());
    }

    @Test
    void anUnnamedPersonsStatementThatIsTheirClaim() throws Exception {
        var all = analyze("Brenna did not dispute the complainant's statement that some of its cork came from Portugal.");
        assertTrue(containing(all, "cork came from Portugal").source().contains("complainant"), all.toString());
    }

    @Test
    void aClauseCompleteInItselfAfterANounIsNoSubject() throws Exception {
        var all = analyze("A worker who gave evidence on condition that his name was withheld said the rods had arrived varnished.");
        assertTrue(containing(all, "arrived varnished").source().startsWith("A worker"), all.toString());
    }

    @Test
    void anInterviewsOwnSpeakerAfterInWhichIsNotTheReferrersWords() throws Exception {
        var all = analyze("The complainants also referred to an interview Ms Lind gave to Radio Skye in 2023, later quoted by the "
                + "Skye Herald, in which she said the company sent \"some of the heavier work\" to Glasgow.");
        assertTrue(withCue(all, "said").source().contains("Lind"), all.toString());
        assertTrue(withCue(all, "said").content().contains("heavier work"), all.toString());
    }

    @Test
    void aFirmThatSuppliedFiguresIsNoOutletAndSpeaksForItself() throws Exception {
        var all = analyze("According to sales figures supplied by Brenna, the company sold 2,400 rods in 2024. Brenna told the "
                + "council that it had already withdrawn the post.");
        assertEquals("Brenna", containing(all, "already withdrawn").source(), all.toString());
    }

    @Test
    void aParticipleClosingANounPhraseReportsNothing() throws Exception {
        var all = analyze("The ads must not appear again in the forms complained of.");
        assertTrue(all.isEmpty(), all.toString());
    }

    @Test
    void aRoleSetBeforeTheNameOfATrailingSpeakerIsTheSpeakers() throws Exception {
        var all = analyze("A rare bird was seen on Sunday, the island's ranger, Tom Dunn, said.");
        Attribution a = withCue(all, "said");
        assertEquals("A rare bird was seen on Sunday", a.content());
        assertEquals("Tom Dunn", a.source());
        assertTrue(a.description().contains("ranger"), a.description());
    }

    @Test
    void aBodyDescribedByItsNounIsNoPlaceNamedOnlyAsWhereSomethingHappened() throws Exception {
        var all = analyze("Storms closed the harbour at Westby on Monday. The ferry company said sailings would resume on Friday.");
        Attribution a = withCue(all, "said");
        assertEquals("The ferry company", a.source());
    }

    @Test
    void theAndOneNameThatReportsIsAnOutletAndALegalSuffixMakesACompany() throws Exception {
        var all = analyze("The Mercury reported that the mayor had resigned. Harbour Courier Ltd said the pier would close.");
        assertEquals(SourceType.OUTLET, withCue(all, "reported").sourceType());
        Attribution firm = withCue(all, "said");
        assertEquals("Harbour Courier Ltd", firm.source());
        assertEquals(SourceType.ORGANIZATION, firm.sourceType());
    }

    @Test
    void aPluralPossessiveInsideANameKeepsTheBodyWhole() throws Exception {
        for (String body : new String[] {"The Sgarba Knitters' Guild said the fair would go ahead in June.",
                "The Lanmoor Beekeepers\u2019 Circle said the hives had survived the winter."}) {
            Attribution a = withCue(analyze(body), "said");
            assertTrue(a.source().matches("\\w+ \\w+s['\u2019] \\w+"), a.source());
            assertEquals(SourceType.ORGANIZATION, a.sourceType(), a.toString());
        }
    }

    @Test
    void anIndefiniteNounBeforeARelativeThatSaysIsTheSource() throws Exception {
        Attribution a = withCue(analyze("The old mill has been bought by a trust that says the roof will be mended first."), "says");
        assertEquals("a trust", a.source());
        assertEquals("the roof will be mended first", a.content());
        Attribution definite = withCue(analyze("The old mill has been bought by the trust that says the roof will be mended first."), "says");
        assertEquals("the trust", definite.source().toLowerCase(java.util.Locale.ROOT));
    }

    @Test
    void aNameGivenAfterAsStaysInTheSourceLabel() throws Exception {
        Attribution a = withCue(analyze("A reader who signs off as \u201cOld Heron, Norfolk\u201d wrote that the pond had frozen."), "wrote");
        assertTrue(a.source().equals("A reader") || a.source().contains("Old Heron, Norfolk\u201d"), a.source());
    }

    @Test
    void aPaperNamedLikeARoleIsTheRecipientOfToldNotTheContent() throws Exception {
        Attribution a = withCue(analyze("A club volunteer told the Observer the match had been moved to Sunday."), "told");
        assertEquals("the match had been moved to Sunday", a.content());
        assertEquals(List.of("Observer"), a.via());
    }

    @Test
    void aClaimAnAdmissionOrAFindingWithANegationInsideIsNoDenial() throws Exception {
        var all = analyze("The auction closed at noon. An anonymous email claimed there had been no second bidder in the room. "
                + "The auction house admitted that it had not checked the bidder's identity. The steward walked the course at dawn. "
                + "He found no hoof prints and no broken rails, he said. The Clarion reported that the mare had never won a race. "
                + "She had: she won at Redcar in 2021.");
        for (Attribution a : all) {
            assertTrue(a.stance() != Stance.DENY, a.toString());
        }
        assertEquals(Stance.ASSERT, withCue(all, "claimed").stance());
        assertEquals(Stance.ASSERT, withCue(all, "reported").stance());
    }

    @Test
    void aCaptionUnderAPostIsWhatThePosterSaidThroughThePlatform() throws Exception {
        var all = analyze("The heron had not been seen for years. On 3 June Tom Reed, 41, posted two photographs on X with the caption "
                + "\"Grey heron, Loch Ard, at dawn. Still amazed.\"");
        Attribution a = withCue(all, "posted");
        assertEquals("Tom Reed", a.source());
        assertTrue(a.content().contains("Grey heron, Loch Ard") && a.content().contains("Still amazed"), a.content());
        assertEquals(List.of("X"), a.via());
        assertTrue(a.quoted());
    }

    @Test
    void anAgeAfterANameEndingAnOpeningPhraseLeavesTheNameAsSubject() throws Exception {
        Attribution a = withCue(analyze("On 10 May Ruth Pell, 58, said that the ferry had been late every day."), "said");
        assertEquals("Ruth Pell", a.source());
        assertEquals("the ferry had been late every day", a.content());
    }

    @Test
    void aClaimGivenANameOfTheSpeakersOwnIsRejected() throws Exception {
        assertDenies("A blog post said the mayor had sold the library. The mayor's office called the post \u201ca muddle of two old "
                + "stories\u201d.", "muddle");
        assertDenies("A councillor claimed the pool would close. The treasurer described the claim as \u201csums done on the back "
                + "of a bus ticket\u201d.", "bus ticket");
        assertDenies("A newsletter alleged that the mill had been sold. Its owner, Ada Brink, said the allegation was \u201cthe "
                + "reverse of what happened\u201d.", "reverse of what happened");
        var fair = analyze("A councillor claimed the pool would close. The treasurer called the claim \u201cbroadly fair\u201d.");
        assertTrue(fair.stream().noneMatch(a -> a.stance() == Stance.DENY), fair.toString());
    }

    @Test
    void theBodysPersonQuotedAfterItDismissedAnAccountAsSomethingDeniesToo() throws Exception {
        assertDenies("A driver said staff had been ordered to skip breaks. Harlow Foods dismissed the driver's account as "
                + "\u201cout of date\u201d. \u201cNo one in this office wrote a rota like that,\u201d Harlow Foods manager Denise "
                + "Ocampo told reporters.", "No one in this office");
    }

    @Test
    void sayingTheClaimantHasItTheWrongWayRoundDenies() throws Exception {
        assertDenies("A supporter wrote that the club had sold its ground. The club's secretary, Jon Vale, said the supporter had "
                + "the story back to front.", "back to front");
    }

    @Test
    void aMotiveSetRightAgainstAnotherDenies() throws Exception {
        assertDenies("Customers said the branch shut after the robbery. \u201cWe closed the branch because the lease ended, not "
                + "because of the robbery,\u201d said the bank's regional manager, Tomas Lind.", "lease ended");
    }

    @Test
    void theSpeakersOwnTextSetRightWithNotThatDenies() throws Exception {
        assertDenies("A flyer quoted the engineer's letter as a warning that the bridge could fall. \u201cMy letter says the bridge "
                + "needs paint, not that it is in danger,\u201d said the engineer Ruth Amos.", "needs paint");
    }

    @Test
    void whoeverMadeTheClaimHadSomethingElseInMindDenies() throws Exception {
        assertDenies("A forum post said the harbour was full of rubbish. \u201cWhoever posted that was thinking of a different "
                + "harbour,\u201d said the harbourmaster, Ian Bole.", "different harbour");
    }

    @Test
    void aBareSurnameIsThePersonNotTheFirmOfPartnersItIsPartOf() throws Exception {
        var all = analyze("The farm is listed with Pellow & Crane. Ivo Crane, a partner at Pellow & Crane, said the roof was sound. "
                + "A forum claimed the barn leaked. Crane shrugged at that. \u201cThat barn has never let in a drop,\u201d he said. "
                + "Viewings are through Pellow & Crane.");
        assertEquals("Ivo Crane", containing(all, "never let in a drop").source());
    }

    @Test
    void aBusinessmanNamedBeforeWhichIsStillAPersonForHe() throws Exception {
        var all = analyze("The bakery was bought by Crust Holdings, a firm owned by the businessman Olu Benn, which plans to reopen it. "
                + "Benn says the ovens will stay. \u201cEvery oven is staying in the building,\u201d he told the Gazette.");
        assertEquals("Olu Benn", containing(all, "Every oven").source());
    }

    @Test
    void aContractedThereIsNoOrThereIsNothingInItDenies() throws Exception {
        assertDenies("A post claimed the ferry would stop in May. \u201cThere\u2019s no closure coming,\u201d said the harbour master, "
                + "Ann Pole.", "no closure");
        assertDenies("A rumour says the bakery will close. The owner, Ada Frost, says there is nothing in it.", "nothing in it");
    }

    @Test
    void aManagementFirmIsAnOrganisationThatIsItNext() throws Exception {
        var all = analyze("Tolvane Asset Management said in a statement that all funds were safe. A further two accounts were frozen, it said.");
        Attribution a = containing(all, "two accounts were frozen");
        assertTrue(a.source().endsWith("Asset Management"), a.source());
        assertEquals(SourceType.ORGANIZATION, a.sourceType());
    }

    @Test
    void anEmphaticZeroAmountAfterAVerbDenies() throws Exception {
        assertDenies("Critics said the grant was spent on travel. The accounts were audited in May, the charity's treasurer, Rob Hale, "
                + "said, and the grant \u201cdid not fund a penny of travel\u201d.", "penny of travel");
    }

    @Test
    void aHeAfterTheColonOfAClauseOpeningWithANameIsThatPerson() throws Exception {
        var all = analyze("The club's treasurer, Dr Piet Mendez-Hall, has been asked to explain the accounts. \u201cThe vote was close,\u201d "
                + "said a member of the club's committee, who asked not to be named. Mendez-Hall admits to one late payment: he sent it "
                + "\u201ca week after the deadline, and that was careless,\u201d he wrote in a letter to the Gazette. The rest are another "
                + "matter. \u201cNothing was hidden,\u201d he wrote.");
        assertEquals("Piet Mendez-Hall", containing(all, "that was careless").source());
        assertEquals("Piet Mendez-Hall", containing(all, "Nothing was hidden").source());
    }

    @Test
    void grantedThatConcedesButGrantedAnObjectReportsNothing() throws Exception {
        var all = analyze("Ivo Marr was asked about the ledgers. He granted that the ledgers had been lost, which he blamed on a flood. "
                + "The council granted permission for the mast in May. Staff could open a file only when a tenant asked and granted "
                + "access, the landlord said.");
        assertEquals("Ivo Marr", containing(all, "ledgers had been lost").source());
        assertTrue(all.stream().noneMatch(a -> a.content().startsWith("permission")), all.toString());
        assertTrue(containing(all, "Staff could open").content().contains("granted access"), all.toString());
    }

    @Test
    void aLabelWhoseOwnerIdentifiedThemselvesIsThatPerson() throws Exception {
        var all = analyze("The complaints were first posted on the forum StoneTalk in May by a user called Quarrier, who has since "
                + "identified himself as Tomas Welde, a retired surveyor in Hull. He found nine walls that, he says, lean badly.");
        assertEquals("Tomas Welde", containing(all, "nine walls").source());
    }

    @Test
    void aSheAfterAnotherSpeakersClaimAboutTheOnePersonItNamesIsThatPerson() throws Exception {
        var all = analyze("The survey was written by Dr Ruth Pell and Dr Sam Kerrigan. Pell said the figures were sound. The count "
                + "was repeated in June by a second team. Several readers have suggested that Kerrigan, the survey's second author, "
                + "quit in anger. She says the readers have it the wrong way round.");
        assertEquals("Sam Kerrigan", containing(all, "wrong way round").source());
    }

    @Test
    void somethingShownToSomeoneIsNoFindingOfTheOneWhoShowedIt() throws Exception {
        var all = analyze("The trade newsletter The Ledgerline claimed on 3 June that Brickwell had shown lenders figures from the "
                + "survey as late as April.");
        assertEquals("The Ledgerline", containing(all, "lenders figures").source());
        assertTrue(all.stream().noneMatch(a -> a.source().equals("Brickwell")), all.toString());
    }

    @Test
    void aCaptionIsTheWordsOfWhoeverPostedItNotOfThePost() throws Exception {
        var all = analyze("A short video posted on TikTok by an account called @tide_watch, captioned \u201cthe ferry never left the "
                + "harbour lol\u201d, was viewed a million times by Monday.");
        Attribution a = containing(all, "ferry never left");
        assertEquals("@tide_watch", a.source(), a.toString());
        assertTrue(a.via().contains("TikTok"), a.toString());
    }

    @Test
    void whatSomeoneWillRememberAndWhatASongShowedAreNoStatements() throws Exception {
        var all = analyze("That save is what everyone will remember about the final. \u201cPaper Moons\u201d showed why she fills "
                + "halls, and \u201cTin Roof\u201d is still a fine song. The audit showed that fees rose.");
        assertEquals(1, all.size(), all.toString());
        assertEquals("The audit", all.get(0).source());
    }

    @Test
    void twoFirstNamesBeforeOneSurnameAreTwoPeopleOfThatSurname() throws Exception {
        var all = analyze("The owners, Rosalind and Hector Vantablick, opened the bakery in 2004. Rosalind said the ovens were "
                + "older than the shop.");
        assertEquals("Rosalind Vantablick", containing(all, "older than the shop").source());
    }

    @Test
    void aGenderedTitleGoesToThePersonOfThatSurnameWhoseGenderFits() throws Exception {
        var all = analyze("Rosalind Vantablick and Hector Vantablick run the bakery on Quay Street. Mrs Vantablick said the ovens "
                + "were older than the shop. She added that bread was cheaper than in 2019. Mr Vantablick said the rent had doubled.");
        assertEquals("Rosalind Vantablick", containing(all, "older than the shop").source());
        assertEquals("Rosalind Vantablick", containing(all, "cheaper than in 2019").source());
        assertEquals("Hector Vantablick", containing(all, "rent had doubled").source());
        var pair = analyze("The owners, Rosalind and Hector Vantablick, opened the bakery in 2004. Mrs Vantablick said the ovens "
                + "were older than the shop. She said the flour came from Kent.");
        assertEquals("Rosalind Vantablick", containing(pair, "older than the shop").source());
        assertEquals("Rosalind Vantablick", containing(pair, "flour came from Kent").source());
    }
    @Test
    void aCueBetweenSubjectAndPredicateNamesALongerSpeakerOrComesFirst() throws Exception {
        var all = analyze("The queue, a porter on the night shift says, starts at six. The delay, said one porter, who asked not "
                + "to be named because the hospital forbids it, was \"about the rota, not the lifts.\"");
        assertEquals("a porter on the night shift", containing(all, "starts at six").source());
        Attribution delay = containing(all, "about the rota");
        assertEquals("one porter", delay.source());
        assertTrue(delay.content().startsWith("The delay"), delay.content());
    }

    @Test
    void anIndefiniteRefereeOrMarshalCanSpeak() throws Exception {
        var all = analyze("A referee tells the Echo that the pitch was flooded. A marshal says the gate was shut.");
        assertEquals("A referee", containing(all, "pitch was flooded").source());
        assertEquals("A marshal", containing(all, "gate was shut").source());
    }

    @Test
    void whatANamedBodyHasToldUsIsNoStatement() throws Exception {
        var all = analyze("This letter sets out what the landlord has told us and what we plan to do.");
        assertTrue(all.isEmpty(), all.toString());
    }

    @Test
    void aNameGivenWithCalledOrCallsHerselfIsNoVerdict() throws Exception {
        var all = analyze("The crates are on a barge called the Hollin Star. A poster called tin_lantern has claimed that the shop "
                + "was sold. A blogger who calls herself the Kerb Inspector added in a video that the shop was \"closed in all but "
                + "name.\"");
        assertEquals(2, all.size(), all.toString());
        assertEquals("A poster called tin_lantern", containing(all, "shop was sold").source());
        assertTrue(containing(all, "all but name").source().contains("Kerb Inspector"), all.toString());
    }

    @Test
    void aPluralDocumentAfterAnAsideRecordsWhatItSays() throws Exception {
        var all = analyze("The accounts of the 4 June meeting, signed by the clerk on 9 June, record that the club \"accepted the offer.\"");
        assertTrue(containing(all, "accepted the offer").source().startsWith("The accounts"), all.toString());
    }

    @Test
    void idiomsOfRejectionTakeTheClaimAsTheirObject() throws Exception {
        var all = analyze("The brewer batted the story away, saying that its founder \"remains in charge.\" The league has shot down "
                + "the second rumour itself. The farmer has since poured scorn on the report in a notice: \"We sold no hay to anyone.\" "
                + "The water board takes exception to the angler\u2019s account. The fire brigade put paid to that one.");
        for (String said : new String[] {"remains in charge", "second rumour", "sold no hay", "angler", "that one"}) {
            assertEquals(Stance.DENY, containing(all, said).stance(), said + " " + all);
        }
    }

    @Test
    void denialsWithoutADenialVerbInFigurativeOrEmphaticWords() throws Exception {
        var all = analyze("A blog claimed the club had been sold for \u00a39m. \"Whoever put \u00a39m on this deal was not in the room "
                + "when it was signed,\" its chairman, Owen Pratt, said. A post claims the bridge melts in summer. The builder, "
                + "Trussway, says the story \"cannot be true of a bridge with no tar in it.\" A vlogger said the cafe was \"finished "
                + "in all but name.\" The owner, Ida Brook, wrote to him that a cafe serving 300 lunches a day is about as far from "
                + "finished as a cafe can get. The mayor says that Ms Lund \"was warned about the closure in good time.\" Ms Lund "
                + "replied within the hour: \"Not a letter, not a call, not a word.\" Tenants say the meter records their voices. The "
                + "supplier told the Echo that the meter has \"no microphone to turn on, hidden or otherwise.\" The manager said the "
                + "app \"has no camera access of any kind.\" The rival called the study \"a sales brochure for a takeover.\"");
        for (String said : new String[] {"not in the room", "cannot be true", "as far from finished", "not a letter", "hidden or otherwise",
                "of any kind", "sales brochure"}) {
            assertEquals(Stance.DENY, all.stream().filter(a -> a.content().toLowerCase().contains(said)).findFirst()
                    .orElseThrow(() -> new AssertionError(said + " " + all)).stance(), said + " " + all);
        }
    }

    @Test
    void anotherSourcesWordsNegatedDenyThem() throws Exception {
        var all = analyze("The ferry company said it is the route they sailed. \"I checked a route. It is not the route they "
                + "sailed,\" the surveyor says. A forum post claimed that the charity has frozen the donors\u2019 money. The bank told "
                + "the Echo that the charity \"has frozen nothing and is not about to start.\" A steward says that fences on Dock "
                + "Road were put up on race morning. The council says its crew \"put up no fences on Dock Road.\" The minutes record "
                + "that the club \"agreed to the merger.\" \"Attending one meeting is not the same as agreeing to a merger,\" said "
                + "Ann Cole. \"Patience is not the same as weakness,\" said Ann Cole.");
        for (String said : new String[] {"not the route", "frozen nothing", "no fences", "Attending one meeting"}) {
            assertEquals(Stance.DENY, containing(all, said).stance(), said + " " + all);
        }
        assertEquals(Stance.ASSERT, containing(all, "Patience").stance(), "a saying that answers no claim");
    }

    @Test
    void aColonAfterAnObjectThatOnlyPointsAtTheWordsOpensThem() throws Exception {
        var all = analyze("The mayor wrote to the council, and she will repeat it here: nobody at the depot has seen the memo. Our "
                + "chair, Professor Ann Bell, said as much when your story appeared: \u2018Nobody mends a roof on a house they mean to "
                + "sell.\u2019");
        assertEquals("nobody at the depot has seen the memo", containing(all, "depot").content());
        assertTrue(containing(all, "mends a roof").content().startsWith("\u2018Nobody"), all.toString());
    }
    @Test
    void whatABodyPutsOnTheRecordAfterAColonIsItsStatement() throws Exception {
        var all = analyze("Since then, some parents have suggested that the choir leaked the letter to the Echo. The choir committee "
                + "voted on Friday to put this on the record: no member of this choir has seen the letter, and none of us gave the "
                + "Echo a single page of anything.");
        Attribution a = containing(all, "no member of this choir");
        assertEquals("The choir committee", a.source());
        assertEquals(Stance.DENY, a.stance(), "a zero subject answering the suggestion just made");
    }

    @Test
    void aZeroSubjectDeniesAClaimWhoseWordsComeAnywhereInItsClause() throws Exception {
        var all = analyze("A forum thread has claimed that the coaches spent the grant on a trip to Oslo. The treasurer, Ivo Sand, "
                + "said nobody at the club has set foot in Oslo, on grant money or on our own. The mayor said nobody in the town "
                + "should be planning a trip to Oslo.");
        assertEquals(Stance.DENY, containing(all, "set foot in Oslo").stance(), all.toString());
        assertEquals(Stance.ASSERT, containing(all, "should be planning").stance(), "advice, not a denial");
    }

    @Test
    void aNamedAppositiveAfterARelativeClauseSpeaksAQuotedClause() throws Exception {
        var all = analyze("The firm that built the pier, Quayworks, says the story \"cannot be true of a pier with no iron in it.\"");
        Attribution a = containing(all, "cannot be true");
        assertEquals("Quayworks", a.source());
        assertEquals(Stance.DENY, a.stance());
    }

    @Test
    void anInvertedCueBeforeAPossessiveRoleAndName() throws Exception {
        var all = analyze("The pier is made of thick oak, explained its site manager, Ola Brandt-Oyelaran.");
        assertEquals("Ola Brandt-Oyelaran", containing(all, "thick oak").source());
    }

    @Test
    void whereAGroupOfPeopleIsStaysInItsName() throws Exception {
        var all = analyze("Some people online have said that the baker wants the pier gone.");
        assertEquals("Some people online", containing(all, "baker wants").source());
    }
    @Test
    void aVerbThatNeedsItsParticleIsNoClosingVerdictWithoutIt() throws Exception {
        var all = analyze("The charity has alleged that contractors are paid a bonus for every deer shot, which it says encourages "
                + "rushed shooting.");
        assertTrue(all.stream().noneMatch(a -> a.stance() == Stance.DENY), all.toString());
    }
    @Test
    void theWritersOwnColonStatementIsTheAuthorNamedInTheStandfirst() throws Exception {
        var all = analyze("The Ledger reported last week that the orchard society had felled its oldest pear trees. Here the "
                + "society's chair, Marta Quillfeather, responds.\n\nI have looked after this orchard for eleven years. Let me say "
                + "this clearly: not one tree in the orchard has been felled for timber.");
        Attribution a = containing(all, "not one tree in the orchard");
        assertEquals("Marta Quillfeather", a.source());
        assertEquals(Stance.DENY, a.stance());
    }

    @Test
    void aFrontedFirstPersonCueIsTheAuthorOfTheBioLine() throws Exception {
        var all = analyze("The Courier claimed that the bowls club had sold its green to a developer.\n\nAs I told the Courier's "
                + "editor in a letter on Friday, the club has not sold a single metre of its green.\n\nRowan Eddlestone-Pike is "
                + "the secretary of the Fairhaven Bowls Club.");
        Attribution a = containing(all, "not sold a single metre");
        assertEquals("Rowan Eddlestone-Pike", a.source());
        assertEquals(Stance.DENY, a.stance());
    }

    @Test
    void aFirstPersonLetterToSayThatIsTheAuthorOfTheByline() throws Exception {
        Article article = Models.reader().parse("test.txt", "An update on the village hall\n\nBy Tamsin Okafor-Reeve\n\nA "
                + "parish newsletter said the village hall would close in May. I have, however, written to every member of the "
                + "committee this week to say that the hall will stay open all year.", Article.Format.TEXT);
        var all = Models.analyzer().analyze(article).attributions();
        assertEquals("Tamsin Okafor-Reeve", containing(all, "stay open all year").source(), all.toString());
    }

    @Test
    void aFirstPersonStatementStaysUnnamedWhenNoAuthorIsNamed() throws Exception {
        var all = analyze("The Courier claimed that the bowls club had sold its green to a developer. Our groundsman, Ned Faraday, "
                + "says the mowers are ready.\n\nAs I told the Courier's editor in a letter on Friday, the club has not sold a "
                + "single metre of its green. Let me say this clearly: no developer has walked on it.");
        assertEquals("unnamed source (I)", containing(all, "not sold a single metre").source(), all.toString());
        assertEquals("unnamed source (I)", containing(all, "no developer has walked").source(), all.toString());
        var quoted = analyze("Here the society's chair, Marta Quillfeather, responds.\n\nThe treasurer, Ivo Sand, wrote to us: "
                + "\u201cI told the bank that the account is closed.\u201d");
        assertEquals("Ivo Sand", containing(quoted, "the account is closed").source(), "a quoted \"I\" is the one quoted");
    }
    @Test
    void anIntroLineOrASignedEndingNamesTheWriter() throws Exception {
        var intro = analyze("Jonah Brackwell-Osei, the ferry trust's chair, writes:\n\nThe Gazette said the crossing would end in "
                + "June. Let me say this clearly: no sailing has been cut from the summer timetable.");
        assertEquals("Jonah Brackwell-Osei", containing(intro, "no sailing has been cut").source(), intro.toString());
        var signed = analyze("The Gazette said the crossing would end in June. Let me say this clearly: no sailing has been cut "
                + "from the summer timetable.\n\n\u2014 Jonah Brackwell-Osei, Chair, Ferry Trust");
        assertEquals("Jonah Brackwell-Osei", containing(signed, "no sailing has been cut").source(), signed.toString());
    }

    @Test
    void aLongNameBeforeTitleAndInstitutionIsTheSpeakerOfAnExpertReaction() throws Exception {
        var all = analyze("A study published on Monday linked dark chocolate to less tinnitus.\n\nDr Ravi Thorncombe-Achterberg, "
                + "Senior Lecturer in Nutritional Epidemiology, Kelsall University, said:\n\"The estimates come from a food table.\"");
        assertEquals("Ravi Thorncombe-Achterberg", containing(all, "food table").source(), all.toString());
    }

    @Test
    void aConcessiveClauseWithItsOwnReportingVerbIsTheAccordingToSourcesOwn() throws Exception {
        var all = analyze("According to our shipping agent, Harbour Line Freight, the ferry is due in port on 4 May, though they "
                + "say that date \u201ccould move by a few days.\u201d");
        Attribution due = containing(all, "due in port on 4 May");
        assertTrue(due.source().contains("shipping agent") || due.source().contains("Harbour Line"), due.source());
        assertTrue(!due.content().contains("could move"), due.content());
        Attribution move = containing(all, "could move by a few days");
        assertEquals(due.source(), move.source(), all.toString());
    }

    @Test
    void aCompoundNounTheTaggerTookForAVerbStaysInTheAccordingToSource() throws Exception {
        var all = analyze("According to our freight forwarder, Harbour Line Freight, the ferry is due in port on 4 May.");
        Attribution a = containing(all, "the ferry is due in port");
        assertTrue(a.source().contains("freight forwarder") || a.source().contains("Harbour Line"), a.source());
        assertTrue(a.content().startsWith("the ferry"), a.content());
    }

    @Test
    void expectsToWithAnInfinitiveIsTheSubjectsForecast() throws Exception {
        var all = analyze("The warehouse reopens on Monday. Our delivery partner, Boxfast, expects to send about 900 parcels a day.");
        Attribution a = containing(all, "900 parcels a day");
        assertEquals("Boxfast", a.source(), all.toString());
        assertEquals(Stance.PREDICT, a.stance());
    }

    @Test
    void asOnePostPutItAtTheEndOfTheSentenceAttributesTheQuotationBeforeIt() throws Exception {
        var all = analyze("Some members asked whether the treasurer resigned because of \u201cwhat he found in the ledger,\u201d "
                + "as one club forum post put it.");
        Attribution a = containing(all, "what he found in the ledger");
        assertTrue(a.source().contains("forum post"), a.source());
        assertTrue(a.quoted());
        assertTrue(!a.content().contains("treasurer resigned"), a.content());
    }

    @Test
    void anEditorsNoteThatReportsWhatWasSaidIsStoryText() throws Exception {
        var all = analyze("The Courier reported that the ferry would stop in May. The ferry trust says the timetable is full.\n\n"
                + "Editor\u2019s note: The Courier stands by its story, which quoted the trust\u2019s minutes and two crew members. "
                + "The editor, Lorna Quayle-Abbot, said the paper would print \u2018whatever the facts show\u2019.");
        assertEquals("Lorna Quayle-Abbot", containing(all, "whatever the facts show").source(), all.toString());
        Attribution upheld = containing(all, "stands by its story");
        assertTrue(upheld.source().contains("Courier"), upheld.source());
        assertTrue(all.stream().noneMatch(a -> a.content().startsWith("the trust")), "whom a report quoted is not what they said: " + all);
    }

    @Test
    void aQuoteGivenWhenTheStoryAppearedDeniesItWithANegation() throws Exception {
        var all = analyze("The Courier said the ferry would never sail again. The trust\u2019s chair, Mo Reyes-Tindall, said as much "
                + "when the story appeared: \u2018Nobody paints a hull they mean to scrap.\u2019");
        assertEquals(Stance.DENY, containing(all, "Nobody paints a hull").stance(), all.toString());
    }

    @Test
    void aNameAfterADescriptionWithAClauseOfItsOwnIsTheSpeaker() throws Exception {
        var all = analyze("The builder your report named, Jon Pellow of Pellow Brothers in Derby, has since said the wall was "
                + "sound.");
        assertEquals("Jon Pellow", containing(all, "the wall was sound").source(), all.toString());
    }

    @Test
    void thePaperCitingAnUnnamedPersonIsTheNewspaperThatReportedBefore() throws Exception {
        var all = analyze("The Sunday Courier reported that the club's manager would leave in June. The paper, citing a person "
                + "close to the board, also said two players had asked to go.");
        Attribution a = containing(all, "two players had asked to go");
        assertEquals("Sunday Courier", a.source(), all.toString());
        assertTrue(a.anonymous());
    }

    @Test
    void aRebuttalIdiomOnAPointerKeepsItsOwnWords() throws Exception {
        var all = analyze("A former engineer told the paper that the bridge's cables were badly rusted.\n\nThe bridge's owner, "
                + "Calderwick Holdings, took issue with that in a letter to the paper.\n\nPosts online said the mill had dumped "
                + "dye in the river. Harrowgate Mills has contested that claim.");
        Attribution issue = containing(all, "took issue with that");
        assertEquals(Stance.DENY, issue.stance(), all.toString());
        assertEquals(Stance.DENY, containing(all, "that claim").stance(), all.toString());
    }

    @Test
    void anAdjectiveFrameRejectsAClaimAndTheQuoteAfterItGoesOn() throws Exception {
        var all = analyze("The newspaper reported that the ferry had run 50 minutes late. The operator's manager, Ilse Brandvik-Moor, "
                + "was scornful of the newspaper's figure. \u201cThe ferry left at ten past,\u201d she said.\n\nA grower said the "
                + "lorries were bringing in grapes from abroad. The mill's director, Oren Palfrey-Stoke, was in no mood for the "
                + "suggestion. \u201cEvery grape here was picked on this hill,\u201d he said.");
        assertEquals(Stance.DENY, containing(all, "scornful of the newspaper's figure").stance(), all.toString());
        assertEquals(Stance.DENY, containing(all, "left at ten past").stance(), all.toString());
        assertEquals(Stance.DENY, containing(all, "in no mood for the suggestion").stance(), all.toString());
        assertEquals(Stance.DENY, containing(all, "picked on this hill").stance(), all.toString());
    }

    @Test
    void aQuoteAfterAReplyFrameAnswersTheClaimBeforeIt() throws Exception {
        var all = analyze("A blogger wrote that the bakery had closed for good. The bakery's owner, Tomas Everly-Grant, replied on "
                + "Facebook with a photograph of his ovens. \u201cWe baked 400 loaves this morning,\u201d he wrote.\n\nThe coach, "
                + "Ryan Holt, said the goalkeeper, Petra Lindqvist-Oduya, had walked off her line. Lindqvist-Oduya "
                + "gave her own version after the match: \u201cI stayed on my line for every kick.\u201d");
        assertEquals(Stance.DENY, containing(all, "400 loaves").stance(), all.toString());
        assertEquals(Stance.DENY, containing(all, "stayed on my line").stance(), all.toString());
        var plain = analyze("The minister answered questions for an hour at the school. \u201cWe will open the new wing in May,\u201d "
                + "she said.");
        assertEquals(Stance.ASSERT, containing(plain, "new wing").stance(), "no claim was answered");
    }

    @Test
    void aClaimPutDownToAMisunderstandingOrCalledATaleIsRejected() throws Exception {
        var all = analyze("Riders said the climb had been cut over a fee. The race director, Ana Colvin-Reyes, put that down to a "
                + "misunderstanding among the riders.\n\nA newsletter alleged that the growers had fixed their prices. The growers' "
                + "union called the report \u201ca broker's bedtime story\u201d.\n\nA former cook said the kitchen was filthy. Asked "
                + "about it, the owner, Bram Tollerton, called the remarks \u201csour grapes from a man I sacked\u201d.");
        assertEquals(Stance.DENY, containing(all, "misunderstanding among the riders").stance(), all.toString());
        assertEquals(Stance.DENY, containing(all, "bedtime story").stance(), all.toString());
        assertEquals(Stance.DENY, containing(all, "sour grapes").stance(), all.toString());
    }

    @Test
    void aDareToAnyoneWhoSaysOtherwiseIsADenial() throws Exception {
        var all = analyze("The author, Dr Lena Oberfeld, said: \u201cThe word 'cure' was in none of our releases, and I would ask "
                + "anyone who says otherwise to show me the page.\u201d");
        assertEquals(Stance.DENY, containing(all, "none of our releases").stance(), all.toString());
    }

    @Test
    void aStatementRightAfterTheArticlesVerdictOnAClaimBacksIt() throws Exception {
        var all = analyze("A post on a village forum claimed that the council had closed the pool for good.\n\nThat is not true. "
                + "A spokesman for the council told the Herald that the pool \u201cremains open and has not been inspected\u201d.");
        assertEquals(Stance.DENY, containing(all, "remains open").stance(), all.toString());
    }

    @Test
    void aQuotedStatementEndingInATagQuestionIsStillAStatement() throws Exception {
        var all = analyze("Neighbours have suggested that he was paid to keep quiet about the quarry.\n\n\u201cNobody has paid me "
                + "a single pound for my silence, and I'm standing here, aren't I?\u201d Mr Okafor-Lund said.");
        assertEquals(Stance.DENY, containing(all, "paid me a single pound").stance(), all.toString());
    }

    @Test
    void aRejectedClaimNamedWithItsClauseIsNoFrameForTheQuoteAfterIt() throws Exception {
        var all = analyze("The museum's director, Dr Ines Vauquelin, rejected a claim made on a history blog that the vase had been "
                + "bought from a smuggler. \u201cWe have the auction receipt from 1962,\u201d she said.");
        assertEquals(Stance.DENY, containing(all, "a claim made on a history blog").stance(), all.toString());
        // After a rejection with its own content, the next words are the speaker's own matter (held-out sets mark them so).
        assertEquals(Stance.ASSERT, containing(all, "auction receipt").stance(), all.toString());
    }

    @Test
    void aQuoteOfTwoSentencesAfterAReplyFrameAnswersTheClaim() throws Exception {
        var all = analyze("A food blogger wrote that the Mill Street bakery had shut down for the winter. The bakery's owner, Tomas "
                + "Everly-Grant, replied on Facebook with a photograph of his ovens. \u201cWe are baking. Come and see,\u201d he "
                + "wrote under it.");
        assertEquals(Stance.DENY, containing(all, "We are baking").stance(), all.toString());
    }

    @Test
    void aLevelThatStayedAnswersAReportThatItChanged() throws Exception {
        var all = analyze("The Courier reported that the agency had lowered the flood warning to level 2 on Monday. The warning "
                + "stayed at 3 all day, the agency's duty officer, Rhian Castell-Moor, said.");
        assertEquals(Stance.DENY, containing(all, "stayed at 3 all day").stance(), all.toString());
        var same = analyze("The Courier reported that the agency had lowered the flood warning to level 2 on Monday. The warning "
                + "stayed at 2 all day, the agency's duty officer, Rhian Castell-Moor, said.");
        assertEquals(Stance.ASSERT, containing(same, "stayed at 2 all day").stance(), "the same level agrees");
    }

    @Test
    void aPartyToldItWillStopSayingItGoesOnDeniesIt() throws Exception {
        var all = analyze("A post on X by a cycling blogger claimed that the team's sponsor, the bike maker Corvana, would pull out "
                + "at the end of the year.\n\nCorvana's sales director, Ines Barrowby-Hale, was at the finish. \u201cWe signed "
                + "for four more years in March,\u201d she told reporters.\n\nThe saw mill's manager, Ollie Fenwick, spoke later. "
                + "\u201cWe signed for a new saw in March,\u201d he said.");
        assertEquals(Stance.DENY, containing(all, "four more years").stance(), all.toString());
        assertEquals(Stance.ASSERT, containing(all, "a new saw").stance(), "the claim was not about the mill");
    }

    @Test
    void seeingItWhenEveryoneElseDidDeniesSeeingItEarly() throws Exception {
        var all = analyze("A researcher said the funder had seen a draft of the paper. The funder, the Halden Trust, said in a "
                + "statement: \u201cThe trust read the paper when everyone else did, on the journal's website.\u201d");
        assertEquals(Stance.DENY, containing(all, "when everyone else did").stance(), all.toString());
    }

    @Test
    void aPersonKnownByARelationIsTheNextShe() throws Exception {
        var all = analyze("The prosecutor, Hannah Corliss, said the boy had been served twice.\n\nThe boy's aunt, 23, was called "
                + "by the defence. She told the court the boy had been at her house all evening.");
        Attribution a = containing(all, "at her house all evening");
        assertTrue(a.source().contains("aunt"), all.toString());
    }

    @Test
    void nothingWorthWritingDownDeniesAFinding() throws Exception {
        var all = analyze("The Gazette reported that a survey had found damp in the school's east wing. The head teacher, Ruth "
                + "Marlow-Yates, said: \u201cThe wing was surveyed in May with nothing in it worth writing down.\u201d");
        assertEquals(Stance.DENY, containing(all, "nothing in it worth writing down").stance(), all.toString());
    }

    @Test
    void theSpeakersNextWordsOnWhatARejectedClaimWasAboutDenyIt() throws Exception {
        var all = analyze("The harbour master, Tomas Lindqvist-Obi, rejected a claim made on a sailing forum that the pier had "
                + "been repaired in a hurry. \u201cIt took eleven weeks and three inspections, longer than any pier we have "
                + "mended,\u201d he said.");
        assertEquals(Stance.DENY, containing(all, "eleven weeks").stance(), all.toString());
        var own = analyze("The harbour master, Tomas Lindqvist-Obi, rejected a claim made on a sailing forum that the pier had "
                + "been repaired in a hurry. \u201cWe are proud of the harbour and the people who work here,\u201d he said.");
        assertEquals(Stance.ASSERT, containing(own, "proud of the harbour").stance(), "his own matter answers nothing");
    }

    @Test
    void aBodyThatRevisedItsFigureSaysTheNewOne() throws Exception {
        var all = analyze("The board first estimated the flood damage at 40% across the county, then revised that figure to 25% "
                + "in May, once the insurers had visited.");
        assertTrue(all.stream().anyMatch(a -> a.source().equals("The board") && a.content().contains("revised that figure to 25%")),
                all.toString());
    }

    @Test
    void aVersionDullerThanTheClaimDeniesIt() throws Exception {
        var all = analyze("A neighbour told the Gazette she believed the vans were taking stolen bikes out of the yard at night. "
                + "The yard's owner, Petra Holm-Achebe, said the vans had been collecting scrap metal for recycling, \u201cwhich "
                + "is a lot more boring than theft\u201d.");
        assertEquals(Stance.DENY, containing(all, "collecting scrap metal").stance(), all.toString());
        var alone = analyze("The yard's owner, Petra Holm-Achebe, said the vans had been collecting scrap metal for recycling, "
                + "\u201cwhich is a lot more boring than it sounds\u201d.");
        assertEquals(Stance.ASSERT, containing(alone, "collecting scrap metal").stance(), "no claim to answer");
    }

    @Test
    void aNamedSubjectThatAvoidedOneThingButSaidAnotherSaidIt() throws Exception {
        var all = analyze("The mayor of Dunmore, Ellen Crabtree-Vos, steered clear of the insurance question but said the town "
                + "was \u201cin shock.\u201d");
        Attribution a = containing(all, "in shock");
        assertTrue(a.source().contains("Crabtree-Vos"), all.toString());
    }

    @Test
    void aSingularRecordTrailingWithShowsIsTheSource() throws Exception {
        var all = analyze("The photo was taken at a charity gala in 2019, the council's own video archive shows.");
        Attribution a = containing(all, "charity gala in 2019");
        assertTrue(a.source().contains("archive"), all.toString());
    }

    @Test
    void whatACarrierAppearedToShowIsItsClaim() throws Exception {
        var all = analyze("A clip shared on TikTok, which appeared to show the goalkeeper kicking a steward, was misleading.");
        Attribution a = containing(all, "kicking a steward");
        assertTrue(a.source().contains("TikTok"), all.toString());
        assertEquals("the goalkeeper kicking a steward", a.content());
        var plain = analyze("A clip shared on TikTok appeared to show the goalkeeper kicking a steward.");
        assertTrue(containing(plain, "kicking a steward").source().contains("TikTok"), plain.toString());
    }

    @Test
    void aWhoQuestionInsideTheSentenceHasNoSpeakerBeforeIt() throws Exception {
        var all = analyze("The leaflet was allegedly printed by a rival firm, according to two shopkeepers, though the Echo has not "
                + "been able to confirm who wrote it. The council said the market would open on Friday.");
        assertTrue(all.stream().noneMatch(a -> a.source().contains("able to")), all.toString());
    }

    @Test
    void aVerdictThatTheClaimIsTheWrongWayRoundDeniesItAndTheQuoteAfterIt() throws Exception {
        var all = analyze("A blog run by parents said the academy would close its sixth form next year. The head teacher, "
                + "Rosalind Tembe-Carr, said the blog had read the letter upside down. \u201cWe are hiring four new teachers "
                + "for the sixth form in September,\u201d she said.");
        assertEquals(Stance.DENY, containing(all, "read the letter upside down").stance(), all.toString());
        assertEquals(Stance.DENY, containing(all, "four new teachers").stance(), all.toString());
        var turned = analyze("A petition claimed the depot would move to Carlow. The depot manager, Idris Wenlock, said that "
                + "turned the plan on its head. \u201cWe are adding two bays here,\u201d he said.");
        assertEquals(Stance.DENY, containing(turned, "adding two bays").stance(), turned.toString());
        var figure = analyze("A trade newsletter said bakers were taking margins of 60 per cent. The bakers' federation said "
                + "that figure was out by a factor of five.");
        assertEquals(Stance.DENY, containing(figure, "out by a factor of five").stance(), figure.toString());
        var twice = analyze("A post claimed the ferry had been bought by a Dutch firm. The ferry's skipper, Carl Oyelowo, said "
                + "that was the wrong ferry and the wrong firm.");
        assertEquals(Stance.DENY, containing(twice, "the wrong ferry").stance(), twice.toString());
        var literal = analyze("The crane driver said the container had landed upside down on the quay.");
        assertEquals(Stance.ASSERT, containing(literal, "landed upside down").stance(), literal.toString());
    }

    @Test
    void aVerdictToldByAVerbPhraseMakesTheNextQuoteADenial() throws Exception {
        // "slapped down the report", "made short work of that claim", "met the rumour head-on": a verdict with no content
        // of its own; the speaker's quote right after it holds what the denial says.
        for (String verdict : new String[] {"slapped down the rumour on Tuesday", "made short work of that rumour",
                "met the rumour head-on at the depot"}) {
            var all = analyze("A rumour spread on Facebook that the bakery in Lintmoor would shut by Easter. Its owner, Greta "
                    + "Vasquez-Holm, " + verdict + ". \u201cWe have just signed a ten-year lease on the shop,\u201d she said.");
            assertEquals(Stance.DENY, containing(all, "ten-year lease").stance(), verdict + " " + all);
        }
        var differently = analyze("Ms Vasquez-Holm says her old partner took the recipes when he left. Mr Brodie sees it "
                + "differently. \u201cI wrote those recipes myself in 2009,\u201d he said.");
        assertEquals(Stance.DENY, containing(differently, "wrote those recipes").stance(), differently.toString());
    }

    @Test
    void aVerbThatReportsOnlyWithItsParticleDoesNotEndTheContentWithoutIt() throws Exception {
        var all = analyze("Kasia Brandt-Moyo, a surveyor, said the crack was most likely old, and that the hole may have been made "
                + "by a falling branch.");
        assertTrue(containing(all, "crack was most likely old").content().contains("falling branch"), all.toString());
    }

    @Test
    void aQuoteCuedAfterItsSecondSentenceStillFollowsTheVerdict() throws Exception {
        var all = analyze("Word that the pool will never reopen has spread on a parents' forum. Ms Adair-Kwan said that turned "
                + "the facts on their head. \u201cThe pool is shutting so that it can stay open for decades. That is why we are "
                + "spending the money,\u201d she told the Gazette.");
        assertEquals(Stance.DENY, containing(all, "stay open for decades").stance(), all.toString());
    }

    @Test
    void reportedEmphaticZeroesDenyWithoutADenialVerb() throws Exception {
        // "none of its staff had …": the emphatic zero subject, reported.
        var none = analyze("A trade blog said the bakeries had agreed their prices together. Crumbworth said in a statement that "
                + "none of its bakers had \u201cspoken to a rival about a price\u201d.");
        assertEquals(Stance.DENY, containing(none, "none of its bakers").stance(), none.toString());
        // "made no offer for anybody": a zero act, widened to every other party.
        var anybody = analyze("Two traders said a buyer from Halden Foods had been asking about the mill. Its chief executive, "
                + "Otto Brenner-Salas, told a trade paper that his firm had \u201cmade no bid for anybody in this market\u201d.");
        assertEquals(Stance.DENY, containing(anybody, "made no bid for anybody").stance(), anybody.toString());
    }

    @Test
    void theRightThingNamedAgainstTheClaimedOneDenies() throws Exception {
        // "a different product, made by a different company": the claim fits something else.
        var different = analyze("A clip claimed the scanners had been banned in Norway. A Medrix spokesman said the clip showed "
                + "\u201ca different scanner, sold by a different firm\u201d.");
        assertEquals(Stance.DENY, containing(different, "a different scanner").stance(), different.toString());
        // "to the last day of the closure, not the last day of summer": the same words, set right.
        var parallel = analyze("A post on the parish page claimed the ferry was only paid for until the end of June. The operator's "
                + "manager, Lise Varga-Holt, said the ferry was funded \u201cto the end of the works, not the end of June\u201d.");
        assertEquals(Stance.DENY, containing(parallel, "end of the works").stance(), parallel.toString());
    }

    @Test
    void aClaimNamedAsAKindOfStoryIsRejected() throws Exception {
        var kind = analyze("Posts on a forum said the mayor had bought the land. A council spokeswoman described that as "
                + "\u201cthe sort of tale a forum tells itself\u201d.");
        assertEquals(Stance.DENY, containing(kind, "sort of tale").stance(), kind.toString());
        var possessive = analyze("A rumour said the show would move to Leeds. The organisers, Brightfold Events, called it "
                + "\u201cthe show's favourite campfire story\u201d.");
        assertEquals(Stance.DENY, containing(possessive, "campfire story").stance(), possessive.toString());
    }

    @Test
    void aNegationRunOnAfterADenialKeepsDenying() throws Exception {
        // The continuation "Fees were not discussed ..." after the speaker's rejection: a passive negation goes on denying.
        var all = analyze("Officials said the union had walked out over fees. The union's chair, Rhona Teale-Ibsen, called "
                + "that account \u201ca fairy tale from the ministry\u201d. \u201cWe left because the offer does not pay for one extra nurse,\u201d "
                + "she wrote. \u201cFees were not raised by either side in six hours of talks.\u201d");
        assertEquals(Stance.DENY, containing(all, "Fees were not raised").stance(), all.toString());
    }

    @Test
    void aNegatedClauseThenAnEmphaticZeroDenies() throws Exception {
        var all = analyze("Stallholders said the market was being sold. \u201cThe market has not been offered to anyone, nobody has "
                + "been asked to value it, and we open as usual on Saturday,\u201d its manager, Ilse Duarte-Penn, said.");
        assertEquals(Stance.DENY, containing(all, "not been offered").stance(), all.toString());
    }

    @Test
    void aGenderedTitleTellsWhoSheIs() throws Exception {
        // "Baroness Pamela …, said moving Ms … now would be …. “…,” she said": the titled speaker, not the woman she spoke of.
        var all = analyze("The hospital trust is reviewing its chief executive. A former trust chair, Dame Odile Marchbank-Rees, "
                + "said removing Ms Tovey-Adjei now would be \u201ca costly mistake\u201d. \u201cEvery new chief executive "
                + "spends a year learning the wards,\u201d she said.");
        assertTrue(containing(all, "learning the wards").source().contains("Marchbank-Rees"), all.toString());
    }

    @Test
    void beingCandidThatSomethingIsSaysIt() throws Exception {
        var all = analyze("The harbour master, Idris Okafor-Blyth, was candid that the season had \u201cnot gone the way "
                + "anyone hoped\u201d and that the fees would have to change.");
        assertTrue(containing(all, "not gone the way").source().contains("Okafor-Blyth"), all.toString());
        var weather = analyze("It was clear that the storm had passed.");
        assertTrue(weather.isEmpty(), weather.toString());
    }

    @Test
    void aVoxPopLabelLineNamesTheSpeakerOfTheQuoteUnderIt() throws Exception {
        var all = analyze("The market hall will shut for a year. We asked shoppers what they thought.\n\n"
                + "Hilda Varcoe-Nunn, 67, retired nurse, Polwithen\n"
                + "\"I have shopped here every Thursday since 1981. I will miss the cheese stall most.\"\n\n"
                + "Jacob Trelise, 23, apprentice joiner, Penmarra\n"
                + "\"Nobody told the traders until last week. That is not how you treat people.\"\n\n"
                + "The council said the hall would reopen in 2028.");
        assertTrue(containing(all, "every Thursday since 1981").source().contains("Varcoe-Nunn"), all.toString());
        assertTrue(containing(all, "Nobody told the traders").source().contains("Trelise"), all.toString());
        var adjectiveName = analyze("We asked shoppers what they thought.\n\nPrecious Banjo-Kerr, 44, runs a bakery near the square\n"
                + "\"My takings will halve. They told us by letter, which tells you everything.\"\n\nThe council said the hall would reopen.");
        assertTrue(containing(adjectiveName, "takings will halve").source().contains("Banjo-Kerr"), adjectiveName.toString());
    }

    @Test
    void aReportedThreatCalledAShowIsDenied() throws Exception {
        var all = analyze("A source said the coach had threatened to quit over the budget. His assistant, Lewis Drummond-Ade, said: "
                + "\u201cThe quitting threat is pantomime, and the season has not even started.\u201d");
        assertEquals(Stance.DENY, containing(all, "quitting threat is pantomime").stance(), all.toString());
    }

    @Test
    void whoFloodsAPlaceWithClaimsMakesThem() throws Exception {
        var all = analyze("Parents have flooded a WhatsApp group, Fernhill Mums, with claims that the school will close in June.");
        assertTrue(containing(all, "school will close in June").source().contains("Parents"), all.toString());
        var passive = analyze("The club was flooded with claims that the stand was unsafe.");
        assertTrue(passive.stream().noneMatch(a -> a.source().contains("club")), passive.toString());
    }

    @Test
    void whatTheWordsAreAboutAfterSaysOfThatIsNotWhatWasSaid() throws Exception {
        var all = analyze("Marguerite Osei-Lund runs the boatyard.\n\n\"The hull is in shed two,\" she says of that order.");
        assertEquals("The hull is in shed two", containing(all, "hull is in shed two").content(), all.toString());
    }

    @Test
    void anAgentNounSetBeforeTheNameOfATrailingSpeakerIsTheSpeakersDescription() throws Exception {
        var all = analyze("Heavy rain had flooded the lower fields overnight, the board's hydrologist on call, Tomas Willemarck-Orr, told Radio Feldheim.");
        Attribution a = withCue(all, "told");
        assertEquals("Heavy rain had flooded the lower fields overnight", a.content());
        assertEquals("Tomas Willemarck-Orr", a.source());
        assertTrue(a.description().contains("hydrologist"), a.description());
    }

    @Test
    void anUnlistedFirstNameOpeningTheSentenceBeforeADoubleBarrelledSurnameIsPartOfTheName() throws Exception {
        var all = analyze("Not everyone is pleased. Eimear Dunleavy-Roth, who runs the charity Warm Homes Now, said the plan was "
                + "\"too little\".");
        Attribution a = withCue(all, "said");
        assertEquals("Eimear Dunleavy-Roth", a.source());
        assertTrue(!a.description().contains("Eimear"), a.description());
    }

    @Test
    void alliesOfANamedPersonAreAnUnnamedGroupNotADescriptionOfThePerson() throws Exception {
        var all = analyze("The transport secretary, Bernadette Quayle-Moreno, is expected to keep her job. Allies of Ms Quayle-Moreno "
                + "claim that she warned the cabinet about the costs in May. Ms Quayle-Moreno said: \"I am going nowhere.\"");
        Attribution allies = withCue(all, "claim");
        assertEquals("Allies of Ms Quayle-Moreno", allies.source());
        assertTrue(allies.anonymous(), allies.toString());
        Attribution her = withCue(all, "said");
        assertEquals("Bernadette Quayle-Moreno", her.source());
        assertTrue(!her.description().contains("Allies"), her.description());
    }

    @Test
    void aProfilesSheIsItsSubjectNotAPersonOfUnknownSexNamedInAReport() throws Exception {
        var all = analyze("Marisol Tenbury-Vance arrives by bicycle, which she says keeps her honest. Ms Tenbury-Vance founded the bakery in 2011. "
                + "She still bakes every loaf herself, she says. Last month the trade paper Crust Weekly reported that an order "
                + "from a supplier in Ghent had been withdrawn.\n\n\"The flour is in the store room,\" she says of that order.");
        Attribution a = all.stream().filter(x -> x.content().contains("flour is in the store room")).findFirst().orElseThrow();
        assertEquals("Marisol Tenbury-Vance", a.source(), all.toString());
    }

    @Test
    void aNegatedAuxiliaryWrittenAsOneWordIsNotPartOfTheSource() throws Exception {
        var all = analyze("Tobias Wrenfield-Okoro runs the ferry. He won't say what the new owner is paying.");
        Attribution a = withCue(all, "say");
        assertEquals("Tobias Wrenfield-Okoro", a.source(), all.toString());
    }

    @Test
    void aOneSyllableVerdictVerbDoublesItsConsonantAndItsQuoteDenies() throws Exception {
        // "shrug" → "shrugged": the verdict is found, and the speaker's next quote gives the other version.
        var all = analyze("Fans had read online that the coach was leaving. The coach, Piet Van-Holsten, shrugged off the rumours. "
                + "\"My contract runs until 2028 and I mean to see it out,\" he said.");
        assertEquals(Stance.DENY, containing(all, "My contract runs").stance(), all.toString());
    }

    @Test
    void madeLightOfTheClaimIsAVerdictAndTheNextQuoteDenies() throws Exception {
        var all = analyze("A neighbour claimed the depot had been sold. The depot's owner, Marta Kiel-Odum, made light of the claim. "
                + "\"We renewed the lease in March for ten years,\" she said.");
        assertEquals(Stance.DENY, containing(all, "renewed the lease").stance(), all.toString());
    }

    @Test
    void anEmphaticZeroOpeningTheSecondHalfOfASplitQuoteDenies() throws Exception {
        var all = analyze("\"Our drivers park at the depot every night,\" said the firm's manager, Ilse Brandt-Kovac, \"and not one of "
                + "them has been told to take a van home.\"");
        assertEquals(Stance.DENY, containing(all, "Our drivers park").stance(), all.toString());
    }

    @Test
    void whatSomeoneDescribesSaidNeverToHaveBeenDenies() throws Exception {
        var all = analyze("The diary says the crew slept in the barn. \"Much of what she describes was never there at all,\" the "
                + "former producer, Alun Petrie-Moss, said.");
        assertEquals(Stance.DENY, containing(all, "what she describes").stance(), all.toString());
    }

    @Test
    void callingAThingOneThingNotAnotherDenies() throws Exception {
        var all = analyze("A local paper reported that the festival had been cancelled. The organisers, Brightwell Events, called it "
                + "\"a postponement, not a cancellation\".");
        assertEquals(Stance.DENY, containing(all, "a postponement").stance(), all.toString());
    }

    @Test
    void aFigureSetAgainstTheReportedFigureDenies() throws Exception {
        var all = analyze("A fan site said the club had sold 3,000 season tickets. \"We sold 310 season tickets this summer, not "
                + "3,000,\" the club's secretary, Jo Marr-Evans, said.");
        assertEquals(Stance.DENY, containing(all, "We sold 310").stance(), all.toString());
    }

    @Test
    void aClaimNounWithWhereItWasMadeAndTheArticlesVerdictIsAnUnnamedSource() throws Exception {
        var all = analyze("The minister resigned on Monday. Claims on social media that the minister fled the country are false. "
                + "She is at home in Leeds, her office said.");
        Attribution a = containing(all, "fled the country");
        assertEquals("Claims on social media", a.source(), all.toString());
        assertEquals("the minister fled the country", a.content());
        assertTrue(a.anonymous(), a.toString());
    }

    @Test
    void theOneAskedToConfirmIsTheItThatAnswers() throws Exception {
        var all = analyze("The water company, Severndale Water Ltd, runs the pipes under the town. The Courier asked the company to "
                + "confirm how many pipes it had replaced. It said the figure was 1,200 last year.");
        assertEquals("Severndale Water Ltd", containing(all, "the figure was 1,200").source(), all.toString());
    }

    @Test
    void aCueWithItsPrepositionStrandedInARelativeClauseSaysNothing() throws Exception {
        var all = analyze("Her memoir is out on Friday. Here is what the people she writes about have said in reply. The chef, "
                + "Ola Brandt-Lee, said the book \"gets the year wrong\".");
        assertTrue(all.stream().noneMatch(a -> a.content().contains("have said in reply")), all.toString());
        assertEquals(1, all.size(), all.toString());
    }

    @Test
    void toreIntoTheReportWhereAndWhenIsAVerdictAndTheNextQuoteDenies() throws Exception {
        // After a hyphenated name the tagger calls "tore" a proper noun; the verdict's object carries two phrases of place
        // and time.
        var all = analyze("A local paper reported that the hospital had closed its maternity ward. The trust chairman, Alan "
                + "Fitzroy-Mbeki, tore into the report at a crowded staff meeting on Friday. \"Forty babies were born on that ward "
                + "last week,\" he said.");
        assertEquals(Stance.DENY, containing(all, "Forty babies").stance(), all.toString());
    }

    @Test
    void aStatementAfterReportsOfTheOppositePolarityDeniesThem() throws Exception {
        var all = analyze("The Harbourside Rovers have told the county league that every player was paid on time in March, after a "
                + "week of reports that the club could not pay its squad.\n\nThe Dale Rangers told fans they had sold the ground, "
                + "after weeks of reports that a sale was near.");
        assertEquals(Stance.DENY, containing(all, "every player was paid").stance(), all.toString());
        assertEquals(Stance.ASSERT, containing(all, "sold the ground").stance(), all.toString());
    }

    @Test
    void aClaimMetWithAFlatNoMakesTheNextQuoteADenial() throws Exception {
        // "met the claim with a flat no", "met the allegation with a firm denial": a verdict told by a verb phrase; the
        // speaker's quote right after it holds what the denial says.
        for (String verdict : new String[] {"met the claim with a flat no", "met the allegation with a firm denial",
                "met the claim with a flat no when he was called to give evidence"}) {
            var all = analyze("Neighbours claimed the mill owner had sold the water rights to a brewery. The owner, Hamish "
                    + "Tolland-Reyes, " + verdict + ". \u201cThe water rights are still in my name and always will be,\u201d he said.");
            assertEquals(Stance.DENY, containing(all, "still in my name").stance(), verdict + " " + all);
            assertTrue(all.stream().anyMatch(a -> a.content().contains("with a f")), verdict + " " + all);
        }
    }

    @Test
    void aReplyToASuggestionPutToAWitnessDeniesIt() throws Exception {
        // "Put to him by counsel that he had …, he replied: …": counsel's suggestion is counsel's claim, and the witness's
        // reply, unless it agrees, is the other version of things.
        var all = analyze("The groundsman, Rufus Okonjo-Blaine, was called by the club. Put to him by Ms Harrow-Dent that he had "
                + "left the gate open on the night of the fire, he replied: \"I locked that gate at six, and the key was in my "
                + "pocket all evening.\"");
        assertEquals(Stance.DENY, containing(all, "locked that gate").stance(), all.toString());
        Attribution counsel = containing(all, "left the gate open");
        assertTrue(counsel.source().contains("Harrow-Dent"), all.toString());
        var agrees = analyze("The groundsman, Rufus Okonjo-Blaine, was called by the club. Put to him that he had been paid in "
                + "cash, he replied: \"Yes, that is right, every week.\"");
        assertTrue(agrees.stream().noneMatch(a -> a.stance() == Stance.DENY), agrees.toString());
    }

    @Test
    void remarksLaterReadOutElsewhereAreNotTheContent() throws Exception {
        // "told the trade paper X, in remarks later read out on Radio Y, that …": the aside names a second outlet; what was
        // said starts after "that".
        var all = analyze("The council said in a letter that the yard will close. The haulier told the trade paper Depot "
                + "Weekly, in remarks later read out on Radio Fenwick, that it \"never had a plan to close the yard\".");
        Attribution a = containing(all, "never had a plan");
        assertTrue(!a.content().contains("remarks"), all.toString());
        assertTrue(a.via().contains("Radio Fenwick"), all.toString());
        var possessive = analyze("The council said in a letter that the yard will close. The haulier told the trade paper Depot "
                + "Weekly, in remarks later read out on Radio Fenwick's breakfast show, that it \"never had a plan to close the yard\".");
        assertTrue(!containing(possessive, "never had a plan").content().contains("remarks"), possessive.toString());
    }

    @Test
    void aNameOfPartnersJoinedByAnAmpersandIsTheFirm() throws Exception {
        // "Hollis & Crane": two surnames joined by "&" name a firm of partners, so "the firm" is that firm.
        var all = analyze("Mrs Odell said the ledger had been handed to the bakery's accountants, Hollis & Crane, in May. Hollis "
                + "& Crane were not at the meeting. The firm told the Gazette that it had never seen the ledger.");
        assertEquals("Hollis & Crane", containing(all, "never seen the ledger").source(), all.toString());
    }

    @Test
    void aResponseLineNamesTheFirstPersonOfTheReplyUnderIt() throws Exception {
        // "Response from the manager, NAME, DATE" over a reply in the first person: "I" in that reply is the named person,
        // and only there.
        var all = analyze("Rated 2 out of 5\n\nThe pool was cold and the bar closed early.\n\nResponse from the manager, Oskar "
                + "Villanueva-Reid, 3 May 2025\n\nThank you for your review. As I told you at the desk, the pool was heated to "
                + "28 degrees on the morning you arrived.\n\nRated 5 out of 5\n\nJoss K. | Stayed May 2025\n\nAs I told my "
                + "sister, the bar was the best in the county.");
        assertEquals("Oskar Villanueva-Reid", containing(all, "heated to 28 degrees").source(), all.toString());
        assertTrue(!containing(all, "best in the county").source().contains("Villanueva"), all.toString());
        var notes = analyze("Club notes, by Gemma Hartigan-Lowe\n\nWelcome to the ground. As I said at the meeting, the club "
                + "is not moving to a new ground this year.");
        assertEquals("Gemma Hartigan-Lowe", containing(notes, "not moving to a new ground").source(), notes.toString());
    }

    @Test
    void reviewTextUnderAReviewerLabelLineIsTheReviewers() throws Exception {
        // "USERNAME | Stayed MONTH | Cabin N | party" over review text with no verb of saying: the text is the reviewer's,
        // anonymous when only a handle or initials name them.
        var all = analyze("Guest reviews of Larchside Cabins\n\nRated 2 out of 5 - \"Cold\"\nBrackenBoots | Stayed March 2025 | "
                + "Cabin 2 | Couple\n\nThe cabin had no hot water for two days. We were also charged for a late check-out we "
                + "never asked for.\nHelpful (4) | Report review\n\nRated 5 out of 5 - \"Perfect\"\nPriya Okafor-Lund | Stayed "
                + "June 2025 | Cabin 1 | Family\n\nThe beds were the comfiest we have slept in.\nHelpful (2) | Report review");
        Attribution boots = containing(all, "no hot water");
        assertEquals("BrackenBoots", boots.source(), all.toString());
        assertTrue(boots.anonymous() && boots.content().contains("late check-out"), all.toString());
        Attribution priya = containing(all, "comfiest");
        assertEquals("Priya Okafor-Lund", priya.source(), all.toString());
        assertTrue(!priya.anonymous(), all.toString());
    }

    @Test
    void usInAGuestsReviewIsTheGuestsPartyNotThePublisher() throws Exception {
        // "A man in the village pub told us …" in a guest's review: "us" were the guests, so nothing reached the page's
        // publisher directly (review21 keyed "Directly to this publication").
        var all = analyze("Guest reviews of Larchside Cabins\n\nRated 2 out of 5 - \"Cold\"\nBrackenBoots | Stayed March 2025 | "
                + "Cabin 2 | Couple\n\nThe cabin had no hot water for two days. The woman in the farm shop told us the owners were "
                + "selling up in the spring.\nHelpful (4) | Report review");
        Attribution shop = all.stream().filter(a -> a.source().contains("farm shop")).findFirst().orElseThrow();
        assertTrue(shop.via().isEmpty(), all.toString());
    }

    @Test
    void aFirstPersonPutItInWritingColonLeadInIsTheWritersStatement() throws Exception {
        // "so here it is in writing: …" in a section writer's first person: what follows the colon is the writer's, and,
        // with the rumours it answers named in the lead-in, a negated statement there denies them.
        var all = analyze("Club notes, by Gemma Hartigan-Lowe\n\nWelcome to the ground. I keep hearing stories about the car park, "
                + "so here it is in black and white: the car park is not being sold, and nobody has measured it for flats.");
        Attribution a = containing(all, "car park is not being sold");
        assertEquals("Gemma Hartigan-Lowe", a.source(), all.toString());
        assertEquals(Stance.DENY, a.stance(), all.toString());
    }

    @Test
    void aLetterSignedUnderAValedictionIsTheSignersFirstPerson() throws Exception {
        // "Dear friends, … With warm wishes, / NAME": the "I" of the letter above the sign-off is the one who signs it.
        var all = analyze("From the Rectory\n\nDear friends,\n\nSeveral of you have asked about the hall. As I said at the vestry "
                + "meeting, and repeat here: the hall will stay open on Tuesdays.\n\nWith warm wishes,\nRevd Tobias Marchetti-Hale"
                + "\n\nHall News\n\nThe hall was built in 1902.");
        assertTrue(containing(all, "stay open on Tuesdays").source().contains("Marchetti-Hale"), all.toString());
    }

    @Test
    void sayingAThingIsNoNamedMakerDeniesTheAttribution() throws Exception {
        // "That painting is no Vermeer": "is no" before a proper name rejects an identification, whatever the second half.
        var all = analyze("The auction house listed the painting as a Vermeer. \"That painting is no Vermeer,\" said the restorer "
                + "Lidia Okonkwo-Brandt, who cleaned it last year, \"and anyone who has worked on one would say the same.\"");
        assertEquals(Stance.DENY, containing(all, "is no Vermeer").stance(), all.toString());
    }

    @Test
    void aPostOnAPlatformThatClaimedIsThePostsNotThePlatforms() throws Exception {
        // "a post on the … page on Facebook, shared N times, which claimed that …": the relative clause hangs on the post;
        // the platform is only the channel it came through.
        var all = analyze("The story began with a post on the Millbrook Rovers Supporters page on Facebook, shared more than 400 "
                + "times, which claimed that \"the stand is being pulled down in May.\" Nobody from the club has seen it.");
        Attribution a = containing(all, "pulled down in May");
        assertTrue(a.source().startsWith("a post on"), all.toString());
        assertTrue(a.anonymous() && a.via().contains("Facebook"), all.toString());
    }

    @Test
    void anUnnamedOutletCanMakeAClaim() throws Exception {
        // "a farming blog claimed that …": an outlet noun after "a" speaks like a named outlet, unlike other bare nouns.
        var all = analyze("Within days of the vote, a farming blog claimed that the ballots had been counted twice. The returning "
                + "officer, Hamish Okoro-Lindqvist, said every ballot was counted once.");
        assertTrue(containing(all, "counted twice").source().contains("blog"), all.toString());
    }

    @Test
    void standingByAReportIsNoDenialOfTheSceptic() throws Exception {
        // "… before I take anybody's word for it" then "we have not changed a word of it": one idiom's "word" is not a claim
        // the other negates (review21 asked the editor's defence as "Whose denial is this?").
        var all = analyze("Bakery closure row\n\nThe analyst Nadia Okoro-Hale said the bakery might close. \"But I would want to see "
                + "the accounts before I take anybody's word for what is in them,\" she said.\n\nThe Gazette's editor, Tom Reyes, "
                + "stood behind the story. \"We reported what we were told by people in a position to know, and we have not changed a "
                + "word of it,\" he said.");
        assertEquals(Stance.ASSERT, containing(all, "changed a word").stance(), all.toString());
    }

    @Test
    void aWhatICannotTellYouCleftSaysNothing() throws Exception {
        // "What we cannot say yet is when the pier reopens": a fused "cannot" negates the verb like "can not" does.
        var all = analyze("The pier has been shut since the storm. What we cannot tell you yet is the date it reopens. The harbour "
                + "master, Oona Velasquez-Finch, said the repairs were going well.");
        assertTrue(all.stream().noneMatch(a -> a.content().contains("date it reopens")), all.toString());
    }

    @Test
    void letMePutThisOnTheRecordIsTheMemoWritersStatement() throws Exception {
        // "Let me put this on the record: …" in a memo "From: NAME, ROLE": the writer, not a subject "Let me", speaks.
        var all = analyze("To: all staff at the Brindlecombe warehouse\nFrom: Priya Abernathy-Kolt, Site Convenor\nDate: 4 May 2026"
                + "\n\nColleagues,\n\nRumours have spread all week. Let me put this on the record: no shift at Brindlecombe is being "
                + "cut, and no manager has asked for one.\n\nSee you on Friday.");
        Attribution a = containing(all, "no shift at Brindlecombe");
        assertTrue(a.source().contains("Abernathy-Kolt"), all.toString());
    }

    @Test
    void aSignedLetterUnderSectionHeadsIsTheSignersFromItsGreeting() throws Exception {
        // "Dear families, … Sports day … With best wishes, / Mr NAME": section heads inside a letter do not end it; the letter
        // runs from its greeting to the sign-off.
        var all = analyze("Greenhollow Primary Newsletter | Issue 3\n\nFrom the head\n\nDear families,\n\nIt has been a busy week."
                + "\n\nSports day\n\nI told the governors on Monday and I will repeat it here: sports day is going ahead on 12 June."
                + "\n\nDates for the diary\n\nMonday 8 June: Year 2 trip\nFriday 12 June: sports day\n\nMy door is open."
                + "\n\nWith best wishes,\n\nMr Tobias Okafor-Wren\nHeadteacher");
        assertTrue(containing(all, "sports day is going ahead").source().contains("Okafor-Wren"), all.toString());
    }

    @Test
    void heInASignedLetterIsTheManTheSignerRang() throws Exception {
        // "I rang the manager, Mr NAME. '…,' he told me.": the signer's own "I" is never the "he" of a later sentence.
        var all = analyze("Dear members,\n\nThe courts were locked all weekend. I rang the groundsman, Mr Anselm Quarry-Dunne, on "
                + "Monday. \"The courts open again on Saturday and nobody's booking is lost,\" he told me.\n\nYours sincerely,"
                + "\n\nMrs Delphine Ashworth-Reyes\nClub Secretary");
        assertTrue(containing(all, "courts open again").source().contains("Quarry-Dunne"), all.toString());
    }

    @Test
    void theCompanyAfterItsOfficerSpokeIsHerEmployerNotAFirmNamedSince() throws Exception {
        // "NAME, chief executive of X Ltd, said … The boats came from the Danish firm Y. … NAME said … , the company said.":
        // the company of the officer who has just spoken, not the supplier named more recently.
        var all = analyze("The ferry to Skelholm was cancelled on Friday. \"Every crossing will run again by Monday,\" said Ingrid "
                + "Maltravers-Boone, chief executive of Skelholm Ferries Ltd, on the quay. The boats were built by the Danish firm Nordvig "
                + "Skibsvaerft, which also services their engines.\n\nMaltravers-Boone said a fuel pump had failed. Fares paid for "
                + "Friday will be refunded in full, the company said.");
        assertTrue(containing(all, "refunded in full").source().contains("Skelholm Ferries"), all.toString());
    }

    @Test
    void aRepliesOpeningHandleIsNotPartOfItsSubject() throws Exception {
        // "@handle Our logbooks show …": the handle names whom the reply answers; the subject starts after it.
        var all = analyze("The lighthouse will reopen in May.\n\nComments (2)\n\nseagull_42 | 2 May 2026\nMy gran says the lamp "
                + "was sold off in the 1970s.\n\nPortlow Lighthouse Trust | 3 May 2026\n@seagull_42 Our logbooks from the 1970s "
                + "show the lamp never left the tower.");
        Attribution a = containing(all, "never left the tower");
        assertTrue(!a.source().contains("@"), all.toString());
    }

    @Test
    void whoAfterAPersonOfAPlaceHangsOnThePerson() throws Exception {
        // "quoted a shopkeeper from Marlow Street who said …": the shopkeeper speaks, not the street.
        var all = analyze("The Weekly Lantern ran the story on Friday. The paper quoted a shopkeeper from Marlow Street who said the "
                + "gritting lorry had not been seen all winter.");
        assertTrue(containing(all, "gritting lorry").source().contains("shopkeeper"), all.toString());
    }

    @Test
    void itsAfterTheWritersOwnSentenceNamingOneBodyIsThatBody() throws Exception {
        // "We sent the bones to the lab at the University of X. According to its report, …": "its" is the university, not the
        // council inspectors who spoke just before.
        var all = analyze("Our museum's mammoth bones are genuine. The county council's safety inspectors, who visited in May, said "
                + "the display was safe. In 2021 we sent two of the bones to the dating lab at the University of Brackenmoor. "
                + "According to its report, both bones are about 40,000 years old.");
        assertTrue(containing(all, "40,000 years old").source().contains("Brackenmoor"), all.toString());
    }

    @Test
    void notForSaleAnswersAClaimThatItWasSold() throws Exception {
        // "a post said the boathouse had been sold … 'The boathouse is not for sale'": the idiom negates the claimed sale.
        var all = analyze("A post on the village Facebook group said the rowing club's boathouse had been sold to a developer. "
                + "\"The boathouse is ours and it is not for sale,\" said the club's captain, Rhiannon Oyelaran-Pike.");
        assertEquals(Stance.DENY, containing(all, "not for sale").stance(), all.toString());
    }

    @Test
    void atLeastOneOpensASubjectNotAnAdverbial() throws Exception {
        // "…, and at least one post in the group says …": "at least one" counts the posts; it opens no adverbial phrase.
        var all = analyze("The Harbour Echo covered the ferry timetable on Monday, and at least one post in the residents' group "
                + "says the last sailing will be in June.");
        assertTrue(containing(all, "last sailing").source().contains("post"), all.toString());
    }

    @Test
    void writingToSomeoneWithNoWordsReportedIsNoStatement() throws Exception {
        // "The council wrote to us in May and the form sat in a drawer": the writing is an act; nothing it said is reported.
        var all = analyze("I should have replied sooner. The council wrote to us in early May and the form sat in a drawer until "
                + "June. The deadline has now passed.");
        assertTrue(all.stream().noneMatch(a -> a.content().contains("the form sat")), all.toString());
    }

    @Test
    void toAnswerTheQuestionWeWereAskedIsTheWritersOwnStatement() throws Exception {
        // "So, to answer the question we have been asked 400 times since Sunday: …": the writer answers after the colon.
        var all = analyze("A video posted online claimed that the town museum's stuffed bear was being sold to a collector. "
                + "So, to answer the question we have been asked more than 300 times this week: the bear is not being sold, "
                + "lent or swapped, to anyone.");
        assertEquals(Stance.DENY, containing(all, "not being sold").stance(), all.toString());
    }

    @Test
    void anEmailHeaderUnderTheHeadlineNamesTheWriter() throws Exception {
        // "From: NAME, Role" under a long headline is a header line, not the headline's wrapped end: its NAME is "I".
        Article article = Models.reader().parse("test.txt", "Kestrel Joinery: the owner's email to all staff about this week's rumours\n"
                + "From: Marisol Quennell-Adjei, Owner\nTo: All staff\n\nHello all,\n\nA post in the staff group chat claimed "
                + "the workshop would close in June. So let me answer the question I have been asked most this week: we are not "
                + "closing the workshop.", Article.Format.TEXT);
        var all = Models.analyzer().analyze(article).attributions();
        assertEquals("Marisol Quennell-Adjei", containing(all, "not closing the workshop").source(), all.toString());
    }

    @Test
    void aDatelinePlaceWithOfIsSetAside() throws Exception {
        // "PORT ELLWICK, Isle of Brannagh - The brewery …": the lower-case "of" does not end the dateline.
        Article article = Models.reader().parse("test.txt", "Headline for the test\n\nPORT ELLWICK, Isle of Brannagh - Ellwick "
                + "Brewery today rejected claims that it had bought its malt abroad.", Article.Format.TEXT);
        assertTrue(article.sentences().get(0).text().startsWith("Ellwick Brewery"), article.sentences().get(0).text());
    }

    @Test
    void saidBeforeATwoWordRoleAndANameInvertsASplitQuote() throws Exception {
        var all = analyze("The Gazette reported on Sunday that the firm had sold its boats to a rival. \"We have read the "
                + "Gazette's article from the headline to the last full stop,\" said managing director Fergus Drummond-Falconer, "
                + "\"and there is not one boat that we have sold.\"");
        assertEquals("Fergus Drummond-Falconer", containing(all, "not one boat").source(), all.toString());
    }

    @Test
    void anAsideWithItsOwnSubjectClosesAtItsComma() throws Exception {
        // "X, which the Gazette named as the seller, told …": X speaks, not the Gazette inside the aside.
        var all = analyze("The Gazette reported on Sunday that the firm had bought its boats from a rival. Kelso Marine, which "
                + "the Gazette named as the seller of the boats, told the trade paper Boat Week that it had \"never sold a single "
                + "hull to anyone on the island.\"");
        assertEquals("Kelso Marine", containing(all, "single hull").source(), all.toString());
    }

    @Test
    void wroteToMeOnADayThatWithAQuotedClauseReportsWhatWasWritten() throws Exception {
        var all = analyze("Harlow Catering wrote to staff on Wednesday that its contract \"runs to 2029.\"");
        Attribution a = containing(all, "runs to 2029");
        assertTrue(a.content().startsWith("its contract"), a.content());
    }

    @Test
    void aVerblessAnswerBeforeAColonIsThePossessorsWords() throws Exception {
        var all = analyze("A message in the staff group chat claimed that the office had a list of names. I asked Carys "
                + "Penhaligon-Obi, who runs the office, about it. Her answer: \"There is no list, and there never was.\"");
        assertTrue(containing(all, "There is no list").source().contains("Penhaligon-Obi"), all.toString());
    }

    @Test
    void postsClaimingSomethingInsideAnothersWordsAreStillThePostsClaim() throws Exception {
        var all = analyze("The Mayor said that posts on social media claiming the council had spent \u00a39,000 on a new chain "
                + "were untrue.");
        Attribution posts = withCue(all, "claiming");
        assertTrue(posts.source().toLowerCase().contains("posts"), all.toString());
        assertTrue(!posts.content().contains("untrue"), posts.content());
    }

    @Test
    void aNegationJoinedToARejectionIsADenial() throws Exception {
        var all = analyze("Cllr Ravensworth rejected a claim, made in posts on a village Facebook page, that her son's firm had "
                + "been promised the roofing contract, and said her son's firm had not bid for it.");
        assertEquals(Stance.DENY, containing(all, "had not bid").stance(), all.toString());
    }

    @Test
    void aFirstPersonNegationOfAnIrregularPastDeniesIt() throws Exception {
        // "I did not tell anyone …" after a report that he "had told" them: "tell" and "told" share no stem.
        var all = analyze("Cllr Ambrose referred to a report in the Courier that he had told a village dinner the pool was "
                + "closing. He asked that his words be minuted in full: \"I did not tell anyone at that dinner that the pool was "
                + "closing.\"");
        assertEquals(Stance.DENY, containing(all, "I did not tell anyone").stance(), all.toString());
    }

    @Test
    void aReportedNothingDoneAnswersAClaim() throws Exception {
        var all = analyze("The MP accused the regulator of having approved the dam without telling farmers. The regulator said "
                + "it had granted no licence for a dam on the river.");
        assertEquals(Stance.DENY, containing(all, "granted no licence").stance(), all.toString());
        var caterer = analyze("A post in the staff group chat claimed that the canteen closes in May. It is not closing. Harlow "
                + "Catering, which runs it, told me on Wednesday that its contract \"runs to 2029, and nobody has asked us to end it "
                + "early.\"");
        assertEquals(Stance.DENY, containing(caterer, "runs to 2029").stance(), caterer.toString());
        // Praise of someone named is no denial, though the story told of a claim.
        var coach = analyze("A post on a local forum claimed that the van had been found. Ellis's coach, Dean Moorcroft, told the "
                + "Gazette that Ellis had never missed a training session in three years.");
        assertNotEquals(Stance.DENY, containing(coach, "never missed").stance(), coach.toString());
    }

    @Test
    void aDeniersAccountOfTheThingAnotherSourceBroughtInDeniesInPositiveWords() throws Exception {
        // "… had seen a lorry … The lorry, she said, had been collecting …": her account of the very lorry alleged.
        var all = analyze("A worker at the quarry said he had seen a lorry with the council's crest on it parked by the lake at "
                + "night. Imogen Scarrow-Leith, the council's chief executive, denied that the council had dumped anything in the "
                + "lake. The lorry, she said, had been collecting litter bins for a repaint.");
        assertEquals(Stance.DENY, containing(all, "collecting litter bins").stance(), all.toString());
    }

    @Test
    void aPhraseQuotedInsideARelativeClauseIsNoInvertedQuotation() throws Exception {
        // "which relied on “a former warehouse worker,” said road tankers … had delivered": not road tankers speaking
        // (review23 KIL q03: "Road tankers" keyed as an unnamed source).
        var all = analyze("The Courier's report, which relied on \"a former site manager,\" said lorries from the quarry had dumped "
                + "rubble in the lake during 2019.");
        assertTrue(all.stream().noneMatch(a -> a.source().toLowerCase(java.util.Locale.ROOT).contains("lorries")), all.toString());
        assertTrue(containing(all, "dumped rubble").source().contains("report"), all.toString());
    }

    @Test
    void aPlaceNameUsedAsAModifierIsNotTheNextShe() throws Exception {
        // review23 FOX q09: "Posts on a Wraybourne community forum …. Asked about them, she said: …" gave her words to the
        // Wraybourne Echo, the paper named later whose first word the forum shares.
        var all = analyze("\"Nobody has been asked to sign anything,\" said Clemency Marsh, the company's customer director. Posts on "
                + "a Wraybourne community forum have claimed that the firm is close to collapse. Asked about them, she said: \"We "
                + "finished last year with money in the bank.\" The claims were later picked up by the Wraybourne Echo.");
        assertEquals("Clemency Marsh", containing(all, "money in the bank").source(), all.toString());
    }

    @Test
    void anOutletThatReportedAnInterviewSaysNothingOfItsOwn() throws Exception {
        // eval-blind21: "according to the Calderwyke Echo, which reported the interview" gave the Echo a claim, "the interview".
        var all = analyze("The councillor said on Radio Calder that \"not a single verge was cut in June,\" according to the "
                + "Calderwyke Echo, which reported the interview.");
        assertTrue(all.stream().noneMatch(a -> a.content().equals("the interview")), all.toString());
        assertTrue(containing(all, "not a single verge").via().contains("Calderwyke Echo"), all.toString());
    }

    @Test
    void theNumberOfANumberedParagraphIsNoPartOfTheSubject() throws Exception {
        var all = analyze("The Harbour Trust runs the pier.\n\n3. The Harbour Trust's statement says that the pier has been closed "
                + "to boats since 2019.");
        assertTrue(containing(all, "pier has been closed").source().contains("statement"), all.toString());
    }

    @Test
    void aParticipleAfterItsNounBeforeTheCopulaIsNoCue() throws Exception {
        var all = analyze("- The route proposed is a new road through the valley, with a bridge over the river.");
        assertTrue(all.stream().noneMatch(a -> a.cue().equals("proposed")), all.toString());
    }

    @Test
    void disputingThisAndSayingWhatHappenedIsOneDenial() throws Exception {
        var all = analyze("The club's statement says that the hall was let to 300 guests. The licensee disputes this, and says that the "
                + "hall never held more than 120 people on any night.");
        assertEquals(Stance.DENY, containing(all, "never held more than 120").stance(), all.toString());
        assertTrue(all.stream().noneMatch(a -> a.cue().equals("disputes")), all.toString());
    }

    @Test
    void aCueInSAfterTheSentencesOpeningTheAndOneWordIsTheVerb() throws Exception {
        var all = analyze("The appellant accepts that the garden wall is higher than the height allowed without consent.");
        assertEquals(Stance.CONFIRM, containing(all, "garden wall is higher").stance(), all.toString());
    }

    @Test
    void representationsAreUnnamedDocumentSources() throws Exception {
        var all = analyze("Several representations state that the mill flooded twice in 2024. One representation says that the "
                + "lane is too narrow for lorries.");
        assertTrue(containing(all, "mill flooded twice").anonymous(), all.toString());
        assertTrue(containing(all, "lane is too narrow").anonymous(), all.toString());
    }

    @Test
    void anOccupierKnownByAnAddressIsUnnamed() throws Exception {
        var all = analyze("The occupier of Wren House states in a letter that the lorries start at 5am.");
        assertTrue(containing(all, "lorries start at 5am").anonymous(), all.toString());
    }

    @Test
    void aByLineWithLettersAfterTheNameNamesTheWriter() throws Exception {
        var all = analyze("by Ottilie Brackenbury BSc MRICS\n\nThe survey was carried out in June.\n\nI accept that the roof "
                + "needs repairs within five years.");
        assertEquals("Ottilie Brackenbury", containing(all, "roof needs repairs").source(), all.toString());
    }

    @Test
    void aLetterSignedWithThanksForYourSupportIsTheSigners() throws Exception {
        var all = analyze("Dear member,\n\nI admit that the heating bill surprised us this winter.\n\nWith thanks for your "
                + "patience,\n\nHoratio Quenby\n\nChair, Millbrook Bowls Club");
        assertEquals("Horatio Quenby", containing(all, "heating bill surprised us").source(), all.toString());
    }

    @Test
    void theWritersLeadInBeforeAColonPutsWhatFollowsOnRecord() throws Exception {
        var all = analyze("Several of you have asked about the rumours. I will start with the question most of you have written "
                + "to me about: the pool is not being sold, and no one on the committee has met a buyer.");
        assertEquals(Stance.DENY, containing(all, "pool is not being sold").stance(), all.toString());
    }

    @Test
    void anExpectationWithALongObjectBeforeItsInfinitive() throws Exception {
        var all = analyze("Dr Wilma Frobisher, an economist at the college, said the closure was a blow. She expected the price "
                + "of fresh bread in the county to rise by as much as 8% before spring. She expected most insurance claims to be "
                + "paid within a month.");
        assertEquals(Stance.PREDICT, containing(all, "price of fresh bread").stance(), all.toString());
        assertEquals(Stance.PREDICT, containing(all, "most insurance claims").stance(), all.toString());
    }

    @Test
    void nobodyHasToldMeIsAComplaintNotADenial() throws Exception {
        var all = analyze("The travel firm was said to be closing. Ada Pinchbeck paid for a cruise in May. \"I was told in June that "
                + "my cabin was booked,\" she said. \"Nobody has told me anything since.\"");
        assertNotEquals(Stance.DENY, containing(all, "Nobody has told me").stance(), all.toString());
    }

    @Test
    void aDeniersClosingNotNamesTheThingClaimed() throws Exception {
        var all = analyze("The Daily Ledger reported that Brindle Foods was in talks to sell itself. \"There are no talks,\" said "
                + "Odile Farthing, the chief executive. Ms Farthing confirmed that the company had hired a bank, but said it was "
                + "working on a new loan, not on a sale.");
        assertEquals(Stance.DENY, containing(all, "working on a new loan").stance(), all.toString());
    }

    @Test
    void aNegationOverEveryCaseWithTheNamedOneIncludedDenies() throws Exception {
        var all = analyze("The Daily Ledger reported that Brindle Foods was in talks with Marlow Group. A Marlow spokesman told the "
                + "Ledger that the group was \"not looking at any bakery business in this country, Brindle included.\"");
        assertEquals(Stance.DENY, containing(all, "not looking at any bakery").stance(), all.toString());
    }

    @Test
    void whatWasMeasuredIsTheMethodWhatWasFoundIsTheStatement() throws Exception {
        var all = analyze("The council's engineer, Mr Aldous Penhallow, measured traffic on the lane on six days in May and found "
                + "fewer than 40 cars an hour.");
        assertTrue(all.stream().noneMatch(a -> a.cue().equals("measured")), all.toString());
        containing(all, "fewer than 40 cars");
    }

    @Test
    void aClauseVerbBeforeAnInsertedCueIsNoStatementOfItsOwn() throws Exception {
        var all = analyze("Posts claimed the lorry belonged to the quarry. \"None of our lorries left the yard,\" said Anselm Crake, the "
                + "quarry manager. The lorry residents had described, he said, was a hired tipper that had been parked at the station "
                + "since May.");
        assertTrue(all.stream().noneMatch(a -> a.cue().contains("described")), all.toString());
        assertEquals("Anselm Crake", containing(all, "hired tipper").source(), all.toString());
    }

    @Test
    void notHidingThatIsAnAdmission() throws Exception {
        var all = analyze("The mayor, Ida Quell, spoke on Monday. She did not hide that the two councils had been in dispute over "
                + "the boundary since 2024.");
        assertEquals(Stance.CONFIRM, containing(all, "in dispute over the boundary").stance(), all.toString());
    }

    @Test
    void whatAVideoClaimsToShowIsItsClaim() throws Exception {
        var all = analyze("A video shared on TikTok claims to show the ferry hitting the pier.");
        assertTrue(containing(all, "the ferry hitting the pier").source().contains("video"), all.toString());
    }

    @Test
    void theIssuersWeBeforeAClearingColonIsTheIssuingBody() throws Exception {
        var all = analyze("Issued by the Pellingford Canal Trust, Monday 2 March 2026\n\nThe towpath has been shut since Friday. We want "
                + "to be clear about one thing: the canal is not being drained.");
        Attribution a = containing(all, "canal is not being drained");
        assertEquals("Pellingford Canal Trust", a.source(), all.toString());
        assertEquals(Stance.DENY, a.stance(), all.toString());
    }

    @Test
    void aParticipleBetweenAnOwnerAndItsNounIsNoCue() throws Exception {
        // eval-blind24 THI: "The appellant's written statement answers that point directly: …" was read as "The appellant's"
        // having "written" the words "statement answers that point directly".
        var all = analyze("The objector says that the dogs bark all night. The owner's written statement answers that point directly: "
                + "\"Every dog is indoors from 8pm.\"");
        assertTrue(all.stream().noneMatch(a -> a.cue().equals("written")), all.toString());
    }

    @Test
    void aDeniersAccountOfTheClaimantsOwnThingDeniesInPositiveWords() throws Exception {
        // eval-blind24 PIP: "Two growers said … that their contracts would be cut from next season. The contracts, Ms Garroway
        // said, had been renewed in August for five years …" after her "There are no talks".
        var all = analyze("\"There are no talks,\" said Petra Quennell, the brewery's chief executive. Two farmers said they had heard "
                + "that their contracts would be cut from next season. The contracts, Ms Quennell said, had been renewed in August for "
                + "five years.");
        assertEquals(Stance.DENY, containing(all, "renewed in August").stance(), all.toString());
        // Not a thing of one person's ("his team"): "which she said the team would pay" stays a statement.
        var fine = analyze("\"He let go of it,\" said Hanne Price, denying the claim. The rider held on to his team car, a broadcaster "
                + "reported. She had no quarrel with the fine, which she said the team would pay.");
        assertNotEquals(Stance.DENY, containing(fine, "the team would pay").stance(), fine.toString());
    }

    @Test
    void theSpeakersOwnCompanyThatNeverDidItDenies() throws Exception {
        // eval-blind24 LAR: "Stories have gone round … Hargest told the Sentry that his company had 'never made an approach to
        // the rink'" was read as a plain statement.
        var all = analyze("Stories have gone round the town that the rink is being sold to the developers next door. The developers' "
                + "managing director, Ptolemy Hart, told the Sentry that his company had \"never made an approach to the rink.\"");
        assertEquals(Stance.DENY, containing(all, "never made an approach").stance(), all.toString());
    }

    @Test
    void aReportCitingPeopleItDoesNotNameRestsOnAnAnonymousSource() throws Exception {
        // eval-blind24 PIP and LAR: "The Bellwether reported … that …, citing three people briefed on the discussions" was the
        // outlet's own claim, so no quiz asked which claim rests on an unnamed source.
        var all = analyze("The Weekly Ledger reported on Tuesday that the two brewers had agreed a price, citing three people briefed "
                + "on the discussions. Separately, the Evening Herald reported on Wednesday, citing a former employee, that the "
                + "taproom would close. The Ledger also reported, citing an email it had seen, that the brewery was short of cash.");
        Attribution price = containing(all, "agreed a price");
        assertTrue(price.anonymous(), price.toString());
        assertEquals(SourceType.OUTLET, price.sourceType(), price.toString());
        assertEquals("the two brewers had agreed a price", price.content());
        Attribution taproom = containing(all, "taproom would close");
        assertTrue(taproom.anonymous(), taproom.toString());
        assertEquals("the taproom would close", taproom.content(), "whom a report cites is no part of it, nor is the aside before it");
        assertFalse(containing(all, "short of cash").anonymous(), "an email the outlet saw is a document, not a person kept back");
    }

    @Test
    void aWrittenBetweenWhoseAndItsNounIsNoCue() throws Exception {
        // eval-blind11 lanterns: "A former analyst, whose written evidence the committee published without a name, said …".
        var all = analyze("A former pricing analyst, whose written evidence the committee published without a name, said the company "
                + "had run \"live experiments\" on fans.");
        assertEquals("the company had run \"live experiments\" on fans", containing(all, "live experiments").content(), all.toString());
    }

    @Test
    void theInsurerNamedAfterTheArticlesVerdictConfirmsAgainstTheClaim() throws Exception {
        // eval-blind25 quillerton: "That claim is false: the insurer, Trenchmore Fine Art, confirmed the piece remained covered"
        // gave the claim to "the piece remained covered …" as its speaker.
        var all = analyze("Posts on an art forum claimed the gallery had removed the tapestry from its insurance schedule. That claim "
                + "is false: the insurer, Dunmore Fine Art, confirmed the piece remained covered at its full value.");
        Attribution covered = containing(all, "remained covered");
        assertEquals("Dunmore Fine Art", covered.source());
        assertEquals(Stance.DENY, covered.stance());
    }

    @Test
    void thatBeforeIsIsTheSubjectNotAConjunction() throws Exception {
        // eval-blind25 quillerton: "The gallery says that is not correct: …" lost its "that"; the aside "it said" took the
        // whole sentence for its words.
        var all = analyze("The historian said she had taken samples from the centre. The gallery says that is not correct: the sample "
                + "log, it said, shows all three threads came from the lower edge.");
        assertTrue(all.stream().anyMatch(a -> a.content().startsWith("that is not correct")), all.toString());
        assertTrue(all.stream().noneMatch(a -> a.content().startsWith("The gallery says")), all.toString());
    }

    @Test
    void aSecondVerbAfterAnAsideIsAStatementOfItsOwn() throws Exception {
        // eval-blind25 ormsworth: "…, the company confirmed on Tuesday, and it denied union claims that …" was one confirmation.
        var all = analyze("Harwick Tiles will cut 180 jobs at its works in Ormsworth, the company confirmed on Tuesday, and it denied "
                + "union claims that more than 400 workers would lose their jobs. Two workers told the Gazette that they had been "
                + "warned not to speak to reporters. Harwick said no such instruction had been given to any member of staff.");
        assertEquals("Harwick Tiles will cut 180 jobs at its works in Ormsworth", containing(all, "will cut 180 jobs").content());
        assertEquals(Stance.DENY, containing(all, "more than 400 workers").stance(), all.toString());
        assertEquals(Stance.DENY, containing(all, "no such instruction").stance(), "'no such' points back at what was said");
    }

    @Test
    void aSpokeswomanForTheBodyNamedByItsKindSpeaksForItsDenial() throws Exception {
        // eval-blind25 carrowmeen: "Fenmarsh Crisps also denied the report. A spokeswoman for the crisp maker said the contract
        // 'has not been cancelled'" was a plain statement.
        var all = analyze("A report in a trade paper said a large juice contract had been lost. Tarnmoor Juices also denied the report. "
                + "A spokeswoman for the juice maker said the contract \"has not been cancelled, suspended or reopened\".");
        assertEquals(Stance.DENY, containing(all, "has not been cancelled").stance(), all.toString());
    }

    @Test
    void sayingWhoThoseSeenReallyWereDenies() throws Exception {
        // eval-blind25 wethercote: "The Headteacher said the people seen were drainage engineers" answered the parent's report
        // of surveyors seen measuring the field.
        var all = analyze("Dr Ellerker reported that a parent had told her that surveyors had been seen measuring the field in December. "
                + "Mr Mensah said the people seen were drainage engineers from the county council.");
        assertEquals(Stance.DENY, containing(all, "drainage engineers").stance(), all.toString());
        var plain = analyze("Mr Mensah said the people seen at the gate were parents collecting their children.");
        assertNotEquals(Stance.DENY, containing(plain, "parents collecting").stance(), "nobody had said who they were");
    }

    @Test
    void itsSpokespersonIsTheBodysAndAColonQuoteWithItsOwnTagIsTheirs() throws Exception {
        // eval-blind10 EBB: "The agency rejected that account in the firmest terms: “…,” its spokesperson said" gave the
        // quotation to the agency's rejection as well, and "its spokesperson" stayed unresolved.
        var all = analyze("The National Forestry Agency said on Monday that the felling was not authorised.\n\nGraham Pell said an "
                + "agency officer had given the company verbal approval in March. The agency rejected that account in the firmest "
                + "terms: \"No officer gave approval, verbal or written, for these trees to be felled,\" its spokesperson said.");
        Attribution rejected = withCue(all, "rejected");
        assertEquals("that account in the firmest terms", rejected.content());
        assertFalse(rejected.quoted());
        Attribution quote = all.stream().filter(a -> a.content().startsWith("No officer")).findFirst().orElseThrow();
        assertEquals("National Forestry Agency spokesperson", quote.source());
    }

    @Test
    void aSaidInversionFollowedByWhoAddedIsTwoStatements() throws Exception {
        // eval-blind26 SAL: "A rumour that … is wrong, said Mrs Achara-Lightfoot, who added that the Cove Street family that has
        // run it since 2014 signed …": the verb inside the relative clause ended the subject, and the denial was lost.
        var all = analyze("A rumour that the cafe lease had been given to a national chain is wrong, said Mrs Achara-Lightfoot, who "
                + "added that the Cove Street family that has run it since 2014 signed a new five-year lease in April.");
        Attribution rumour = withCue(all, "said");
        assertEquals("A rumour that the cafe lease had been given to a national chain is wrong", rumour.content());
        assertEquals(Stance.DENY, rumour.stance());
        assertTrue(all.stream().anyMatch(a -> a.content().startsWith("the Cove Street family")), all.toString());
    }

    @Test
    void aConfirmationRightAfterTheArticlesBareVerdictDenies() throws Exception {
        // eval-blind26 BRA: "No such purchase was ever made. The executor …, has confirmed that the legacy was spent … on the
        // hay barn": the confirmation backs the verdict against the post's claim.
        var all = analyze("A post on a community Facebook group claimed that a legacy of £50,000 had been used to buy the chief "
                + "executive a car. No such purchase was ever made. The executor of the estate, Mr Lionel Parr, has confirmed that "
                + "the legacy was spent on a new stable block.");
        Attribution executor = all.stream().filter(a -> a.source().equals("Lionel Parr")).findFirst().orElseThrow();
        assertEquals(Stance.DENY, executor.stance());
    }

    @Test
    void sayingTheThingStillGoesOnAnswersAClaimThatItStopped() throws Exception {
        // eval-blind26 SAL: "… told by a lifeguard … that testing had stopped to save money. “The water is tested every two
        // hours while we are open,” said Marisol Quennell-Ababio": a rebuttal in positive words.
        var all = analyze("Some swimmers say they were told by a lifeguard, who asked not to be named, that cleaning had stopped to "
                + "save money. \"The changing rooms are cleaned every morning before we open,\" said Ruth Pelham, our operations manager.");
        Attribution reply = all.stream().filter(a -> a.source().equals("Ruth Pelham")).findFirst().orElseThrow();
        assertEquals(Stance.DENY, reply.stance());
        var unrelated = analyze("Some swimmers say they were told by a lifeguard that cleaning had stopped to save money. \"The pool "
                + "is open every day until September,\" said Ruth Pelham, our operations manager.");
        assertNotEquals(Stance.DENY, unrelated.stream().filter(a -> a.source().equals("Ruth Pelham")).findFirst().orElseThrow().stance());
    }

    @Test
    void aMannerOrALabelBeforeTheObjectStillDismissesIt() throws Exception {
        // eval-blind34 KET, HEX: "dismissed as nonsense the idea that …", "dismissed out of hand the idea that …".
        var labelFirst = analyze("Union officials said workers had been misled. Pellworth Foods dismissed as nonsense the idea that "
                + "workers had been misled.");
        Attribution company = labelFirst.stream().filter(a -> a.source().contains("Pellworth")).findFirst().orElseThrow(
                () -> new AssertionError(labelFirst.toString()));
        assertEquals(Stance.DENY, company.stance());
        assertEquals("workers had been misled", company.content().replaceAll("[.]$", ""));
        var mannerFirst = analyze("The chief scientist, Anselm Quayne, dismissed out of hand the idea that the study had measured "
                + "drinking habits properly.");
        Attribution scientist = mannerFirst.stream().filter(a -> a.source().equals("Anselm Quayne")).findFirst().orElseThrow(
                () -> new AssertionError(mannerFirst.toString()));
        assertEquals(Stance.DENY, scientist.stance());
    }

    @Test
    void refusingToAcceptThatDenies() throws Exception {
        // eval-blind34 WYN: "Ms Hallibrand refused to accept that any such target existed."
        var all = analyze("A member of staff said managers had been set a target for evictions. The warden, Orla Pennifold, refused to "
                + "accept that any such target existed.");
        Attribution warden = all.stream().filter(a -> a.source().equals("Orla Pennifold")).findFirst().orElseThrow(
                () -> new AssertionError(all.toString()));
        assertEquals(Stance.DENY, warden.stance());
        assertEquals("any such target existed", warden.content().replaceAll("[.]$", ""));
    }

    @Test
    void thatBeforeAModalIsWhatWasJudged() throws Exception {
        // eval-blind34 FAR: "Mr Drummaquin said that could not be right, pointing to the 14 harnesses on the list."
        var all = analyze("The prosecutor said only six harnesses were on site. Mr Tobias Wrenfield said that could not be right, "
                + "pointing to the 14 harnesses on the list.");
        Attribution owner = all.stream().filter(a -> a.source().equals("Tobias Wrenfield")).findFirst().orElseThrow(
                () -> new AssertionError(all.toString()));
        assertEquals(Stance.DENY, owner.stance());
        assertTrue(owner.content().startsWith("that could not be right"), owner.content());
    }

    @Test
    void whenReportsCameIsNoPartOfWhoSaidIt() throws Exception {
        var all = analyze("Some reports after the first day said Mr Ambrose Kettering would never walk again.");
        assertEquals("Some reports", withCue(all, "said").source());
    }

    @Test
    void aSecondDeterminerAfterTheOneToldOpensWhatWasSaid() throws Exception {
        // eval-blind34 FAR: "told the court the guard rail on the platform had been removed".
        var all = analyze("An inspector, Marisela Trevorrow, told the court the guard rail on the platform had been removed the day before.");
        assertTrue(withCue(all, "told").content().startsWith("the guard rail on the platform had been removed"), all.toString());
        // "told the same committee an hour earlier that …": a time after the one told is no content.
        var later = analyze("The promoter, Gideon Marlow, had told the same committee an hour earlier that the software pushed some seats to 480 pounds.");
        assertTrue(withCue(later, "had told").content().startsWith("the software pushed"), later.toString());
    }

    @Test
    void aSocialMediaPostTheTaggerCalledAVerbStillSpeaks() throws Exception {
        // eval-blind34 QUA: "A widely shared social media post claimed on Sunday that …. That claim is false: …".
        var all = analyze("A bureau official said inspectors had found a worn hinge pin on the door. A widely shared social media post "
                + "claimed on Sunday that the ferry had \"almost capsized\" in the harbour. That claim is false: radar records show the "
                + "vessel never left its berth.");
        assertTrue(all.stream().anyMatch(a -> a.content().contains("almost capsized")), all.toString());
    }

    @Test
    void thatClaimIsFalseJudgesOnlyTheSentenceBeforeIt() throws Exception {
        // With the claim just before it not found as anyone's, the verdict must not fall on an older statement.
        Article article = Models.reader().parse("test.txt", "Headline for the test\n\nA bureau official said inspectors had found a worn "
                + "hinge pin on the door. Rumours went round the harbour all week about the crossing. That claim is false: radar records "
                + "show the vessel never left its berth.", Article.Format.TEXT);
        var labels = Models.analyzer().analyze(article).labels();
        assertTrue(labels.stream().noneMatch(l -> l.claim().contains("hinge pin")), labels.toString());
    }

    @Test
    void aWiresDateAfterThePlaceIsPartOfTheDateline() throws Exception {
        var all = analyze("QUARRENDALE, March 9 (Northwire) - The ferry operator Skelmar Lines on Monday flatly disputed reports that it "
                + "had cut lifeboat drills to save fuel.");
        assertTrue(all.stream().noneMatch(a -> a.source().contains("QUARRENDALE")), all.toString());
    }

    @Test
    void aTimeOrEmbargoBeforeThatIsNoPartOfWhatWasSaid() throws Exception {
        // eval-blind34 FAR, HEX: "told the Beacon before the trial that …", "said under embargo on Monday that …".
        var all = analyze("A former foreman, who asked not to be named, told the Farrowgast Post before the trial that crews had "
                + "reportedly been paid a bonus for finishing early. Dr Oriwen Talbrook said under embargo on Monday that the link was "
                + "not proven.");
        assertTrue(all.stream().anyMatch(a -> a.content().startsWith("crews had reportedly been paid")), all.toString());
        assertTrue(all.stream().anyMatch(a -> a.content().startsWith("the link was not proven")), all.toString());
    }

    @Test
    void whatTheSpeakerOwnsUpToIsNoDenial() throws Exception {
        // eval-blind34 KET: "“The timing was wrong and I regret it,” he said."
        var all = analyze("\"The timing was wrong and I regret it,\" the chief executive, Quentin Darrowby, said.");
        assertNotEquals(Stance.DENY, withCue(all, "said").stance());
        var denial = analyze("\"The figure is wrong,\" the chief executive, Quentin Darrowby, said.");
        assertEquals(Stance.DENY, withCue(denial, "said").stance());
    }

    @Test
    void aSecondSpeakerNamedBetweenCommasAfterAndSpeaksForThemselves() throws Exception {
        // eval-blind34 FAR: "…, and his lawyer, Gwendrith Hethersett, described the story as “invented from start to finish.”"
        var all = analyze("A foreman said crews had been paid a bonus. Mr Hadrian Drummond told the court that no such bonus had ever "
                + "existed, and his lawyer, Gwendrith Hethersett, described the story as \"invented from start to finish.\"");
        assertEquals("no such bonus had ever existed", withCue(all, "told").content());
        assertTrue(all.stream().anyMatch(a -> a.source().equals("Gwendrith Hethersett")), all.toString());
        // "… and that he had collected it on Sunday night as the two men had agreed": no second speaker.
        var one = analyze("The man who lives there told officers that the woman's husband had lent it to him in July, and that he had "
                + "collected it on Sunday night as the two men had agreed.");
        assertTrue(withCue(one, "told").content().contains("as the two men had agreed"), one.toString());
    }

    @Test
    void asAfterACommaOpensAClauseWithItsOwnSpeaker() throws Exception {
        // eval-blind34 DUN: "… brushed aside calls to resign, as the club's supporters' trust accused the board of …".
        var all = analyze("The chairman of Dunmere Rovers, Wendel Grimshaw, brushed aside calls to resign, as the club's supporters' "
                + "trust accused the board of losing track of gate receipts.");
        assertEquals("calls to resign", withCue(all, "brushed aside").content());
        assertTrue(all.stream().anyMatch(a -> a.source().contains("trust") && a.content().contains("gate receipts")), all.toString());
        // "…, as a neighbour had said in a statement to police, Dunleavy replied": where the words came from, no statement.
        var aside = analyze("Asked whether he had been on the roof for less than ten minutes, as a neighbour had said in a statement "
                + "to police, Kieran Dunlop replied: \"That did not happen.\"");
        assertTrue(aside.stream().noneMatch(a -> a.source().equals("a neighbour")), aside.toString());
    }

    @Test
    void aTrailingTagWithTheQuestionItAnsweredIsNoAside() throws Exception {
        // eval-blind4 THO: the tag after both conjuncts, then "when asked about claims that …", was read as an aside inside one
        // statement, keeping only "nothing was rushed".
        var all = analyze("There was no deadline, and nothing was rushed, a trust spokesman insisted on Thursday, when asked about "
                + "claims that the update had been installed early to meet a contractual target.");
        assertTrue(withCue(all, "insisted").content().startsWith("There was no deadline, and nothing was rushed"), all.toString());
    }
}
