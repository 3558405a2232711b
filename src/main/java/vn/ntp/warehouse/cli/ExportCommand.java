package vn.ntp.warehouse.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
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
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import vn.ntp.warehouse.report.Vocabulary;
import vn.ntp.warehouse.warehouse.DataDictionary;

/**
 * {@code ./ntp export [--format parquet|csv|xlsx]}: the marts, the files received ({@code submission}),
 * the findings ({@code dq_issue}) and the units that have not reported ({@code missing_submissions}),
 * as listed in {@code jobs/exports/exports.csv}, into {@code exports/}.
 * <ul>
 * <li>Parquet, for tools: one file per table, the contract's column names and codes, every row.</li>
 * <li>XLSX, for people: one workbook {@code kho-du-lieu.xlsx}, a sheet per table (Vietnamese name),
 * bold frozen header with an auto-filter, column widths, number formats (money with thousands
 * separators, rates to 2 decimals, dates dd/mm/yyyy), rows sorted, names beside codes (each table's
 * query is {@code jobs/exports/<table>.sql}), coded values in Vietnamese ({@code jobs/dictionary/codes.csv}),
 * and a data-dictionary sheet from {@code jobs/dictionary/columns.csv}.</li>
 * <li>CSV: the same columns, one UTF-8 file per table (with a BOM, for Excel) and {@code tu-dien-du-lieu.csv}.</li>
 * </ul>
 * Text that a spreadsheet would run as a formula (starting with = + - @ tab or CR) gets an apostrophe.
 */
final class ExportCommand {
    static final String WORKBOOK = "kho-du-lieu.xlsx";
    static final String DICTIONARY_SHEET = "Từ điển dữ liệu";
    static final String DICTIONARY_CSV = "tu-dien-du-lieu.csv";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    /** Columns whose codes are shown as Vietnamese words in CSV and XLSX (Parquet keeps the codes). */
    private static final Set<String> CODED = Set.of("status", "submission_status", "ledger_status", "severity", "source", "basis",
            "unit_level", "parent_level", "successor_unit_level", "project_level", "budget_level", "capital_type", "vintage",
            "household_group", "period_type", "rule_name");

    private ExportCommand() {
    }

    /** One exported table: its name, its sheet and what it holds. */
    record Export(String name, String sheet, String description) {
    }

    static int run(Arguments args) throws Arguments.UsageException {
        String format = args.option("--format").orElse("parquet");
        if (!List.of("parquet", "csv", "xlsx").contains(format)) {
            throw new Arguments.UsageException("Định dạng không hỗ trợ: " + format + " (parquet, csv, xlsx)");
        }
        Path out = args.home().resolve("exports");
        List<Export> exports = exports(args.jobsDir().resolve("exports/exports.csv"));
        DataDictionary dictionary = DataDictionary.load(args.jobsDir());
        Vocabulary words = Vocabulary.load(args.jobsDir());
        try (Connection c = WarehouseAccess.open(args.home()); Statement s = c.createStatement()) {
            Files.createDirectories(out);
            List<Path> written = switch (format) {
                case "parquet" -> parquet(s, exports, out);
                case "csv" -> csv(s, exports, out, args.jobsDir(), dictionary, words);
                default -> List.of(xlsx(s, exports, out, args.jobsDir(), dictionary, words));
            };
            System.out.println("Đã xuất " + written.size() + " tệp " + switch (format) {
                case "parquet" -> "Parquet (mỗi bảng một tệp, giữ nguyên mã)";
                case "csv" -> "CSV (mỗi bảng một tệp, kèm từ điển dữ liệu)";
                default -> "Excel (mỗi bảng một trang tính, kèm từ điển dữ liệu)";
            } + " vào " + out + ":");
            written.forEach(p -> System.out.println("  " + p));
            return 0;
        } catch (SQLException | IOException | UncheckedIOException e) {
            throw Trouble.of("Xuất dữ liệu vào " + out + " thất bại", e, args.home());
        }
    }

    static List<Export> exports(Path file) throws Arguments.UsageException {
        if (!Files.exists(file)) throw new Arguments.UsageException("Thiếu tệp cấu hình " + file);
        List<Export> list = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (CSVRecord rec : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
                list.add(new Export(rec.get("name"), rec.get("sheet_vi"), rec.get("description_vi")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return list;
    }

    private static String query(Path jobsDir, Export export) throws IOException {
        Path file = jobsDir.resolve("exports").resolve(export.name() + ".sql");
        return Files.readString(file, StandardCharsets.UTF_8).strip().replaceAll(";+$", "");
    }

    // ---------- Parquet: codes and contract names, for tools

    private static List<Path> parquet(Statement s, List<Export> exports, Path out) throws SQLException, IOException {
        List<Path> written = new ArrayList<>();
        for (Export e : exports) {
            Path target = out.resolve(e.name() + ".parquet");
            Path tmp = out.resolve(e.name() + ".parquet.tmp");
            s.execute("copy (select * from " + e.name() + ") to '" + tmp.toString().replace("'", "''") + "' (format parquet, compression zstd)");
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            written.add(target);
        }
        return written;
    }

    // ---------- CSV and XLSX: for people

    /** A value as a person reads it in a CSV cell. */
    private static String text(Object v, String column, Vocabulary words) {
        if (v == null) return "";
        if (v instanceof Boolean b) return b ? "Có" : "Không";
        if (v instanceof BigDecimal d) return d.stripTrailingZeros().toPlainString();
        if (v instanceof Number) return v.toString();
        if (v instanceof java.sql.Date d) return DAY.format(d.toLocalDate());
        if (v instanceof LocalDate d) return DAY.format(d);
        if (v instanceof java.sql.Timestamp t) return MINUTE.format(t.toLocalDateTime());
        if (v instanceof LocalDateTime t) return MINUTE.format(t);
        return guard(word(v.toString(), column, words));
    }

    private static String word(String code, String column, Vocabulary words) {
        if (!CODED.contains(column)) return code;
        return words.word(column.equals("rule_name") ? "rule_code" : column, code);
    }

    private static List<Path> csv(Statement s, List<Export> exports, Path out, Path jobsDir, DataDictionary dictionary, Vocabulary words)
            throws SQLException, IOException {
        List<Path> written = new ArrayList<>();
        List<List<String>> dictionaryRows = new ArrayList<>();
        for (Export e : exports) {
            Path target = out.resolve(e.name() + ".csv");
            Path tmp = out.resolve(e.name() + ".csv.tmp");
            try (ResultSet rs = s.executeQuery(query(jobsDir, e)); OutputStream os = Files.newOutputStream(tmp);
                 CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(os, StandardCharsets.UTF_8), CSVFormat.DEFAULT)) {
                os.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}); // BOM: Excel opens UTF-8 Vietnamese correctly
                ResultSetMetaData md = rs.getMetaData();
                List<String> header = new ArrayList<>();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    header.add(dictionary.label(e.name(), md.getColumnLabel(i)));
                    dictionaryRows.add(dictionaryRow(e, md.getColumnLabel(i), dictionary));
                }
                printer.printRecord(header);
                while (rs.next()) {
                    List<String> row = new ArrayList<>();
                    for (int i = 1; i <= md.getColumnCount(); i++) row.add(text(rs.getObject(i), md.getColumnLabel(i), words));
                    printer.printRecord(row);
                }
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            written.add(target);
        }
        Path target = out.resolve(DICTIONARY_CSV);
        try (OutputStream os = Files.newOutputStream(target);
             CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(os, StandardCharsets.UTF_8), CSVFormat.DEFAULT)) {
            os.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            printer.printRecord(DICTIONARY_HEADER);
            for (List<String> row : dictionaryRows) printer.printRecord(row);
        }
        written.add(target);
        return written;
    }

    static final List<String> DICTIONARY_HEADER = List.of("Trang tính", "Tệp CSV", "Cột", "Tên gốc", "Ý nghĩa");

    private static List<String> dictionaryRow(Export e, String column, DataDictionary dictionary) {
        return List.of(e.sheet(), e.name() + ".csv", dictionary.label(e.name(), column), column,
                dictionary.column(e.name(), column).map(DataDictionary.Column::description).orElse(""));
    }

    /** Number format of a column: money with thousands separators, rates to 2 decimals, counts, dates. */
    static String numberFormat(String column, int sqlType) {
        if (column.endsWith("_mvnd")) return "#,##0.###";
        if (column.endsWith("_pct")) return "0.00";
        return switch (sqlType) {
            case Types.INTEGER, Types.BIGINT, Types.SMALLINT, Types.TINYINT -> column.equals("year") ? "0" : "#,##0";
            case Types.DATE -> "dd/mm/yyyy";
            case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> "dd/mm/yyyy hh:mm";
            case Types.DECIMAL, Types.NUMERIC, Types.DOUBLE, Types.FLOAT, Types.REAL -> "#,##0.##";
            default -> null;
        };
    }

    private static Path xlsx(Statement s, List<Export> exports, Path out, Path jobsDir, DataDictionary dictionary, Vocabulary words)
            throws SQLException, IOException {
        Path target = out.resolve(WORKBOOK);
        Path tmp = out.resolve(WORKBOOK + ".tmp");
        List<List<String>> dictionaryRows = new ArrayList<>();
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            CellStyle header = headerStyle(wb);
            for (Export e : exports) {
                try (ResultSet rs = s.executeQuery(query(jobsDir, e))) {
                    SXSSFSheet sheet = wb.createSheet(e.sheet());
                    ResultSetMetaData md = rs.getMetaData();
                    int n = md.getColumnCount();
                    CellStyle[] styles = new CellStyle[n];
                    int[] widths = new int[n];
                    SXSSFRow head = sheet.createRow(0);
                    for (int i = 0; i < n; i++) {
                        String column = md.getColumnLabel(i + 1);
                        String label = dictionary.label(e.name(), column);
                        var cell = head.createCell(i);
                        cell.setCellValue(label);
                        cell.setCellStyle(header);
                        widths[i] = label.length() + 4;   // room for the filter button
                        String format = numberFormat(column, md.getColumnType(i + 1));
                        if (format != null) {
                            styles[i] = wb.createCellStyle();
                            styles[i].setDataFormat(wb.createDataFormat().getFormat(format));
                        }
                        dictionaryRows.add(dictionaryRow(e, column, dictionary));
                    }
                    int r = 1;
                    while (rs.next()) {
                        SXSSFRow row = sheet.createRow(r++);
                        for (int i = 0; i < n; i++) {
                            Object v = rs.getObject(i + 1);
                            if (v == null) continue;
                            var cell = row.createCell(i);
                            String column = md.getColumnLabel(i + 1);
                            if (v instanceof Number num) {
                                cell.setCellValue(num.doubleValue());
                                widths[i] = Math.max(widths[i], Math.min(18, text(v, column, words).length() + 4));
                            } else if (v instanceof java.sql.Date d) {
                                cell.setCellValue(d.toLocalDate());
                                widths[i] = Math.max(widths[i], 12);
                            } else if (v instanceof java.sql.Timestamp t) {
                                cell.setCellValue(t.toLocalDateTime());
                                widths[i] = Math.max(widths[i], 17);
                            } else {
                                String value = text(v, column, words);
                                cell.setCellValue(value);
                                widths[i] = Math.max(widths[i], value.length() + 2);
                            }
                            if (styles[i] != null) cell.setCellStyle(styles[i]);
                        }
                    }
                    finish(sheet, widths, r - 1);
                }
            }
            SXSSFSheet sheet = wb.createSheet(DICTIONARY_SHEET);
            SXSSFRow head = sheet.createRow(0);
            int[] widths = new int[DICTIONARY_HEADER.size()];
            for (int i = 0; i < DICTIONARY_HEADER.size(); i++) {
                head.createCell(i).setCellValue(DICTIONARY_HEADER.get(i));
                head.getCell(i).setCellStyle(header);
                widths[i] = DICTIONARY_HEADER.get(i).length() + 4;
            }
            int r = 1;
            for (List<String> values : dictionaryRows) {
                SXSSFRow row = sheet.createRow(r++);
                for (int i = 0; i < values.size(); i++) {
                    row.createCell(i).setCellValue(values.get(i));
                    widths[i] = Math.max(widths[i], values.get(i).length() + 2);
                }
            }
            finish(sheet, widths, r - 1);
            try (OutputStream os = Files.newOutputStream(tmp)) {
                wb.write(os);
            }
        }
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return target;
    }

    /** Frozen header, auto-filter over the data, widths (in characters, capped). */
    private static void finish(SXSSFSheet sheet, int[] widths, int lastRow) {
        sheet.createFreezePane(0, 1);
        if (widths.length > 0) sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, lastRow), 0, widths.length - 1));
        for (int i = 0; i < widths.length; i++) sheet.setColumnWidth(i, Math.min(60, Math.max(8, widths[i])) * 256);
    }

    private static CellStyle headerStyle(SXSSFWorkbook wb) {
        Font bold = wb.createFont();
        bold.setBold(true);
        CellStyle style = wb.createCellStyle();
        style.setFont(bold);
        style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        style.setBorderBottom(BorderStyle.THIN);
        style.setWrapText(true);
        return style;
    }

    /** Text a spreadsheet would treat as a formula is neutralised (OWASP CSV injection advice). */
    static String guard(String text) {
        if (text.isEmpty()) return text;
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r' ? "'" + text : text;
    }
}
