package newsquiz.generate;

import static newsquiz.generate.InventedArticles.facts;
import static newsquiz.generate.InventedArticles.questions;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What eval-blind41 showed at stop 42: wrong choices from the key's own side (an officer introduced with "its" after an
 * outlet the body spoke to, "a company spokesperson", a claimant another denial of the same side answers), a label read
 * from the wrong quotation, a figure corrected ("286,000, not 412,000") asked against a claim that never gave it, and a
 * clause cut before "which" after its verb.
 */
class ReviewFortyTwoTest {

    private static String eval(String path) throws Exception {
        return Files.readString(Path.of("src/test/resources", path));
    }

    @Test
    void itsAfterAnOutletSpokenToIsTheBodyThatSpoke() throws Exception {
        Facts facts = facts("Tallowby, a payments app, said no customer data had been lost. The file, it said in a statement to "
                + "Policywire, was \"an old test copy\" that held no real names.\n\nIts chief executive, Ansel Marrow, said the "
                + "firm should have checked more carefully. Rhona Vell, a privacy lawyer, said the case was a warning.");
        assertTrue(facts.knownSame("Ansel Marrow", "Tallowby"), "Marrow speaks for Tallowby");
    }

    @Test
    void anUnnamedCompanySpokespersonIsTheCompanyNamedLast() throws Exception {
        Facts facts = facts(eval("eval-blind34/kettlemarsh-biscuit-factory-business-section.txt"));
        assertTrue(facts.knownSame("A company spokesperson", "Ravelstoke Foods"));
    }

    @Test
    void whoseAccountNeverOffersTheDeniersOwnSpokesperson() throws Exception {
        List<Candidate> all = questions(new DenialQuestions(), eval("eval-blind34/kettlemarsh-biscuit-factory-business-section.txt"));
        assertTrue(all.stream().filter(c -> c.prompt().startsWith("Whose "))
                .noneMatch(c -> c.distractors().contains("A company spokesperson")), all.toString());
    }

    @Test
    void whoseReportNeverOffersAClaimantTheDeniersSideAnsweredElsewhere() throws Exception {
        // The ministry's spokeswoman answers Jo Pike with "That is not the case": Pike is no wrong answer to whose report the
        // ministry rejected.
        List<Candidate> all = questions(new DenialQuestions(), "Health ministry rejects audit figure\n\nThe audit office said on "
                + "Tuesday that 400 nurses had quit since March. The health ministry rejected that report, saying the real number "
                + "was far lower.\n\nJo Pike, a nurse in Orrin, said on Monday that clinics had been told to drop patients from "
                + "their lists. \"That is not the case,\" a ministry spokeswoman said.\n\nDr Ann Lee, a surgeon, said waits were "
                + "long. Tom Gray, a union official, said staff were tired. Rob Inch, a patient, said he had waited a year.");
        Candidate whose = all.stream().filter(c -> c.prompt().equals("Whose report did the health ministry reject?")
                || c.prompt().startsWith("The health ministry rejected the report that")
                        && c.prompt().endsWith("Whose report was it?")).findFirst()
                .orElseThrow(() -> new AssertionError(all.toString()));
        assertFalse(whose.distractors().contains("Jo Pike"), whose.toString());
    }

    @Test
    void aFigureCorrectedIsNeverAskedAgainstAClaimThatNeverGaveIt() throws Exception {
        List<Candidate> all = questions(new DenialQuestions(), eval("eval-blind41/kestria-waiting-list-figure-national-broadcaster.txt"));
        assertTrue(all.stream().noneMatch(c -> c.prompt().contains("hospital records") && c.key().contains("ministry")), all.toString());
        assertTrue(all.stream().anyMatch(c -> c.prompt().equals("Who said that the figure was 286,000, not 412,000?")), all.toString());
    }

    @Test
    void theLabelIsWhatFollowsAs() throws Exception {
        List<Candidate> all = questions(new DenialQuestions(), "Smelter dust row\n\nResidents say a fine black dust from the Corrowen "
                + "Metals smelter has been settling on their cars since July.\n\nCorrowen Metals denied that the dust came from its "
                + "site. Its plant manager, Bernt Vickery, said the filters were new. He dismissed talk online of a \"toxic cloud\" as \"scaremongering\".\n\nThe mayor, Ann Lee, said the "
                + "council would test the air. Tom Gray, a local doctor, said asthma cases had risen.");
        assertTrue(all.stream().noneMatch(c -> c.prompt().contains(" of a as ")), all.toString());
        assertTrue(all.stream().anyMatch(c -> c.prompt().equals("Who dismissed talk online of a \"toxic cloud\" as \"scaremongering\"?")),
                all.toString());
    }

    @Test
    void aClauseIsNotCutBeforeTheQuestionItsVerbAsks() {
        String shortened = Phrasing.wholeClauses("The code was \"a generic screen label\" that recorded which page of the app was "
                + "open, not what a user had entered", 12);
        assertFalse(shortened.endsWith("recorded"), shortened);
    }
    @Test
    void findingsWrittenInAPaperAreWhatWasRejected() throws Exception {
        List<Candidate> all = questions(new DenialQuestions(), "Fossil row\n\nA team at the Tornby University Museum says the "
                + "fossil is a fake. In a paper posted online on Monday, the team wrote that CT scans showed a layer of modern glue "
                + "between the wing and the shoulder. \"The body is real. The wing belongs to something else,\" said Yevka Ubal, "
                + "who led the study.\n\nThe Ashby museum rejected the findings. Pavla Osk, a palaeontologist, said the scans "
                + "\"could support either reading\". A person familiar with the review said the editors were considering a note.");
        assertTrue(all.stream().noneMatch(c -> c.prompt().contains("the findings that the body is real")), all.toString());
        assertTrue(all.stream().anyMatch(c -> c.prompt().equals("Which findings did the Ashby museum reject?")
                && c.key().startsWith("CT scans showed a layer of modern glue")
                || c.prompt().startsWith("Who rejected the findings that CT scans showed a layer of modern glue")), all.toString());
    }

    @Test
    void itsInAStatementFromABodyIsTheBodys() throws Exception {
        Facts facts = facts("Fossil row\n\nAccording to a statement from the journal, its editors have asked both teams for "
                + "their raw data. Pavla Osk, a palaeontologist, said the scans could support either reading.");
        assertTrue(facts.statements.stream().anyMatch(s -> s.claim().equals("The journal's editors have asked both teams for their "
                + "raw data")), facts.statements.toString());
    }

    @Test
    void theFigureSetRightAnswersTheClaimThatGaveIt() throws Exception {
        List<Candidate> all = questions(new DenialQuestions(), "Airport strike\n\nThe Transport Workers' Union said more than 200 flights had been "
                + "cancelled. The airport's operator, Grevby Airport Company, said the number was 84, not 200, and that most "
                + "long-haul flights had left on time.\n\nSome passengers said on social media that the airport had been closed. "
                + "The transport ministry said it had given no instructions to the airport. Tomas Grey, a passenger, said he had waited "
                + "four hours. Anneli Lee, a travel agent, said bookings had fallen.");
        // (A union's own words, passed on by no outlet: a claim, not a report, since stop 58.)
        assertTrue(all.stream().anyMatch(c -> c.prompt().equals("Who denied the claim that more than 200 flights had been cancelled?")
                && c.key().equals("Grevby Airport Company")), all.toString());
    }

    @Test
    void aDenialNamingTheClaimantJustBeforeAnswersItsClaim() throws Exception {
        List<Candidate> all = questions(new DenialQuestions(), "Smelter row\n\nResidents say dust from the smelter is settling on "
                + "their cars. Corrowby Metals denied that the dust came from its site. Its plant manager, Bernt Vick, said the filters "
                + "had been replaced in June.\n\nCorrowby Metals also said it had held two open meetings with residents before the "
                + "furnace restarted. That is not what residents remember. \"Nobody from Corrowby has ever knocked on a door in "
                + "this street,\" said Radka Hobb, who chairs the residents' group.\n\nAthol Madd, an inspector, said lead levels were "
                + "high. Tomas Grey, a doctor, said asthma cases had risen.");
        assertTrue(all.stream().anyMatch(c -> c.prompt().matches("Which (?:report|claim) did Radka Hobb deny\\?")
                && c.key().contains("held two open meetings")
                || c.prompt().matches("Who denied the (?:report|claim) that .*held two open meetings.*") && c.key().equals("Radka Hobb")),
                all.toString());
    }
    @Test
    void aDistilleryRejectingClaimsAboutItsOwnCasksIsAskedAsAnOrganisation() throws Exception {
        List<Candidate> all = questions(new DenialQuestions(), "Distillery rejects report\n\nKelmory Distillery today rejected "
                + "claims, first published in the Sunday Lantern on 5 July, that spirit made at another distillery had been filled "
                + "into its casks and sold as Kelmory 12 Year Old single malt.\n\nArdvoe Distillery, which the Lantern named as "
                + "the source, told a trade magazine that it had never sold spirit to Kelmory. The Spirits Excise Office found no "
                + "irregularity in Kelmory's records, according to the inspection summary. The Vessay Farmers' Union said the "
                + "island's barley harvest was late this year.");
        assertTrue(all.stream().anyMatch(c -> c.prompt().equals("Which organisation rejected claims that spirit made at another "
                + "distillery had been filled into its casks?") && c.key().equals("Kelmory Distillery")), all.toString());
    }
    @Test
    void aSpeakerWhoseNameWasKeptBackJustBeforeTheirWordsIsUnnamed() throws Exception {
        Facts facts = facts("Deer cull row\n\nThe park authority said contractors are paid a fixed day rate. One of the contractors, "
                + "who spoke to FactLine on condition that his name was not published, backed that up. \"We get a day rate. "
                + "Whether I shoot two or twelve makes no difference to my pay,\" he said.");
        Statement quote = facts.statements.stream().filter(s -> s.claim().startsWith("We get a day rate")).findFirst()
                .orElseThrow(() -> new AssertionError(facts.statements.toString()));
        assertTrue(AnonymousSourceQuestions.unnamed(facts, quote), quote.toString());
    }

    @Test
    void aVolunteerWhoAskedThatHerNameBeLeftOutIsUnnamed() throws Exception {
        Facts facts = facts("Verges study\n\nA volunteer who logged many of the records, and who asked that her name be left out "
                + "because she lives on the road, said the grass had been cut short in July.");
        Statement said = facts.statements.stream().filter(s -> s.claim().contains("cut short")).findFirst()
                .orElseThrow(() -> new AssertionError(facts.statements.toString()));
        assertTrue(AnonymousSourceQuestions.unnamed(facts, said), said.toString());
    }

    @Test
    void aQuotedUnnamedClaimEndsWithItsFullStopAndQuotesWithinAreSingle() throws Exception {
        List<Candidate> all = questions(new AnonymousSourceQuestions(), "Storm row\n\nAn official who asked not to be named said the "
                + "agency had been \"waiting for the forecast to be wrong\". The mayor, Ann Lee, said the roads were open. Tom Gray, "
                + "a farmer, said the river had risen by a metre. The council said it would review the warnings.");
        assertTrue(all.stream().filter(c -> c.prompt().startsWith("The article reports: \u201c"))
                .allMatch(c -> c.prompt().contains(".\u201d Why should") && !c.prompt().contains("\"")), all.toString());
        assertTrue(all.stream().anyMatch(c -> c.prompt().contains("\u2018waiting for the forecast to be wrong\u2019")), all.toString());
    }
    @Test
    void aCountrysMinistryDenyingWhatItDidIsAskedWithTheCountryNamed() throws Exception {
        List<Candidate> all = questions(new DenialQuestions(), "Radar row\n\nVarnland's foreign ministry on Thursday denied that it "
                + "had agreed to let a foreign military build a radar station near its eastern border, a claim first carried by a "
                + "state-run news agency.\n\n\"There is no radar,\" ministry spokeswoman Lida Marren told a briefing. Two Western "
                + "diplomats said talks had taken place in January. Rostam Ilvan, a defence analyst, said the plateau had no road.");
        Candidate who = all.stream().filter(c -> c.prompt().equals("Who denied that Varnland had agreed to let a foreign military "
                + "build a radar station near its eastern border?")).findFirst().orElseThrow(() -> new AssertionError(all.toString()));
        assertFalse(who.distractors().contains("Lida Marren"), who.toString());
    }
    @Test
    void aReportSaysRatherThanReports() {
        assertTrue(new TextName("report", false).rename("The article reports: \u201cThe deal was done.\u201d Why?")
                .startsWith("The report says: "));
        assertTrue(new TextName("update", false).rename("The article reports: \u201cThe plant is to be sold.\u201d Why?")
                .startsWith("The update reports: "));
    }

    @Test
    void aQuotedClaimThatEndsItsSentenceGetsNoSecondFullStop() throws Exception {
        List<Candidate> all = questions(new AnonymousSourceQuestions(), "Toll row\n\nA person familiar with the analysis, who asked "
                + "not to be named, said an internal study had put the toll \"in the high hundreds.\" The mayor, Ann Lee, said the "
                + "roads were open. Tom Gray, a farmer, said the river had risen by a metre. The council said it would review the "
                + "warnings.");
        assertTrue(all.stream().noneMatch(c -> c.prompt().contains(".\u2019.\u201d")), all.toString());
    }
    @Test
    void aMinistrySpokeswomanIsNeverTheBodyNamedInHerOwnSentence() throws Exception {
        Facts facts = facts("Waiting list row\n\nThe National Audit Chamber said 412,000 patients were waiting. The health ministry "
                + "said the figure was 286,000. The audit chamber had counted people waiting only for a check-up, a ministry "
                + "spokeswoman said.");
        assertFalse(facts.knownSame("A ministry spokeswoman", "National Audit Chamber"));
        assertTrue(facts.knownSame("A ministry spokeswoman", "The health ministry"), facts.speakers.keySet().toString());
    }
}
