package newsquiz.generate;

import static newsquiz.generate.InventedArticles.questions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What eval-blind40 showed at stop 41: "denied this" after a claim and a quotation bearing it out denies the claim, and the
 * words it denies are never shown as the denier's own; each sentence of the evidence is quoted once.
 */
class ReviewFortyOneTest {

    /** The eval article itself: residents' chlorine claim, a resident's quotation, then "Haverlund Chemicals denied this". */
    private static final String CHLORINE = "eval-blind40/kessingby-plant-fire-wikinews-report.txt";

    private static List<Candidate> denialQuestions() throws Exception {
        return questions(new DenialQuestions(), java.nio.file.Files.readString(java.nio.file.Path.of("src/test/resources", CHLORINE)));
    }

    @Test
    void aDenialOfThisAfterAClaimAndAQuotationAsksForTheClaim() throws Exception {
        List<Candidate> all = denialQuestions();
        assertTrue(all.stream().anyMatch(c -> c.prompt().equals("Which claim did Haverlund Chemicals deny?")
                && c.key().equals("The smoke contained chlorine")), all.toString());
    }

    @Test
    void anothersWordsAreNeverShownAsTheDeniersOwn() throws Exception {
        List<Candidate> all = denialQuestions();
        assertTrue(all.stream().noneMatch(c -> c.prompt().startsWith("Whose denial is this") && c.prompt().contains("poison cloud")),
                all.toString());
    }

    @Test
    void eachSentenceOfTheEvidenceIsQuotedOnce() throws Exception {
        List<Candidate> all = denialQuestions();
        Candidate which = all.stream().filter(c -> c.prompt().equals("Which claim did Haverlund Chemicals deny?")).findFirst().orElseThrow();
        String explanation = which.explanation();
        assertEquals(explanation.indexOf("Some residents said"), explanation.lastIndexOf("Some residents said"), explanation);
        assertEquals(which.sentences().stream().distinct().count(), which.sentences().size(), which.sentences().toString());
    }

    @Test
    void anOrderQuotedIsNeverAskedAsAThatClause() throws Exception {
        // The eval article itself: "Who rejected the criticism that give the old drug at half strength and anything will look
        // good next to it?" was asked.
        List<Candidate> all = questions(new DenialQuestions(), java.nio.file.Files.readString(java.nio.file.Path.of("src/test/resources",
                "eval-blind40/velmitra-heart-trial-medical-news-agency.txt")));
        assertTrue(all.stream().noneMatch(c -> c.prompt().contains("that give the old drug")), all.toString());
    }

    @Test
    void anAgencyAnsweringTheSameClaimNextIsASecondParty() throws Exception {
        List<Candidate> all = denialQuestions();
        assertTrue(all.stream().anyMatch(c -> c.prompt().equals("Besides Haverlund Chemicals, who denied the report that the smoke "
                + "contained chlorine?") && c.key().equals("The provincial environment agency")), all.toString());
    }

    @Test
    void theBodysOwnSpokeswomanIsNoSecondParty() throws Exception {
        // eval-holdout: "Osmeria's foreign ministry dismissed the accusation … ministry spokeswoman Lejla Morav-Anand told a
        // briefing" once gave "Besides Osmeria's foreign ministry, who denied …?" with the spokeswoman for its key.
        List<Candidate> all = questions(new DenialQuestions(), java.nio.file.Files.readString(java.nio.file.Path.of("src/test/resources",
                "eval-holdout/vardania-osmeria-drone-row.txt")));
        assertTrue(all.stream().noneMatch(c -> c.prompt().startsWith("Besides Osmeria's foreign ministry")), all.toString());
    }

    @Test
    void whereAClaimFirstCameFromIsNoPartOfWhatWasDenied() throws Exception {
        // The eval article itself: "denied that it had agreed to let a foreign military build a radar station near its eastern
        // border, a claim first carried by Koldaria's state-run news agency" was asked nowhere, its last words too long to ask.
        List<Candidate> all = questions(new DenialTrueFalseQuestions(), java.nio.file.Files.readString(java.nio.file.Path.of(
                "src/test/resources", "eval-blind40/tervania-radar-claim-foreign-affairs-wire.txt")));
        assertTrue(all.stream().anyMatch(c -> c.prompt().endsWith("According to Tervania's foreign ministry, it had agreed to let a "
                + "foreign military build a radar station near its eastern border.") && c.key().equals("False")), all.toString());
    }

    private static List<Candidate> denialQuestionsOf(String path) throws Exception {
        return questions(new DenialQuestions(), java.nio.file.Files.readString(java.nio.file.Path.of("src/test/resources", path)));
    }

    @Test
    void anAnswerTakesUpTheClaimBeforeTheClaimantsOwnVerdict() throws Exception {
        // The eval article itself: the researcher's finding, then her verdict on the blog post ("careful spin"), then the
        // spokesperson's "the numbers in that file were payment tokens".
        List<Candidate> all = denialQuestionsOf("eval-blind40/hopsack-ransomware-leak-tech-news-site.txt");
        assertTrue(all.stream().anyMatch(c -> c.prompt().startsWith("Who denied the report that Wynfrith Valcourt-Hale found at "
                + "least 18,000 sixteen-digit card numbers") && c.key().equals("A Hopsack spokesperson")), all.toString());
    }

    @Test
    void aDescriptionAfterTheNameInAQuestionClosesWithAComma() throws Exception {
        List<Candidate> all = questions(new DenialQuestions(), "Hoard row\n\nDigTalk, an online forum for hobbyists, published a "
                + "post on 2 April claiming that the pennies had been bought abroad and buried a few weeks before they were found. "
                + "Dr Ada Lund, keeper of coins at Ebbworth Museum, said the pennies came from four mints of a single reign. A "
                + "coroner will decide in September whether the pennies count as treasure, Dr Mara Quill said. The finder, Tom Reed, "
                + "said he had reported the find within two weeks.\n");
        assertTrue(all.stream().anyMatch(c -> c.prompt().equals(
                "Which claim did Dr Ada Lund, keeper of coins at Ebbworth Museum, deny?")), all.toString());
    }

    @Test
    void aClaimTwoSentencesBackIsNotAnsweredAcrossAnotherSpeaker() throws Exception {
        // eval-blind29: with the claim two sentences back and another speaker in between, the opposition leader's account was
        // once keyed as the denial of "the closure had been agreed in private", which the Leader of the Council rejected.
        List<Candidate> all = denialQuestionsOf("eval-blind29/ormsby-sands-pier-cabinet-decision-notice.txt");
        assertTrue(all.stream().noneMatch(c -> c.prompt().contains("agreed in private") && c.key().contains("Goodliffe")),
                all.toString());
    }
}
