package vn.ntp.warehouse.report;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The run report's values as text: a value of a query row read as text or number ({@code null} as "" or 0), and
 * counts, amounts, percentages and dates written the Vietnamese way ({@code 1.234}, {@code 37,5 %}, {@code 15/07/2024}).
 */
final class ReportText {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private ReportText() {
    }

    static String str(Object v) {
        return v == null ? "" : v.toString();
    }

    static long num(Object v) {
        return v instanceof Number n ? n.longValue() : 0;
    }

    static double dbl(Object v) {
        return v instanceof Number n ? n.doubleValue() : 0;
    }

    /** "Huyện Phong Thổ, Tỉnh Lai Châu": the parts that are not blank. */
    static String joinNonEmpty(String... parts) {
        return Arrays.stream(parts).filter(p -> p != null && !p.isBlank()).collect(Collectors.joining(", "));
    }

    static String day(Object v) {
        LocalDate d = v instanceof java.sql.Date sql ? sql.toLocalDate() : v instanceof LocalDate l ? l : null;
        return d == null ? "–" : DAY.format(d);
    }

    static String percent(double value) {
        return decimal(value, 1) + " %";
    }

    static String money(Object mvnd) {
        return mvnd == null ? "–" : decimal(dbl(mvnd), 0);
    }

    static String count(long value) {
        return format(value, "#,##0");
    }

    static String decimal(double value, int decimals) {
        return format(value, decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals));
    }

    private static String format(double value, String pattern) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        return new DecimalFormat(pattern, symbols).format(value);
    }
}
