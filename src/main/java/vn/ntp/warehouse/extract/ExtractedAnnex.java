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
 * quarantine: its code, and the finding of the catalogue's submission stage that says it (usually of the
 * same code; SHEET_REFUSED listing the sheets' problems when the code is a sheet's problem), whose words
 * are rendered from the catalogue wherever it is shown. savedAt is when the sender last saved the workbook (0 when its
 * properties do not say).
 */
public record ExtractedAnnex(
        boolean rejected, String reasonCode, Finding reason,
        SheetIdentity identity, List<BudgetRow> budget, List<HouseholdRow> households,
        List<DeprivationRow> deprivation, List<OutputRow> outputs, List<Finding> findings, int sheetsRead,
        long savedAtEpochMs) {

    public static ExtractedAnnex rejected(Finding reason, List<Finding> findings) {
        return rejected(reason.ruleCode(), reason, findings);
    }

    public static ExtractedAnnex rejected(String reasonCode, Finding reason, List<Finding> findings) {
        return new ExtractedAnnex(true, reasonCode, reason, null, List.of(), List.of(), List.of(), List.of(),
                findings, 0, 0L);
    }

    /** Figures of every family. */
    public int factRows() {
        return budget.size() + households.size() + deprivation.size() + outputs.size();
    }
}
