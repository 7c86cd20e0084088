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
        Candidate whose = all.stream().filter(c -> c.prompt().equals("Whose report did the health ministry reject?")).findFirst()
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
}
