package vn.ntp.warehouse.extract.households;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import vn.ntp.warehouse.validate.Finding;
import vn.ntp.warehouse.extract.Percent;
import vn.ntp.warehouse.extract.ShownPrecision;
import vn.ntp.warehouse.extract.TableLine;
import vn.ntp.warehouse.validate.FindingCatalogue;

/**
 * The arithmetic a Biểu 02 sheet must satisfy: the total line is the sum of the unit lines for
 * every count column (SUM_TOTAL_ROW); a stated rate is 100 × count / total households of the same
 * stage (STATED_PCT); a rate lies within 0–100 and no count exceeds the total households
 * (RATE_OUT_OF_RANGE); counts are not negative (NEGATIVE_VALUE).
 */
final class HouseholdChecks {
    private final String sheet;
    private final List<HouseholdColumn> columns;
    private final HouseholdColumns classifier;
    private final FindingCatalogue checks;
    private final List<Finding> findings = new ArrayList<>();

    HouseholdChecks(String sheet, List<HouseholdColumn> columns, HouseholdColumns classifier, FindingCatalogue checks) {
        this.sheet = sheet;
        this.columns = columns;
        this.classifier = classifier;
        this.checks = checks;
    }

    List<Finding> run(List<HouseholdSheetReader.HouseholdLine> lines) {
        List<TableLine> children = lines.stream().filter(l -> l.role.equals(HouseholdSheetReader.CHILD))
                .map(HouseholdSheetReader.HouseholdLine::table).toList();
        for (HouseholdSheetReader.HouseholdLine line : lines) {
            if (line.role.equals(HouseholdSheetReader.TOTAL) && !children.isEmpty()) sumOfUnits(line.table, children);
            for (HouseholdColumn c : columns) {
                BigDecimal v = line.table.value(c.col());
                if (v == null) continue;
                if (c.isRate()) statedRate(line.table, c, v);
                if (c.isPercent() && Percent.outOfRange(v)) add("RATE_OUT_OF_RANGE", line.table, c, "0-100", v);
                if (classifier.isCount(c)) count(line.table, c, v);
            }
        }
        return findings;
    }

    private void sumOfUnits(TableLine total, List<TableLine> children) {
        for (HouseholdColumn c : columns) {
            BigDecimal stated = total.value(c.col());
            if (stated == null || !classifier.isCount(c)) continue;
            BigDecimal sum = null;
            for (TableLine child : children) {
                BigDecimal v = child.value(c.col());
                if (v != null) sum = sum == null ? v : sum.add(v);
            }
            if (sum != null && ShownPrecision.differs(stated, ShownPrecision.halfUnit(total.cell(c.col()), stated), sum,
                    checks.tolerance("SUM_TOTAL_ROW"))) {
                add("SUM_TOTAL_ROW", total, c, Percent.plain(sum), stated);
            }
        }
    }

    private void statedRate(TableLine line, HouseholdColumn rate, BigDecimal stated) {
        BigDecimal count = valueOf(line, rate.countMeasure(), rate.stage());
        BigDecimal households = totalHouseholds(line, rate.stage());
        BigDecimal exact = ShownPrecision.exactPercent(count, households);
        if (ShownPrecision.differs(stated, ShownPrecision.halfUnit(line.cell(rate.col()), stated), exact,
                checks.tolerance("STATED_PCT"))) {
            add("STATED_PCT", line, rate, Percent.plain(Percent.of(count, households)), stated);
        }
    }

    private void count(TableLine line, HouseholdColumn c, BigDecimal v) {
        if (v.signum() < 0) add("NEGATIVE_VALUE", line, c, "", v);
        if (c.measure().equals(HouseholdColumns.TOTAL_HOUSEHOLDS)) return;
        BigDecimal households = totalHouseholds(line, c.stage());
        if (households != null && v.compareTo(households) > 0) {
            add("RATE_OUT_OF_RANGE", line, c, Percent.plain(households), v);
        }
    }

    /** Total households of the stage, else the one stated without a stage. */
    private BigDecimal totalHouseholds(TableLine line, String stage) {
        BigDecimal staged = valueOf(line, HouseholdColumns.TOTAL_HOUSEHOLDS, stage);
        return staged != null ? staged : valueOf(line, HouseholdColumns.TOTAL_HOUSEHOLDS, HouseholdColumns.NO_STAGE);
    }

    private BigDecimal valueOf(TableLine line, String measure, String stage) {
        for (HouseholdColumn c : columns) {
            if (c.measure().equals(measure) && c.stage().equals(stage)) {
                BigDecimal v = line.value(c.col());
                if (v != null) return v;
            }
        }
        return null;
    }

    private void add(String rule, TableLine line, HouseholdColumn c, String expected, BigDecimal actual) {
        findings.add(new Finding(rule, sheet, line.ref(c.col()), line.display(), null, expected, Percent.plain(actual)));
    }
}
