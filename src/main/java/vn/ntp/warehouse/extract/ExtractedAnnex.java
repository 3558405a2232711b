package vn.ntp.warehouse.extract;

import vn.ntp.warehouse.text.MoneyUnit;
import vn.ntp.warehouse.validate.Finding;

import java.util.List;

/**
 * What one workbook gave, form-neutral: its identity (program, period, unit, form of the first form sheet read),
 * the money unit its amounts were stated in (its first money sheet's, converted to million VND in the figures;
 * null for a file without amounts), the figures of every sheet read (each with its family's dataset, keys and
 * lineage) and the raw findings; or, for a file that cannot be loaded, the reason it goes to quarantine: its code,
 * and the finding of the catalogue's submission stage that says it (usually of the same code; SHEET_REFUSED
 * listing the sheets' problems when the code is a sheet's problem), whose words are rendered from the catalogue
 * wherever it is shown. savedAt is when the sender last saved the workbook (0 when its properties do not say).
 */
public record ExtractedAnnex(
        boolean rejected, String reasonCode, Finding reason,
        SheetIdentity identity, MoneyUnit moneyUnit, List<Figure> figures, List<Finding> findings, int sheetsRead,
        long savedAtEpochMs) {

    public static ExtractedAnnex rejected(Finding reason, List<Finding> findings) {
        return rejected(reason.ruleCode(), reason, findings);
    }

    public static ExtractedAnnex rejected(String reasonCode, Finding reason, List<Finding> findings) {
        return new ExtractedAnnex(true, reasonCode, reason, null, null, List.of(), findings, 0, 0L);
    }

    /** The figures of one dataset, in the order they were read. */
    public List<Figure> figures(String dataset) {
        return figures.stream().filter(f -> f.dataset().equals(dataset)).toList();
    }

    /** Figures of every family. */
    public int factRows() {
        return figures.size();
    }
}
