package vn.ntp.warehouse.warehouse;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

import vn.ntp.warehouse.lake.SqlText;

/**
 * Read-only connections to a published warehouse file, as {@code ./ntp query}, the exports, the run report and
 * analysts use: they never block a build, and keep their snapshot while a new file is renamed over the old one.
 * DuckDB caches a database by path inside one JVM: close every connection to a file before opening it again to
 * see a newer build.
 */
public final class ReadOnlyWarehouse {

    private ReadOnlyWarehouse() {
    }

    public static Connection open(Path warehouseFile) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("duckdb.read_only", "true");
        Connection connection = DriverManager.getConnection("jdbc:duckdb:" + warehouseFile.toAbsolutePath(), properties);
        searchBeside(connection, warehouseFile);
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
}
