package vn.ntp.warehouse.lake;

import java.math.BigDecimal;

/**
 * One figure of a Biểu 04 sheet (physical outputs): dataset {@code lake/output/}. indicator is the
 * output as typed ("Số nhà được hỗ trợ"), unitOfMeasure the physical unit (Nhà, Bể, Công trình…);
 * measure planned, achieved, stated_pct (output-based, as stated), planned_mvnd, disbursed_mvnd
 * (money converted to million VND; originalUnit keeps the sheet's unit).
 */
public record OutputRow(
        String submissionId, String batchId,
        String programCode, int periodYear, String periodType, String periodLabel,
        String unitCode, String unitName, String formCode,
        String projectCode, String projectLabel, String indicator, String unitOfMeasure,
        String measure, BigDecimal value, String originalText, String originalUnit,
        String sourceFile, String sheet, String cellRef, int rowNumber) {

    public OutputRow {
        value = LakeDecimal.of(value);
    }

    /** The same row in another lake batch: the lake writer stamps its batch id as it writes. */
    public OutputRow withBatch(String batchId) {
        return new OutputRow(submissionId, batchId, programCode, periodYear, periodType,
                periodLabel, unitCode, unitName, formCode, projectCode, projectLabel,
                indicator, unitOfMeasure, measure, value, originalText, originalUnit,
                sourceFile, sheet, cellRef, rowNumber);
    }
}
