package vn.ntp.warehouse.extract.budget;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import vn.ntp.warehouse.extract.TableLine;
import vn.ntp.warehouse.extract.workbook.Cell;
import vn.ntp.warehouse.reference.ProjectCatalogue.Project;

/**
 * One row of the Biểu 01 table: its {@link TableLine} (cells, and the numbers read with the sheet's convention,
 * in the sheet's own money unit) classified as a total, a section, a project or an unknown line. Figures are
 * addressed by the index of their {@link BudgetColumn}; the stated disbursement rate is the rate column's.
 * Children are filled in by {@link BudgetTree}.
 */
public final class BudgetLine {
    public enum Kind { TOTAL, SECTION, PROJECT, UNKNOWN }

    final TableLine table;
    final Kind kind;
    final Project project;
    final String vintage;
    /** The sheet's figure columns and its stated disbursement rate's column, if any. */
    private final BudgetColumnClassifier.Classified columns;
    final List<BudgetLine> children = new ArrayList<>();

    BudgetLine(TableLine table, Kind kind, Project project, String vintage, BudgetColumnClassifier.Classified columns) {
        this.table = table;
        this.kind = kind;
        this.project = project;
        this.vintage = vintage;
        this.columns = columns;
    }

    public int row() {
        return table.row();
    }

    public String label() {
        return table.label();
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

    /** The figure of the i-th column, null where the cell was empty or unreadable. */
    public BigDecimal value(int i) {
        return table.value(columns.figures().get(i).col());
    }

    /** The i-th column's cell held something that gave no number (a cached error, a text): never a zero. */
    boolean unreadable(int i) {
        return table.unreadable(columns.figures().get(i).col());
    }

    Cell cell(int i) {
        return table.cell(columns.figures().get(i).col());
    }

    BigDecimal statedRate() {
        return columns.rateCol().map(table::value).orElse(null);
    }

    Cell rateCell() {
        return columns.rateCol().map(table::cell).orElse(null);
    }

    public boolean hasFigures() {
        for (int i = 0; i < columns.figures().size(); i++) {
            if (value(i) != null) return true;
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
