package vn.ntp.warehouse.extract.workbook;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** When the workbook was last saved: {@code dcterms:modified} of {@code docProps/core.xml}. */
final class CorePropertiesPart {
    private CorePropertiesPart() {
    }

    /** @return the instant, or null when the part does not say (or says something unreadable). */
    static Instant modified(XmlPart part) throws XMLStreamException {
        XMLStreamReader xml = part.xml;
        while (xml.hasNext()) {
            if (xml.next() == XMLStreamConstants.START_ELEMENT && "modified".equals(xml.getLocalName())) {
                String text = xml.getElementText().strip();
                try {
                    return Instant.parse(text);
                } catch (DateTimeParseException unreadable) {
                    return null;
                }
            }
        }
        return null;
    }
}
