package vn.ntp.warehouse.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ntp.warehouse.pipeline.Pipelines.mvnd;
import static vn.ntp.warehouse.pipeline.Pipelines.query;
import static vn.ntp.warehouse.pipeline.Pipelines.single;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run killed with SIGKILL in the middle of reading the inbox (no shutdown hook, no cleanup)
 * leaves the previous warehouse queryable; the next run continues the killed job execution and
 * ends with exactly what a clean run gives: nothing lost, nothing counted twice.
 */
class KillAndRestartTest {
    private static final int COMMUNES = 40;

    @TempDir
    Path tmp;

    @Test
    void killedRunIsContinuedAndEndsEqualToACleanRun() throws Exception {
        Path inbox = tmp.resolve("inbox");
        Files.createDirectories(inbox);
        CommuneInbox.write(inbox, COMMUNES);
        Path seed = tmp.resolve("seed");
        Files.createDirectories(seed);
        Files.copy(inbox.resolve(Files.list(inbox).sorted().findFirst().orElseThrow().getFileName()), seed.resolve("first.xlsx"));

        // a previous warehouse exists: one commune loaded
        Path home = tmp.resolve("home");
        assertThat(Pipelines.run(home, seed).exitCode()).isZero();
        BigDecimal before = single(home, "select sum(allocated_mvnd) from fact_budget");

        // the full inbox, killed as soon as its first chunk is committed to the lake
        Process child = ChildRun.start(home, inbox, 2);
        List<String> lines = ChildRun.readUntil(child, "tệp (");
        child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        assertThat(lines).as("the run was killed while reading the inbox").noneMatch(l -> l.startsWith("Kết quả"));
        assertThat(single(home, "select sum(allocated_mvnd) from fact_budget"))
                .as("the previous warehouse is still there and queryable").isEqualTo(before);

        Pipelines.Result resumed = Pipelines.run(home, inbox);
        assertThat(resumed.exitCode()).isZero();
        assertThat(resumed.out()).contains("Tiếp tục lần chạy chưa xong");

        Path cleanHome = tmp.resolve("clean");
        assertThat(Pipelines.run(cleanHome, seed).exitCode()).isZero();
        assertThat(Pipelines.run(cleanHome, inbox).exitCode()).isZero();

        String facts = "select unit_code, project_code, allocated_mvnd, disbursed_mvnd, source_file, cell_ref from fact_budget order by all";
        assertThat(query(home, facts)).hasSize(COMMUNES).isEqualTo(query(cleanHome, facts));
        assertThat(single(home, "select sum(allocated_mvnd) from fact_budget")).isEqualTo(mvnd(CommuneInbox.totalAllocated(COMMUNES)));
        String files = "select source_file, status from submission order by all";
        assertThat(query(home, files)).isEqualTo(query(cleanHome, files));
        String marts = "select * exclude (unit_key) from mart_disbursement order by all";
        assertThat(query(home, marts)).isEqualTo(query(cleanHome, marts));
    }
}
