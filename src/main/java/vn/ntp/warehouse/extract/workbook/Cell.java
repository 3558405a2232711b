package vn.ntp.warehouse.extract.workbook;

/**
 * One cell as stored: 0-based row and column, its raw value, whether it came from a formula
 * (then the value is the cached result) and its style. For {@link CellKind#ERROR} the text is the
 * error code ({@code #REF!}); for rich text the font is the first run's font when it has one.
 */
public record Cell(int row, int col, CellKind kind, double number, String text, boolean formula, CellStyle style) {

    /** The A1-style reference of this cell, e.g. {@code H14}. */
    public String ref() {
        return CellAddress.of(row, col);
    }

    public boolean isNumber() {
        return kind == CellKind.NUMBER;
    }

    public boolean isText() {
        return kind == CellKind.TEXT;
    }

    /** True for blank cells and for text cells that hold only spaces. */
    public boolean isEmpty() {
        return kind == CellKind.BLANK || kind == CellKind.TEXT && (text == null || text.isBlank());
    }
}
