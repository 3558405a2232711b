package vn.ntp.warehouse.extract.workbook;

/**
 * Parses the decimal text of a {@code <v>} element without creating a String. Decimals of up to
 * 15-16 significant digits, with or without an exponent ({@code 1.2345678E7} is how POI writes
 * 12345678), take the exact fast path: an integer mantissa below 2^53 multiplied or divided by an
 * exact power of ten (at most 10^22) is one correctly rounded operation, so the result equals
 * {@link Double#parseDouble} (Clinger's fast path). Anything else goes to the JDK.
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
            } else if ((c == 'E' || c == 'e') && digits > 0) {
                break;
            } else {
                return slow(chars, length);
            }
        }
        int exponent = 0;
        if (i < length) {
            exponent = exponent(chars, i + 1, length);
            if (exponent == Integer.MIN_VALUE) return slow(chars, length);
        }
        int scale = exponent - fractionDigits;
        if (digits == 0 || mantissa > MAX_EXACT_MANTISSA || scale >= POWERS_OF_TEN.length || -scale >= POWERS_OF_TEN.length) {
            return slow(chars, length);
        }
        double value = scale == 0 ? mantissa : scale > 0 ? mantissa * POWERS_OF_TEN[scale] : mantissa / POWERS_OF_TEN[-scale];
        return negative ? -value : value;
    }

    /** The exponent after the E, or MIN_VALUE when it is malformed or beyond the fast path. */
    private static int exponent(char[] chars, int from, int length) {
        int i = from;
        boolean negative = false;
        if (i < length && (chars[i] == '-' || chars[i] == '+')) {
            negative = chars[i] == '-';
            i++;
        }
        if (i == length || length - i > 3) return Integer.MIN_VALUE;
        int exponent = 0;
        for (; i < length; i++) {
            char c = chars[i];
            if (c < '0' || c > '9') return Integer.MIN_VALUE;
            exponent = exponent * 10 + (c - '0');
        }
        return negative ? -exponent : exponent;
    }

    private static double slow(char[] chars, int length) {
        return Double.parseDouble(new String(chars, 0, length));
    }
}
