package vn.ntp.warehouse.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ntp.warehouse.pipeline.Pipelines.query;
import static vn.ntp.warehouse.pipeline.Pipelines.single;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import vn.ntp.warehouse.warehouse.ReadOnlyWarehouse;

/**
 * Faults at scale: a run over a few hundred workbooks killed with SIGKILL while it reads the inbox,
 * while it compacts the lake, while it builds the warehouse, and while it swaps the rebuilt partitions
 * into a copy of the published warehouse (an incremental build). Each time the previous warehouse
 * stays queryable, an analyst holds it open read-only during the run that completes (and keeps
 * reading the old figures), and that run ends equal to a clean run: facts, submission states, marts.
 * The killed run is its own JVM; the completing run runs in the test's JVM, beside the analyst
 * (who would otherwise need a JVM of its own).
 */
class ScaleKillTest {
    private static final int WORKBOOKS = 300;
    private static final int CHUNK = 30;

    /** Where the run is killed: right after it prints a line that only that stage prints. */
    enum KillPoint {
        DURING_EXTRACTION("tệp (", false),              // a chunk committed, many to go
        DURING_COMPACTION("gộp ", false),               // a partition merged, the ledger's still to merge
        DURING_WAREHOUSE_BUILD("Dựng lớp 02 (bảng lõi", false),   // the facts are being built
        // the home already holds 2023: the run rebuilds only 2024 and swaps it into a copy of the published file
        DURING_WAREHOUSE_UPDATE("bảng của các phân vùng dựng lại vào bản sao", true);

        final String marker;
        final boolean incremental;

        KillPoint(String marker, boolean incremental) {
            this.marker = marker;
            this.incremental = incremental;
        }
    }

    @TempDir
    static Path tmp;
    static Path inbox;
    static Path seeded;
    static Path clean;
    static BigDecimal seededTotal;
    static Path seeded2023;
    static Path clean2023;
    static BigDecimal seeded2023Total;

    @BeforeAll
    static void aSeededHomeAndACleanRun() throws Exception {
        inbox = tmp.resolve("inbox");
        Files.createDirectories(inbox);
        CommuneInbox.writeNational(inbox, WORKBOOKS);
        Path seed = tmp.resolve("seed");
        Files.createDirectories(seed);
        try (Stream<Path> files = Files.list(inbox)) {
            Path first = files.sorted().findFirst().orElseThrow();
            Files.copy(first, seed.resolve(first.getFileName()), StandardCopyOption.COPY_ATTRIBUTES);
        }
        seeded = tmp.resolve("seeded");
        assertThat(Pipelines.run(seeded, seed).exitCode()).isZero();
        seededTotal = single(seeded, "select sum(allocated_mvnd) from fact_budget");

        clean = copyOf(seeded, tmp.resolve("clean"));
        assertThat(Pipelines.run(clean, inbox).exitCode()).isZero();

        Path seed2023 = tmp.resolve("seed-2023");
        CommuneInbox.writeNational2023(seed2023);
        seeded2023 = tmp.resolve("seeded-2023");
        assertThat(Pipelines.run(seeded2023, seed2023).exitCode()).isZero();
        seeded2023Total = single(seeded2023, "select sum(allocated_mvnd) from fact_budget");
        clean2023 = copyOf(seeded2023, tmp.resolve("clean-2023"));
        Pipelines.Result cleanRun = Pipelines.run(clean2023, inbox);
        assertThat(cleanRun.exitCode()).isZero();
        assertThat(cleanRun.out()).as("2023 kept, 2024 rebuilt alone").contains("Chỉ dựng lại 1 phân vùng");
    }

    @ParameterizedTest
    @EnumSource(KillPoint.class)
    void killedRunIsCompletedWhileAnAnalystReadsAndEndsEqualToACleanRun(KillPoint point) throws Exception {
        Path home = copyOf(point.incremental ? seeded2023 : seeded, tmp.resolve("home-" + point.name().toLowerCase()));
        BigDecimal seededTotal = point.incremental ? seeded2023Total : ScaleKillTest.seededTotal;
        Path clean = point.incremental ? clean2023 : ScaleKillTest.clean;

        Process killed = ChildRun.start(home, inbox, CHUNK);
        List<String> seen = ChildRun.readUntil(killed, point.marker);
        killed.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        assertThat(seen).as("the run reached the point to kill at").anyMatch(l -> l.contains(point.marker));
        assertThat(seen).as("the run was killed before its end").noneMatch(l -> l.startsWith("Kết quả"));
        assertThat(single(home, "select sum(allocated_mvnd) from fact_budget"))
                .as("the previous warehouse is still there and queryable").isEqualTo(seededTotal);

        try (Connection analyst = ReadOnlyWarehouse.open(home.resolve("warehouse.duckdb"))) {
            Pipelines.Result completing = Pipelines.ntp("run", "--home", home.toString(), "--inbox", inbox.toString(),
                    "--ntp.chunk-size=" + CHUNK);
            assertThat(completing.exitCode()).as(completing.out()).isZero();
            assertThat(completing.out()).contains("Tiếp tục lần chạy chưa xong");
            try (Statement s = analyst.createStatement();
                 ResultSet rs = s.executeQuery("select sum(allocated_mvnd) from fact_budget")) {
                rs.next();
                assertThat(rs.getBigDecimal(1).stripTrailingZeros()).as("the analyst keeps the old snapshot").isEqualTo(seededTotal);
            }
        }

        for (String sql : List.of(
                "select unit_code, project_code, allocated_mvnd, disbursed_mvnd, source_file, cell_ref from fact_budget order by all",
                "select source_file, status from submission order by all",
                "select * exclude (unit_key) from mart_disbursement order by all")) {
            assertThat(query(home, sql)).as(point + ": " + sql).hasSizeGreaterThanOrEqualTo(WORKBOOKS).isEqualTo(query(clean, sql));
        }
        assertThat(home.resolve("lake").resolve("_compaction.json")).doesNotExist();
        assertThat(home.resolve("warehouse.duckdb.next")).doesNotExist();
        assertThat(home.resolve("warehouse.duckdb.delta")).doesNotExist();
    }

    /** {@code ./ntp run} in its own JVM, small chunks so that every stage takes long enough to be hit. */

    /** Lines until one contains the marker. */

    private static Path copyOf(Path home, Path target) throws IOException {
        try (Stream<Path> files = Files.walk(home)) {
            for (Path f : files.toList()) {
                Path to = target.resolve(home.relativize(f).toString());
                if (Files.isDirectory(f)) Files.createDirectories(to);
                else Files.copy(f, to, StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
        return target;
    }
}
