package newsquiz.quiz;

import java.util.List;

/**
 * Moodle XML. Texts are declared {@code plain_text}, so Moodle escapes them instead of reading HTML. Single-answer
 * types (single choice, true/false, true/false/not given) become single-answer multichoice questions with our own
 * choice texts; multiple choice gets Moodle's partial credit; ordering uses Moodle's ordering question type
 * (standard since Moodle 4.4, a plugin before).
 */
final class MoodleXmlExporter implements QuizExporter {
    private static final String PLAIN = "plain_text";

    @Override
    public byte[] export(Quiz quiz, List<Question> questions, ExportLog log) {
        XmlWriter xml = new XmlWriter();
        xml.open("quiz");
        writeCategory(quiz, xml);
        for (Question q : questions) {
            if (q.type() == QuestionType.ORDERING) {
                writeOrdering(q, xml);
            } else {
                writeMultichoice(q, xml, log);
            }
        }
        xml.close();
        return xml.finish();
    }

    private static void writeCategory(Quiz quiz, XmlWriter xml) {
        String slug = ExportText.orEmpty(quiz.id()).replaceAll("[^A-Za-z0-9_-]+", "-");
        xml.open("question").attribute("type", "category");
        xml.open("category").leaf("text", "$course$/top/" + (slug.isEmpty() ? "newsquiz" : slug)).close();
        formatted(xml, "info", ExportText.oneLine(quiz.title()));
        xml.close();
    }

    private static void writeMultichoice(Question q, XmlWriter xml, ExportLog log) {
        boolean single = q.type() != QuestionType.MULTIPLE_CHOICE;
        AnswerWeights weights = AnswerWeights.of(q);
        if (!single && !weights.onMoodleGradeList()) {
            log.changed(q, "its answer weights are not on Moodle's grade list; import with \"nearest grade\"");
        }
        xml.open("question").attribute("type", "multichoice");
        writeHeader(q, xml);
        xml.leaf("single", Boolean.toString(single));
        // Our order is deliberate: true/false/not given reads in that order, and a teacher reviewed the rest.
        xml.leaf("shuffleanswers", "false");
        xml.leaf("answernumbering", "abc");
        xml.leaf("showstandardinstruction", "0");
        for (Choice c : q.choices()) {
            String fraction = single ? (c.correct() ? "100" : "0") : weights.percent(c);
            xml.open("answer").attribute("fraction", fraction).attribute("format", PLAIN);
            xml.leaf("text", clean(c.text()));
            xml.close();
        }
        xml.close();
    }

    /** Moodle's ordering type takes the items in their correct order: ours is the order of the choices. */
    private static void writeOrdering(Question q, XmlWriter xml) {
        xml.open("question").attribute("type", "ordering");
        writeHeader(q, xml);
        xml.leaf("layouttype", "VERTICAL");
        xml.leaf("selecttype", "ALL");
        xml.leaf("selectcount", Integer.toString(q.choices().size()));
        xml.leaf("gradingtype", "ALL_OR_NOTHING");
        xml.leaf("showgrading", "SHOW");
        int position = 1;
        for (Choice c : q.choices()) {
            xml.open("answer").attribute("fraction", Integer.toString(position++)).attribute("format", PLAIN);
            xml.leaf("text", clean(c.text()));
            xml.close();
        }
        xml.close();
    }

    private static void writeHeader(Question q, XmlWriter xml) {
        xml.open("name").leaf("text", q.id()).close();
        formatted(xml, "questiontext", clean(q.prompt()));
        formatted(xml, "generalfeedback", clean(q.explanation()));
        xml.leaf("defaultgrade", "1");
        xml.leaf("penalty", "0.3333333");
        xml.leaf("hidden", "0");
        xml.leaf("idnumber", q.id());
    }

    private static String clean(String text) {
        return ExportText.normalizeNewlines(text).strip();
    }

    private static void formatted(XmlWriter xml, String element, String text) {
        xml.open(element).attribute("format", PLAIN).leaf("text", text).close();
    }
}
