package vn.ntp.warehouse.lake;

import java.math.BigDecimal;

/**
 * One figure of a Biểu 03 sheet (deprivation in basic social services): dataset
 * {@code lake/deprivation/}. indicatorCode {@code 1.1}…{@code 6.2}, or {@code base} for the
 * "Tổng số hộ" line that states the denominators; householdGroup poor/near_poor; measure
 * deprived_households, base_households or stated_pct.
 */
public record DeprivationRow(
        String submissionId, String batchId,
        String programCode, int periodYear, String periodType, String periodLabel,
        String unitCode, String unitName, String formCode,
        String indicatorCode, String indicatorLabel, String householdGroup,
        String measure, BigDecimal value, String originalText,
        String sourceFile, String sheet, String cellRef, int rowNumber) {

    public DeprivationRow {
        value = LakeDecimal.of(value);
    }

    /** The same row in another lake batch: the lake writer stamps its batch id as it writes. */
    public DeprivationRow withBatch(String batchId) {
        return new DeprivationRow(submissionId, batchId, programCode, periodYear, periodType,
                periodLabel, unitCode, unitName, formCode, indicatorCode, indicatorLabel,
                householdGroup, measure, value, originalText, sourceFile, sheet, cellRef,
                rowNumber);
    }
}
