package vn.ntp.warehouse.extract.budget;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.ntp.warehouse.extract.HeaderLayout;
import vn.ntp.warehouse.extract.template.LabelSet;
import vn.ntp.warehouse.text.VietnameseText;

/**
 * Gives each header column its meaning from its label path: the measure comes from the highest
 * label that names one, the budget level and the capital type from the labels below it. A budget
 * level whose capital types are split in sub-columns has its own column classed as a stated
 * sub-total; one without a split is a single fact column of capital type NA.
 *
 * <p>What cannot be told is reported, never dropped silently: a measure with no column split by
 * budget level (only its "Tổng số") keeps that column as a stated total and is a missing column;
 * a column that names a capital type but no budget level is a missing column too. Columns other
 * templates add ({@code Lồng ghép}) are ignored wherever their label sits on the path.
 */
public final class BudgetColumnClassifier {
    private final LabelSet rate;
    private final LabelSet ignored;
    private final LabelSet measure;
    private final LabelSet budgetLevel;
    private final LabelSet capitalType;

    public BudgetColumnClassifier(BudgetTemplate.Columns columns) {
        this.rate = LabelSet.of("rate", columns.rate());
        List<String> skip = new ArrayList<>(columns.ignored());
        skip.addAll(columns.note());
        this.ignored = LabelSet.of("ignored", skip);
        this.measure = LabelSet.of(columns.measure());
        this.budgetLevel = LabelSet.of(columns.budgetLevel());
        this.capitalType = LabelSet.of(columns.capitalType());
    }

    /**
     * A required column the header lacks: its measure, the cell whose label says what is there, that label, and the
     * finding it is: MISSING_COLUMN (the measure is not split by budget level at all) or COLUMN_WITHOUT_SOURCE (a
     * column names a capital type but no budget level).
     */
    public record MissingColumn(String measure, String cellRef, String label, String code) {
    }

    public record Classified(List<BudgetColumn> figures, Optional<Integer> rateCol, List<MissingColumn> missing) {
        public Classified(List<BudgetColumn> figures, Optional<Integer> rateCol) {
            this(figures, rateCol, List.of());
        }

        /** At least one allocation column split by source: the sheet can be loaded. */
        public boolean hasAllocation() {
            return figures.stream().anyMatch(c -> c.measure().equals("allocated") && c.isLeaf());
        }

        /** Any allocation column, split or not: the header reads as this form. */
        public boolean mentionsAllocation() {
            return figures.stream().anyMatch(c -> c.measure().equals("allocated"))
                    || missing.stream().anyMatch(m -> m.measure().equals("allocated"));
        }
    }

    private record Raw(int col, String measure, String level, String capital, String headerRef, String measureRef,
                       String measureLabel) {
    }

    public Classified classify(HeaderLayout layout) {
        List<Raw> raw = new ArrayList<>();
        Integer rateCol = null;
        for (Map.Entry<Integer, List<String>> e : layout.columnPaths().entrySet()) {
            List<String> path = e.getValue().stream().map(VietnameseText::fold).toList();
            if (path.stream().anyMatch(p -> ignored.matches(p))) continue;
            if (path.stream().anyMatch(p -> rate.startsWith(p))) {
                if (rateCol == null) rateCol = e.getKey();
                continue;
            }
            int measureAt = -1;
            String m = null;
            for (int i = 0; i < path.size() && m == null; i++) {
                Optional<String> found = measure.find(path.get(i));
                if (found.isPresent()) {
                    m = found.get();
                    measureAt = i;
                }
            }
            if (m == null) continue;
            String level = null;
            String capital = null;
            for (int i = measureAt + 1; i < path.size(); i++) {
                String p = path.get(i);
                if (level == null) level = budgetLevel.find(p).orElse(null);
                if (capital == null) capital = capitalType.find(p).orElse(null);
            }
            raw.add(new Raw(e.getKey(), m, level, capital, layout.headerRef(e.getKey()),
                    layout.labelRef(e.getKey(), measureAt), e.getValue().get(measureAt)));
        }
        List<MissingColumn> missing = new ArrayList<>();
        List<BudgetColumn> figures = settle(raw, missing);
        return new Classified(figures, Optional.ofNullable(rateCol), missing);
    }

    /** Fills in what the labels leave open, from the columns beside each one; reports what cannot be told. */
    private static List<BudgetColumn> settle(List<Raw> raw, List<MissingColumn> missing) {
        List<BudgetColumn> out = new ArrayList<>();
        for (Raw c : raw) {
            String level = c.level();
            String capital = c.capital();
            if (level == null && capital != null) {
                missing.add(new MissingColumn(c.measure(), c.headerRef(), c.measureLabel(), "COLUMN_WITHOUT_SOURCE"));
                continue;
            }
            if (level == null) {
                boolean siblingsSplit = raw.stream().anyMatch(o -> o.measure().equals(c.measure()) && o.level() != null);
                if (!siblingsSplit) {
                    missing.add(new MissingColumn(c.measure(), c.measureRef(), c.measureLabel(), "MISSING_COLUMN"));
                }
                level = BudgetColumn.TOTAL;
            }
            if (level.equals(BudgetColumn.TOTAL)) {
                capital = BudgetColumn.TOTAL;
            } else if (capital == null) {
                String lv = level;
                boolean split = raw.stream().anyMatch(o -> o.measure().equals(c.measure())
                        && lv.equals(o.level()) && o.capital() != null);
                capital = split ? BudgetColumn.TOTAL : "NA";
            }
            BudgetColumn column = new BudgetColumn(c.col(), c.measure(), level, capital, c.headerRef());
            BudgetColumn same = out.stream().filter(o -> o.measure().equals(column.measure())
                    && o.budgetLevel().equals(column.budgetLevel()) && o.capitalType().equals(column.capitalType()))
                    .findFirst().orElse(null);
            if (same != null) {
                // two columns read as the same figure (a mistyped or damaged label): both would load under one source
                missing.add(new MissingColumn(c.measure(), c.headerRef(),
                        c.measureLabel() + " " + level + " " + capital, "DUPLICATE_COLUMN"));
            }
            out.add(column);
        }
        return out;
    }
}
