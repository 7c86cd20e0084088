package newsquiz.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import newsquiz.quiz.Choice;
import newsquiz.quiz.Question;
import newsquiz.quiz.Quiz;
import newsquiz.quiz.QuizFiles;
import newsquiz.quiz.QuizValidator;
import newsquiz.quiz.Status;
import newsquiz.testing.Models;
import org.junit.jupiter.api.Test;

class QuizGeneratorTest {
    private static final Path SEED = Path.of("seeds/russia-north-korea.txt");

    private static Quiz seedQuiz() throws Exception {
        return new QuizPipeline(Models.nlp()).quiz(SEED.getFileName().toString(), Files.readAllBytes(SEED), "russia-north-korea",
                QuizPipeline.articlePath(SEED));
    }

    @Test
    void theCommittedSeedQuizIsWhatTheGeneratorMakes() throws Exception {
        String committed = Files.readString(Path.of("quizzes/russia-north-korea.yaml"), StandardCharsets.UTF_8);
        assertEquals(committed, QuizFiles.toYaml(seedQuiz()),
                "quizzes/russia-north-korea.yaml is out of date: run `java -jar target/newsquiz.jar generate seeds/russia-north-korea.txt`");
    }

    @Test
    void theSameArticleGivesTheSameQuiz() throws Exception {
        assertEquals(QuizFiles.toYaml(seedQuiz()), QuizFiles.toYaml(seedQuiz()));
    }

    @Test
    void everyQuestionIsAValidDraftWithVerbatimEvidenceAndNoKeyInTheQuestion() throws Exception {
        Quiz quiz = seedQuiz();
        String article = Files.readString(SEED).replaceAll("\\s+", " ");
        assertEquals(20, quiz.questions().size());
        assertEquals(java.util.List.of(), QuizValidator.problems(quiz));
        Set<String> prompts = new HashSet<>();
        for (Question q : quiz.questions()) {
            assertEquals(Status.DRAFT, q.status(), q.id());
            assertTrue(prompts.add(q.prompt()), "repeated question " + q.prompt());
            assertFalse(q.explanation().isBlank(), q.id());
            assertFalse(q.evidence().isEmpty(), q.id());
            q.evidence().forEach(e -> assertTrue(article.contains(e.quote().replaceAll("\\s+", " ")), e.quote()));
            Choice key = q.correctChoices().get(0);
            if (!q.focus().equals("hedge") && !q.focus().equals("loaded_language") && key.text().length() > 6) {
                assertFalse(q.prompt().toLowerCase(Locale.ROOT).contains(key.text().toLowerCase(Locale.ROOT)), q.id() + " gives its answer away");
            }
        }
        long sourceEvaluation = quiz.questions().stream().filter(q -> q.skill() == newsquiz.quiz.Skill.SOURCE_EVALUATION).count();
        assertTrue(sourceEvaluation >= 8, "source evaluation questions: " + sourceEvaluation);
    }

    @Test
    void theSeedQuizAsksWhichReportMoscowDeniedAndAboutTheRelayToThisArticle() throws Exception {
        Quiz quiz = seedQuiz();
        assertTrue(quiz.questions().stream().anyMatch(q -> q.focus().equals("denial") && q.prompt().contains("Foreign Ministry")
                && q.correctChoices().get(0).text().contains("100,000")), "denial of the 100,000 troops report");
        assertTrue(quiz.questions().stream().anyMatch(q -> q.focus().equals("relay")
                && q.correctChoices().get(0).text().equals("Izvestia")), "Matsegora → Izvestia → The Moscow Times");
        assertTrue(quiz.questions().stream().anyMatch(q -> q.focus().equals("anonymous_source")), "a source in Russia");
        assertTrue(quiz.questions().stream().anyMatch(q -> q.focus().equals("labelled_false")
                && q.correctChoices().get(0).text().contains("ruled by Nazis")), "the Kremlin's false claim");
    }
}
