package vn.ntp.warehouse.extract.deprivation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import vn.ntp.warehouse.extract.Figure;
import vn.ntp.warehouse.extract.ExtractionOutput;
import vn.ntp.warehouse.validate.Finding;
import vn.ntp.warehouse.extract.FamilyForm;
import vn.ntp.warehouse.extract.FamilySheetReader;
import vn.ntp.warehouse.extract.Percent;
import vn.ntp.warehouse.extract.ShownPrecision;
import vn.ntp.warehouse.extract.SheetRow;
import vn.ntp.warehouse.extract.TableLine;
import vn.ntp.warehouse.validate.FindingCatalogue;

/**
 * Reads one Biểu 03 sheet (one unit): the base line that states the number of poor and near-poor
 * households, then the indicator lines. Checks: a stated rate is 100 × deprived / base
 * (STATED_PCT), deprived households do not exceed the base (DEPRIVED_GT_BASE), a rate lies within
 * 0–100 (RATE_OUT_OF_RANGE); a label with figures that names no indicator is UNKNOWN_LABEL, its
 * figures kept without an indicator code.
 */
final class DeprivationSheetReader extends FamilySheetReader {
    private record Line(TableLine table, DeprivationLines.Kind kind) {
        String indicatorCode() {
            if (kind instanceof DeprivationLines.Kind.Base) return DeprivationLines.BASE;
            if (kind instanceof DeprivationLines.Kind.OfIndicator i) return i.indicator().code();
            return null;
        }
    }

    private final List<DeprivationColumn> columns;
    private final DeprivationLines classifier;
    private final List<Line> lines = new ArrayList<>();

    DeprivationSheetReader(FamilyForm.Sheet sheet, List<DeprivationColumn> columns, DeprivationLines classifier,
                           FindingCatalogue checks) {
        super(sheet, columns.stream().filter(DeprivationColumn::rate).map(DeprivationColumn::col)
                .collect(Collectors.toSet()), checks);
        this.columns = columns;
        this.classifier = classifier;
    }

    @Override
    public void accept(SheetRow row) {
        TableLine line = TableLine.of(row, layout, columns.stream().map(DeprivationColumn::col).toList());
        if (!line.hasFigures()) return; // dimension headings ("1 Việc làm"), blank lines, signatures
        DeprivationLines.Kind kind = classifier.classify(line.stt(), line.label());
        if (kind instanceof DeprivationLines.Kind.Skipped) return;
        lines.add(new Line(line, kind));
    }

    @Override
    protected List<TableLine> tables() {
        return lines.stream().map(Line::table).toList();
    }

    @Override
    protected void finish(ExtractionOutput output, List<Finding> findings) {
        Map<String, BigDecimal> baseByGroup = bases();
        for (Line line : lines) {
            if (line.kind() instanceof DeprivationLines.Kind.Unknown) findings.add(unknownLabel("UNKNOWN_LABEL", line.table()));
            if (!(line.kind() instanceof DeprivationLines.Kind.Base)) check(line.table(), baseByGroup, findings);
            emit(line, output);
        }
    }

    /** The stated number of households per group, from the base line's count columns. */
    private Map<String, BigDecimal> bases() {
        Map<String, BigDecimal> bases = new HashMap<>();
        for (Line line : lines) {
            if (!(line.kind() instanceof DeprivationLines.Kind.Base)) continue;
            for (DeprivationColumn c : columns) {
                BigDecimal v = line.table().value(c.col());
                if (!c.rate() && v != null) bases.putIfAbsent(c.householdGroup(), v);
            }
        }
        return bases;
    }

    private void check(TableLine line, Map<String, BigDecimal> bases, List<Finding> findings) {
        for (DeprivationColumn c : columns) {
            BigDecimal v = line.value(c.col());
            if (v == null) continue;
            BigDecimal base = bases.get(c.householdGroup());
            if (c.rate()) {
                if (Percent.outOfRange(v)) findings.add(finding("RATE_OUT_OF_RANGE", line, c, "0-100", v));
                BigDecimal deprived = deprived(line, c.householdGroup());
                if (ShownPrecision.differs(v, ShownPrecision.halfUnit(line.cell(c.col()), v),
                        ShownPrecision.exactPercent(deprived, base), checks.tolerance("STATED_PCT"))) {
                    findings.add(finding("STATED_PCT", line, c, Percent.plain(Percent.of(deprived, base)), v));
                }
            } else {
                if (v.signum() < 0) findings.add(finding("NEGATIVE_VALUE", line, c, "", v));
                if (base != null && v.subtract(base).compareTo(checks.tolerance("DEPRIVED_GT_BASE")) > 0) {
                    findings.add(finding("DEPRIVED_GT_BASE", line, c, Percent.plain(base), v));
                }
            }
        }
    }

    private BigDecimal deprived(TableLine line, String group) {
        for (DeprivationColumn c : columns) {
            if (!c.rate() && c.householdGroup().equals(group) && line.value(c.col()) != null) return line.value(c.col());
        }
        return null;
    }

    private Finding finding(String rule, TableLine line, DeprivationColumn c, String expected, BigDecimal actual) {
        return new Finding(rule, sheet, line.ref(c.col()), line.display(), null, expected, Percent.plain(actual));
    }

    private void emit(Line line, ExtractionOutput output) {
        boolean base = line.kind() instanceof DeprivationLines.Kind.Base;
        for (DeprivationColumn c : columns) {
            BigDecimal v = line.table().value(c.col());
            if (v == null || base && c.rate()) continue;
            String measure = c.rate() ? "stated_pct" : base ? "base_households" : "deprived_households";
            output.figure(figure(Figure.keys(line.indicatorCode(), line.table().display(), c.householdGroup()),
                    measure, v, null, line.table(), c.col()));
        }
    }
}
