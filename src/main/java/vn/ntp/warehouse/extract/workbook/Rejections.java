package vn.ntp.warehouse.extract.workbook;

import vn.ntp.warehouse.extract.workbook.UnreadableWorkbookException.Reason;

/** The reasons a file is refused, each with the message its sender reads (Vietnamese) and one for the logs. */
final class Rejections {
    private Rejections() {
    }

    static UnreadableWorkbookException encrypted() {
        return new UnreadableWorkbookException(Reason.ENCRYPTED,
                "Tệp được bảo vệ bằng mật khẩu, không đọc được. Vui lòng gửi lại tệp không đặt mật khẩu.",
                "The workbook is password-protected (encrypted)");
    }

    static UnreadableWorkbookException empty() {
        return new UnreadableWorkbookException(Reason.EMPTY,
                "Tệp rỗng (0 byte), không có nội dung. Vui lòng gửi lại tệp Excel đầy đủ.",
                "The file is empty (0 bytes)");
    }

    static UnreadableWorkbookException tooLarge(long size, long limit) {
        return new UnreadableWorkbookException(Reason.TOO_LARGE,
                "Tệp quá lớn (" + megabytes(size) + " MB, giới hạn " + megabytes(limit)
                        + " MB). Vui lòng xoá các trang không cần thiết hoặc tách tệp rồi gửi lại.",
                "The file is " + size + " bytes, over the limit of " + limit + " bytes");
    }

    static UnreadableWorkbookException html() {
        return new UnreadableWorkbookException(Reason.NOT_EXCEL_HTML,
                "Tệp thực chất là trang HTML (thường do phần mềm xuất ra rồi đổi đuôi thành Excel), không phải tệp Excel."
                        + " Vui lòng mở tệp bằng Excel, chọn Lưu thành (Save As) định dạng .xlsx rồi gửi lại.",
                "The file is HTML, not an Excel workbook");
    }

    static UnreadableWorkbookException csv() {
        return new UnreadableWorkbookException(Reason.NOT_EXCEL_CSV,
                "Tệp thực chất là văn bản dạng CSV, không phải tệp Excel."
                        + " Vui lòng mở tệp bằng Excel, chọn Lưu thành (Save As) định dạng .xlsx rồi gửi lại.",
                "The file is delimited text (CSV), not an Excel workbook");
    }

    /**
     * A valid file of a format that is not read (not damaged): what it is and what to do, in the sender's words.
     * @param whatVi what the file is, e.g. "bảng tính Excel dạng nhị phân (.xlsb)"
     * @param todoVi what to do, e.g. "mở tệp bằng Excel, chọn Lưu thành (Save As) định dạng .xlsx"
     */
    static UnreadableWorkbookException unsupported(String whatVi, String todoVi, String whatEn) {
        return new UnreadableWorkbookException(Reason.UNSUPPORTED_FORMAT,
                "Tệp là " + whatVi + ": tệp không hỏng, nhưng hệ thống chưa đọc định dạng này"
                        + " (chỉ đọc Excel .xlsx, .xlsm, .xls và LibreOffice .ods). Vui lòng " + todoVi + " rồi gửi lại.",
                "A valid file of a format that is not read: " + whatEn);
    }

    static UnreadableWorkbookException notExcel(String what) {
        return new UnreadableWorkbookException(Reason.NOT_EXCEL,
                "Tệp không phải là tệp Excel (.xlsx hoặc .xls). Vui lòng gửi lại đúng biểu mẫu bằng tệp Excel.",
                "The file is not an Excel workbook: " + what);
    }

    static UnreadableWorkbookException corrupt(String vietnameseDetail, String englishDetail, Throwable cause) {
        return new UnreadableWorkbookException(Reason.CORRUPT,
                "Tệp bị hỏng hoặc không đầy đủ, không đọc được (" + vietnameseDetail + ")."
                        + " Vui lòng mở tệp bằng Excel, lưu lại rồi gửi lại.",
                "Corrupt workbook: " + englishDetail + (cause == null ? "" : ": " + cause.getMessage()), cause);
    }

    static UnreadableWorkbookException corruptPart(String part, Throwable cause) {
        return corrupt("lỗi ở phần " + part, "cannot read part " + part, cause);
    }

    static UnreadableWorkbookException zipBomb(String detail) {
        return new UnreadableWorkbookException(Reason.ZIP_BOMB,
                "Tệp có dung lượng giải nén bất thường (nghi là tệp độc hại), hệ thống đã từ chối đọc."
                        + " Vui lòng gửi lại tệp Excel gốc.",
                "Refused a suspected zip bomb: " + detail);
    }

    static UnreadableWorkbookException externalEntity(String part) {
        return new UnreadableWorkbookException(Reason.EXTERNAL_ENTITY,
                "Tệp chứa khai báo DTD/thực thể ngoài (không an toàn) ở phần " + part
                        + ", hệ thống đã từ chối đọc. Vui lòng mở tệp bằng Excel, lưu lại rồi gửi lại.",
                "Refused a DTD / external entity declaration in part " + part);
    }

    private static String megabytes(long bytes) {
        return String.valueOf(Math.round(bytes / 1_048_576.0 * 10) / 10.0);
    }
}
