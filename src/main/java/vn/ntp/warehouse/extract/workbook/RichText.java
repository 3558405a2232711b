package vn.ntp.warehouse.extract.workbook;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a string item ({@code <si>} in the shared strings, {@code <is>} in an inline-string cell):
 * all {@code <t>} texts of its runs concatenated, phonetic runs ({@code <rPh>}) left out, and the
 * first run's own font ({@code <rFont>}) when it has one. One instance is reused for all strings.
 */
final class RichText {
    private final StringBuilder text = new StringBuilder(64);
    private String firstRunFont;

    /** Reads from the start tag the reader is on to its end tag; returns the text. */
    String read(XMLStreamReader xml) throws XMLStreamException {
        text.setLength(0);
        firstRunFont = null;
        int depth = 1;
        int runs = 0;
        boolean inText = false;
        boolean inPhonetic = false;
        while (depth > 0) {
            switch (xml.next()) {
                case XMLStreamConstants.START_ELEMENT -> {
                    depth++;
                    switch (xml.getLocalName()) {
                        case "t" -> inText = !inPhonetic;
                        case "r" -> runs++;
                        case "rPh" -> inPhonetic = true;
                        case "rFont" -> {
                            if (runs == 1 && !inPhonetic && firstRunFont == null) {
                                String font = XmlPart.attribute(xml, "val");
                                firstRunFont = font == null || font.isEmpty() ? null : font;
                            }
                        }
                        default -> { }
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    depth--;
                    String name = xml.getLocalName();
                    if ("t".equals(name)) inText = false;
                    else if ("rPh".equals(name)) inPhonetic = false;
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (inText) text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                }
                default -> { }
            }
        }
        return decodeEscapes(text);
    }

    /** The first run's font of the last string read, or null when it has none. */
    String firstRunFont() {
        return firstRunFont;
    }

    /** OOXML writes characters XML cannot hold as {@code _xHHHH_} ({@code _x000D_} for a carriage return). */
    static String decodeEscapes(CharSequence s) {
        int start = indexOfEscape(s, 0);
        if (start < 0) return s.toString();
        StringBuilder out = new StringBuilder(s.length());
        int from = 0;
        while (start >= 0) {
            out.append(s, from, start);
            out.append((char) Integer.parseInt(s.subSequence(start + 2, start + 6).toString(), 16));
            from = start + 7;
            start = indexOfEscape(s, from);
        }
        return out.append(s, from, s.length()).toString();
    }

    private static int indexOfEscape(CharSequence s, int from) {
        for (int i = from; i + 6 < s.length(); i++) {
            if (s.charAt(i) == '_' && s.charAt(i + 1) == 'x' && s.charAt(i + 6) == '_'
                    && isHex(s.charAt(i + 2)) && isHex(s.charAt(i + 3)) && isHex(s.charAt(i + 4)) && isHex(s.charAt(i + 5))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isHex(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }
}
