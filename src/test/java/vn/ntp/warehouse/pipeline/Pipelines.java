package vn.ntp.warehouse.pipeline;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import vn.ntp.warehouse.warehouse.ReadOnlyWarehouse;
import vn.ntp.warehouse.cli.Ntp;
import vn.ntp.warehouse.warehouse.WarehouseBuilder;

/** Runs the real command line in-process and reads the real warehouse it publishes. */
final class Pipelines {
    static final Path SAMPLE_INBOX = Path.of("jobs", "sample-inbox");

    private Pipelines() {
    }

    record Result(int exitCode, String out) {
    }

    /** {@code ./ntp ARGS...}, capturing what it prints. */
    static synchronized Result ntp(String... args) {
        PrintStream original = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            int code = Ntp.run(args);
            return new Result(code, buffer.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(original);
        }
    }

    static Result run(Path home, Path inbox) {
        return ntp("run", "--home", home.toString(), "--inbox", inbox.toString());
    }

    /** A copy of the sample inbox, file times in the order the generator intended (git does not keep them). */
    static Path copyOfSampleInbox(Path dir) throws IOException {
        Files.createDirectories(dir);
        try (Stream<Path> files = Files.list(SAMPLE_INBOX)) {
            for (Path f : files.toList()) Files.copy(f, dir.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
        return dir;
    }

    static List<Map<String, Object>> query(Path home, String sql) throws SQLException {
        try (Connection c = ReadOnlyWarehouse.open(home.resolve("warehouse.duckdb")); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            return rows(rs);
        }
    }

    static List<Map<String, Object>> rows(ResultSet rs) throws SQLException {
        List<Map<String, Object>> out = new ArrayList<>();
        ResultSetMetaData md = rs.getMetaData();
        while (rs.next()) {
            Map<String, Object> row = new LinkedHashMap<>();
            for (int i = 1; i <= md.getColumnCount(); i++) {
                Object v = rs.getObject(i);
                row.put(md.getColumnLabel(i), v instanceof BigDecimal d ? d.stripTrailingZeros() : v);
            }
            out.add(row);
        }
        return out;
    }

    static BigDecimal single(Path home, String sql) throws SQLException {
        List<Map<String, Object>> rows = query(home, sql);
        if (rows.size() != 1) throw new AssertionError("expected one row from " + sql + " but got " + rows);
        Object v = rows.get(0).values().iterator().next();
        return v == null ? null : new BigDecimal(v.toString()).stripTrailingZeros();
    }

    static BigDecimal mvnd(long value) {
        return BigDecimal.valueOf(value).stripTrailingZeros();
    }
}
