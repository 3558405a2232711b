package vn.ntp.warehouse.annex;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.ntp.warehouse.warehouse.ReadOnlyWarehouse;
import vn.ntp.warehouse.warehouse.WarehouseBuilder;

/** A read-only session on the published warehouse: parameterised queries, rows as column → value. */
final class WarehouseRows implements AutoCloseable {
    private final Connection connection;

    WarehouseRows(Path warehouseFile) throws SQLException {
        this.connection = ReadOnlyWarehouse.open(warehouseFile);
    }

    List<Map<String, Object>> query(String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) statement.setObject(i + 1, parameters[i]);
            try (ResultSet rs = statement.executeQuery()) {
                List<Map<String, Object>> rows = new ArrayList<>();
                ResultSetMetaData md = rs.getMetaData();
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int c = 1; c <= md.getColumnCount(); c++) row.put(md.getColumnLabel(c), rs.getObject(c));
                    rows.add(row);
                }
                return rows;
            }
        }
    }

    static String text(Map<String, Object> row, String column) {
        Object v = row.get(column);
        return v == null ? null : v.toString();
    }

    static BigDecimal decimal(Map<String, Object> row, String column) {
        Object v = row.get(column);
        if (v == null) return null;
        if (v instanceof BigDecimal d) return d;
        return new BigDecimal(v.toString());
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
