package vn.ntp.warehouse.extract.households;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import vn.ntp.warehouse.extract.ColumnPath;
import vn.ntp.warehouse.extract.HeaderLayout;
import vn.ntp.warehouse.extract.template.LabelSet;

/**
 * Gives each Biểu 02 header column its measure and stage: "Đầu kỳ / Hộ nghèo / Số hộ" is the poor
 * households at the start, "Đầu kỳ / Hộ nghèo / Tỷ lệ (%)" their stated rate, "Số hộ thoát nghèo"
 * a figure without a stage.
 */
final class HouseholdColumns {
    static final String TOTAL_HOUSEHOLDS = "total_households";
    static final String NO_STAGE = "na";

    private final HouseholdTemplate.Columns template;
    private final LabelSet measure;
    private final LabelSet stage;
    private final LabelSet rate;

    HouseholdColumns(HouseholdTemplate.Columns template) {
        this.template = template;
        this.measure = LabelSet.of(template.measure());
        this.stage = LabelSet.of(template.stage());
        this.rate = LabelSet.of("rate", template.rate());
    }

    List<HouseholdColumn> classify(HeaderLayout layout) {
        List<HouseholdColumn> columns = new ArrayList<>();
        for (ColumnPath path : ColumnPath.of(layout)) {
            Optional<String> m = path.deepest(measure);
            if (m.isEmpty()) continue;
            String st = template.stageless().contains(m.get()) ? NO_STAGE : path.deepest(stage).orElse(NO_STAGE);
            String rated = template.ratedMeasures().get(m.get());
            if (rated != null && path.names(rate)) {
                columns.add(new HouseholdColumn(path.col(), rated, st, m.get(), path.headerRef()));
            } else {
                columns.add(new HouseholdColumn(path.col(), m.get(), st, null, path.headerRef()));
            }
        }
        return columns;
    }

    /** A sheet is a Biểu 02 when it has a column of poor households (a count, not a rate). */
    static boolean recognizable(List<HouseholdColumn> columns) {
        return columns.stream().anyMatch(c -> c.measure().equals("poor"));
    }

    boolean isCount(HouseholdColumn column) {
        return !column.isRate() && template.counts().contains(column.measure());
    }
}
