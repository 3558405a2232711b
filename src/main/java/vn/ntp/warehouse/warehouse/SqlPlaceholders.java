package vn.ntp.warehouse.warehouse;

import vn.ntp.warehouse.lake.Dataset;
import vn.ntp.warehouse.lake.LakePartition;
import vn.ntp.warehouse.lake.SqlText;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Substitutes {@code ${lake}} (a path relative to the folder of the warehouse file, {@code lake}, which
 * every connection resolves through DuckDB's {@code file_search_path}: the views travel with the home),
 * {@code ${reference}} (absolute; read only by the reference staging tables, at build time), '/' separators,
 * and {@code ${finding_catalogue}} (the findings catalogue as a values list: {@link CatalogueTable}). A
 * {@code read_parquet('${lake}/<dataset>/...', ...)} over a dataset that has no file yet becomes a
 * typed empty query with the dataset's columns (and the hive columns program, year), so an empty
 * lake still builds. Restricted to some lake partitions ({@link #restrictedTo}), each scan reads the
 * files of those partitions only: what an incremental build recomputes.
 */
final class SqlPlaceholders {

    private static final Pattern LAKE_SCAN = Pattern.compile(
            "read_parquet\\(\\s*'\\$\\{lake}/([a-z][a-z0-9_]*)/[^']*'([^)]*)\\)");

    private final Path lakeDir;
    private final Path referenceDir;
    private final Set<LakePartition> partitions;   // null: the whole lake

    SqlPlaceholders(Path lakeDir, Path referenceDir) {
        this(lakeDir, referenceDir, null);
    }

    private SqlPlaceholders(Path lakeDir, Path referenceDir, Set<LakePartition> partitions) {
        this.lakeDir = lakeDir.toAbsolutePath();
        this.referenceDir = referenceDir.toAbsolutePath();
        this.partitions = partitions == null ? null : Set.copyOf(partitions);
    }

    /** The same placeholders, with every lake scan reading only these partitions' files. */
    SqlPlaceholders restrictedTo(Set<LakePartition> only) {
        return new SqlPlaceholders(lakeDir, referenceDir, only);
    }

    String apply(String sql) {
        Matcher scan = LAKE_SCAN.matcher(sql);
        StringBuilder out = new StringBuilder();
        while (scan.find()) {
            String dataset = scan.group(1);
            String replacement;
            if (partitions == null) {
                replacement = hasFiles(dataset) ? scan.group() : emptyQuery(dataset);
            } else {
                List<Path> files = partitionFiles(dataset);
                replacement = files.isEmpty() ? emptyQuery(dataset) : "read_parquet(" + fileList(files) + scan.group(2) + ")";
            }
            scan.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        scan.appendTail(out);
        String sqlText = out.toString();
        if (sqlText.contains(CatalogueTable.PLACEHOLDER)) {
            sqlText = sqlText.replace(CatalogueTable.PLACEHOLDER, CatalogueTable.values(CatalogueTable.rulesDirFor(referenceDir)));
        }
        return sqlText
                .replace("${lake}", SqlText.escaped(SqlText.path(relative(lakeDir))))
                .replace("${reference}", SqlText.escaped(SqlText.path(referenceDir)));
    }

    private boolean hasFiles(String dataset) {
        Path dir = lakeDir.resolve(dataset);
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.anyMatch(f -> f.getFileName().toString().endsWith(".parquet") && Files.isRegularFile(f));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot scan " + dir, e);
        }
    }

    private List<Path> partitionFiles(String dataset) {
        List<Path> files = new ArrayList<>();
        for (LakePartition partition : partitions) {
            Path dir = lakeDir.resolve(dataset).resolve(partition.relativeDir());
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> listing = Files.list(dir)) {
                listing.filter(f -> f.getFileName().toString().endsWith(".parquet") && Files.isRegularFile(f))
                        .sorted().forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + dir, e);
            }
        }
        return files;
    }

    private String fileList(List<Path> files) {
        StringJoiner list = new StringJoiner(", ", "[", "]");
        files.forEach(f -> list.add(SqlText.literal(SqlText.path(relative(f)))));
        return list.toString();
    }

    /** A lake path relative to the folder that holds the lake and the warehouse file. */
    private Path relative(Path lakePath) {
        return lakeDir.getParent().relativize(lakePath.toAbsolutePath());
    }

    private static String emptyQuery(String datasetName) {
        Map<String, String> known = Dataset.sqlColumns(datasetName).orElseThrow(() -> new WarehouseBuildException(
                "lake dataset '" + datasetName + "' has no file and no known columns (add it to lake/figure-datasets.yaml)"));
        StringJoiner columns = new StringJoiner(", ");
        known.forEach((name, type) -> columns.add("cast(null as " + type + ") as " + name));
        columns.add("cast(null as varchar) as program");
        columns.add("cast(null as bigint) as year");
        return "(select " + columns + " where false)";
    }
}
