package vn.ntp.warehouse.extract;

import vn.ntp.warehouse.validate.Finding;

import java.util.ArrayList;
import java.util.List;

import vn.ntp.warehouse.lake.BudgetRow;
import vn.ntp.warehouse.lake.DeprivationRow;
import vn.ntp.warehouse.lake.HouseholdRow;
import vn.ntp.warehouse.lake.OutputRow;

/** Collects the rows and findings of one workbook as its sheets are read. */
public final class ExtractionOutput {
    final List<BudgetRow> budget = new ArrayList<>();
    final List<HouseholdRow> households = new ArrayList<>();
    final List<DeprivationRow> deprivation = new ArrayList<>();
    final List<OutputRow> outputs = new ArrayList<>();
    final List<Finding> findings = new ArrayList<>();

    public void budget(BudgetRow row) {
        if (fits(row.valueMvnd(), row.sheet(), row.cellRef(), row.originalText())) budget.add(row);
    }

    public void household(HouseholdRow row) {
        if (fits(row.value(), row.sheet(), row.cellRef(), row.originalText())) households.add(row);
    }

    public void deprivation(DeprivationRow row) {
        if (fits(row.value(), row.sheet(), row.cellRef(), row.originalText())) deprivation.add(row);
    }

    public void output(OutputRow row) {
        if (fits(row.value(), row.sheet(), row.cellRef(), row.originalText())) outputs.add(row);
    }

    /** A figure too large for the lake (a damaged cell's 1.2E+245) is a finding, never a crash and never a row. */
    private boolean fits(java.math.BigDecimal value, String sheet, String cellRef, String originalText) {
        if (vn.ntp.warehouse.lake.LakeDecimal.fits(value)) return true;
        findings.add(new Finding("NUMBER_OUT_OF_RANGE", sheet, cellRef, "", null, "", originalText));
        return false;
    }

    public void finding(Finding finding) {
        findings.add(finding);
    }
}
