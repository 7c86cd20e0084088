package newsquiz.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import newsquiz.quiz.Choice;
import newsquiz.quiz.Difficulty;
import newsquiz.quiz.Evidence;
import newsquiz.quiz.Question;
import newsquiz.quiz.QuestionType;
import newsquiz.quiz.Quiz;
import newsquiz.quiz.QuizFiles;
import newsquiz.quiz.Skill;
import newsquiz.quiz.Status;

/**
 * A made-up article and an approved quiz over it, of any length, with the question types and
 * text sizes of generated quizzes: load runs and crash tests do not depend on what the generator
 * makes of the seed articles.
 */
public final class BenchQuiz {
    public static final String ID = "load-test";

    private BenchQuiz() {}

    /** Writes {@code <quizzes>/load-test.yaml} and its article {@code <articleDir>/load-test.txt}; returns the quiz. */
    public static Quiz write(Path quizzes, Path articleDir, int questionCount) throws IOException {
        List<String> sentences = new ArrayList<>();
        StringBuilder article = new StringBuilder("Harbour town council votes to keep the night ferry running\n\n");
        for (int i = 0; i < questionCount; i++) {
            String sentence = "Councillor Member" + (i + 1) + " said the ferry carried " + (120 + 7 * i)
                    + " passengers a night in the spring, according to figures the operator published on Tuesday.";
            sentences.add(sentence);
            article.append(sentence).append(i % 3 == 2 ? "\n\n" : " ");
        }
        Files.createDirectories(articleDir);
        Path articleFile = articleDir.resolve(ID + ".txt");
        Files.writeString(articleFile, article.toString(), StandardCharsets.UTF_8);

        List<Question> questions = new ArrayList<>();
        for (int i = 0; i < questionCount; i++) {
            questions.add(question(i, sentences.get(i)));
        }
        Quiz quiz = new Quiz(ID, "Harbour town council votes to keep the night ferry running", articleFile.toAbsolutePath().toString(),
                QuizFiles.sha256(Files.readAllBytes(articleFile)), questions);
        QuizFiles.write(quiz, quizzes.resolve(ID + ".yaml"));
        return quiz;
    }

    private static Question question(int i, String sentence) {
        String id = String.format("q%02d", i + 1);
        String who = "Councillor Member" + (i + 1);
        int passengers = 120 + 7 * i;
        Evidence evidence = new Evidence(i, sentence);
        return switch (i % 4) {
            case 0 -> new Question(id, QuestionType.SINGLE_CHOICE, Skill.SOURCE_EVALUATION, "attribution", Difficulty.MEDIUM,
                    Status.APPROVED, "According to the article, who said the ferry carried " + passengers + " passengers a night?",
                    List.of(new Choice("a", who, true), new Choice("b", "The ferry operator's chief executive", false),
                            new Choice("c", "A passenger interviewed on the quay", false),
                            new Choice("d", "The harbour master, speaking anonymously", false)),
                    who + " gave the figure, citing numbers the operator published.", List.of(evidence));
            case 1 -> new Question(id, QuestionType.TRUE_FALSE, Skill.COMPREHENSION, "number", Difficulty.EASY, Status.APPROVED,
                    "True or false: the article says the ferry carried " + passengers + " passengers a night in the spring.",
                    List.of(new Choice("a", "True", true), new Choice("b", "False", false)),
                    "The figure appears in the article with its source.", List.of(evidence));
            case 2 -> new Question(id, QuestionType.MULTIPLE_CHOICE, Skill.SOURCE_EVALUATION, "source_description", Difficulty.HARD,
                    Status.APPROVED, "Which of these does the article tell us about the figure of " + passengers + " passengers?",
                    List.of(new Choice("a", "A councillor repeated it", true), new Choice("b", "The operator published it", true),
                            new Choice("c", "An independent audit checked it", false)),
                    "The councillor cites figures the operator published; nobody checked them independently.", List.of(evidence));
            default -> new Question(id, QuestionType.TRUE_FALSE_NOT_GIVEN, Skill.COMPREHENSION, "fact_opinion", Difficulty.MEDIUM,
                    Status.APPROVED, "The figures were published on a Tuesday.",
                    List.of(new Choice("a", "True", true), new Choice("b", "False", false), new Choice("c", "Not given", false)),
                    "The article says the operator published the figures on Tuesday.", List.of(evidence));
        };
    }
}
