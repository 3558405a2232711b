package vn.ntp.warehouse.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import vn.ntp.warehouse.lake.DuckDbMemory;

/**
 * The warehouse's write floor: every table of a built warehouse copied as it is into a new DuckDB file, with the
 * build's memory limit, then checkpointed. Whatever the models compute, a build writes at least these rows, so
 * the extractor alone plus this floor bounds a full run from below.
 */
final class WriteFloor {

    record Table(String name, long rows, double seconds) {
    }

    record Result(double seconds, long rows, List<Table> tables) {
    }

    private WriteFloor() {
    }

    static Result measure(Path warehouse, Path scratch) throws Exception {
        Files.deleteIfExists(scratch);
        Files.deleteIfExists(scratch.resolveSibling(scratch.getFileName() + ".wal"));
        List<Table> tables = new ArrayList<>();
        long start = System.nanoTime();
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:" + scratch); Statement s = db.createStatement()) {
            DuckDbMemory.bound(s);
            s.execute("ATTACH '" + warehouse.toAbsolutePath().toString().replace("'", "''") + "' AS built (READ_ONLY)");
            for (String[] t : builtTables(s)) {
                long tableStart = System.nanoTime();
                s.execute("CREATE TABLE main.\"" + t[0] + "\" AS SELECT * FROM built.main.\"" + t[0] + "\"");
                tables.add(new Table(t[0], Long.parseLong(t[1]), (System.nanoTime() - tableStart) / 1e9));
            }
            s.execute("DETACH built");
            s.execute("CHECKPOINT");
        } finally {
            Files.deleteIfExists(scratch);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        tables.sort((a, b) -> Double.compare(b.seconds(), a.seconds()));
        return new Result(seconds, tables.stream().mapToLong(Table::rows).sum(), tables);
    }

    private static List<String[]> builtTables(Statement s) throws SQLException {
        List<String[]> tables = new ArrayList<>();
        try (ResultSet rs = s.executeQuery("""
                select table_name, estimated_size from duckdb_tables()
                where database_name = 'built' and schema_name = 'main' order by table_name""")) {
            while (rs.next()) tables.add(new String[] {rs.getString(1), Long.toString(rs.getLong(2))});
        }
        return tables;
    }
}
