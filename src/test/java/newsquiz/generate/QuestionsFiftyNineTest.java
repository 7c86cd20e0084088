package newsquiz.generate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A rebuttal that answers the claim just before without naming it, found at stop 59 in the quizzes of eval-blind74 and 75,
 * where "Which claim did … deny?" was missing for most denials, on invented names:
 * <ul>
 * <li>"The district council said its books told a different tale: the grant had been paid in full in February": a short verdict and,
 * after a colon, the other version answer the one claim just before, a named person's, though nothing marks it as contested.</li>
 * <li>"The manager gave the lie to that, saying …": the words before the reason point back at the claim just before.</li>
 * <li>"said the group had slipped a digit: …" after a log's figure: the verdict names whose claim it answers, so the log's
 * figure just before is no key (a wrong key at eval-blind75's cheese-race article while this was written).</li>
 * <li>"denied that its supply had broken the limit at any point in that period, saying …": "that period" is no pointer, and
 * the reason goes with the speaker's own denial (a wrong key at eval-blind32's nitrate article while this was written).</li>
 * <li>"… a paid collection run by a private firm. She said the firm was Vardon Glass": "the firm" takes up the firm just brought
 * in, not the charity the speaker runs (review77 northallow q03, "Rethread was Vardon Glass Recovery", a wrong key).</li>
 * <li>A quotation straight after an unnamed insider's claim, taking up its words, answers it ("would run only at weekends" /
 * "It will run every day from June to September").</li>
 * <li>"A post called the 52,000gns 'the highest price ever paid'": a thing and its label are no claim to ask "Who denied the
 * claim that …?" or "Which claim …?" about; and "It was not: …" is no "The association was not: …".</li>
 * <li>"The council said the charity had jumped the gun: …": the verdict names whose claim it answers, the charity's, given by
 * its chief executive two sentences before, not the last thing said.</li>
 * </ul>
 */
class QuestionsFiftyNineTest {

    private static final String CATS = "Cat rescue\n\n"
            + "A cat rescue centre at Orrin has stopped taking in cats for six weeks after cat flu broke out among 14 of the 62 "
            + "animals in its care, the charity that runs it said on Thursday.\n\n"
            + "Ivo Stallwood, a former volunteer, said the flu had come in with 23 cats taken from a house on Brook Lane in "
            + "September. The centre's manager, Ada Treglown, gave the lie to that, saying every cat from the house had spent 14 "
            + "days in the isolation pens before it went near the others.\n\n"
            + "A member of staff, who asked not to be named, told the Orrin Advertiser that two cats had died of the flu.\n\n"
            + "The charity's chair, Rhona Quill, said the grant for stray cats had stopped in January, leaving the centre "
            + "9,600 crowns short. The district council said its books told a different tale: the grant of 9,600 "
            + "crowns had been paid in full in February. Quill told Radio Orrin the charity would go back through its bank "
            + "statements.\n\n"
            + "A message in the chat group Orrin Pets claimed the centre would put down every cat with the flu. Another "
            + "post claimed the centre's vet had left in the summer.";

    @Test
    void aVerdictAndItsReasonAfterAColonAnswerTheClaimJustBefore() throws Exception {
        List<Candidate> all = new DenialQuestions().propose(InventedArticles.facts(CATS));
        assertTrue(all.stream().anyMatch(c -> (c.prompt() + " " + c.key()).contains("the grant for stray cats had stopped in January")
                && (c.prompt() + " " + c.key()).toLowerCase(java.util.Locale.ROOT).contains("council")), all.toString());
    }

    @Test
    void wordsPointingBackBeforeSayingAnswerTheClaimJustBefore() throws Exception {
        List<Candidate> all = new DenialQuestions().propose(InventedArticles.facts(CATS));
        assertTrue(all.stream().anyMatch(c -> (c.prompt() + " " + c.key()).contains("23 cats taken from a house")
                && (c.prompt() + " " + c.key()).contains("Ada Treglown")), all.toString());
    }

    @Test
    void aVerdictNamingTheClaimantIsNotOnTheClaimJustBefore() throws Exception {
        List<Candidate> all = new DenialQuestions().propose(InventedArticles.facts("Cheese race\n\n"
                + "The cheese race on Orrin Hill will not be run this year because no ambulance crew could be found to cover "
                + "it, its organisers said on Sunday.\n\n"
                + "The county's safety advisory group wrote that the race drew more than 6,000 spectators. According to the "
                + "ambulance service's own log, eleven people were treated at the foot of the hill last year. The race "
                + "committee's chair, Ivo Oakes, said the group had slipped a digit: the gate count in 2031 was 630.\n\n"
                + "A steward, who asked not to be named, told the Orrin Crier that the cheesemaker had refused to make this "
                + "year's cheese."));
        assertTrue(all.stream().noneMatch(c -> c.focus().equals("denial") && c.key().contains("Eleven people were treated")),
                all.toString());
    }

    @Test
    void aDemonstrativeInAPhraseOfTimeIsNoPointer() throws Exception {
        List<Candidate> all = new DenialQuestions().propose(InventedArticles.facts("Nitrate\n\n"
                + "Tap water in Orrin carried more nitrate than the legal limit for much of last spring, according to a study "
                + "published on Monday.\n\n"
                + "Its lead author, Dr Ada Hushby of Orrin University, said her team had collected 412 samples from 38 homes over "
                + "six months. Orrin Water denied that its supply had broken the limit at any point in that period, saying its "
                + "own tests at the treatment works never found more than 42 milligrams per litre.\n\n"
                + "A farmer, who asked not to be named, told the Orrin Post that the fields had been spread with slurry in March."));
        assertTrue(all.stream().noneMatch(c -> (c.prompt() + " " + c.key()).contains("412 samples")), all.toString());
    }

    @Test
    void theFirmJustBroughtInIsNotTheSpeakersOwnBody() throws Exception {
        Facts facts = InventedArticles.facts("Clothing banks\n\n"
                + "Clothing banks will be removed from 48 car parks in Orrin, the city council said on Tuesday.\n\n"
                + "The banks are emptied by the charity Rethrow, which sells what it collects.\n\n"
                + "Rethrow's chief executive, Ada Mull, said the council wanted the banks gone so that it could bring in a paid "
                + "doorstep collection run by a private firm. She said the firm was Varden Glass, which already collects bottles "
                + "for the city.");
        assertTrue(facts.statements.stream().noneMatch(s -> s.claim().contains("Rethrow was Varden")),
                facts.statements.stream().map(Statement::claim).toList().toString());
    }

    @Test
    void aQuoteStraightAfterAnUnnamedInsidersClaimAnswersIt() throws Exception {
        List<Candidate> all = new DenialQuestions().propose(InventedArticles.facts("Splash pad\n\n"
                + "The paddling pool in Orrin Park will be replaced by a splash pad, the town council said on Monday.\n\n"
                + "The Friends of Orrin Park said the whole park was to be sold for housing. A post on the page Orrin Chat claimed "
                + "the pool had been poisoned.\n\n"
                + "A park attendant, who asked not to be named, told the Orrin Post that the splash pad would run only at "
                + "weekends. \"It will run every day from June to September, ten until six,\" said Councillor Ada Kilby, who leads "
                + "on parks.\n\nIvo Arrow, who chairs the Friends, said the splash pad would cost the town 250,000 crowns."));
        assertTrue(all.stream().anyMatch(c -> (c.prompt() + " " + c.key()).contains("would run only at weekends")
                && (c.prompt() + " " + c.key()).contains("Ada Kilby")), all.toString());
    }

    @Test
    void aThingAndItsLabelAreNoClaimToAskAbout() throws Exception {
        List<Candidate> all = new DenialQuestions().propose(InventedArticles.facts("Record\n\n"
                + "A tup sold at Orrin mart on Saturday for 52,000gns, the mart said.\n\n"
                + "A post shared on Facebook on Sunday called the 52,000gns 'the highest price ever paid for a Swaledale'. The "
                + "breeders' association said it was not: the breed record, 61,000gns, was set at Garsby in 2021.\n\n"
                + "A breeder at the ringside, who asked not to be named, said the tup had been sold twice."));
        assertTrue(all.stream().noneMatch(c -> (c.prompt() + " " + c.key()).contains("52,000gns 'the highest price")
                || c.key().startsWith("The association was not")), all.toString());
    }

    @Test
    void aVerdictNamingTheClaimantAnswersThatClaimantsClaim() throws Exception {
        List<Candidate> all = new DenialQuestions().propose(InventedArticles.facts("Clothing banks\n\n"
                + "Clothing banks will be removed from 48 car parks in Orrin, the city council said on Tuesday.\n\n"
                + "The banks are emptied by the charity Rethrow, which sells what it collects. It said the banks had taken in 380 "
                + "tonnes last year.\n\n"
                + "Rethrow's chief executive, Ada Mull, said the council wanted the banks gone so that it could bring in a paid "
                + "doorstep collection run by a private firm. The Orrin Residents' Forum said clothes from the banks were being "
                + "burned at the city's waste plant. The council said the charity had jumped the gun: no contract for collecting "
                + "clothes had been put out to tender.\n\nA driver who empties the banks, who asked not to be named, told the "
                + "Orrin Post that most of the clothes were shipped abroad."));
        assertTrue(all.stream().anyMatch(c -> c.key().contains("the banks gone") || c.prompt().contains("the banks gone")),
                all.toString());
        assertTrue(all.stream().noneMatch(c -> c.prompt().contains("council") && c.key().contains("burned")), all.toString());
    }
}
