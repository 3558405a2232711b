package vn.ntp.warehouse.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build flows one way (issue 17, point 4), as dbt-project-evaluator keeps dbt's model layers: the layer
 * folders of {@code sql/} are numbered in build order, no model reads a model of a later layer, the warehouse
 * rules (step 04) read only the candidate layers before them, the rules' findings are read only after the rules
 * pass, and the blocking decision enters the published pass through {@code submission} alone.
 */
class SqlLayersTest {

    private static final Path SQL = Path.of("sql");

    @TempDir
    Path tmp;

    @Test
    void layerFoldersAreNumberedInBuildOrderAroundTheRulesStep() {
        List<String> names = new SqlProject(SQL).layers().stream().map(SqlProject.Layer::name).toList();

        assertThat(names).startsWith("01_staging", "02_core", "03_marts").contains("05_findings")
                .as("step %s is the rules pass", SqlProject.RULES_STEP).noneMatch(name -> name.startsWith(SqlProject.RULES_STEP))
                .isSorted().doesNotHaveDuplicates();
        assertThat(names.stream().map(name -> name.substring(0, 2))).doesNotHaveDuplicates();
        assertThat(new SqlProject(SQL).layers()).filteredOn(SqlProject.Layer::beforeRules)
                .extracting(SqlProject.Layer::name).containsExactly("01_staging", "02_core", "03_marts");
    }

    @Test
    void everyFolderIsALayerOrKnownNotToBeBuilt() throws IOException {
        try (Stream<Path> folders = Files.list(SQL)) {
            assertThat(folders.filter(Files::isDirectory).map(folder -> folder.getFileName().toString()))
                    .allMatch(name -> SqlProject.LAYER_NAME.matcher(name).matches()
                            || List.of(SqlProject.TESTS_FOLDER, SqlProject.RULES_FOLDER, "reports" /* the run report's queries */).contains(name));
        }
    }

    @Test
    void noModelReadsAModelOfALaterLayer() {
        assertThat(readsOfLaterLayers(new SqlProject(SQL))).isEmpty();
    }

    @Test
    void theCheckNamesAModelThatReadsALaterLayer() throws IOException {
        Path sql = copyOfSql();
        Files.writeString(sql.resolve("02_core/unit_disbursement.sql"),
                "-- one row per unit\ncreate or replace table unit_disbursement as select * from mart_disbursement");

        assertThat(readsOfLaterLayers(new SqlProject(sql)))
                .containsExactly("02_core/unit_disbursement.sql reads mart_disbursement (03_marts)");
    }

    @Test
    void theRulesReadOnlyTheCandidateLayers() throws IOException {
        List<String> laterOrEngine = new ArrayList<>(List.of(EngineTables.FINDINGS, EngineTables.BLOCKED));
        new SqlProject(SQL).layers().stream().filter(layer -> !layer.beforeRules())
                .forEach(layer -> layer.models().forEach(model -> laterOrEngine.add(model.name())));
        List<String> violations = new ArrayList<>();
        List<Path> rules = sqlFiles(SQL.resolve(SqlProject.RULES_FOLDER));
        for (Path rule : rules) {
            SqlModel query = SqlModel.parse(rule, SqlProject.read(rule), false);
            laterOrEngine.stream().filter(query::reads).forEach(name -> violations.add(rule.getFileName() + " reads " + name));
        }

        assertThat(rules).isNotEmpty();
        assertThat(violations).as("a rule reads what is built after it (dq_issue, warehouse_finding, the decision)").isEmpty();
    }

    @Test
    void theRulesFindingsAreReadOnlyAfterTheRulesPass() {
        List<String> readers = new SqlProject(SQL).layers().stream()
                .flatMap(layer -> layer.models().stream().filter(model -> model.reads(EngineTables.FINDINGS))
                        .map(model -> layer.name() + "/" + model.name() + (layer.beforeRules() ? " (before the rules)" : "")))
                .toList();

        assertThat(readers).containsExactly("05_findings/dq_issue");
    }

    @Test
    void theBlockingDecisionEntersThePublishedPassThroughSubmissionAlone() {
        List<String> readers = new SqlProject(SQL).modelsInBuildOrder().stream()
                .filter(model -> model.reads(EngineTables.BLOCKED))
                .map(model -> model.layer() + "/" + model.name())
                .toList();

        assertThat(readers).containsExactly("02_core/submission");
    }

    /** "02_core/x.sql reads mart_y (03_marts)" for every model that reads a model of a later layer. */
    private static List<String> readsOfLaterLayers(SqlProject sql) {
        List<SqlProject.Layer> layers = sql.layers();
        List<String> violations = new ArrayList<>();
        for (int i = 0; i < layers.size(); i++) {
            for (SqlModel model : layers.get(i).models()) {
                for (SqlProject.Layer later : layers.subList(i + 1, layers.size())) {
                    for (SqlModel read : later.models()) {
                        if (model.reads(read.name())) {
                            violations.add(model.layer() + "/" + model.file().getFileName() + " reads " + read.name()
                                    + " (" + later.name() + ")");
                        }
                    }
                }
            }
        }
        return violations;
    }

    private Path copyOfSql() throws IOException {
        Path copy = tmp.resolve("sql");
        TreeCopy.copy(SQL, copy);
        return copy;
    }

    private static List<Path> sqlFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".sql")).sorted().toList();
        }
    }
}
