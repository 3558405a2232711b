package vn.ntp.warehouse.warehouse;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How a warehouse rule treats missing (null) inputs, as validation engines do: skip the check when
 * any input is missing, skip it only when all are missing (the others count as zero), or count
 * every missing input as zero. The inputs are the rule's {@code expected} and {@code actual}
 * columns unless the rule names others.
 */
public enum MissingPolicy {
    SKIP_IF_ANY_MISSING,
    SKIP_IF_ALL_MISSING,
    MISSING_AS_ZERO;

    /** The name used in the YAML: {@code skip_if_any_missing}, {@code skip_if_all_missing}, {@code missing_as_zero}. */
    public String yamlName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static MissingPolicy fromYaml(String text) {
        if (text == null || text.isBlank()) {
            return SKIP_IF_ANY_MISSING;
        }
        for (MissingPolicy policy : values()) {
            if (policy.yamlName().equals(text.strip().toLowerCase(Locale.ROOT))) {
                return policy;
            }
        }
        throw new IllegalArgumentException("unknown missing-value policy '" + text
                + "' (skip_if_any_missing, skip_if_all_missing or missing_as_zero)");
    }

    /** A SQL condition that keeps the rows this policy checks. */
    String keepCondition(List<String> inputs) {
        return switch (this) {
            case SKIP_IF_ANY_MISSING -> inputs.stream().map(c -> c + " is not null").collect(Collectors.joining(" and "));
            case SKIP_IF_ALL_MISSING -> "(" + inputs.stream().map(c -> c + " is not null").collect(Collectors.joining(" or ")) + ")";
            case MISSING_AS_ZERO -> "true";
        };
    }

    /** A {@code * replace (...)} clause that turns missing inputs into zero, or "" when none are kept missing. */
    String replaceClause(List<String> inputs) {
        if (this == SKIP_IF_ANY_MISSING) {
            return "";
        }
        return " replace (" + inputs.stream().map(c -> "coalesce(" + c + ", 0) as " + c).collect(Collectors.joining(", ")) + ")";
    }
}
