package vn.ntp.warehouse.extract;

import java.util.ArrayList;
import java.util.List;

import vn.ntp.warehouse.lake.BudgetRow;

/** Collects the rows and findings of one workbook as its sheets are read. */
public final class ExtractionOutput {
    final List<BudgetRow> budget = new ArrayList<>();
    final List<Finding> findings = new ArrayList<>();

    public void budget(BudgetRow row) {
        budget.add(row);
    }

    public void finding(Finding finding) {
        findings.add(finding);
    }
}
