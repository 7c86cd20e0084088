package newsquiz.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The hand-written export fixture, and the checks every round trip shares. */
final class ExportFixtures {
    static final String REJECTED_MARKER = "REJECTED-SECRET";

    private ExportFixtures() {}

    static Quiz quiz() {
        try (InputStream in = ExportFixtures.class.getResourceAsStream("/quizzes/export-fixture.yaml")) {
            return QuizFiles.fromYaml(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidQuizException e) {
            throw new AssertionError("the fixture must be a valid quiz: " + e.getMessage(), e);
        }
    }

    static Question question(String id) {
        return quiz().question(id);
    }

    static Question question(String id, QuestionType type, String prompt, String explanation, Choice... choices) {
        return new Question(id, type, Skill.COMPREHENSION, "main_idea", Difficulty.EASY, Status.APPROVED, prompt,
                List.of(choices), explanation, List.of());
    }

    static Quiz quizOf(Question... questions) {
        return new Quiz("edge-cases", "Edge cases", null, null, List.of(questions));
    }

    /** The type a format reads back: single-answer types all become plain single choice. */
    static QuestionType readBackType(Question q) {
        return switch (q.type()) {
            case MULTIPLE_CHOICE, ORDERING -> q.type();
            default -> QuestionType.SINGLE_CHOICE;
        };
    }

    static String clean(String text) {
        return ExportText.normalizeNewlines(text).strip();
    }

    /** Prompt, choice texts, key and explanation read back exactly; {@code name} is the question id where kept. */
    static void assertSameQuestion(Question original, ImportedQuestion read, boolean keepsName, boolean keepsExplanation,
            boolean oneLine) {
        String where = "question " + original.id() + ": ";
        if (keepsName) {
            assertEquals(original.id(), read.name(), where + "name");
        }
        assertEquals(text(original.prompt(), oneLine), read.prompt(), where + "prompt");
        assertEquals(original.choices().stream().map(c -> text(c.text(), oneLine)).toList(),
                read.choices().stream().map(ImportedChoice::text).toList(), where + "choice texts");
        List<Boolean> key = original.type() == QuestionType.ORDERING
                ? original.choices().stream().map(c -> true).toList()
                : original.choices().stream().map(Choice::correct).toList();
        assertEquals(key, read.choices().stream().map(ImportedChoice::correct).toList(), where + "key");
        assertEquals(keepsExplanation ? text(original.explanation(), oneLine) : "", read.explanation(),
                where + "explanation");
    }

    private static String text(String text, boolean oneLine) {
        return oneLine ? ExportText.oneLine(text) : clean(text);
    }
}
