package vn.ntp.warehouse.extract.workbook;

import java.util.List;

/**
 * Receives a workbook sheet by sheet, row by row, as the reader streams it. Rows without any
 * cell in the file are not reported (gaps are visible from the row numbers); cells are in column
 * order. Merged regions arrive at the end of the sheet because that is where the file keeps them.
 */
public interface SheetVisitor {

    /** When the sender last saved the workbook, from its document properties; not called when they do not say. */
    default void documentSaved(java.time.Instant savedAt) {
    }

    /** @return false to skip the sheet (its rows are then not parsed). */
    default boolean startSheet(SheetInfo sheet) {
        return true;
    }

    void row(int rowIndex, boolean hidden, List<Cell> cells);

    default void endSheet(List<CellRange> mergedRegions) {
    }
}
