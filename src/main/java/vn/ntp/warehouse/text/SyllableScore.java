package vn.ntp.warehouse.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How Vietnamese a word reads: +1 when it is a well-formed Vietnamese syllable (Vietnamese
 * letters only; initial consonant, vowel nucleus, final consonant; at most one tone, not on a
 * final glide; no capital after a small letter), -1 otherwise. Used to tell legacy-font mojibake
 * from real Unicode text: the right reading scores higher. Loanword rimes such as {@code oo}
 * ({@code xoong}) are left out on purpose: they are rarer than the mojibake they would excuse.
 */
final class SyllableScore {
    private static final String INITIAL = "(?:ngh|ng|gh|gi|ch|kh|nh|ph|th|tr|qu|[bcdđghklmnpqrstvx])";
    /** Nuclei that may take a final consonant. */
    private static final String OPEN_NUCLEUS = "(?:uyê|iê|yê|uô|ươ|uơ|oa|oă|oe|uâ|uê|uy|a|ă|â|e|ê|i|y|o|ô|ơ|u|ư)";
    /** Rimes that end in a vowel and take no final consonant. */
    private static final String CLOSED_RIME = "(?:oai|oay|oao|oeo|uôi|ươi|ươu|iêu|yêu|uây|uyu|uya|ai|ao|au|ay|âu|ây|eo|êu|ia|iu|oi|ôi|ơi|ui|ưi|ưu|ua|ưa|ya)";
    private static final String FINAL = "(?:ch|nh|ng|c|m|n|p|t)";
    /** Group 1 is the rime when it ends in a glide. */
    private static final Pattern SYLLABLE =
            Pattern.compile(INITIAL + "?(?:" + OPEN_NUCLEUS + FINAL + "?|(" + CLOSED_RIME + "))");

    private SyllableScore() {
    }

    /**
     * The words of a text worth scoring: runs of word characters holding a non-ASCII character,
     * except runs glued to a digit ({@code 3×4}, {@code m²}) and lone symbols ({@code ·}, {@code ©}),
     * which are more likely punctuation than a one-letter legacy word.
     */
    static List<String> scoredWords(String text) {
        List<String> words = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!isWordChar(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            boolean nonAscii = false;
            while (i < n && isWordChar(text.charAt(i))) {
                nonAscii |= text.charAt(i) >= 0x80;
                i++;
            }
            boolean gluedToDigit = (start > 0 && Character.isDigit(text.charAt(start - 1)))
                    || (i < n && Character.isDigit(text.charAt(i)));
            boolean loneSymbol = i - start == 1 && !Character.isLetter(text.charAt(start));
            if (nonAscii && !gluedToDigit && !loneSymbol) words.add(text.substring(start, i));
        }
        return words;
    }

    /** +1 for a well-formed Vietnamese syllable, -1 otherwise. */
    static int of(String word) {
        return isSyllable(word) ? 1 : -1;
    }

    /** Letters and combining marks; every Latin-1 symbol too, since legacy fonts draw letters on them. */
    private static boolean isWordChar(char c) {
        if (c < 0x80) return Character.isLetter(c);
        if (c >= '\u00A1' && c <= '\u00FF') return true;
        return Character.isLetter(c) || (c >= '\u0300' && c <= '\u036F');
    }

    static boolean isSyllable(String word) {
        String composed = Nfc.of(word);
        char[] toneless = new char[composed.length()];
        int toneAt = -1;
        boolean seenLower = false;
        for (int i = 0; i < composed.length(); i++) {
            char c = composed.charAt(i);
            if (Character.isUpperCase(c) && seenLower) return false;
            if (Character.isLowerCase(c)) seenLower = true;
            char base = c <= '\u1EFF' ? TONELESS_LOWER[c] : 0;
            if (base == 0) return false; // not a Vietnamese letter
            if (TONED[c]) {
                if (toneAt >= 0) return false;
                toneAt = i;
            }
            toneless[i] = base;
        }
        Matcher m = SYLLABLE.matcher(new String(toneless));
        if (!m.matches()) return false;
        // in a rime ending in a glide (ai, ao, eo, uôi, ia...) the tone never sits on the glide
        return m.start(1) < 0 || toneAt != m.end(1) - 1;
    }

    /** Every Vietnamese letter (both cases, with any tone) to its lower-case toneless letter; 0 for other characters. */
    private static final char[] TONELESS_LOWER = new char['\u1EFF' + 1];
    private static final boolean[] TONED = new boolean['\u1EFF' + 1];

    static {
        for (char c = 'a'; c <= 'z'; c++) {
            TONELESS_LOWER[c] = c;
            TONELESS_LOWER[Character.toUpperCase(c)] = c;
        }
        TONELESS_LOWER['đ'] = 'đ';
        TONELESS_LOWER['Đ'] = 'đ';
        String tones = "\u0300\u0301\u0303\u0309\u0323";
        for (char vowel : "aăâeêioôơuưy".toCharArray()) {
            for (int t = -1; t < tones.length(); t++) {
                String letter = t < 0 ? String.valueOf(vowel)
                        : Normalizer.normalize(vowel + tones.substring(t, t + 1), Normalizer.Form.NFC);
                char lower = letter.charAt(0);
                char upper = Character.toUpperCase(lower);
                TONELESS_LOWER[lower] = vowel;
                TONELESS_LOWER[upper] = vowel;
                TONED[lower] = t >= 0;
                TONED[upper] = t >= 0;
            }
        }
    }
}
