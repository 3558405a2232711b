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
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The {@code sql/} folder. Layer folders ({@code NN_name}) are numbered in build order: {@code 01_staging} (views
 * over the lake and the reference CSVs), {@code 02_core} (the star schema), {@code 03_marts}, then step
 * {@value #RULES_STEP}, the rules pass (queries in {@code rules/}, run by {@link RuleEngine}, not built), then
 * {@code 05_findings} ({@code dq_issue}). Inside a layer, files run in name order except that a model runs after
 * any model of the same layer it reads (like dbt's ref). A model never reads a model of a later layer
 * ({@code SqlLayersTest}). Folders without a number are not built: {@code tests/} holds assertions,
 * {@code rules/} the rules' queries.
 */
final class SqlProject {

    static final String TESTS_FOLDER = "tests";
    static final String RULES_FOLDER = "rules";
    /** The rules pass is step 04: it runs after the layers numbered below it and before the others. */
    static final String RULES_STEP = "04";
    /** A layer folder: two digits, an underscore, a name ({@code 02_core}). */
    static final Pattern LAYER_NAME = Pattern.compile("\\d\\d_[a-z0-9_]+");

    /** A layer folder and its models in build order. */
    record Layer(String name, List<SqlModel> models) {

        /** What the operator reads for a layer, by the name after its number; other layers are named by number only. */
        private static final Map<String, String> LABELS_VI = Map.of(
                "staging", "dữ liệu vào từ kho tệp gốc và danh mục", "core", "bảng lõi", "marts", "bảng tổng hợp",
                "findings", "phát hiện");

        /** {@code 03} of {@code 03_marts}. */
        String number() {
            return name.substring(0, 2);
        }

        /** {@code bảng tổng hợp} for {@code 03_marts}. */
        String labelVi() {
            return LABELS_VI.getOrDefault(name.substring(3), "lớp " + number());
        }

        /** Whether the layer is built before the rules pass (what the rules read). */
        boolean beforeRules() {
            return name.compareTo(RULES_STEP) < 0;
        }
    }

    private final Path sqlDir;

    SqlProject(Path sqlDir) {
        this.sqlDir = sqlDir;
    }

    Path root() {
        return sqlDir;
    }

    /** The layer folders in build order, each with its models in build order. */
    List<Layer> layers() {
        List<Layer> layers = new ArrayList<>();
        for (Path layer : sortedChildren(sqlDir, Files::isDirectory)) {
            String layerName = layer.getFileName().toString();
            if (!LAYER_NAME.matcher(layerName).matches()) {
                continue;   // tests/, rules/ and other folders that are not built
            }
            boolean staging = layerName.contains("staging");
            List<SqlModel> models = sqlFiles(layer).stream()
                    .map(file -> SqlModel.parse(file, read(file), staging))
                    .toList();
            layers.add(new Layer(layerName, dependencyOrder(models)));
        }
        return layers;
    }

    List<SqlModel> modelsInBuildOrder() {
        return layers().stream().flatMap(layer -> layer.models().stream()).toList();
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
