package vn.ntp.warehouse.annex;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static vn.ntp.warehouse.annex.FormLayout.Column;
import static vn.ntp.warehouse.annex.FormLayout.HeaderCell;

/**
 * Biểu 02, poor and near-poor households: the unit's total line (the sum of the lines below it) and one line per unit
 * whose figures it adds; rates as formulas over the end-of-period number of households ("Tổng số hộ dân cư").
 */
final class HouseholdsAnnex implements AnnexFamily {
    static final String TOTAL = "total";
    static final String TARGET = "target_reduction_pct";

    @Override
    public String formNumber() {
        return "02";
    }

    @Override
    public String mart() {
        return "mart_poverty";
    }

    @Override
    public String titleSubject() {
        return "KẾT QUẢ RÀ SOÁT HỘ NGHÈO, HỘ CẬN NGHÈO -";
    }

    @Override
    public FormLayout layout() {
        List<Column> columns = new ArrayList<>(List.of(Column.stt(), Column.label(30),
                Column.value("total_households", 12)));
        List<HeaderCell> header = new ArrayList<>(List.of(
                new HeaderCell(0, 0, 2, 0, "STT"), new HeaderCell(0, 1, 2, 1, "Đơn vị"),
                new HeaderCell(0, 2, 2, 2, "Tổng số hộ dân cư")));
        for (String stage : List.of("start", "end")) {
            int c = columns.size();
            header.add(new HeaderCell(0, c, 0, c + 3, stage.equals("start") ? "Đầu kỳ" : "Cuối kỳ"));
            header.add(new HeaderCell(1, c, 1, c + 1, "Hộ nghèo"));
            header.add(new HeaderCell(1, c + 2, 1, c + 3, "Hộ cận nghèo"));
            for (String group : List.of("poor", "near_poor")) {
                int k = columns.size();
                columns.add(Column.value(group + "_" + stage, 10));
                columns.add(Column.rate(group + "_" + stage + "_rate", 9, group + "_" + stage, "total_households"));
                header.add(new HeaderCell(2, k, 2, k, "Số hộ"));
                header.add(new HeaderCell(2, k + 1, 2, k + 1, "Tỷ lệ (%)"));
            }
        }
        Map<String, String> flows = new LinkedHashMap<>();
        flows.put("escaped_poverty", "Số hộ thoát nghèo");
        flows.put("new_poor", "Số hộ nghèo phát sinh");
        flows.put("ethnic_minority_poor", "Hộ nghèo là hộ DTTS (cuối kỳ)");
        flows.forEach((key, label) -> {
            header.add(new HeaderCell(0, columns.size(), 2, columns.size(), label));
            columns.add(Column.value(key, 11));
        });
        header.add(new HeaderCell(0, columns.size(), 2, columns.size(), "Chỉ tiêu giảm tỷ lệ hộ nghèo (%)"));
        columns.add(Column.stated(TARGET, 12));
        columns.add(Column.note());
        header.add(new HeaderCell(0, columns.size() - 1, 2, columns.size() - 1, "Ghi chú"));
        return new FormLayout("02", titleSubject(), false, columns, header, 3);
    }

    @Override
    public String lineKey(LineageRow row) {
        return row.sourceUnitCode();
    }

    /** One "Tổng số hộ dân cư" column: the end-of-period count (a figure stated without a stage is on both). */
    @Override
    public boolean shows(LineageRow row) {
        return !row.measure().equals("total_households_start");
    }

    @Override
    public String columnKey(LineageRow row) {
        return row.measure().equals("total_households_end") ? "total_households" : row.measure();
    }

    /** The unit's own total line against the sum of the lines it adds. */
    @Override
    public String comparisonKey(LineageRow row) {
        return TOTAL;
    }

    /**
     * The poverty reduction target of each line's unit as mart_poverty gives it (a target is given to a unit, not
     * added up): the total line's from the subject's row, a unit line's from that unit's own figures.
     */
    @Override
    public void addStated(WarehouseRows warehouse, AnnexSubject subject, List<AnnexLine> lines) throws java.sql.SQLException {
        String sql = "select target_reduction_pct from mart_poverty where program_code = ? and year = ? and period_label = ? "
                + "and unit_code = ? and basis = ? and target_reduction_pct is not null";
        AnnexLine total = lines.get(0);
        if (!subject.viaPredecessors()) {
            target(warehouse.query(sql, subject.programCode(), subject.period().year(), subject.period().periodLabel(),
                    subject.unit().code(), subject.basis()), total);
        }
        for (AnnexLine line : total.children) {
            for (String basis : Lineage.BASIS_ORDER) {
                if (target(warehouse.query(sql, subject.programCode(), subject.period().year(), subject.period().periodLabel(),
                        line.key, basis), line)) break;
            }
        }
    }

    private static boolean target(List<Map<String, Object>> rows, AnnexLine line) {
        if (rows.isEmpty()) return false;
        line.stated.put(TARGET, WarehouseRows.decimal(rows.get(0), TARGET));
        return true;
    }

    @Override
    public List<AnnexLine> lines(AnnexSubject subject, Figures figures, List<LineageRow> rows) {
        AnnexLine total = AnnexLine.sum("", switch (subject.unit().level()) {
            case "xa" -> "Toàn xã";
            case "huyen" -> "Toàn huyện";
            default -> "Toàn tỉnh";
        }, AnnexLine.Role.TOTAL);
        Map<String, String> units = new LinkedHashMap<>();
        rows.stream().sorted(java.util.Comparator.comparing(LineageRow::sourceUnitCode))
                .forEach(r -> units.putIfAbsent(r.sourceUnitCode(), r.sourceUnitName()));
        int n = 1;
        for (Map.Entry<String, String> unit : units.entrySet()) {
            total.add(AnnexLine.leaf(Integer.toString(n++), unit.getValue(), unit.getKey()));
        }
        return List.of(total);
    }
}
