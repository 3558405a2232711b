package vn.ntp.warehouse.warehouse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import vn.ntp.warehouse.lake.LakeLedger;
import vn.ntp.warehouse.lake.LakePartition;
import vn.ntp.warehouse.lake.SqlText;

/**
 * Builds the DuckDB warehouse from the lake by running the {@code sql/} models, then publishes it:
 * {@code <home>/warehouse.duckdb.next} is built, checkpointed and closed, then moved atomically over
 * {@code <home>/warehouse.duckdb}. Readers holding the old file keep their snapshot.
 *
 * <p>{@link #publish} builds in proportion to what changed. The published file stores what it was
 * built from ({@link BuildState}): unchanged → kept as it is; {@code sql/}, reference data, rules or
 * schedule changed → a full build; only some lake partitions ({@code program=/year=}) changed → those
 * partitions are rebuilt from their own lake files into {@code warehouse.duckdb.delta} and swapped
 * into a copy of the published file. A partition's rows depend only on the lake files of that partition,
 * except that a warehouse rule may compare a year with the year before ({@code reads_previous_year}):
 * then the year after a changed partition is rebuilt too, and the year before is read (not rebuilt) for
 * those rules.
 *
 * <p>DuckDB caches a database by path inside one JVM: close every connection to
 * {@code warehouse.duckdb} before opening it again to see a new build.
 */
public final class WarehouseBuilder {

    public static final String WAREHOUSE_FILE = "warehouse.duckdb";
    public static final String NEXT_FILE = WAREHOUSE_FILE + ".next";
    public static final String DELTA_FILE = WAREHOUSE_FILE + ".delta";
    private static final int SAMPLE_ROWS = 3;

    /** What {@link #publish} did. */
    public enum Outcome { UNCHANGED, FULL, INCREMENTAL }

    /** The published file, what was done, and the lake partitions rebuilt (all of them for a full build). */
    public record Publication(Outcome outcome, Set<LakePartition> rebuilt, BuildResult result) {
    }

    private final Path home;
    private final SqlProject sql;
    private final SqlPlaceholders placeholders;
    private final Path referenceDir;
    private final Path jobsDir;

    /** The models only: no warehouse rules, an empty form schedule, load and flag. */
    public WarehouseBuilder(Path home, Path sqlDir, Path referenceDir) {
        this(home, sqlDir, referenceDir, null);
    }

    /**
     * The models, then the warehouse rules of {@code jobsDir/rules/warehouse_rules.yaml} (queries in
     * {@code sqlDir/rules/}), the policy of {@code jobsDir/rules/policy.yaml} and the form schedule of
     * {@code jobsDir/schedule/forms.yaml}; a missing file means no rules, load and flag, no schedule.
     */
    public WarehouseBuilder(Path home, Path sqlDir, Path referenceDir, Path jobsDir) {
        this.home = home.toAbsolutePath();
        this.sql = new SqlProject(sqlDir);
        this.placeholders = new SqlPlaceholders(this.home.resolve("lake"), referenceDir);
        this.referenceDir = referenceDir.toAbsolutePath();
        this.jobsDir = jobsDir == null ? null : jobsDir.toAbsolutePath();
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
        deleteStale(home.resolve(DELTA_FILE));   // an update killed midway; the published file is intact
        BuildState now = currentState();
        Optional<BuildState> published = publishedState();
        if (published.isEmpty() || !published.get().inputs().equals(now.inputs())) {
            return new Publication(Outcome.FULL, now.partitions().keySet(), buildFull(now, progress));
        }
        Set<LakePartition> changed = published.get().changedPartitions(now);
        if (changed.isEmpty()) {
            return new Publication(Outcome.UNCHANGED, Set.of(), new BuildResult(warehouseFile(), Map.of()));
        }
        boolean comparesYears = !rules().readingPreviousYear().isEmpty();
        Set<LakePartition> rebuilt = new TreeSet<>(PARTITION_ORDER);
        rebuilt.addAll(changed);
        for (LakePartition p : changed) {
            LakePartition following = new LakePartition(p.program(), p.year() + 1);
            if (comparesYears && now.partitions().containsKey(following)) rebuilt.add(following);
        }
        if (rebuilt.containsAll(now.partitions().keySet())) {
            return new Publication(Outcome.FULL, now.partitions().keySet(), buildFull(now, progress));
        }
        Set<LakePartition> before = new TreeSet<>(PARTITION_ORDER);
        for (LakePartition p : changed) {
            LakePartition previous = new LakePartition(p.program(), p.year() - 1);
            if (comparesYears && published.get().partitions().containsKey(previous) && !rebuilt.contains(previous)) {
                before.add(previous);
            }
        }
        progress.accept("lake partitions changed since the published build: " + describe(changed)
                + "; rebuilding " + describe(rebuilt) + (before.isEmpty() ? "" : ", reading " + describe(before) + " for the rules"));
        return new Publication(Outcome.INCREMENTAL, rebuilt, buildIncremental(now, rebuilt, before, progress));
    }

    private BuildResult buildFull(BuildState state, Consumer<String> progress) {
        Path next = home.resolve(NEXT_FILE);
        deleteStale(next);
        try (Connection connection = open(next);
             Statement statement = connection.createStatement()) {
            runModelsAndRules(connection, statement, placeholders, null, Set.of(), progress);
            return checkpointAndSwap(connection, statement, state, next, progress);
        } catch (SQLException e) {
            throw new WarehouseBuildException("cannot build the warehouse: " + e.getMessage(), e);
        } finally {
            deleteStale(next);   // published: already renamed away; failed: its leftovers
        }
    }

    /**
     * Builds the {@code rebuilt} partitions alone into the delta file (the rules also see the published
     * rows of the {@code before} partitions), then replaces those partitions' rows in a copy of the
     * published file, recomputes the few tables that span partitions (such as {@code dim_period}) and
     * publishes the copy.
     */
    private BuildResult buildIncremental(BuildState state, Set<LakePartition> rebuilt, Set<LakePartition> before,
                                         Consumer<String> progress) {
        Path live = warehouseFile();
        Path delta = home.resolve(DELTA_FILE);
        Path next = home.resolve(NEXT_FILE);
        deleteStale(delta);
        deleteStale(next);
        try {
            List<String> partitioned;
            try (Connection connection = open(delta);
                 Statement statement = connection.createStatement()) {
                partitioned = runModelsAndRules(connection, statement, placeholders.restrictedTo(rebuilt), rebuilt, before, progress);
            }
            Files.copy(live, next, StandardCopyOption.REPLACE_EXISTING);
            try (Connection connection = open(next);
                 Statement statement = connection.createStatement()) {
                PartitionTables.replace(statement, delta, partitioned, rebuilt, progress);
                for (SqlModel model : PartitionTables.spanning(sql.modelsInBuildOrder(), partitioned)) {
                    progress.accept("rebuilding " + model.name() + " (spans partitions)");
                    execute(statement, placeholders, model);
                }
                return checkpointAndSwap(connection, statement, state, next, progress);
            }
        } catch (SQLException e) {
            throw new WarehouseBuildException("cannot update the warehouse: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + live + " to " + next, e);
        } finally {
            deleteStale(delta);
            deleteStale(next);   // published: already renamed away; failed: its leftovers
        }
    }

    /**
     * Creates the engine tables, runs every model, then the warehouse rules and the block_on_error policy.
     * {@code partitions} null: the whole lake. Otherwise the lake scans read those partitions only, only the
     * findings of {@code partitions} are kept, and before the rules that compare a year with the year
     * before run, the published rows of the {@code before} partitions of the tables they read are added.
     * Returns the partitioned tables (those with {@code program_code} and {@code year} columns).
     */
    private List<String> runModelsAndRules(Connection connection, Statement statement, SqlPlaceholders scans,
                                           Set<LakePartition> partitions, Set<LakePartition> before,
                                           Consumer<String> progress) throws SQLException {
        List<SqlModel> models = sql.modelsInBuildOrder();
        WarehouseRules rules = rules();
        WarehousePolicy policy = jobsDir == null ? WarehousePolicy.defaults() : WarehousePolicy.load(rulesConfigDir());
        FormSchedule schedule = jobsDir == null ? FormSchedule.empty() : FormSchedule.load(jobsDir.resolve("schedule"));
        EngineTables.create(statement);
        EngineTables.writeSchedule(connection, schedule);
        for (SqlModel model : models) {
            progress.accept("building " + model.name());
            execute(statement, scans, model);
        }
        List<String> partitioned = PartitionTables.partitioned(statement);
        if (!rules.isEmpty()) {
            RuleEngine engine = new RuleEngine(rulesConfigDir(), scans);
            try (EngineTables.FindingsAppender findings = new EngineTables.FindingsAppender(connection)) {
                Consumer<RuleFinding> keep = partitions == null ? findings::add : f -> {
                    if (partitions.contains(LakePartition.of(f.programCode(), f.year() == null ? 0 : f.year()))) findings.add(f);
                };
                engine.run(rules.withinYear(), statement, progress, keep);
                List<WarehouseRules.Loaded> comparing = rules.readingPreviousYear();
                if (!before.isEmpty() && !comparing.isEmpty()) {
                    Set<String> read = PartitionTables.readBy(comparing.stream().map(WarehouseRules.Loaded::sql).toList(), models);
                    progress.accept("reading the published rows of " + describe(before) + " of " + new TreeSet<>(read));
                    PartitionTables.copyPublishedRows(statement, warehouseFile(), read, partitioned,
                            PartitionTables.spanning(models, partitioned), before);
                }
                engine.run(comparing, statement, progress, keep);
            }
            rebuildReaders(statement, scans, models, EngineTables.FINDINGS, progress);
        }
        if (policy.blockOnError()) {
            long blocked = EngineTables.blockSubmissionsWithErrors(statement);
            progress.accept("block_on_error: " + blocked + " submission(s) with errors kept out of the facts");
            if (blocked > 0) {
                rebuildReaders(statement, scans, models, EngineTables.BLOCKED, progress);
            }
        }
        return partitioned;
    }

    /** Stores the build state in {@code next}, checkpoints and closes it, and renames it over the live file. */
    private BuildResult checkpointAndSwap(Connection connection, Statement statement, BuildState state, Path next,
                                          Consumer<String> progress) throws SQLException {
        state.writeTo(connection);
        DataDictionary.load(jobsDir).comment(statement);   // COMMENT ON every table and column (jobs/dictionary)
        Map<String, Long> rowCounts = tableRowCounts(statement);
        statement.execute("CHECKPOINT");
        connection.close();
        Path live = warehouseFile();
        try {
            Files.move(next, live, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot publish " + next + " as " + live, e);
        }
        progress.accept("published " + live);
        return new BuildResult(live, rowCounts);
    }

    private BuildState currentState() {
        List<Path> folders = new ArrayList<>(List.of(sql.root(), referenceDir));
        if (jobsDir != null) {
            folders.add(rulesConfigDir());
            folders.add(jobsDir.resolve("schedule"));
            folders.add(jobsDir.resolve(DataDictionary.FOLDER));
        }
        return new BuildState(BuildState.inputsFingerprint(folders), LakeLedger.partitionFingerprints(home.resolve("lake")));
    }

    private Optional<BuildState> publishedState() {
        if (!Files.isRegularFile(warehouseFile())) {
            return Optional.empty();
        }
        try (Connection connection = openReadOnly(warehouseFile());
             Statement statement = connection.createStatement()) {
            return BuildState.readFrom(statement);
        } catch (SQLException e) {
            return Optional.empty();
        }
    }

    private static final Comparator<LakePartition> PARTITION_ORDER =
            Comparator.comparing(LakePartition::program).thenComparingInt(LakePartition::year);

    private static String describe(Set<LakePartition> partitions) {
        return partitions.stream().sorted(PARTITION_ORDER).map(p -> p.program() + " " + p.year())
                .collect(Collectors.joining(", "));
    }

    /**
     * Runs every {@code sql/tests/*.sql} assertion on a warehouse file (read-only) and returns one
     * line per failing assertion: file name, row count and the first offending rows. Empty: all pass.
     */
    public List<String> runAssertions(Path warehouseFile) {
        List<String> failures = new ArrayList<>();
        try (Connection connection = openReadOnly(warehouseFile);
             Statement statement = connection.createStatement()) {
            for (Path file : sql.assertionFiles()) {
                String query = placeholders.apply(SqlProject.read(file).strip().replaceAll(";+$", ""));
                String failure = check(statement, file.getFileName().toString(), query);
                if (failure != null) {
                    failures.add(failure);
                }
            }
        } catch (SQLException e) {
            throw new WarehouseBuildException("cannot open " + warehouseFile + " to run assertions", e);
        }
        return failures;
    }

    /** A read-only connection, as {@code ./ntp query} and analysts use. */
    public static Connection openReadOnly(Path warehouseFile) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("duckdb.read_only", "true");
        Connection connection = DriverManager.getConnection("jdbc:duckdb:" + warehouseFile.toAbsolutePath(), properties);
        searchBeside(connection, warehouseFile);
        return connection;
    }

    private static Connection open(Path file) throws SQLException {
        Connection connection = DriverManager.getConnection("jdbc:duckdb:" + file);
        searchBeside(connection, file);
        return connection;
    }

    /**
     * The lake scans of the staging views are written relative to the warehouse's folder ({@code lake/...}, see
     * {@link SqlPlaceholders}); DuckDB resolves them through {@code file_search_path}, set here to the folder
     * that holds the database file, so a home moved or copied elsewhere still answers every view.
     */
    static void searchBeside(Connection connection, Path databaseFile) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET file_search_path = " + SqlText.literal(SqlText.path(databaseFile.toAbsolutePath().getParent())));
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
    }

    private WarehouseRules rules() {
        if (jobsDir == null || !Files.isRegularFile(rulesConfigDir().resolve(WarehouseRules.FILE_NAME))) {
            return WarehouseRules.none();
        }
        return WarehouseRules.load(rulesConfigDir(), sql.rulesDir());
    }

    private Path rulesConfigDir() {
        return jobsDir.resolve("rules");
    }

    /** Runs again, in build order, every model that reads {@code table} directly or through other models. */
    private static void rebuildReaders(Statement statement, SqlPlaceholders scans, List<SqlModel> models, String table,
                                       Consumer<String> progress) throws SQLException {
        Set<String> changed = new HashSet<>(Set.of(table));
        for (SqlModel model : models) {
            if (changed.stream().anyMatch(model::reads)) {
                progress.accept("rebuilding " + model.name());
                execute(statement, scans, model);
                changed.add(model.name());
            }
        }
    }

    private static void execute(Statement statement, SqlPlaceholders scans, SqlModel model) throws SQLException {
        try {
            statement.execute(scans.apply(model.statement()));
        } catch (SQLException e) {
            throw new SQLException(model.file().getFileName() + " (" + model.name() + "): " + e.getMessage(), e);
        }
    }

    private static String check(Statement statement, String fileName, String query) {
        try {
            long rows;
            try (ResultSet count = statement.executeQuery("select count(*) from (\n" + query + "\n)")) {
                count.next();
                rows = count.getLong(1);
            }
            if (rows == 0) {
                return null;
            }
            StringJoiner samples = new StringJoiner("; ");
            try (ResultSet sample = statement.executeQuery("select * from (\n" + query + "\n) limit " + SAMPLE_ROWS)) {
                ResultSetMetaData meta = sample.getMetaData();
                while (sample.next()) {
                    StringJoiner row = new StringJoiner(", ", "{", "}");
                    for (int column = 1; column <= meta.getColumnCount(); column++) {
                        row.add(meta.getColumnLabel(column) + "=" + sample.getString(column));
                    }
                    samples.add(row.toString());
                }
            }
            return fileName + ": " + rows + " offending row(s), e.g. " + samples;
        } catch (SQLException e) {
            return fileName + ": cannot run: " + e.getMessage();
        }
    }

    private static Map<String, Long> tableRowCounts(Statement statement) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = statement.executeQuery(
                "select table_name from duckdb_tables() where schema_name = 'main' order by table_name")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : tables) {
            try (ResultSet rs = statement.executeQuery("select count(*) from " + SqlText.identifier(table))) {
                rs.next();
                counts.put(table, rs.getLong(1));
            }
        }
        return counts;
    }

    private static void deleteStale(Path file) {
        try {
            Files.deleteIfExists(file);
            Files.deleteIfExists(file.resolveSibling(file.getFileName() + ".wal"));
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the stale " + file, e);
        }
    }
}
