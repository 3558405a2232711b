package vn.ntp.warehouse.extract;

import vn.ntp.warehouse.validate.Finding;

import java.util.List;

import vn.ntp.warehouse.lake.BudgetRow;
import vn.ntp.warehouse.lake.DeprivationRow;
import vn.ntp.warehouse.lake.HouseholdRow;
import vn.ntp.warehouse.lake.OutputRow;

/**
 * What one workbook gave: its identity (from the first form sheet read), the normalized rows of
 * each form family and the findings; or, for a file that cannot be loaded, the reason it goes to
 * quarantine. savedAt is when the sender last saved the workbook (0 when its properties do not say).
 */
public record ExtractedAnnex(
        boolean rejected, String reasonCode, String reasonVi, String reasonEn,
        SheetIdentity identity, List<BudgetRow> budget, List<HouseholdRow> households,
        List<DeprivationRow> deprivation, List<OutputRow> outputs, List<Finding> findings, int sheetsRead,
        long savedAtEpochMs) {

    public static ExtractedAnnex rejected(String reasonCode, String reasonVi, String reasonEn, List<Finding> findings) {
        return new ExtractedAnnex(true, reasonCode, reasonVi, reasonEn, null, List.of(), List.of(), List.of(), List.of(),
                findings, 0, 0L);
    }

    /** Figures of every family. */
    public int factRows() {
        return budget.size() + households.size() + deprivation.size() + outputs.size();
    }
}
