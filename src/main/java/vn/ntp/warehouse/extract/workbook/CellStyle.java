package vn.ntp.warehouse.extract.workbook;

import vn.ntp.warehouse.text.Memo;

/**
 * The parts of a cell's style that extraction needs: the font (legacy Vietnamese encodings are
 * recognised by font names such as {@code .VnTime} or {@code VNI-Times}), bold (titles, totals)
 * and the number format (dates, percentages).
 */
public record CellStyle(String fontName, boolean bold, int numFmtId, String numFmt) {
    public static final CellStyle NONE = new CellStyle("", false, 0, "General");
    /** A season's workbooks share a handful of number formats; each numeric cell asks about its own. */
    private static final Memo<Boolean> DATE_FORMATS = new Memo<>(CellStyle::isDateCode, 4096);

    public boolean isDateFormat() {
        if (numFmtId >= 14 && numFmtId <= 22 || numFmtId >= 45 && numFmtId <= 47) return true;
        return numFmt != null && DATE_FORMATS.apply(numFmt);
    }

    private static boolean isDateCode(String numFmt) {
        String f = NumberFormatText.codes(numFmt).toLowerCase(java.util.Locale.ROOT);
        return f.contains("d") && f.contains("m") || f.contains("yy");
    }

    public boolean isPercentFormat() {
        return numFmtId == 9 || numFmtId == 10 || numFmt != null && numFmt.contains("%");
    }
}
