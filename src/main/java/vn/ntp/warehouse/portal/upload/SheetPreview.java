package vn.ntp.warehouse.portal.upload;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;

import vn.ntp.warehouse.portal.web.FindingMessages;

/**
 * The sender's own sheets as tables for the page: every cell as Excel shows it, the cells with a
 * finding carrying the highest severity and every message. Only files the guarded reader already
 * opened get here; POI's usermodel on a small workbook, as for the feedback workbook.
 */
public final class SheetPreview {
    static final int MAX_ROWS = 300;
    static final int MAX_COLUMNS = 40;
    static final int MAX_SHEETS = 4;

    public record PreviewCell(String ref, String text, String severity, String message) {
    }

    public record PreviewSheet(String name, List<String> columns, List<List<PreviewCell>> rows, boolean cut) {
    }

    private SheetPreview() {
    }

    /** The sheets with findings (else the first sheet), at most {@link #MAX_SHEETS}. */
    public static List<PreviewSheet> of(Path file, List<FindingMessages.Shown> findings) {
        Map<String, Map<String, List<FindingMessages.Shown>>> bySheet = new LinkedHashMap<>();
        for (FindingMessages.Shown f : findings) {
            if (f.sheet() == null || f.cellRef() == null || f.cellRef().isEmpty()) continue;
            bySheet.computeIfAbsent(f.sheet(), k -> new HashMap<>()).computeIfAbsent(f.cellRef(), k -> new ArrayList<>()).add(f);
        }
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(Files.readAllBytes(file)))) {
            List<Sheet> sheets = new ArrayList<>();
            for (String name : bySheet.keySet()) if (wb.getSheet(name) != null) sheets.add(wb.getSheet(name));
            if (sheets.isEmpty() && wb.getNumberOfSheets() > 0) sheets.add(wb.getSheetAt(0));
            List<PreviewSheet> out = new ArrayList<>();
            DataFormatter formatter = new DataFormatter();
            for (Sheet sheet : sheets.subList(0, Math.min(MAX_SHEETS, sheets.size()))) {
                out.add(render(sheet, bySheet.getOrDefault(sheet.getSheetName(), Map.of()), formatter));
            }
            return out;
        } catch (IOException | RuntimeException unreadable) {
            return List.of();
        }
    }

    private static PreviewSheet render(Sheet sheet, Map<String, List<FindingMessages.Shown>> marks, DataFormatter formatter) {
        int lastRow = Math.min(sheet.getLastRowNum(), MAX_ROWS - 1);
        int lastCol = 0;
        for (int r = 0; r <= lastRow; r++) {
            Row row = sheet.getRow(r);
            if (row != null) lastCol = Math.max(lastCol, Math.min(row.getLastCellNum(), MAX_COLUMNS));
        }
        List<String> columns = new ArrayList<>();
        for (int c = 0; c < lastCol; c++) columns.add(CellReference.convertNumToColString(c));
        List<List<PreviewCell>> rows = new ArrayList<>();
        for (int r = 0; r <= lastRow; r++) {
            Row row = sheet.getRow(r);
            List<PreviewCell> cells = new ArrayList<>();
            for (int c = 0; c < lastCol; c++) {
                Cell cell = row == null ? null : row.getCell(c);
                String ref = CellReference.convertNumToColString(c) + (r + 1);
                String text = cell == null ? "" : text(cell, formatter);
                List<FindingMessages.Shown> here = marks.getOrDefault(ref, List.of());
                String severity = here.stream().map(FindingMessages.Shown::severity)
                        .max(java.util.Comparator.comparingInt(FindingMessages::rank)).orElse(null);
                String message = here.isEmpty() ? null
                        : String.join("\n", here.stream().map(FindingMessages.Shown::messageWithoutPlace).toList());
                cells.add(new PreviewCell(ref, text, severity, message));
            }
            rows.add(cells);
        }
        return new PreviewSheet(sheet.getSheetName(), columns, rows, sheet.getLastRowNum() >= MAX_ROWS);
    }

    private static String text(Cell cell, DataFormatter formatter) {
        try {
            return switch (cell.getCellType()) {
                case FORMULA -> switch (cell.getCachedFormulaResultType()) {
                    case ERROR -> org.apache.poi.ss.usermodel.FormulaError.forInt(cell.getErrorCellValue()).getString();
                    case NUMERIC -> formatter.formatRawCellContents(cell.getNumericCellValue(), cell.getCellStyle().getDataFormat(),
                            cell.getCellStyle().getDataFormatString());
                    case STRING -> cell.getStringCellValue();
                    case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
                    default -> "";
                };
                case ERROR -> org.apache.poi.ss.usermodel.FormulaError.forInt(cell.getErrorCellValue()).getString();
                default -> formatter.formatCellValue(cell);
            };
        } catch (RuntimeException odd) {
            return "";
        }
    }
}
