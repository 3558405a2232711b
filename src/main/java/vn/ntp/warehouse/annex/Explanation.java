package vn.ntp.warehouse.annex;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.SQLException;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import vn.ntp.warehouse.reference.UnitMaster;

/**
 * "Where does this number come from": a figure of a mart and the leaf values of the {@code lineage} view it is the sum
 * of, each with its unit, file, sheet, cell, the value as typed, its money unit and the state of its file.
 */
public final class Explanation {

    /** The figure asked for. Keys left null take the mart's roll-up ({@code ALL}, the program total). */
    public record Question(String unit, String period, String program, String basis, String measure, String project,
                           String budgetLevel, String capitalType, String vintage, String indicator, String group,
                           String unitOfMeasure) {
    }

    /** The answer: the mart's figure, the leaf values, their total, and the lines to print. */
    public record Answer(BigDecimal figure, BigDecimal total, List<LineageRow> leaves, List<String> lines) {
        public boolean adds() {
            return figure != null && figure.compareTo(total) == 0;
        }

        public List<BigDecimal> leafValues() {
            return leaves.stream().map(LineageRow::value).toList();
        }
    }

    /** A question the warehouse cannot answer, in Vietnamese. */
    public static final class NoFigure extends Exception {
        public NoFigure(String message) {
            super(message);
        }
    }

    private record Mart(String table, String column, boolean money) {
    }

    private final Path warehouseFile;
    private final UnitMaster units;

    public Explanation(Path warehouseFile, Path referenceDir) {
        this.warehouseFile = warehouseFile;
        this.units = UnitMaster.load(referenceDir);
    }

    public Answer explain(Question q) throws NoFigure, SQLException {
        Mart mart = mart(q.measure());
        try (WarehouseRows warehouse = new WarehouseRows(warehouseFile)) {
            String program = q.program() != null ? q.program()
                    : q.project() != null ? q.project().split("\\.")[0] : "GNBV";
            AnnexSubject subject;
            try {
                subject = AnnexSubject.resolve(warehouse, units, program, q.unit(), q.period(), q.basis() == null ? "rolled_up" : q.basis());
            } catch (AnnexSubject.NotFound e) {
                throw new NoFigure(e.getMessage());
            }
            if (subject.viaPredecessors()) {
                // a unit of the new list over an earlier period: the old units it succeeds, each under its best basis
                BigDecimal figure = BigDecimal.ZERO;
                List<LineageRow> leaves = new ArrayList<>();
                boolean any = false;
                for (AnnexSubject.Unit old : subject.predecessors()) {
                    for (String basis : Lineage.BASIS_ORDER) {
                        Found found = find(warehouse, q, mart, program, subject, old.unitKey(), basis);
                        if (found == null) continue;
                        figure = figure.add(found.figure());
                        leaves.addAll(found.leaves());
                        any = true;
                        break;
                    }
                }
                if (any) return answer(q, mart, subject, "predecessors", figure, leaves);
            } else {
                List<String> bases = q.basis() != null ? List.of(q.basis()) : List.of("rolled_up", "reported", "reported_by_parent");
                for (String basis : bases) {
                    Found found = find(warehouse, q, mart, program, subject, subject.unit().unitKey(), basis);
                    if (found != null) return answer(q, mart, subject, basis, found.figure(), found.leaves());
                }
            }
            throw new NoFigure("Bảng " + mart.table() + " không có số liệu này của " + subject.unit().label() + ", "
                    + program + ", " + subject.period().periodLabel() + ".");
        }
    }

    private record Found(BigDecimal figure, List<LineageRow> leaves) {
    }

    /** The mart's figure of one unit and basis and its lineage rows; null when the mart has no such row. */
    private static Found find(WarehouseRows warehouse, Question q, Mart mart, String program, AnnexSubject subject,
                              String unitKey, String basis) throws SQLException, NoFigure {
        List<Object> keys = new ArrayList<>(List.of(program, subject.period().year(), subject.period().periodLabel(), unitKey, basis));
        String where = keyFilter(mart, q, program, keys);
        List<Map<String, Object>> figures = warehouse.query("select " + mart.column() + " as figure from " + mart.table()
                + " where program_code = ? and year = ? and period_label = ? and unit_key = ? and basis = ?" + where, keys.toArray());
        if (figures.isEmpty()) return null;
        BigDecimal figure = WarehouseRows.decimal(figures.get(0), "figure");
        List<Object> lineageKeys = new ArrayList<>(List.of(mart.table(), q.measure(), program, subject.period().year(),
                subject.period().periodLabel(), unitKey, basis));
        String lineageWhere = keyFilter(mart, q, program, lineageKeys);
        List<LineageRow> leaves = new ArrayList<>();
        for (Map<String, Object> row : warehouse.query("select * from lineage where mart = ? and measure = ? "
                + "and program_code = ? and year = ? and period_label = ? and unit_key = ? and basis = ?"
                + lineageWhere + " order by source_unit_code, source_file, sheet, cell_ref", lineageKeys.toArray())) {
            leaves.add(LineageRow.of(row));
        }
        return new Found(figure == null ? BigDecimal.ZERO : figure, leaves);
    }

    private static Mart mart(String measure) throws NoFigure {
        if (measure == null) throw new NoFigure("Thiếu --measure (ví dụ: allocated, disbursed, poor_end, deprived_households, achieved).");
        return switch (measure) {
            case "allocated", "disbursed" -> new Mart("mart_disbursement", measure + "_mvnd", true);
            case "total_households_start", "total_households_end", "poor_start", "poor_end", "near_poor_start",
                 "near_poor_end", "escaped_poverty", "new_poor", "ethnic_minority_poor" -> new Mart("mart_poverty", measure, false);
            case "deprived_households", "base_households" -> new Mart("mart_deprivation", measure, false);
            case "planned", "achieved" -> new Mart("mart_output", measure, false);
            case "planned_mvnd", "disbursed_mvnd" -> new Mart("mart_output", measure, true);
            default -> throw new NoFigure("Không có số liệu \"" + measure + "\". Dùng: allocated, disbursed (Biểu 01); "
                    + "total_households_start|end, poor_start|end, near_poor_start|end, escaped_poverty, new_poor, "
                    + "ethnic_minority_poor (Biểu 02); deprived_households, base_households (Biểu 03); planned, achieved, "
                    + "planned_mvnd, disbursed_mvnd (Biểu 04).");
        };
    }

    private static final String FOLD = "trim(regexp_replace(strip_accents(replace(lower(?), 'đ', 'd')), '\\s+', ' ', 'g'))";

    /** The figure's keys, as extra conditions on the mart or on the lineage view (ALL: any value there). */
    private static String keyFilter(Mart mart, Question q, String program, List<Object> keys) throws NoFigure {
        boolean lineage = keys.get(0).equals(mart.table());
        StringBuilder where = new StringBuilder();
        switch (mart.table()) {
            case "mart_disbursement" -> {
                where.append(" and project_code = ?");
                keys.add(q.project() == null ? program : q.project());
                String[][] sources = {{"budget_level", q.budgetLevel()}, {"capital_type", q.capitalType()}, {"vintage", q.vintage()}};
                for (String[] s : sources) {
                    String value = s[1] == null ? "ALL" : s[1];
                    if (lineage && value.equals("ALL")) continue;
                    where.append(" and ").append(s[0]).append(" = ?");
                    keys.add(value);
                }
            }
            case "mart_deprivation" -> {
                if (q.indicator() == null || q.group() == null) {
                    throw new NoFigure("Biểu 03: cần --indicator (1.1 … 6.2) và --group (poor hoặc near_poor).");
                }
                where.append(" and indicator_code = ? and household_group = ?");
                keys.add(q.indicator());
                keys.add(q.group());
            }
            case "mart_output" -> {
                if (q.indicator() == null) throw new NoFigure("Biểu 04: cần --indicator (tên chỉ tiêu, ví dụ \"Số nhà được hỗ trợ\").");
                where.append(" and project_code = ? and indicator_key = ").append(FOLD);
                keys.add(q.project() == null ? program : q.project());
                keys.add(q.indicator());
                if (q.unitOfMeasure() != null) {
                    where.append(" and unit_of_measure_key = ").append(FOLD);
                    keys.add(q.unitOfMeasure());
                }
            }
            default -> {
            }
        }
        return where.toString();
    }

    private static Answer answer(Question q, Mart mart, AnnexSubject subject, String basis, BigDecimal figure,
                                 List<LineageRow> leaves) {
        BigDecimal total = leaves.stream().map(LineageRow::value).reduce(BigDecimal.ZERO, BigDecimal::add);
        String unit = mart.money() ? " triệu đồng" : "";
        List<String> lines = new ArrayList<>();
        StringBuilder what = new StringBuilder(Texts.measure(q.measure()));
        if (q.project() != null) what.append(", ").append(q.project());
        if (mart.table().equals("mart_disbursement")) {
            what.append(", nguồn ").append(orAll(q.budgetLevel())).append('/').append(orAll(q.capitalType()))
                    .append('/').append(orAll(q.vintage()));
        }
        if (q.indicator() != null) what.append(", chỉ số ").append(q.indicator());
        if (q.group() != null) what.append(q.group().equals("poor") ? ", hộ nghèo" : ", hộ cận nghèo");
        String basisText = basis.equals("predecessors")
                ? "cộng các đơn vị trước ngày 01/7/2025 hợp thành đơn vị này: " + subject.predecessors().stream()
                        .map(AnnexSubject.Unit::label).collect(java.util.stream.Collectors.joining(", "))
                : Texts.basis(basis);
        lines.add("Số liệu: " + what + " — " + subject.unit().label() + ", " + subject.programCode() + ", "
                + subject.period().periodLabel() + ", cơ sở: " + basisText + " (" + mart.table() + ")");
        lines.add("= " + number(figure) + unit);
        lines.add("Gồm " + leaves.size() + " giá trị:");
        int n = 1;
        for (LineageRow row : leaves) {
            String typed = row.originalText() == null ? "" : " (ghi \"" + row.originalText() + "\""
                    + (row.originalUnit() == null ? "" : ", " + row.originalUnit()) + ")";
            lines.add("  " + n++ + ". " + number(row.value()) + unit + typed + " — " + row.sourceUnitName() + " ("
                    + row.sourceUnitCode() + "), " + Texts.basis(row.sourceBasis()) + " · " + row.sourceFile() + " · "
                    + row.sheet() + "!" + row.cellRef() + " · " + Texts.describe(row) + " · tệp " + row.statusVi());
        }
        boolean adds = figure.compareTo(total) == 0;
        lines.add("Tổng các giá trị: " + number(total) + unit + (adds
                ? " = số liệu của bảng tổng hợp (khớp)."
                : " ≠ số liệu của bảng tổng hợp " + number(figure) + unit + " (KHÔNG khớp, lệch " + number(figure.subtract(total)) + ")."));
        return new Answer(figure, total, leaves, lines);
    }

    private static String orAll(String s) {
        return s == null ? "ALL" : s;
    }

    static String number(BigDecimal value) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols();
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        symbols.setMinusSign('-');
        return new DecimalFormat("#,##0.######", symbols).format(value);
    }
}
