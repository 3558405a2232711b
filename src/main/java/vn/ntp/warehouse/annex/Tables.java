package vn.ntp.warehouse.annex;

import java.math.BigDecimal;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Plain tables of the sheets after the form: a title, a note, a bordered header and rows; figures as numbers. */
final class Tables {
    private final XSSFWorkbook wb;
    private final Styles styles;

    Tables(XSSFWorkbook wb, Styles styles) {
        this.wb = wb;
        this.styles = styles;
    }

    Sheet sheet(String name, String title, String note) {
        Sheet sheet = wb.createSheet(name);
        FormSheetWriter.cell(sheet, 0, 0, styles.heading).setCellValue(title);
        FormSheetWriter.cell(sheet, 1, 0, styles.plain).setCellValue(note);
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(true);
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setRepeatingRows(new CellRangeAddress(3, 3, -1, -1));
        return sheet;
    }

    void title(Sheet sheet, int r, String text) {
        FormSheetWriter.cell(sheet, r, 0, styles.heading).setCellValue(text);
    }

    int header(Sheet sheet, int r, List<String> labels) {
        int lines = 1;
        for (int c = 0; c < labels.size(); c++) {
            FormSheetWriter.cell(sheet, r, c, styles.header).setCellValue(labels.get(c));
            lines = Math.max(lines, (int) Math.ceil(labels.get(c).length() / Math.max(1, sheet.getColumnWidth(c) / 256.0 * 1.1)));
        }
        sheet.getRow(r).setHeightInPoints(15.5f * lines);
        return r + 1;
    }

    void row(Sheet sheet, int r, List<?> values) {
        int lines = 1;
        for (int c = 0; c < values.size(); c++) {
            if (values.get(c) instanceof String text) {
                double perLine = Math.max(1, sheet.getColumnWidth(c) / 256.0 * 1.2);
                lines = Math.max(lines, (int) Math.ceil(text.length() / perLine));
            }
        }
        (sheet.getRow(r) != null ? sheet.getRow(r) : sheet.createRow(r)).setHeightInPoints(15.5f * lines);
        for (int c = 0; c < values.size(); c++) {
            Object v = values.get(c);
            if (v instanceof BigDecimal d) {
                FormSheetWriter.cell(sheet, r, c, d.stripTrailingZeros().scale() > 0 ? styles.moneyDecimals : styles.money)
                        .setCellValue(d.doubleValue());
            } else {
                Cell cell = FormSheetWriter.cell(sheet, r, c, styles.text);
                if (v != null) cell.setCellValue(v.toString());
            }
        }
    }

    /** A bold line adding the figure columns of rows first..last, as SUM formulas with cached values. */
    void sumRow(Sheet sheet, int r, int first, int last, int fromCol, int toCol, String label) {
        FormSheetWriter.cell(sheet, r, fromCol - 1, styles.textBold).setCellValue(label);
        for (int c = fromCol; c <= toCol; c++) {
            double sum = 0;
            for (int i = first; i <= last; i++) {
                Cell cell = sheet.getRow(i) == null ? null : sheet.getRow(i).getCell(c);
                if (cell != null && cell.getCellType() == CellType.NUMERIC) sum += cell.getNumericCellValue();
            }
            boolean fraction = Math.abs(sum - Math.rint(sum)) > 1e-9;
            Cell cell = FormSheetWriter.cell(sheet, r, c, fraction ? styles.moneyDecimalsBold : styles.moneyBold);
            if (last >= first) cell.setCellFormula("SUM(" + FormSheetWriter.ref(first, c) + ":" + FormSheetWriter.ref(last, c) + ")");
            cell.setCellValue(sum);
        }
    }

    /** Column widths in characters; columns after them (figures) 14. */
    void widths(Sheet sheet, int... chars) {
        for (int c = 0; c < 30; c++) sheet.setColumnWidth(c, (c < chars.length ? chars[c] : 14) * 256);
        sheet.createFreezePane(0, 4);
    }

    /** An empty text cell rather than a blank one where a value is missing. */
    static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
