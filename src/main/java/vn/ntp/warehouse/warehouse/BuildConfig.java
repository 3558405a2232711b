package vn.ntp.warehouse.warehouse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import vn.ntp.warehouse.validate.FindingCatalogue;

/**
 * What a build reads beside the lake: the {@code sql/} project, the reference data and, under {@code jobs/},
 * the warehouse rules (the {@code stage: warehouse} entries of {@code rules/findings.yaml}, queries in
 * {@code sql/rules/}), the blocking policy
 * ({@code rules/policy.yaml}) and the form schedule ({@code schedule/forms.yaml}). No {@code jobs/} folder, or a
 * missing file: no rules, load and flag, no schedule. {@code approvalDir}: the portal's approval events
 * ({@link ApprovalEvents}), read before the models.
 */
record BuildConfig(SqlProject sql, Path referenceDir, Path jobsDir, Path approvalDir) {

    BuildConfig {
        referenceDir = referenceDir.toAbsolutePath();
        jobsDir = jobsDir == null ? null : jobsDir.toAbsolutePath();
    }

    Path rulesConfigDir() {
        return jobsDir == null ? null : jobsDir.resolve("rules");
    }

    WarehouseRules rules() {
        if (jobsDir == null || !Files.isRegularFile(rulesConfigDir().resolve(WarehouseRules.FILE_NAME))) {
            return WarehouseRules.none();
        }
        return WarehouseRules.load(rulesConfigDir(), sql.rulesDir());
    }

    /** The findings catalogue the build renders from (beside the reference folder, as {@code finding_catalogue}). */
    FindingCatalogue catalogue() {
        try {
            return FindingCatalogue.load(CatalogueTable.rulesDirFor(referenceDir));
        } catch (RuntimeException e) {
            throw new WarehouseBuildException(e.getMessage(), e);
        }
    }

    WarehousePolicy policy() {
        return jobsDir == null ? WarehousePolicy.defaults() : WarehousePolicy.load(rulesConfigDir());
    }

    FormSchedule schedule() {
        return jobsDir == null ? FormSchedule.empty() : FormSchedule.load(jobsDir.resolve("schedule"));
    }

    /** What every table and column means ({@code jobs/dictionary}), for COMMENT ON; empty without {@code jobs/}. */
    DataDictionary dictionary() {
        return DataDictionary.load(jobsDir);
    }

    /** The folders whose contents the published file records ({@link BuildState#inputs()}): a change means a full build. */
    List<Path> inputFolders() {
        List<Path> folders = new ArrayList<>(List.of(sql.root(), referenceDir, approvalDir));
        if (jobsDir != null) {
            folders.add(rulesConfigDir());
            folders.add(jobsDir.resolve("schedule"));
            folders.add(jobsDir.resolve(DataDictionary.FOLDER));
        }
        return folders;
    }
}
