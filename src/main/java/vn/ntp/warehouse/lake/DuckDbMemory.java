package vn.ntp.warehouse.lake;

import java.sql.SQLException;
import java.sql.Statement;

/**
 * DuckDB's memory is native, beside the JVM's heap (-Xmx1g): without a limit a connection may take 80 % of the
 * machine's memory. 1 GB holds a national season's compaction and build (DuckDB spills to disk beyond that).
 */
public final class DuckDbMemory {
    static final String LIMIT = "1GB";

    private DuckDbMemory() {
    }

    /** Bounds the memory of the statement's connection. */
    public static void bound(Statement statement) throws SQLException {
        statement.execute("SET memory_limit = '" + LIMIT + "'");
    }
}
