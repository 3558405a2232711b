package vn.ntp.warehouse.extract.workbook;

import java.util.Map;

/**
 * Valid files of formats the reader does not read, each refused as {@code UNSUPPORTED_FORMAT_<format>}: the
 * catalogue's message says what it is and what the sender can do (never "damaged": the file is fine, it
 * is just not a workbook we read).
 */
final class ForeignFormats {

    private ForeignFormats() {
    }

    static UnreadableWorkbookException xlsb() {
        return Rejections.unsupported("XLSB", Map.of());
    }

    static UnreadableWorkbookException numbers() {
        return Rejections.unsupported("NUMBERS", Map.of());
    }

    static UnreadableWorkbookException pdf() {
        return Rejections.unsupported("PDF", Map.of());
    }

    static UnreadableWorkbookException image() {
        return Rejections.unsupported("IMAGE", Map.of());
    }

    static UnreadableWorkbookException wordProcessing() {
        return Rejections.unsupported("WORD", Map.of());
    }

    static UnreadableWorkbookException presentation() {
        return Rejections.unsupported("PRESENTATION", Map.of());
    }

    static UnreadableWorkbookException archive() {
        return Rejections.unsupported("ARCHIVE", Map.of());
    }

    static UnreadableWorkbookException openDocument(String mimetype) {
        if (mimetype.contains(".text")) return wordProcessing();
        if (mimetype.contains(".presentation")) return presentation();
        return Rejections.unsupported("OPENDOCUMENT", Map.of("mimetype", mimetype));
    }

    static UnreadableWorkbookException flatOpenDocument() {
        return Rejections.unsupported("FODS", Map.of());
    }
}
