package vn.ntp.warehouse.extract.workbook;

import com.fasterxml.aalto.stax.InputFactoryImpl;

import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.codehaus.stax2.XMLStreamReader2;

/**
 * One XML part of a package, opened with aalto-xml and positioned on its root element. A part
 * that declares a DTD is refused before anything in it is resolved: OOXML never needs one, and a
 * DTD is how external entities (XXE) and entity expansion bombs get in.
 */
final class XmlPart implements AutoCloseable {
    private static final XMLInputFactory FACTORY = createFactory();

    final String name;
    final XMLStreamReader2 xml;
    private final InputStream in;

    private XmlPart(String name, XMLStreamReader2 xml, InputStream in) {
        this.name = name;
        this.xml = xml;
        this.in = in;
    }

    /** What a reader does with one part. */
    @FunctionalInterface
    interface Reader<T> {
        T read(XmlPart part) throws XMLStreamException, UnreadableWorkbookException;
    }

    /**
     * Reads the part {@code name} (its zip entry {@code entry}) within the inflate budget, or returns null when the
     * package has no such part. An over-budget part is a zip bomb; any other failure makes the file corrupt.
     */
    static <T> T read(ZipFile zip, ZipEntry entry, String name, InflateBudget budget, Reader<T> reader)
            throws UnreadableWorkbookException {
        if (entry == null) return null;
        try (XmlPart part = open(name, budget.open(zip, entry))) {
            T result = reader.read(part);
            part.finish();
            return result;
        } catch (GuardedVisitor.Failure visitorFailure) {
            throw visitorFailure;
        } catch (XMLStreamException | IOException | RuntimeException e) {
            if (budget.exceeded() != null) throw Rejections.zipBomb(budget.exceeded());
            throw Rejections.corruptPart(name, e);
        }
    }

    static XmlPart open(String name, InputStream in) throws XMLStreamException, UnreadableWorkbookException {
        XMLStreamReader2 xml;
        try {
            xml = (XMLStreamReader2) FACTORY.createXMLStreamReader(in);
            int event = xml.getEventType();
            while (event != XMLStreamConstants.START_ELEMENT) {
                if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE
                        || event == XMLStreamConstants.ENTITY_DECLARATION) {
                    throw Rejections.externalEntity(name);
                }
                if (event == XMLStreamConstants.END_DOCUMENT) {
                    throw new XMLStreamException("no root element");
                }
                event = xml.next();
            }
        } catch (XMLStreamException | UnreadableWorkbookException | RuntimeException e) {
            closeQuietly(in);
            throw e;
        }
        return new XmlPart(name, xml, in);
    }

    /** The value of the attribute with this local name (any prefix), or null. */
    static String attribute(XMLStreamReader xml, String localName) {
        for (int i = 0, n = xml.getAttributeCount(); i < n; i++) {
            if (localName.equals(xml.getAttributeLocalName(i))) return xml.getAttributeValue(i);
        }
        return null;
    }

    /** Moves past the end of the current element, whatever it contains. */
    static void skipElement(XMLStreamReader xml) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) depth++;
            else if (event == XMLStreamConstants.END_ELEMENT) depth--;
        }
    }

    static boolean isTrue(String value) {
        return "1".equals(value) || "true".equals(value);
    }

    /**
     * Reads what the parser left of the part (after its root element), so that the part's CRC-32 is
     * checked: a part whose bytes were damaged is refused even when its XML still parses.
     */
    void finish() throws java.io.IOException {
        in.transferTo(java.io.OutputStream.nullOutputStream());
    }

    @Override
    public void close() {
        try {
            xml.close();
        } catch (XMLStreamException ignored) {
            // the stream below is closed next; nothing else holds resources
        }
        closeQuietly(in);
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // read-only zip entry stream: nothing to flush
        }
    }

    private static XMLInputFactory createFactory() {
        XMLInputFactory factory = new InputFactoryImpl();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        factory.setXMLResolver((publicId, systemId, base, namespace) -> {
            throw new XMLStreamException("external entity refused: " + systemId);
        });
        return factory;
    }
}
