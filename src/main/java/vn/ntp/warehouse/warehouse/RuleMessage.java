package vn.ntp.warehouse.warehouse;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills a rule's message template: {@code {column}} takes the finding row's column (numbers — not text: cast a year or a code to varchar — written
 * as the reader of the message writes them: 10.618,5 in Vietnamese, 10,618.5 in English, at most two
 * decimals), {@code {param}} a rule parameter, {@code {cell}} the sheet and cell ("Biểu 01!C12"),
 * {@code {where}} the same followed by ": " (nothing when the finding has neither), {@code {diff}} the
 * absolute difference of actual and expected.
 */
final class RuleMessage {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_][a-z0-9_]*)}");

    private RuleMessage() {
    }

    static String fill(String template, Map<String, Object> row, Map<String, String> params, boolean vietnamese) {
        Matcher placeholder = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (placeholder.find()) {
            placeholder.appendReplacement(out, Matcher.quoteReplacement(value(placeholder.group(1), row, params, vietnamese)));
        }
        placeholder.appendTail(out);
        return out.toString().strip();
    }

    private static String value(String name, Map<String, Object> row, Map<String, String> params, boolean vietnamese) {
        if (name.equals("cell")) {
            return cell(row);
        }
        if (name.equals("where")) {
            String cell = cell(row);
            return cell.isEmpty() ? "" : cell + ": ";
        }
        if (name.equals("diff")) {
            BigDecimal expected = number(row.get("expected"));
            BigDecimal actual = number(row.get("actual"));
            return expected == null || actual == null ? "" : display(actual.subtract(expected).abs(), vietnamese);
        }
        if (row.containsKey(name)) {
            Object value = row.get(name);
            BigDecimal number = number(value);
            return number != null ? display(number, vietnamese) : value == null ? "" : value.toString();
        }
        if (params.containsKey(name)) {
            String param = params.get(name);
            return param.matches("-?[0-9]+(\\.[0-9]+)?") ? display(new BigDecimal(param), vietnamese) : param;
        }
        return "{" + name + "}";
    }

    static String cell(Map<String, Object> row) {
        Object sheet = row.get("sheet");
        Object cell = row.get("cell_ref");
        if (sheet != null && cell != null) {
            return sheet + "!" + cell;
        }
        return sheet != null ? sheet.toString() : cell != null ? cell.toString() : "";
    }

    /** Plain text for dq_issue.expected/actual: '.' decimal point, no grouping, at most 6 decimals. */
    static String plain(Object value) {
        BigDecimal number = number(value);
        if (number != null) {
            BigDecimal rounded = number.setScale(Math.min(6, Math.max(0, number.scale())), RoundingMode.HALF_UP).stripTrailingZeros();
            return rounded.scale() < 0 ? rounded.setScale(0).toPlainString() : rounded.toPlainString();
        }
        return value == null ? null : value.toString();
    }

    static String display(BigDecimal value, boolean vietnamese) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
        symbols.setGroupingSeparator(vietnamese ? '.' : ',');
        symbols.setDecimalSeparator(vietnamese ? ',' : '.');
        symbols.setMinusSign('-');
        DecimalFormat format = new DecimalFormat("#,##0.##", symbols);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }

    private static BigDecimal number(Object value) {
        if (value instanceof BigDecimal d) {
            return d;
        }
        if (value instanceof Double d) {
            return d.isNaN() || d.isInfinite() ? null : BigDecimal.valueOf(d);
        }
        if (value instanceof Float f) {
            return BigDecimal.valueOf(f.doubleValue());
        }
        if (value instanceof Number n) {
            return new BigDecimal(n.toString());
        }
        return null;
    }
}
