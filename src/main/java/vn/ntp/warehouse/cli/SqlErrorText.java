package vn.ntp.warehouse.cli;

import java.util.Locale;

/**
 * What an analyst's SQL error means, in Vietnamese, ahead of DuckDB's own (English) message: DuckDB names the class of
 * its error first ("Catalog Error: ...", "Parser Error: ..."), which says what to look at.
 */
final class SqlErrorText {
    private SqlErrorText() {
    }

    static String of(String duckDbMessage) {
        String message = duckDbMessage == null ? "" : duckDbMessage.strip();
        return "Lỗi SQL: " + meaning(message) + System.lineSeparator() + "  Thông báo gốc của DuckDB: " + message;
    }

    static String meaning(String message) {
        String m = message.toLowerCase(Locale.ROOT);
        if (m.contains("read-only mode") || m.contains("read only")) {
            return "kho chỉ mở để đọc: ./ntp query chạy câu lệnh đọc (SELECT, WITH, DESCRIBE, SHOW...); số liệu trong kho chỉ đổi qua ./ntp run.";
        }
        if (m.startsWith("parser error")) return "câu lệnh sai cú pháp (xem vị trí được chỉ ra bên dưới).";
        if (m.startsWith("catalog error")) {
            return "không có bảng, cột hoặc hàm mang tên này trong kho. Danh mục các bảng và cột: ./ntp docs.";
        }
        if (m.startsWith("binder error")) {
            return "câu lệnh dùng một cột hoặc biểu thức không có (hoặc không dùng được) ở chỗ đó. Danh mục các bảng và cột: ./ntp docs.";
        }
        if (m.startsWith("conversion error")) return "một giá trị không chuyển được sang kiểu dữ liệu cần thiết.";
        if (m.startsWith("out of memory error")) return "câu lệnh cần nhiều bộ nhớ hơn giới hạn; lọc bớt hoặc gộp số liệu trước khi lấy ra.";
        return "DuckDB không chạy được câu lệnh.";
    }
}
