package vn.ntp.warehouse.annex;

import java.math.BigDecimal;
import java.util.Map;

/** One row of the {@code lineage} view: a leaf value, where it was read, and the mart figure it counts in. */
record LineageRow(String mart, String unitKey, String basis, String projectCode, String leafProjectCode,
                  String budgetLevel, String capitalType, String vintage, String indicatorCode, String householdGroup,
                  String indicator, String unitOfMeasure, String indicatorKey, String unitOfMeasureKey,
                  String measure, BigDecimal value, String sourceUnitCode, String sourceUnitName, String sourceBasis,
                  String submissionId, String sourceFile, String sheet, String cellRef, String originalText,
                  String originalUnit, String submissionStatus, boolean blocked) {

    static LineageRow of(Map<String, Object> row) {
        return new LineageRow(t(row, "mart"), t(row, "unit_key"), t(row, "basis"), t(row, "project_code"),
                t(row, "leaf_project_code"), t(row, "budget_level"), t(row, "capital_type"), t(row, "vintage"),
                t(row, "indicator_code"), t(row, "household_group"), t(row, "indicator"), t(row, "unit_of_measure"),
                t(row, "indicator_key"), t(row, "unit_of_measure_key"), t(row, "measure"),
                WarehouseRows.decimal(row, "value"), t(row, "source_unit_code"), t(row, "source_unit_name"),
                t(row, "source_basis"), t(row, "submission_id"), t(row, "source_file"), t(row, "sheet"),
                t(row, "cell_ref"), t(row, "original_text"), t(row, "original_unit"), t(row, "submission_status"),
                Boolean.TRUE.equals(row.get("submission_blocked")));
    }

    private static String t(Map<String, Object> row, String column) {
        return WarehouseRows.text(row, column);
    }

    /** Vietnamese name of a file's state. */
    String statusVi() {
        String status = switch (submissionStatus == null ? "" : submissionStatus) {
            case "loaded" -> "đã nạp";
            case "superseded" -> "đã được thay thế";
            case "duplicate" -> "trùng";
            case "rejected" -> "bị từ chối";
            case "held" -> "đang giữ";
            default -> submissionStatus == null ? "" : submissionStatus;
        };
        return blocked ? status + " (bị chặn)" : status;
    }
}
