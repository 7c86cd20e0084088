package newsquiz.quiz;

import static newsquiz.quiz.ExportFixtures.assertSameQuestion;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class AikenExportTest {
    private final Quiz quiz = ExportFixtures.quiz();

    private static String text(ExportResult result) {
        return new String(result.content(), StandardCharsets.UTF_8);
    }

    @Test
    void singleAnswerQuestionsRoundTripOnOneLineEach() throws Exception {
        ExportResult result = Exporters.export(quiz, ExportFormat.AIKEN);
        List<ImportedQuestion> read = AikenReader.read(text(result));

        assertEquals(List.of("q01", "q03", "q04", "q07"), result.exportedQuestionIds());
        assertEquals(4, read.size());
        for (int i = 0; i < read.size(); i++) {
            Question original = quiz.question(result.exportedQuestionIds().get(i));
            assertSameQuestion(original, read.get(i), false, false, true);
            assertEquals(QuestionType.SINGLE_CHOICE, read.get(i).type());
        }
    }

    @Test
    void whatAikenCannotHoldIsReportedNotDropped() {
        List<ExportWarning> warnings = Exporters.export(quiz, ExportFormat.AIKEN).warnings();
        assertTrue(has(warnings, "q02", true, "exactly one correct answer, this question has 2"), warnings.toString());
        assertTrue(has(warnings, "q05", true, "ordering"), warnings.toString());
        assertTrue(has(warnings, "q07", false, "single-answer"), warnings.toString());
        assertTrue(has(warnings, null, false, "explanations are left out"), warnings.toString());
    }

    @Test
    void aQuestionTextThatLooksLikeAnOptionIsLeftOut() {
        Quiz edge = ExportFixtures.quizOf(
                ExportFixtures.question("opt", QuestionType.SINGLE_CHOICE, "B. Smith said what?", "",
                        new Choice("a", "yes", true), new Choice("b", "no", false)),
                ExportFixtures.question("ans", QuestionType.SINGLE_CHOICE, "ANSWER: is this a question?", "",
                        new Choice("a", "yes", true), new Choice("b", "no", false)),
                ExportFixtures.question("ok", QuestionType.SINGLE_CHOICE, "A.B. Smith said\nwhat?", "",
                        new Choice("a", "yes\nreally", true), new Choice("b", "no", false)));
        ExportResult result = Exporters.export(edge, ExportFormat.AIKEN);
        assertEquals(List.of("ok"), result.exportedQuestionIds());
        assertEquals("A.B. Smith said what?\nA. yes really\nB. no\nANSWER: A\n\n", text(result));
        assertTrue(has(result.warnings(), "opt", true, "option"));
        assertTrue(has(result.warnings(), "ans", true, "option or answer line"));
    }

    @Test
    void exportIsDeterministic() {
        assertArrayEquals(Exporters.export(quiz, ExportFormat.AIKEN).content(),
                Exporters.export(ExportFixtures.quiz(), ExportFormat.AIKEN).content());
    }

    private static boolean has(List<ExportWarning> warnings, String id, boolean skipped, String text) {
        return warnings.stream().anyMatch(w -> java.util.Objects.equals(w.questionId(), id) && w.skipped() == skipped
                && w.message().contains(text));
    }
}
