package vn.ntp.warehouse.warehouse;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.ntp.warehouse.lake.LakePartition;

/**
 * Runs the {@code sql/} layers into one DuckDB database, one way, in the order their folders say:
 * <ol>
 *   <li>the candidate pass: the layers before the rules ({@code 01_staging}, {@code 02_core}, {@code 03_marts}),
 *       every loaded file counted ({@code blocked_submission} is empty);</li>
 *   <li>the rules pass (step 04): the warehouse rules read the candidate facts and marts and write
 *       {@code warehouse_finding};</li>
 *   <li>the layers after the rules ({@code 05_findings}: {@code dq_issue});</li>
 *   <li>the blocking decision ({@code block_on_error}): the loaded files with an error finding go to
 *       {@code blocked_submission};</li>
 *   <li>the published pass, only when the decision blocks a file: every model that reads
 *       {@code blocked_submission}, directly or through other models ({@code submission} and everything after
 *       it), is built again without the blocked files. Otherwise the candidate tables are the published ones.</li>
 * </ol>
 * The operator sees one Vietnamese line per layer and pass; each model and rule is logged (English).
 */
final class LayeredBuild {

    private static final Logger log = LoggerFactory.getLogger(LayeredBuild.class);

    /**
     * What one build covers: the lake scans (the whole lake, or some partitions), the partitions whose findings
     * are kept ({@code null}: all), and the published partitions the rules comparing a year with the year before
     * read ({@code before}, copied from {@code published}).
     */
    record Scope(SqlPlaceholders scans, Set<LakePartition> partitions, Set<LakePartition> before, Path published) {

        static Scope wholeLake(SqlPlaceholders scans) {
            return new Scope(scans, null, Set.of(), null);
        }

        boolean keeps(RuleFinding finding) {
            return partitions == null
                    || partitions.contains(LakePartition.of(finding.programCode(), finding.year() == null ? 0 : finding.year()));
        }
    }

    private final BuildConfig config;
    private final Consumer<String> progress;

    LayeredBuild(BuildConfig config, Consumer<String> progress) {
        this.config = config;
        this.progress = progress;
    }

    /** Builds every layer, runs the rules and the blocking decision; returns the partitioned tables. */
    List<String> run(Connection connection, Statement statement, Scope scope) throws SQLException {
        List<SqlProject.Layer> layers = config.sql().layers();
        List<SqlModel> models = layers.stream().flatMap(layer -> layer.models().stream()).toList();
        EngineTables.create(statement);
        SubmissionReasons.create(statement);
        boolean reasonsDone = false;
        EngineTables.writeSchedule(connection, config.schedule());
        EngineTables.writeWords(statement, config.jobsDir());
        ApprovalEvents.load(statement, config.approvalDir());
        boolean rulesDone = false;
        for (SqlProject.Layer layer : layers) {
            if (!layer.beforeRules() && !rulesDone) {
                runRules(connection, statement, scope, models);
                rulesDone = true;
            }
            if (!reasonsDone && layer.models().stream().anyMatch(model -> model.reads(SubmissionReasons.TABLE))) {
                SubmissionReasons.fill(connection, statement, config.catalogue());
                reasonsDone = true;
            }
            progress.accept("Dựng lớp " + layer.number() + " (" + layer.labelVi() + ", " + layer.models().size() + " mô hình SQL)");
            for (SqlModel model : layer.models()) {
                timed(model, "built {} in {}", statement, scope.scans());
            }
        }
        if (!rulesDone) {
            runRules(connection, statement, scope, models);
        }
        if (config.policy().blockOnError()) {
            long blocked = EngineTables.blockSubmissionsWithErrors(statement);
            log.info("block_on_error: {} submission(s) with errors kept out of the facts", blocked);
            if (blocked == 0) {
                progress.accept("Chặn tệp có lỗi (block_on_error): không có tệp nào bị chặn");
            } else {
                progress.accept("Chặn " + blocked + " tệp có lỗi (block_on_error): số liệu của các tệp này không được đưa vào kho và bảng tổng hợp");
                publishedPass(statement, scope.scans(), models);
            }
        }
        return PartitionTables.partitioned(statement);
    }

    /** Step 04: every rule's findings of the kept partitions go to warehouse_finding as the rules return them. */
    private void runRules(Connection connection, Statement statement, Scope scope, List<SqlModel> models) throws SQLException {
        WarehouseRules rules = config.rules();
        if (rules.isEmpty()) {
            log.info("no warehouse rules configured");
            return;
        }
        RuleEngine engine = new RuleEngine(config.rulesConfigDir(), scope.scans());
        long[] kept = {0};
        try (EngineTables.FindingsAppender findings = new EngineTables.FindingsAppender(connection)) {
            Consumer<RuleFinding> keep = finding -> {
                if (scope.keeps(finding)) {
                    findings.add(finding);
                    kept[0]++;
                }
            };
            engine.run(rules.withinYear(), statement, log::info, keep);
            List<WarehouseRules.Loaded> comparing = rules.readingPreviousYear();
            if (!scope.before().isEmpty() && !comparing.isEmpty()) {
                List<String> partitioned = PartitionTables.partitioned(statement);
                Set<String> read = PartitionTables.readBy(comparing.stream().map(WarehouseRules.Loaded::sql).toList(), models);
                log.info("reading the published rows of {} of {}", scope.before(), read);
                PartitionTables.copyPublishedRows(statement, scope.published(), read, partitioned,
                        PartitionTables.spanning(models, partitioned), scope.before());
            }
            engine.run(comparing, statement, log::info, keep);
        }
        progress.accept("Bước " + SqlProject.RULES_STEP + ": kiểm tra chéo bằng " + rules.all().size()
                + " quy tắc kho dữ liệu (sql/" + SqlProject.RULES_FOLDER + "): " + kept[0] + " phát hiện");
    }

    /** Builds again, in build order, every model that reads the blocking decision directly or through other models. */
    private void publishedPass(Statement statement, SqlPlaceholders scans, List<SqlModel> models) throws SQLException {
        Set<String> changed = new HashSet<>(Set.of(EngineTables.BLOCKED));
        List<SqlModel> rebuilt = new ArrayList<>();
        for (SqlModel model : models) {
            if (changed.stream().anyMatch(model::reads)) {
                rebuilt.add(model);
                changed.add(model.name());
            }
        }
        progress.accept("Dựng lại " + rebuilt.size() + " mô hình SQL, bỏ số liệu của các tệp bị chặn");
        for (SqlModel model : rebuilt) {
            timed(model, "rebuilt {} without the blocked submissions in {}", statement, scans);
        }
    }

    /** Builds one model and logs how long it took ({@code message}: the model's name, then the time). */
    static void timed(SqlModel model, String message, Statement statement, SqlPlaceholders scans) throws SQLException {
        BuildClock clock = BuildClock.start();
        model.build(statement, scans);
        log.info(message, model.name(), clock.elapsed());
    }
}
