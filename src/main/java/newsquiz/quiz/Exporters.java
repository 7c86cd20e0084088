package newsquiz.quiz;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The entry point for quiz exports (GIFT, Moodle XML, Aiken, QTI 2.1). Rejected questions never leave the app;
 * a question an export cannot carry is left out with a warning, never silently.
 */
public final class Exporters {
    private Exporters() {}

    /** Exports every question that is not rejected. */
    public static ExportResult export(Quiz quiz, ExportFormat format) {
        return export(quiz, format, QuestionSelection.NOT_REJECTED);
    }

    public static ExportResult export(Quiz quiz, ExportFormat format, QuestionSelection selection) {
        ExportLog log = new ExportLog();
        List<Question> chosen = select(quiz, selection, log);
        byte[] content = exporter(format).export(quiz, chosen, log);
        List<String> exported = chosen.stream().filter(q -> !log.wasSkipped(q)).map(Question::id).toList();
        if (exported.isEmpty()) {
            log.quiz(selection == QuestionSelection.APPROVED_ONLY
                    ? "no approved question could be exported"
                    : "no question could be exported");
        }
        return new ExportResult(format, fileName(quiz, format), content, exported, log.warnings());
    }

    /** The questions an export takes, in quiz order; a question that breaks the quiz rules is left out and logged. */
    static List<Question> select(Quiz quiz, QuestionSelection selection, ExportLog log) {
        List<Question> chosen = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Question q : quiz.questions()) {
            if (q.status() == Status.REJECTED) {
                continue;
            }
            if (selection == QuestionSelection.APPROVED_ONLY && q.status() != Status.APPROVED) {
                continue;
            }
            List<String> problems = new ArrayList<>(QuizValidator.problems(q));
            if (q.id() == null || !ids.add(q.id())) {
                problems.add("its id is missing or used by an earlier question");
            }
            if (!problems.isEmpty()) {
                log.skip(q, String.join("; ", problems));
                continue;
            }
            chosen.add(q);
        }
        return chosen;
    }

    static String fileName(Quiz quiz, ExportFormat format) {
        String id = ExportText.orEmpty(quiz.id()).replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^[.-]+", "");
        return (id.isEmpty() ? "quiz" : id) + format.fileSuffix();
    }

    private static QuizExporter exporter(ExportFormat format) {
        return switch (format) {
            case GIFT -> new GiftExporter();
            case MOODLE_XML -> new MoodleXmlExporter();
            case AIKEN -> new AikenExporter();
            case QTI -> new QtiExporter();
        };
    }
}
