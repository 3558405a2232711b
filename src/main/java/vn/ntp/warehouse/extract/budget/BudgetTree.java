package vn.ntp.warehouse.extract.budget;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The hierarchy of a Biểu 01 sheet: sections hold their top-level project lines, a project holds
 * the sub-project and content lines listed under it. Figures of an aggregate are computed from
 * its leaves, so that one wrong stated sub-total does not cascade into findings further up.
 */
final class BudgetTree {
    final List<BudgetLine> lines;
    final List<BudgetLine> totals = new ArrayList<>();
    final List<BudgetLine> sections = new ArrayList<>();
    /** top-level project lines of each section, in section order; index 0 is lines before any section */
    final List<List<BudgetLine>> topLevel = new ArrayList<>();

    BudgetTree(List<BudgetLine> lines) {
        this.lines = lines;
        topLevel.add(new ArrayList<>());
        Deque<BudgetLine> open = new ArrayDeque<>();
        for (BudgetLine line : lines) {
            switch (line.kind) {
                case TOTAL -> {
                    totals.add(line);
                    open.clear();
                }
                case SECTION -> {
                    sections.add(line);
                    topLevel.add(new ArrayList<>());
                    open.clear();
                }
                case PROJECT -> {
                    while (!open.isEmpty() && !isAncestor(open.peek(), line)) open.pop();
                    if (open.isEmpty()) {
                        topLevel.get(topLevel.size() - 1).add(line);
                    } else {
                        open.peek().children.add(line);
                    }
                    open.push(line);
                }
                case UNKNOWN -> {
                    // kept in the lake as unmatched, outside the hierarchy
                }
            }
        }
    }

    private static boolean isAncestor(BudgetLine candidate, BudgetLine line) {
        return line.project.code().startsWith(candidate.project.code() + ".");
    }

    /** Lines a section (or, with no sections, the whole sheet) adds up. */
    List<BudgetLine> topLevelOfSection(int sectionIndex) {
        return topLevel.get(sectionIndex + 1);
    }

    List<BudgetLine> allTopLevel() {
        List<BudgetLine> all = new ArrayList<>();
        topLevel.forEach(all::addAll);
        return all;
    }

    /** The figure of a line computed from its leaves; null when nothing under it was reported. */
    static BigDecimal computed(BudgetLine line, int column) {
        if (line.children.isEmpty()) {
            if (line.value(column) != null) return line.value(column);
            return line.hasFigures() ? BigDecimal.ZERO : null;
        }
        return sum(line.children, column);
    }

    /** True when a line under these (or one of them) held a cell in this column that gave no number. */
    static boolean anyUnreadable(List<BudgetLine> lines, int column) {
        for (BudgetLine line : lines) {
            if (line.unreadable(column) || anyUnreadable(line.children, column)) return true;
        }
        return false;
    }

    static BigDecimal sum(List<BudgetLine> lines, int column) {
        BigDecimal total = null;
        for (BudgetLine child : lines) {
            BigDecimal v = computed(child, column);
            if (v != null) total = total == null ? v : total.add(v);
        }
        return total;
    }
}
