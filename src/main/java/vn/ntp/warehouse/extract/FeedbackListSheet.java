package vn.ntp.warehouse.extract;

/**
 * The first sheet of a feedback workbook (report/feedback/FindingList): the list of the findings. An officer who
 * corrects the marked copy sends it back, and the list is not a form to read or report on.
 */
public final class FeedbackListSheet {
    public static final String NAME = "Kết quả kiểm tra";
    /** The list's name when the source already had a sheet named so. */
    public static final String RENAMED = NAME + " (NTP)";

    private FeedbackListSheet() {
    }

    public static boolean is(String sheet) {
        return sheet.equals(NAME) || sheet.equals(RENAMED);
    }
}
