package newsquiz.quiz;

import java.io.ByteArrayOutputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A thin, indenting layer over the JDK's StAX writer, which does the escaping. Start tags are held back until
 * their content is known, so an element without content is written as {@code <x/>}.
 */
final class XmlWriter {
    private static final String INDENT = "  ";

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final XMLStreamWriter xml;
    private final Deque<Boolean> hasChildElements = new ArrayDeque<>();
    private String pendingName;
    private final List<Attribute> pendingAttributes = new ArrayList<>();

    private record Attribute(String name, String value) {}

    XmlWriter() {
        try {
            // The JDK's own factory, whatever else is on the class path: same library, same bytes.
            xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(bytes, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot start an XML document", e);
        }
    }

    XmlWriter open(String name) {
        flushPending(false);
        if (!hasChildElements.isEmpty()) {
            hasChildElements.pop();
            hasChildElements.push(true);
        }
        pendingName = name;
        return this;
    }

    /** An attribute of the element just opened; {@code name} may carry a prefix bound on that element or above. */
    XmlWriter attribute(String name, String value) {
        if (pendingName == null) {
            throw new IllegalStateException("attribute " + name + " outside a start tag");
        }
        pendingAttributes.add(new Attribute(name, ExportText.xmlSafe(value)));
        return this;
    }

    XmlWriter text(String text) {
        flushPending(false);
        try {
            xml.writeCharacters(ExportText.xmlSafe(text));
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    /** Text with each line break written as {@code <br/>}, inline, so mixed content gets no indentation. */
    XmlWriter lines(String text) {
        String[] parts = ExportText.normalizeNewlines(text).split("\n", -1);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                flushPending(false);
                try {
                    xml.writeEmptyElement("br");
                } catch (XMLStreamException e) {
                    throw new IllegalStateException(e);
                }
            }
            if (!parts[i].isEmpty()) {
                text(parts[i]);
            }
        }
        return this;
    }

    XmlWriter close() {
        try {
            if (pendingName != null) {
                flushPending(true);
                return this;
            }
            boolean children = hasChildElements.pop();
            if (children) {
                newline(hasChildElements.size());
            }
            xml.writeEndElement();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    /** {@code <name>text</name>}, or {@code <name/>} for an empty text. */
    XmlWriter leaf(String name, String text) {
        open(name);
        if (text != null && !text.isEmpty()) {
            text(text);
        }
        return close();
    }

    byte[] finish() {
        try {
            if (!hasChildElements.isEmpty() || pendingName != null) {
                throw new IllegalStateException("unclosed element");
            }
            xml.writeEndDocument();
            xml.writeCharacters("\n");
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return bytes.toByteArray();
    }

    private void flushPending(boolean empty) {
        if (pendingName == null) {
            return;
        }
        try {
            newline(hasChildElements.size());
            if (empty) {
                xml.writeEmptyElement(pendingName);
            } else {
                xml.writeStartElement(pendingName);
            }
            for (Attribute a : pendingAttributes) {
                if (a.name().equals("xmlns")) {
                    xml.writeDefaultNamespace(a.value());
                } else if (a.name().startsWith("xmlns:")) {
                    xml.writeNamespace(a.name().substring("xmlns:".length()), a.value());
                } else {
                    xml.writeAttribute(a.name(), a.value());
                }
            }
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        if (!empty) {
            hasChildElements.push(false);
        }
        pendingName = null;
        pendingAttributes.clear();
    }

    private void newline(int depth) throws XMLStreamException {
        xml.writeCharacters("\n" + INDENT.repeat(depth));
    }
}
