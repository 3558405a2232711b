package vn.ntp.warehouse.text;

import java.text.Normalizer;

/** Text in NFC (composed Unicode), as the warehouse stores and compares it. */
final class Nfc {
    private Nfc() {
    }

    /** The text in NFC; as it is when every character {@linkplain #staysComposed stays composed}, which most cells do. */
    static String of(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!staysComposed(text.charAt(i))) {
                return Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
            }
        }
        return text;
    }

    /**
     * True for a character that is NFC whatever comes before or after it: Latin below U+0300 and the composed
     * Vietnamese letters of U+1E00–U+1EFF (no combining mark among them, and no two of them compose).
     */
    static boolean staysComposed(char c) {
        return c < 0x300 || c >= 0x1E00 && c < 0x1F00;
    }
}
