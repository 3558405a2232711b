package vn.ntp.warehouse.extract.workbook;

import java.util.regex.Pattern;

/**
 * The codes of an Excel number format without its literal parts: quoted text ({@code "đ"}), bracketed colours,
 * locales and conditions ({@code [Red]}, {@code [$-42A]}, {@code [<=9999]}, {@code [h]}), escaped characters
 * ({@code \-}, {@code \m}), padding ({@code _(}) and fills ({@code *-}). What is left says what the format
 * shows: date parts, digits, decimals.
 */
public final class NumberFormatText {
    private static final Pattern LITERAL = Pattern.compile("\"[^\"]*\"|\\[[^]]*]|\\\\.|_.|\\*.");

    private NumberFormatText() {
    }

    /** {@code #,##0.00_);[Red]\(#,##0.00\)} → {@code #,##0.00;#,##0.00}; {@code [$-42A]dd/mm/yyyy} → {@code dd/mm/yyyy}. */
    public static String codes(String format) {
        return LITERAL.matcher(format).replaceAll("");
    }
}
