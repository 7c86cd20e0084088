package newsquiz.generate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Defects the eval-blind14 review and quiz checks found, each on invented text: a claim by people who asked not to be
 * named that went unasked because of a "he" after the person it opens with, or a pronoun inside the words they quoted.
 */
class ReviewFourteenTest {
    @Test
    void aClaimFromPeopleWhoAskedNotToBeNamedIsAskedDespiteItsPronouns() throws Exception {
        List<Candidate> asked = InventedArticles.questions(new AnonymousSourceQuestions(), """
                Cheating row at chess open

                Stig Halvorsen, the top seed, lost to Tomas Vrana in round seven.

                The Harlow Chess Federation said it had received "no formal complaint" about the game.

                Two players who were in the hotel bar on Saturday night, and who asked not to be named, said Halvorsen had told several people he would "take it to the federation" if the organisers did nothing.

                Petra Lind, the chief arbiter, said the players had been searched before the round. Ilona Wexler, a statistician, said the accuracy was high but not outlandish.
                """);
        assertTrue(asked.stream().anyMatch(c -> c.fact().startsWith("anon:") && c.key().startsWith("Halvorsen had told several people he would")),
                asked.toString());
    }
}
