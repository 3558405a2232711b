package vn.ntp.warehouse.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/** The pipeline test helpers, for tests in other packages (the clustered schedule, faults). */
public final class PipelineAccess {
    private PipelineAccess() {
    }

    public static void writeCommuneInbox(Path inbox, int communes) throws IOException {
        CommuneInbox.write(inbox, communes);
    }

    /** {@code ntp run} in-process on the default (H2) job repository; the exit code. */
    public static int run(Path home, Path inbox) {
        return Pipelines.run(home, inbox).exitCode();
    }

    /** {@code ntp run} in-process; what it printed (stdout) after the exit code. */
    public static String[] runWithOutput(Path home, Path inbox) {
        Pipelines.Result result = Pipelines.run(home, inbox);
        return new String[] {String.valueOf(result.exitCode()), result.out()};
    }

    public static List<Map<String, Object>> query(Path home, String sql) throws SQLException {
        return Pipelines.query(home, sql);
    }

    /** The facts, the ledger and the disbursement mart of {@code home} equal those of {@code clean}, with {@code factRows} budget facts. */
    public static void assertSameWarehouse(Path home, Path clean, long factRows) throws SQLException {
        for (String sql : List.of(
                "select unit_code, project_code, allocated_mvnd, disbursed_mvnd, source_file, cell_ref from fact_budget order by all",
                "select source_file, status from submission order by all",
                "select * exclude (unit_key) from mart_disbursement order by all")) {
            assertThat(query(home, sql)).as(sql).isEqualTo(query(clean, sql));
        }
        assertThat(query(home, "select count(*) as n from fact_budget")).containsExactly(Map.of("n", factRows));
    }
}
