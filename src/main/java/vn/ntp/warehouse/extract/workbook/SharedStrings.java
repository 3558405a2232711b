package vn.ntp.warehouse.extract.workbook;

import java.util.Arrays;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** The shared strings table, read once into an array; rich-text items keep their first run's font. */
final class SharedStrings {
    static final SharedStrings NONE = new SharedStrings(new String[0], null);

    private final String[] strings;
    /** Parallel to {@link #strings}; null when no item has a run font. */
    private final String[] runFonts;

    private SharedStrings(String[] strings, String[] runFonts) {
        this.strings = strings;
        this.runFonts = runFonts;
    }

    int size() {
        return strings.length;
    }

    String get(int index) {
        return strings[index];
    }

    /** The first run's font of item {@code index}, or null. */
    String runFont(int index) {
        return runFonts == null ? null : runFonts[index];
    }

    static SharedStrings read(XmlPart part) throws XMLStreamException {
        XMLStreamReader xml = part.xml;
        String declared = XmlPart.attribute(xml, "uniqueCount");
        int capacity = 256;
        int declaredCount = -1;
        if (declared != null) {
            try {
                declaredCount = Integer.parseInt(declared.trim());
                capacity = Math.max(16, Math.min(declaredCount, 1 << 20));
            } catch (NumberFormatException ignored) {
                // the count is only a sizing hint
            }
        }
        String[] strings = new String[capacity];
        String[] fonts = null;
        int n = 0;
        RichText richText = new RichText();
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT && "si".equals(xml.getLocalName())) {
                if (n == strings.length) {
                    strings = Arrays.copyOf(strings, n * 2);
                    if (fonts != null) fonts = Arrays.copyOf(fonts, n * 2);
                }
                strings[n] = richText.read(xml);
                String font = richText.firstRunFont();
                if (font != null) {
                    if (fonts == null) fonts = new String[strings.length];
                    fonts[n] = font;
                }
                n++;
            }
        }
        if (declaredCount > n) {
            // items are missing: every later cell would show the text of another item
            throw new XMLStreamException("the table declares " + declaredCount + " strings but holds " + n);
        }
        return new SharedStrings(Arrays.copyOf(strings, n), fonts == null ? null : Arrays.copyOf(fonts, n));
    }
}
