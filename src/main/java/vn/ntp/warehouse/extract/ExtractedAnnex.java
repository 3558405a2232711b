package vn.ntp.warehouse.extract;

import java.util.List;

import vn.ntp.warehouse.lake.BudgetRow;

/**
 * What one workbook gave: its identity (from the first form sheet read), the normalized rows and
 * the findings; or, for a file that cannot be loaded, the reason it goes to quarantine. savedAt is
 * when the sender last saved the workbook (0 when its properties do not say).
 */
public record ExtractedAnnex(
        boolean rejected, String reasonCode, String reasonVi, String reasonEn,
        SheetIdentity identity, List<BudgetRow> budget, List<Finding> findings, int sheetsRead,
        long savedAtEpochMs) {

    public static ExtractedAnnex rejected(String reasonCode, String reasonVi, String reasonEn, List<Finding> findings) {
        return new ExtractedAnnex(true, reasonCode, reasonVi, reasonEn, null, List.of(), findings, 0, 0L);
    }

    public int factRows() {
        return budget.size();
    }
}
