package newsquiz.generate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import newsquiz.quiz.Choice;
import newsquiz.quiz.Question;
import newsquiz.quiz.Quiz;
import newsquiz.testing.Models;
import org.junit.jupiter.api.Test;

/**
 * One item giving away another, the most frequent defect in the teachers' reviews of stop 59 (8 of 19 rejections in
 * eval-blind77): "Besides Wolcot Mawer, who denied the report that …?" beside "Who denied the report that …?" with Mawer for
 * its key, and "How did … describe the report that …?" beside "Who denied the claim that …?" on the same denial. Then wrong
 * keys from the reviews of eval-blind78 (kellingstow q07): a verdict that names the story it answers ("the pay-cut story did
 * not bear scrutiny: …") answers the claim of that story, not the claimant's last words;
 * and "Which claim did both X and Y deny?" is not asked when another's claim comes between the two denials, which the second
 * answers (marrowdene q05); and a verdict on "that figure" whose figure claim cannot be shown answers no other claim
 * (aldwinter q04); and a claim the denier takes up in the very next sentence of its paragraph, without a word of denial
 * ("both librarians would keep their jobs"), is no wrong answer to "Which claim did the council deny?" (glasswick q07; these
 * tested on those articles). A stem asking about a claim whose subject is a bare count ("Who said that at least 15 had gone
 * since October?", kellingstow q06: 15 of what?) is not asked. The rest on invented names.
 */
class QuizSixtyTest {

    private static final String FERRY = "Ferry service to end in October\n\n"
            + "The ferry between Quillan and Brackenholm will make its last crossing on October 31, the company that runs it said "
            + "on Monday.\n\n"
            + "Isolde Tarrant, who chairs the Quillan traders' group, said the ferry had been sold to a property developer who "
            + "wanted the slipway for flats. Dorcas Vellacott, who runs the ferry company, called that untrue, saying the boat "
            + "would go to a museum in Harwick. Fennick Homes, the only developer with land near the slipway, said it had never "
            + "made an offer for the ferry or for the slipway.\n\n"
            + "A deckhand, who asked not to be named, told the Quillan Herald that the engine had failed twice in August.\n\n"
            + "Councillor Aldous Pengelly said the company had been paid 40,000 crowns a year by the council to keep the crossing "
            + "open. Vellacott described that claim as a fiction, saying the council had paid nothing since 2029. The council said "
            + "its own accounts showed the last payment was made in March 2029.\n\n"
            + "The ferry carried about 11,000 passengers last year, down from 19,000 in 2025, according to the company's figures. "
            + "Vellacott said fuel costs had doubled in two years. A post on the Quillan Chat page claimed the ferry would be "
            + "scrapped. That is not true: the boat has been sold for 60,000 crowns.";

    @Test
    void noQuestionNamesAnotherQuestionsAnswerBesideItsClaim() throws Exception {
        var article = Models.reader().parse("a.txt", FERRY.getBytes(StandardCharsets.UTF_8));
        Quiz quiz = new QuizGenerator().generate(Models.analyzer().analyze(article), "t", "a.txt", "0");
        List<String> leaks = new ArrayList<>();
        for (Question asked : quiz.questions()) {
            if (!asked.prompt().startsWith("Who ")) {
                continue;
            }
            String key = asked.choices().stream().filter(Choice::correct).map(Choice::text).findFirst().orElseThrow();
            String claim = asked.prompt().replaceFirst("^Who \\S+ the \\S+ that ", "").replaceFirst("\\?$", "");
            for (Question other : quiz.questions()) {
                if (other != asked && other.prompt().contains(key) && other.prompt().contains(claim)) {
                    leaks.add(other.id() + " gives away " + asked.id() + ": " + other.prompt());
                }
            }
        }
        assertTrue(leaks.isEmpty(), leaks + "\n" + quiz.questions().stream().map(q -> q.id() + " " + q.prompt()).toList());
    }

    @Test
    void aVerdictNamingTheStoryAnswersThatStory() throws Exception {
        String text = new String(QuizSixtyTest.class.getResourceAsStream(
                "/eval-blind78/kellingstow-court-interpreter-shortage-adjournments.txt").readAllBytes(), StandardCharsets.UTF_8);
        List<Candidate> all = new DenialQuestions().propose(InventedArticles.facts(text));
        java.util.function.Predicate<Candidate> lingofield = c -> (c.prompt() + " " + c.key()).contains("Lingofield Interpreting");
        assertTrue(all.stream().noneMatch(c -> lingofield.test(c) && (c.prompt() + " " + c.key()).contains("15 had gone")), all.toString());
        assertTrue(all.stream().anyMatch(c -> lingofield.test(c) && (c.prompt() + " " + c.key()).contains("cut their fees")), all.toString());
    }

    @Test
    void noJointDenialAcrossAnotherClaim() throws Exception {
        List<Candidate> all = new JointDenialQuestions().propose(InventedArticles.facts(article(
                "/eval-blind79/marrowdene-village-hall-winter-closure.txt")));
        assertTrue(all.stream().noneMatch(c -> c.prompt().contains("Tibbitts") && c.prompt().contains("Sturtridge")), all.toString());
    }

    private static String article(String resource) throws java.io.IOException {
        return new String(QuizSixtyTest.class.getResourceAsStream(resource).readAllBytes(), StandardCharsets.UTF_8);
    }

    @Test
    void aVerdictOnAFigureAnswersNoClaimWithoutOne() throws Exception {
        List<Candidate> all = new DenialQuestions().propose(InventedArticles.facts(article(
                "/eval-blind78/aldwinter-fire-engine-night-cover-on-call-crews.txt")));
        assertTrue(all.stream().noneMatch(c -> c.prompt().startsWith("Which report did Cressingfold Fire and Rescue Service deny")
                && c.key().contains("recruits")), all.toString());
    }

    @Test
    void aClaimTheDenierAnsweredNextIsNoWrongAnswer() throws Exception {
        String text = article("/eval-blind78/glasswick-library-staffless-opening-days.txt");
        Facts facts = InventedArticles.facts(text);
        List<Candidate> all = new DenialQuestions().propose(facts).stream().filter(c -> QualityFilter.check(c, facts).isPresent()).toList();
        assertTrue(all.stream().noneMatch(c -> c.prompt().startsWith("Which claim did Hawkesmere District Council deny")
                && c.distractors().stream().anyMatch(x -> x.contains("redundant"))), all.toString());
    }

    @Test
    void aClaimWithABareCountForItsSubjectIsNotAsked() {
        assertTrue(Readable.stemProblem("Who said that at least 15 had gone since October?").isPresent());
        assertTrue(Readable.stemProblem("Who said that at least 15 interpreters had gone since October?").isEmpty());
    }
}
