package vn.ntp.warehouse.warehouse;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A cross-submission rule, a {@code stage: warehouse} entry of the findings catalogue: its query
 * {@code sql/rules/<code>.sql} returns one row per checked figure (at least {@code submission_id,
 * unit_code, project_code, sheet, cell_ref, expected, actual}); the missing-value policy drops or
 * zero-fills rows by their inputs, then {@code condition} (SQL over the row's columns, {@code ${param}}
 * placeholders filled from {@code params}) keeps the violations. Severity and messages stay in the
 * catalogue: {@code dq_issue} joins them. {@code readsPreviousYear}: the rule compares a year with the
 * year before (an incremental build then gives it the published rows of the previous year); every other
 * rule sees one program and year at a time.
 */
public record WarehouseRule(String code, MissingPolicy missing, List<String> inputs,
                            Map<String, String> params, String condition, boolean readsPreviousYear) {

    public static final List<String> DEFAULT_INPUTS = List.of("expected", "actual");

    public WarehouseRule {
        if (code == null || !code.matches("[A-Z][A-Z0-9_]*")) {
            throw new IllegalArgumentException("a rule code is upper case letters, digits and _: " + code);
        }
        if (condition == null || condition.isBlank()) {
            throw new IllegalArgumentException(code + ": condition is missing");
        }
        inputs = inputs == null || inputs.isEmpty() ? DEFAULT_INPUTS : List.copyOf(inputs);
        // in the order declared: the findings' params JSON is then the same text on every run (Map.copyOf's
        // iteration order changes from one JVM to the next)
        params = params == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    public WarehouseRule withMissing(MissingPolicy policy) {
        return new WarehouseRule(code, policy, inputs, params, condition, readsPreviousYear);
    }
}
