package vn.ntp.warehouse.extract.workbook;

/**
 * What a file really is, told from its first bytes (never from its name). HTML includes Excel's
 * "web page" exports (single-file .mht too): all of them open in Excel and can be saved as .xlsx.
 */
enum FileFormat {
    ZIP, OLE2, HTML, CSV, PDF, IMAGE, ARCHIVE, RTF, SPREADSHEET_ML, FLAT_ODF, UNKNOWN;

    private static final int TEXT_SAMPLE = 8192;

    static FileFormat sniff(byte[] head, int length) {
        if (startsWith(head, length, 0x50, 0x4B, 0x03, 0x04) || startsWith(head, length, 0x50, 0x4B, 0x05, 0x06)) {
            return ZIP;
        }
        if (startsWith(head, length, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return OLE2;
        }
        if (startsWith(head, length, '%', 'P', 'D', 'F', '-')) return PDF;
        if (startsWith(head, length, 0x89, 'P', 'N', 'G') || startsWith(head, length, 0xFF, 0xD8, 0xFF)
                || startsWith(head, length, 'G', 'I', 'F', '8') || startsWith(head, length, 'I', 'I', 0x2A, 0x00)
                || startsWith(head, length, 'M', 'M', 0x00, 0x2A)) {
            return IMAGE;
        }
        if (startsWith(head, length, 'R', 'a', 'r', '!') || startsWith(head, length, '7', 'z', 0xBC, 0xAF)
                || startsWith(head, length, 0x1F, 0x8B)) {
            return ARCHIVE;
        }
        if (startsWith(head, length, '{', '\\', 'r', 't', 'f')) return RTF;
        String text = asText(head, Math.min(length, TEXT_SAMPLE));
        if (text == null) return UNKNOWN;
        String start = text.stripLeading().toLowerCase(java.util.Locale.ROOT);
        if (start.startsWith("<?xml") || start.startsWith("<workbook") || start.startsWith("<office:document")) {
            // Excel 2003's XML workbook has a <Table> too: told apart from HTML by its namespace
            if (start.contains("urn:schemas-microsoft-com:office:spreadsheet")) return SPREADSHEET_ML;
            if (start.contains("urn:oasis:names:tc:opendocument:xmlns:office")) return FLAT_ODF;
        }
        if (start.startsWith("<!doctype") || start.startsWith("<html") || start.startsWith("<table")
                || start.startsWith("<") && (start.contains("<html") || start.contains("<table"))
                || start.startsWith("mime-version:")) {
            return HTML;
        }
        return looksDelimited(text) ? CSV : UNKNOWN;
    }

    private static boolean startsWith(byte[] head, int length, int... magic) {
        if (length < magic.length) return false;
        for (int i = 0; i < magic.length; i++) {
            if ((head[i] & 0xFF) != magic[i]) return false;
        }
        return true;
    }

    /** The sample as text when it is text (UTF-8, UTF-16 with a BOM, or an 8-bit code page), else null. */
    private static String asText(byte[] head, int length) {
        java.nio.charset.Charset charset = java.nio.charset.StandardCharsets.UTF_8;
        int offset = 0;
        if (startsWith(head, length, 0xEF, 0xBB, 0xBF)) {
            offset = 3;
        } else if (startsWith(head, length, 0xFF, 0xFE)) {
            charset = java.nio.charset.StandardCharsets.UTF_16LE;
            offset = 2;
        } else if (startsWith(head, length, 0xFE, 0xFF)) {
            charset = java.nio.charset.StandardCharsets.UTF_16BE;
            offset = 2;
        }
        String text = new String(head, offset, length - offset, charset);
        int control = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') control++;
        }
        return control == 0 && !text.isBlank() ? text : null;
    }

    private static boolean looksDelimited(String text) {
        int lineBreaks = 0;
        int delimiters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') lineBreaks++;
            else if (c == ',' || c == ';' || c == '\t' || c == '|') delimiters++;
        }
        return lineBreaks > 0 || delimiters > 0;
    }
}
