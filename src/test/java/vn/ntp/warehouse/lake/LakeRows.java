package vn.ntp.warehouse.lake;

import java.math.BigDecimal;

/** Short constructors for lake rows in tests. */
public final class LakeRows {

    private LakeRows() {
    }

    public static SubmissionRow submission(String submissionId, String batchId, String sourceFile, String sha256,
                                           long receivedAtEpochMs, String programCode, String unitCode,
                                           String unitName, int year, String periodLabel, String status) {
        return new SubmissionRow(submissionId, batchId, "run-1", sourceFile, sha256, 1024, receivedAtEpochMs, 0L,
                programCode, programCode == null ? null : "Biểu 01", unitCode, unitName,
                year, periodLabel != null && periodLabel.startsWith("Năm") ? "year" : null, periodLabel, status, null, null, 0, 0);
    }

    /** One leaf amount of a budget sheet. */
    public static BudgetRow budget(SubmissionRow submission, String projectCode, String lineRole, String vintage,
                                   String budgetLevel, String capitalType, String measure, String valueMvnd,
                                   String cellRef, int rowNumber) {
        return new BudgetRow(submission.submissionId(), submission.batchId(),
                submission.programCode(), submission.periodYear(), submission.periodType(), submission.periodLabel(),
                submission.unitCode(), submission.unitName(), submission.formCode(),
                projectCode, projectCode == null ? "Dự án lạ" : "Dự án " + projectCode, lineRole,
                vintage, budgetLevel, capitalType, measure,
                new BigDecimal(valueMvnd), valueMvnd, "Triệu đồng",
                submission.sourceFile(), "Biểu 01", cellRef, rowNumber);
    }

    /** A raw finding (as the reader writes it) about the line {@code label}: stated 10618, its parts 10718. */
    public static FindingRow finding(SubmissionRow submission, String ruleCode, String cellRef, String label) {
        return new FindingRow(submission.submissionId(), submission.batchId(), ruleCode,
                submission.unitCode(), "GNBV.DA1", submission.sourceFile(), "Biểu 01", cellRef, label,
                "10718", "10618", null);
    }
}
