package vn.ntp.warehouse.extract.budget;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import vn.ntp.warehouse.extract.CellNumbers;
import vn.ntp.warehouse.extract.Figure;
import vn.ntp.warehouse.extract.ExtractionOutput;
import vn.ntp.warehouse.validate.Finding;
import vn.ntp.warehouse.extract.FormSheetReader;
import vn.ntp.warehouse.extract.SheetIdentity;
import vn.ntp.warehouse.extract.SheetMetadata;
import vn.ntp.warehouse.extract.SheetRow;
import vn.ntp.warehouse.text.MoneyUnit;
import vn.ntp.warehouse.extract.workbook.Cell;
import vn.ntp.warehouse.extract.workbook.CellAddress;
import vn.ntp.warehouse.validate.FindingCatalogue;

/**
 * Reads one Biểu 01 sheet: lines as they stream, then, at the end of the sheet, the numbers (with
 * the sheet's convention and money unit), the checks, and one lake row per figure.
 */
final class BudgetSheetReader implements FormSheetReader {
    private final String sheet;
    private final SheetIdentity identity;
    private final SheetMetadata meta;
    private final BudgetSheetParser parser;
    private final FindingCatalogue checks;
    private final List<Finding> pending;

    BudgetSheetReader(String sheet, SheetIdentity identity, SheetMetadata meta, BudgetSheetParser parser,
                      FindingCatalogue checks, List<Finding> pending) {
        this.sheet = sheet;
        this.identity = identity;
        this.meta = meta;
        this.parser = parser;
        this.checks = checks;
        this.pending = pending;
    }

    @Override
    public SheetIdentity identity() {
        return identity;
    }

    @Override
    public void accept(SheetRow row) {
        parser.accept(row);
    }

    @Override
    public void finish(ExtractionOutput output) {
        List<Finding> findings = new ArrayList<>(pending);
        List<BudgetLine> lines = parser.lines();
        List<BudgetColumn> columns = parser.columns();
        readNumbers(lines, findings);
        MoneyUnit unit = moneyUnit(lines, findings);
        BudgetTree tree = new BudgetTree(lines);
        findings.addAll(new BudgetChecks(sheet, columns, checks).run(tree));
        for (BudgetLine line : lines) {
            if (line.kind == BudgetLine.Kind.UNKNOWN) {
                findings.add(new Finding("UNKNOWN_LABEL", sheet, line.labelRef, line.label, null, "",
                        line.label.isEmpty() ? line.stt : line.label));
            }
            emit(line, columns, unit, output);
        }
        findings.forEach(output::finding);
    }

    private void readNumbers(List<BudgetLine> lines, List<Finding> findings) {
        List<Cell> all = new ArrayList<>();
        for (BudgetLine line : lines) {
            for (Cell c : line.cells) if (c != null) all.add(c);
        }
        CellNumbers numbers = CellNumbers.forSheet(sheet, all);
        for (BudgetLine line : lines) {
            for (int i = 0; i < line.cells.length; i++) {
                int before = findings.size();
                line.values[i] = numbers.read(line.cells[i], false, findings::add).orElse(null);
                line.unreadable[i] = line.values[i] == null && findings.size() > before;
            }
            if (line.rateCell != null) {
                int before = findings.size();
                line.statedRate = numbers.read(line.rateCell, true, findings::add).orElse(null);
                line.rateUnreadable = line.statedRate == null && findings.size() > before;
            }
        }
    }

    private MoneyUnit moneyUnit(List<BudgetLine> lines, List<Finding> findings) {
        List<BigDecimal> values = new ArrayList<>();
        for (BudgetLine line : lines) {
            for (BigDecimal v : line.values) if (v != null && v.signum() != 0) values.add(v.abs());
        }
        return meta.moneyUnit(sheet, Optional.empty(), values, findings::add);
    }

    private void emit(BudgetLine line, List<BudgetColumn> columns, MoneyUnit unit, ExtractionOutput output) {
        String projectCode = line.project == null ? null : line.project.code();
        for (int i = 0; i < columns.size(); i++) {
            if (line.values[i] == null) continue;
            BudgetColumn c = columns.get(i);
            output.figure(row(line, projectCode, line.vintage, c.budgetLevel(), c.capitalType(), c.measure(),
                    unit.toMillion(line.values[i]), original(line.cells[i]), unit.labelVi(),
                    CellAddress.of(line.row, c.col())));
        }
        if (line.statedRate != null) {
            output.figure(row(line, projectCode, line.vintage, BudgetColumn.TOTAL, BudgetColumn.TOTAL,
                    "disbursement_pct", line.statedRate, original(line.rateCell), "%", line.rateCell.ref()));
        }
    }

    private Figure row(BudgetLine line, String projectCode, String vintage, String level, String capital,
                       String measure, BigDecimal value, String original, String originalUnit, String cellRef) {
        return new Figure(BudgetForm.FAMILY, identity.formCode(),
                Figure.keys(projectCode, line.label, line.role(), vintage == null ? "current" : vintage, level, capital),
                measure, value, original, originalUnit, sheet, cellRef, line.row + 1);
    }

    private static String original(Cell cell) {
        if (cell == null) return "";
        return cell.kind() == vn.ntp.warehouse.extract.workbook.CellKind.NUMBER
                ? BigDecimal.valueOf(cell.number()).stripTrailingZeros().toPlainString() : cell.text();
    }
}
