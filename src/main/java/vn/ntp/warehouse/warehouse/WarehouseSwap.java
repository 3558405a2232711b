package vn.ntp.warehouse.warehouse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.ntp.warehouse.lake.SqlText;

/**
 * Publishing a built file: the build state is stored in it, it is checkpointed and closed, then renamed
 * atomically over the published file (readers holding the old file keep their snapshot). Also removes what a
 * killed build left behind ({@code .next}, {@code .delta} and their write-ahead logs).
 */
final class WarehouseSwap {

    private static final Logger log = LoggerFactory.getLogger(WarehouseSwap.class);

    private WarehouseSwap() {
    }

    /**
     * Stores {@code state} in {@code next}, comments every table and column from {@code dictionary}, checkpoints
     * and closes it, and renames it over {@code live}.
     */
    static BuildResult checkpointAndRename(Connection connection, BuildState state, DataDictionary dictionary, Path next,
                                           Path live) throws SQLException {
        state.writeTo(connection);
        Map<String, Long> rowCounts;
        try (Statement statement = connection.createStatement()) {
            BuildClock clock = BuildClock.start();
            connection.setAutoCommit(false);   // one commit for the hundreds of COMMENT statements, not one each
            int commented = dictionary.comment(statement);
            connection.commit();
            connection.setAutoCommit(true);
            log.info("publishing: {} comments in {}", commented, clock.elapsed());
            clock = BuildClock.start();
            rowCounts = tableRowCounts(statement);
            statement.execute("CHECKPOINT");
            log.info("publishing: row counts of {} tables and checkpoint in {}", rowCounts.size(), clock.elapsed());
        }
        connection.close();
        try {
            Files.move(next, live, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot publish " + next + " as " + live, e);
        }
        return new BuildResult(live, rowCounts);
    }

    /** Deletes a file a killed or failed build left (and its write-ahead log); creates its folder if needed. */
    static void deleteStale(Path file) {
        try {
            Files.deleteIfExists(file);
            Files.deleteIfExists(file.resolveSibling(file.getFileName() + ".wal"));
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the stale " + file, e);
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
}
