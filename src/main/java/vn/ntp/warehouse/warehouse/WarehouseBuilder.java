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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.Consumer;

/**
 * Builds the DuckDB warehouse from the lake by running the {@code sql/} models, then publishes it:
 * {@code <home>/warehouse.duckdb.next} is built from scratch, checkpointed and closed, then moved
 * atomically over {@code <home>/warehouse.duckdb}. Readers holding the old file keep their snapshot.
 *
 * <p>DuckDB caches a database by path inside one JVM: close every connection to
 * {@code warehouse.duckdb} before opening it again to see a new build.
 */
public final class WarehouseBuilder {

    public static final String WAREHOUSE_FILE = "warehouse.duckdb";
    public static final String NEXT_FILE = WAREHOUSE_FILE + ".next";
    private static final int SAMPLE_ROWS = 3;

    private final Path home;
    private final SqlProject sql;
    private final SqlPlaceholders placeholders;
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
        this.jobsDir = jobsDir == null ? null : jobsDir.toAbsolutePath();
    }

    public Path warehouseFile() {
        return home.resolve(WAREHOUSE_FILE);
    }

    public BuildResult build(Consumer<String> progress) {
        Path live = warehouseFile();
        Path next = home.resolve(NEXT_FILE);
        deleteStaleNext(next);
        List<SqlModel> models = sql.modelsInBuildOrder();
        WarehouseRules rules = rules();
        WarehousePolicy policy = jobsDir == null ? WarehousePolicy.defaults() : WarehousePolicy.load(rulesConfigDir());
        FormSchedule schedule = jobsDir == null ? FormSchedule.empty() : FormSchedule.load(jobsDir.resolve("schedule"));
        Map<String, Long> rowCounts;
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + next);
             Statement statement = connection.createStatement()) {
            EngineTables.create(statement);
            EngineTables.writeSchedule(connection, schedule);
            for (SqlModel model : models) {
                progress.accept("building " + model.name());
                execute(statement, model);
            }
            if (!rules.isEmpty()) {
                List<RuleFinding> findings = new RuleEngine(rules, rulesConfigDir(), placeholders).run(statement, progress);
                EngineTables.writeFindings(connection, findings);
                rebuildReaders(statement, models, EngineTables.FINDINGS, progress);
            }
            if (policy.blockOnError()) {
                long blocked = EngineTables.blockSubmissionsWithErrors(statement);
                progress.accept("block_on_error: " + blocked + " submission(s) with errors kept out of the facts");
                if (blocked > 0) {
                    rebuildReaders(statement, models, EngineTables.BLOCKED, progress);
                }
            }
            rowCounts = tableRowCounts(statement);
            statement.execute("CHECKPOINT");
        } catch (SQLException e) {
            deleteStaleNext(next);
            throw new WarehouseBuildException("cannot build the warehouse: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            deleteStaleNext(next);
            throw e;
        }
        try {
            Files.move(next, live, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot publish " + next + " as " + live, e);
        }
        progress.accept("published " + live);
        return new BuildResult(live, rowCounts);
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
        return DriverManager.getConnection("jdbc:duckdb:" + warehouseFile.toAbsolutePath(), properties);
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
    private void rebuildReaders(Statement statement, List<SqlModel> models, String table, Consumer<String> progress)
            throws SQLException {
        Set<String> changed = new HashSet<>(Set.of(table));
        for (SqlModel model : models) {
            if (changed.stream().anyMatch(model::reads)) {
                progress.accept("rebuilding " + model.name());
                execute(statement, model);
                changed.add(model.name());
            }
        }
    }

    private void execute(Statement statement, SqlModel model) throws SQLException {
        try {
            statement.execute(placeholders.apply(model.statement()));
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
            try (ResultSet rs = statement.executeQuery("select count(*) from \"" + table.replace("\"", "\"\"") + "\"")) {
                rs.next();
                counts.put(table, rs.getLong(1));
            }
        }
        return counts;
    }

    private static void deleteStaleNext(Path next) {
        try {
            Files.deleteIfExists(next);
            Files.deleteIfExists(next.resolveSibling(next.getFileName() + ".wal"));
            Files.createDirectories(next.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the stale " + next, e);
        }
    }
}
