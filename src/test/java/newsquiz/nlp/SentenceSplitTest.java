package newsquiz.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import newsquiz.testing.Models;
import org.junit.jupiter.api.Test;

/** Sentence ends the statistical model puts after titles and clock times it was not trained on. */
class SentenceSplitTest {
    private static List<String> sentences(String text) {
        return Models.nlp().sentences(text).stream().map(s -> s.getCoveredText(text).toString()).toList();
    }

    @Test
    void aTitleOrSaintNeverEndsASentence() {
        String text = "Pumpkins were taken from outside St. Brendan's Church. Sgt. Tom Hollis and Insp. Jo Lane called Prof. Ann Lee.";
        assertEquals(List.of("Pumpkins were taken from outside St. Brendan's Church.",
                "Sgt. Tom Hollis and Insp. Jo Lane called Prof. Ann Lee."), sentences(text));
    }

    @Test
    void aClockTimeEndsASentenceUnlessADayFollows() {
        assertEquals(List.of("The shop opened at 9 a.m. Monday."), sentences("The shop opened at 9 a.m. Monday."));
        assertEquals(2, sentences("The shop opened at 9 a.m. The queue had formed an hour before.").size());
    }

    @Test
    void noSentenceEndsOnAComma() {
        assertEquals(1, sentences("The slide broke away at about 9:40 a.m., 25 minutes after the lift opened, police said.").size());
    }

    @Test
    void aQuotedQuestionKeepsTheSpeakerTagAfterIt() {
        assertEquals(List.of("\u201cWho would pay for that, aren\u2019t I?\u201d Mr Okafor-Lund said.", "The hearing ended."),
                sentences("\u201cWho would pay for that, aren\u2019t I?\u201d Mr Okafor-Lund said. The hearing ended."));
        assertEquals(2, sentences("\u201cWho would pay for that?\u201d Ministers have not answered.").size());
    }
}
