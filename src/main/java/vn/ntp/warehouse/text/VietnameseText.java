package vn.ntp.warehouse.text;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * Label comparison for Vietnamese text typed by hand: the folded form drops diacritics
 * (đ becomes d), case, punctuation and repeated or non-breaking spaces, so that
 * {@code "Tiểu dự án 2:"}, {@code "TIEU DU AN 2"} and {@code "tiểu  dự án 2"} compare equal.
 */
public final class VietnameseText {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}%]+");

    private VietnameseText() {
    }

    /**
     * Lower case, no diacritics, words separated by single spaces, punctuation removed. Runs per
     * cell and per label, so each character below U+2000 is folded once, by {@link #foldSlowly},
     * and then looked up; rarer text takes the slow path whole.
     */
    public static String fold(String text) {
        if (text == null) return "";
        int n = text.length();
        char[] out = new char[n];
        int length = 0;
        boolean pendingSeparator = false;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c >= TABLE_SIZE) return foldSlowly(text);
            String folded = entry(c);
            if (folded.isEmpty()) continue;
            if (folded == SEPARATOR) {
                pendingSeparator = length > 0;
                continue;
            }
            // a separator stood for at least one character, and most characters fold to one: the buffer
            // grows only for the few that fold to two (ǆ → dz)
            if (length + folded.length() + 1 > out.length) out = Arrays.copyOf(out, 2 * out.length + folded.length() + 1);
            if (pendingSeparator) {
                out[length++] = ' ';
                pendingSeparator = false;
            }
            if (folded.length() == 1) {
                out[length++] = folded.charAt(0);
            } else {
                folded.getChars(0, folded.length(), out, length);
                length += folded.length();
            }
        }
        return new String(out, 0, length);
    }

    private static final int TABLE_SIZE = 0x2000;
    /** Folded form of a character: {@link #SEPARATOR} for punctuation and spaces, "" for a combining mark. */
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
            folded = foldSlowly(String.valueOf(c));
            folded = folded.isEmpty() || folded.contains(" ") ? SEPARATOR : folded;
        }
        TABLE[c] = folded; // racing threads compute the same value
        return folded;
    }

    /** The definition of folding: đ → d, NFD without marks, lower case, non-word runs → one space. */
    static String foldSlowly(String text) {
        String s = text.replace('đ', 'd').replace('Đ', 'D');
        s = Normalizer.normalize(s, Normalizer.Form.NFD);
        s = MARKS.matcher(s).replaceAll("");
        s = NON_WORD.matcher(s.toLowerCase(java.util.Locale.ROOT)).replaceAll(" ");
        return s.strip();
    }

    /** The folded text as a piece of a file name: {@code "6 tháng đầu năm 2024"} → {@code 6-thang-dau-nam-2024}. */
    public static String slug(String text) {
        return fold(text).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    /** NFC, non-breaking and repeated spaces collapsed, trimmed: for display and storage. */
    public static String clean(String text) {
        if (text == null) return "";
        return isClean(text) ? text : cleanSlowly(text);
    }

    /**
     * True when {@link #cleanSlowly} would return the text as it is, which most cells are: single spaces
     * between words, and only characters that {@linkplain Nfc#staysComposed stay composed}. Anything else takes
     * the slow path.
     */
    private static boolean isClean(String text) {
        int n = text.length();
        if (n > 0 && (text.charAt(0) == ' ' || text.charAt(n - 1) == ' ')) return false;
        char previous = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < ' ' || c == ' ' && previous == ' ' || c == '\u00A0') return false;
            if (!Nfc.staysComposed(c)) return false;
            previous = c;
        }
        return true;
    }

    private static String cleanSlowly(String text) {
        String s = Nfc.of(text);
        StringBuilder out = new StringBuilder(s.length());
        boolean pendingSpace = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F') {
                pendingSpace = out.length() > 0;
                continue;
            }
            if (pendingSpace) {
                out.append(' ');
                pendingSpace = false;
            }
            out.append(c);
        }
        return out.toString();
    }
}
