package vn.ntp.warehouse.extract.workbook;

import java.util.LinkedHashMap;
import java.util.Map;

import vn.ntp.warehouse.extract.workbook.UnreadableWorkbookException.Reason;

/**
 * The reasons a file is refused, each a code of the findings catalogue ({@code jobs/rules/findings.yaml},
 * stage submission) with the values its messages name; the words are the catalogue's.
 */
final class Rejections {
    private Rejections() {
    }

    static UnreadableWorkbookException encrypted() {
        return refuse(Reason.ENCRYPTED, null, Map.of(), null);
    }

    static UnreadableWorkbookException empty() {
        return refuse(Reason.EMPTY, null, Map.of(), null);
    }

    static UnreadableWorkbookException tooLarge(long size, long limit) {
        return refuse(Reason.TOO_LARGE, null, params("size_mb", megabytes(size), "limit_mb", megabytes(limit),
                "size", String.valueOf(size), "limit", String.valueOf(limit)), null);
    }

    static UnreadableWorkbookException html() {
        return refuse(Reason.NOT_EXCEL_HTML, null, Map.of(), null);
    }

    static UnreadableWorkbookException csv() {
        return refuse(Reason.NOT_EXCEL_CSV, null, Map.of(), null);
    }

    /** A valid file of a format that is not read (not damaged); the variant names the format (XLSB, PDF ...). */
    static UnreadableWorkbookException unsupported(String format, Map<String, String> params) {
        return refuse(Reason.UNSUPPORTED_FORMAT, format, params, null);
    }

    /** @param detail what the file is instead, for the logs */
    static UnreadableWorkbookException notExcel(String detail) {
        return refuse(Reason.NOT_EXCEL, null, Map.of("detail", detail), null);
    }

    /** @param damage the variant of the damage (ZIP, OLE2, SHEET_MISSING ...) */
    static UnreadableWorkbookException corrupt(String damage, Map<String, String> params, Throwable cause) {
        return refuse(Reason.CORRUPT, damage, params, cause);
    }

    static UnreadableWorkbookException corruptPart(String part, Throwable cause) {
        return refuse(Reason.CORRUPT, null, Map.of("part", part), cause);
    }

    /** @param detail the limit the file went over, for the logs */
    static UnreadableWorkbookException zipBomb(String detail) {
        return refuse(Reason.ZIP_BOMB, null, Map.of("detail", detail), null);
    }

    static UnreadableWorkbookException externalEntity(String part) {
        return refuse(Reason.EXTERNAL_ENTITY, null, Map.of("part", part), null);
    }

    private static UnreadableWorkbookException refuse(Reason reason, String variant, Map<String, String> params, Throwable cause) {
        return new UnreadableWorkbookException(reason, variant, params, cause);
    }

    private static Map<String, String> params(String... namesAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) map.put(namesAndValues[i], namesAndValues[i + 1]);
        return map;
    }

    private static String megabytes(long bytes) {
        return String.valueOf(Math.round(bytes / 1_048_576.0 * 10) / 10.0);
    }
}
