package vn.ntp.warehouse.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/** The pipeline test helpers, for tests in other packages (the clustered schedule, faults). */
public final class ClusterFixtures {
    private ClusterFixtures() {
    }

    public static void writeCommuneInbox(Path inbox, int communes) throws IOException {
        CommuneInbox.write(inbox, communes);
    }

    /** {@code ntp run} in-process on the default (H2) job repository; the exit code. */
    public static int run(Path home, Path inbox) {
        return Pipelines.run(home, inbox).exitCode();
    }

    public static List<Map<String, Object>> query(Path home, String sql) throws SQLException {
        return Pipelines.query(home, sql);
    }
}
