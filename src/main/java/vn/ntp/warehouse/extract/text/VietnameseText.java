package vn.ntp.warehouse.extract.text;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Label comparison for Vietnamese text typed by hand: the folded form drops diacritics
 * (đ becomes d), case, punctuation and repeated or non-breaking spaces, so that
 * {@code "Tiểu dự án 2:"}, {@code "TIEU DU AN 2"} and {@code "tiểu  dự án 2"} compare equal.
 */
public final class VietnameseText {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}%]+");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private VietnameseText() {
    }

    /** Lower case, no diacritics, words separated by single spaces, punctuation removed. */
    public static String fold(String text) {
        if (text == null) return "";
        if (isAscii(text)) return foldAscii(text);
        String s = text.replace('đ', 'd').replace('Đ', 'D');
        s = Normalizer.normalize(s, Normalizer.Form.NFD);
        s = MARKS.matcher(s).replaceAll("");
        s = NON_WORD.matcher(s.toLowerCase(java.util.Locale.ROOT)).replaceAll(" ");
        return s.strip();
    }

    /** NFC, non-breaking and repeated spaces collapsed, trimmed: for display and storage. */
    public static String clean(String text) {
        if (text == null) return "";
        String s = Normalizer.normalize(text, Normalizer.Form.NFC);
        s = s.replace('\u00A0', ' ').replace('\u2007', ' ').replace('\u202F', ' ');
        return WHITESPACE.matcher(s).replaceAll(" ").strip();
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) return false;
        }
        return true;
    }

    /** {@link #fold(String)} for ASCII text, without normalization or regular expressions. */
    private static String foldAscii(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean word = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '%';
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
                word = true;
            }
            if (!word) {
                pendingSpace = true;
                continue;
            }
            if (pendingSpace && out.length() > 0) out.append(' ');
            pendingSpace = false;
            out.append(c);
        }
        return out.toString();
    }
}
