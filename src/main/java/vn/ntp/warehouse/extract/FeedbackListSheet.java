package vn.ntp.warehouse.extract;

import java.util.function.Predicate;

/**
 * The first sheet of a feedback workbook (report/feedback/FindingList): the list of the findings. An officer who
 * corrects the marked copy sends it back, and the list is not a form to read or report on.
 */
public final class FeedbackListSheet {
    public static final String NAME = "Kết quả kiểm tra";
    /** The list's name when the source already had a sheet named so. */
    private static final String RENAMED = NAME + " (NTP)";

    private FeedbackListSheet() {
    }

    /** The list's name in a copy of a workbook whose sheets are {@code taken}. */
    public static String nameBeside(Predicate<String> taken) {
        return taken.test(NAME) ? RENAMED : NAME;
    }

    /** True for the list sheet under either of its names. */
    public static boolean is(String sheet) {
        return sheet.equals(NAME) || sheet.equals(RENAMED);
    }
}
