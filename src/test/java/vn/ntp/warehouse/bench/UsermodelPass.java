package vn.ntp.warehouse.bench;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * The reference a first attempt would write: POI's usermodel ({@code WorkbookFactory.create}, an
 * XSSFWorkbook or HSSFWorkbook in memory) reading the value of every cell of every sheet, converting
 * nothing further. Bench only: the product reads with its own streaming readers.
 */
final class UsermodelPass {
    private UsermodelPass() {
    }

    /** Reads every cell's value; returns the number of cells that hold one. */
    static long readAll(Path file) throws IOException {
        long cells = 0;
        try (Workbook wb = WorkbookFactory.create(file.toFile(), null, true)) {
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (value(cell, cell.getCellType()) != null) cells++;
                    }
                }
            }
        }
        return cells;
    }

    private static Object value(Cell cell, CellType type) {
        return switch (type) {
            case NUMERIC -> cell.getNumericCellValue();
            case STRING -> cell.getStringCellValue();
            case BOOLEAN -> cell.getBooleanCellValue();
            case ERROR -> cell.getErrorCellValue();
            case FORMULA -> value(cell, cell.getCachedFormulaResultType());
            case BLANK, _NONE -> null;
        };
    }
}
