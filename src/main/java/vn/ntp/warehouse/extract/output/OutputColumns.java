package vn.ntp.warehouse.extract.output;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.ntp.warehouse.extract.ColumnPath;
import vn.ntp.warehouse.extract.HeaderLayout;
import vn.ntp.warehouse.extract.template.LabelSet;
import vn.ntp.warehouse.text.MoneyUnit;

/**
 * The columns of a Biểu 04 header: the output indicator and its physical unit (text), and the
 * figures: planned and achieved counts, the stated rate, planned and disbursed money. The
 * measure of a figure column comes from the deepest label that names one; a path that names money
 * ("Kinh phí / Kế hoạch") makes it a money column.
 */
final class OutputColumns {
    static final String PLANNED = "planned";
    static final String ACHIEVED = "achieved";
    static final String STATED_PCT = "stated_pct";
    static final String PLANNED_MVND = "planned_mvnd";
    static final String DISBURSED_MVND = "disbursed_mvnd";
    private static final Pattern PARENTHESES = Pattern.compile("\\(([^)]*)\\)");

    /** A figure column and its measure. */
    record Figure(int col, String measure) {
        boolean money() {
            return measure.endsWith("_mvnd");
        }
    }

    /** What the header gives: text columns (-1 when absent), figure columns, the money unit a money header names. */
    record Layout(int indicatorCol, int unitOfMeasureCol, List<Figure> figures, Optional<MoneyUnit> headerMoneyUnit) {
        boolean recognizable() {
            return indicatorCol >= 0 && has(PLANNED) && has(ACHIEVED);
        }

        boolean has(String measure) {
            return figures.stream().anyMatch(f -> f.measure().equals(measure));
        }

        Optional<Figure> figure(String measure) {
            return figures.stream().filter(f -> f.measure().equals(measure)).findFirst();
        }
    }

    private final LabelSet indicator;
    private final LabelSet unitOfMeasure;
    private final LabelSet measure;
    private final LabelSet money;

    OutputColumns(OutputTemplate.Columns columns) {
        this.indicator = LabelSet.of("indicator", columns.indicator());
        this.unitOfMeasure = LabelSet.of("unit", columns.unitOfMeasure());
        this.measure = LabelSet.of(columns.measure());
        this.money = LabelSet.of("money", columns.money());
    }

    Layout classify(HeaderLayout header) {
        int indicatorCol = -1;
        int unitCol = -1;
        List<Figure> figures = new ArrayList<>();
        Optional<MoneyUnit> headerUnit = Optional.empty();
        for (ColumnPath path : ColumnPath.of(header)) {
            Optional<String> m = path.deepest(measure);
            boolean isMoney = path.names(money);
            if (m.isPresent()) {
                String figure = figureMeasure(m.get(), isMoney);
                if (figure == null || figures.stream().anyMatch(f -> f.measure().equals(figure))) continue;
                figures.add(new Figure(path.col(), figure));
                if (isMoney && headerUnit.isEmpty()) headerUnit = moneyUnitOf(header.columnPaths().get(path.col()));
            } else if (indicatorCol < 0 && path.startsWith(indicator)) {
                indicatorCol = path.col();
            } else if (unitCol < 0 && path.startsWith(unitOfMeasure)) {
                unitCol = path.col();
            }
        }
        return new Layout(indicatorCol, unitCol, figures, headerUnit);
    }

    /** The lake measure of a column; null for a money rate ("Tỷ lệ giải ngân"), not kept. */
    private static String figureMeasure(String found, boolean isMoney) {
        return switch (found) {
            case "planned" -> isMoney ? PLANNED_MVND : PLANNED;
            case "achieved" -> isMoney ? DISBURSED_MVND : ACHIEVED;
            case "disbursed" -> DISBURSED_MVND;
            case "rate" -> isMoney ? null : STATED_PCT;
            default -> null;
        };
    }

    /** "Kinh phí (triệu đồng)": the unit a money header names in parentheses. */
    private static Optional<MoneyUnit> moneyUnitOf(List<String> labels) {
        for (String label : labels) {
            Matcher m = PARENTHESES.matcher(label);
            while (m.find()) {
                Optional<MoneyUnit> unit = MoneyUnit.parse(m.group(1));
                if (unit.isPresent()) return unit;
            }
        }
        return Optional.empty();
    }
}
