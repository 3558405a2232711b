package vn.ntp.warehouse.warehouse;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import vn.ntp.warehouse.lake.SqlText;

/**
 * What every table and column of the warehouse means, in Vietnamese: {@code jobs/dictionary/tables.csv}
 * (table, label, grain) and {@code jobs/dictionary/columns.csv} (optional table, column, label,
 * description; a row without a table holds for the column in every table). One source for the
 * warehouse's {@code COMMENT ON} (applied at every build, before the file is published), the
 * Vietnamese headers and the data-dictionary sheet of the CSV/XLSX exports, and {@code ./ntp docs}.
 */
public final class DataDictionary {
    public static final String FOLDER = "dictionary";

    public record Table(String name, String label, String grain) {
    }

    public record Column(String label, String description) {
    }

    private final Map<String, Table> tables;
    private final Map<String, Column> columns;   // "table.column" or ".column"

    private DataDictionary(Map<String, Table> tables, Map<String, Column> columns) {
        this.tables = tables;
        this.columns = columns;
    }

    public static DataDictionary load(Path jobsDir) {
        Map<String, Table> tables = new LinkedHashMap<>();
        Map<String, Column> columns = new HashMap<>();
        if (jobsDir != null) {
            for (CSVRecord r : csv(jobsDir.resolve(FOLDER).resolve("tables.csv"))) {
                tables.put(r.get("table_name"), new Table(r.get("table_name"), r.get("label_vi"), r.get("grain_vi")));
            }
            for (CSVRecord r : csv(jobsDir.resolve(FOLDER).resolve("columns.csv"))) {
                columns.put(r.get("table_name") + "." + r.get("column_name"), new Column(r.get("label_vi"), r.get("description_vi")));
            }
        }
        return new DataDictionary(tables, columns);
    }

    public Optional<Table> table(String name) {
        return Optional.ofNullable(tables.get(name));
    }

    public Optional<Column> column(String table, String column) {
        Column specific = columns.get(table + "." + column);
        return Optional.ofNullable(specific != null ? specific : columns.get("." + column));
    }

    /** The Vietnamese header of a column, or the column name itself when the dictionary has none. */
    public String label(String table, String column) {
        return column(table, column).map(Column::label).orElse(column);
    }

    /** {@code Tỷ lệ giải ngân (%): Giải ngân chia kế hoạch vốn × 100 [disbursement_pct]}. */
    public String columnComment(String table, String column) {
        return column(table, column).map(c -> c.label() + (c.description().isBlank() ? "" : ": " + c.description()))
                .orElse(column) + " [" + column + "]";
    }

    /** {@code Tổng hợp giải ngân — một dòng cho mỗi … [mart_disbursement]}. */
    public String tableComment(String table) {
        return table(table).map(t -> t.label() + " — " + t.grain()).orElse(table) + " [" + table + "]";
    }

    /** COMMENT ON every table, view and column of the open database; returns how many objects were commented. */
    public int comment(Statement statement) throws SQLException {
        List<String[]> objects = new ArrayList<>();
        try (ResultSet rs = statement.executeQuery("""
                select t.table_name, t.table_type, c.column_name
                from information_schema.tables t
                join information_schema.columns c on c.table_schema = t.table_schema and c.table_name = t.table_name
                where t.table_schema = 'main'
                order by t.table_name, c.ordinal_position""")) {
            while (rs.next()) objects.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
        }
        String current = null;
        int count = 0;
        for (String[] o : objects) {
            String kind = o[1].equals("VIEW") ? "VIEW" : "TABLE";
            if (!o[0].equals(current)) {
                current = o[0];
                statement.execute("COMMENT ON " + kind + " " + SqlText.identifier(o[0]) + " IS " + SqlText.literal(tableComment(o[0])));
                count++;
            }
            statement.execute("COMMENT ON COLUMN " + SqlText.identifier(o[0]) + "." + SqlText.identifier(o[2]) + " IS "
                    + SqlText.literal(columnComment(o[0], o[2])));
            count++;
        }
        return count;
    }

    private static List<CSVRecord> csv(Path file) {
        if (!Files.exists(file)) return List.of();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
