package vn.ntp.warehouse.extract.budget;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import vn.ntp.warehouse.extract.workbook.Cell;
import vn.ntp.warehouse.reference.ProjectCatalogue.Project;

/**
 * One row of the Biểu 01 table, classified, with its figures in the sheet's own money unit
 * (null where the cell was empty or unreadable), parsed once the sheet's number convention is known. Children are filled in by {@link BudgetTree}.
 */
public final class BudgetLine {
    public enum Kind { TOTAL, SECTION, PROJECT, UNKNOWN }

    final int row;
    final String stt;
    final String label;
    final String labelRef;
    final Kind kind;
    final Project project;
    final String vintage;
    final Cell[] cells;
    final BigDecimal[] values;
    /** Cells that held something but gave no number (a cached error, a text that is not a number): never zeros. */
    final boolean[] unreadable;
    boolean rateUnreadable;
    Cell rateCell;
    BigDecimal statedRate;
    final List<BudgetLine> children = new ArrayList<>();
    BudgetLine parent;

    BudgetLine(int row, String stt, String label, String labelRef, Kind kind, Project project, String vintage, int columns) {
        this.row = row;
        this.stt = stt;
        this.label = label;
        this.labelRef = labelRef;
        this.kind = kind;
        this.project = project;
        this.vintage = vintage;
        this.cells = new Cell[columns];
        this.values = new BigDecimal[columns];
        this.unreadable = new boolean[columns];
    }

    boolean anyUnreadable() {
        for (boolean u : unreadable) if (u) return true;
        return rateUnreadable;
    }

    public int row() {
        return row;
    }

    public String label() {
        return label;
    }

    public Kind kind() {
        return kind;
    }

    public Project project() {
        return project;
    }

    public String vintage() {
        return vintage;
    }

    public BigDecimal value(int column) {
        return values[column];
    }

    public boolean hasFigures() {
        for (BigDecimal v : values) {
            if (v != null) return true;
        }
        return false;
    }

    public boolean isLeafProject() {
        return kind == Kind.PROJECT && children.isEmpty();
    }

    public String role() {
        return switch (kind) {
            case TOTAL -> "total";
            case SECTION -> "section";
            case UNKNOWN -> "unmatched";
            case PROJECT -> children.isEmpty() ? "leaf" : "aggregate";
        };
    }
}
