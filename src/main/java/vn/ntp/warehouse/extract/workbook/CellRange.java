package vn.ntp.warehouse.extract.workbook;

/** A merged region, 0-based and inclusive. */
public record CellRange(int firstRow, int firstCol, int lastRow, int lastCol) {
    public boolean contains(int row, int col) {
        return row >= firstRow && row <= lastRow && col >= firstCol && col <= lastCol;
    }
}
