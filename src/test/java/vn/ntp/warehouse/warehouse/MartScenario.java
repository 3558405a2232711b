package vn.ntp.warehouse.warehouse;

import vn.ntp.warehouse.lake.FindingRow;
import vn.ntp.warehouse.lake.LakeWriter;
import vn.ntp.warehouse.lake.SubmissionRow;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import vn.ntp.warehouse.fixtures.SqlRows;

/** A real lake and a real warehouse in a temporary home: write batches, build, query the published file. */
final class MartScenario {

    private final Path home;
    private final LakeWriter lake;
    private final Path sqlDir;
    private final Path referenceDir;
    private final WarehouseBuilder builder;

    MartScenario(Path home, Path referenceDir) {
        this(home, referenceDir, null);
    }

    /** With the warehouse rules, policy and form schedule of {@code jobsDir} (see {@link JobsFixture}). */
    MartScenario(Path home, Path referenceDir, Path jobsDir) {
        this(home, Path.of("sql"), referenceDir, jobsDir);
    }

    /** With the SQL files of {@code sqlDir} instead of the shipped {@code sql/}. */
    MartScenario(Path home, Path sqlDir, Path referenceDir, Path jobsDir) {
        this.home = home;
        this.sqlDir = sqlDir;
        this.referenceDir = referenceDir;
        this.lake = new LakeWriter(home.resolve("lake"));
        this.builder = new WarehouseBuilder(home, sqlDir, referenceDir, jobsDir);
    }

    MartScenario write(String batchId, List<SubmissionRow> submissions, List<LakeWriter.Figures> figures) {
        return write(batchId, submissions, figures, List.of());
    }

    MartScenario write(String batchId, List<SubmissionRow> submissions, List<LakeWriter.Figures> figures,
                       List<FindingRow> findings) {
        lake.writeBatch(batchId, submissions, figures, findings);
        return this;
    }

    BuildResult build() {
        return builder.build(message -> { });
    }

    /** What {@link WarehouseBuilder#publish} does with what the lake holds now; its progress lines go to {@code progress}. */
    WarehouseBuilder.Publication publish(List<String> progress) {
        return builder.publish(progress::add);
    }

    Path lake() {
        return home.resolve("lake");
    }

    /** Every sql/tests assertion that fails on the last build. */
    List<String> failingAssertions() {
        return new SqlAssertions(home, sqlDir, referenceDir).failures(builder.warehouseFile());
    }

    /** Rows as text ("null" for SQL null). */
    List<List<String>> query(String sql) throws SQLException {
        try (Connection c = ReadOnlyWarehouse.open(home.resolve(WarehouseBuilder.WAREHOUSE_FILE))) {
            return SqlRows.of(c, sql);
        }
    }
}
