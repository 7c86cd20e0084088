package newsquiz.generate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Defects the eval-blind12 review found, each on invented text: pronouns a choice cannot resolve, "The" before an owner
 * of several words, results offered as a speaker, a denial stem with no object or a stray "too", and a verdict pinned on
 * the denial that it backs.
 */
class ReviewTwelveTest {
    @Test
    void aChoiceWhosePronounsPointNowhereIsUnreadable() {
        assertTrue(Readable.choiceProblem("Officers had waved her on to the moor at about 7pm").isPresent());
        assertTrue(Readable.choiceProblem("For a child on a beach, that could be the difference between a tan and a burn").isPresent());
        assertTrue(Readable.choiceProblem("Witness C could not remember which Saturday that was").isPresent());
        assertFalse(Readable.choiceProblem("An officer had waved the driver on before she closed the road at 9pm").isPresent());
        assertFalse(Readable.choiceProblem("The road would reopen on Monday once the snow had cleared").isPresent());
    }

    @Test
    void resultsAreNoSpeaker() {
        assertTrue(Facts.documentLike("Results from the laboratory"));
    }

    @Test
    void anOwnerOfSeveralWordsTakesNoArticle() throws Exception {
        List<Candidate> asked = InventedArticles.questions(new AnonymousSourceQuestions(), """
                Inquest hears of broken alarm

                A marshal, who asked not to be named, said the alarm had been switched off for weeks.

                Bounce Zone Leisure's chief executive, Tom Reade, said the alarm was tested every Monday.

                Mr Carter's sister, Jo Carter, said the family wanted answers.

                Inspector Ana Bell said the park had been inspected in March.
                """);
        asked.forEach(c -> c.distractors().forEach(d -> assertFalse(d.matches("^The (?:\\p{Lu}\\S*\\s+)*\\p{Lu}\\S*['\u2019]s\\s.*"), d)));
    }

    @Test
    void aDenialStemNeedsWhatWasDeniedAndNoStrayToo() throws Exception {
        List<Candidate> asked = InventedArticles.questions(new DenialQuestions(), """
                Ancient footprints row

                Dr Ian Reid said the prints had been made by cattle in the 1800s.

                Professor Ada Lowe rejected that without hesitation. "These are human feet," she said.

                A message on WhatsApp claimed the beach would be closed for a year. The council rejected the WhatsApp message, and the coastguard rejected the WhatsApp message too.
                """);
        asked.forEach(c -> {
            assertFalse(c.prompt().matches("(?i)who \\p{L}+ without hesitation\\?"), c.prompt());
            assertFalse(c.prompt().matches("(?s).*\\btoo\\?$"), c.prompt());
        });
    }

    @Test
    void aVerdictThatBacksADenialDoesNotMakeTheDenialTheFalseClaim() throws Exception {
        List<Candidate> asked = InventedArticles.questions(new LabelledFalseQuestions(), """
                Trampoline park inquest

                Posts in a Castleton community group on Facebook claimed the park had been expelled from the Trampoline Parks Association.

                A spokeswoman for the association said the park had "never been suspended, let alone expelled". The association's list of members still includes the park; the claim in the posts is untrue.

                The coroner said the inquest would resume on 4 May. The park's owner said the alarm was tested every week. A marshal said the alarm had been switched off for a month.
                """);
        asked.forEach(c -> assertFalse(c.key().contains("never been suspended"), c.toString()));
    }

    @Test
    void whoseDenialShowsTheSentenceThatDenies() throws Exception {
        List<Candidate> asked = InventedArticles.questions(new DenialQuestions(), """
                Climbing wall inquest

                A former instructor told the inquest the safety rope had been swapped for a cheaper one in May.

                The owner, Pete Lyle, answered. "I have run climbing walls in this town and in two others for more than twenty years, and I know every rope in them. We did not swap that rope, not in May and not ever," he said.

                The coroner, Ann Marsh, said she would give her conclusion on Friday. A second instructor, Joe Tate, said the wall was busy that day.
                """);
        List<Candidate> whose = asked.stream().filter(c -> c.prompt().startsWith("Whose denial")).toList();
        assertFalse(whose.isEmpty(), asked.toString());
        whose.forEach(c -> assertTrue(c.prompt().contains("did not swap that rope"), c.prompt()));
    }
}
