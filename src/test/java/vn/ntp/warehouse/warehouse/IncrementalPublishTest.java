package vn.ntp.warehouse.warehouse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ntp.warehouse.lake.FindingRow;
import vn.ntp.warehouse.lake.LakePartition;
import vn.ntp.warehouse.lake.SubmissionRow;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ntp.warehouse.warehouse.AnnexRows.concat;
import static vn.ntp.warehouse.warehouse.RuleRows.budgetFile;
import static vn.ntp.warehouse.warehouse.RuleRows.leaf;

/**
 * {@link WarehouseBuilder#publish}: nothing new keeps the published file; new files rebuild only their
 * lake partitions (program × year), plus the year after (the rules compare a year with the one before),
 * and the result equals, table by table and row by row, a full build of the same lake.
 */
class IncrementalPublishTest {

    @TempDir
    Path home;
    @TempDir
    Path fullHome;
    @TempDir
    Path referenceDir;
    @TempDir
    Path jobsDir;

    private static final String YEAR_OVER_YEAR =
            "select unit_code, year, expected, actual from dq_issue where rule_code = 'YEAR_OVER_YEAR' order by year";

    private JobsFixture jobs;

    @BeforeEach
    void configuration() throws Exception {
        ReferenceFixture.write(referenceDir);
        jobs = JobsFixture.copyOfShipped(jobsDir);
    }

    @Test
    void newFilesRebuildTheirPartitionsAndTheYearAfterAndEqualAFullBuild() throws Exception {
        MartScenario scenario = new MartScenario(home, referenceDir, jobs.dir());
        SubmissionRow y2022 = budgetFile("s105-2022", "b1", "105", "Huyện Tam Đường", 2022, "Năm 2022", "2023-01-10T03:00:00Z");
        SubmissionRow y2023 = budgetFile("s105-2023", "b1", "105", "Huyện Tam Đường", 2023, "Năm 2023", "2024-01-10T03:00:00Z");
        SubmissionRow y2024 = budgetFile("s105-2024", "b1", "105", "Huyện Tam Đường", 2024, "Năm 2024", "2025-01-10T03:00:00Z");
        SubmissionRow phongTho = budgetFile("s109-2024", "b1", "109", "Huyện Phong Thổ", 2024, "Năm 2024", "2025-01-11T03:00:00Z");
        SubmissionRow broken = new SubmissionRow("s-broken", "b1", "run-1", "hong.xlsx", "sha-broken", 10, 1_700_000_000_000L, 0,
                null, null, null, null, 0, null, null, "rejected", "CORRUPT_ZIP", "{\"code\":\"CORRUPT_ZIP\"}", 0, 1);
        scenario.write("b1", List.of(y2022, y2023, y2024, phongTho, broken),
                concat(leaf(y2022, "GNBV.DA2", "NSTW SN current", "90", "30", 12),
                        leaf(y2023, "GNBV.DA2", "NSTW SN current", "100", "40", 12),
                        leaf(y2024, "GNBV.DA2", "NSTW SN current", "110", "45", 12),
                        leaf(phongTho, "GNBV.DA2", "NSTW SN current", "50", "10", 12)),
                List.of(new FindingRow("s-broken", "b1", "CELL_ERROR", null, null, "hong.xlsx",
                        "Biểu 01", "C5", "", null, "#REF!", null)));

        assertThat(scenario.publish(new ArrayList<>()).outcome()).isEqualTo(WarehouseBuilder.Outcome.FULL);
        assertThat(scenario.publish(new ArrayList<>()).outcome()).as("nothing new").isEqualTo(WarehouseBuilder.Outcome.UNCHANGED);

        // a corrected 2024 file four times last year's plan: only GNBV 2024 is rebuilt, 2023 is read for YEAR_OVER_YEAR
        SubmissionRow y2024fixed = budgetFile("s105-2024b", "b2", "105", "Huyện Tam Đường", 2024, "Năm 2024", "2025-01-20T03:00:00Z");
        scenario.write("b2", List.of(y2024fixed), leaf(y2024fixed, "GNBV.DA2", "NSTW SN current", "400", "45", 12));
        List<String> progress = new ArrayList<>();
        WarehouseBuilder.Publication corrected = scenario.publish(progress);
        assertThat(corrected.outcome()).isEqualTo(WarehouseBuilder.Outcome.INCREMENTAL);
        assertThat(corrected.rebuilt()).containsExactly(new LakePartition("GNBV", 2024));
        assertThat(progress).contains("Phân vùng có dữ liệu mới: GNBV 2024; dựng lại GNBV 2024, "
                + "đọc GNBV 2023 đã công bố cho các quy tắc so sánh với năm trước");
        assertThat(progress).as("the operator's lines are Vietnamese, one per stage").hasSizeLessThan(12)
                .allMatch(line -> line.matches(".*[ăâđêôơưĐạ-ỹ].*"))
                .anyMatch(line -> line.startsWith("Bước 04: kiểm tra chéo bằng "))
                .anyMatch(line -> line.startsWith("Thay ") && line.endsWith(" bảng của các phân vùng dựng lại vào bản sao của kho đang dùng"));
        assertThat(scenario.query(YEAR_OVER_YEAR)).containsExactly(List.of("105", "2024", "100", "400"));
        assertThat(scenario.query("select status, count(*) from submission group by all order by 1"))
                .containsExactly(List.of("loaded", "4"), List.of("rejected", "1"), List.of("superseded", "1"));
        assertEqualsFullBuild(scenario);

        // a corrected 2023 file: 2023 and 2024 (whose comparison with 2023 changes) are rebuilt, 2022 and the rest kept
        SubmissionRow y2023fixed = budgetFile("s105-2023b", "b3", "105", "Huyện Tam Đường", 2023, "Năm 2023", "2024-01-20T03:00:00Z");
        scenario.write("b3", List.of(y2023fixed), leaf(y2023fixed, "GNBV.DA2", "NSTW SN current", "390", "40", 12));
        WarehouseBuilder.Publication again = scenario.publish(new ArrayList<>());
        assertThat(again.outcome()).isEqualTo(WarehouseBuilder.Outcome.INCREMENTAL);
        assertThat(again.rebuilt()).containsExactlyInAnyOrder(new LakePartition("GNBV", 2023), new LakePartition("GNBV", 2024));
        assertThat(scenario.query(YEAR_OVER_YEAR)).as("2023 is now ×4.3 of 2022; 2024 is no longer ×4 of 2023")
                .containsExactly(List.of("105", "2023", "90", "390"));
        assertEqualsFullBuild(scenario);
        assertThat(Files.exists(home.resolve(WarehouseBuilder.DELTA_FILE))).isFalse();
        assertThat(Files.exists(home.resolve(WarehouseBuilder.NEXT_FILE))).isFalse();
    }

    @Test
    void changedSqlRebuildsEverything() throws Exception {
        SubmissionRow y2024 = budgetFile("s105-2024", "b1", "105", "Huyện Tam Đường", 2024, "Năm 2024", "2025-01-10T03:00:00Z");
        Path sql = home.resolve("sql");
        TreeCopy.copy(Path.of("sql"), sql);
        MartScenario scenario = new MartScenario(home, sql, referenceDir, jobs.dir())
                .write("b1", List.of(y2024), leaf(y2024, "GNBV.DA2", "NSTW SN current", "110", "45", 12));
        scenario.publish(new ArrayList<>());
        Files.writeString(sql.resolve("03_marts/mart_extra.sql"), "-- one row\ncreate or replace table mart_extra as select 1 as one");
        assertThat(scenario.publish(new ArrayList<>()).outcome()).isEqualTo(WarehouseBuilder.Outcome.FULL);
        assertThat(scenario.query("select one from mart_extra")).containsExactly(List.of("1"));
    }

    /** A full build of a copy of the same lake holds exactly the same rows in every table. */
    private void assertEqualsFullBuild(MartScenario incremental) throws Exception {
        Path copy = fullHome.resolve("build-" + System.nanoTime());
        TreeCopy.copy(incremental.lake(), copy.resolve("lake"));
        MartScenario full = new MartScenario(copy, referenceDir, jobs.dir());
        full.build();
        List<List<String>> tables = full.query("select table_name from duckdb_tables() where schema_name = 'main' order by 1");
        assertThat(incremental.query("select table_name from duckdb_tables() where schema_name = 'main' order by 1")).isEqualTo(tables);
        for (List<String> table : tables) {
            String rows = "select * from \"" + table.get(0) + "\" order by all";
            assertThat(incremental.query(rows)).as(table.get(0)).isEqualTo(full.query(rows));
        }
    }
}
