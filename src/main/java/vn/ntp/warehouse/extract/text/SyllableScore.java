package vn.ntp.warehouse.extract.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How Vietnamese a word reads: +1 when it is a well-formed Vietnamese syllable (initial
 * consonant, vowel nucleus, final consonant, at most one tone, no capital after a small letter),
 * -1 otherwise. Used to tell legacy-font mojibake
 * from real Unicode text: the right reading scores higher.
 */
final class SyllableScore {
    private static final String INITIAL = "(?:ngh|ng|gh|gi|ch|kh|nh|ph|th|tr|qu|[bcdđghklmnpqrstvx])";
    /** Nuclei that may take a final consonant. */
    private static final String OPEN_NUCLEUS = "(?:uyê|iê|yê|uô|ươ|uơ|oa|oă|oe|oo|uâ|uê|uy|a|ă|â|e|ê|i|y|o|ô|ơ|u|ư)";
    /** Rimes that end in a vowel and take no final consonant. */
    private static final String CLOSED_RIME = "(?:oai|oay|oao|oeo|uôi|ươi|ươu|iêu|yêu|uây|uyu|uya|ai|ao|au|ay|âu|ây|eo|êu|ia|iu|oi|ôi|ơi|ui|ưi|ưu|ua|ưa|ya)";
    private static final String FINAL = "(?:ch|nh|ng|c|m|n|p|t)";
    private static final Pattern SYLLABLE =
            Pattern.compile(INITIAL + "?(?:" + OPEN_NUCLEUS + FINAL + "?|" + CLOSED_RIME + ")");
    private static final Pattern TONE_MARKS = Pattern.compile("[\u0300\u0301\u0303\u0309\u0323]");

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
        boolean seenLower = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isUpperCase(c) && seenLower) return false;
            if (Character.isLowerCase(c)) seenLower = true;
        }
        String decomposed = Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        var tones = TONE_MARKS.matcher(decomposed);
        int toneCount = 0;
        while (tones.find()) toneCount++;
        if (toneCount > 1) return false;
        String toneless = Normalizer.normalize(tones.replaceAll(""), Normalizer.Form.NFC);
        return SYLLABLE.matcher(toneless).matches();
    }
}
