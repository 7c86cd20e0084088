package newsquiz.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import newsquiz.analysis.Stance;
import org.junit.jupiter.api.Test;

/**
 * What the reviews of eval-blind62 and 63 showed at stop 53, in invented text. Each test gives one rule:
 * <ul>
 * <li>"contradicted the council's count" answers the council's claim that a survey counted the lorries, not its later word
 * that the figure had risen from an older one.</li>
 * <li>"Who denied the report that …?" offers no body whose own manager denied the same figure as a wrong answer.</li>
 * </ul>
 */
class QuestionsFiftyThreeTest {

    private static final String LORRIES = "Lorry ban\n\nThe county council said a survey in March had counted an average of 280 "
            + "heavy lorries a day through the village. It said the figure had risen from 170 a day in 2031.\n\nBraxton Quarry said "
            + "the ban would add 12 miles to every trip. The quarry also contradicted the council's count, saying its own "
            + "weighbridge records showed about 120 lorries a day leaving the site.";

    @Test
    void theCountIsTheClaimThatCountedNotTheLaterFigure() throws Exception {
        Facts facts = InventedArticles.facts(LORRIES);
        Statement denial = facts.statements.stream().filter(s -> s.claim().contains("council's count")).findFirst().orElseThrow();
        Statement answered = Referents.earlierClaim(facts, denial, "claim");
        assertNotNull(answered, facts.statements.toString());
        assertTrue(answered.claim().contains("had counted an average of 280"), answered.claim());
        List<Candidate> all = new DenialQuestions().propose(facts);
        assertTrue(all.stream().noneMatch(c -> c.prompt().contains("risen from 170")), all.toString());
    }

    private static final String NIGHT_BUSES = "Night buses\n\nThe transport authority said the routes would stop running in June. "
            + "\n\nThe Night Workers' Alliance said the buses carried about 30 passengers a trip. Its coordinator, Bryn Tallow, said "
            + "about 900 people a night would have to walk.\n\nThe authority countered that its ticket data showed an average of "
            + "nine passengers a trip last year, not 30.\n\n\"Thirty is a Friday-night figure for one bus, not an average,\" said "
            + "Harlow Buses' operations manager, Yestin Morrow.\n\nThe Transport Workers' Union said drivers would lose their night "
            + "allowances. Harlow Buses said the union had its facts wrong: the allowances were fixed by a national agreement.";

    @Test
    void aBodyWhoseManagerDeniedTheFigureIsNoWrongAnswerToWhoDeniedIt() throws Exception {
        Facts facts = InventedArticles.facts(NIGHT_BUSES);
        assertEquals(Stance.DENY, facts.statements.stream().filter(s -> s.claim().startsWith("Thirty is")).findFirst().orElseThrow()
                .attribution().stance());
        List<Candidate> all = new DenialQuestions().propose(facts);
        assertTrue(all.stream().filter(c -> c.prompt().contains("30 passengers"))
                .noneMatch(c -> c.distractors().stream().anyMatch(w -> w.contains("Harlow Buses"))), all.toString());
    }
}
