package vn.ntp.warehouse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.ntp.warehouse.warehouse.ReadOnlyWarehouse;
import vn.ntp.warehouse.warehouse.WarehouseBuilder;

/**
 * Issue 16.6: the warehouse holds no absolute path. A home folder moved elsewhere answers every view
 * and table as before (the staging views read the lake relative to the database file), nothing in the
 * file names the old place, and the next run over the moved home rebuilds nothing.
 */
class MovedHomeTest {
    @TempDir
    Path tmp;

    @Test
    void aMovedHomeAnswersEveryViewAndNamesNoOldPath() throws Exception {
        Path before = tmp.resolve("old-place/home");
        assertThat(CommandLineTest.ntp("demo", "--home", before.toString()).exit()).isZero();
        Map<String, Long> counts = counts(before);
        assertThat(counts).containsKeys("stg_budget", "stg_submission", "missing_submissions", "mart_disbursement_successor");
        assertThat(counts.get("stg_submission")).isEqualTo(10);
        assertThat(counts.get("stg_budget") + counts.get("stg_households") + counts.get("stg_deprivation") + counts.get("stg_output"))
                .isEqualTo(920); // every value read from the sample's cells

        Path after = tmp.resolve("new-place/moved-home");
        Files.createDirectories(after.getParent());
        Files.move(before, after);
        Files.delete(before.getParent());
        assertThat(counts(after)).isEqualTo(counts);
        try (Connection c = ReadOnlyWarehouse.open(after.resolve("warehouse.duckdb")); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select view_name, sql from duckdb_views() where not internal")) {
            while (rs.next()) assertThat(rs.getString(2)).as(rs.getString(1)).doesNotContain(tmp.toString());
        }
        CommandLineTest.Printed query = CommandLineTest.ntp("query", "--home", after.toString(), "select count(*) as n from stg_submission");
        assertThat(query.out()).isEqualTo("n\n10\n");
        // the moved home keeps working: the next run over it takes nothing again and rebuilds nothing
        CommandLineTest.Printed again = CommandLineTest.ntp("demo", "--home", after.toString());
        assertThat(again.exit()).isZero();
        assertThat(again.out()).contains("0 tệp mới cần đọc; 10 tệp đã nạp trước đây");
        assertThat(counts(after)).isEqualTo(counts);
    }

    /** Rows of every table and view, through the read-only connection analysts and the commands use. */
    private static Map<String, Long> counts(Path home) throws Exception {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection c = ReadOnlyWarehouse.open(home.resolve("warehouse.duckdb")); Statement s = c.createStatement()) {
            List<String> names = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("select table_name from information_schema.tables order by 1")) {
                while (rs.next()) names.add(rs.getString(1));
            }
            for (String name : names) {
                try (ResultSet rs = s.executeQuery("select count(*) from \"" + name + "\"")) {
                    rs.next();
                    counts.put(name, rs.getLong(1));
                }
            }
        }
        return counts;
    }
}
