package newsquiz.quiz;

import static newsquiz.quiz.ExportFixtures.assertSameQuestion;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class GiftExportTest {
    private final Quiz quiz = ExportFixtures.quiz();

    private static String text(ExportResult result) {
        return new String(result.content(), StandardCharsets.UTF_8);
    }

    @Test
    void everyChoiceQuestionRoundTripsThroughOurReader() throws Exception {
        ExportResult result = Exporters.export(quiz, ExportFormat.GIFT);
        List<ImportedQuestion> read = GiftReader.read(text(result));

        List<Question> expected = quiz.visibleQuestions().stream().filter(q -> q.type() != QuestionType.ORDERING).toList();
        assertEquals(expected.size(), read.size());
        for (int i = 0; i < expected.size(); i++) {
            assertSameQuestion(expected.get(i), read.get(i), true, true, false);
            assertEquals(ExportFixtures.readBackType(expected.get(i)), read.get(i).type());
        }
        assertEquals(expected.stream().map(Question::id).toList(), result.exportedQuestionIds());
    }

    @Test
    void orderingIsLeftOutWithAWarning() {
        ExportResult result = Exporters.export(quiz, ExportFormat.GIFT);
        assertFalse(result.exportedQuestionIds().contains("q05"));
        assertTrue(result.warnings().stream().anyMatch(w -> "q05".equals(w.questionId()) && w.skipped()
                && w.message().contains("ordering")), result.warnings().toString());
        assertFalse(text(result).contains("Matsegora"));
    }

    @Test
    void multipleAnswersGetMoodleWeightsAndNoEqualsSign() throws Exception {
        String gift = text(Exporters.export(quiz, ExportFormat.GIFT));
        assertTrue(gift.contains("~%50%Workers were selected for the Donbass\n"), gift);
        assertTrue(gift.contains("~%-50%The ambassador spoke to Izvestia\n"), gift);
        assertTrue(gift.contains("~%100%reportedly\n"), gift);
        assertTrue(gift.contains("~%-50%said\n"), gift);

        ImportedQuestion q02 = GiftReader.read(gift).stream().filter(q -> q.name().equals("q02")).findFirst().orElseThrow();
        assertEquals(List.of(0.5, 0.5, -0.5, -0.5), q02.choices().stream().map(ImportedChoice::fraction).toList());
    }

    @Test
    void specialCharactersAreEscapedAndLineBreaksStayOnOneLine() {
        String gift = text(Exporters.export(quiz, ExportFormat.GIFT));
        assertTrue(gift.contains("=That 100,000 troops \\~ were \\= offered \\#1 \\{soon\\}\\: “quoted”\n"), gift);
        assertTrue(gift.contains("~A back\\\\slash, a literal \\\\n and ¥500 & <b>bold</b>\n"), gift);
        assertTrue(gift.contains("::q02::[plain]Which two claims rest on unnamed sources?\\nTick both.{\n"), gift);
        assertTrue(gift.contains("####The ministry denied it on Twitter.\\nSecond line\\: see \\{evidence\\} \\#41 \\~ \\= \\\\ \\:\\: end.\n"), gift);
        // Texts Moodle would misread: a leading %n% is a weight, a leading [html] a format marker.
        assertTrue(gift.contains("~%0%%5% more workers\n"), gift);
        assertTrue(gift.contains("~[plain][html]<i>a format marker</i>\n"), gift);
    }

    @Test
    void hostileTextSurvivesTheRoundTrip() throws Exception {
        Question q = ExportFixtures.question("hostile", QuestionType.SINGLE_CHOICE,
                "// not a comment\n\n::not a name:: {not answers} ~x =y #z \\n [html] ####",
                "\\ ends with a backslash\\",
                new Choice("a", "= starts with equals", true),
                new Choice("b", "~ starts with tilde", false),
                new Choice("c", "# hash, then\r\nCRLF and emoji 🙂", false),
                new Choice("d", "%-100%", false));
        String gift = text(Exporters.export(ExportFixtures.quizOf(q), ExportFormat.GIFT));
        ImportedQuestion read = GiftReader.read(gift).get(0);
        assertSameQuestion(q, read, true, true, false);
    }

    @Test
    void exportIsDeterministic() {
        assertArrayEquals(Exporters.export(quiz, ExportFormat.GIFT).content(),
                Exporters.export(ExportFixtures.quiz(), ExportFormat.GIFT).content());
    }

    @Test
    void quizGoesIntoItsOwnCategory() {
        assertTrue(text(Exporters.export(quiz, ExportFormat.GIFT)).contains("\n$CATEGORY: $course$/top/export-fixture\n\n"));
    }
}
