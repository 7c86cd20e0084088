package newsquiz.generate;

import static newsquiz.generate.InventedArticles.questions;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the teacher's review of the eval-blind42 quizzes showed at stop 43: the company's own spokesman offered as someone
 * whose claim the company rejected, messages circulating in a town asked about with "Who …?", and a claim the article
 * itself corrects ("It has not: …") asked as a plain True item.
 */
class ReviewFortyThreeTest {

    @Test
    void whoseClaimNeverOffersTheBodysOwnSpokesman() throws Exception {
        List<Candidate> all = questions(new DenialQuestions(), "Storm cuts power\n\nThe grid operator Fellmoor Power says 30,000 homes "
                + "are without power. A spokesman, Osric Pendleworth, said crews were out all night.\n\nThe town's mayor, Idony "
                + "Carrow, has accused Fellmoor Power of cutting its tree budget by half. The company rejected the claim, saying it "
                + "had spent more this year than last.\n\nThe police said two roads were shut. Ysolde Marr, a water company "
                + "director, said the water was safe to drink.");
        Candidate whose = all.stream().filter(c -> c.prompt().startsWith("Whose claim did")).findFirst()
                .orElseThrow(() -> new AssertionError(all.toString()));
        assertFalse(whose.distractors().contains("Osric Pendleworth"), whose.toString());
    }

    @Test
    void messagesCirculatingSomewhereAreAThingNotAPerson() {
        // Asked as "Which source does the article give for this claim?" among documents and posts, not "Who warned …?" among people.
        assertTrue(Facts.documentLike("Messages circulating in Skelhaven"));
        assertTrue(Facts.documentLike("A video posted on Sunday"));
        assertFalse(Facts.documentLike("A nurse posted to Skelhaven"));
    }

    @Test
    void aClaimTheArticleCorrectsIsNoPlainTrueItem() throws Exception {
        String text = "School fair goes ahead\n\nPosts on a parents' forum claimed that the school had cancelled the summer fair. "
                + "It has not: the fair goes ahead on 14 June.\n\nThe head teacher, Aldous Feyne, said 300 families were expected. "
                + "A parent, Ninian Crewe, said the raffle had raised money for new library books last year. The council said the "
                + "car park would be open all day. A local baker, Wynn Askew, said she would run the cake stall again.";
        List<Candidate> tf = questions(new TrueFalseNotGivenQuestions(), text);
        assertTrue(tf.stream().noneMatch(c -> c.prompt().contains("cancelled the summer fair")), tf.toString());
        List<Candidate> labelled = questions(new LabelledFalseQuestions(), text);
        assertTrue(labelled.stream().anyMatch(c -> c.key().toLowerCase(java.util.Locale.ROOT).contains("cancelled the summer fair")),
                labelled.toString());
    }

    @Test
    void thatAccountAfterASecondClaimIsNotTheFirst() throws Exception {
        // "… the service log, which Satterthwaite said recorded a sticking lock … She also told the court that engineers had
        // been told to skip safety checks …. Halvercombe's former head of safety … rejected that account."
        List<Candidate> all = questions(new DenialQuestions(),
                Files.readString(Path.of("src/test/resources/eval-blind42/halvercombe-lift-death-civil-court-report.txt")));
        assertTrue(all.stream().noneMatch(c -> c.prompt().contains("service log")), all.toString());
    }

    @Test
    void aCountSetRightInWordsByTheBodysBarristerAsksAboutTheClaimItAnswers() throws Exception {
        List<Candidate> all = questions(new DenialQuestions(), "Crane maker denies blame\n\nOpening the case, Ingeborg Stallard told "
                + "the court that the company had received four written warnings about the brake. Corvane Cranes denies that it was "
                + "negligent. Its barrister, Leopold Fairweather, said the company had received one letter about the brake, not "
                + "four, and had sent an engineer within a week.\n\nThe widow, Maren Holt, said she wanted answers. A union "
                + "official, Piers Dunmore, said crane drivers were worried.");
        assertTrue(all.stream().anyMatch(c -> c.key().equals("Leopold Fairweather") && c.prompt().contains("four written warnings")),
                all.toString());
    }
}
