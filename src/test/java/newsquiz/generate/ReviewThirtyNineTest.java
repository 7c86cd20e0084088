package newsquiz.generate;

import static newsquiz.generate.InventedArticles.questions;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What eval-blind37 showed at stop 39, checked on invented text: a denial in positive words is asked about with the contested
 * claim just before it, which it answers; a rejection of "the study's central figure" is not pinned on a hedged remark that
 * happens to share a word; and a name with a clause and a participle phrase ("X, whose …, claiming …") is no claim to ask.
 */
class ReviewThirtyNineTest {

    /** Three more speakers on other matters: wrong answers enough for a question to pass the quality filter. */
    private static final String OTHER_SPEAKERS = """
            Organiser Lettice Pym said the summer fete raised 3,412 pounds for new swings on the green.
            The union's dairy chair, Tiberius Attwater, said the price cut would cost an average herd 27,000 pounds a year.
            The county's libraries manager, Barnaby Quist, said the library had reopened with its usual hours.
            """;

    /** An article of the eval sets, as the family reads it: the cases below come from there. */
    private static String evalArticle(String path) throws java.io.IOException {
        return java.nio.file.Files.readString(java.nio.file.Path.of("src/test/resources", path));
    }

    private static List<Candidate> denials(String text) throws Exception {
        return questions(new DenialQuestions(), text);
    }

    @Test
    void aPositiveAnswerIsAskedWithTheContestedClaimItAnswers() throws Exception {
        List<Candidate> all = denials("""
                Study row

                A column in a national newspaper on Monday said the survey had been funded by Brisket Foods, which makes sausages.
                Professor Ilse Varga said the survey was paid for entirely by a council grant of 40,000 pounds.
                A member of the team, speaking on condition of anonymity, said junior staff had reportedly asked for the results to be checked again.
                A university spokeswoman said every result had been checked twice by a statistician outside the team.
                The council's leader, Amos Trell, said the grant would be renewed next year.
                Organiser Lettice Pym said the summer fete raised 3,412 pounds for new swings on the green.
                """);
        assertTrue(all.stream().anyMatch(c -> c.key().equals("Ilse Varga") && c.prompt().contains("funded by Brisket Foods")), all.toString());
        assertTrue(all.stream().anyMatch(c -> c.key().equals("A university spokeswoman") && c.prompt().contains("checked again")),
                all.toString());
    }

    @Test
    void aConcessionsOrNotIsNoNegationAndFarmsAreAFarm() throws Exception {
        List<Candidate> all = denials("""
                Milk round

                A tanker driver, who asked not to be named, said drivers had reportedly been asked to skip the smallest farms on icy days.
                The transport manager, Yannick Moxham, said every farm on the round had been collected on every day this winter, ice or not.
                """ + OTHER_SPEAKERS);
        assertTrue(all.stream().anyMatch(c -> c.key().equals("Yannick Moxham") && c.prompt().contains("skip the smallest farms")),
                all.toString());
    }

    @Test
    void aFigureTakenUpTiesTheAnswerToTheClaim() throws Exception {
        List<Candidate> all = denials("""
                Swim study

                Dr Ephraim Throssell also claimed that 17 swimmers who dropped out had been left out of the results to flatter the findings.
                Professor Hortense Scantlebury said all 17 were included in the main analysis and were listed in the paper's second table.
                """ + OTHER_SPEAKERS);
        assertTrue(all.stream().anyMatch(c -> c.key().equals("Hortense Scantlebury") && c.prompt().contains("17 swimmers")), all.toString());
    }

    @Test
    void aRejectedFigureIsNotAHedgedRemarkThatSharesAWord() throws Exception {
        // The eval article itself: its heading and paragraphs put the hedged remark just before the rejection.
        List<Candidate> all = denials(evalArticle("eval-blind3/carrow-heatwave-deaths-study.txt"));
        assertTrue(all.stream().noneMatch(c -> c.prompt().contains("higher still") || c.key().contains("higher still")), all.toString());
    }

    @Test
    void halfABracketIsNoDescriptionInAnExplanation() throws Exception {
        // The eval article itself, whose "(UK) National Rail Enquires" gave the description "the UK)".
        List<Candidate> all = questions(new AttributionQuestions(), evalArticle("eval/wikinews-20070223-train.txt"));
        assertTrue(all.stream().anyMatch(c -> c.explanation().contains("So it was National Rail Enquires")), all.toString());
        assertTrue(all.stream().noneMatch(c -> c.explanation().contains("Enquires, the UK)")), all.toString());
    }

    @Test
    void aVerdictOnAThreadYieldsToTheClaimItAnswers() throws Exception {
        List<Candidate> all = denials(evalArticle("eval-blind37/hearthwell-boiler-cover-consumer-watchdog.txt"));
        int which = all.stream().filter(c -> c.prompt().startsWith("Which claim did Augustin Penrice")).mapToInt(Candidate::priority).max().orElse(-1);
        int who = all.stream().filter(c -> c.prompt().contains("the thread was")).mapToInt(Candidate::priority).max().orElse(-1);
        assertTrue(which > who, all.toString());
    }

    @Test
    void aNameWithAClauseAndAParticipleIsNoClaim() {
        assertTrue(ClauseCheck.nameThenParticiple("Colridge Dyeworks, whose outfall is a mile upstream, claiming it had dumped dye into the river"));
        assertTrue(!ClauseCheck.nameThenParticiple("Colridge Dyeworks, whose outfall is a mile upstream, had dumped dye into the river"));
    }
}
