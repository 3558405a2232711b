package vn.ntp.warehouse.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

import vn.ntp.warehouse.warehouse.ReadOnlyWarehouse;
import vn.ntp.warehouse.warehouse.WarehouseBuilder;

/** The published warehouse opened read-only for a command, or one sentence saying why it cannot be. */
final class WarehouseAccess {
    private WarehouseAccess() {
    }

    static Connection open(Path home) {
        Trouble.requireReadableHome(home);
        Path warehouse = home.resolve("warehouse.duckdb");
        if (!Files.exists(warehouse)) {
            throw new Trouble("Chưa có kho dữ liệu " + warehouse + ": chạy ./ntp run (hoặc ./ntp demo) trước.");
        }
        try {
            return ReadOnlyWarehouse.open(warehouse);
        } catch (SQLException e) {
            throw new Trouble("Không mở được kho dữ liệu " + warehouse + ": tệp bị hỏng, không phải kho DuckDB, hoặc không có quyền đọc. "
                    + "Chạy ./ntp run để dựng lại kho từ lake (hoặc chép lại tệp từ bản sao lưu).", e);
        }
    }
}
