package vn.ntp.warehouse.extract;

import java.util.List;

import vn.ntp.warehouse.text.LegacyEncoding;
import vn.ntp.warehouse.text.VietnameseText;
import vn.ntp.warehouse.extract.workbook.Cell;
import vn.ntp.warehouse.extract.workbook.CellKind;

/**
 * One row of a sheet with its cells addressable by column. Text typed in legacy Vietnamese
 * encodings (TCVN3, VNI) is converted to Unicode here, once, from the cell font and the text.
 */
public final class SheetRow {
    private final int index;
    private final boolean hidden;
    private final Cell[] byColumn;
    /** Cleaned and folded texts, computed on first use: every form family looks at the same head rows. */
    private String[] texts;
    private String[] foldeds;

    public SheetRow(int index, boolean hidden, List<Cell> cells) {
        this.index = index;
        this.hidden = hidden;
        int width = cells.isEmpty() ? 0 : cells.get(cells.size() - 1).col() + 1;
        this.byColumn = new Cell[width];
        for (Cell c : cells) {
            byColumn[c.col()] = c.kind() == CellKind.TEXT ? decoded(c) : c;
        }
    }

    private static Cell decoded(Cell c) {
        String unicode = LegacyEncoding.decode(c.text(), c.style().fontName());
        if (unicode.equals(c.text())) return c;
        return new Cell(c.row(), c.col(), c.kind(), c.number(), unicode, c.formula(), c.style());
    }

    public int index() {
        return index;
    }

    public boolean hidden() {
        return hidden;
    }

    public int width() {
        return byColumn.length;
    }

    public Cell cell(int col) {
        return col >= 0 && col < byColumn.length ? byColumn[col] : null;
    }

    /** The cell's text, cleaned; numbers as plain digits; empty when blank. */
    public String text(int col) {
        if (col < 0 || col >= byColumn.length) return "";
        if (texts == null) texts = new String[byColumn.length];
        String known = texts[col];
        if (known == null) texts[col] = known = textOf(byColumn[col]);
        return known;
    }

    private static String textOf(Cell c) {
        if (c == null) return "";
        return switch (c.kind()) {
            case TEXT -> VietnameseText.clean(c.text());
            case NUMBER -> plain(c.number());
            case ERROR -> c.text();
            default -> "";
        };
    }

    public String folded(int col) {
        if (col < 0 || col >= byColumn.length) return "";
        if (foldeds == null) foldeds = new String[byColumn.length];
        String known = foldeds[col];
        if (known == null) foldeds[col] = known = VietnameseText.fold(text(col));
        return known;
    }

    public boolean isEmpty() {
        for (Cell c : byColumn) {
            if (c != null && !c.isEmpty()) return false;
        }
        return true;
    }

    public boolean hasNumberOrError() {
        for (Cell c : byColumn) {
            if (c != null && (c.kind() == CellKind.NUMBER || c.kind() == CellKind.ERROR)) return true;
        }
        return false;
    }

    static String plain(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) return Long.toString((long) d);
        return java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }
}
