package newsquiz.quiz;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** The JDK's DOM parser, namespace aware and closed to DTDs and external entities, plus small helpers. */
final class XmlDocuments {
    private XmlDocuments() {}

    static Document parse(byte[] xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage(), e);
        }
    }

    static List<Element> children(Element parent) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                out.add(e);
            }
        }
        return out;
    }

    static List<Element> children(Element parent, String localName) {
        return children(parent).stream().filter(e -> e.getLocalName().equals(localName)).toList();
    }

    static Element child(Element parent, String localName) {
        List<Element> found = children(parent, localName);
        if (found.size() != 1) {
            throw new AssertionError("<" + parent.getLocalName() + "> needs exactly one <" + localName + ">, has "
                    + found.size());
        }
        return found.get(0);
    }

    /** Text content with each {@code <br/>} read as a line break; any other element is a failure. */
    static String lines(Element element) {
        StringBuilder out = new StringBuilder();
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
                out.append(n.getNodeValue());
            } else if (n instanceof Element e && e.getLocalName().equals("br") && !e.hasChildNodes()) {
                out.append('\n');
            } else if (n.getNodeType() != Node.COMMENT_NODE) {
                throw new AssertionError("unexpected markup in <" + element.getLocalName() + ">: " + n.getNodeName());
            }
        }
        return out.toString();
    }
}
