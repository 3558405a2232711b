package vn.ntp.warehouse.cli;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;

import vn.ntp.warehouse.warehouse.WarehouseBuilder;

/**
 * {@code ./ntp query "SQL"}: one statement on a read-only connection, printed as CSV (header row,
 * '.' decimal point, UTF-8, RFC 4180 quoting). The warehouse cannot be changed through it.
 */
final class QueryCommand {
    private QueryCommand() {
    }

    static int run(Arguments args) throws Arguments.UsageException {
        if (args.positional().size() != 1) throw new Arguments.UsageException("Cách dùng: ./ntp query \"SQL\"");
        Path warehouse = args.home().resolve("warehouse.duckdb");
        if (!Files.exists(warehouse)) {
            System.err.println("Chưa có kho dữ liệu " + warehouse + ": chạy ./ntp run hoặc ./ntp demo trước.");
            return 1;
        }
        try (Connection c = WarehouseBuilder.openReadOnly(warehouse); Statement s = c.createStatement()) {
            boolean hasRows = s.execute(args.positional().get(0));
            if (hasRows) {
                try (ResultSet rs = s.getResultSet()) {
                    print(rs, System.out);
                }
            }
            return 0;
        } catch (SQLException e) {
            System.err.println("Lỗi SQL: " + e.getMessage());
            return 1;
        }
    }

    static void print(ResultSet rs, PrintStream out) throws SQLException {
        ResultSetMetaData md = rs.getMetaData();
        int n = md.getColumnCount();
        StringBuilder line = new StringBuilder();
        for (int i = 1; i <= n; i++) {
            if (i > 1) line.append(',');
            line.append(csv(md.getColumnLabel(i)));
        }
        out.println(line);
        while (rs.next()) {
            line.setLength(0);
            for (int i = 1; i <= n; i++) {
                if (i > 1) line.append(',');
                Object v = rs.getObject(i);
                line.append(v == null ? "" : csv(v instanceof BigDecimal d ? d.stripTrailingZeros().toPlainString() : v.toString()));
            }
            out.println(line);
        }
    }

    static String csv(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) return s;
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
