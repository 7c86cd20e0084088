package newsquiz.quiz;

import static newsquiz.quiz.XmlDocuments.child;
import static newsquiz.quiz.XmlDocuments.children;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Reads our Moodle XML back with the JDK parser, checking the parts Moodle's importer relies on. */
final class MoodleXmlReader {
    record Read(String category, List<ImportedQuestion> questions) {}

    private MoodleXmlReader() {}

    static Read read(byte[] xml) {
        Document doc = XmlDocuments.parse(xml);
        Element quiz = doc.getDocumentElement();
        check(quiz.getNamespaceURI() == null && quiz.getLocalName().equals("quiz"), "root must be <quiz>");
        String category = null;
        List<ImportedQuestion> questions = new ArrayList<>();
        for (Element q : children(quiz)) {
            check(q.getLocalName().equals("question"), "<quiz> holds only <question>");
            String type = q.getAttribute("type");
            switch (type) {
                case "category" -> category = child(child(q, "category"), "text").getTextContent();
                case "multichoice" -> questions.add(multichoice(q));
                case "ordering" -> questions.add(ordering(q));
                default -> throw new AssertionError("unexpected question type " + type);
            }
        }
        return new Read(category, questions);
    }

    private static ImportedQuestion multichoice(Element q) {
        String single = child(q, "single").getTextContent();
        check(single.equals("true") || single.equals("false"), "<single> is true or false");
        List<ImportedChoice> choices = new ArrayList<>();
        for (Element a : children(q, "answer")) {
            choices.add(new ImportedChoice(plainText(a), Double.parseDouble(a.getAttribute("fraction")) / 100));
        }
        QuestionType type = single.equals("true") ? QuestionType.SINGLE_CHOICE : QuestionType.MULTIPLE_CHOICE;
        return question(q, type, choices);
    }

    /** Moodle's ordering type lists the items in their correct order. */
    private static ImportedQuestion ordering(Element q) {
        check(child(q, "selecttype").getTextContent().equals("ALL"), "every item is shown");
        List<ImportedChoice> choices = new ArrayList<>();
        int position = 1;
        for (Element a : children(q, "answer")) {
            check(a.getAttribute("fraction").equals(Integer.toString(position++)), "answers numbered in order");
            choices.add(new ImportedChoice(plainText(a), 1));
        }
        return question(q, QuestionType.ORDERING, choices);
    }

    private static ImportedQuestion question(Element q, QuestionType type, List<ImportedChoice> choices) {
        String name = child(child(q, "name"), "text").getTextContent();
        check(child(q, "idnumber").getTextContent().equals(name), "idnumber is the question id");
        return new ImportedQuestion(name, type, plainText(child(q, "questiontext")), choices,
                plainText(child(q, "generalfeedback")));
    }

    /** Every text we write is plain text, so Moodle escapes it rather than rendering HTML. */
    private static String plainText(Element holder) {
        check(holder.getAttribute("format").equals("plain_text"), "<" + holder.getLocalName() + "> is plain_text");
        return child(holder, "text").getTextContent();
    }

    private static void check(boolean ok, String rule) {
        if (!ok) {
            throw new AssertionError("Moodle XML: " + rule);
        }
    }
}
