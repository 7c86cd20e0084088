package newsquiz.web.teacher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import newsquiz.quiz.Choice;
import newsquiz.quiz.Difficulty;
import newsquiz.quiz.Question;
import newsquiz.quiz.QuestionType;
import newsquiz.quiz.Quiz;
import newsquiz.quiz.Skill;
import newsquiz.quiz.Status;
import newsquiz.store.Answer;
import newsquiz.store.Attempt;
import newsquiz.store.ClassSession;
import newsquiz.store.Feedback;
import org.junit.jupiter.api.Test;

class ResultsReportTest {
    private static final Instant T = Instant.parse("2025-03-01T09:00:00Z");

    /**
     * <pre>
     *        q1(key a)  q2(key a)  q3(key a)   total
     *   S1   b ✗        a ✓        a ✓         2
     *   S2   b ✗        a ✓        a ✓         2
     *   S3   a ✓        b ✗        –           1
     *   S4   b ✗        b ✗        b ✗         0
     *   S5   (joined, answered nothing: left out)
     * </pre>
     * q1: three of four chose the same wrong option b; against the rest (2,2,0,0) the item (0,0,1,0)
     * correlates at −1/√3 = −0.57735.
     */
    @Test
    void flagsAQuestionWhereMostChoseTheSameWrongAnswerAndTheStrongGotItWrong() {
        SessionResults results = results(
                answers("b", "a", "a"), answers("b", "a", "a"), answers("a", "b", null), answers("b", "b", "b"), answers(null, null, null));
        ResultsReport report = ResultsReport.of(results);

        assertEquals(4, report.test().students());
        assertEquals(1, report.test().notStarted());
        assertTrue(report.test().smallClass());
        assertEquals(List.of(1, 1, 2, 0), report.test().histogram());
        assertEquals(1.25, report.test().mean(), 1e-9);
        assertEquals(1.5, report.test().median(), 1e-9);

        ResultsReport.QuestionFigures q1 = report.questions().get(0);
        assertEquals(4, q1.answered());
        assertEquals(0, q1.blank());
        assertEquals(1, q1.correct());
        assertEquals(0.25, q1.facility(), 1e-9);
        assertEquals(-0.57735, q1.discrimination(), 1e-4);
        assertEquals(List.of(1, 3, 0), q1.options().stream().map(ResultsReport.OptionCount::count).toList());
        assertEquals(List.of(true, false, false), q1.options().stream().map(ResultsReport.OptionCount::key).toList());
        assertEquals("Option B", q1.commonWrong().text());
        assertEquals(3, q1.commonWrong().count());
        assertEquals(2, q1.flags().size());
        assertTrue(q1.flags().get(0).startsWith("Negative discrimination"));
        assertTrue(q1.flags().get(1).contains("(3 of 4) chose the same wrong answer: \u201cOption B\u201d"), q1.flags().get(1));

        ResultsReport.QuestionFigures q3 = report.questions().get(2);
        assertEquals(3, q3.answered());
        assertEquals(1, q3.blank());
        assertEquals(0.5, q3.facility(), 1e-9, "blank counts as not right");
        assertNull(q3.commonWrong(), "one wrong answer of three is not most");
    }

    @Test
    void aSessionNobodyAnsweredHasNoFiguresButNoErrors() {
        ResultsReport report = ResultsReport.of(results(answers(null, null, null)));
        assertEquals(0, report.test().students());
        assertTrue(Double.isNaN(report.test().mean()));
        assertTrue(Double.isNaN(report.questions().get(0).facility()));
        assertFalse(report.questions().get(0).check());
        assertEquals(List.of(0, 0, 0, 0), report.test().histogram());
    }

    @Test
    void familiesAverageTheirQuestionsFacility() {
        ResultsReport report = ResultsReport.of(results(answers("a", "a", "b"), answers("a", "b", "b")));
        // q1 and q2 are "number", q3 "denial": number (1.0 + 0.5) / 2, denial 0.
        assertEquals(2, report.test().families().size());
        assertEquals("Numbers", report.test().families().get(0).label());
        assertEquals(0.75, report.test().families().get(0).facility(), 1e-9);
        assertEquals(0.0, report.test().families().get(1).facility(), 1e-9);
    }

    private static String[] answers(String q1, String q2, String q3) {
        return new String[] {q1, q2, q3};
    }

    private static SessionResults results(String[]... students) {
        List<Question> questions = List.of(question("q1", "number"), question("q2", "number"), question("q3", "denial"));
        Quiz quiz = new Quiz("t", "Test", "articles/t.txt", null, questions);
        List<String> ids = questions.stream().map(Question::id).toList();
        ClassSession session = new ClassSession(1, "ABCDEF", "hash", Feedback.END, false, ids, null, T, null);
        List<SessionResults.Student> list = new java.util.ArrayList<>();
        for (int s = 0; s < students.length; s++) {
            Attempt attempt = new Attempt(s + 1, "hash", 1L, "S" + (s + 1), "RJ" + s, ids, T, null);
            Map<String, Answer> answers = new HashMap<>();
            for (int i = 0; i < ids.size(); i++) {
                String choice = students[s][i];
                if (choice != null) {
                    answers.put(ids.get(i), new Answer(attempt.id(), ids.get(i), List.of(choice), choice.equals("a"), T, 0));
                }
            }
            list.add(new SessionResults.Student(attempt, answers));
        }
        return new SessionResults(session, quiz, questions, list);
    }

    private static Question question(String id, String focus) {
        return new Question(id, QuestionType.SINGLE_CHOICE, Skill.COMPREHENSION, focus, Difficulty.MEDIUM, Status.APPROVED, "Prompt " + id,
                List.of(new Choice("a", "Option A", true), new Choice("b", "Option B", false), new Choice("c", "Option C", false)),
                "Because.", List.of());
    }
}
