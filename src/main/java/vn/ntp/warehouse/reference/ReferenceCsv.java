package vn.ntp.warehouse.reference;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.ntp.warehouse.text.VietnameseText;

/**
 * Reads one reference CSV (UTF-8, header row, RFC 4180 quoting) into rows of cleaned values.
 * Hand-rolled rather than commons-csv: the unit master has 15,000 rows and must load in a blink.
 */
final class ReferenceCsv {

    /** The rows of a file and where each column sits in them. */
    record Table(Path file, Map<String, Integer> columns, List<String[]> rows) {
        /** The value of a column in a row; empty when the row is short. */
        String value(String[] row, String column) {
            int index = columns.get(column);
            return index < row.length ? row[index] : "";
        }
    }

    private ReferenceCsv() {
    }

    static Table read(Path file, String... requiredColumns) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("Reference file not found: " + file);
        }
        String content;
        try {
            content = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read reference file " + file, e);
        }
        List<String[]> records = parse(content.startsWith("\uFEFF") ? content.substring(1) : content);
        if (records.isEmpty()) throw new IllegalStateException(file + ": no header row");
        Map<String, Integer> columns = new HashMap<>();
        String[] header = records.get(0);
        for (int i = 0; i < header.length; i++) columns.put(header[i], i);
        for (String column : requiredColumns) {
            if (!columns.containsKey(column)) {
                throw new IllegalStateException(file + ": missing column " + column + ", has " + Arrays.toString(header));
            }
        }
        return new Table(file, columns, records.subList(1, records.size()));
    }

    static List<String> splitAliases(String aliases) {
        if (aliases == null || aliases.isBlank()) return List.of();
        return Arrays.stream(aliases.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static List<String[]> parse(String text) {
        List<String[]> records = new ArrayList<>();
        List<String> fields = new ArrayList<>(12);
        StringBuilder field = new StringBuilder(64);
        boolean quoted = false;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < n && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(clean(field));
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') i++;
                endRecord(records, fields, field);
            } else {
                field.append(c);
            }
        }
        endRecord(records, fields, field);
        return records;
    }

    private static void endRecord(List<String[]> records, List<String> fields, StringBuilder field) {
        fields.add(clean(field));
        field.setLength(0);
        boolean blankLine = fields.size() == 1 && fields.get(0).isEmpty();
        if (!blankLine) records.add(fields.toArray(String[]::new));
        fields.clear();
    }

    /** {@link VietnameseText#clean} where needed; most values are already clean and skip its regex. */
    private static String clean(StringBuilder field) {
        String s = field.toString();
        if (isPlain(s) && (isAscii(s) || Normalizer.isNormalized(s, Normalizer.Form.NFC))) return s;
        return VietnameseText.clean(s);
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) return false;
        }
        return true;
    }

    private static boolean isPlain(String s) {
        int n = s.length();
        if (n > 0 && (Character.isWhitespace(s.charAt(0)) || Character.isWhitespace(s.charAt(n - 1)))) return false;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '\u00A0' || c == '\u2007' || c == '\u202F' || c == '\t') return false;
            if (c == ' ' && i + 1 < n && s.charAt(i + 1) == ' ') return false;
        }
        return true;
    }
}
