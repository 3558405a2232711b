package vn.ntp.warehouse.validate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills a catalogue message with a finding's values, in one pass: {@code "{actual}"} and
 * {@code "{expected}"} in quotes are the text as typed; {@code {cell}} the place (Biểu 01!C12),
 * {@code {where}} the place and ": " (nothing without a place), {@code {label}} the line,
 * {@code {diff}} |actual − expected|, {@code {expected}}, {@code {actual}} and every parameter
 * {@code {name}} as numbers when they are numbers ({@code {name:text}}: as it is, for a year or a
 * code); an unknown name stays as written. The warehouse
 * renders dq_issue with the same rules in SQL ({@code sql/05_findings/dq_issue.sql});
 * {@code FindingCatalogueTest} holds the two to the same text.
 */
public final class MessageTemplate {

    private static final Pattern TOKEN = Pattern.compile("\"\\{(actual|expected)}\"|\\{([a-z_][a-z0-9_]*)(:text)?}");
    /** A number a message writes as a number: plain digits, at most 27 before the point (what SQL's decimal holds). */
    private static final Pattern NUMBER = Pattern.compile("-?[0-9]{1,27}(\\.[0-9]+)?");
    /** Decimals a number keeps in a message (a figure typed with more is rounded half up). */
    public static final int MAX_DECIMALS = 6;

    private MessageTemplate() {
    }

    public static String fill(String template, Finding f, boolean vietnamese) {
        Matcher token = TOKEN.matcher(template);
        StringBuilder out = new StringBuilder();
        while (token.find()) {
            String value = token.group(1) != null
                    ? "\"" + nullToEmpty(token.group(1).equals("actual") ? f.actual() : f.expected()) + "\""
                    : token.group(3) != null ? text(token.group(2), f) : value(token.group(2), f, vietnamese);
            token.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        token.appendTail(out);
        return out.toString().strip();
    }

    private static String value(String name, Finding f, boolean vietnamese) {
        return switch (name) {
            case "cell" -> f.location();
            case "where" -> f.location().isEmpty() ? "" : f.location() + ": ";
            case "label" -> nullToEmpty(f.label());
            case "diff" -> isNumber(f.actual()) && isNumber(f.expected())
                    ? number(new BigDecimal(f.actual()).subtract(new BigDecimal(f.expected())).abs().toPlainString(), vietnamese)
                    : "";
            case "expected" -> number(f.expected(), vietnamese);
            case "actual" -> number(f.actual(), vietnamese);
            default -> f.params().containsKey(name) ? number(f.params().get(name), vietnamese) : "{" + name + "}";
        };
    }

    /** {@code {name:text}}: the value as it is, never formatted as a number (a year, a code). */
    private static String text(String name, Finding f) {
        return switch (name) {
            case "expected" -> nullToEmpty(f.expected());
            case "actual" -> nullToEmpty(f.actual());
            case "label" -> nullToEmpty(f.label());
            default -> f.params().containsKey(name) ? nullToEmpty(f.params().get(name)) : "{" + name + ":text}";
        };
    }

    static boolean isNumber(String text) {
        return text != null && NUMBER.matcher(text).matches();
    }

    /**
     * The one number format of messages: a plain number ('.' decimal point) as its reader writes it,
     * 10.618,5 in Vietnamese and 10,618.5 in English, at most {@link #MAX_DECIMALS} decimals (half up),
     * no trailing zeros; anything else (text, a date, "0-100") unchanged, null as nothing.
     */
    public static String number(String plain, boolean vietnamese) {
        if (plain == null) return "";
        if (!isNumber(plain)) return plain;
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
        symbols.setGroupingSeparator(vietnamese ? '.' : ',');
        symbols.setDecimalSeparator(vietnamese ? ',' : '.');
        symbols.setMinusSign('-');
        DecimalFormat format = new DecimalFormat("#,##0." + "#".repeat(MAX_DECIMALS), symbols);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(new BigDecimal(plain));
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
