package vn.ntp.warehouse.extract;

/**
 * Something the reader noticed, before it is given a severity and a message from
 * {@code jobs/rules/checks.yaml}. expected and actual are plain text (numbers with '.' as the
 * decimal point, in the sheet's own unit so that the sender recognises them).
 */
public record Finding(String ruleCode, String sheet, String cellRef, String label,
                      String projectCode, String expected, String actual) {

    public static Finding of(String ruleCode, String sheet, String cellRef, String actual) {
        return new Finding(ruleCode, sheet, cellRef, "", null, "", actual);
    }

    /** {@code Biểu 01!H14}, or the sheet alone when the finding has no cell. */
    public String location() {
        if (sheet == null || sheet.isEmpty()) return cellRef == null ? "" : cellRef;
        return cellRef == null || cellRef.isEmpty() ? sheet : sheet + "!" + cellRef;
    }
}
