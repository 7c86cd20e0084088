package newsquiz.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class AikenReaderTest {
    @Test
    void readsQuestionsWithEitherOptionStyle() throws Exception {
        String aiken = "What is the correct answer to this question?\r\n"
                + "A. Is it this one?\r\n"
                + "B. Maybe this answer?\r\n"
                + "C) Possibly this one?\r\n"
                + "ANSWER: A\r\n"
                + "\r\n"
                + "Which LMS has the most quiz import formats?\n"
                + "A) Moodle\n"
                + "B) ATutor\n"
                + "ANSWER: A\n";
        List<ImportedQuestion> read = AikenReader.read(aiken);
        assertEquals(2, read.size());
        assertEquals(List.of("Is it this one?", "Maybe this answer?", "Possibly this one?"),
                read.get(0).choices().stream().map(ImportedChoice::text).toList());
        assertEquals(List.of(true, false, false), read.get(0).choices().stream().map(ImportedChoice::correct).toList());
        assertEquals("Which LMS has the most quiz import formats?", read.get(1).prompt());
        assertEquals(QuestionType.SINGLE_CHOICE, read.get(1).type());
    }

    @Test
    void refusesMalformedFilesNamingTheLine() {
        assertMessage("A. orphan option\nANSWER: A", "line 1: an option comes before");
        assertMessage("Q?\nA. a\nC. c\nANSWER: A", "line 3: expected option B");
        assertMessage("Q?\nA. a\nB. b\nANSWER: C", "line 4: the answer 'C'");
        assertMessage("Q?\nA. a\nB. b\n", "line 1: the question has no ANSWER line");
        assertMessage("Q?\nA. a\nB. b\nNext question?\nA. x", "line 4: text after the options");
        assertMessage("Q?\nA. a\nANSWER: A", "at least two options");
    }

    private static void assertMessage(String aiken, String expected) {
        InvalidQuizException e = assertThrows(InvalidQuizException.class, () -> AikenReader.read(aiken));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}
