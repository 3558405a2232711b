package vn.ntp.warehouse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.ntp.warehouse.warehouse.ReadOnlyWarehouse;
import vn.ntp.warehouse.warehouse.WarehouseBuilder;

/**
 * Issue 16.4: timeliness is measured from when the warehouse received a file — the inbox's receipt
 * record, else the time intake first listed it — never from the file's modification time. The shipped
 * sample, copied as a fresh clone would have it (every file modified "now", long after the 2024
 * deadline), gives what jobs/sample-inbox.EXPECTED.md says: 3 of 8 districts, 3 on time.
 */
class TimelinessTest {
    @TempDir
    Path tmp;

    @Test
    void theSampleIsOnTimeOnAnyCloneAndAnUnrecordedFileIsReceivedWhenIntakeFirstSeesIt() throws Exception {
        Path inbox = Files.createDirectories(tmp.resolve("inbox"));
        try (Stream<Path> files = Files.list(Path.of("jobs", "sample-inbox"))) {
            for (Path f : files.toList()) {
                Path copy = Files.copy(f, inbox.resolve(f.getFileName()));
                Files.setLastModifiedTime(copy, FileTime.from(Instant.now())); // as a checkout leaves them
            }
        }
        // a file the receipt record does not list: received when intake lists it
        Files.move(inbox.resolve("sin-ho-bieu01-2024-6t.xls"), inbox.resolve("sin-ho-gui-lai.xls"));
        Files.setLastModifiedTime(inbox.resolve("sin-ho-gui-lai.xls"), FileTime.from(Instant.parse("2024-07-01T00:00:00Z")));
        Instant before = Instant.now();
        CommandLineTest.Printed run = CommandLineTest.ntp("run", "--home", tmp.resolve("home").toString(), "--inbox", inbox.toString());
        assertThat(run.exit()).as(run.out() + run.err()).isZero();
        Instant after = Instant.now();

        try (Connection c = ReadOnlyWarehouse.open(tmp.resolve("home/warehouse.duckdb")); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("""
                    select expected_units, received_units, on_time_units from mart_completeness
                    where program_code = 'GNBV' and form_code = '01' and period_label = '6 tháng đầu năm 2024' and province_code = '12'""")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getLong(1)).isEqualTo(8);
                assertThat(rs.getLong(2)).isEqualTo(3);
                assertThat(rs.getLong(3)).as("Tam Đường and Phong Thổ by their receipts; Sìn Hồ received today, late").isEqualTo(2);
                assertThat(rs.next()).isFalse();
            }
            try (ResultSet rs = s.executeQuery("""
                    select source_file, epoch_ms(first_seen_at) from submission order by source_file""")) {
                while (rs.next()) {
                    Instant firstSeen = Instant.ofEpochMilli(rs.getLong(2));
                    if (rs.getString(1).equals("sin-ho-gui-lai.xls")) {
                        assertThat(firstSeen).isBetween(before, after);
                    } else if (rs.getString(1).equals("phong-tho-bieu01-2024-6t.xlsx")) {
                        assertThat(firstSeen).isEqualTo(Instant.parse("2024-07-05T02:15:00Z"));
                    } else {
                        assertThat(firstSeen).isBefore(Instant.parse("2024-07-10T00:00:00Z"));
                    }
                }
            }
        }

        // the sample as shipped: 3 of 8, all 3 on time (jobs/sample-inbox.EXPECTED.md)
        Path demo = tmp.resolve("demo-home");
        assertThat(CommandLineTest.ntp("demo", "--home", demo.toString()).exit()).isZero();
        try (Connection c = ReadOnlyWarehouse.open(demo.resolve("warehouse.duckdb")); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select sum(expected_units), sum(received_units), sum(on_time_units) from mart_completeness")) {
            rs.next();
            assertThat(new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)}).containsExactly(8, 3, 3);
        }
    }
}
