package vn.ntp.warehouse.pipeline;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The PostgreSQL server that {@code .ci/run} starts ({@code .ci/postgres}: Debian's server, a cluster in a
 * temporary folder, 127.0.0.1 only), found through {@code NTP_TEST_PG_URL}, {@code NTP_TEST_PG_USER} and
 * {@code NTP_TEST_PG_PASSWORD}. Each test gets a database of its own. Without the variables the tests are
 * skipped, except under CI, where they must run.
 */
public record ThrowAwayPostgres(String url, String user, String password) {

    /** A new, empty database on the test server; skips (fails under CI) when there is no server. */
    public static ThrowAwayPostgres freshDatabase() throws SQLException {
        String url = System.getenv("NTP_TEST_PG_URL");
        if (url == null || url.isBlank()) {
            String how = "NTP_TEST_PG_URL is not set: start a throw-away server with "
                    + "eval \"$(.ci/postgres start $(mktemp -d))\" (.ci/run does)";
            if ("true".equals(System.getenv("CI"))) fail(how);
            assumeTrue(false, how);
        }
        ThrowAwayPostgres server = new ThrowAwayPostgres(url, System.getenv("NTP_TEST_PG_USER"), System.getenv("NTP_TEST_PG_PASSWORD"));
        String name = "ntp_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
        try (Connection c = server.connect(); Statement s = c.createStatement()) {
            s.execute("create database " + name);
        }
        return new ThrowAwayPostgres(url.substring(0, url.lastIndexOf('/') + 1) + name, server.user, server.password);
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    /** The Spring properties that put the job repository (and Quartz's JDBC store) on this database. */
    public List<String> springArgs() {
        return List.of("--spring.datasource.url=" + url, "--spring.datasource.username=" + user,
                "--spring.datasource.password=" + password);
    }

    public List<Map<String, Object>> query(String sql) throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return Pipelines.rows(rs);
        }
    }

    public List<String> column(String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        for (Map<String, Object> row : query(sql)) out.add(String.valueOf(row.values().iterator().next()));
        return out;
    }
}
