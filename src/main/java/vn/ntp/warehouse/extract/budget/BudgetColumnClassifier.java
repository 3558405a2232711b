package vn.ntp.warehouse.extract.budget;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.ntp.warehouse.extract.HeaderLayout;
import vn.ntp.warehouse.extract.template.AnnexTemplate;
import vn.ntp.warehouse.extract.template.LabelSet;
import vn.ntp.warehouse.extract.text.VietnameseText;

/**
 * Gives each header column its meaning from its label path: the measure comes from the highest
 * label that names one, the budget level and the capital type from the labels below it. A budget
 * level whose capital types are split in sub-columns has its own column classed as a stated
 * sub-total; one without a split is a single fact column of capital type NA.
 */
public final class BudgetColumnClassifier {
    private final LabelSet rate;
    private final LabelSet ignored;
    private final LabelSet measure;
    private final LabelSet budgetLevel;
    private final LabelSet capitalType;

    public BudgetColumnClassifier(AnnexTemplate.Columns columns) {
        this.rate = LabelSet.of("rate", columns.rate());
        List<String> skip = new ArrayList<>(columns.ignored());
        skip.addAll(columns.note());
        this.ignored = LabelSet.of("ignored", skip);
        this.measure = LabelSet.of(columns.measure());
        this.budgetLevel = LabelSet.of(columns.budgetLevel());
        this.capitalType = LabelSet.of(columns.capitalType());
    }

    public record Classified(List<BudgetColumn> figures, Optional<Integer> rateCol) {
        public boolean hasAllocation() {
            return figures.stream().anyMatch(c -> c.measure().equals("allocated") && c.isLeaf());
        }
    }

    public Classified classify(HeaderLayout layout) {
        List<BudgetColumn> raw = new ArrayList<>();
        Integer rateCol = null;
        for (Map.Entry<Integer, List<String>> e : layout.columnPaths().entrySet()) {
            List<String> path = e.getValue().stream().map(VietnameseText::fold).toList();
            if (path.stream().anyMatch(p -> ignored.startsWith(p))) continue;
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
            raw.add(new BudgetColumn(e.getKey(), m, level, capital, layout.headerRef(e.getKey())));
        }
        return new Classified(settle(raw), Optional.ofNullable(rateCol));
    }

    /** Fills in what the labels leave open, from the columns beside each one. */
    private static List<BudgetColumn> settle(List<BudgetColumn> raw) {
        List<BudgetColumn> out = new ArrayList<>();
        for (BudgetColumn c : raw) {
            String level = c.budgetLevel();
            String capital = c.capitalType();
            if (level == null && capital != null) {
                level = "NSTW_OR_NSDP_UNKNOWN";
            }
            if (level == null) {
                boolean siblingsSplit = raw.stream().anyMatch(o -> o.measure().equals(c.measure()) && o.budgetLevel() != null);
                level = siblingsSplit ? BudgetColumn.TOTAL : "UNSPLIT";
            }
            if (level.equals(BudgetColumn.TOTAL)) {
                capital = BudgetColumn.TOTAL;
            } else if (capital == null) {
                String lv = level;
                boolean split = raw.stream().anyMatch(o -> o.measure().equals(c.measure())
                        && lv.equals(o.budgetLevel()) && o.capitalType() != null);
                capital = split ? BudgetColumn.TOTAL : "NA";
            }
            if (level.equals("NSTW_OR_NSDP_UNKNOWN") || level.equals("UNSPLIT")) {
                continue; // no budget level can be told: the sheet lacks the source split (reported as MISSING_COLUMN)
            }
            out.add(new BudgetColumn(c.col(), c.measure(), level, capital, c.headerRef()));
        }
        return out;
    }
}
