package vn.ntp.warehouse.warehouse;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.StringJoiner;

import vn.ntp.warehouse.lake.SqlText;
import vn.ntp.warehouse.validate.FindingCatalogue;

/**
 * The findings catalogue as SQL: {@code ${finding_catalogue}} in a model becomes a {@code values} list
 * of every entry of {@code jobs/rules/findings.yaml} (code, stage, severity, tolerance, message_vi,
 * message_en), read by {@code sql/01_staging/stg_finding_catalogue.sql}. The build reads the catalogue
 * beside the reference folder ({@code jobs/rules/} next to {@code jobs/reference/}); a reference folder
 * elsewhere (a test's) takes the shipped {@code jobs/rules/} of the working directory.
 */
final class CatalogueTable {

    static final String PLACEHOLDER = "${finding_catalogue}";
    private static final String COLUMNS = "(rule_code, stage, severity, tolerance, message_vi, message_en)";

    private CatalogueTable() {
    }

    static Path rulesDirFor(Path referenceDir) {
        Path beside = referenceDir.toAbsolutePath().resolveSibling("rules");
        return Files.isRegularFile(beside.resolve(FindingCatalogue.FILE_NAME)) ? beside : Path.of("jobs", "rules");
    }

    static String values(Path rulesDir) {
        FindingCatalogue catalogue;
        try {
            catalogue = FindingCatalogue.load(rulesDir);
        } catch (RuntimeException e) {
            throw new WarehouseBuildException(e.getMessage(), e);
        }
        StringJoiner rows = new StringJoiner(",\n    ", "(values\n    ", "\n) as catalogue" + COLUMNS);
        for (FindingCatalogue.Entry e : catalogue.all()) {
            BigDecimal tolerance = e.tolerance();
            rows.add("(" + SqlText.literal(e.code()) + ", " + SqlText.literal(e.stage().yamlName()) + ", "
                    + SqlText.literal(e.severity()) + ", "
                    + (tolerance == null ? "cast(null as decimal(18, 6))" : "cast(" + tolerance.toPlainString() + " as decimal(18, 6))") + ", "
                    + SqlText.literal(e.messageVi()) + ", " + SqlText.literal(e.messageEn()) + ")");
        }
        return rows.toString();
    }
}
