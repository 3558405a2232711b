package vn.ntp.warehouse.extract.output;

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
import vn.ntp.warehouse.extract.Percent;
import vn.ntp.warehouse.extract.ShownPrecision;
import vn.ntp.warehouse.extract.SheetRow;
import vn.ntp.warehouse.extract.TableLine;
import vn.ntp.warehouse.text.MoneyUnit;
import vn.ntp.warehouse.validate.FindingCatalogue;

/**
 * Reads one Biểu 04 sheet: one line per project × output indicator, money converted from the
 * sheet's unit to million VND. The stated rate is checked against the count-based ratio
 * (achieved / planned); one that matches the money-based ratio instead (disbursed / planned money)
 * is reported as such (STATED_PCT_MONEY_BASED), one that matches neither is STATED_PCT.
 */
final class OutputSheetReader extends FamilySheetReader {
    private record Line(TableLine table, OutputLines.Owner owner, String indicator, String unitOfMeasure) {
    }

    private final OutputColumns.Layout columns;
    private final OutputLines owners;
    private final List<Line> lines = new ArrayList<>();

    OutputSheetReader(FamilyForm.Sheet sheet, OutputColumns.Layout columns, OutputLines owners, FindingCatalogue checks) {
        super(sheet, columns.figure(OutputColumns.STATED_PCT).map(f -> Set.of(f.col())).orElse(Set.of()), checks);
        this.columns = columns;
        this.owners = owners;
    }

    @Override
    public void accept(SheetRow row) {
        TableLine line = TableLine.of(row, layout, columns.figures().stream().map(OutputColumns.Figure::col).toList());
        Optional<OutputLines.Owner> owner = owners.owner(line.label());
        if (owner.isEmpty() || !line.hasFigures()) return;
        lines.add(new Line(line, owner.get(), row.text(columns.indicatorCol()),
                columns.unitOfMeasureCol() < 0 ? "" : row.text(columns.unitOfMeasureCol())));
    }

    @Override
    protected List<TableLine> tables() {
        return lines.stream().map(Line::table).toList();
    }

    @Override
    protected void finish(ExtractionOutput output, List<Finding> findings) {
        MoneyUnit unit = moneyUnit(findings);
        if (columns.figures().stream().anyMatch(OutputColumns.Figure::money)) output.moneyUnit(unit);
        for (Line line : lines) {
            if (!line.owner().known()) findings.add(unknownLabel("UNKNOWN_LABEL", line.table()));
            check(line, findings);
            emit(line, unit, output);
        }
    }

    private MoneyUnit moneyUnit(List<Finding> findings) {
        List<BigDecimal> money = new ArrayList<>();
        for (Line line : lines) {
            for (OutputColumns.Figure f : columns.figures()) {
                BigDecimal v = line.table().value(f.col());
                if (f.money() && v != null && v.signum() != 0) money.add(v.abs());
            }
        }
        if (money.isEmpty() && MoneyUnit.parse(identified.meta().moneyUnitText()).or(columns::headerMoneyUnit).isEmpty()) {
            return MoneyUnit.TRIEU_DONG;   // no money on the sheet: nothing to guess, nothing to report
        }
        return identified.meta().moneyUnit(sheet, columns.headerMoneyUnit(), money, findings::add);
    }

    private void check(Line line, List<Finding> findings) {
        BigDecimal planned = value(line, OutputColumns.PLANNED);
        BigDecimal achieved = value(line, OutputColumns.ACHIEVED);
        BigDecimal plannedMoney = value(line, OutputColumns.PLANNED_MVND);
        BigDecimal disbursed = value(line, OutputColumns.DISBURSED_MVND);
        for (OutputColumns.Figure f : columns.figures()) {
            BigDecimal v = line.table().value(f.col());
            if (v != null && v.signum() < 0) findings.add(finding("NEGATIVE_VALUE", line, f, "", v));
        }
        if (plannedMoney != null && disbursed != null
                && disbursed.subtract(plannedMoney).compareTo(checks.tolerance("DISBURSED_GT_ALLOCATED")) > 0) {
            findings.add(finding("DISBURSED_GT_ALLOCATED", line, figure(OutputColumns.DISBURSED_MVND),
                    Percent.plain(plannedMoney), disbursed));
        }
        BigDecimal stated = value(line, OutputColumns.STATED_PCT);
        if (stated == null) return;
        OutputColumns.Figure rate = figure(OutputColumns.STATED_PCT);
        BigDecimal countBased = ShownPrecision.exactPercent(achieved, planned);
        BigDecimal moneyBased = ShownPrecision.exactPercent(disbursed, plannedMoney);
        BigDecimal halfUnit = ShownPrecision.halfUnit(line.table().cell(rate.col()), stated);
        if (countBased != null && !ShownPrecision.differs(stated, halfUnit, countBased, checks.tolerance("STATED_PCT"))) return;
        String shown = Percent.plain(Percent.of(achieved, planned));
        if (moneyBased != null && !ShownPrecision.differs(stated, halfUnit, moneyBased, checks.tolerance("STATED_PCT_MONEY_BASED"))) {
            findings.add(finding("STATED_PCT_MONEY_BASED", line, rate, shown, stated));
        } else if (countBased != null) {
            findings.add(finding("STATED_PCT", line, rate, shown, stated));
        }
    }

    private BigDecimal value(Line line, String measure) {
        return columns.figure(measure).map(f -> line.table().value(f.col())).orElse(null);
    }

    private OutputColumns.Figure figure(String measure) {
        return columns.figure(measure).orElseThrow();
    }

    private Finding finding(String rule, Line line, OutputColumns.Figure f, String expected, BigDecimal actual) {
        return new Finding(rule, sheet, line.table().ref(f.col()), line.table().display(), line.owner().code(),
                expected, Percent.plain(actual));
    }

    private void emit(Line line, MoneyUnit unit, ExtractionOutput output) {
        for (OutputColumns.Figure f : columns.figures()) {
            BigDecimal v = line.table().value(f.col());
            if (v == null) continue;
            BigDecimal value = f.money() ? unit.toMillion(v) : v;
            String originalUnit = f.money() ? unit.labelVi() : f.measure().equals(OutputColumns.STATED_PCT) ? "%"
                    : line.unitOfMeasure();
            output.figure(figure(
                    Figure.keys(line.owner().code(), line.owner().label(), line.indicator(), line.unitOfMeasure()),
                    f.measure(), value, originalUnit, line.table(), f.col()));
        }
    }
}
