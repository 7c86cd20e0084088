package newsquiz.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** What a hedge tells a reader, asked with wrong answers a reader could really mistake it for (eval-blind18 review). */
class HedgeQuestionsTest {
    private static List<Candidate> signalQuestions(String text) throws Exception {
        return InventedArticles.questions(new HedgeQuestions(), text).stream().filter(c -> c.fact().startsWith("hedge-meaning")).toList();
    }

    @Test
    void wrongAnswersAreWhatAHedgeIsMistakenForNotWordsOfTheSentence() throws Exception {
        List<Candidate> asked = signalQuestions("""
                Studio fined

                The tattooist reportedly kept no record of the girl's age, according to two members of the group.

                Magistrates fined the studio £2,000 on Friday.
                """);
        assertEquals(1, asked.size(), asked.toString());
        Candidate c = asked.get(0);
        assertTrue(c.prompt().contains("group.\u201d What does the word \u201creportedly\u201d tell the reader?"), c.prompt());
        assertEquals("Others have said it, but the writer has not confirmed it", c.key());
        for (String wrong : c.distractors()) {
            assertTrue(wrong.contains(" "), wrong);
            assertFalse(c.prompt().toLowerCase(Locale.ROOT).contains(wrong.toLowerCase(Locale.ROOT)), wrong);
        }
    }

    @Test
    void theKeySaysWhatKindOfDoubtTheHedgeSignals() {
        assertEquals("Someone claims it, but it has not been proven", HedgeQuestions.meaningOf("allegedly"));
        assertEquals("It looks that way, but the writer has not confirmed it", HedgeQuestions.meaningOf("appeared to show"));
        assertEquals("People believe it, but the writer has not confirmed it", HedgeQuestions.meaningOf("is believed to be"));
        assertEquals("Some people think so, but the writer has not confirmed it", HedgeQuestions.meaningOf("It is thought"));
    }

    @Test
    void aClaimTheArticleShowsFalseCloseByIsNotAskedAsMerelyUnconfirmed() throws Exception {
        List<Candidate> asked = signalQuestions("""
                Clip row

                A clip posted on Instagram appeared to show riders holding on to a team car on the climb.

                The claim is false: archive footage shows the clip was filmed at a different race in 2019.

                The jury fined two riders on Tuesday.
                """);
        assertTrue(asked.isEmpty(), asked.toString());
    }
}
