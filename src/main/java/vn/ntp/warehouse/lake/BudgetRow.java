package vn.ntp.warehouse.lake;

import java.math.BigDecimal;

/**
 * One number of a Biểu 01 sheet, normalized: dataset {@code lake/budget/program=P/year=Y/}.
 *
 * <p>lineRole: {@code leaf} (a project line without child lines: the facts), {@code aggregate}
 * (a project whose sub-lines are listed), {@code section} (a vintage section row such as
 * "A. Vốn kế hoạch năm 2024"), {@code total} (the grand total row). Only leaves feed
 * {@code fact_budget}; the others are stated figures kept for checks and lineage.
 *
 * <p>budgetLevel NSTW/NSDP/HUY_DONG or TOTAL for a stated "Tổng số" column; capitalType
 * DTPT/SN/NA or TOTAL for a stated sub-total column; measure allocated/disbursed/disbursement_pct.
 * valueMvnd is million VND (percent for disbursement_pct); originalText and originalUnit keep what
 * the cell said.
 */
public record BudgetRow(
        String submissionId, String batchId,
        String programCode, int periodYear, String periodType, String periodLabel,
        String unitCode, String unitName, String formCode,
        String projectCode, String projectLabel, String lineRole,
        String vintage, String budgetLevel, String capitalType, String measure,
        BigDecimal valueMvnd, String originalText, String originalUnit,
        String sourceFile, String sheet, String cellRef, int rowNumber) {

    public BudgetRow {
        valueMvnd = LakeDecimal.of(valueMvnd);
    }

    /** The same row in another lake batch: the lake writer stamps its batch id as it writes. */
    public BudgetRow withBatch(String batchId) {
        return new BudgetRow(submissionId, batchId, programCode, periodYear, periodType,
                periodLabel, unitCode, unitName, formCode, projectCode, projectLabel,
                lineRole, vintage, budgetLevel, capitalType, measure, valueMvnd,
                originalText, originalUnit, sourceFile, sheet, cellRef, rowNumber);
    }
}
