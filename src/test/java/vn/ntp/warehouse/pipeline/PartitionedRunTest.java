package vn.ntp.warehouse.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ntp.warehouse.pipeline.Pipelines.query;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Extraction split into partitions, each read by its own worker, followed by lake compaction,
 * gives exactly the warehouse of one worker over an uncompacted lake; the job repository holds a
 * row per step and per partition, never per file; a rerun with nothing new reads no file and
 * keeps the published warehouse.
 */
class PartitionedRunTest {
    private static final int COMMUNES = 30;

    @TempDir
    static Path tmp;
    static Path inbox;
    static Path oneWorker;
    static Path threeWorkers;
    static Pipelines.Result partitioned;

    @BeforeAll
    static void runTheSameInboxTwoWays() throws Exception {
        inbox = tmp.resolve("inbox");
        Files.createDirectories(inbox);
        CommuneInbox.write(inbox, COMMUNES);
        Path first = inbox.resolve("xa-" + CommuneInbox.communesOfLaiChau(1).get(0).code() + ".xlsx");
        Files.copy(first, inbox.resolve("ban-sao.xlsx"));   // a duplicate, decided over the whole inbox
        Files.setLastModifiedTime(inbox.resolve("ban-sao.xlsx"), FileTime.fromMillis(Files.getLastModifiedTime(first).toMillis() + 60_000));

        oneWorker = tmp.resolve("one");
        threeWorkers = tmp.resolve("three");
        assertThat(Pipelines.ntp("run", "--home", oneWorker.toString(), "--inbox", inbox.toString(), "--ntp.threads=1",
                "--ntp.chunk-size=4", "--ntp.lake.max-files-per-partition=1000").exitCode()).isZero();
        partitioned = Pipelines.ntp("run", "--home", threeWorkers.toString(), "--inbox", inbox.toString(),
                "--ntp.threads=3", "--ntp.chunk-size=4");
        assertThat(partitioned.exitCode()).isZero();
    }

    @Test
    void partitionedAndCompactedGivesTheSameWarehouse() throws Exception {
        for (String sql : List.of(
                "select unit_code, project_code, allocated_mvnd, disbursed_mvnd, source_file, cell_ref from fact_budget order by all",
                "select source_file, status from submission order by all",
                "select d.rule_code, s.source_file from dq_issue d join submission s using (submission_id) order by all",
                "select * exclude (unit_key) from mart_disbursement order by all")) {
            assertThat(query(threeWorkers, sql)).as(sql).isNotEmpty().isEqualTo(query(oneWorker, sql));
        }
        assertThat(query(threeWorkers, "select status, count(*) as n from submission group by status order by status"))
                .extracting(r -> r.get("status") + "=" + r.get("n")).containsExactly("duplicate=1", "loaded=" + COMMUNES);
    }

    @Test
    void compactionLeavesAFewFilesPerPartition() throws Exception {
        assertThat(partitioned.out()).contains("[3/5]", "gộp ");
        assertThat(filesPerPartition(threeWorkers).values()).allMatch(n -> n <= 4);
        assertThat(filesPerPartition(oneWorker).get("budget/program=GNBV/year=2024")).as("8 chunks, not compacted").isEqualTo(8);
    }

    @Test
    void theJobRepositoryHoldsAStepPerPartitionNeverPerFile() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + threeWorkers.resolve("state/jobrepo") + ";AUTO_SERVER=TRUE", "sa", "");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select step_name from batch_step_execution order by step_name")) {
            List<String> steps = new ArrayList<>();
            while (rs.next()) steps.add(rs.getString(1));
            assertThat(steps).containsExactly("compactLakeStep", "extractAnnexesStep", "extractAnnexesWorker:partition-0",
                    "extractAnnexesWorker:partition-1", "extractAnnexesWorker:partition-2", "intakeStep",
                    "publishWarehouseStep", "reportStep");
        }
    }

    @Test
    void aRerunWithNothingNewReadsNoFileAndKeepsTheWarehouse() throws Exception {
        Path warehouse = threeWorkers.resolve("warehouse.duckdb");
        FileTime published = Files.getLastModifiedTime(warehouse);
        List<Map<String, Object>> marts = query(threeWorkers, "select * from mart_disbursement order by all");

        Pipelines.Result again = Pipelines.ntp("run", "--home", threeWorkers.toString(), "--inbox", inbox.toString(),
                "--ntp.threads=3", "--ntp.chunk-size=4");

        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("0 tệp mới cần đọc; " + (COMMUNES + 1) + " tệp đã nạp trước đây, không đọc lại")
                .contains("giữ nguyên kho dữ liệu, không dựng lại")
                .contains("[5/5]");
        assertThat(Files.getLastModifiedTime(warehouse)).isEqualTo(published);
        assertThat(query(threeWorkers, "select * from mart_disbursement order by all")).isEqualTo(marts);
    }

    private static Map<String, Integer> filesPerPartition(Path home) throws Exception {
        Path lake = home.resolve("lake");
        Map<String, Integer> counts = new TreeMap<>();
        try (Stream<Path> files = Files.walk(lake)) {
            files.filter(f -> f.toString().endsWith(".parquet"))
                    .forEach(f -> counts.merge(lake.relativize(f.getParent()).toString().replace('\\', '/'), 1, Integer::sum));
        }
        return counts;
    }
}
