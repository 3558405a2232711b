package vn.ntp.warehouse.extract.workbook;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.codehaus.stax2.XMLStreamReader2;

/**
 * Streams one worksheet part to a {@link SheetVisitor}: hidden columns from {@code <cols>} (which
 * precede the rows), then {@code <sheetData>} row by row, then {@code <mergeCells>}. This is the hot
 * path: no regex, no per-cell String for numbers, cell references parsed by hand, styles shared.
 * One parser serves all sheets of one workbook; it is not thread-safe.
 */
final class WorksheetParser {
    private static final String TRUE = "TRUE";
    private static final String FALSE = "FALSE";

    private final SharedStrings strings;
    private final CellStyle[] styles;
    private final RichText richText = new RichText();
    private final Map<RunFontStyle, CellStyle> runFontStyles = new HashMap<>();
    private final AttributeDecoders.Column columnDecoder = new AttributeDecoders.Column();
    private final AttributeDecoders.Index indexDecoder = new AttributeDecoders.Index();
    private final AttributeDecoders.CellType typeDecoder = new AttributeDecoders.CellType();
    private char[] text = new char[64];
    private int textLength;

    private record RunFontStyle(CellStyle base, String font) {
    }

    WorksheetParser(SharedStrings strings, CellStyle[] styles) {
        this.strings = strings;
        this.styles = styles;
    }

    /** Reads the part the reader is on; the visitor may decline the sheet before its rows are parsed. */
    void parse(XmlPart part, int index, String name, boolean hidden, SheetVisitor visitor) throws XMLStreamException {
        XMLStreamReader2 xml = part.xml;
        HiddenColumns.Builder hiddenColumns = new HiddenColumns.Builder();
        boolean hasSheetData = false;
        while (!hasSheetData && xml.hasNext()) {
            if (xml.next() == XMLStreamConstants.START_ELEMENT) {
                String element = xml.getLocalName();
                if ("col".equals(element)) {
                    addHiddenColumns(xml, hiddenColumns);
                } else if ("sheetData".equals(element)) {
                    hasSheetData = true;
                }
            }
        }
        if (!visitor.startSheet(new SheetInfo(index, name, hidden, hiddenColumns.build()))) return;
        if (hasSheetData) readRows(xml, visitor);
        visitor.endSheet(readMergedRegions(xml));
    }

    private static void addHiddenColumns(XMLStreamReader xml, HiddenColumns.Builder hiddenColumns) {
        if (!XmlPart.isTrue(XmlPart.attribute(xml, "hidden"))) return;
        int min = parseIndex(XmlPart.attribute(xml, "min"), 1);
        int max = parseIndex(XmlPart.attribute(xml, "max"), min);
        hiddenColumns.add(Math.max(min, 1) - 1, Math.min(max, 16_384) - 1);
    }

    private void readRows(XMLStreamReader2 xml, SheetVisitor visitor) throws XMLStreamException {
        int rowIndex = -1;
        boolean rowHidden = false;
        int column = -1;
        List<Cell> cells = null;
        int expectedCells = 16;
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String element = xml.getLocalName();
                if ("c".equals(element)) {
                    if (cells == null) cells = new ArrayList<>(expectedCells);
                    Cell cell = readCell(xml, rowIndex, column);
                    column = cell.col();
                    cells.add(cell);
                } else if ("row".equals(element)) {
                    int declared = -1;
                    rowHidden = false;
                    for (int i = 0, n = xml.getAttributeCount(); i < n; i++) {
                        String attribute = xml.getAttributeLocalName(i);
                        if ("r".equals(attribute)) {
                            xml.getAttributeAs(i, indexDecoder);
                            declared = indexDecoder.value;
                        }
                        else if ("hidden".equals(attribute)) rowHidden = XmlPart.isTrue(xml.getAttributeValue(i));
                    }
                    rowIndex = declared > 0 ? declared - 1 : rowIndex + 1;
                    column = -1;
                    cells = null;
                } else {
                    XmlPart.skipElement(xml);
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                String element = xml.getLocalName();
                if ("row".equals(element)) {
                    if (cells != null) {
                        visitor.row(rowIndex, rowHidden, cells);
                        expectedCells = cells.size();
                        cells = null;
                    }
                } else if ("sheetData".equals(element)) {
                    return;
                }
            } else if (event == XMLStreamConstants.END_DOCUMENT) {
                throw new XMLStreamException("sheetData is not closed");
            }
        }
    }

    private Cell readCell(XMLStreamReader2 xml, int row, int previousColumn) throws XMLStreamException {
        int column = previousColumn + 1;
        int styleIndex = 0;
        int type = AttributeDecoders.TYPE_NUMBER;
        for (int i = 0, n = xml.getAttributeCount(); i < n; i++) {
            String attribute = xml.getAttributeLocalName(i);
            if ("r".equals(attribute)) {
                xml.getAttributeAs(i, columnDecoder);
                if (columnDecoder.value >= 0) column = columnDecoder.value;
            } else if ("s".equals(attribute)) {
                xml.getAttributeAs(i, indexDecoder);
                styleIndex = Math.max(indexDecoder.value, 0);
            } else if ("t".equals(attribute)) {
                xml.getAttributeAs(i, typeDecoder);
                type = typeDecoder.value;
            }
        }
        boolean formula = false;
        boolean hasValue = false;
        String inlineText = null;
        String inlineFont = null;
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String element = xml.getLocalName();
                if ("v".equals(element)) {
                    readText(xml);
                    hasValue = true;
                } else if ("f".equals(element)) {
                    formula = true;
                    XmlPart.skipElement(xml);
                } else if ("is".equals(element)) {
                    inlineText = richText.read(xml);
                    inlineFont = richText.firstRunFont();
                } else {
                    XmlPart.skipElement(xml);
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                break;
            }
        }
        CellStyle style = styleIndex < styles.length ? styles[styleIndex] : CellStyle.NONE;
        if (inlineText != null) {
            return new Cell(row, column, CellKind.TEXT, Double.NaN, inlineText, formula, withRunFont(style, inlineFont));
        }
        if (!hasValue) {
            return new Cell(row, column, CellKind.BLANK, Double.NaN, null, formula, style);
        }
        if (type == AttributeDecoders.TYPE_NUMBER) {
            try {
                return new Cell(row, column, CellKind.NUMBER, NumberText.parse(text, textLength), null, formula, style);
            } catch (NumberFormatException notANumber) {
                return new Cell(row, column, CellKind.TEXT, Double.NaN, textValue(), formula, style);
            }
        }
        switch (type) {
            case AttributeDecoders.TYPE_SHARED_STRING -> {
                int index = parseIndex(text, textLength);
                if (index < 0 || index >= strings.size()) {
                    throw new XMLStreamException("cell " + CellAddress.of(row, column) + " refers to shared string "
                            + new String(text, 0, textLength) + " of " + strings.size());
                }
                return new Cell(row, column, CellKind.TEXT, Double.NaN, strings.get(index), formula,
                        withRunFont(style, strings.runFont(index)));
            }
            case AttributeDecoders.TYPE_BOOLEAN -> {
                boolean value = textLength == 1 && text[0] == '1' || "true".contentEquals(textValue());
                return new Cell(row, column, CellKind.BOOLEAN, value ? 1 : 0, value ? TRUE : FALSE, formula, style);
            }
            case AttributeDecoders.TYPE_ERROR -> {
                return new Cell(row, column, CellKind.ERROR, Double.NaN, textValue(), formula, style);
            }
            default -> {
                // "str" (a formula's text result), "inlineStr" written with <v>, "d" (ISO date text)
                return new Cell(row, column, CellKind.TEXT, Double.NaN, RichText.decodeEscapes(textValue()), formula, style);
            }
        }
    }

    private CellStyle withRunFont(CellStyle style, String font) {
        if (font == null || font.equals(style.fontName())) return style;
        return runFontStyles.computeIfAbsent(new RunFontStyle(style, font),
                key -> new CellStyle(key.font(), key.base().bold(), key.base().numFmtId(), key.base().numFmt()));
    }

    /** Collects the text of the current element (it may arrive in pieces) into the reused buffer. */
    private void readText(XMLStreamReader xml) throws XMLStreamException {
        textLength = 0;
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                    || event == XMLStreamConstants.SPACE) {
                int length = xml.getTextLength();
                if (textLength + length > text.length) {
                    text = java.util.Arrays.copyOf(text, Math.max(text.length * 2, textLength + length));
                }
                xml.getTextCharacters(xml.getTextStart(), text, textLength, length);
                textLength += length;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                return;
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                XmlPart.skipElement(xml);
            }
        }
    }

    private String textValue() {
        return new String(text, 0, textLength);
    }

    private static List<CellRange> readMergedRegions(XMLStreamReader xml) throws XMLStreamException {
        List<CellRange> regions = new ArrayList<>();
        while (xml.hasNext()) {
            if (xml.next() == XMLStreamConstants.START_ELEMENT && "mergeCell".equals(xml.getLocalName())) {
                CellRange range = parseRange(XmlPart.attribute(xml, "ref"));
                if (range != null) regions.add(range);
            }
        }
        return regions;
    }

    /** {@code "A1:C2"} (or a single cell) into a range; null when unreadable. */
    static CellRange parseRange(String ref) {
        if (ref == null) return null;
        int colon = ref.indexOf(':');
        String first = colon < 0 ? ref : ref.substring(0, colon);
        String last = colon < 0 ? ref : ref.substring(colon + 1);
        int firstCol = columnOf(first, -1);
        int firstRow = rowOf(first);
        int lastCol = columnOf(last, -1);
        int lastRow = rowOf(last);
        if (firstCol < 0 || firstRow < 0 || lastCol < 0 || lastRow < 0) return null;
        return new CellRange(Math.min(firstRow, lastRow), Math.min(firstCol, lastCol),
                Math.max(firstRow, lastRow), Math.max(firstCol, lastCol));
    }

    /** The 0-based column of a reference such as {@code AB12} (or {@code $AB$12}); the fallback when it has none. */
    static int columnOf(String ref, int fallback) {
        int column = 0;
        int letters = 0;
        for (int i = 0; i < ref.length(); i++) {
            char c = ref.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                column = column * 26 + (c - 'A' + 1);
            } else if (c >= 'a' && c <= 'z') {
                column = column * 26 + (c - 'a' + 1);
            } else if (c == '$') {
                continue;
            } else {
                break;
            }
            if (++letters > 3) return fallback;
        }
        return letters == 0 ? fallback : column - 1;
    }

    /** The 0-based row of a reference such as {@code AB12}; -1 when it has none. */
    static int rowOf(String ref) {
        int row = 0;
        boolean digits = false;
        for (int i = 0; i < ref.length(); i++) {
            char c = ref.charAt(i);
            if (c >= '0' && c <= '9') {
                row = row * 10 + (c - '0');
                digits = true;
                if (row > 1_048_576) return -1;
            }
        }
        return digits ? row - 1 : -1;
    }

    private static int parseIndex(String value, int fallback) {
        if (value == null || value.isEmpty() || value.length() > 9) return fallback;
        int result = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') return fallback;
            result = result * 10 + (c - '0');
        }
        return result;
    }

    private static int parseIndex(char[] chars, int length) {
        if (length == 0 || length > 9) return -1;
        int result = 0;
        for (int i = 0; i < length; i++) {
            char c = chars[i];
            if (c < '0' || c > '9') return -1;
            result = result * 10 + (c - '0');
        }
        return result;
    }
}
