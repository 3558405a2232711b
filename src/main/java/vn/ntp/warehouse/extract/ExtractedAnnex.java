package vn.ntp.warehouse.extract;

import java.util.List;

import vn.ntp.warehouse.lake.BudgetRow;

/**
 * What one workbook gave: its identity (from the first form sheet read), the normalized rows and
 * the findings; or, for a file that cannot be loaded, the reason it goes to quarantine.
 */
public record ExtractedAnnex(
        boolean rejected, String reasonCode, String reasonVi, String reasonEn,
        SheetIdentity identity, List<BudgetRow> budget, List<Finding> findings, int sheetsRead) {

    public static ExtractedAnnex rejected(String reasonCode, String reasonVi, String reasonEn, List<Finding> findings) {
        return new ExtractedAnnex(true, reasonCode, reasonVi, reasonEn, null, List.of(), findings, 0);
    }

    public int factRows() {
        return budget.size();
    }
}
