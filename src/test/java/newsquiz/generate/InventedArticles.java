package newsquiz.generate;

import java.nio.charset.StandardCharsets;
import java.util.List;
import newsquiz.testing.Models;

/**
 * Facts and filtered questions from a short invented article, or the quiz of an article among the test resources, read
 * with the shared models.
 */
final class InventedArticles {
    private InventedArticles() {}

    static Facts facts(String text) throws Exception {
        var article = Models.reader().parse("a.txt", text.getBytes(StandardCharsets.UTF_8));
        return new Facts(Models.analyzer().analyze(article));
    }

    /** The first attribution whose content holds {@code words}; fails the test when there is none. */
    static newsquiz.analysis.Attribution about(Facts facts, String words) {
        return facts.analysis.attributions().stream().filter(a -> a.content().contains(words)).findFirst()
                .orElseThrow(() -> new AssertionError("nothing says " + words + " in " + facts.analysis.attributions()));
    }

    /** The questions generated for an article among the test resources ("eval-blind88/NAME.txt"). */
    static List<newsquiz.quiz.Question> resourceQuiz(String resource) throws Exception {
        java.nio.file.Path path = java.nio.file.Path.of("src/test/resources", resource);
        var article = Models.reader().parse(path.toString(), java.nio.file.Files.readAllBytes(path));
        return new QuizGenerator().generate(Models.analyzer().analyze(article), "t", "a.txt", "0").questions();
    }

    /** What the family proposes that the quality filter keeps. */
    static List<Candidate> questions(QuestionFamily family, String text) throws Exception {
        Facts facts = facts(text);
        return family.propose(facts).stream().filter(c -> QualityFilter.check(c, facts).isPresent()).toList();
    }
}
