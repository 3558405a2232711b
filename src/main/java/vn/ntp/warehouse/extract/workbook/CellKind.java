package vn.ntp.warehouse.extract.workbook;

/** What a cell holds, as stored in the file (not as displayed). */
public enum CellKind {
    NUMBER, TEXT, BOOLEAN, ERROR,
    /** present in the file (styled) but without a value */
    BLANK
}
