package vn.ntp.warehouse.report.feedback;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.Map;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;

/**
 * The feedback workbook written with POI's usermodel: for .xls (HSSF), for a file that cannot be opened (the list
 * alone, in a new workbook), and for the .xlsx the streamed writer ({@link XlsxFeedback}) leaves to it.
 */
public final class PoiFeedback {
    static final String AUTHOR = "Kiểm tra NTP";

    private PoiFeedback() {
    }

    public static void write(Workbook wb, Map<String, Map<String, CellMarks.Mark>> marks, FindingList list, OutputStream out)
            throws IOException {
        markCells(wb, marks);
        writeList(wb, list);
        wb.write(out);
    }

    // ---------- the sender's sheets

    private static void markCells(Workbook wb, Map<String, Map<String, CellMarks.Mark>> marks) {
        Map<String, CellStyle> filled = new HashMap<>();
        for (Map.Entry<String, Map<String, CellMarks.Mark>> sheetMarks : marks.entrySet()) {
            Sheet sheet = wb.getSheet(sheetMarks.getKey());
            for (Map.Entry<String, CellMarks.Mark> e : sheetMarks.getValue().entrySet()) {
                CellReference ref = new CellReference(e.getKey());
                Row row = sheet.getRow(ref.getRow()) != null ? sheet.getRow(ref.getRow()) : sheet.createRow(ref.getRow());
                Cell cell = row.getCell(ref.getCol()) != null ? row.getCell(ref.getCol()) : row.createCell(ref.getCol());
                String severity = e.getValue().severity();
                CellStyle original = cell.getCellStyle();
                cell.setCellStyle(filled.computeIfAbsent(original.getIndex() + "/" + severity, k -> {
                    CellStyle style = wb.createCellStyle();
                    style.cloneStyleFrom(original);
                    style.setFillForegroundColor(Severities.fill(severity));
                    style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
                    return style;
                }));
                comment(wb, sheet, cell, e.getValue().comment());
            }
        }
    }

    private static void comment(Workbook wb, Sheet sheet, Cell cell, String text) {
        CreationHelper factory = wb.getCreationHelper();
        Drawing<?> drawing = sheet.createDrawingPatriarch();
        ClientAnchor anchor = factory.createClientAnchor();
        anchor.setCol1(cell.getColumnIndex() + 1);
        anchor.setCol2(cell.getColumnIndex() + 5);
        anchor.setRow1(cell.getRowIndex());
        anchor.setRow2(cell.getRowIndex() + 4);
        if (cell.getCellComment() != null) cell.removeCellComment();
        Comment comment = drawing.createCellComment(anchor);
        comment.setString(factory.createRichTextString(text));
        comment.setAuthor(AUTHOR);
        cell.setCellComment(comment);
    }

    // ---------- the list of findings

    private static void writeList(Workbook wb, FindingList list) {
        Sheet sheet = wb.createSheet(list.sheetName());
        wb.setSheetOrder(list.sheetName(), 0);
        wb.setActiveSheet(0);
        wb.setSelectedTab(0);
        for (int i = 1; i < wb.getNumberOfSheets(); i++) wb.getSheetAt(i).setSelected(false);
        Map<String, CellStyle> styles = new HashMap<>();
        CreationHelper factory = wb.getCreationHelper();
        for (FindingList.Row r : list.rows()) {
            Row row = sheet.createRow(r.index());
            for (FindingList.Cell c : r.cells()) {
                Cell cell = row.createCell(c.column());
                if (c.number() != null) cell.setCellValue(c.number());
                else cell.setCellValue(c.text());
                CellStyle style = style(wb, styles, c);
                if (style != null) cell.setCellStyle(style);
                if (c.link() != null) {
                    Hyperlink link = factory.createHyperlink(HyperlinkType.DOCUMENT);
                    link.setAddress(c.link());
                    cell.setHyperlink(link);
                }
            }
        }
        for (int c = 0; c < FindingList.WIDTHS.length; c++) sheet.setColumnWidth(c, FindingList.WIDTHS[c] * 256);
    }

    private static CellStyle style(Workbook wb, Map<String, CellStyle> styles, FindingList.Cell c) {
        return switch (c.look()) {
            case PLAIN -> null;
            case BOLD -> styles.computeIfAbsent("bold", k -> {
                Font boldFont = wb.createFont();
                boldFont.setBold(true);
                CellStyle bold = wb.createCellStyle();
                bold.setFont(boldFont);
                return bold;
            });
            case WRAP -> styles.computeIfAbsent("wrap", k -> {
                CellStyle wrap = wb.createCellStyle();
                wrap.setWrapText(true);
                return wrap;
            });
            case SEVERITY -> styles.computeIfAbsent(c.severity(), s -> {
                CellStyle style = wb.createCellStyle();
                style.setFillForegroundColor(Severities.fill(s));
                style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
                return style;
            });
        };
    }
}
