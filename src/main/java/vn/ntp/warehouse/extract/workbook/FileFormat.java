package vn.ntp.warehouse.extract.workbook;

/**
 * What a file really is, told from its first bytes (never from its name). HTML includes Excel's
 * "web page" exports (single-file .mht too): all of them open in Excel and can be saved as .xlsx.
 */
enum FileFormat {
    ZIP, OLE2, HTML, CSV, UNKNOWN;

    private static final int TEXT_SAMPLE = 8192;

    static FileFormat sniff(byte[] head, int length) {
        if (startsWith(head, length, 0x50, 0x4B, 0x03, 0x04) || startsWith(head, length, 0x50, 0x4B, 0x05, 0x06)) {
            return ZIP;
        }
        if (startsWith(head, length, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return OLE2;
        }
        String text = asText(head, Math.min(length, TEXT_SAMPLE));
        if (text == null) return UNKNOWN;
        String start = text.stripLeading().toLowerCase(java.util.Locale.ROOT);
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
