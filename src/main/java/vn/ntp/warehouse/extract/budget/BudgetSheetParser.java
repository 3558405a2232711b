package vn.ntp.warehouse.extract.budget;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import vn.ntp.warehouse.extract.HeaderLayout;
import vn.ntp.warehouse.extract.SheetRow;
import vn.ntp.warehouse.extract.workbook.Cell;
import vn.ntp.warehouse.extract.workbook.CellAddress;
import vn.ntp.warehouse.reference.ProjectCatalogue.Project;

/**
 * Turns the data rows of a Biểu 01 sheet into classified lines as they stream by. A line keeps
 * only its figure cells; numbers are read once the whole sheet has been seen.
 */
final class BudgetSheetParser {
    private final HeaderLayout layout;
    private final List<BudgetColumn> columns;
    private final Integer rateCol;
    private final BudgetLineClassifier classifier;
    private final List<BudgetLine> lines = new ArrayList<>();
    private String vintage = "current";
    private Project context;

    BudgetSheetParser(HeaderLayout layout, BudgetColumnClassifier.Classified classified, BudgetLineClassifier classifier) {
        this.layout = layout;
        this.columns = classified.figures();
        this.rateCol = classified.rateCol().orElse(null);
        this.classifier = classifier;
    }

    List<BudgetColumn> columns() {
        return columns;
    }

    List<BudgetLine> lines() {
        return lines;
    }

    void accept(SheetRow row) {
        String label = row.text(layout.labelCol());
        String stt = layout.sttCol() >= 0 ? row.text(layout.sttCol()) : "";
        boolean hasFigures = hasFigures(row);
        Optional<BudgetLineClassifier.Classified> kind = classifier.classify(stt, label, hasFigures, context);
        if (kind.isEmpty()) return;
        BudgetLineClassifier.Classified c = kind.get();
        if (c.kind() == BudgetLine.Kind.SECTION) {
            vintage = c.vintage();
            context = null;
        } else if (c.kind() == BudgetLine.Kind.PROJECT && !"content".equals(c.project().level())) {
            context = c.project();
        }
        BudgetLine line = new BudgetLine(row.index(), stt, label, CellAddress.of(row.index(), layout.labelCol()),
                c.kind(), c.project(), c.kind() == BudgetLine.Kind.SECTION ? c.vintage() : vintage, columns.size());
        for (int i = 0; i < columns.size(); i++) {
            Cell cell = row.cell(columns.get(i).col());
            if (cell != null && !cell.isEmpty()) line.cells[i] = cell;
        }
        if (rateCol != null) {
            Cell rate = row.cell(rateCol);
            if (rate != null && !rate.isEmpty()) line.rateCell = rate;
        }
        lines.add(line);
    }

    private boolean hasFigures(SheetRow row) {
        for (BudgetColumn column : columns) {
            Cell cell = row.cell(column.col());
            if (cell != null && !cell.isEmpty()) return true;
        }
        return false;
    }
}
