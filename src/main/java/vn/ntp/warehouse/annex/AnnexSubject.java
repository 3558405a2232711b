package vn.ntp.warehouse.annex;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import vn.ntp.warehouse.reference.UnitMaster;
import vn.ntp.warehouse.text.ReportPeriod;

/**
 * Whose figures, for which program and period: the unit version asked for and the units whose figures it sums.
 * A unit is named by code ({@code 109}), unit key ({@code 19@2025-07-01}) or name ({@code Phong Thổ, Lai Châu}, matched
 * by {@link UnitMaster#match} as the reader matches "Đơn vị báo cáo"); of
 * several versions the one valid at the period's end is taken. A unit of the list of 1 July 2025 over an earlier
 * period has no figures of its own: it sums the old units it succeeds ({@code bridge_unit_successor}, the rule of
 * the {@code *_successor} marts), each under its best basis.
 */
record AnnexSubject(String programCode, ReportPeriod period, Unit unit, String basis, List<Unit> predecessors) {

    record Unit(String unitKey, String code, String name, String level) {
        String label() {
            return name + " (" + code + ")";
        }
    }

    /** The unit is a successor shown over a period before it existed. */
    boolean viaPredecessors() {
        return !predecessors.isEmpty();
    }

    /** Why a subject cannot be resolved, in Vietnamese. */
    static final class NotFound extends Exception {
        NotFound(String message) {
            super(message);
        }
    }

    static AnnexSubject resolve(WarehouseRows warehouse, UnitMaster units, String programCode, String unitText, String periodText, String basis)
            throws SQLException, NotFound {
        ReportPeriod period = ReportPeriod.parse(periodText)
                .orElseThrow(() -> new NotFound("Không hiểu kỳ báo cáo \"" + periodText + "\" (ví dụ: \"6 tháng đầu năm 2024\", \"Năm 2024\")."));
        List<Map<String, Object>> versions = warehouse.query(
                "select unit_key, unit_code, unit_name, unit_level, valid_from, valid_to from dim_unit "
                        + "where unit_key = ? or unit_code = ? order by valid_from", unitText.trim(), unitText.trim());
        if (versions.isEmpty()) {
            UnitMaster.MatchResult match = units.match(unitText, period.endDate());
            if (match instanceof UnitMaster.MatchResult.Matched m) {
                versions = warehouse.query("select unit_key, unit_code, unit_name, unit_level, valid_from, valid_to "
                        + "from dim_unit where unit_key = ?", m.unit().unitKey());
            } else if (match instanceof UnitMaster.MatchResult.Ambiguous a) {
                throw new NotFound("Tên đơn vị \"" + unitText + "\" trùng với nhiều đơn vị (" + a.candidates().stream()
                        .map(u -> u.name() + " (" + u.code() + ")").collect(java.util.stream.Collectors.joining(", "))
                        + "); hãy dùng mã đơn vị.");
            }
        }
        if (versions.isEmpty()) throw new NotFound("Không tìm thấy đơn vị \"" + unitText + "\" trong danh mục đơn vị hành chính.");
        Map<String, Object> chosen = versions.stream().filter(r -> validOn(r, period.endDate())).findFirst()
                .orElse(versions.get(versions.size() - 1));
        Unit unit = unit(chosen);
        List<Unit> predecessors = new ArrayList<>();
        if (LocalDate.parse(WarehouseRows.text(chosen, "valid_from")).isAfter(period.endDate())) {
            for (Map<String, Object> row : warehouse.query(
                    "select units.unit_key, units.unit_code, units.unit_name, units.unit_level from bridge_unit_successor "
                            + "join dim_unit as units using (unit_key) where successor_key = ? and adds_into_successor "
                            + "and units.valid_to >= ? order by units.unit_code", unit.unitKey(), period.endDate())) {
                predecessors.add(unit(row));
            }
            if (predecessors.isEmpty()) {
                throw new NotFound("Đơn vị " + unit.label() + " chưa có trong kỳ " + period.periodLabel()
                        + " và không kế thừa đơn vị nào của danh mục cũ.");
            }
        }
        return new AnnexSubject(programCode, period, unit, basis, predecessors);
    }

    private static boolean validOn(Map<String, Object> row, LocalDate date) {
        LocalDate from = LocalDate.parse(WarehouseRows.text(row, "valid_from"));
        String to = WarehouseRows.text(row, "valid_to");
        return !date.isBefore(from) && (to == null || !date.isAfter(LocalDate.parse(to)));
    }

    private static Unit unit(Map<String, Object> row) {
        return new Unit(WarehouseRows.text(row, "unit_key"), WarehouseRows.text(row, "unit_code"),
                WarehouseRows.text(row, "unit_name"), WarehouseRows.text(row, "unit_level"));
    }
}
