package vn.ntp.warehouse.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The queries of the run summary and the run report, one file each in {@code sql/reports/}: SQL beside
 * the marts it reads, not strings in Java. A query takes at most one parameter (the run id).
 */
public final class ReportQueries {
    public static final String FOLDER = "reports";

    private final Path folder;

    public ReportQueries(Path sqlDir) {
        this.folder = sqlDir.resolve(FOLDER);
    }

    public String sql(String name) {
        Path file = folder.resolve(name + ".sql");
        try {
            return Files.readString(file, StandardCharsets.UTF_8).strip().replaceAll(";+$", "");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read report query " + file, e);
        }
    }

    /** Runs a query (with its parameters bound in order) and hands back every row as column label → value. */
    public List<Map<String, Object>> rows(Connection c, String name, Object... params) throws SQLException {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql(name))) {
            for (int i = 0; i < params.length; i++) ps.setObject(i + 1, params[i]);
            try (ResultSet rs = ps.executeQuery()) {
                int n = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 1; i <= n; i++) row.put(rs.getMetaData().getColumnLabel(i), rs.getObject(i));
                    rows.add(row);
                }
            }
        }
        return rows;
    }
}
