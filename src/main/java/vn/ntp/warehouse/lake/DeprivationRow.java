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
}
