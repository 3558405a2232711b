package vn.ntp.warehouse.extract.workbook;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import org.codehaus.stax2.XMLStreamReader2;

/**
 * Reads an OpenDocument spreadsheet (.ods, LibreOffice's format) with one StAX pass over
 * {@code content.xml} (aalto, the same guards as .xlsx: inflate budget, no DTD): each
 * {@code table:table} is a sheet, its columns (hidden ones) come before its rows, and every row and
 * cell arrives at the visitor as an .xlsx one would, with its 0-based row and column, so that form
 * recognition, lineage (sheet + A1 reference) and checks are the same. Repeats
 * ({@code table:number-rows-repeated}, {@code number-columns-repeated}) are expanded only where
 * they hold values (LibreOffice pads every sheet with a million empty repeated rows), bounded by the
 * sheet's size limit and a cell budget; spans ({@code number-columns-spanned}/{@code rows-spanned})
 * become merged regions. Values are raw: {@code office:value} for numbers and percentages (a
 * fraction, as Excel), {@code office:date-value} as an Excel serial date, a formula's cached value,
 * and a cached formula error ({@code calcext:value-type="error"}) as {@link CellKind#ERROR} with its
 * text, never its stored 0.
 */
final class OdsReader {
    static final String SPREADSHEET_MIMETYPE = "application/vnd.oasis.opendocument.spreadsheet";
    static final int MAX_ROWS = 1_048_576;
    static final int MAX_COLUMNS = 16_384;
    /** Cells a file may expand to through repeats; an annex has a few thousand. */
    static final long MAX_CELLS = 10_000_000;
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

    private final ZipFile zip;
    private final InflateBudget budget;
    private final OdsStyles styles = new OdsStyles();
    private long cells;

    OdsReader(ZipFile zip, InflateBudget budget) {
        this.zip = zip;
        this.budget = budget;
    }

    /** True when the package says it is an OpenDocument file ({@code mimetype}) or looks like one. */
    static String mimetype(ZipFile zip) {
        ZipEntry entry = zip.getEntry("mimetype");
        if (entry == null || entry.getSize() > 200) return null;
        try (var in = zip.getInputStream(entry)) {
            return new String(in.readNBytes(200), StandardCharsets.US_ASCII).strip();
        } catch (IOException | RuntimeException unreadable) {
            return null;
        }
    }

    void read(SheetVisitor visitor) throws UnreadableWorkbookException {
        if (Boolean.TRUE.equals(readPart("META-INF/manifest.xml", OdsReader::encrypted))) throw Rejections.encrypted();
        Instant saved = readPart("meta.xml", OdsReader::saved);
        if (saved != null) visitor.documentSaved(saved);
        readPart("styles.xml", part -> {
            styles.read(part.xml);
            return Boolean.TRUE;
        });
        Boolean found = readPart("content.xml", part -> {
            styles.read(part.xml);
            readBody(part.xml, visitor);
            return Boolean.TRUE;
        });
        if (found == null) {
            throw Rejections.corrupt("ODS_CONTENT", Map.of(), null);
        }
    }

    private <T> T readPart(String name, XmlPart.Reader<T> reader) throws UnreadableWorkbookException {
        return XmlPart.read(zip, zip.getEntry(name), name, budget, reader);
    }

    private static Boolean encrypted(XmlPart part) throws XMLStreamException {
        while (part.xml.hasNext()) {
            if (part.xml.next() == XMLStreamConstants.START_ELEMENT && "encryption-data".equals(part.xml.getLocalName())) {
                return Boolean.TRUE;
            }
        }
        return Boolean.FALSE;
    }

    /** {@code dc:date} of meta.xml: LibreOffice writes local time without a zone; taken as UTC. */
    private static Instant saved(XmlPart part) throws XMLStreamException {
        while (part.xml.hasNext()) {
            if (part.xml.next() == XMLStreamConstants.START_ELEMENT && "date".equals(part.xml.getLocalName())) {
                String text = part.xml.getElementText().strip();
                try {
                    return text.endsWith("Z") || text.matches(".*[+-]\\d\\d:\\d\\d$")
                            ? java.time.OffsetDateTime.parse(text).toInstant()
                            : LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
                } catch (DateTimeParseException unreadable) {
                    return null;
                }
            }
        }
        return null;
    }

    private void readBody(XMLStreamReader2 xml, SheetVisitor visitor) throws XMLStreamException, UnreadableWorkbookException {
        int index = 0;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT && "table".equals(xml.getLocalName())) {
                String name = XmlPart.attribute(xml, "name");
                boolean hidden = styles.isHiddenTable(XmlPart.attribute(xml, "style-name"));
                new TableReader(xml, index++, name == null ? "" : name, hidden, visitor).read();
            }
        }
    }

    /** One {@code table:table}: columns, then rows, then its merged regions. */
    private final class TableReader {
        private final XMLStreamReader2 xml;
        private final int index;
        private final String name;
        private final boolean hidden;
        private final SheetVisitor visitor;
        private final HiddenColumns.Builder hiddenColumns = new HiddenColumns.Builder();
        private final List<String> columnStyles = new ArrayList<>();
        private final List<CellRange> merged = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private int column;
        private int row;
        private boolean started;
        private boolean skipped;

        TableReader(XMLStreamReader2 xml, int index, String name, boolean hidden, SheetVisitor visitor) {
            this.xml = xml;
            this.index = index;
            this.name = name;
            this.hidden = hidden;
            this.visitor = visitor;
        }

        void read() throws XMLStreamException, UnreadableWorkbookException {
            int depth = 1;
            while (depth > 0) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    switch (xml.getLocalName()) {
                        case "table-column" -> {
                            addColumns();
                            XmlPart.skipElement(xml);
                        }
                        case "table-row" -> {
                            if (!start()) {
                                XmlPart.skipElement(xml);
                                skipRest(depth);
                                return;
                            }
                            readRow();
                        }
                        case "table-columns", "table-header-columns", "table-column-group",
                             "table-rows", "table-header-rows", "table-row-group" -> depth++;
                        default -> XmlPart.skipElement(xml);
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                } else if (event == XMLStreamConstants.END_DOCUMENT) {
                    throw new XMLStreamException("table " + name + " is not closed");
                }
            }
            if (start()) visitor.endSheet(merged);
        }

        private void skipRest(int depth) throws XMLStreamException {
            while (depth > 0) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) depth++;
                else if (event == XMLStreamConstants.END_ELEMENT) depth--;
            }
        }

        /** Calls startSheet once, when the first row comes (columns precede rows); false when declined. */
        private boolean start() {
            if (!started) {
                started = true;
                skipped = !visitor.startSheet(new SheetInfo(index, name, hidden, hiddenColumns.build()));
            }
            return !skipped;
        }

        private void addColumns() {
            int repeat = repeat("number-columns-repeated");
            int first = columnStyles.size();
            int last = (int) Math.min((long) first + repeat, MAX_COLUMNS) - 1;
            String visibility = XmlPart.attribute(xml, "visibility");
            if (visibility != null && !"visible".equals(visibility)) hiddenColumns.add(first, last);
            String style = XmlPart.attribute(xml, "default-cell-style-name");
            for (int c = first; c <= last; c++) columnStyles.add(style);
        }

        private void readRow() throws XMLStreamException, UnreadableWorkbookException {
            int repeat = repeat("number-rows-repeated");
            String visibility = XmlPart.attribute(xml, "visibility");
            boolean rowHidden = visibility != null && !"visible".equals(visibility);
            List<Cell> cells = new ArrayList<>();
            column = 0;
            while (true) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String element = xml.getLocalName();
                    if ("table-cell".equals(element) || "covered-table-cell".equals(element)) {
                        readCell(cells);
                    } else {
                        XmlPart.skipElement(xml);
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    break;
                }
            }
            if (cells.isEmpty()) {
                row = (int) Math.min((long) row + repeat, MAX_ROWS);
                return;
            }
            for (int r = 0; r < repeat; r++) {
                if (row >= MAX_ROWS) throw tooManyCells("rows beyond " + MAX_ROWS);
                List<Cell> copy = cells;
                if (r > 0) {
                    copy = new ArrayList<>(cells.size());
                    for (Cell c : cells) copy.add(new Cell(row, c.col(), c.kind(), c.number(), c.text(), c.formula(), c.style()));
                }
                count(copy.size());
                visitor.row(row, rowHidden, copy);
                row++;
            }
        }

        private void readCell(List<Cell> cells) throws XMLStreamException, UnreadableWorkbookException {
            int repeat = repeat("number-columns-repeated");
            int spannedColumns = repeat("number-columns-spanned");
            int spannedRows = repeat("number-rows-spanned");
            String valueType = null;
            String calcType = null;
            String value = null;
            String dateValue = null;
            String timeValue = null;
            String booleanValue = null;
            String stringValue = null;
            String styleName = null;
            boolean formula = false;
            for (int i = 0, n = xml.getAttributeCount(); i < n; i++) {
                String v = xml.getAttributeValue(i);
                switch (xml.getAttributeLocalName(i)) {
                    case "value-type" -> {
                        if ("calcext".equals(xml.getAttributePrefix(i))) calcType = v;
                        else valueType = v;
                    }
                    case "value" -> value = v;
                    case "date-value" -> dateValue = v;
                    case "time-value" -> timeValue = v;
                    case "boolean-value" -> booleanValue = v;
                    case "string-value" -> stringValue = v;
                    case "style-name" -> styleName = v;
                    case "formula" -> formula = true;
                    default -> { }
                }
            }
            String runFont = readText();
            if (spannedColumns > 1 || spannedRows > 1) {
                merged.add(new CellRange(row, column, (int) Math.min((long) row + spannedRows - 1, MAX_ROWS - 1),
                        (int) Math.min((long) column + spannedColumns - 1, MAX_COLUMNS - 1)));
            }
            String shown = text.isEmpty() ? null : text.toString();
            CellStyle style = styles.cellStyle(styleName != null ? styleName
                    : column < columnStyles.size() ? columnStyles.get(column) : null);
            if (runFont != null && !runFont.equals(style.fontName())) {
                style = new CellStyle(runFont, style.bold(), style.numFmtId(), style.numFmt());
            }
            Cell template = value(valueType, calcType, value, dateValue, timeValue, booleanValue,
                    stringValue, shown, formula, style);
            if (template != null) {
                int last = (int) Math.min((long) column + repeat, MAX_COLUMNS);
                for (int c = column; c < last; c++) {
                    cells.add(new Cell(row, c, template.kind(), template.number(), template.text(), formula, template.style()));
                }
            }
            column = (int) Math.min((long) column + repeat, MAX_COLUMNS);
        }

        private Cell value(String valueType, String calcType, String value, String dateValue, String timeValue,
                           String booleanValue, String stringValue, String shown, boolean formula, CellStyle style) {
            if ("error".equals(calcType)) {
                return new Cell(row, column, CellKind.ERROR, Double.NaN, shown == null ? "#VALUE!" : shown, formula, style);
            }
            if (valueType == null) {
                return shown == null ? null : new Cell(row, column, CellKind.TEXT, Double.NaN, shown, formula, style);
            }
            switch (valueType) {
                case "float", "currency", "percentage" -> {
                    double number = parseNumber(value);
                    if (Double.isNaN(number)) {
                        return new Cell(row, column, CellKind.TEXT, Double.NaN, value != null ? value : shown, formula, style);
                    }
                    if ("percentage".equals(valueType) && !style.isPercentFormat()) {
                        style = new CellStyle(style.fontName(), style.bold(), OdsStyles.CUSTOM_FORMAT_ID, "0%");
                    }
                    return new Cell(row, column, CellKind.NUMBER, number, null, formula, style);
                }
                case "date" -> {
                    Double serial = serialDate(dateValue);
                    if (serial == null) return new Cell(row, column, CellKind.TEXT, Double.NaN, dateValue, formula, style);
                    CellStyle dateStyle = style.isDateFormat() ? style
                            : new CellStyle(style.fontName(), style.bold(), OdsStyles.DATE_FORMAT_ID, "yyyy-mm-dd");
                    return new Cell(row, column, CellKind.NUMBER, serial, null, formula, dateStyle);
                }
                case "time" -> {
                    Double fraction = dayFraction(timeValue);
                    if (fraction == null) return new Cell(row, column, CellKind.TEXT, Double.NaN, timeValue, formula, style);
                    return new Cell(row, column, CellKind.NUMBER, fraction, null, formula, style);
                }
                case "boolean" -> {
                    boolean b = "true".equals(booleanValue);
                    return new Cell(row, column, CellKind.BOOLEAN, b ? 1 : 0, b ? "TRUE" : "FALSE", formula, style);
                }
                default -> {
                    String s = stringValue != null ? stringValue : shown;
                    return s == null ? null : new Cell(row, column, CellKind.TEXT, Double.NaN, s, formula, style);
                }
            }
        }

        /**
         * Collects the cell's paragraphs ({@code text:p}, joined by line breaks, with {@code text:s},
         * {@code text:tab} and {@code text:line-break}) into {@link #text}, leaving annotations out;
         * returns the font of the first styled run, or null.
         */
        private String readText() throws XMLStreamException {
            text.setLength(0);
            String firstRunFont = null;
            int paragraphs = 0;
            int depth = 1;
            while (depth > 0) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    switch (xml.getLocalName()) {
                        case "annotation" -> XmlPart.skipElement(xml);
                        case "p", "h" -> {
                            if (paragraphs++ > 0) text.append('\n');
                            depth++;
                        }
                        case "s" -> {
                            int spaces = repeat("c");
                            text.append(" ".repeat(Math.min(spaces, 1000)));
                            XmlPart.skipElement(xml);
                        }
                        case "tab" -> {
                            text.append('\t');
                            XmlPart.skipElement(xml);
                        }
                        case "line-break" -> {
                            text.append('\n');
                            XmlPart.skipElement(xml);
                        }
                        case "span" -> {
                            if (firstRunFont == null) firstRunFont = styles.textFont(XmlPart.attribute(xml, "style-name"));
                            depth++;
                        }
                        default -> depth++;
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                        || event == XMLStreamConstants.SPACE) {
                    if (depth > 1) text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                }
            }
            return firstRunFont;
        }

        private int repeat(String attribute) {
            String v = XmlPart.attribute(xml, attribute);
            if (v == null) return 1;
            try {
                return Math.max(1, Integer.parseInt(v.strip()));
            } catch (NumberFormatException e) {
                return 1;
            }
        }
    }

    private void count(int n) throws UnreadableWorkbookException {
        cells += n;
        if (cells > MAX_CELLS) throw tooManyCells("more than " + MAX_CELLS + " cells after repeats");
    }

    private static UnreadableWorkbookException tooManyCells(String detail) {
        return Rejections.zipBomb("OpenDocument repeats expand to " + detail);
    }

    private static double parseNumber(String value) {
        if (value == null) return Double.NaN;
        try {
            double d = Double.parseDouble(value.strip());
            return Double.isFinite(d) ? d : Double.NaN;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** {@code 2024-07-01} or {@code 2024-07-01T08:30:00} as Excel's serial day number (1900 system). */
    static Double serialDate(String value) {
        if (value == null) return null;
        try {
            LocalDateTime t = value.length() <= 10 ? LocalDate.parse(value).atStartOfDay() : LocalDateTime.parse(value);
            double days = ChronoUnit.DAYS.between(EXCEL_EPOCH, t.toLocalDate());
            return days + t.toLocalTime().toSecondOfDay() / 86_400.0;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** {@code PT08H30M00S} as a fraction of a day. */
    static Double dayFraction(String value) {
        if (value == null) return null;
        try {
            return java.time.Duration.parse(value).toMillis() / 86_400_000.0;
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
