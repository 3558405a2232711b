package vn.ntp.warehouse.extract;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Rates as the forms state them: percent with two decimals, recomputed from counts, never averaged. */
public final class Percent {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Percent() {
    }

    /** 100 × part / whole rounded half-up to 2 decimals; null when either is missing or the whole is 0. */
    public static BigDecimal of(BigDecimal part, BigDecimal whole) {
        if (part == null || whole == null || whole.signum() == 0) return null;
        return part.multiply(HUNDRED).divide(whole, 2, RoundingMode.HALF_UP);
    }

    public static boolean outOfRange(BigDecimal pct) {
        return pct != null && (pct.signum() < 0 || pct.compareTo(HUNDRED) > 0);
    }

    /** A number for a finding: plain digits, '.' as the decimal point, no trailing zeros. */
    public static String plain(BigDecimal v) {
        return v == null ? "" : v.stripTrailingZeros().toPlainString();
    }
}
