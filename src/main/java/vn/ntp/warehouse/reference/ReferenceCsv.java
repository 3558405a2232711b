package vn.ntp.warehouse.reference;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import vn.ntp.warehouse.extract.text.VietnameseText;

/** Reads one reference CSV (UTF-8, header row) into records keyed by column name. */
final class ReferenceCsv {
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader().setSkipHeaderRecord(true).setIgnoreSurroundingSpaces(true).get();

    private ReferenceCsv() {
    }

    static List<Map<String, String>> read(Path file, String... requiredColumns) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("Reference file not found: " + file);
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             var parser = FORMAT.parse(reader)) {
            var header = parser.getHeaderMap().keySet().stream().map(ReferenceCsv::stripBom).toList();
            for (String column : requiredColumns) {
                if (!header.contains(column)) {
                    throw new IllegalStateException(file + ": missing column " + column + ", has " + header);
                }
            }
            List<Map<String, String>> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                var row = new java.util.HashMap<String, String>(header.size() * 2);
                for (int i = 0; i < header.size() && i < record.size(); i++) {
                    row.put(header.get(i), VietnameseText.clean(record.get(i)));
                }
                rows.add(row);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read reference file " + file, e);
        }
    }

    static List<String> splitAliases(String aliases) {
        if (aliases == null || aliases.isBlank()) return List.of();
        return Arrays.stream(aliases.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String stripBom(String column) {
        return column.startsWith("\uFEFF") ? column.substring(1) : column;
    }
}
