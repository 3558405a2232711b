package vn.ntp.warehouse.extract.budget;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import vn.ntp.warehouse.extract.HeaderLayout;
import vn.ntp.warehouse.extract.SheetRow;
import vn.ntp.warehouse.extract.TableLine;
import vn.ntp.warehouse.reference.ProjectCatalogue.Project;

/**
 * Turns the data rows of a Biểu 01 sheet into classified lines as they stream by. A line keeps
 * only its figure and rate cells ({@link TableLine}); numbers are read once the whole sheet has been seen.
 */
final class BudgetSheetParser {
    private final HeaderLayout layout;
    private final BudgetColumnClassifier.Classified classified;
    private final List<BudgetColumn> columns;
    /** The figure columns, then the rate column: what a line keeps of its row. */
    private final List<Integer> lineColumns = new ArrayList<>();
    private final BudgetLineClassifier classifier;
    private final List<BudgetLine> lines = new ArrayList<>();
    private String vintage = "current";
    private Project context;

    BudgetSheetParser(HeaderLayout layout, BudgetColumnClassifier.Classified classified, BudgetLineClassifier classifier) {
        this.layout = layout;
        this.classified = classified;
        this.columns = classified.figures();
        columns.forEach(c -> lineColumns.add(c.col()));
        classified.rateCol().ifPresent(lineColumns::add);
        this.classifier = classifier;
    }

    List<BudgetColumn> columns() {
        return columns;
    }

    List<BudgetLine> lines() {
        return lines;
    }

    /** The stated disbursement rate's column, if the sheet has one. */
    Optional<Integer> rateCol() {
        return classified.rateCol();
    }

    void accept(SheetRow row) {
        TableLine table = TableLine.of(row, layout, lineColumns);
        boolean hasFigures = columns.stream().anyMatch(c -> table.cell(c.col()) != null);
        Optional<BudgetLineClassifier.Classified> kind = classifier.classify(table.stt(), table.label(), hasFigures, context);
        if (kind.isEmpty()) return;
        BudgetLineClassifier.Classified c = kind.get();
        if (c.kind() == BudgetLine.Kind.SECTION) {
            vintage = c.vintage();
            context = null;
        } else if (c.kind() == BudgetLine.Kind.PROJECT && !"content".equals(c.project().level())) {
            context = c.project();
        }
        lines.add(new BudgetLine(table, c.kind(), c.project(), c.kind() == BudgetLine.Kind.SECTION ? c.vintage() : vintage,
                classified));
    }
}
