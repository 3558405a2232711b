package vn.ntp.warehouse.extract.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import org.codehaus.stax2.XMLStreamReader2;

/**
 * Reads Excel 2003's "XML Spreadsheet" (SpreadsheetML: one XML file, often saved as .xls or .xml) with the
 * same aalto pass and guards as the other readers (DTDs refused): {@code Worksheet} is a sheet, {@code Row}
 * and {@code Cell} carry optional 1-based {@code ss:Index} (otherwise the next position; a merged cell's
 * {@code ss:MergeAcross} moves the next one past it), {@code Data ss:Type} Number / String / DateTime /
 * Boolean / Error the raw value (a cached formula result when {@code ss:Formula} is set), {@code ss:Hidden}
 * rows and columns, {@code ss:MergeAcross}/{@code ss:MergeDown} merged regions, and {@code Styles} the font,
 * bold and number format. A hidden sheet ({@code WorksheetOptions/Visible}) is said only after its rows, so
 * its rows are read as those of a visible one (hidden sheets are read anyway).
 */
final class SpreadsheetMlReader {
    private static final java.time.LocalDate EXCEL_EPOCH = java.time.LocalDate.of(1899, 12, 30);

    private final Map<String, CellStyle> styles = new HashMap<>();

    void read(Path file, SheetVisitor visitor) throws UnreadableWorkbookException, IOException {
        InputStream in = Files.newInputStream(file);
        GuardedVisitor guarded = new GuardedVisitor(visitor);
        try (XmlPart part = XmlPart.open(file.getFileName().toString(), in)) {
            XMLStreamReader2 xml = part.xml;
            int sheet = 0;
            while (xml.hasNext()) {
                if (xml.next() != XMLStreamConstants.START_ELEMENT) continue;
                switch (xml.getLocalName()) {
                    case "LastSaved" -> saved(xml.getElementText(), guarded);
                    case "Style" -> style(xml);
                    case "Worksheet" -> worksheet(xml, sheet++, guarded);
                    default -> { }
                }
            }
        } catch (GuardedVisitor.Failure visitorFailure) {
            throw visitorFailure.unwrap();
        } catch (XMLStreamException | RuntimeException e) {
            throw Rejections.corrupt("SPREADSHEETML", Map.of(), e);
        }
    }

    private static void saved(String text, SheetVisitor visitor) {
        try {
            visitor.documentSaved(Instant.parse(text.strip()));
        } catch (DateTimeParseException unreadable) {
            // the file does not say when it was saved in a form we can read: versions fall back to arrival
        }
    }

    private void style(XMLStreamReader2 xml) throws XMLStreamException {
        String id = XmlPart.attribute(xml, "ID");
        String font = "";
        boolean bold = false;
        String format = null;
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                if ("Font".equals(xml.getLocalName())) {
                    String name = XmlPart.attribute(xml, "FontName");
                    if (name != null) font = name;
                    bold = XmlPart.isTrue(XmlPart.attribute(xml, "Bold"));
                } else if ("NumberFormat".equals(xml.getLocalName())) {
                    format = XmlPart.attribute(xml, "Format");
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
        if (id == null) return;
        String numFmt = format == null ? "General" : switch (format) {
            case "Percent" -> "0.00%";
            case "Short Date", "General Date", "Medium Date", "Long Date" -> "yyyy-mm-dd";
            case "Fixed" -> "0.00";
            case "Standard" -> "#,##0.00";
            default -> format;
        };
        int id0 = "General".equals(numFmt) ? 0 : "yyyy-mm-dd".equals(numFmt) ? OdsStyles.DATE_FORMAT_ID : OdsStyles.CUSTOM_FORMAT_ID;
        styles.put(id, new CellStyle(font, bold, id0, numFmt));
    }

    private void worksheet(XMLStreamReader2 xml, int index, SheetVisitor visitor) throws XMLStreamException {
        String name = XmlPart.attribute(xml, "Name");
        HiddenColumns.Builder hiddenColumns = new HiddenColumns.Builder();
        List<CellRange> merged = new ArrayList<>();
        boolean started = false;
        boolean accepted = true;
        int row = -1;
        int column = -1;
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
                continue;
            }
            if (event != XMLStreamConstants.START_ELEMENT) continue;
            switch (xml.getLocalName()) {
                case "Table" -> depth++;
                case "Column" -> {
                    int at = index(xml, column + 1);
                    int span = count(XmlPart.attribute(xml, "Span"));
                    if (XmlPart.isTrue(XmlPart.attribute(xml, "Hidden"))) hiddenColumns.add(at, Math.min(at + span - 1, OdsReader.MAX_COLUMNS - 1));
                    column = at + span - 1;
                    XmlPart.skipElement(xml);
                }
                case "Row" -> {
                    if (!started) {
                        started = true;
                        accepted = visitor.startSheet(new SheetInfo(index, name == null ? "" : name, false, hiddenColumns.build()));
                    }
                    row = index(xml, row + 1);
                    if (row >= OdsReader.MAX_ROWS) throw new XMLStreamException("row " + (row + 1) + " beyond the sheet's last row");
                    boolean hidden = XmlPart.isTrue(XmlPart.attribute(xml, "Hidden"));
                    List<Cell> cells = readRow(xml, row, merged);
                    if (accepted && !cells.isEmpty()) visitor.row(row, hidden, cells);
                }
                default -> XmlPart.skipElement(xml);
            }
        }
        if (!started) accepted = visitor.startSheet(new SheetInfo(index, name == null ? "" : name, false, hiddenColumns.build()));
        if (accepted) visitor.endSheet(merged);
    }

    private List<Cell> readRow(XMLStreamReader2 xml, int row, List<CellRange> merged) throws XMLStreamException {
        List<Cell> cells = new ArrayList<>();
        int column = -1;
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT) return cells;
            if (event != XMLStreamConstants.START_ELEMENT) continue;
            if (!"Cell".equals(xml.getLocalName())) {
                XmlPart.skipElement(xml);
                continue;
            }
            column = index(xml, column + 1);
            if (column >= OdsReader.MAX_COLUMNS) throw new XMLStreamException("column beyond the sheet's last column");
            int across = count(XmlPart.attribute(xml, "MergeAcross")) - 1;
            int down = count(XmlPart.attribute(xml, "MergeDown")) - 1;
            if (across > 0 || down > 0) {
                merged.add(new CellRange(row, column, Math.min(row + down, OdsReader.MAX_ROWS - 1),
                        Math.min(column + across, OdsReader.MAX_COLUMNS - 1)));
            }
            CellStyle style = styles.getOrDefault(XmlPart.attribute(xml, "StyleID"), styles.getOrDefault("Default", CellStyle.NONE));
            boolean formula = XmlPart.attribute(xml, "Formula") != null;
            Cell cell = readCell(xml, row, column, style, formula);
            if (cell != null) cells.add(cell);
            column += Math.max(across, 0);
        }
    }

    /** The cell's {@code Data}, comments ({@code Comment}) left out; null when it has none. */
    private static Cell readCell(XMLStreamReader2 xml, int row, int column, CellStyle style, boolean formula) throws XMLStreamException {
        Cell cell = null;
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                if ("Data".equals(xml.getLocalName())) {
                    String type = XmlPart.attribute(xml, "Type");
                    String text = allText(xml);
                    cell = value(type, text, row, column, style, formula);
                } else {
                    XmlPart.skipElement(xml);
                }
            }
        }
        return cell;
    }

    private static Cell value(String type, String text, int row, int column, CellStyle style, boolean formula) {
        switch (type == null ? "String" : type) {
            case "Number" -> {
                try {
                    double d = Double.parseDouble(text.strip());
                    if (Double.isFinite(d)) return new Cell(row, column, CellKind.NUMBER, d, null, formula, style);
                } catch (NumberFormatException notANumber) {
                    // kept as the text it is: the checks make it a NOT_A_NUMBER finding
                }
                return new Cell(row, column, CellKind.TEXT, Double.NaN, text, formula, style);
            }
            case "DateTime" -> {
                try {
                    LocalDateTime t = LocalDateTime.parse(text.strip());
                    double serial = java.time.temporal.ChronoUnit.DAYS.between(EXCEL_EPOCH, t.toLocalDate())
                            + t.toLocalTime().toSecondOfDay() / 86_400.0;
                    CellStyle dateStyle = style.isDateFormat() ? style
                            : new CellStyle(style.fontName(), style.bold(), OdsStyles.DATE_FORMAT_ID, "yyyy-mm-dd");
                    return new Cell(row, column, CellKind.NUMBER, serial, null, formula, dateStyle);
                } catch (DateTimeParseException e) {
                    return new Cell(row, column, CellKind.TEXT, Double.NaN, text, formula, style);
                }
            }
            case "Boolean" -> {
                boolean b = "1".equals(text.strip()) || "true".equalsIgnoreCase(text.strip());
                return new Cell(row, column, CellKind.BOOLEAN, b ? 1 : 0, b ? "TRUE" : "FALSE", formula, style);
            }
            case "Error" -> {
                return new Cell(row, column, CellKind.ERROR, Double.NaN, text.strip(), formula, style);
            }
            default -> {
                return text.isEmpty() ? null : new Cell(row, column, CellKind.TEXT, Double.NaN, text, formula, style);
            }
        }
    }

    /** The text of the element and of any HTML markup inside it (a rich-text string). */
    private static String allText(XMLStreamReader2 xml) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) depth++;
            else if (event == XMLStreamConstants.END_ELEMENT) depth--;
            else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                    || event == XMLStreamConstants.SPACE) text.append(xml.getText());
        }
        return text.toString();
    }

    private static int index(XMLStreamReader2 xml, int next) {
        String value = XmlPart.attribute(xml, "Index");
        if (value == null) return next;
        try {
            return Math.max(0, Integer.parseInt(value.strip()) - 1);
        } catch (NumberFormatException e) {
            return next;
        }
    }

    /** A span attribute as a count: {@code ss:Span="2"} is three columns, {@code MergeAcross="2"} three cells. */
    private static int count(String value) {
        if (value == null) return 1;
        try {
            return Math.max(0, Integer.parseInt(value.strip())) + 1;
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
