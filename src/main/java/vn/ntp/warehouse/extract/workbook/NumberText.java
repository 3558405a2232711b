package vn.ntp.warehouse.extract.workbook;

/**
 * Parses the decimal text of a {@code <v>} element without creating a String. Plain decimals of up
 * to 15-16 significant digits (what POI and most tools write, and every integer amount) take the
 * exact fast path: an integer mantissa below 2^53 divided by an exact power of ten is correctly
 * rounded, so the result equals {@link Double#parseDouble}. Anything else goes to the JDK.
 */
final class NumberText {
    private static final long MAX_EXACT_MANTISSA = 1L << 53;
    private static final double[] POWERS_OF_TEN = new double[23];

    static {
        double p = 1;
        for (int i = 0; i < POWERS_OF_TEN.length; i++) {
            POWERS_OF_TEN[i] = p;
            p *= 10;
        }
    }

    private NumberText() {
    }

    /** @throws NumberFormatException when the text is not a number */
    static double parse(char[] chars, int length) {
        int i = 0;
        boolean negative = false;
        if (length > 0 && (chars[0] == '-' || chars[0] == '+')) {
            negative = chars[0] == '-';
            i = 1;
        }
        long mantissa = 0;
        int digits = 0;
        int fractionDigits = 0;
        boolean dot = false;
        for (; i < length; i++) {
            char c = chars[i];
            if (c >= '0' && c <= '9') {
                if (++digits > 18) return slow(chars, length);
                mantissa = mantissa * 10 + (c - '0');
                if (dot) fractionDigits++;
            } else if (c == '.' && !dot) {
                dot = true;
            } else {
                return slow(chars, length);
            }
        }
        if (digits == 0 || mantissa > MAX_EXACT_MANTISSA || fractionDigits >= POWERS_OF_TEN.length) {
            return slow(chars, length);
        }
        double value = fractionDigits == 0 ? mantissa : mantissa / POWERS_OF_TEN[fractionDigits];
        return negative ? -value : value;
    }

    private static double slow(char[] chars, int length) {
        return Double.parseDouble(new String(chars, 0, length));
    }
}
