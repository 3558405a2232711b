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
        budget.add(row);
    }

    public void household(HouseholdRow row) {
        households.add(row);
    }

    public void deprivation(DeprivationRow row) {
        deprivation.add(row);
    }

    public void output(OutputRow row) {
        outputs.add(row);
    }

    public void finding(Finding finding) {
        findings.add(finding);
    }
}
