package vn.ntp.warehouse.pipeline;

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
}
