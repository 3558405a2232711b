package vn.ntp.warehouse.extract;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.OptionalInt;

import vn.ntp.warehouse.extract.workbook.Cell;
import vn.ntp.warehouse.extract.workbook.CellKind;
import vn.ntp.warehouse.extract.workbook.CellStyle;
import vn.ntp.warehouse.extract.workbook.NumberFormatText;
import vn.ntp.warehouse.text.Memo;

/**
 * Rounding-aware reconciliation: a stated figure (a total row, a project row, a "Tổng số" column, a stated
 * rate) is compared at the precision it is written with. It differs from what its parts give when the gap is
 * more than half a unit of the last decimal it is written with — the decimals typed (as text, or as the number
 * itself: 5,9 is one decimal even in a {@code 0.00} cell), at most those its number format shows (a formula's
 * 28,2766 shown by {@code #,##0.00} as 28,28 has two; "General" shows the value's own) — and more than the
 * catalogue's tolerance for its code, which is only a floor for floating-point noise. 5.292,19 stated for parts
 * adding up to 5.292,024 is off by 0,166 (more than 0,005); 1.234,5 stated for 1.234,46 is right (within 0,05).
 */
public final class ShownPrecision {
    private static final BigDecimal HALF = new BigDecimal("0.5");
    /** Decimals kept when a recomputed rate is compared (its display keeps two). */
    public static final int EXACT_SCALE = 10;
    /** A season's workbooks share a handful of number formats; each number read asks about its own. */
    private static final Memo<OptionalInt> FORMAT_DECIMALS = new Memo<>(ShownPrecision::decimalsOf, 4096);

    private ShownPrecision() {
    }

    /** Half a unit of the last decimal the cell shows of {@code value} (the number read from it, in the sheet's unit). */
    public static BigDecimal halfUnit(Cell cell, BigDecimal value) {
        int decimals;
        if (cell == null || value == null) {
            decimals = 0;
        } else if (cell.kind() == CellKind.TEXT) {
            decimals = Math.max(0, value.scale());
        } else {
            // as typed (5.9 in a 0.00 cell was written with one decimal), at most what the format shows (28.2766 as 28.28)
            int own = Math.max(0, value.stripTrailingZeros().scale());
            decimals = Math.min(own, formatDecimals(cell.style()).orElse(own));
        }
        return HALF.movePointLeft(decimals);
    }

    /**
     * True when {@code stated} (shown to {@code halfUnit}) cannot be a rounding of {@code recomputed}: the gap is
     * more than half its last unit, and more than {@code floor}.
     */
    public static boolean differs(BigDecimal stated, BigDecimal halfUnit, BigDecimal recomputed, BigDecimal floor) {
        if (stated == null || recomputed == null) return false;
        BigDecimal gap = stated.subtract(recomputed).abs();
        return gap.compareTo(halfUnit.max(floor)) > 0;
    }

    /** 100 × part / whole, to {@link #EXACT_SCALE} decimals: what a stated rate is compared with. */
    public static BigDecimal exactPercent(BigDecimal part, BigDecimal whole) {
        if (part == null || whole == null || whole.signum() == 0) return null;
        return part.multiply(BigDecimal.valueOf(100)).divide(whole, EXACT_SCALE, RoundingMode.HALF_UP);
    }

    /**
     * The decimals a number format shows: {@code 0.00}, {@code #,##0.0}, {@code 0.00%} (of the percentage); empty
     * for "General", a format without digits and a scientific one (then the value's own decimals count).
     */
    static OptionalInt formatDecimals(CellStyle style) {
        String format = style == null ? null : style.numFmt();
        if (format == null || format.isBlank() || format.equalsIgnoreCase("General")) return builtIn(style == null ? 0 : style.numFmtId());
        return FORMAT_DECIMALS.apply(format);
    }

    private static OptionalInt decimalsOf(String format) {
        String section = NumberFormatText.codes(format).split(";", -1)[0];
        if (section.equalsIgnoreCase("General") || section.toUpperCase(java.util.Locale.ROOT).contains("E+")
                || section.chars().noneMatch(ch -> ch == '0' || ch == '#' || ch == '?')) {
            return OptionalInt.empty();
        }
        int dot = section.indexOf('.');
        if (dot < 0) return OptionalInt.of(0);
        int decimals = 0;
        for (int i = dot + 1; i < section.length() && "0#?".indexOf(section.charAt(i)) >= 0; i++) decimals++;
        return OptionalInt.of(decimals);
    }

    /** Excel's built-in number formats without a format string in the file. */
    private static OptionalInt builtIn(int id) {
        return switch (id) {
            case 1, 3, 9, 37, 38 -> OptionalInt.of(0);
            case 2, 4, 10, 39, 40 -> OptionalInt.of(2);
            default -> OptionalInt.empty();
        };
    }
}
