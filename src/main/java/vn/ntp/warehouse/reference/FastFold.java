package vn.ntp.warehouse.reference;

import vn.ntp.warehouse.extract.text.VietnameseText;

/**
 * {@link VietnameseText#fold} by table lookup, for indexing thousands of names at load time: each
 * character below U+2000 is folded once, the first time it is met; text with other characters goes to
 * {@code VietnameseText.fold} itself. The result is the same string (checked on every unit name by
 * the tests).
 */
final class FastFold {
    private static final int TABLE_SIZE = 0x2000;
    /** Folded form of a character; {@link #SEPARATOR} for punctuation and spaces, "" for a combining mark. */
    private static final String[] TABLE = new String[TABLE_SIZE];
    private static final String SEPARATOR = " ";

    private static String entry(char c) {
        String known = TABLE[c];
        if (known != null) return known;
        int type = Character.getType(c);
        String folded;
        if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK) {
            folded = "";
        } else {
            folded = VietnameseText.fold(String.valueOf(c));
            folded = folded.isEmpty() || folded.contains(" ") ? SEPARATOR : folded;
        }
        TABLE[c] = folded; // racing threads compute the same value
        return folded;
    }

    private FastFold() {
    }

    static String fold(String text) {
        if (text == null) return "";
        int n = text.length();
        StringBuilder out = new StringBuilder(n);
        boolean pendingSeparator = false;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c >= TABLE_SIZE) return VietnameseText.fold(text);
            String folded = entry(c);
            if (folded.isEmpty()) continue;
            if (folded == SEPARATOR) {
                pendingSeparator = out.length() > 0;
                continue;
            }
            if (pendingSeparator) {
                out.append(' ');
                pendingSeparator = false;
            }
            out.append(folded);
        }
        return out.toString();
    }
}
