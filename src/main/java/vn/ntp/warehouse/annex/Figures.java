package vn.ntp.warehouse.annex;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Leaf values summed by the line and column of the form they belong on. */
final class Figures {
    private final Map<String, Map<String, BigDecimal>> values = new HashMap<>();

    /** Sums rows into (line, column); a row whose column is null does not belong on the form. */
    static Figures of(List<LineageRow> rows, Function<LineageRow, String> line, Function<LineageRow, String> column) {
        Figures figures = new Figures();
        for (LineageRow row : rows) {
            String l = line.apply(row);
            String c = column.apply(row);
            if (l == null || c == null || row.value() == null) continue;
            figures.values.computeIfAbsent(l, k -> new HashMap<>()).merge(c, row.value(), BigDecimal::add);
        }
        return figures;
    }

    BigDecimal get(String line, String column) {
        Map<String, BigDecimal> row = values.get(line);
        return row == null ? null : row.get(column);
    }

    boolean hasLine(String line) {
        return values.containsKey(line);
    }

    boolean anyFraction() {
        return values.values().stream().flatMap(m -> m.values().stream())
                .anyMatch(v -> v.stripTrailingZeros().scale() > 0);
    }
}
