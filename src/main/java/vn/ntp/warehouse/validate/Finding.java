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

    /** {@code Biểu 01!H14}, or the sheet alone when the finding has no cell. */
    public String location() {
        return location(sheet, cellRef);
    }

    public static String location(String sheet, String cellRef) {
        if (sheet == null || sheet.isEmpty()) return cellRef == null ? "" : cellRef;
        return cellRef == null || cellRef.isEmpty() ? sheet : sheet + "!" + cellRef;
    }
}
