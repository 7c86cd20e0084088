package newsquiz.quiz;

import static newsquiz.quiz.ExportFixtures.assertSameQuestion;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class QtiExportTest {
    private final Quiz quiz = ExportFixtures.quiz();

    @Test
    void packageIsStructurallyValidAndEveryQuestionRoundTrips() {
        ExportResult result = Exporters.export(quiz, ExportFormat.QTI);
        List<QtiPackageReader.Item> items = QtiPackageReader.read(result.content());

        List<Question> expected = quiz.visibleQuestions();
        assertEquals(expected.size(), items.size());
        for (int i = 0; i < expected.size(); i++) {
            Question original = expected.get(i);
            ImportedQuestion read = items.get(i).question();
            assertEquals(original.id() + ".xml", items.get(i).file());
            assertSameQuestion(original, read, true, true, false);
            assertEquals(ExportFixtures.readBackType(original), read.type());
        }
        assertTrue(result.warnings().isEmpty(), result.warnings().toString());
        assertEquals("export-fixture.qti21.zip", result.fileName());
    }

    @Test
    void multipleChoiceScoresWithTheSameWeightsAsMoodle() {
        ImportedQuestion q02 = QtiPackageReader.read(Exporters.export(quiz, ExportFormat.QTI).content()).stream()
                .filter(i -> i.identifier().equals("q02")).findFirst().orElseThrow().question();
        assertEquals(List.of(0.5, 0.5, -0.5, -0.5), q02.choices().stream().map(ImportedChoice::fraction).toList());
    }

    @Test
    void questionWithoutExplanationHasNoFeedback() {
        ImportedQuestion q04 = QtiPackageReader.read(Exporters.export(quiz, ExportFormat.QTI).content()).stream()
                .filter(i -> i.identifier().equals("q04")).findFirst().orElseThrow().question();
        assertEquals("", q04.explanation());
    }

    @Test
    void identifiersThatAreNotXmlNamesAreRenamedAndReported() {
        Quiz edge = ExportFixtures.quizOf(
                ExportFixtures.question("1st question", QuestionType.SINGLE_CHOICE, "First?", "Because.",
                        new Choice("1", "one", true), new Choice("2", "two", false)),
                ExportFixtures.question("_1st_question", QuestionType.SINGLE_CHOICE, "Second?", "",
                        new Choice("a", "x", true), new Choice("A", "y", false)),
                ExportFixtures.question("imsmanifest", QuestionType.SINGLE_CHOICE, "Third?", "",
                        new Choice("a", "x", true), new Choice("b", "y", false)));
        ExportResult result = Exporters.export(edge, ExportFormat.QTI);
        List<QtiPackageReader.Item> items = QtiPackageReader.read(result.content());
        assertEquals(List.of("_1st_question", "_1st_question_2", "imsmanifest_2"),
                items.stream().map(QtiPackageReader.Item::identifier).toList());
        assertEquals("1st question", items.get(0).question().name());
        assertEquals(3, result.warnings().size(), result.warnings().toString());
    }

    @Test
    void hostileTextIsEscapedAndLineBreaksBecomeBreaks() {
        byte[] zip = Exporters.export(quiz, ExportFormat.QTI).content();
        String q01 = QtiPackageReader.entries(zip).stream().filter(e -> e.name().equals("q01.xml")).findFirst()
                .map(e -> new String(e.content(), StandardCharsets.UTF_8)).orElseThrow();
        assertFalse(q01.contains("<script>"), q01);
        assertTrue(q01.contains("&lt;script&gt;"), q01);
        assertTrue(q01.contains("“quoted”"), q01);
        assertTrue(q01.contains("The ministry denied it on Twitter.<br/>Second line"), q01);
    }

    @Test
    void zipHasFixedTimesAndTheSameBytesEveryTime() {
        byte[] first = Exporters.export(quiz, ExportFormat.QTI).content();
        assertArrayEquals(first, Exporters.export(ExportFixtures.quiz(), ExportFormat.QTI).content());
        for (QtiPackageReader.Entry e : QtiPackageReader.entries(first)) {
            assertEquals(LocalDateTime.of(2000, 1, 1, 0, 0), e.time(), e.name());
        }
    }
}
