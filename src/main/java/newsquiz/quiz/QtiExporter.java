package newsquiz.quiz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * An IMS QTI 2.1 content package: imsmanifest.xml plus one assessmentItem per question. Choice questions use a
 * choiceInteraction, ordering an orderInteraction; the explanation is modal feedback shown after answering.
 * Multiple choice scores with the same partial credit as the Moodle exports; the others score all or nothing.
 */
final class QtiExporter implements QuizExporter {
    static final String QTI_NS = "http://www.imsglobal.org/xsd/imsqti_v2p1";
    static final String QTI_XSD = "http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd";
    static final String CP_NS = "http://www.imsglobal.org/xsd/imscp_v1p1";
    static final String CP_XSD = "http://www.imsglobal.org/xsd/qti/qtiv2p1/qtiv2p1_imscpv1p2_v1p0.xsd";
    static final String XSI_NS = "http://www.w3.org/2001/XMLSchema-instance";
    static final String ITEM_RESOURCE_TYPE = "imsqti_item_xmlv2p1";
    static final String MANIFEST = "imsmanifest.xml";
    static final String EXPLANATION = "EXPLANATION";
    /** A fixed time for every zip entry: the same quiz gives the same bytes. Local time, so no zone enters. */
    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);
    private static final int TITLE_LENGTH = 100;
    private static final int LABEL_LENGTH = 256;

    private record Item(String identifier, String file, byte[] xml) {}

    @Override
    public byte[] export(Quiz quiz, List<Question> questions, ExportLog log) {
        NcNames names = new NcNames();
        names.reserve("imsmanifest");
        String manifestId = names.claim("MANIFEST-" + ExportText.orEmpty(quiz.id()));
        List<Item> items = new ArrayList<>();
        for (Question q : questions) {
            String identifier = names.claim(q.id());
            if (!identifier.equals(q.id())) {
                log.changed(q, "identifier written as " + identifier + " (QTI needs an XML name)");
            }
            items.add(new Item(identifier, identifier + ".xml", item(q, identifier)));
        }
        return zip(manifest(manifestId, items), items);
    }

    private static byte[] item(Question q, String identifier) {
        boolean ordering = q.type() == QuestionType.ORDERING;
        boolean multiple = q.type() == QuestionType.MULTIPLE_CHOICE;
        boolean feedback = !ExportText.isBlank(q.explanation());
        NcNames choiceNames = new NcNames();
        List<String> choiceIds = q.choices().stream().map(c -> choiceNames.claim(c.id())).toList();

        XmlWriter xml = new XmlWriter();
        xml.open("assessmentItem")
                .attribute("xmlns", QTI_NS)
                .attribute("xmlns:xsi", XSI_NS)
                .attribute("xsi:schemaLocation", QTI_NS + " " + QTI_XSD)
                .attribute("identifier", identifier)
                .attribute("title", ExportText.abbreviate(ExportText.oneLine(q.prompt()), TITLE_LENGTH));
        if (q.id().length() <= LABEL_LENGTH) {
            xml.attribute("label", q.id()); // our own id, even where the identifier had to change
        }
        xml.attribute("adaptive", "false").attribute("timeDependent", "false").attribute("toolName", "newsquiz");

        xml.open("responseDeclaration").attribute("identifier", "RESPONSE")
                .attribute("cardinality", ordering ? "ordered" : multiple ? "multiple" : "single")
                .attribute("baseType", "identifier");
        xml.open("correctResponse");
        for (int i = 0; i < choiceIds.size(); i++) {
            // An ordering question's key is all its choices, in the order they are stored.
            if (ordering || q.choices().get(i).correct()) {
                xml.leaf("value", choiceIds.get(i));
            }
        }
        xml.close();
        if (multiple) {
            AnswerWeights weights = AnswerWeights.of(q);
            xml.open("mapping").attribute("lowerBound", "0").attribute("upperBound", "1").attribute("defaultValue", "0");
            for (int i = 0; i < choiceIds.size(); i++) {
                xml.open("mapEntry").attribute("mapKey", choiceIds.get(i))
                        .attribute("mappedValue", weights.fraction(q.choices().get(i)))
                        .attribute("caseSensitive", "true").close();
            }
            xml.close();
        }
        xml.close();

        xml.open("outcomeDeclaration").attribute("identifier", "SCORE").attribute("cardinality", "single")
                .attribute("baseType", "float");
        xml.open("defaultValue").leaf("value", "0").close();
        xml.close();
        if (feedback) {
            xml.open("outcomeDeclaration").attribute("identifier", "FEEDBACK").attribute("cardinality", "single")
                    .attribute("baseType", "identifier").close();
        }

        xml.open("itemBody");
        // Ordering items are stored in their correct order, so the player must shuffle them; choices keep ours.
        xml.open(ordering ? "orderInteraction" : "choiceInteraction")
                .attribute("responseIdentifier", "RESPONSE").attribute("shuffle", Boolean.toString(ordering));
        if (!ordering) {
            xml.attribute("maxChoices", multiple ? "0" : "1");
        }
        xml.open("prompt").lines(q.prompt().strip()).close();
        for (int i = 0; i < choiceIds.size(); i++) {
            xml.open("simpleChoice").attribute("identifier", choiceIds.get(i))
                    .lines(q.choices().get(i).text().strip()).close();
        }
        xml.close();
        xml.close();

        xml.open("responseProcessing");
        if (multiple) {
            scoreByMapping(xml);
        } else {
            scoreByMatch(xml);
        }
        if (feedback) {
            xml.open("setOutcomeValue").attribute("identifier", "FEEDBACK");
            xml.open("baseValue").attribute("baseType", "identifier").text(EXPLANATION).close();
            xml.close();
        }
        xml.close();

        if (feedback) {
            xml.open("modalFeedback").attribute("outcomeIdentifier", "FEEDBACK").attribute("showHide", "show")
                    .attribute("identifier", EXPLANATION).lines(q.explanation().strip()).close();
        }
        xml.close();
        return xml.finish();
    }

    /** The rules of QTI's match_correct template, written out so the feedback rule can follow them. */
    private static void scoreByMatch(XmlWriter xml) {
        xml.open("responseCondition");
        xml.open("responseIf");
        xml.open("match");
        xml.open("variable").attribute("identifier", "RESPONSE").close();
        xml.open("correct").attribute("identifier", "RESPONSE").close();
        xml.close();
        setScore(xml, "1");
        xml.close();
        xml.open("responseElse");
        setScore(xml, "0");
        xml.close();
        xml.close();
    }

    /** The rules of QTI's map_response template. */
    private static void scoreByMapping(XmlWriter xml) {
        xml.open("responseCondition");
        xml.open("responseIf");
        xml.open("isNull");
        xml.open("variable").attribute("identifier", "RESPONSE").close();
        xml.close();
        setScore(xml, "0");
        xml.close();
        xml.open("responseElse");
        xml.open("setOutcomeValue").attribute("identifier", "SCORE");
        xml.open("mapResponse").attribute("identifier", "RESPONSE").close();
        xml.close();
        xml.close();
        xml.close();
    }

    private static void setScore(XmlWriter xml, String value) {
        xml.open("setOutcomeValue").attribute("identifier", "SCORE");
        xml.open("baseValue").attribute("baseType", "float").text(value).close();
        xml.close();
    }

    private static byte[] manifest(String manifestId, List<Item> items) {
        XmlWriter xml = new XmlWriter();
        xml.open("manifest")
                .attribute("xmlns", CP_NS)
                .attribute("xmlns:xsi", XSI_NS)
                .attribute("xsi:schemaLocation", CP_NS + " " + CP_XSD)
                .attribute("identifier", manifestId);
        xml.open("metadata");
        xml.leaf("schema", "QTIv2.1 Package");
        xml.leaf("schemaversion", "1.0.0");
        xml.close();
        xml.open("organizations").close();
        xml.open("resources");
        for (Item item : items) {
            xml.open("resource").attribute("identifier", item.identifier()).attribute("type", ITEM_RESOURCE_TYPE)
                    .attribute("href", item.file());
            xml.open("file").attribute("href", item.file()).close();
            xml.close();
        }
        xml.close();
        xml.close();
        return xml.finish();
    }

    private static byte[] zip(byte[] manifest, List<Item> items) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            put(zip, MANIFEST, manifest);
            for (Item item : items) {
                put(zip, item.file(), item.xml());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the QTI package", e);
        }
        return bytes.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(ENTRY_TIME);
        zip.putNextEntry(entry);
        zip.write(content);
        zip.closeEntry();
    }
}
