package vn.ntp.warehouse.lake;

import java.math.BigDecimal;
import java.util.List;

import vn.ntp.warehouse.extract.Figure;

/** Short constructors for lake rows (and the figures the lake writer turns into rows) in tests. */
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

    /** One amount of a budget sheet, as the figure the reader returns for the file of {@code submission}. */
    public static LakeWriter.Figures budget(SubmissionRow submission, String projectCode, String lineRole, String vintage,
                                            String budgetLevel, String capitalType, String measure, String valueMvnd,
                                            String cellRef, int rowNumber) {
        return new LakeWriter.Figures(submission, List.of(new Figure("budget", submission.formCode(),
                Figure.keys(projectCode, projectCode == null ? "Dự án lạ" : "Dự án " + projectCode, lineRole,
                        vintage, budgetLevel, capitalType),
                measure, new BigDecimal(valueMvnd), valueMvnd, "Triệu đồng", "Biểu 01", cellRef, rowNumber)));
    }

    /** A figure's value of a key column of its dataset, by the column's name (e.g. {@code "project_code"}). */
    public static String key(Figure figure, String column) {
        return FigureDataset.named(figure.dataset()).key(figure, column);
    }

    /** A raw finding (as the reader writes it) about the line {@code label}: stated 10618, its parts 10718. */
    public static FindingRow finding(SubmissionRow submission, String ruleCode, String cellRef, String label) {
        return new FindingRow(submission.submissionId(), submission.batchId(), ruleCode,
                submission.unitCode(), "GNBV.DA1", submission.sourceFile(), "Biểu 01", cellRef, label,
                "10718", "10618", null);
    }
}
