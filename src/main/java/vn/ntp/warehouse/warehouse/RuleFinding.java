package vn.ntp.warehouse.warehouse;

/**
 * One finding of a warehouse rule, as it goes to {@code dq_issue} with {@code source = 'warehouse'}.
 * expected and actual are plain text (numbers with '.' decimal point); messages are ready to show.
 * programCode and year say which lake partition the finding belongs to (an incremental build replaces
 * the findings of the partitions it rebuilds).
 */
public record RuleFinding(String programCode, Integer year, String submissionId, String ruleCode, String severity, String unitCode, String projectCode,
                          String sourceFile, String sheet, String cellRef, String expected, String actual,
                          String messageVi, String messageEn) {
}
