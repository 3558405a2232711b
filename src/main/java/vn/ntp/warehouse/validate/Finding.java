package vn.ntp.warehouse.validate;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * A finding as it is found and kept: the code of a {@link FindingCatalogue} entry, where (sheet and
 * cell), the line's label, the project, the expected and actual values, and any other values the
 * code's messages name ({@code params}). Numbers are plain text ('.' decimal point, no grouping),
 * in the sheet's own unit so that the sender recognises them. No severity and no message: those
 * come from the catalogue whenever the finding is shown ({@link FindingCatalogue#render}).
 */
public record Finding(String ruleCode, String sheet, String cellRef, String label,
                      String projectCode, String expected, String actual, Map<String, String> params) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public Finding {
        params = params == null || params.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    public Finding(String ruleCode, String sheet, String cellRef, String label, String projectCode,
                   String expected, String actual) {
        this(ruleCode, sheet, cellRef, label, projectCode, expected, actual, Map.of());
    }

    public static Finding of(String ruleCode, String sheet, String cellRef, String actual) {
        return new Finding(ruleCode, sheet, cellRef, "", null, "", actual);
    }

    /** A finding about a whole file or a sheet's problem, with nothing but its parameters. */
    public static Finding about(String ruleCode, String expected, String actual) {
        return new Finding(ruleCode, "", "", "", null, expected, actual);
    }

    /** The same finding with one more parameter for its messages ({@code {name}}). */
    public Finding with(String name, Object value) {
        Map<String, String> more = new LinkedHashMap<>(params);
        more.put(name, value == null ? "" : value.toString());
        return new Finding(ruleCode, sheet, cellRef, label, projectCode, expected, actual, more);
    }

    /** The parameters as a JSON object of text (what the lake and the warehouse keep), null when there are none. */
    public String paramsJson() {
        return paramsJson(params);
    }

    public static String paramsJson(Map<String, String> params) {
        return params.isEmpty() ? null : JSON.writeValueAsString(params);
    }

    /** Parameters read back from {@link #paramsJson()}. */
    public static Map<String, String> paramsFromJson(String json) {
        if (json == null || json.isBlank()) return Map.of();
        Map<String, String> out = new LinkedHashMap<>();
        JSON.readValue(json, Map.class).forEach((k, v) -> out.put(String.valueOf(k), v == null ? null : String.valueOf(v)));
        return out;
    }

    /**
     * A finding about a whole file as one JSON object, {@code {"code", "expected", "actual", "params"}} (the
     * ledger's reason_finding: why a file was refused or not loaded; the warehouse renders it from the catalogue).
     */
    public String toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("code", ruleCode);
        if (expected != null && !expected.isEmpty()) json.put("expected", expected);
        if (actual != null && !actual.isEmpty()) json.put("actual", actual);
        if (!params.isEmpty()) json.put("params", params);
        return JSON.writeValueAsString(json);
    }

    /** A finding read back from {@link #toJson()}. */
    public static Finding fromJson(String json) {
        Map<?, ?> read = JSON.readValue(json, Map.class);
        Map<String, String> params = new LinkedHashMap<>();
        if (read.get("params") instanceof Map<?, ?> p) p.forEach((k, v) -> params.put(String.valueOf(k), v == null ? null : String.valueOf(v)));
        return new Finding(String.valueOf(read.get("code")), "", "", "", null, text(read.get("expected")), text(read.get("actual")), params);
    }

    private static String text(Object value) {
        return value == null ? "" : String.valueOf(value);
    }

    /** {@code Biểu 01!H14}, or the sheet alone when the finding has no cell. */
    public String location() {
        return location(sheet, cellRef);
    }

    public static String location(String sheet, String cellRef) {
        if (sheet == null || sheet.isEmpty()) return cellRef == null ? "" : cellRef;
        return cellRef == null || cellRef.isEmpty() ? sheet : sheet + "!" + cellRef;
    }
}
