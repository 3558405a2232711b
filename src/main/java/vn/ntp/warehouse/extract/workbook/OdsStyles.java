package vn.ntp.warehouse.extract.workbook;

import java.util.HashMap;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The styles of an OpenDocument spreadsheet that extraction needs, gathered from {@code styles.xml}
 * (named styles) and the automatic styles at the top of {@code content.xml}: per cell style its font
 * (legacy Vietnamese fonts), bold and number format (written as the Excel-like format string its
 * data style shows: decimals, grouping, percent, date), per table style whether the sheet is hidden.
 * Parent styles are followed; unknown names give {@link CellStyle#NONE}.
 */
final class OdsStyles {
    static final int CUSTOM_FORMAT_ID = 164;
    static final int DATE_FORMAT_ID = 14;

    private record Raw(String parent, String font, Boolean bold, String dataStyle) {
    }

    private final Map<String, Raw> cellStyles = new HashMap<>();
    private final Map<String, String> dataFormats = new HashMap<>();
    private final Map<String, String> fontFamilies = new HashMap<>();
    private final Map<String, String> textFonts = new HashMap<>();
    private final java.util.Set<String> hiddenTables = new java.util.HashSet<>();
    private final Map<String, CellStyle> resolved = new HashMap<>();

    /**
     * Reads style declarations from the element the reader is on ({@code office:document-styles}, or
     * {@code office:document-content} up to its body) and stops at {@code office:body} or the end.
     */
    void read(XMLStreamReader xml) throws XMLStreamException {
        String family = null;
        String name = null;
        String parent = null;
        String dataStyle = null;
        String font = null;
        Boolean bold = null;
        String numberStyle = null;
        StringBuilder format = null;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String element = xml.getLocalName();
                switch (element) {
                    case "body" -> {
                        return;
                    }
                    case "font-face" -> {
                        String face = XmlPart.attribute(xml, "name");
                        String familyName = XmlPart.attribute(xml, "font-family");
                        if (face != null && familyName != null) fontFamilies.put(face, unquote(familyName));
                    }
                    case "style", "default-style" -> {
                        family = XmlPart.attribute(xml, "family");
                        name = "default-style".equals(element) ? "#default-" + family : XmlPart.attribute(xml, "name");
                        parent = XmlPart.attribute(xml, "parent-style-name");
                        dataStyle = XmlPart.attribute(xml, "data-style-name");
                        font = null;
                        bold = null;
                    }
                    case "text-properties" -> {
                        String fontName = XmlPart.attribute(xml, "font-name");
                        if (fontName == null) fontName = XmlPart.attribute(xml, "font-family");
                        if (fontName != null) font = fontName;
                        String weight = XmlPart.attribute(xml, "font-weight");
                        if (weight != null) bold = "bold".equals(weight) || weight.matches("[6-9]00");
                    }
                    case "table-properties" -> {
                        if ("false".equals(XmlPart.attribute(xml, "display")) && name != null) hiddenTables.add(name);
                    }
                    case "number-style", "percentage-style", "currency-style" -> {
                        numberStyle = XmlPart.attribute(xml, "name");
                        format = new StringBuilder();
                    }
                    case "date-style" -> {
                        String dateName = XmlPart.attribute(xml, "name");
                        if (dateName != null) dataFormats.put(dateName, "yyyy-mm-dd");
                    }
                    case "number" -> {
                        if (format != null && format.isEmpty()) {
                            int decimals = parseInt(XmlPart.attribute(xml, "decimal-places"));
                            format.append(XmlPart.isTrue(XmlPart.attribute(xml, "grouping")) ? "#,##0" : "0");
                            if (decimals > 0) format.append('.').append("0".repeat(Math.min(decimals, 15)));
                        }
                    }
                    default -> { }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                String element = xml.getLocalName();
                if (("style".equals(element) || "default-style".equals(element)) && name != null) {
                    if ("table-cell".equals(family)) cellStyles.put(name, new Raw(parent, font, bold, dataStyle));
                    else if ("text".equals(family) && font != null) textFonts.put(name, font);
                    name = null;
                } else if (("number-style".equals(element) || "percentage-style".equals(element)
                        || "currency-style".equals(element)) && numberStyle != null) {
                    String f = format == null || format.isEmpty() ? "General" : format.toString();
                    if ("percentage-style".equals(element) && !f.endsWith("%")) f = f + "%";
                    dataFormats.put(numberStyle, f);
                    numberStyle = null;
                    format = null;
                }
            }
        }
    }

    /** The style of a cell with this style name ({@code table:style-name}, else its column's default). */
    CellStyle cellStyle(String styleName) {
        String key = styleName == null ? "#default-table-cell" : styleName;
        CellStyle style = resolved.get(key);
        if (style != null) return style;
        String font = null;
        Boolean bold = null;
        String data = null;
        String current = key;
        for (int depth = 0; current != null && depth < 16; depth++) {
            Raw raw = cellStyles.get(current);
            if (raw == null) break;
            if (font == null) font = raw.font;
            if (bold == null) bold = raw.bold;
            if (data == null) data = raw.dataStyle;
            current = raw.parent;
        }
        if (!"#default-table-cell".equals(key)) {
            Raw fallback = cellStyles.get("#default-table-cell");
            if (fallback != null) {
                if (font == null) font = fallback.font;
                if (bold == null) bold = fallback.bold;
            }
        }
        String format = data == null ? null : dataFormats.get(data);
        int id = format == null ? 0 : "yyyy-mm-dd".equals(format) ? DATE_FORMAT_ID : CUSTOM_FORMAT_ID;
        style = new CellStyle(fontName(font), bold != null && bold, id, format == null ? "General" : format);
        resolved.put(key, style);
        return style;
    }

    /** The font family of a text style (a run inside a cell), or null. */
    String textFont(String styleName) {
        String font = styleName == null ? null : textFonts.get(styleName);
        return font == null ? null : fontName(font);
    }

    boolean isHiddenTable(String tableStyle) {
        return tableStyle != null && hiddenTables.contains(tableStyle);
    }

    private String fontName(String font) {
        if (font == null) return "";
        String family = fontFamilies.get(font);
        return family != null ? family : unquote(font);
    }

    private static String unquote(String family) {
        String f = family.strip();
        if (f.length() >= 2 && (f.charAt(0) == '\'' || f.charAt(0) == '"')) f = f.substring(1, f.length() - 1);
        return f;
    }

    private static int parseInt(String value) {
        if (value == null) return 0;
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
