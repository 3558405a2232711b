package vn.ntp.warehouse.lake;

/**
 * One data-quality finding: dataset {@code lake/finding/program=P/year=Y/}. expected and actual
 * are plain text (numbers with '.' decimal point), messages are ready to show.
 */
public record FindingRow(
        String submissionId, String batchId,
        String ruleCode, String severity,
        String unitCode, String projectCode,
        String sourceFile, String sheet, String cellRef,
        String expected, String actual,
        String messageVi, String messageEn) {
}
