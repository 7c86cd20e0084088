package newsquiz.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import newsquiz.analysis.Stance;
import org.junit.jupiter.api.Test;

/**
 * What the reviews of eval-blind58 and 59 showed at stop 51, in invented text. Each test gives one rule:
 * <ul>
 * <li>"the union's warning" is what the union's branch secretary ("Its branch secretary") warned of, and the reason given
 * with the rejection ("the salt from the ship …") does not hand it to the firm whose ship it was.</li>
 * <li>In "called it “the fair's annual ghost story”" the "it" is what was labelled, never the body that labelled it.</li>
 * <li>A number's gap sentence is cut at a comma near its end, or shown whole when little is left, never on a word that
 * leaves the phrase open ("to put back the …").</li>
 * <li>"contested the number, saying … had found 410 children waiting in April, not 640" answers the group's 640, both as a
 * verdict on "the number" and as a correction; and "Who rejected the number?" names nothing and is never asked.</li>
 * </ul>
 */
class QuestionsFiftyOneTest {

    private static final String SALT = "Salt runs low\n\nThe Dunmere branch of the Road Crews' Union said the council had bought "
            + "only 6,000 tonnes of salt last summer in order to save money. Its branch secretary, Wilma Pocklington, said the "
            + "saving had been \"a gamble with people's lives\".\n\nThe council said it had ordered 11,500 tonnes in July, not "
            + "6,000. Tarnford Minerals said the last 1,700 tonnes had spent nine days at sea. According to Tarnford, the ship "
            + "finally docked late on Tuesday night.\n\n\"At this rate the barns will be bare by Friday,\" Pocklington told the "
            + "radio station Dunmere Sound. The council's highways director, Ulric Skelton, played down the union's warning, "
            + "saying the salt from the ship would reach the depots by Thursday.";

    @Test
    void theUnionsWarningIsWhatItsSecretaryWarnedOf() throws Exception {
        Facts facts = InventedArticles.facts(SALT);
        Statement verdict = facts.statements.stream().filter(s -> s.attribution().stance() == Stance.DENY
                && s.claim().contains("warning")).findFirst().orElseThrow();
        Statement answered = DenialQuestions.answeredBy(facts, verdict).orElse(null);
        assertNotNull(answered, facts.statements.toString());
        assertTrue(answered.claim().contains("bare by Friday"), answered.toString());
    }

    private static final String FAIR = "Toy fair\n\nA figure circulating in an exhibitors' WhatsApp group on Tuesday claimed that "
            + "attendance was down 20 per cent on last year. The organisers, Ardwell Exhibitions, called it \"the fair's annual "
            + "ghost story\". Its own count put day-one footfall at 14,200 trade visitors.";

    @Test
    void theItThatIsLabelledIsNotTheLabeller() throws Exception {
        Facts facts = InventedArticles.facts(FAIR);
        Statement label = facts.statements.stream().filter(s -> s.claim().contains("ghost story")).findFirst().orElseThrow();
        assertTrue(label.claim().startsWith("It "), label.claim());
    }

    @Test
    void aGapSentenceEndsWhereAPhraseDoes() {
        assertEquals("The council's cabinet voted on Tuesday to take out the ____-kilometre lane and its kerbs …",
                NumberQuestions.gap("The council's cabinet voted on Tuesday to take out the 1.8-kilometre lane and its kerbs and to "
                        + "put back the parking bays that were removed in 2032.", "1.8"));
        assertEquals("Of the ____ people who responded to the consultation, 1,704 wanted the lane kept …",
                NumberQuestions.gap("Of the 3,112 people who responded to the consultation, 1,704 wanted the lane kept, according to "
                        + "the council's consultation report.", "3,112"));
        assertEquals("\u2026 under plans to be discussed by the district council on ____, after residents "
                + "complained about noise late at night.", NumberQuestions.gap("The park could close at 7pm under plans to be "
                + "discussed by the district council on July 20, after residents complained about noise late at night.", "July 20"));
    }

    private static final String NURSERY = "Nursery places\n\nThe parents' group Ashby Parents for Places said 640 children were on "
            + "nursery waiting lists in the town. Its founder, Letty Irving, said parents were \"being asked to choose between a job "
            + "and a child\".\n\nThe council contested the number, saying its own survey of every nursery in Ashby had found 410 "
            + "children waiting in April, not 640.";

    @Test
    void theNumberContestedIsTheFigureGiven() throws Exception {
        Facts facts = InventedArticles.facts(NURSERY);
        List<Statement> denials = facts.statements.stream().filter(s -> s.attribution().stance() == Stance.DENY).toList();
        assertEquals(2, denials.size(), facts.statements.toString());
        for (Statement d : denials) {
            Statement answered = DenialQuestions.answeredBy(facts, d).orElse(null);
            assertNotNull(answered, d.toString());
            assertTrue(answered.claim().contains("640 children"), answered.toString());
        }
        assertTrue(new DenialQuestions().propose(facts).stream().noneMatch(c -> c.prompt().equals("Who rejected the number?")));
    }
}
