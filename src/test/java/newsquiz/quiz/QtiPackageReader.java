package newsquiz.quiz;

import static newsquiz.quiz.XmlDocuments.child;
import static newsquiz.quiz.XmlDocuments.children;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.w3c.dom.Element;

/**
 * Reads a QTI 2.1 package back and checks its structure against the rules of the QTI 2.1 and IMS Content
 * Packaging bindings that our items touch (the schema itself is not available to the build, see the report):
 * element order, required attributes, identifier syntax and uniqueness, and every cross-reference.
 */
final class QtiPackageReader {
    static final String QTI = QtiExporter.QTI_NS;
    static final String CP = QtiExporter.CP_NS;
    private static final Pattern NC_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9._-]*");
    /** assessmentItem's content model, in order; the names listed once may appear at most once. */
    private static final List<String> ITEM_ORDER = List.of("responseDeclaration", "outcomeDeclaration",
            "templateDeclaration", "templateProcessing", "stylesheet", "itemBody", "responseProcessing",
            "modalFeedback");
    private static final Set<String> AT_MOST_ONCE = Set.of("templateProcessing", "itemBody", "responseProcessing");
    private static final List<String> RESPONSE_ORDER = List.of("defaultValue", "correctResponse", "mapping",
            "areaMapping");

    record Entry(String name, LocalDateTime time, byte[] content) {}

    record Item(String identifier, String file, ImportedQuestion question) {}

    private QtiPackageReader() {}

    static List<Entry> entries(byte[] zip) {
        List<Entry> entries = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.add(new Entry(e.getName(), e.getTimeLocal(), in.readAllBytes()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    static List<Item> read(byte[] zip) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (Entry e : entries(zip)) {
            check(files.put(e.name(), e.content()) == null, "zip entry " + e.name() + " appears twice");
        }
        check(files.keySet().iterator().next().equals("imsmanifest.xml"), "imsmanifest.xml comes first");
        Element manifest = XmlDocuments.parse(files.get("imsmanifest.xml")).getDocumentElement();
        check(is(manifest, CP, "manifest"), "the manifest root is cp:manifest");
        Set<String> ids = new HashSet<>();
        identifier(manifest.getAttribute("identifier"), ids);
        Element metadata = child(manifest, "metadata");
        check(child(metadata, "schema").getTextContent().equals("QTIv2.1 Package"), "metadata names QTI 2.1");
        check(child(metadata, "schemaversion").getTextContent().equals("1.0.0"), "metadata schema version");
        child(manifest, "organizations");
        List<Item> items = new ArrayList<>();
        Set<String> referenced = new HashSet<>();
        for (Element resource : children(child(manifest, "resources"))) {
            check(is(resource, CP, "resource"), "<resources> holds only <resource>");
            check(resource.getAttribute("type").equals(QtiExporter.ITEM_RESOURCE_TYPE), "resources are items");
            String id = identifier(resource.getAttribute("identifier"), ids);
            String href = resource.getAttribute("href");
            check(child(resource, "file").getAttribute("href").equals(href), "<file> names the resource's href");
            check(files.containsKey(href), "resource " + id + " points at a file in the zip");
            check(referenced.add(href), "two resources share " + href);
            items.add(new Item(id, href, item(files.get(href), id)));
        }
        Set<String> unreferenced = new HashSet<>(files.keySet());
        unreferenced.remove("imsmanifest.xml");
        unreferenced.removeAll(referenced);
        check(unreferenced.isEmpty(), "every zip entry is in the manifest, not " + unreferenced);
        return items;
    }

    private static ImportedQuestion item(byte[] xml, String resourceId) {
        Element item = XmlDocuments.parse(xml).getDocumentElement();
        check(is(item, QTI, "assessmentItem"), "an item's root is qti:assessmentItem");
        check(item.getAttribute("identifier").equals(resourceId), "item identifier matches its resource");
        check(!item.getAttribute("title").isEmpty(), "an item has a title");
        check(Set.of("true", "false").contains(item.getAttribute("adaptive")), "adaptive is a boolean");
        check(Set.of("true", "false").contains(item.getAttribute("timeDependent")), "timeDependent is a boolean");
        check(item.getAttributeNS(QtiExporter.XSI_NS, "schemaLocation").startsWith(QTI + " "), "schemaLocation");
        allInNamespace(item);
        checkOrder(item, ITEM_ORDER);

        Map<String, String> outcomes = new LinkedHashMap<>();
        for (Element o : children(item, "outcomeDeclaration")) {
            check(!o.getAttribute("cardinality").isEmpty() && !o.getAttribute("baseType").isEmpty(),
                    "an outcome declares cardinality and baseType");
            check(outcomes.put(identifier(o.getAttribute("identifier"), null), o.getAttribute("baseType")) == null,
                    "outcome identifiers are unique");
        }
        check("float".equals(outcomes.get("SCORE")), "SCORE is a float outcome");

        Element response = child(item, "responseDeclaration");
        checkOrder(response, RESPONSE_ORDER);
        String cardinality = response.getAttribute("cardinality");
        check(Set.of("single", "multiple", "ordered").contains(cardinality), "cardinality " + cardinality);
        check(response.getAttribute("baseType").equals("identifier"), "choices answer with identifiers");
        List<String> key = children(child(response, "correctResponse"), "value").stream()
                .map(Element::getTextContent).toList();
        check(!key.isEmpty(), "a correct response has values");

        Element body = child(item, "itemBody");
        List<Element> interactions = children(body);
        check(interactions.size() == 1, "the item body holds one interaction");
        Element interaction = interactions.get(0);
        boolean ordered = cardinality.equals("ordered");
        check(interaction.getLocalName().equals(ordered ? "orderInteraction" : "choiceInteraction"),
                "the interaction fits the cardinality");
        check(interaction.getAttribute("responseIdentifier").equals(response.getAttribute("identifier")),
                "the interaction answers the declared response");
        check(Set.of("true", "false").contains(interaction.getAttribute("shuffle")), "shuffle is a boolean");
        List<Element> parts = children(interaction);
        check(parts.get(0).getLocalName().equals("prompt"), "the prompt comes first");
        String prompt = XmlDocuments.lines(parts.get(0));
        List<String> choiceIds = new ArrayList<>();
        List<String> choiceTexts = new ArrayList<>();
        for (Element choice : parts.subList(1, parts.size())) {
            check(choice.getLocalName().equals("simpleChoice"), "then only simpleChoice");
            String id = identifier(choice.getAttribute("identifier"), null);
            check(!choiceIds.contains(id), "choice identifiers are unique");
            choiceIds.add(id);
            choiceTexts.add(XmlDocuments.lines(choice));
        }
        check(choiceIds.containsAll(key), "the key names existing choices");
        if (cardinality.equals("single")) {
            check(key.size() == 1 && interaction.getAttribute("maxChoices").equals("1"), "single answer");
        } else if (ordered) {
            check(new HashSet<>(key).equals(new HashSet<>(choiceIds)) && key.size() == choiceIds.size(),
                    "an ordered key lists every choice once");
        } else {
            check(interaction.getAttribute("maxChoices").equals("0"), "any number of choices may be picked");
        }
        Map<String, Double> mapped = new LinkedHashMap<>();
        for (Element mapping : children(response, "mapping")) {
            for (Element entry : children(mapping, "mapEntry")) {
                check(choiceIds.contains(entry.getAttribute("mapKey")), "a map entry names a choice");
                check(!entry.getAttribute("caseSensitive").isEmpty(), "mapEntry states caseSensitive");
                mapped.put(entry.getAttribute("mapKey"), Double.parseDouble(entry.getAttribute("mappedValue")));
            }
        }

        Element processing = child(item, "responseProcessing");
        check(!processing.hasAttribute("template") || children(processing).isEmpty(), "template or rules");
        String explanation = "";
        for (Element feedback : children(item, "modalFeedback")) {
            String outcome = feedback.getAttribute("outcomeIdentifier");
            check("identifier".equals(outcomes.get(outcome)), "modal feedback hangs on a declared identifier outcome");
            check(Set.of("show", "hide").contains(feedback.getAttribute("showHide")), "showHide");
            String value = identifier(feedback.getAttribute("identifier"), null);
            check(setsOutcome(processing, outcome, value), "response processing sets " + outcome + " to " + value);
            explanation = XmlDocuments.lines(feedback);
        }

        List<ImportedChoice> choices = new ArrayList<>();
        for (int i = 0; i < choiceIds.size(); i++) {
            String id = choiceIds.get(i);
            double fraction = mapped.containsKey(id) ? mapped.get(id) : key.contains(id) ? 1 : 0;
            choices.add(new ImportedChoice(choiceTexts.get(i), fraction));
        }
        if (ordered) {
            check(key.equals(choiceIds), "our ordering items are stored in their correct order");
        }
        QuestionType type = ordered ? QuestionType.ORDERING
                : cardinality.equals("multiple") ? QuestionType.MULTIPLE_CHOICE : QuestionType.SINGLE_CHOICE;
        return new ImportedQuestion(item.getAttribute("label"), type, prompt, choices, explanation);
    }

    private static boolean setsOutcome(Element processing, String outcome, String value) {
        for (Element set : descendants(processing, "setOutcomeValue")) {
            if (set.getAttribute("identifier").equals(outcome)) {
                Element base = child(set, "baseValue");
                if (base.getAttribute("baseType").equals("identifier") && base.getTextContent().equals(value)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<Element> descendants(Element root, String localName) {
        List<Element> out = new ArrayList<>();
        for (Element c : children(root)) {
            if (c.getLocalName().equals(localName)) {
                out.add(c);
            }
            out.addAll(descendants(c, localName));
        }
        return out;
    }

    private static void checkOrder(Element parent, List<String> order) {
        int last = -1;
        Set<String> seen = new HashSet<>();
        for (Element c : children(parent)) {
            int rank = order.indexOf(c.getLocalName());
            check(rank >= 0, "<" + c.getLocalName() + "> is not allowed in <" + parent.getLocalName() + ">");
            check(rank >= last, "<" + c.getLocalName() + "> is out of order in <" + parent.getLocalName() + ">");
            check(seen.add(c.getLocalName()) || !AT_MOST_ONCE.contains(c.getLocalName())
                    && !RESPONSE_ORDER.contains(c.getLocalName()), "<" + c.getLocalName() + "> appears twice");
            last = rank;
        }
    }

    private static void allInNamespace(Element element) {
        check(QTI.equals(element.getNamespaceURI()), "<" + element.getLocalName() + "> is in the QTI namespace");
        for (Element c : children(element)) {
            allInNamespace(c);
        }
    }

    private static String identifier(String value, Set<String> unique) {
        check(NC_NAME.matcher(value).matches(), "'" + value + "' is an XML name");
        check(unique == null || unique.add(value), "identifier " + value + " is used twice");
        return value;
    }

    private static boolean is(Element e, String namespace, String localName) {
        return namespace.equals(e.getNamespaceURI()) && localName.equals(e.getLocalName());
    }

    private static void check(boolean ok, String rule) {
        if (!ok) {
            throw new AssertionError("QTI: " + rule);
        }
    }
}
