package vn.ntp.warehouse.warehouse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The three missing-value policies on one probe rule whose query returns every combination of a missing and a
 * present expected/actual, and whose condition keeps every row the policy lets through.
 */
class MissingPolicyTest {

    private static final String PROBE_QUERY = """
            -- one row per combination of missing and present inputs
            select * from (values
                ('s1', 'null/null', cast(null as double), cast(null as double)),
                ('s2', 'null/5', null, 5),
                ('s3', '5/null', 5, null),
                ('s4', '5/7', 5, 7)
            ) as t(submission_id, unit_code, expected, actual)
            cross join (select 'GNBV' as program_code, 2024 as year, cast(null as varchar) as project_code,
                               'Biểu 01' as sheet, 'C9' as cell_ref)
            """;

    @TempDir
    Path home;
    @TempDir
    Path jobsDir;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "skip_if_any_missing | 5/7=5/7",
            "skip_if_all_missing | null/5=0/5, 5/null=5/0, 5/7=5/7",
            "missing_as_zero     | null/null=0/0, null/5=0/5, 5/null=5/0, 5/7=5/7"})
    void eachPolicyChecksTheRowsItShouldWithMissingInputsAsItSays(String policy, String checked) throws Exception {
        Path referenceDir = jobsDir.resolve("reference");   // as shipped: the catalogue is jobs/rules beside it
        ReferenceFixture.write(referenceDir);
        Path sql = copyOfModels(home.resolve("sql"));
        Files.writeString(sql.resolve("rules/POLICY_PROBE.sql"), PROBE_QUERY);
        Files.createDirectories(jobsDir.resolve("rules"));
        Files.writeString(jobsDir.resolve("rules/findings.yaml"), """
                findings:
                  POLICY_PROBE:
                    stage: warehouse
                    severity: info
                    query: sql/rules/POLICY_PROBE.sql
                    missing: %s
                    condition: "true"
                    message_vi: "{unit_code}={expected}/{actual}"
                    message_en: "{unit_code}: expected {expected}, actual {actual}"
                """.formatted(policy));

        WarehouseBuilder builder = new WarehouseBuilder(home, sql, referenceDir, jobsDir);
        builder.build(message -> { });

        List<String> messages;
        try (var c = ReadOnlyWarehouse.open(builder.warehouseFile()); var s = c.createStatement();
             var rs = s.executeQuery("select message from dq_issue where rule_code = 'POLICY_PROBE' order by submission_id")) {
            messages = new java.util.ArrayList<>();
            while (rs.next()) {
                messages.add(rs.getString(1));
            }
        }
        assertThat(String.join(", ", messages)).isEqualTo(checked);
    }

    /** The shipped models without the shipped rule queries. */
    private static Path copyOfModels(Path to) throws Exception {
        Path from = Path.of("sql");
        try (var paths = Files.walk(from)) {
            for (Path source : paths.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else if (!source.startsWith(from.resolve("rules"))) {
                    Files.copy(source, target);
                }
            }
        }
        Files.createDirectories(to.resolve("rules"));
        return to;
    }
}
