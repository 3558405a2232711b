package vn.ntp.warehouse.extract.workbook;

import org.apache.poi.ss.usermodel.BuiltinFormats;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** Reads {@code styles.xml} once into the cell styles indexed by a cell's {@code s} attribute. */
final class StylesPart {
    private record Font(String name, boolean bold) {
    }

    private StylesPart() {
    }

    static CellStyle[] read(XmlPart part) throws XMLStreamException {
        XMLStreamReader xml = part.xml;
        Map<Integer, String> customFormats = new HashMap<>();
        List<Font> fonts = new ArrayList<>();
        List<int[]> cellXfs = new ArrayList<>();
        String section = "";
        String fontName = "";
        boolean fontBold = false;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = xml.getLocalName();
                switch (name) {
                    case "numFmts", "fonts", "cellXfs", "cellStyleXfs", "dxfs" -> section = name;
                    case "numFmt" -> {
                        if (section.equals("numFmts")) {
                            Integer id = parseInt(XmlPart.attribute(xml, "numFmtId"));
                            if (id != null) customFormats.put(id, XmlPart.attribute(xml, "formatCode"));
                        }
                    }
                    case "font" -> {
                        fontName = "";
                        fontBold = false;
                    }
                    case "name" -> {
                        String value = XmlPart.attribute(xml, "val");
                        if (value != null) fontName = value;
                    }
                    case "b" -> {
                        String value = XmlPart.attribute(xml, "val");
                        fontBold = value == null || XmlPart.isTrue(value);
                    }
                    case "xf" -> {
                        if (section.equals("cellXfs")) {
                            cellXfs.add(new int[] {orZero(parseInt(XmlPart.attribute(xml, "fontId"))),
                                    orZero(parseInt(XmlPart.attribute(xml, "numFmtId")))});
                        }
                    }
                    default -> { }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                String name = xml.getLocalName();
                if ("font".equals(name) && section.equals("fonts")) {
                    fonts.add(new Font(fontName, fontBold));
                } else if (name.equals(section)) {
                    section = "";
                }
            }
        }
        return styles(cellXfs, fonts, customFormats);
    }

    private static CellStyle[] styles(List<int[]> cellXfs, List<Font> fonts, Map<Integer, String> customFormats) {
        CellStyle[] styles = new CellStyle[cellXfs.size()];
        Map<CellStyle, CellStyle> distinct = new HashMap<>();
        for (int i = 0; i < styles.length; i++) {
            int fontId = cellXfs.get(i)[0];
            int numFmtId = cellXfs.get(i)[1];
            Font font = fontId >= 0 && fontId < fonts.size() ? fonts.get(fontId) : new Font("", false);
            String format = customFormats.containsKey(numFmtId) ? customFormats.get(numFmtId) : builtinFormat(numFmtId);
            CellStyle style = new CellStyle(font.name(), font.bold(), numFmtId, format);
            styles[i] = distinct.computeIfAbsent(style, s -> s);
        }
        return styles;
    }

    static String builtinFormat(int numFmtId) {
        String format = numFmtId >= 0 && numFmtId < 0x31 ? BuiltinFormats.getBuiltinFormat(numFmtId) : null;
        return format == null || format.startsWith("reserved") ? null : format;
    }

    private static Integer parseInt(String value) {
        if (value == null) return null;
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }
}
