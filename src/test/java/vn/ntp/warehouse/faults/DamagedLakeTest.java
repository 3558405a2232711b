package vn.ntp.warehouse.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.ntp.warehouse.pipeline.PipelineAccess;

/**
 * Issue 14.5: a lake Parquet file damaged after its batch was committed (bytes changed in place, or cut
 * short) no longer matches the seal written with it. The next run notices, sets the file aside into
 * {@code lake-damaged/}, takes its batch out of the ledger and reads that batch's workbooks again from the
 * inbox: the warehouse it publishes equals that of a clean run.
 */
class DamagedLakeTest {
    private static final int COMMUNES = 12;
    private static final List<String> SAME_AS_CLEAN = List.of(
            "select unit_code, project_code, allocated_mvnd, disbursed_mvnd, source_file, cell_ref from fact_budget order by all",
            "select source_file, status from submission order by all",
            "select * exclude (unit_key) from mart_disbursement order by all");

    @TempDir
    Path tmp;

    @Test
    void aFactFileWithChangedBytesIsSetAsideAndItsWorkbooksReadAgain() throws Exception {
        Path inbox = inbox();
        Path home = tmp.resolve("home");
        assertThat(PipelineAccess.run(home, inbox)).isZero();

        Path damaged = firstParquet(home.resolve("lake/budget"));
        byte[] bytes = Files.readAllBytes(damaged);
        for (int i = bytes.length / 3; i < bytes.length / 3 + 16; i++) bytes[i] ^= 0x5A;
        Files.write(damaged, bytes);

        assertRepairedAndEqualToACleanRun(home, inbox, damaged);
    }

    @Test
    void aLedgerFileCutShortIsSetAsideAndItsWorkbooksReadAgain() throws Exception {
        Path inbox = inbox();
        Path home = tmp.resolve("home");
        assertThat(PipelineAccess.run(home, inbox)).isZero();

        Path damaged = firstParquet(home.resolve("lake/submission"));
        byte[] bytes = Files.readAllBytes(damaged);
        Files.write(damaged, java.util.Arrays.copyOf(bytes, bytes.length / 2));

        assertRepairedAndEqualToACleanRun(home, inbox, damaged);
    }

    private void assertRepairedAndEqualToACleanRun(Path home, Path inbox, Path damaged) throws Exception {
        String[] repaired = PipelineAccess.runWithOutput(home, inbox);
        assertThat(repaired[0]).as(repaired[1]).isEqualTo("0");
        assertThat(repaired[1]).contains("1 tệp Parquet bị hỏng sau khi ghi").contains("được đọc lại ở lần chạy này");
        Path setAside = home.resolve("lake-damaged").resolve(home.resolve("lake").relativize(damaged).toString());
        assertThat(setAside).as("the damaged file is kept aside for a look").exists();
        assertThat(damaged).doesNotExist();

        Path clean = tmp.resolve("clean");
        assertThat(PipelineAccess.run(clean, inbox)).isZero();
        for (String sql : SAME_AS_CLEAN) {
            assertThat(PipelineAccess.query(home, sql)).as(sql).isEqualTo(PipelineAccess.query(clean, sql));
        }
        assertThat(PipelineAccess.query(home, "select count(*) as n from fact_budget")).containsExactly(Map.of("n", (long) COMMUNES));

        String[] again = PipelineAccess.runWithOutput(home, inbox);
        assertThat(again[0]).isEqualTo("0");
        assertThat(again[1]).as("nothing damaged any more, nothing read again").doesNotContain("bị hỏng sau khi ghi")
                .contains("0 tệp mới cần đọc");
    }

    private Path inbox() throws Exception {
        Path inbox = tmp.resolve("inbox");
        Files.createDirectories(inbox);
        PipelineAccess.writeCommuneInbox(inbox, COMMUNES);
        return inbox;
    }

    private static Path firstParquet(Path dir) throws Exception {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".parquet")).sorted().findFirst().orElseThrow();
        }
    }
}
