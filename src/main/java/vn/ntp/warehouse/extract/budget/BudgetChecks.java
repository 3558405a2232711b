package vn.ntp.warehouse.extract.budget;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import vn.ntp.warehouse.validate.Finding;
import vn.ntp.warehouse.extract.ShownPrecision;
import vn.ntp.warehouse.validate.FindingCatalogue;

/**
 * The arithmetic a Biểu 01 sheet must satisfy, checked on stated figures against figures
 * computed from the leaves: a project against its sub-projects and a section against its
 * projects (SUM_CHILDREN), the grand total row and the "Tổng số"/sub-total columns against their
 * parts (SUM_TOTAL_ROW), the stated disbursement rate (STATED_PCT), disbursed above allocated and
 * negative figures. A stated figure is compared at the precision it shows ({@link ShownPrecision}).
 */
final class BudgetChecks {
    private final String sheet;
    private final List<BudgetColumn> columns;
    private final FindingCatalogue checks;
    private final List<Finding> findings = new ArrayList<>();

    BudgetChecks(String sheet, List<BudgetColumn> columns, FindingCatalogue checks) {
        this.sheet = sheet;
        this.columns = columns;
        this.checks = checks;
    }

    List<Finding> run(BudgetTree tree) {
        for (BudgetLine line : tree.lines) {
            if (!line.hasFigures()) continue;
            checkRowTotals(line);
            if (line.kind == BudgetLine.Kind.PROJECT && !line.children.isEmpty()) {
                compareLeafColumns(line, line.children, "SUM_CHILDREN");
            }
            if (line.isLeafProject()) {
                checkLeaf(line);
            }
            checkRate(line, tree);
        }
        for (int s = 0; s < tree.sections.size(); s++) {
            BudgetLine section = tree.sections.get(s);
            if (section.hasFigures()) compareLeafColumns(section, tree.topLevelOfSection(s), "SUM_CHILDREN");
        }
        for (BudgetLine total : tree.totals) {
            if (total.hasFigures()) compareLeafColumns(total, tree.allTopLevel(), "SUM_TOTAL_ROW");
        }
        return findings;
    }

    /** Stated "Tổng số" and sub-total columns against the fact columns of the same row. */
    private void checkRowTotals(BudgetLine line) {
        for (int i = 0; i < columns.size(); i++) {
            BudgetColumn c = columns.get(i);
            if (c.isLeaf() || line.value(i) == null) continue;
            Predicate<BudgetColumn> part = BudgetColumn.TOTAL.equals(c.budgetLevel())
                    ? o -> o.measure().equals(c.measure()) && o.isLeaf()
                    : o -> o.measure().equals(c.measure()) && o.budgetLevel().equals(c.budgetLevel()) && o.isLeaf();
            if (anyUnreadableIn(line, part)) continue; // an unreadable part is not a zero: nothing to compare
            BigDecimal expected = rowSum(line, part, false);
            if (expected != null) differs("SUM_TOTAL_ROW", line, i, expected, line.value(i));
        }
    }

    private void compareLeafColumns(BudgetLine line, List<BudgetLine> parts, String rule) {
        for (int i = 0; i < columns.size(); i++) {
            if (!columns.get(i).isLeaf()) continue;
            if (line.unreadable(i) || BudgetTree.anyUnreadable(parts, i)) continue;
            BigDecimal expected = BudgetTree.sum(parts, i);
            if (expected == null) continue;
            BigDecimal stated = line.value(i) == null ? BigDecimal.ZERO : line.value(i);
            differs(rule, line, i, expected, stated);
        }
    }

    private void checkLeaf(BudgetLine line) {
        for (int i = 0; i < columns.size(); i++) {
            BigDecimal v = line.value(i);
            if (v == null) continue;
            BudgetColumn c = columns.get(i);
            if (v.signum() < 0) add("NEGATIVE_VALUE", line, i, "", v);
            if (c.measure().equals("disbursed") && c.isLeaf()) {
                int a = allocatedTwin(c);
                if (a >= 0 && line.value(a) != null
                        && v.subtract(line.value(a)).compareTo(tolerance("DISBURSED_GT_ALLOCATED")) > 0) {
                    add("DISBURSED_GT_ALLOCATED", line, i, plain(line.value(a)), v);
                }
            }
        }
    }

    private void checkRate(BudgetLine line, BudgetTree tree) {
        if (line.statedRate() == null) return;
        if (anyUnreadableIn(line, c -> c.isLeaf()) || anyUnreadableBelow(line)) return;
        BigDecimal allocated = rowSum(line, c -> c.measure().equals("allocated") && c.isLeaf(), true);
        BigDecimal disbursed = rowSum(line, c -> c.measure().equals("disbursed") && c.isLeaf(), true);
        if (allocated == null || allocated.signum() == 0) return;
        if (columns.stream().noneMatch(c -> c.measure().equals("disbursed") && c.isLeaf())) return; // nothing to recompute from
        BigDecimal exact = ShownPrecision.exactPercent(disbursed == null ? BigDecimal.ZERO : disbursed, allocated);
        if (ShownPrecision.differs(line.statedRate(), ShownPrecision.halfUnit(line.rateCell(), line.statedRate()), exact,
                tolerance("STATED_PCT"))) {
            findings.add(new Finding("STATED_PCT", sheet, line.rateCell().ref(), line.label(), code(line),
                    plain(exact.setScale(2, RoundingMode.HALF_UP)), plain(line.statedRate())));
        }
    }

    private boolean anyUnreadableIn(BudgetLine line, Predicate<BudgetColumn> part) {
        for (int j = 0; j < columns.size(); j++) {
            if (part.test(columns.get(j)) && line.unreadable(j)) return true;
        }
        return false;
    }

    private boolean anyUnreadableBelow(BudgetLine line) {
        for (int j = 0; j < columns.size(); j++) {
            if (BudgetTree.anyUnreadable(line.children, j)) return true;
        }
        return false;
    }

    private BigDecimal rowSum(BudgetLine line, Predicate<BudgetColumn> part, boolean computed) {
        BigDecimal sum = null;
        for (int j = 0; j < columns.size(); j++) {
            if (!part.test(columns.get(j))) continue;
            BigDecimal v = computed ? BudgetTree.computed(line, j) : line.value(j);
            if (v != null) sum = sum == null ? v : sum.add(v);
        }
        return sum;
    }

    private int allocatedTwin(BudgetColumn disbursed) {
        for (int j = 0; j < columns.size(); j++) {
            BudgetColumn o = columns.get(j);
            if (o.measure().equals("allocated") && o.budgetLevel().equals(disbursed.budgetLevel())
                    && o.capitalType().equals(disbursed.capitalType())) return j;
        }
        return -1;
    }

    /** The stated figure against its parts, at the precision the cell shows it (an empty cell is a stated 0). */
    private void differs(String rule, BudgetLine line, int column, BigDecimal expected, BigDecimal stated) {
        BigDecimal halfUnit = ShownPrecision.halfUnit(line.value(column) == null ? null : line.cell(column), stated);
        if (ShownPrecision.differs(stated, halfUnit, expected, tolerance(rule))) {
            add(rule, line, column, plain(expected), stated);
        }
    }

    private void add(String rule, BudgetLine line, int column, String expected, BigDecimal actual) {
        String ref = line.table.ref(columns.get(column).col());
        findings.add(new Finding(rule, sheet, ref, line.label(), code(line), expected, plain(actual)));
    }

    private BigDecimal tolerance(String rule) {
        return checks.tolerance(rule);
    }

    private static String code(BudgetLine line) {
        return line.project == null ? null : line.project.code();
    }

    static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }
}
