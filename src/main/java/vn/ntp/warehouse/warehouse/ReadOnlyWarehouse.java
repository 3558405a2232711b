package vn.ntp.warehouse.warehouse;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

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
        return DriverManager.getConnection("jdbc:duckdb:" + warehouseFile.toAbsolutePath(), properties);
    }
}
