package vn.ntp.warehouse.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ntp.warehouse.pipeline.Pipelines.mvnd;
import static vn.ntp.warehouse.pipeline.Pipelines.query;
import static vn.ntp.warehouse.pipeline.Pipelines.single;

import java.io.BufferedReader;
import java.math.BigDecimal;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
        Process child = startRun(home, inbox);
        List<String> lines = readUntil(child, "tệp (");
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

    private Process startRun(Path home, Path inbox) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-cp", System.getProperty("java.class.path"), "vn.ntp.warehouse.cli.Ntp",
                "run", "--home", home.toString(), "--inbox", inbox.toString(), "--ntp.chunk-size=2"));
        return new ProcessBuilder(cmd).redirectErrorStream(true).start();
    }

    private static List<String> readUntil(Process p, String marker) throws Exception {
        List<String> lines = new ArrayList<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = r.readLine()) != null) {
            lines.add(line);
            if (line.contains(marker)) break;
        }
        return lines;
    }
}
