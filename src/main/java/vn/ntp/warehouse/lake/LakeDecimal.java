package vn.ntp.warehouse.lake;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The lake keeps figures as {@code decimal(18, 6)}: six decimals of a million đồng (one đồng), of a household
 * count or of a percentage. A figure read with more (a formula's 1234.56789012345, a đồng amount with a fraction)
 * is rounded half up to them as its row is made, never refused; what the cell said stays in {@code original_text}.
 */
public final class LakeDecimal {
    public static final int SCALE = 6;
    private static final BigDecimal LIMIT = BigDecimal.TEN.pow(18 - SCALE);

    private LakeDecimal() {
    }

    /** Whether a figure fits {@code decimal(18, 6)}: less than a million million in absolute value. */
    public static boolean fits(BigDecimal value) {
        return value == null || value.abs().compareTo(LIMIT) < 0;
    }

    public static BigDecimal of(BigDecimal value) {
        return value == null || value.scale() <= SCALE ? value : value.setScale(SCALE, RoundingMode.HALF_UP);
    }
}
