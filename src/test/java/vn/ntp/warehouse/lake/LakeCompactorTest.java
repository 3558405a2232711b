package vn.ntp.warehouse.lake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.ntp.warehouse.lake.LakeRows.budget;
import static vn.ntp.warehouse.lake.LakeRows.finding;
import static vn.ntp.warehouse.lake.LakeRows.submission;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Compaction merges a partition's small files into one without losing, adding or changing a row,
 * and a merge stopped at any point of its journal protocol (as a kill would stop it) is finished or
 * undone by the next run's recovery, with the same rows.
 */
class LakeCompactorTest {
    private static final long LARGE = 128L * 1024 * 1024;
    private static final int BATCHES = 6;

    @TempDir
    Path home;

    private Path lake() {
        return home.resolve("lake");
    }

    /** Six committed batches of two communes each, all in GNBV/2024; one rejected file in UNKNOWN/0. */
    private void writeSixBatches() {
        LakeWriter writer = new LakeWriter(lake());
        for (int b = 1; b <= BATCHES; b++) {
            String batch = "run1-s1-0000" + b;
            List<SubmissionRow> submissions = new ArrayList<>();
            List<LakeWriter.Figures> budget = new ArrayList<>();
            List<FindingRow> findings = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                int n = b * 10 + i;
                SubmissionRow s = submission("s" + n, batch, "xa-" + n + ".xlsx", "sha" + n, 1_000L * n,
                        "GNBV", "0" + n, "Xã " + n, 2024, "6 tháng năm 2024", "extracted");
                submissions.add(s);
                budget.add(budget(s, "GNBV.DA2", "leaf", "current", "NSTW", "SN", "allocated", n + ".123456", "C" + n, n));
                budget.add(budget(s, "GNBV.DA2", "leaf", "current", "NSTW", "SN", "disbursed", n / 2 + ".5", "D" + n, n));
                findings.add(finding(s, "SUM_CHILDREN", "C" + n, "Tổng dự án khác tổng các tiểu dự án " + n));
            }
            if (b == 3) {
                submissions.add(submission("bad", batch, "hỏng.xlsx", "shabad", 3_500L, null, null, null, 0, null, "rejected"));
            }
            writer.writeBatch(batch, submissions, budget, findings);
        }
    }

    @Test
    void aPartitionOfManySmallFilesBecomesOneFileWithTheSameRows() throws Exception {
        writeSixBatches();
        Map<String, List<List<String>>> before = everyRow();

        List<LakeCompactor.Merge> merges = new LakeCompactor(lake(), 4, LARGE)
                .compact("run1", () -> LakeLedger.read(lake()).committedBatchIds(), m -> { });

        assertThat(merges).extracting(m -> m.dataset() + "/" + m.partition() + " " + m.sourceFiles() + " files, " + m.rows() + " rows")
                .containsExactly("budget/program=GNBV/year=2024 6 files, 24 rows",
                        "finding/program=GNBV/year=2024 6 files, 12 rows",
                        "submission/program=GNBV/year=2024 6 files, 12 rows");
        assertThat(filesByPartition()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "budget/program=GNBV/year=2024", List.of("compact-run1-1.parquet"),
                "finding/program=GNBV/year=2024", List.of("compact-run1-1.parquet"),
                "submission/program=GNBV/year=2024", List.of("compact-run1-1.parquet"),
                "submission/program=UNKNOWN/year=0", List.of("part-run1-s1-00003.parquet")));
        assertThat(everyRow()).isEqualTo(before);
        assertThat(typeOf("budget", "value_mvnd")).isEqualTo("t=DECIMAL(18,6)");

        LakeLedger ledger = LakeLedger.read(lake());
        assertThat(ledger.committedBatchIds()).as("rows keep their batch ids: the ledger still commits them")
                .hasSize(BATCHES);
        assertThat(ledger.isCommitted("xa-21.xlsx", "sha21")).isTrue();
        assertThat(ledger.committedHashOf("xa-21.xlsx", 1024, 21_000L)).contains("sha21");
        assertThat(ledger.removeOrphans()).as("a compacted file is never an orphan").isZero();
        assertThat(everyRow()).isEqualTo(before);
    }

    @Test
    void laterBatchesAreMergedWithTheEarlierMergeAndWellSizedFilesAreLeftAlone() throws Exception {
        writeSixBatches();
        LakeCompactor compactor = new LakeCompactor(lake(), 4, LARGE);
        compactor.compact("run1", () -> LakeLedger.read(lake()).committedBatchIds(), m -> { });
        LakeWriter writer = new LakeWriter(lake());
        for (int b = 7; b <= 10; b++) {
            SubmissionRow s = submission("s" + b, "run2-s9-0000" + b, "xa-" + b + ".xlsx", "sha" + b, 90_000L + b,
                    "GNBV", "0" + b, "Xã " + b, 2024, "6 tháng năm 2024", "extracted");
            writer.writeBatch(s.batchId(), List.of(s), List.of(budget(s, "GNBV.DA2", "leaf", "current", "NSTW", "SN",
                    "allocated", "1", "C1", 1)), List.of());
        }
        Map<String, List<List<String>>> before = everyRow();

        compactor.compact("run2", () -> LakeLedger.read(lake()).committedBatchIds(), m -> { });

        assertThat(filesByPartition().get("budget/program=GNBV/year=2024")).containsExactly("compact-run2-1.parquet");
        assertThat(everyRow()).isEqualTo(before);

        // files at the target size are well-sized: with a 1-byte target nothing is small enough to merge
        for (int b = 11; b <= 15; b++) {
            SubmissionRow s = submission("s" + b, "run3-s9-000" + b, "xa-" + b + ".xlsx", "sha" + b, 90_000L + b,
                    "GNBV", "0" + b, "Xã " + b, 2024, "6 tháng năm 2024", "extracted");
            writer.writeBatch(s.batchId(), List.of(s), List.of(), List.of());
        }
        assertThat(new LakeCompactor(lake(), 4, 1).compact("run3", () -> LakeLedger.read(lake()).committedBatchIds(), m -> { }))
                .isEmpty();
    }

    @Test
    void partFilesOfABatchThatNeverCommittedAreNotMerged() throws Exception {
        writeSixBatches();
        Path killedLedger = lake().resolve("submission/program=GNBV/year=2024/part-run1-s1-00006.parquet");
        Files.delete(killedLedger); // batch 6 was killed before its commit

        new LakeCompactor(lake(), 4, LARGE).compact("run1", () -> LakeLedger.read(lake()).committedBatchIds(), m -> { });

        assertThat(filesByPartition().get("budget/program=GNBV/year=2024"))
                .containsExactlyInAnyOrder("compact-run1-1.parquet", "part-run1-s1-00006.parquet");
        assertThat(LakeLedger.read(lake()).removeOrphans()).isEqualTo(2); // budget and finding of batch 6
        assertThat(filesByPartition().get("budget/program=GNBV/year=2024")).containsExactly("compact-run1-1.parquet");
    }

    @ParameterizedTest
    @EnumSource(LakeCompactor.Step.class)
    void aMergeKilledAtAnyPointOfTheJournalRecoversToTheSameRows(LakeCompactor.Step killedAt) throws Exception {
        writeSixBatches();
        Map<String, List<List<String>>> before = everyRow();
        LakeCompactor killed = new LakeCompactor(lake(), 4, LARGE, step -> {
            if (step == killedAt) throw new Killed();
        });

        assertThatThrownBy(() -> killed.compact("run1", () -> LakeLedger.read(lake()).committedBatchIds(), m -> { }))
                .isInstanceOf(Killed.class);
        assertThat(lake().resolve(CompactionJournal.FILE_NAME)).as("the journal outlives the kill").exists();

        assertThat(LakeCompactor.recover(lake())).isPresent();
        LakeLedger.read(lake()).removeOrphans();

        assertThat(lake().resolve(CompactionJournal.FILE_NAME)).doesNotExist();
        assertThat(allFiles()).noneMatch(f -> f.endsWith(".tmp"));
        assertThat(everyRow()).as("killed at " + killedAt).isEqualTo(before);
        List<String> budgetFiles = filesByPartition().get("budget/program=GNBV/year=2024");
        if (killedAt.compareTo(LakeCompactor.Step.TARGET_IN_PLACE) >= 0) {
            assertThat(budgetFiles).as("the merge was finished").containsExactly("compact-run1-1.parquet");
        } else {
            assertThat(budgetFiles).as("the merge was undone").hasSize(BATCHES).allMatch(f -> f.startsWith("part-"));
        }
        assertThat(LakeCompactor.recover(lake())).as("recovery happens once").isEmpty();

        // the next run's compaction takes it from there
        new LakeCompactor(lake(), 4, LARGE).compact("run2", () -> LakeLedger.read(lake()).committedBatchIds(), m -> { });
        assertThat(everyRow()).isEqualTo(before);
        assertThat(filesByPartition().values()).allMatch(files -> files.size() == 1);
    }

    private static final class Killed extends RuntimeException {
    }

    /** Every row of every dataset, as text, sorted: what the warehouse can read. */
    private Map<String, List<List<String>>> everyRow() throws SQLException {
        Map<String, List<List<String>>> rows = new TreeMap<>();
        for (String dataset : Dataset.names()) {
            Path dir = lake().resolve(dataset);
            if (LakeLedger.hasParquetFiles(dir)) {
                rows.put(dataset, query("select * from read_parquet('" + dir + "/**/*.parquet', "
                        + "hive_partitioning=true, union_by_name=true) order by all"));
            }
        }
        return rows;
    }

    private String typeOf(String dataset, String column) throws SQLException {
        return query("select typeof(" + column + ") as t from read_parquet('" + lake().resolve(dataset) + "/**/*.parquet') limit 1")
                .get(0).get(0);
    }

    private Map<String, List<String>> filesByPartition() throws IOException {
        Map<String, List<String>> out = new TreeMap<>();
        for (Path f : allFiles().stream().map(Path::of).filter(p -> p.toString().endsWith(".parquet")).toList()) {
            String partition = lake().relativize(f.getParent()).toString().replace('\\', '/');
            out.computeIfAbsent(partition, k -> new ArrayList<>()).add(f.getFileName().toString());
        }
        out.values().forEach(l -> l.sort(String::compareTo));
        return out;
    }

    private List<String> allFiles() throws IOException {
        try (Stream<Path> files = Files.walk(lake())) {
            return files.filter(Files::isRegularFile).map(Path::toString).toList();
        }
    }

    private static List<List<String>> query(String sql) throws SQLException {
        List<List<String>> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    row.add(rs.getMetaData().getColumnLabel(i) + "=" + rs.getString(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }
}
