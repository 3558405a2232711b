package vn.ntp.warehouse.validate;

import vn.ntp.warehouse.config.YamlConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.ntp.warehouse.extract.Finding;

/**
 * Severity, tolerance and the Vietnamese and English messages of each check, from
 * {@code jobs/rules/checks.yaml}. A rule code the file does not know is a programming error.
 */
public final class CheckCatalog {

    public record Check(String code, String severity, BigDecimal tolerance, String messageVi, String messageEn) {
    }

    private record File(List<Check> checks) {
    }

    /** A finding with its severity and messages filled in. */
    public record Rendered(String severity, String messageVi, String messageEn) {
    }

    private final Map<String, Check> byCode;
    private final ExpectedSeason season;

    private CheckCatalog(Map<String, Check> byCode, ExpectedSeason season) {
        this.byCode = byCode;
        this.season = season;
    }

    /** The reporting season a run expects ({@code season.yaml} beside {@code checks.yaml}; any when absent). */
    public ExpectedSeason season() {
        return season;
    }

    public static CheckCatalog load(Path rulesDir) {
        try {
            File file = YamlConfig.read(rulesDir.resolve("checks.yaml"), File.class);
            Map<String, Check> map = new LinkedHashMap<>();
            file.checks().forEach(c -> map.put(c.code(), c));
            return new CheckCatalog(map, ExpectedSeason.load(rulesDir));
        } catch (RuntimeException e) {
            throw new UncheckedIOException(new IOException("Cannot read " + rulesDir.resolve("checks.yaml") + ": " + e.getMessage(), e));
        }
    }

    public Check check(String code) {
        Check c = byCode.get(code);
        if (c == null) throw new IllegalArgumentException("Unknown check " + code + " (add it to jobs/rules/checks.yaml)");
        return c;
    }

    public BigDecimal tolerance(String code) {
        return check(code).tolerance();
    }

    public List<Check> all() {
        return List.copyOf(byCode.values());
    }

    public Rendered render(Finding f) {
        Check c = check(f.ruleCode());
        return new Rendered(c.severity(), fill(c.messageVi(), f, true), fill(c.messageEn(), f, false));
    }

    private static String fill(String template, Finding f, boolean vietnamese) {
        String expected = number(f.expected(), vietnamese);
        String actual = number(f.actual(), vietnamese);
        String diff = "";
        try {
            diff = number(new BigDecimal(f.actual()).subtract(new BigDecimal(f.expected())).abs().toPlainString(), vietnamese);
        } catch (RuntimeException notNumbers) {
            // diff only applies to numeric findings
        }
        // a quoted placeholder is text as the sender typed it ("1.234"), an unquoted one a number to format
        return template.replace("\"{actual}\"", "\"" + nullToEmpty(f.actual()) + "\"")
                .replace("\"{expected}\"", "\"" + nullToEmpty(f.expected()) + "\"")
                .replace("{cell}", f.location())
                .replace("{label}", f.label() == null ? "" : f.label())
                .replace("{expected}", expected)
                .replace("{actual}", actual)
                .replace("{diff}", diff);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    /** Numbers in messages as the reader of the message writes them: 10.618 or 2,5 in Vietnamese. */
    static String number(String plain, boolean vietnamese) {
        if (plain == null || plain.isEmpty()) return "";
        BigDecimal value;
        try {
            value = new BigDecimal(plain);
        } catch (NumberFormatException text) {
            return plain;
        }
        java.text.DecimalFormatSymbols symbols = new java.text.DecimalFormatSymbols(java.util.Locale.ROOT);
        symbols.setGroupingSeparator(vietnamese ? '.' : ',');
        symbols.setDecimalSeparator(vietnamese ? ',' : '.');
        java.text.DecimalFormat format = new java.text.DecimalFormat("#,##0.######", symbols);
        return format.format(value);
    }
}
