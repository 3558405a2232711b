package vn.ntp.warehouse.extract.workbook;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.usermodel.HSSFCell;
import org.apache.poi.hssf.usermodel.HSSFCellStyle;
import org.apache.poi.hssf.usermodel.HSSFFont;
import org.apache.poi.hssf.usermodel.HSSFRichTextString;
import org.apache.poi.hssf.usermodel.HSSFRow;
import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.util.CellRangeAddress;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a legacy .xls (BIFF8) with POI's HSSF user model and reports it exactly as the .xlsx reader
 * does: raw numbers, cached formula results, error codes, fonts, formats, hidden rows, columns and
 * sheets, merged regions. .xls files are small (65,536 rows at most), so loading one whole is fine.
 */
final class XlsReader {
    /** BIFF8 has 256 columns. */
    private static final int MAX_COLUMNS = 256;

    private final Map<Short, CellStyle> styles = new HashMap<>();
    private final Map<RunFontStyle, CellStyle> runFontStyles = new HashMap<>();
    private HSSFWorkbook workbook;

    private record RunFontStyle(CellStyle base, String font) {
    }

    void read(DirectoryNode root, SheetVisitor visitor) throws UnreadableWorkbookException {
        SheetVisitor guarded = new GuardedVisitor(visitor);
        try (HSSFWorkbook loaded = load(root)) {
            workbook = loaded;
            var summary = workbook.getSummaryInformation();
            if (summary != null && summary.getLastSaveDateTime() != null) {
                guarded.documentSaved(summary.getLastSaveDateTime().toInstant());
            }
            for (int index = 0; index < workbook.getNumberOfSheets(); index++) {
                readSheet(index, guarded);
            }
        } catch (GuardedVisitor.Failure visitorFailure) {
            throw visitorFailure.unwrap();
        } catch (RuntimeException e) {
            throw Rejections.corruptPart("Workbook", e);
        } catch (IOException closing) {
            // closing a read-only workbook releases nothing that can fail meaningfully
        }
    }

    private static HSSFWorkbook load(DirectoryNode root) throws UnreadableWorkbookException {
        try {
            return new HSSFWorkbook(root, false);
        } catch (EncryptedDocumentException e) {
            throw Rejections.encrypted();
        } catch (OldExcelFormatException e) {
            throw Rejections.corrupt("EXCEL95", Map.of(), e);
        } catch (IOException | RuntimeException e) {
            throw Rejections.corruptPart("Workbook", e);
        }
    }

    private void readSheet(int index, SheetVisitor visitor) {
        HSSFSheet sheet = workbook.getSheetAt(index);
        boolean hidden = workbook.isSheetHidden(index) || workbook.isSheetVeryHidden(index);
        HiddenColumns.Builder hiddenColumns = new HiddenColumns.Builder();
        for (int column = 0; column < MAX_COLUMNS; column++) {
            if (sheet.isColumnHidden(column)) hiddenColumns.add(column, column);
        }
        if (!visitor.startSheet(new SheetInfo(index, workbook.getSheetName(index), hidden, hiddenColumns.build()))) {
            return;
        }
        for (int rowIndex = sheet.getFirstRowNum(); rowIndex <= sheet.getLastRowNum(); rowIndex++) {
            HSSFRow row = sheet.getRow(rowIndex);
            if (row == null) continue;
            List<Cell> cells = new ArrayList<>(Math.max(row.getLastCellNum(), 1));
            for (int column = row.getFirstCellNum(); column >= 0 && column < row.getLastCellNum(); column++) {
                HSSFCell cell = row.getCell(column);
                if (cell != null) cells.add(convert(cell));
            }
            if (!cells.isEmpty()) visitor.row(rowIndex, row.getZeroHeight(), cells);
        }
        List<CellRange> merged = new ArrayList<>();
        for (CellRangeAddress region : sheet.getMergedRegions()) {
            merged.add(new CellRange(region.getFirstRow(), region.getFirstColumn(), region.getLastRow(), region.getLastColumn()));
        }
        visitor.endSheet(merged);
    }

    private Cell convert(HSSFCell cell) {
        int row = cell.getRowIndex();
        int col = cell.getColumnIndex();
        CellStyle style = style(cell.getCellStyle());
        boolean formula = cell.getCellType() == CellType.FORMULA;
        CellType type = formula ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> new Cell(row, col, CellKind.NUMBER,
                    cell.getNumericCellValue(), null, formula, style);
            case STRING -> {
                HSSFRichTextString text = cell.getRichStringCellValue();
                yield new Cell(row, col, CellKind.TEXT, Double.NaN,
                        text.getString(), formula, withRunFont(style, text));
            }
            case BOOLEAN -> {
                boolean value = cell.getBooleanCellValue();
                yield new Cell(row, col, CellKind.BOOLEAN, value ? 1 : 0,
                        value ? "TRUE" : "FALSE", formula, style);
            }
            case ERROR -> new Cell(row, col, CellKind.ERROR, Double.NaN,
                    errorText(cell.getErrorCellValue()), formula, style);
            default -> new Cell(row, col, CellKind.BLANK, Double.NaN, null,
                    formula, style);
        };
    }

    private static String errorText(byte code) {
        try {
            return FormulaError.forInt(code).getString();
        } catch (IllegalArgumentException unknown) {
            return "#ERR" + code + "!";
        }
    }

    private CellStyle style(HSSFCellStyle cellStyle) {
        return styles.computeIfAbsent(cellStyle.getIndex(), index -> {
            HSSFFont font = cellStyle.getFont(workbook);
            String format = cellStyle.getDataFormatString();
            return new CellStyle(font.getFontName() == null ? "" : font.getFontName(), font.getBold(),
                    cellStyle.getDataFormat(), format);
        });
    }

    /** A rich string whose first run has its own font reports that font, as the .xlsx reader does. */
    private CellStyle withRunFont(CellStyle style, HSSFRichTextString text) {
        if (text.numFormattingRuns() == 0 || text.getIndexOfFormattingRun(0) != 0) return style;
        HSSFFont font = workbook.getFontAt(text.getFontOfFormattingRun(0));
        String name = font.getFontName();
        if (name == null || name.equals(style.fontName())) return style;
        return runFontStyles.computeIfAbsent(new RunFontStyle(style, name),
                key -> new CellStyle(name, style.bold(), style.numFmtId(), style.numFmt()));
    }
}
