package vn.ntp.warehouse.text;

import java.util.Locale;

/**
 * Vietnamese typed in legacy 8-bit fonts. Before Unicode, Vietnamese was typed with fonts whose
 * glyphs sit on Latin-1 code points: the workbook stores those code points, so the text reads as
 * mojibake once the font is gone ({@code "Dù ¸n 1"} for {@code "Dự án 1"} in TCVN3/ABC
 * {@code .VnTime}, {@code "Döï aùn 1"} in VNI {@code VNI-Times}). This class maps such text back
 * to NFC Unicode, from the cell's font name when there is one, from the text itself otherwise.
 *
 * <p>Both legacy charsets only use code points U+00A1..U+00FE, the same whether the bytes were
 * read as Latin-1 (.xls compressed strings) or Windows-1252 (text typed into .xlsx), so the tables
 * are keyed by those characters. Everything else (ASCII, digits, punctuation, curly quotes, dashes)
 * passes through unchanged.
 */
public final class LegacyEncoding {

    /** The encoding a piece of text was typed in. */
    public enum Charset { UNICODE, TCVN3, VNI }

    private static final char FIRST_LEGACY = '\u00A1';
    private static final char LAST_LEGACY = '\u00FE';

    /** TCVN3 (ABC, TCVN 5712:1993 VN3) code point to Unicode letter; 0 where the code is not a letter. */
    private static final char[] TCVN3_TO_UNICODE = new char[256];
    /** VNI: a base letter and the mark character that follows it, to the composed Unicode letter. */
    private static final char[][] VNI_PAIRS = new char[256][];
    /** VNI characters that stand for a letter on their own ({@code ñ} is đ, {@code æ} is ỉ...). */
    private static final char[] VNI_SINGLES = new char[256];

    static {
        buildTcvn3Table();
        buildVniTable();
    }

    private LegacyEncoding() {
    }

    // ------------------------------------------------------------------ public API

    /**
     * The charset a font implies: {@code .Vn*} fonts ({@code .VnTime}, {@code .VnTimeH},
     * {@code .VnArial}...) are TCVN3, {@code VNI-*} fonts ({@code VNI-Times}, {@code VNI-Helve}...)
     * are VNI, anything else (or no font) is Unicode.
     */
    public static Charset fromFontName(String fontName) {
        if (fontName == null) return Charset.UNICODE;
        String name = fontName.strip();
        if (name.length() > 3 && name.regionMatches(true, 0, ".vn", 0, 3)) return Charset.TCVN3;
        if (name.length() > 4 && name.regionMatches(true, 0, "vni", 0, 3)) {
            char separator = name.charAt(3);
            if (separator == '-' || separator == ' ' || separator == '_') return Charset.VNI;
        }
        return Charset.UNICODE;
    }

    /**
     * Whether a TCVN3 font is one of the upper-case ("H") variants ({@code .VnTimeH},
     * {@code .VnArialH}): those draw every letter as a capital, so capitals are stored on the
     * lower-case code points.
     */
    public static boolean isUpperCaseFont(String fontName) {
        if (fromFontName(fontName) != Charset.TCVN3) return false;
        String name = fontName.strip();
        return name.charAt(name.length() - 1) == 'H';
    }

    /**
     * The charset the text itself shows. Conservative: plain ASCII, text holding any Unicode-only
     * Vietnamese letter (ự, ơ, đ...) and text that reads as well in Unicode as in either legacy
     * charset are {@link Charset#UNICODE}. A legacy charset wins only when decoding with it turns
     * more words into well-formed Vietnamese syllables than leaving the text alone.
     */
    public static Charset detect(String text) {
        if (text == null || !mayBeLegacy(text)) return Charset.UNICODE;
        int asIs = 0;
        int asTcvn3 = 0;
        int asVni = 0;
        for (String word : SyllableScore.scoredWords(text)) {
            asIs += SyllableScore.of(word);
            asTcvn3 += SyllableScore.of(decodeTcvn3(word));
            asVni += SyllableScore.of(decodeVni(word));
        }
        if (asTcvn3 > asIs && asTcvn3 >= asVni) return Charset.TCVN3;
        if (asVni > asIs) return Charset.VNI;
        return Charset.UNICODE;
    }

    /** The text read in the given charset, as NFC Unicode (lower-case TCVN3 codes stay lower case). */
    public static String toUnicode(String text, Charset charset) {
        if (text == null) return null;
        String decoded = switch (charset) {
            case UNICODE -> text;
            case TCVN3 -> decodeTcvn3(text);
            case VNI -> decodeVni(text);
        };
        return Nfc.of(decoded);
    }

    /**
     * The text of a cell as NFC Unicode: the font decides when it is a legacy font (unless the
     * text already holds Unicode-only Vietnamese letters, i.e. it was converted but kept its old
     * font); otherwise the text is {@linkplain #detect(String) detected}. Text in an upper-case
     * TCVN3 font comes back in capitals.
     */
    public static String decode(String text, String fontName) {
        if (text == null) return null;
        Charset fromFont = fromFontName(fontName);
        if (fromFont != Charset.UNICODE && !hasUnicodeOnlyLetter(text)) {
            String decoded = toUnicode(text, fromFont);
            return isUpperCaseFont(fontName) ? decoded.toUpperCase(Locale.ROOT) : decoded;
        }
        return toUnicode(text, detect(text));
    }

    // ------------------------------------------------------------------ detection helpers

    /** True when the text has a Latin-1 character a legacy charset could have produced, and nothing Unicode-only. */
    private static boolean mayBeLegacy(String text) {
        boolean legacyCandidate = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) continue;
            if (isUnicodeOnlyLetter(c)) return false;
            if (c >= FIRST_LEGACY && c <= LAST_LEGACY) legacyCandidate = true;
        }
        return legacyCandidate;
    }

    private static boolean hasUnicodeOnlyLetter(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isUnicodeOnlyLetter(text.charAt(i))) return true;
        }
        return false;
    }

    /** Letters beyond Latin-1 and combining marks: no 8-bit Vietnamese font produces them. */
    private static boolean isUnicodeOnlyLetter(char c) {
        if (c < 0x100) return false;
        if (c >= '\u0300' && c <= '\u036F') return true;
        return Character.isLetter(c);
    }

    // ------------------------------------------------------------------ decoding

    private static String decodeTcvn3(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char mapped = c < 256 ? TCVN3_TO_UNICODE[c] : 0;
            if (mapped != 0 && out == null) out = new StringBuilder(text.length()).append(text, 0, i);
            if (out != null) out.append(mapped != 0 ? mapped : c);
        }
        return out == null ? text : out.toString();
    }

    private static String decodeVni(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c >= 256) {
                out.append(c);
                continue;
            }
            char[] pairs = VNI_PAIRS[Character.toLowerCase(c)];
            if (pairs != null && i + 1 < n) {
                char mark = text.charAt(i + 1);
                char composed = mark < 256 ? pairs[Character.toLowerCase(mark)] : 0;
                if (composed != 0) {
                    out.append(Character.isUpperCase(c) ? Character.toUpperCase(composed) : composed);
                    i++;
                    continue;
                }
            }
            char single = VNI_SINGLES[c];
            out.append(single != 0 ? single : c);
        }
        return out.toString();
    }

    // ------------------------------------------------------------------ tables

    /**
     * TCVN3 (ABC). Each row: the Unicode letters of one vowel (the vowel itself, then with huyền,
     * hỏi, ngã, sắc, nặng), and the code points of the same letters. A zero code means the
     * letter is plain ASCII and needs no table. Upper-case toned vowels have no code: ABC fonts
     * draw them with the {@code H} font variant on the lower-case codes.
     */
    private static void buildTcvn3Table() {
        tcvn3Row("aàảãáạ", 0x00, 0xB5, 0xB6, 0xB7, 0xB8, 0xB9);
        tcvn3Row("ăằẳẵắặ", 0xA8, 0xBB, 0xBC, 0xBD, 0xBE, 0xC6);
        tcvn3Row("âầẩẫấậ", 0xA9, 0xC7, 0xC8, 0xC9, 0xCA, 0xCB);
        tcvn3Row("eèẻẽéẹ", 0x00, 0xCC, 0xCE, 0xCF, 0xD0, 0xD1);
        tcvn3Row("êềểễếệ", 0xAA, 0xD2, 0xD3, 0xD4, 0xD5, 0xD6);
        tcvn3Row("iìỉĩíị", 0x00, 0xD7, 0xD8, 0xDC, 0xDD, 0xDE);
        tcvn3Row("oòỏõóọ", 0x00, 0xDF, 0xE1, 0xE2, 0xE3, 0xE4);
        tcvn3Row("ôồổỗốộ", 0xAB, 0xE5, 0xE6, 0xE7, 0xE8, 0xE9);
        tcvn3Row("ơờởỡớợ", 0xAC, 0xEA, 0xEB, 0xEC, 0xED, 0xEE);
        tcvn3Row("uùủũúụ", 0x00, 0xEF, 0xF1, 0xF2, 0xF3, 0xF4);
        tcvn3Row("ưừửữứự", 0xAD, 0xF5, 0xF6, 0xF7, 0xF8, 0xF9);
        tcvn3Row("yỳỷỹýỵ", 0x00, 0xFA, 0xFB, 0xFC, 0xFD, 0xFE);
        tcvn3Row("đ", 0xAE);
        tcvn3Row("ĂÂÊÔƠƯĐ", 0xA1, 0xA2, 0xA3, 0xA4, 0xA5, 0xA6, 0xA7);
    }

    private static void tcvn3Row(String letters, int... codes) {
        for (int i = 0; i < codes.length; i++) {
            if (codes[i] != 0) TCVN3_TO_UNICODE[codes[i]] = letters.charAt(i);
        }
    }

    /**
     * VNI Windows. A toned or modified vowel is its base letter followed by one mark character;
     * ơ, ư, đ and the toned i / ỵ are single characters. Marks are shown lower case; the upper-case
     * marks are the Latin-1 capitals of the same characters, and the letter takes the base's case.
     */
    private static void buildVniTable() {
        // marks after a, e, o, u, y, ơ (ô), ư (ö): huyền, hỏi, ngã, sắc, nặng
        String toneMarks = "øûõùï";
        vniPairs('a', toneMarks, "àảãáạ");
        vniPairs('e', toneMarks, "èẻẽéẹ");
        vniPairs('o', toneMarks, "òỏõóọ");
        vniPairs('u', toneMarks, "ùủũúụ");
        vniPairs('y', toneMarks, "ỳỷỹýỵ");
        vniPairs('ô', toneMarks, "ờởỡớợ");
        vniPairs('ö', toneMarks, "ừửữứự");
        // circumflex alone, then circumflex with huyền, hỏi, ngã, sắc, nặng
        String circumflexMarks = "âàåãáä";
        vniPairs('a', circumflexMarks, "âầẩẫấậ");
        vniPairs('e', circumflexMarks, "êềểễếệ");
        vniPairs('o', circumflexMarks, "ôồổỗốộ");
        // breve alone, then breve with huyền, hỏi, ngã, sắc, nặng
        vniPairs('a', "êèúüéë", "ăằẳẵắặ");
        vniSingles("ôöñæóòî", "ơưđỉĩịỵ");
        vniSingles("ÔÖÑÆÓÒÎ", "ƠƯĐỈĨỊỴ");
    }

    private static void vniPairs(char base, String marks, String letters) {
        char[] row = VNI_PAIRS[base];
        if (row == null) {
            row = new char[256];
            VNI_PAIRS[base] = row;
        }
        for (int i = 0; i < marks.length(); i++) row[marks.charAt(i)] = letters.charAt(i);
    }

    private static void vniSingles(String codes, String letters) {
        for (int i = 0; i < codes.length(); i++) VNI_SINGLES[codes.charAt(i)] = letters.charAt(i);
    }
}
