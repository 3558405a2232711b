package vn.ntp.warehouse.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * {@code ./ntp export [--format parquet|csv|xlsx]}: every mart to {@code exports/}. Parquet keeps
 * the contract's column names (for tools); CSV and XLSX are for people: Vietnamese headers from
 * {@code jobs/exports/column_labels.csv}, and text that a spreadsheet would run as a formula
 * (starting with = + - @ tab or CR) is prefixed with an apostrophe.
 */
final class ExportCommand {
    private ExportCommand() {
    }

    static int run(Arguments args) throws Arguments.UsageException {
        String format = args.option("--format").orElse("parquet");
        if (!List.of("parquet", "csv", "xlsx").contains(format)) {
            throw new Arguments.UsageException("Định dạng không hỗ trợ: " + format + " (parquet, csv, xlsx)");
        }
        Path out = args.home().resolve("exports");
        try (Connection c = WarehouseAccess.open(args.home()); Statement s = c.createStatement()) {
            Files.createDirectories(out);
            Map<String, String> labels = labels(args.jobsDir().resolve("exports/column_labels.csv"));
            for (String table : marts(s)) {
                Path target = out.resolve(table + "." + format);
                Path tmp = out.resolve(table + "." + format + ".tmp");
                switch (format) {
                    case "parquet" -> s.execute("copy (select * from " + table + ") to '" + tmp.toString().replace("'", "''")
                            + "' (format parquet, compression zstd)");
                    case "csv" -> writeCsv(s, table, tmp, labels);
                    default -> writeXlsx(s, table, tmp, labels);
                }
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                System.out.println("  " + target);
            }
            return 0;
        } catch (SQLException | IOException e) {
            throw Trouble.of("Xuất dữ liệu vào " + out + " thất bại", e, args.home());
        }
    }

    static List<String> marts(Statement s) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet rs = s.executeQuery("select table_name from information_schema.tables where table_name like 'mart\\_%' escape '\\' order by 1")) {
            while (rs.next()) names.add(rs.getString(1));
        }
        return names;
    }

    static Map<String, String> labels(Path file) throws IOException {
        Map<String, String> map = new HashMap<>();
        if (!Files.exists(file)) return map;
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (CSVRecord rec : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
                map.put(rec.get("column_name"), rec.get("label_vi"));
            }
        }
        return map;
    }

    /** Text a spreadsheet would treat as a formula is neutralised (OWASP CSV injection advice). */
    static String guard(String text) {
        if (text.isEmpty()) return text;
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r' ? "'" + text : text;
    }

    private static void writeCsv(Statement s, String table, Path target, Map<String, String> labels) throws SQLException, IOException {
        try (ResultSet rs = s.executeQuery("select * from " + table);
             OutputStream os = Files.newOutputStream(target);
             CSVPrinter printer = new CSVPrinter(new java.io.OutputStreamWriter(os, StandardCharsets.UTF_8), CSVFormat.DEFAULT)) {
            os.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}); // BOM: Excel opens UTF-8 Vietnamese correctly
            ResultSetMetaData md = rs.getMetaData();
            List<String> header = new ArrayList<>();
            for (int i = 1; i <= md.getColumnCount(); i++) header.add(labels.getOrDefault(md.getColumnLabel(i), md.getColumnLabel(i)));
            printer.printRecord(header);
            while (rs.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    Object v = rs.getObject(i);
                    row.add(v == null ? "" : v instanceof BigDecimal d ? d.stripTrailingZeros().toPlainString()
                            : v instanceof Number ? v.toString() : guard(v.toString()));
                }
                printer.printRecord(row);
            }
        }
    }

    private static void writeXlsx(Statement s, String table, Path target, Map<String, String> labels) throws SQLException, IOException {
        try (ResultSet rs = s.executeQuery("select * from " + table); SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            SXSSFSheet sheet = wb.createSheet(table.length() > 31 ? table.substring(0, 31) : table);
            ResultSetMetaData md = rs.getMetaData();
            var head = sheet.createRow(0);
            for (int i = 1; i <= md.getColumnCount(); i++) {
                head.createCell(i - 1).setCellValue(labels.getOrDefault(md.getColumnLabel(i), md.getColumnLabel(i)));
            }
            int r = 1;
            while (rs.next()) {
                var row = sheet.createRow(r++);
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    Object v = rs.getObject(i);
                    if (v == null) continue;
                    if (v instanceof Number n) row.createCell(i - 1).setCellValue(n.doubleValue());
                    else row.createCell(i - 1).setCellValue(guard(v.toString()));
                }
            }
            try (OutputStream os = Files.newOutputStream(target)) {
                wb.write(os);
            }
        }
    }
}
