package vn.ntp.warehouse.extract.workbook;

/**
 * Valid files of formats the reader does not read, each refused as {@code UNSUPPORTED_FORMAT} with what
 * it is and what the sender can do (never "damaged": the file is fine, it is just not a workbook we read).
 */
final class ForeignFormats {
    private static final String SAVE_AS_XLSX = "mở tệp bằng Excel (hoặc LibreOffice Calc), chọn Lưu thành (Save As) định dạng .xlsx";
    private static final String SEND_THE_WORKBOOK = "gửi tệp bảng tính gốc của biểu theo mẫu (.xlsx, .xls hoặc .ods)";

    private ForeignFormats() {
    }

    static UnreadableWorkbookException xlsb() {
        return Rejections.unsupported("bảng tính Excel dạng nhị phân (.xlsb)", SAVE_AS_XLSX, "Excel binary workbook (.xlsb)");
    }

    static UnreadableWorkbookException numbers() {
        return Rejections.unsupported("bảng tính Apple Numbers (.numbers)",
                "mở tệp bằng Numbers, chọn Tệp › Xuất sang › Excel (.xlsx)", "Apple Numbers document");
    }

    static UnreadableWorkbookException pdf() {
        return Rejections.unsupported("tài liệu PDF (bản in), không phải bảng tính", SEND_THE_WORKBOOK + ", không gửi bản in PDF",
                "PDF document");
    }

    static UnreadableWorkbookException image() {
        return Rejections.unsupported("ảnh (chụp hoặc quét), không phải bảng tính", SEND_THE_WORKBOOK + ", không gửi ảnh chụp",
                "image");
    }

    static UnreadableWorkbookException wordProcessing() {
        return Rejections.unsupported("văn bản (Word .doc/.docx, Writer .odt hoặc .rtf), không phải bảng tính",
                "nhập số liệu vào đúng mẫu biểu trên Excel rồi lưu thành .xlsx", "word-processing document");
    }

    static UnreadableWorkbookException presentation() {
        return Rejections.unsupported("bài trình chiếu (PowerPoint hoặc Impress), không phải bảng tính", SEND_THE_WORKBOOK,
                "presentation");
    }

    static UnreadableWorkbookException archive() {
        return Rejections.unsupported("tệp nén (.zip, .rar, .7z, .gz) chứa các tệp khác",
                "giải nén và gửi riêng từng tệp Excel", "an archive of other files");
    }

    static UnreadableWorkbookException openDocument(String mimetype) {
        if (mimetype.contains(".text")) return wordProcessing();
        if (mimetype.contains(".presentation")) return presentation();
        return Rejections.unsupported("tài liệu OpenDocument không phải bảng tính (" + mimetype + ")", SEND_THE_WORKBOOK,
                "OpenDocument of type " + mimetype);
    }

    static UnreadableWorkbookException flatOpenDocument() {
        return Rejections.unsupported("bảng tính OpenDocument dạng XML phẳng (.fods)",
                "mở tệp bằng LibreOffice Calc, chọn Lưu thành định dạng .ods hoặc .xlsx", "flat OpenDocument XML (.fods)");
    }
}
