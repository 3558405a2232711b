package vn.ntp.warehouse.report.feedback;

import org.apache.poi.ss.usermodel.IndexedColors;

/** How a severity shows in a feedback workbook: the fill of its cells (indexed colours) and its word in the list. */
public final class Severities {
    public static final short ERROR_FILL = IndexedColors.ROSE.getIndex();
    public static final short WARNING_FILL = IndexedColors.LIGHT_YELLOW.getIndex();
    public static final short INFO_FILL = IndexedColors.PALE_BLUE.getIndex();

    private Severities() {
    }

    public static short fill(String severity) {
        return switch (severity) {
            case "error" -> ERROR_FILL;
            case "warning" -> WARNING_FILL;
            default -> INFO_FILL;
        };
    }

    public static String word(String severity) {
        return switch (severity) {
            case "error" -> "LỖI";
            case "warning" -> "CẢNH BÁO";
            default -> "THÔNG TIN";
        };
    }
}
