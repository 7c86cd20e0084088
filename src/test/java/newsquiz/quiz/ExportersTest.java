package newsquiz.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class ExportersTest {
    private final Quiz quiz = ExportFixtures.quiz();

    /** Every byte a format hands out, zip entries unpacked. */
    private static String everything(ExportResult result) {
        if (result.format() != ExportFormat.QTI) {
            return new String(result.content(), StandardCharsets.UTF_8);
        }
        StringBuilder all = new StringBuilder();
        for (QtiPackageReader.Entry e : QtiPackageReader.entries(result.content())) {
            all.append(e.name()).append('\n').append(new String(e.content(), StandardCharsets.UTF_8));
        }
        return all.toString();
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void rejectedQuestionsNeverLeaveTheApp(ExportFormat format) {
        for (QuestionSelection selection : QuestionSelection.values()) {
            ExportResult result = Exporters.export(quiz, format, selection);
            assertFalse(everything(result).contains(ExportFixtures.REJECTED_MARKER), format + " " + selection);
            assertFalse(everything(result).contains("q06"), format + " " + selection);
            assertFalse(result.exportedQuestionIds().contains("q06"));
            assertTrue(result.warnings().stream().noneMatch(w -> "q06".equals(w.questionId())));
        }
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void approvedOnlyLeavesDraftsOut(ExportFormat format) {
        ExportResult result = Exporters.export(quiz, format, QuestionSelection.APPROVED_ONLY);
        assertTrue(result.exportedQuestionIds().stream().allMatch(id -> quiz.question(id).status() == Status.APPROVED),
                result.exportedQuestionIds().toString());
        String all = everything(result);
        assertFalse(all.contains("Tick both"), "q02 is a draft");
        assertFalse(all.contains("1.2 million"), "q04 is a draft");
        assertTrue(all.contains("Moscow confirmed"), "q03 is approved");
    }

    @Test
    void defaultSelectionIsEverythingNotRejected() {
        assertEquals(List.of("q01", "q02", "q03", "q04", "q05", "q07"),
                Exporters.export(quiz, ExportFormat.MOODLE_XML).exportedQuestionIds());
        assertEquals(List.of("q01", "q03", "q05", "q07"),
                Exporters.export(quiz, ExportFormat.QTI, QuestionSelection.APPROVED_ONLY).exportedQuestionIds());
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void aQuestionBreakingTheRulesIsLeftOutWithAWarning(ExportFormat format) {
        Quiz broken = ExportFixtures.quizOf(
                ExportFixtures.question("nokey", QuestionType.SINGLE_CHOICE, "Which?", "",
                        new Choice("a", "x", false), new Choice("b", "y", false)),
                ExportFixtures.question("fine", QuestionType.SINGLE_CHOICE, "Which one?", "",
                        new Choice("a", "x", true), new Choice("b", "y", false)));
        ExportResult result = Exporters.export(broken, format);
        assertEquals(List.of("fine"), result.exportedQuestionIds());
        assertTrue(result.warnings().stream().anyMatch(w -> "nokey".equals(w.questionId()) && w.skipped()
                && w.message().contains("no choice is marked correct")), result.warnings().toString());
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void aRepeatedIdKeepsOnlyTheFirstQuestion(ExportFormat format) {
        Question first = ExportFixtures.question("same", QuestionType.SINGLE_CHOICE, "First?", "",
                new Choice("a", "x", true), new Choice("b", "y", false));
        Question second = ExportFixtures.question("same", QuestionType.SINGLE_CHOICE, "Second?", "",
                new Choice("a", "x", true), new Choice("b", "y", false));
        ExportResult result = Exporters.export(ExportFixtures.quizOf(first, second), format);
        assertEquals(List.of("same"), result.exportedQuestionIds());
        assertTrue(everything(result).contains("First?"));
        assertFalse(everything(result).contains("Second?"));
        assertEquals(1, result.warnings().stream().filter(ExportWarning::skipped).count());
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void nothingToExportIsSaid(ExportFormat format) {
        Quiz onlyDrafts = ExportFixtures.quizOf(
                ExportFixtures.question("d", QuestionType.SINGLE_CHOICE, "Which?", "",
                        new Choice("a", "x", true), new Choice("b", "y", false)).withStatus(Status.DRAFT));
        ExportResult result = Exporters.export(onlyDrafts, format, QuestionSelection.APPROVED_ONLY);
        assertTrue(result.exportedQuestionIds().isEmpty());
        assertTrue(result.warnings().stream().anyMatch(w -> w.questionId() == null
                && w.message().contains("no approved question")), result.warnings().toString());
        // An empty Aiken file is empty; the others still write their frame (category, root element, manifest).
        assertTrue(format == ExportFormat.AIKEN || result.content().length > 0, "still a well-formed file");
    }

    @Test
    void fileNamesAndMediaTypes() {
        assertEquals("export-fixture.gift.txt", Exporters.export(quiz, ExportFormat.GIFT).fileName());
        assertEquals("export-fixture.moodle.xml", Exporters.export(quiz, ExportFormat.MOODLE_XML).fileName());
        assertEquals("export-fixture.aiken.txt", Exporters.export(quiz, ExportFormat.AIKEN).fileName());
        assertEquals("application/zip", Exporters.export(quiz, ExportFormat.QTI).mediaType());
    }

    @Test
    void formatsAreFoundByTheirCommandLineNames() {
        assertEquals(Optional.of(ExportFormat.MOODLE_XML), ExportFormat.byName("moodle"));
        assertEquals(Optional.of(ExportFormat.MOODLE_XML), ExportFormat.byName("MOODLE_XML"));
        assertEquals(Optional.of(ExportFormat.QTI), ExportFormat.byName(" QTI "));
        assertEquals(Optional.empty(), ExportFormat.byName("csv"));
        assertEquals(Optional.empty(), ExportFormat.byName(null));
    }

    @Test
    void resultBytesCannotBeChangedByACaller() {
        ExportResult result = Exporters.export(quiz, ExportFormat.GIFT);
        result.content()[0] = 0;
        assertEquals('/', result.content()[0]);
    }
}
