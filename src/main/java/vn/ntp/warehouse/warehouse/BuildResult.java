package vn.ntp.warehouse.warehouse;

import java.nio.file.Path;
import java.util.Map;

/** A published warehouse file and the row count of each of its tables, by table name. */
public record BuildResult(Path warehouseFile, Map<String, Long> tableRowCounts) {

    public BuildResult {
        tableRowCounts = Map.copyOf(tableRowCounts);
    }

    /** Rows in a table, or -1 when the warehouse has no such table. */
    public long rowCount(String table) {
        return tableRowCounts.getOrDefault(table, -1L);
    }
}
