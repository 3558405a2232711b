package vn.ntp.warehouse.warehouse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The {@code sql/} folder: layer folders run in name order ({@code 01_staging}, {@code 02_core},
 * {@code 03_marts}); inside a layer, files run in name order except that a model runs after any
 * model of the same layer it reads (like dbt's ref). {@code tests/} holds assertions and
 * {@code rules/} the warehouse rules' queries (run by {@link RuleEngine}, not built).
 */
final class SqlProject {

    static final String TESTS_FOLDER = "tests";
    static final String RULES_FOLDER = "rules";
    /** The run summary's and run report's queries (report/ReportQueries), not built. */
    static final String REPORTS_FOLDER = "reports";

    private final Path sqlDir;

    SqlProject(Path sqlDir) {
        this.sqlDir = sqlDir;
    }

    Path root() {
        return sqlDir;
    }

    List<SqlModel> modelsInBuildOrder() {
        List<SqlModel> ordered = new ArrayList<>();
        for (Path layer : sortedChildren(sqlDir, Files::isDirectory)) {
            String layerName = layer.getFileName().toString();
            if (layerName.equals(TESTS_FOLDER) || layerName.equals(RULES_FOLDER) || layerName.equals(REPORTS_FOLDER) || layerName.startsWith(".")) {
                continue;
            }
            boolean staging = layerName.contains("staging");
            List<SqlModel> models = sqlFiles(layer).stream()
                    .map(file -> SqlModel.parse(file, read(file), staging))
                    .toList();
            ordered.addAll(dependencyOrder(models));
        }
        return ordered;
    }

    /** The warehouse rules' queries, {@code sql/rules/<CODE>.sql}. */
    Path rulesDir() {
        return sqlDir.resolve(RULES_FOLDER);
    }

    /** Assertion files: each query returns the rows that break it. */
    List<Path> assertionFiles() {
        Path tests = sqlDir.resolve(TESTS_FOLDER);
        return Files.isDirectory(tests) ? sqlFiles(tests) : List.of();
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static List<SqlModel> dependencyOrder(List<SqlModel> models) {
        Map<String, SqlModel> pending = new LinkedHashMap<>();
        models.forEach(model -> pending.put(model.name(), model));
        List<SqlModel> ordered = new ArrayList<>();
        while (!pending.isEmpty()) {
            SqlModel ready = pending.values().stream()
                    .filter(model -> pending.keySet().stream().noneMatch(model::reads))
                    .findFirst()
                    .orElseThrow(() -> new WarehouseBuildException(
                            "SQL models read each other in a cycle: " + pending.keySet()));
            ordered.add(ready);
            pending.remove(ready.name());
        }
        return ordered;
    }

    private static List<Path> sqlFiles(Path dir) {
        return sortedChildren(dir, file -> Files.isRegularFile(file) && file.getFileName().toString().endsWith(".sql"));
    }

    private static List<Path> sortedChildren(Path dir, java.util.function.Predicate<Path> filter) {
        try (Stream<Path> children = Files.list(dir)) {
            return children.filter(filter).sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }
}
