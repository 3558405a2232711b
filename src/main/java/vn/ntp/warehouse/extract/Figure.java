package vn.ntp.warehouse.extract;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;

/**
 * One figure a sheet reader read, form-neutral: the lake dataset of its family, the form code of its sheet, the
 * family's key values (in the order the dataset declares its {@code key} columns in
 * {@code lake/figure-datasets.yaml}; null where the line has none), the measure and its value (money in million
 * VND, rates in percent, counts as counted), and its lineage: what the cell said, the unit it was stated in, the
 * sheet, the cell and the 1-based row number. Who reported it and for which period is the file's identity
 * ({@link ExtractedAnnex#identity()}); the lake writer stamps that, the submission and the batch as it writes.
 *
 * <p>The lake keeps values as {@code decimal(18, 6)}: six decimals of a million đồng (one đồng), of a count or
 * of a percentage. A value read with more (a formula's 1234.56789012345) is rounded half up to them here, never
 * refused; one too large for it is a NUMBER_OUT_OF_RANGE finding, never a figure ({@link #fits}).
 */
public record Figure(String dataset, String form, List<String> keys, String measure, BigDecimal value,
                     String originalText, String originalUnit, String sheet, String cellRef, int rowNumber) {

    public static final int SCALE = 6;
    private static final BigDecimal LIMIT = BigDecimal.TEN.pow(18 - SCALE);

    public Figure {
        if (value != null && value.scale() > SCALE) value = value.setScale(SCALE, RoundingMode.HALF_UP);
    }

    /** The key values as the reader has them, nulls allowed. */
    public static List<String> keys(String... values) {
        return Arrays.asList(values);
    }

    /** The i-th key value. */
    public String key(int i) {
        return keys.get(i);
    }

    /** Whether a value fits {@code decimal(18, 6)}: less than a million million in absolute value. */
    public static boolean fits(BigDecimal value) {
        return value == null || value.abs().compareTo(LIMIT) < 0;
    }
}
