package vn.ntp.warehouse.report.feedback;

import java.io.ByteArrayOutputStream;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.codehaus.stax2.XMLStreamReader2;
import org.codehaus.stax2.XMLStreamWriter2;

import com.fasterxml.aalto.stax.OutputFactoryImpl;

/** One rewritten XML part: an aalto writer over a byte buffer, and the helpers the part writers share. */
final class XmlOut {
    static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    static final String REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    static final String PACKAGE_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final OutputFactoryImpl FACTORY = new OutputFactoryImpl();
    private static final byte[] DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            .getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    final XMLStreamWriter2 xml;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(8192);

    private XmlOut() throws XMLStreamException {
        xml = (XMLStreamWriter2) FACTORY.createXMLStreamWriter(bytes, "UTF-8");
    }

    /** A part, its declaration written as Excel writes it. */
    static XmlOut document() throws XMLStreamException {
        XmlOut out = new XmlOut();
        out.bytes.writeBytes(DECLARATION);
        return out;
    }

    /** A new part whose root element, in the SpreadsheetML namespace, is open. */
    static XmlOut spreadsheetPart(String root) throws XMLStreamException {
        XmlOut out = document();
        out.xml.writeStartElement(root);
        out.xml.writeDefaultNamespace(MAIN_NS);
        return out;
    }

    /** What a rewrite changes; depth 1 is the root element. */
    interface Editor {
        /** A start element (below the root) is next; true when the editor wrote it itself. */
        boolean start(XMLStreamReader2 in, int depth) throws XMLStreamException;

        /** An end element is next, not yet written. */
        default void end(XMLStreamReader2 in, int depth) throws XMLStreamException {
        }
    }

    /** Copies a part (the reader on its root element) into this new part event by event, through the editor. */
    byte[] rewrite(XMLStreamReader2 in, Editor editor) throws XMLStreamException {
        copy(in);
        int depth = 1;
        while (depth > 0) {
            int event = in.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (editor.start(in, ++depth)) continue;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                editor.end(in, depth--);
            }
            copy(in);
        }
        return finish();
    }

    byte[] finish() throws XMLStreamException {
        xml.writeEndDocument();
        xml.close();
        return bytes.toByteArray();
    }

    /** Copies the reader's current event. */
    void copy(XMLStreamReader2 in) throws XMLStreamException {
        xml.copyEventFromReader(in, false);
    }

    /**
     * Writes the reader's current start element with its namespaces and attributes, except that the unprefixed
     * attributes named in {@code replaced} take the given value (added when missing) and those in {@code removed}
     * are left out.
     */
    void startElement(XMLStreamReader in, Map<String, String> replaced, Set<String> removed) throws XMLStreamException {
        xml.writeStartElement(prefix(in.getPrefix()), in.getLocalName(), uri(in.getNamespaceURI()));
        for (int i = 0; i < in.getNamespaceCount(); i++) {
            String prefix = in.getNamespacePrefix(i);
            if (prefix == null || prefix.isEmpty()) xml.writeDefaultNamespace(in.getNamespaceURI(i));
            else xml.writeNamespace(prefix, in.getNamespaceURI(i));
        }
        for (int i = 0; i < in.getAttributeCount(); i++) {
            String local = in.getAttributeLocalName(i);
            String ns = uri(in.getAttributeNamespace(i));
            boolean plain = ns.isEmpty();
            if (plain && removed.contains(local)) continue;
            String value = plain && replaced.containsKey(local) ? replaced.get(local) : in.getAttributeValue(i);
            if (plain) xml.writeAttribute(local, value);
            else xml.writeAttribute(prefix(in.getAttributePrefix(i)), ns, local, value);
        }
        for (Map.Entry<String, String> e : replaced.entrySet()) {
            if (in.getAttributeValue(null, e.getKey()) == null && in.getAttributeValue("", e.getKey()) == null) {
                xml.writeAttribute(e.getKey(), e.getValue());
            }
        }
    }

    /** Starts an element in the namespace and with the prefix of the element the reader is on (its parent). */
    void startChild(XMLStreamReader parent, String localName) throws XMLStreamException {
        xml.writeStartElement(prefix(parent.getPrefix()), localName, uri(parent.getNamespaceURI()));
    }

    /** {@code r:id="..."}, its namespace declared on the element where the part does not declare it above. */
    void relationshipId(XMLStreamReader in, String id) throws XMLStreamException {
        if (in == null || !REL_NS.equals(in.getNamespaceURI("r"))) xml.writeNamespace("r", REL_NS);
        xml.writeAttribute("r", REL_NS, "id", id);
    }

    /** Text, without the characters XML 1.0 cannot hold (control characters a sender typed into a cell). */
    void text(String value) throws XMLStreamException {
        StringBuilder clean = null;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean allowed = c >= 0x20 ? c != 0xFFFE && c != 0xFFFF : c == '\t' || c == '\n' || c == '\r';
            if (!allowed && clean == null) clean = new StringBuilder(value.substring(0, i));
            if (allowed && clean != null) clean.append(c);
        }
        xml.writeCharacters(clean == null ? value : clean.toString());
    }

    static boolean isStart(XMLStreamReader in, int event, String localName) {
        return event == XMLStreamConstants.START_ELEMENT && localName.equals(in.getLocalName());
    }

    static boolean isEnd(XMLStreamReader in, int event, String localName) {
        return event == XMLStreamConstants.END_ELEMENT && localName.equals(in.getLocalName());
    }

    private static String prefix(String prefix) {
        return prefix == null ? "" : prefix;
    }

    private static String uri(String uri) {
        return uri == null ? "" : uri;
    }
}
