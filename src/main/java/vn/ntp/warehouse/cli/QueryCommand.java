package vn.ntp.warehouse.cli;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * {@code ./ntp query "SQL"}: one statement on a read-only connection, printed as CSV (header row,
 * '.' decimal point, UTF-8, RFC 4180 quoting). The warehouse cannot be changed through it.
 */
final class QueryCommand {
    private QueryCommand() {
    }

    static int run(Arguments args) throws Arguments.UsageException {
        if (args.positional().size() != 1) throw new Arguments.UsageException("Cách dùng: ./ntp query \"SQL\"");
        String sql = args.positional().get(0);
        int statements = statements(sql);
        if (statements != 1) {
            throw new Arguments.UsageException(statements == 0 ? "Câu lệnh SQL trống."
                    : "./ntp query nhận đúng một câu lệnh SQL; ở đây có " + statements
                    + " câu (ngăn bởi dấu chấm phẩy). Chạy từng câu một.");
        }
        try (Connection c = WarehouseAccess.open(args.home()); Statement s = c.createStatement()) {
            boolean hasRows = s.execute(sql);
            if (hasRows) {
                try (ResultSet rs = s.getResultSet()) {
                    print(rs, System.out);
                }
            }
            return 0;
        } catch (SQLException e) {
            System.err.println(SqlErrorText.of(e.getMessage()));
            return 1;
        }
    }

    /**
     * How many statements a text holds: the parts between semicolons that are not only blanks and
     * comments, semicolons inside quotes ('text', "name", $$text$$) and comments (line and block comments) aside.
     */
    static int statements(String sql) {
        int count = 0;
        boolean content = false;
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char ch = sql.charAt(i);
            if (ch == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                int end = sql.indexOf('\n', i);
                i = end < 0 ? n : end + 1;
            } else if (ch == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                int end = sql.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else if (ch == '\'' || ch == '"') {
                int j = i + 1;
                while (j < n) {
                    if (sql.charAt(j) == ch) {
                        if (j + 1 < n && sql.charAt(j + 1) == ch) {
                            j += 2; // a doubled quote inside the quotes
                            continue;
                        }
                        break;
                    }
                    j++;
                }
                content = true;
                i = j + 1;
            } else if (ch == '$' && i + 1 < n && sql.charAt(i + 1) == '$') {
                int end = sql.indexOf("$$", i + 2);
                content = true;
                i = end < 0 ? n : end + 2;
            } else if (ch == ';') {
                if (content) count++;
                content = false;
                i++;
            } else {
                if (!Character.isWhitespace(ch)) content = true;
                i++;
            }
        }
        return content ? count + 1 : count;
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
