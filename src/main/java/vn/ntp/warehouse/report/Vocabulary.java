package vn.ntp.warehouse.report;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The Vietnamese words for the warehouse's coded values ({@code jobs/dictionary/codes.csv}: column,
 * code, label): {@code reported} → "Đơn vị tự báo cáo", {@code warning} → "Cảnh báo", a rule code →
 * its short name. One source for the run report, the CSV/XLSX exports and the data dictionary; Parquet
 * and the warehouse keep the codes.
 */
public final class Vocabulary {
    public static final String FILE = "dictionary/codes.csv";

    private final Map<String, Map<String, String>> byColumn;

    private Vocabulary(Map<String, Map<String, String>> byColumn) {
        this.byColumn = byColumn;
    }

    public static Vocabulary load(Path jobsDir) {
        Map<String, Map<String, String>> map = new HashMap<>();
        Path file = jobsDir.resolve(FILE);
        if (Files.exists(file)) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                for (CSVRecord rec : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
                    map.computeIfAbsent(rec.get("column_name"), k -> new HashMap<>()).put(rec.get("code"), rec.get("label_vi"));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
        }
        return new Vocabulary(map);
    }

    /** Whether the column holds codes that have Vietnamese words. */
    public boolean coded(String column) {
        return byColumn.containsKey(column);
    }

    /** The Vietnamese word of a code, or the code itself when the dictionary has none. */
    public String word(String column, String code) {
        if (code == null) return "";
        Map<String, String> words = byColumn.get(column);
        return words == null ? code : words.getOrDefault(code, code);
    }

    /** "SUM_CHILDREN — Số của dòng cha khác tổng các dòng con": a code with its name beside it. */
    public String named(String column, String code) {
        String word = word(column, code);
        return word.equals(code) ? code : code + " — " + word;
    }
}
