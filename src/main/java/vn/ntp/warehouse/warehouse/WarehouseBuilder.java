package vn.ntp.warehouse.warehouse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.ntp.warehouse.lake.DuckDbMemory;
import vn.ntp.warehouse.lake.LakeLedger;
import vn.ntp.warehouse.lake.LakePartition;

/**
 * Builds the DuckDB warehouse from the lake and publishes it, in proportion to what changed ({@link PublishPlan}):
 * the published file is kept; or {@code warehouse.duckdb.next} is built in full ({@link LayeredBuild}); or the
 * changed lake partitions ({@code program=/year=}) are built alone into {@code warehouse.duckdb.delta} and swapped
 * into a copy of the published file ({@link PartitionTables}). Either way the new file is checkpointed and renamed
 * over {@code warehouse.duckdb} ({@link WarehouseSwap}); readers holding the old file keep their snapshot. A
 * partition's rows depend only on the lake files of that partition, except that a warehouse rule may compare a year
 * with the year before ({@code reads_previous_year}): then the year after a changed partition is rebuilt too, and
 * the year before is read (not rebuilt) for those rules.
 *
 * <p>{@code progress} receives the operator's lines (Vietnamese, one per stage); details go to the log.
 */
public final class WarehouseBuilder {

    private static final Logger log = LoggerFactory.getLogger(WarehouseBuilder.class);

    public static final String WAREHOUSE_FILE = "warehouse.duckdb";
    public static final String NEXT_FILE = WAREHOUSE_FILE + ".next";
    public static final String DELTA_FILE = WAREHOUSE_FILE + ".delta";

    /** What {@link #publish} did. */
    public enum Outcome { UNCHANGED, FULL, INCREMENTAL }

    /** The published file, what was done, and the lake partitions rebuilt (all of them for a full build). */
    public record Publication(Outcome outcome, Set<LakePartition> rebuilt, BuildResult result) {
    }

    private final Path home;
    private final BuildConfig config;
    private final SqlPlaceholders placeholders;

    /** The models only: no warehouse rules, an empty form schedule, load and flag. */
    public WarehouseBuilder(Path home, Path sqlDir, Path referenceDir) {
        this(home, sqlDir, referenceDir, null);
    }

    /**
     * The models, then the warehouse rules of {@code jobsDir/rules/findings.yaml} (queries in
     * {@code sqlDir/rules/}), the policy of {@code jobsDir/rules/policy.yaml} and the form schedule of
     * {@code jobsDir/schedule/forms.yaml}; a missing file means no rules, load and flag, no schedule.
     */
    public WarehouseBuilder(Path home, Path sqlDir, Path referenceDir, Path jobsDir) {
        this.home = home.toAbsolutePath();
        this.config = new BuildConfig(new SqlProject(sqlDir), referenceDir, jobsDir, this.home.resolve(ApprovalEvents.FOLDER));
        this.placeholders = new SqlPlaceholders(this.home.resolve("lake"), referenceDir);
    }

    public Path warehouseFile() {
        return home.resolve(WAREHOUSE_FILE);
    }

    /** Builds the whole warehouse from the whole lake and publishes it. */
    public BuildResult build(Consumer<String> progress) {
        return buildFull(currentState(), progress);
    }

    /** Keeps, rebuilds in part, or rebuilds in full, whichever what changed since the published build needs. */
    public Publication publish(Consumer<String> progress) {
        WarehouseSwap.deleteStale(home.resolve(DELTA_FILE));   // an update killed midway; the published file is intact
        BuildState now = currentState();
        PublishPlan plan = PublishPlan.decide(publishedState(), now, !config.rules().readingPreviousYear().isEmpty());
        log.info("publish: {}, changed partitions [{}], rebuilt [{}], read for the rules [{}]", plan.outcome(),
                PublishPlan.describe(plan.changed()), PublishPlan.describe(plan.rebuilt()), PublishPlan.describe(plan.before()));
        return switch (plan.outcome()) {
            case UNCHANGED -> new Publication(Outcome.UNCHANGED, Set.of(), new BuildResult(warehouseFile(), Map.of()));
            case FULL -> new Publication(Outcome.FULL, plan.rebuilt(), buildFull(now, progress));
            case INCREMENTAL -> {
                progress.accept("Phân vùng có dữ liệu mới: " + PublishPlan.describe(plan.changed()) + "; dựng lại "
                        + PublishPlan.describe(plan.rebuilt()) + (plan.before().isEmpty() ? ""
                        : ", đọc " + PublishPlan.describe(plan.before()) + " đã công bố cho các quy tắc so sánh với năm trước"));
                yield new Publication(Outcome.INCREMENTAL, plan.rebuilt(), buildIncremental(now, plan, progress));
            }
        };
    }

    private BuildResult buildFull(BuildState state, Consumer<String> progress) {
        Path next = home.resolve(NEXT_FILE);
        WarehouseSwap.deleteStale(next);
        try (Connection connection = open(next);
             Statement statement = connection.createStatement()) {
            new LayeredBuild(config, progress).run(connection, statement, LayeredBuild.Scope.wholeLake(placeholders));
            return publish(connection, state, next, warehouseFile(), progress);
        } catch (SQLException e) {
            throw new WarehouseBuildException("cannot build the warehouse: " + e.getMessage(), e);
        } finally {
            WarehouseSwap.deleteStale(next);   // published: already renamed away; failed: its leftovers
        }
    }

    /**
     * Builds the rebuilt partitions alone into the delta file (the rules also see the published rows of the
     * {@code before} partitions), then replaces those partitions' rows in a copy of the published file, recomputes
     * the few tables that span partitions (such as {@code dim_period}) and publishes the copy.
     */
    private BuildResult buildIncremental(BuildState state, PublishPlan plan, Consumer<String> progress) {
        Path live = warehouseFile();
        Path delta = home.resolve(DELTA_FILE);
        Path next = home.resolve(NEXT_FILE);
        WarehouseSwap.deleteStale(delta);
        WarehouseSwap.deleteStale(next);
        try {
            List<String> partitioned;
            try (Connection connection = open(delta);
                 Statement statement = connection.createStatement()) {
                LayeredBuild.Scope scope = new LayeredBuild.Scope(placeholders.restrictedTo(plan.rebuilt()), plan.rebuilt(),
                        plan.before(), live);
                partitioned = new LayeredBuild(config, progress).run(connection, statement, scope);
            }
            Files.copy(live, next, StandardCopyOption.REPLACE_EXISTING);
            try (Connection connection = open(next);
                 Statement statement = connection.createStatement()) {
                progress.accept("Thay " + partitioned.size() + " bảng của các phân vùng dựng lại vào bản sao của kho đang dùng");
                PartitionTables.replace(statement, delta, partitioned, plan.rebuilt(), log::info);
                List<SqlModel> spanning = PartitionTables.spanning(config.sql().modelsInBuildOrder(), partitioned);
                progress.accept("Tính lại " + spanning.size() + " bảng trải trên nhiều phân vùng");
                for (SqlModel model : spanning) {
                    LayeredBuild.timed(model, "rebuilt {} (spans partitions) in {}", statement, placeholders);
                }
                return publish(connection, state, next, live, progress);
            }
        } catch (SQLException e) {
            throw new WarehouseBuildException("cannot update the warehouse: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + live + " to " + next, e);
        } finally {
            WarehouseSwap.deleteStale(delta);
            WarehouseSwap.deleteStale(next);   // published: already renamed away; failed: its leftovers
        }
    }

    /** Checkpoints {@code next} with its state and comments (jobs/dictionary) and renames it over {@code live}. */
    private BuildResult publish(Connection connection, BuildState state, Path next, Path live,
                                Consumer<String> progress) throws SQLException {
        BuildResult result = WarehouseSwap.checkpointAndRename(connection, state, config.dictionary(), next, live);
        progress.accept("Đã công bố kho dữ liệu: " + result.warehouseFile());
        return result;
    }

    private BuildState currentState() {
        return new BuildState(BuildState.inputsFingerprint(config.inputFolders()), LakeLedger.partitionFingerprints(home.resolve("lake")));
    }

    private Optional<BuildState> publishedState() {
        if (!Files.isRegularFile(warehouseFile())) {
            return Optional.empty();
        }
        try (Connection connection = ReadOnlyWarehouse.open(warehouseFile());
             Statement statement = connection.createStatement()) {
            return BuildState.readFrom(statement);
        } catch (SQLException e) {
            return Optional.empty();
        }
    }


    /** A read-write connection for a build, resolving the lake scans beside the file ({@link ReadOnlyWarehouse#searchBeside}). */
    private static Connection open(Path file) throws SQLException {
        Connection connection = DriverManager.getConnection("jdbc:duckdb:" + file);
        ReadOnlyWarehouse.searchBeside(connection, file);
        try (Statement statement = connection.createStatement()) {
            DuckDbMemory.bound(statement);
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        return connection;
    }
}
