package vn.ntp.warehouse.lake;

import java.math.BigDecimal;

/**
 * One figure of a Biểu 02 sheet (poor and near-poor households): dataset {@code lake/households/}.
 * The reporting unit sent the file; the row's unit is the subordinate unit of the line (a commune in a
 * district report) or the reporting unit itself for the total line (lineRole {@code total}).
 *
 * <p>stage start/end (Đầu kỳ / Cuối kỳ) or {@code na} for figures without a stage (total
 * households, escaped and new poor, ethnic-minority poor, target). measure: total_households,
 * poor, near_poor, escaped_poverty, new_poor, ethnic_minority_poor, target_reduction_pct,
 * poor_rate_pct and near_poor_rate_pct (the stated rates, kept to be checked).
 */
public record HouseholdRow(
        String submissionId, String batchId,
        String programCode, int periodYear, String periodType, String periodLabel,
        String reportingUnitCode, String reportingUnitName, String formCode,
        String unitCode, String unitName, String lineRole,
        String stage, String measure, BigDecimal value, String originalText,
        String sourceFile, String sheet, String cellRef, int rowNumber) {

    public HouseholdRow {
        value = LakeDecimal.of(value);
    }

    /** The same row in another lake batch: the lake writer stamps its batch id as it writes. */
    public HouseholdRow withBatch(String batchId) {
        return new HouseholdRow(submissionId, batchId, programCode, periodYear, periodType,
                periodLabel, reportingUnitCode, reportingUnitName, formCode, unitCode, unitName,
                lineRole, stage, measure, value, originalText, sourceFile, sheet,
                cellRef, rowNumber);
    }
}
