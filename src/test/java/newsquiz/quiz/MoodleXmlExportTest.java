package newsquiz.quiz;

import static newsquiz.quiz.ExportFixtures.assertSameQuestion;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class MoodleXmlExportTest {
    private final Quiz quiz = ExportFixtures.quiz();

    @Test
    void everyQuestionRoundTripsThroughTheJdkParser() {
        ExportResult result = Exporters.export(quiz, ExportFormat.MOODLE_XML);
        MoodleXmlReader.Read read = MoodleXmlReader.read(result.content());

        assertEquals("$course$/top/export-fixture", read.category());
        List<Question> expected = quiz.visibleQuestions();
        assertEquals(expected.size(), read.questions().size());
        for (int i = 0; i < expected.size(); i++) {
            assertSameQuestion(expected.get(i), read.questions().get(i), true, true, false);
            assertEquals(ExportFixtures.readBackType(expected.get(i)), read.questions().get(i).type());
        }
        assertTrue(result.warnings().isEmpty(), result.warnings().toString());
    }

    @Test
    void multipleAnswersCarryMoodlePartialCredit() {
        MoodleXmlReader.Read read = MoodleXmlReader.read(Exporters.export(quiz, ExportFormat.MOODLE_XML).content());
        ImportedQuestion q02 = read.questions().stream().filter(q -> q.name().equals("q02")).findFirst().orElseThrow();
        assertEquals(List.of(0.5, 0.5, -0.5, -0.5), q02.choices().stream().map(ImportedChoice::fraction).toList());
        ImportedQuestion q07 = read.questions().stream().filter(q -> q.name().equals("q07")).findFirst().orElseThrow();
        assertEquals(List.of(1.0, -0.5, -0.5), q07.choices().stream().map(ImportedChoice::fraction).toList());
    }

    @Test
    void markupIsEscapedNotEmbedded() {
        String xml = new String(Exporters.export(quiz, ExportFormat.MOODLE_XML).content(), StandardCharsets.UTF_8);
        assertFalse(xml.contains("<script>"), xml);
        assertFalse(xml.contains("<b>"), xml);
        assertTrue(xml.contains("&lt;script&gt;"), xml);
        assertTrue(xml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"), xml);
    }

    @Test
    void charactersXmlCannotHoldAreReplacedSoTheFileStillParses() {
        Question q = ExportFixtures.question("ctl", QuestionType.SINGLE_CHOICE, "bell \u0007 and lone \uD800 surrogate",
                "form feed \f", new Choice("a", "nul \u0000", true), new Choice("b", "ok 🙂", false));
        ImportedQuestion read = MoodleXmlReader.read(
                Exporters.export(ExportFixtures.quizOf(q), ExportFormat.MOODLE_XML).content()).questions().get(0);
        assertEquals("bell \uFFFD and lone \uFFFD surrogate", read.prompt());
        assertEquals("nul \uFFFD", read.choices().get(0).text());
        assertEquals("ok 🙂", read.choices().get(1).text());
    }

    @Test
    void exportIsDeterministic() {
        assertArrayEquals(Exporters.export(quiz, ExportFormat.MOODLE_XML).content(),
                Exporters.export(ExportFixtures.quiz(), ExportFormat.MOODLE_XML).content());
    }
}
