package vn.ntp.warehouse.extract.workbook;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
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
                return instant(xml.getElementText().strip());
            }
        }
        return null;
    }

    /**
     * W3CDTF as Excel writes it ({@code 2024-07-10T08:15:00Z}) read field by field: {@link Instant#parse} costs
     * about as much as the rest of the part, once per workbook. Any other form goes to {@link Instant#parse}.
     */
    static Instant instant(String text) {
        if (text.length() == 20 && text.charAt(4) == '-' && text.charAt(7) == '-' && text.charAt(10) == 'T'
                && text.charAt(13) == ':' && text.charAt(16) == ':' && text.charAt(19) == 'Z') {
            int year = digits(text, 0, 4);
            int month = digits(text, 5, 7);
            int day = digits(text, 8, 10);
            int hour = digits(text, 11, 13);
            int minute = digits(text, 14, 16);
            int second = digits(text, 17, 19);
            if (year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= YearMonth.of(year, month).lengthOfMonth()
                    && hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59 && second >= 0 && second <= 59) {
                return LocalDateTime.of(year, month, day, hour, minute, second).toInstant(ZoneOffset.UTC);
            }
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException unreadable) {
            return null;
        }
    }

    /** The number the ASCII digits of {@code text[from, to)} write, or -1 when one is not a digit. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') return -1;
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
