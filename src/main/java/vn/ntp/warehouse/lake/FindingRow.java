package vn.ntp.warehouse.lake;

/**
 * One data-quality finding as it was found: dataset {@code lake/finding/program=P/year=Y/}. Raw: the
 * code, the place (file, sheet, cell), the line's label, expected and actual (plain text, numbers with
 * '.' decimal point) and the other values its messages name ({@code params}, a JSON object of text,
 * null when none). No severity and no message: {@code dq_issue} takes them from the findings
 * catalogue when the warehouse is built.
 */
public record FindingRow(
        String submissionId, String batchId,
        String ruleCode,
        String unitCode, String projectCode,
        String sourceFile, String sheet, String cellRef, String label,
        String expected, String actual,
        String params) {
}
