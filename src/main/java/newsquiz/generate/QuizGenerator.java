package newsquiz.generate;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import newsquiz.analysis.Analysis;
import newsquiz.quiz.Choice;
import newsquiz.quiz.Evidence;
import newsquiz.quiz.Question;
import newsquiz.quiz.QuestionType;
import newsquiz.quiz.Quiz;
import newsquiz.quiz.QuizFiles;
import newsquiz.quiz.Status;

/**
 * Turns an analysis into a quiz: each question family proposes what the article supports, the
 * quality filter drops what a teacher would have to fix, and the blueprint picks and orders the
 * rest. The same analysis always gives the same quiz.
 */
public final class QuizGenerator {
    public static final int DEFAULT_COUNT = 20;

    private final List<QuestionFamily> families = List.of(new DenialQuestions(), new AnonymousSourceQuestions(),
            new LabelledFalseQuestions(), new RelayQuestions(), new SourceDescriptionQuestions(), new HedgeQuestions(),
            new FactOpinionQuestions(), new LoadedLanguageQuestions(), new AttributionQuestions(), new NumberQuestions(),
            new CauseEffectQuestions(), new TrueFalseNotGivenQuestions(), new DenialTrueFalseQuestions(), new JointDenialQuestions());

    public Quiz generate(Analysis analysis, String id, String articlePath, String articleSha256) {
        return generate(analysis, id, articlePath, articleSha256, DEFAULT_COUNT);
    }

    public Quiz generate(Analysis analysis, String id, String articlePath, String articleSha256, int count) {
        return build(analysis, id, articlePath, articleSha256, count);
    }

    private Quiz build(Analysis analysis, String id, String articlePath, String articleSha256, int count) {
        Facts facts = new Facts(analysis);
        List<Candidate> candidates = new ArrayList<>();
        for (QuestionFamily family : families) {
            for (Candidate c : family.propose(facts)) {
                QualityFilter.check(c, facts).ifPresent(candidates::add);
            }
        }
        int target = Blueprint.target(analysis.article().pastedWordCount(), count);
        java.util.Map<String, String> speakers = new java.util.HashMap<>();
        java.util.Map<String, Integer> sentences = new java.util.HashMap<>();
        facts.statements.forEach(st -> speakers.put(String.valueOf(st.index()), st.speaker()));
        facts.statements.forEach(st -> sentences.put(String.valueOf(st.index()), st.sentence()));
        List<Candidate> chosen = Blueprint.choose(candidates, target, statement -> speakers.getOrDefault(statement, statement),
                statement -> sentences.getOrDefault(statement, -1));
        List<Question> questions = new ArrayList<>();
        TextName name = TextName.of(analysis.article());
        for (Candidate c : chosen) {
            questions.add(question(String.format(Locale.ROOT, "q%02d", questions.size() + 1), c, facts, articleSha256, name));
        }
        return new Quiz(id, analysis.title(), articlePath, articleSha256, questions);
    }

    /** The question as the learner sees it, with the text called what it is ({@code name}): choices keep their order. */
    private static Question question(String id, Candidate c, Facts facts, String seed, TextName name) {
        List<String> texts = new ArrayList<>();
        texts.add(c.key());
        texts.addAll(c.distractors());
        if (c.type() != QuestionType.TRUE_FALSE_NOT_GIVEN) {
            // A stable shuffle: the same question always lists its choices in the same order.
            texts.sort(Comparator.comparing(t -> QuizFiles.sha256((seed + "|" + c.prompt() + "|" + t).getBytes(StandardCharsets.UTF_8))));
        } else {
            texts = List.of(TrueFalseNotGivenQuestions.TRUE, TrueFalseNotGivenQuestions.FALSE, TrueFalseNotGivenQuestions.NOT_GIVEN);
        }
        List<Choice> choices = new ArrayList<>();
        char letter = 'a';
        String article = facts.analysis.article().text();
        for (String t : texts) {
            // A choice in the text's own words stays as it is; "The article itself says it is false" is ours.
            choices.add(new Choice(String.valueOf(letter++), article.contains(t) ? t : name.rename(t), t.equals(c.key())));
        }
        List<Evidence> evidence = new ArrayList<>();
        for (int s : c.sentences().stream().distinct().sorted().toList()) {
            evidence.add(new Evidence(s, facts.sentence(s).text()));
        }
        return new Question(id, c.type(), c.skill(), c.focus(), c.difficulty(), Status.DRAFT, name.rename(c.prompt()), choices,
                name.rename(c.explanation()), evidence);
    }
}
