package vn.ntp.warehouse.extract.budget;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import vn.ntp.warehouse.extract.Figure;
import vn.ntp.warehouse.extract.ExtractionOutput;
import vn.ntp.warehouse.validate.Finding;
import vn.ntp.warehouse.extract.FamilyForm;
import vn.ntp.warehouse.extract.FamilySheetReader;
import vn.ntp.warehouse.extract.SheetMetadata;
import vn.ntp.warehouse.extract.SheetRow;
import vn.ntp.warehouse.extract.TableLine;
import vn.ntp.warehouse.text.MoneyUnit;
import vn.ntp.warehouse.validate.FindingCatalogue;

/**
 * Reads one Biểu 01 sheet: lines as they stream ({@link TableLine}, like every family), then, at the end of the
 * sheet, the numbers ({@link TableLine#readNumbers}: the sheet's convention), the money unit
 * ({@link SheetMetadata#moneyUnit}), the checks on the section/project hierarchy ({@link BudgetTree}), and one
 * figure per number.
 */
final class BudgetSheetReader extends FamilySheetReader {
    private final BudgetSheetParser parser;

    BudgetSheetReader(FamilyForm.Sheet sheet, BudgetSheetParser parser, FindingCatalogue checks) {
        super(sheet, parser.rateCol().map(Set::of).orElse(Set.of()), checks);
        this.parser = parser;
    }

    @Override
    public void accept(SheetRow row) {
        parser.accept(row);
    }

    @Override
    protected List<TableLine> tables() {
        return parser.lines().stream().map(l -> l.table).toList();
    }

    @Override
    protected void finish(ExtractionOutput output, List<Finding> findings) {
        List<BudgetLine> lines = parser.lines();
        List<BudgetColumn> columns = parser.columns();
        MoneyUnit unit = moneyUnit(lines, columns, findings);
        output.moneyUnit(unit);
        BudgetTree tree = new BudgetTree(lines);
        findings.addAll(new BudgetChecks(sheet, columns, checks).run(tree));
        for (BudgetLine line : lines) {
            if (line.kind == BudgetLine.Kind.UNKNOWN) {
                findings.add(new Finding("UNKNOWN_LABEL", sheet, line.table.labelRef(), line.label(), null, "",
                        line.table.display()));
            }
            emit(line, columns, unit, output);
        }
    }

    private MoneyUnit moneyUnit(List<BudgetLine> lines, List<BudgetColumn> columns, List<Finding> findings) {
        List<BigDecimal> values = new ArrayList<>();
        for (BudgetLine line : lines) {
            for (int i = 0; i < columns.size(); i++) {
                BigDecimal v = line.value(i);
                if (v != null && v.signum() != 0) values.add(v.abs());
            }
        }
        return identified.meta().moneyUnit(sheet, Optional.empty(), values, findings::add);
    }

    private void emit(BudgetLine line, List<BudgetColumn> columns, MoneyUnit unit, ExtractionOutput output) {
        String projectCode = line.project == null ? null : line.project.code();
        for (int i = 0; i < columns.size(); i++) {
            BigDecimal value = line.value(i);
            if (value == null) continue;
            BudgetColumn c = columns.get(i);
            output.figure(figure(line, projectCode, c.budgetLevel(), c.capitalType(), c.measure(),
                    unit.toMillion(value), unit.labelVi(), c.col()));
        }
        if (line.statedRate() != null) {
            output.figure(figure(line, projectCode, BudgetColumn.TOTAL, BudgetColumn.TOTAL, "disbursement_pct",
                    line.statedRate(), "%", parser.rateCol().orElseThrow()));
        }
    }

    private Figure figure(BudgetLine line, String projectCode, String level, String capital, String measure,
                          BigDecimal value, String originalUnit, int col) {
        return figure(Figure.keys(projectCode, line.label(), line.role(),
                line.vintage == null ? "current" : line.vintage, level, capital), measure, value, originalUnit,
                line.table, col);
    }
}
