package vn.ntp.warehouse.extract;

import vn.ntp.warehouse.validate.Finding;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import vn.ntp.warehouse.extract.workbook.Cell;
import vn.ntp.warehouse.extract.workbook.CellAddress;
import vn.ntp.warehouse.extract.workbook.CellKind;

/**
 * A data line of a form sheet as it streamed by: its STT and label, and the non-empty cells of
 * its figure columns. Numbers are read by {@link #readNumbers} once the whole sheet has been seen,
 * so that every text number of the sheet decides its number convention.
 */
public final class TableLine {
    private final int row;
    private final String stt;
    private final String label;
    private final String labelRef;
    private final Map<Integer, Cell> cells = new LinkedHashMap<>();
    private final Map<Integer, BigDecimal> values = new LinkedHashMap<>();
    /** Columns whose cell gave a finding instead of a number; null while there is none. */
    private Set<Integer> unreadable;

    private TableLine(int row, String stt, String label, String labelRef) {
        this.row = row;
        this.stt = stt;
        this.label = label;
        this.labelRef = labelRef;
    }

    /** The line of a data row: its figure cells in the given columns. */
    public static TableLine of(SheetRow sheetRow, HeaderLayout layout, Iterable<Integer> figureColumns) {
        String stt = layout.sttCol() >= 0 ? sheetRow.text(layout.sttCol()) : "";
        TableLine line = new TableLine(sheetRow.index(), stt, sheetRow.text(layout.labelCol()),
                CellAddress.of(sheetRow.index(), layout.labelCol()));
        for (int col : figureColumns) {
            Cell cell = sheetRow.cell(col);
            if (cell != null && !cell.isEmpty()) line.cells.put(col, cell);
        }
        return line;
    }

    /**
     * Reads the figures of all lines with the sheet's number convention; percent columns as percent. A cell that
     * gives a finding instead of a number (a cached error, a text that is not a number) is {@link #unreadable}.
     */
    public static void readNumbers(String sheet, List<TableLine> lines, Set<Integer> percentColumns,
                                   Consumer<Finding> findings) {
        List<Cell> all = new ArrayList<>();
        lines.forEach(l -> all.addAll(l.cells.values()));
        CellNumbers numbers = CellNumbers.forSheet(sheet, all);
        int[] found = {0};
        Consumer<Finding> counted = f -> {
            found[0]++;
            findings.accept(f);
        };
        for (TableLine line : lines) {
            line.cells.forEach((col, cell) -> {
                int before = found[0];
                Optional<BigDecimal> value = numbers.read(cell, percentColumns.contains(col), counted);
                if (value.isPresent()) {
                    line.values.put(col, value.get());
                } else if (found[0] > before) {
                    if (line.unreadable == null) line.unreadable = new HashSet<>(2);
                    line.unreadable.add(col);
                }
            });
        }
    }

    /** 0-based sheet row. */
    public int row() {
        return row;
    }

    /** 1-based row number, as the sheet shows it. */
    public int rowNumber() {
        return row + 1;
    }

    public String stt() {
        return stt;
    }

    public String label() {
        return label;
    }

    public String labelRef() {
        return labelRef;
    }

    /** The label, or the STT when the label is empty: what a finding quotes. */
    public String display() {
        return label.isEmpty() ? stt : label;
    }

    public boolean hasFigures() {
        return !cells.isEmpty();
    }

    /** The figure read from a column, or null (empty cell, or one that gave a finding). */
    public BigDecimal value(int col) {
        return values.get(col);
    }

    /** Whether the column's cell held something that gave no number but a finding: never a zero. */
    public boolean unreadable(int col) {
        return unreadable != null && unreadable.contains(col);
    }

    public Cell cell(int col) {
        return cells.get(col);
    }

    public String ref(int col) {
        return CellAddress.of(row, col);
    }

    /** What the cell said: the number as stored, or the text as typed. */
    public String originalText(int col) {
        Cell cell = cells.get(col);
        if (cell == null) return "";
        return cell.kind() == CellKind.NUMBER ? SheetRow.plain(cell.number()) : cell.text();
    }
}
