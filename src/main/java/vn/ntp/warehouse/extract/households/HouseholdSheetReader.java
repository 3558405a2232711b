package vn.ntp.warehouse.extract.households;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import vn.ntp.warehouse.extract.Figure;
import vn.ntp.warehouse.extract.ExtractionOutput;
import vn.ntp.warehouse.validate.Finding;
import vn.ntp.warehouse.extract.FamilyForm;
import vn.ntp.warehouse.extract.FamilySheetReader;
import vn.ntp.warehouse.extract.SheetIdentity;
import vn.ntp.warehouse.extract.SheetRow;
import vn.ntp.warehouse.extract.TableLine;
import vn.ntp.warehouse.extract.template.LabelSet;
import vn.ntp.warehouse.text.VietnameseText;
import vn.ntp.warehouse.reference.UnitMaster;
import vn.ntp.warehouse.validate.FindingCatalogue;

/**
 * Reads one Biểu 02 sheet: the total line (the reporting unit's own) and one line per
 * subordinate unit, each resolved in the unit master under the reporting unit; an unknown name is
 * an UNKNOWN_UNIT finding on its cell and its figures are kept without a unit code. Then the
 * checks, and one lake row per figure.
 */
final class HouseholdSheetReader extends FamilySheetReader {
    static final String TOTAL = "total";
    static final String CHILD = "child";

    private final List<HouseholdColumn> columns;
    private final HouseholdColumns classifier;
    private final SubordinateUnits units;
    private final LabelSet total;
    private final LabelSet skip;
    private final List<HouseholdLine> lines = new ArrayList<>();

    HouseholdSheetReader(FamilyForm.Sheet sheet, List<HouseholdColumn> columns, HouseholdColumns classifier,
                         SubordinateUnits units, HouseholdTemplate.Rows rows, FindingCatalogue checks) {
        super(sheet, columns.stream().filter(HouseholdColumn::isPercent).map(HouseholdColumn::col)
                .collect(Collectors.toSet()), checks);
        this.columns = columns;
        this.classifier = classifier;
        this.units = units;
        this.total = LabelSet.of("total", rows.total());
        this.skip = LabelSet.of("skip", rows.skip());
    }

    @Override
    public void accept(SheetRow row) {
        TableLine line = TableLine.of(row, layout, columns.stream().map(HouseholdColumn::col).toList());
        if (!line.hasFigures()) return; // headings, signatures, units that reported nothing
        String folded = VietnameseText.fold(line.label());
        if (skip.startsWith(folded)) return;
        lines.add(new HouseholdLine(line, total.startsWith(folded) ? TOTAL : CHILD));
    }

    @Override
    protected List<TableLine> tables() {
        return lines.stream().map(HouseholdLine::table).toList();
    }

    @Override
    protected void finish(ExtractionOutput output, List<Finding> findings) {
        for (HouseholdLine line : lines) resolveUnit(line, findings);
        findings.addAll(new HouseholdChecks(sheet, columns, classifier, checks).run(lines));
        for (HouseholdLine line : lines) emit(line, output);
    }

    private void resolveUnit(HouseholdLine line, List<Finding> findings) {
        SheetIdentity id = identified.identity();
        if (line.role.equals(TOTAL)) {
            line.unit(id.unitCode(), units.reportingName().orElse(id.unitName()));
            return;
        }
        Optional<UnitMaster.Unit> unit = units.resolve(line.table.label());
        if (unit.isPresent()) {
            if (units.isReportingUnit(unit.get())) line.role = TOTAL;
            line.unit(unit.get().code(), unit.get().name());
            return;
        }
        line.unit(null, line.table.display());
        findings.add(unknownLabel(line.table.label().isEmpty() ? "UNKNOWN_LABEL" : "UNKNOWN_UNIT", line.table));
    }

    private void emit(HouseholdLine line, ExtractionOutput output) {
        for (HouseholdColumn c : columns) {
            var value = line.table.value(c.col());
            if (value == null) continue;
            output.figure(figure(Figure.keys(line.unitCode, line.unitName, line.role, c.stage()), c.measure(), value,
                    null, line.table, c.col()));
        }
    }

    /** A line of the sheet, its role (total or child) and the unit it was resolved to. */
    static final class HouseholdLine {
        final TableLine table;
        String role;
        String unitCode;
        String unitName;

        HouseholdLine(TableLine table, String role) {
            this.table = table;
            this.role = role;
        }

        TableLine table() {
            return table;
        }

        void unit(String code, String name) {
            this.unitCode = code;
            this.unitName = name;
        }
    }
}
