package vn.ntp.warehouse.warehouse;

/**
 * One finding of a warehouse rule, as it goes to {@code warehouse_finding} (and from there to
 * {@code dq_issue} with {@code source = 'warehouse'}): raw like the lake's findings — expected and actual
 * plain text (numbers with '.' decimal point), the query's other columns and the rule's parameters as
 * {@code params} (a JSON object of text); severity and messages come from the catalogue in dq_issue.
 * programCode and year say which lake partition the finding belongs to (an incremental build replaces
 * the findings of the partitions it rebuilds).
 */
public record RuleFinding(String programCode, Integer year, String submissionId, String ruleCode, String unitCode,
                          String projectCode, String sourceFile, String sheet, String cellRef, String expected,
                          String actual, String params) {
}
