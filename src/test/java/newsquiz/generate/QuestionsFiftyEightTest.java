package newsquiz.generate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What eval-blind72 and 73 showed at stop 58, in invented text:
 * <ul>
 * <li>"Orrin Reed protested that every bundle it sold was cut from beds left to grow for two winters", after a survey's claim
 * about imported reed and, before that, a chair's plan to test reed: the "reed" of the importer's name does not make the plan
 * a claim about the importer, and with the survey's claim about it later, the plan is no key for "Which claim did Orrin
 * Reed deny?" (a wrong key at eval-blind73's thatchers article).</li>
 * </ul>
 */
class QuestionsFiftyEightTest {

    @Test
    void anOlderClaimIsNoKeyWhenALaterOneIsAboutTheDenierToo() throws Exception {
        List<Candidate> all = new DenialQuestions().propose(InventedArticles.facts("Reed\n\nRoofs thatched with imported reed "
                + "are wearing out in as little as 15 years, a survey by the Orrin Thatchers' Guild has found.\n\nThe association's "
                + "chair, Ada Vallin, told the radio programme Rural Week that the association would pay for independent tests on "
                + "reed from each of its members' suppliers this summer.\n\nThe survey also said much of the imported reed was cut "
                + "after a single season's growth. Orrin Reed, the largest importer, protested that every bundle it sold was cut "
                + "from beds left to grow for at least two winters."));
        assertTrue(all.stream().noneMatch(c -> c.prompt().contains("Orrin Reed deny") && c.key().contains("independent tests")),
                all.toString());
    }
}
