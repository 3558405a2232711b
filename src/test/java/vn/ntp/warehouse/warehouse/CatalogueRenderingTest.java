package vn.ntp.warehouse.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ntp.warehouse.warehouse.RuleRows.budgetFile;
import static vn.ntp.warehouse.warehouse.AnnexRows.concat;
import static vn.ntp.warehouse.warehouse.RuleRows.leaf;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.ntp.warehouse.lake.FindingRow;
import vn.ntp.warehouse.lake.SubmissionRow;
import vn.ntp.warehouse.validate.Finding;
import vn.ntp.warehouse.validate.FindingCatalogue;

/**
 * The warehouse and the Java API show a finding the same way: dq_issue's severity, message and message_en, filled in
 * SQL from finding_catalogue, equal FindingCatalogue.render of the same raw finding, for numbers of every shape,
 * text, quoted values, parameters, {name:text}, findings without a place and unknown placeholders. And editing the
 * catalogue changes the findings already in the lake at the next build, without reading any file again.
 */
class CatalogueRenderingTest {

    private static final String PROBE = """

              RENDER_PROBE:
                stage: sheet
                severity: warning
                message_vi: "{cell} | {where}| {label} | \\"{label}\\" | {actual} | \\"{actual}\\" | {expected} | \\"{expected}\\" | {diff} | {share} | {year:text} | {note} | {unknown} | {actual:text}"
                message_en: "{where}{actual} vs {expected} ({diff}), share {share}%, year {year:text}, {note}"
            """;

    @TempDir
    Path home;
    @TempDir
    Path jobsDir;
    private JobsFixture jobs;
    private Path referenceDir;
    private final SubmissionRow tamDuong = budgetFile("s105", "b1", "105", "Huyện Tam Đường", 2024, "6 tháng đầu năm 2024",
            "2024-07-10T03:00:00Z");

    @BeforeEach
    void catalogueBesideTheReferenceData() throws Exception {
        jobs = JobsFixture.copyOfShipped(jobsDir);
        referenceDir = ReferenceFixture.write(jobsDir.resolve("reference"));   // as shipped: jobs/rules beside jobs/reference
        Path catalogue = jobsDir.resolve("rules/findings.yaml");
        String yaml = Files.readString(catalogue);
        int rules = yaml.indexOf("\n  # ---------- warehouse rules");
        Files.writeString(catalogue, yaml.substring(0, rules) + PROBE + yaml.substring(rules));
    }

    @Test
    void dqIssueShowsEveryFindingAsTheJavaApiDoes() throws Exception {
        List<Finding> findings = List.of(
                probe("C1", "Dự án 1", "10718", "10618", Map.of("share", "12.5", "year", "2024", "note", "Năm 2024")),
                probe("C2", "Tổng cộng", "1234.5678905", "-1234567.25", Map.of("share", "0.1", "year", "2023")),
                probe("C3", "", "-0.125", "0", Map.of("share", "100")),
                probe("C4", "A \"quoted\" label", null, "#REF!", Map.of("note", "1e5")),
                probe("C5", "x", "0.0000004", "-0.0000004", Map.of()),
                probe("C6", "", "abc", "2.5", Map.of("share", "-3")),
                probe("C7", "", "3354296056569924400000000000000000000000000000", "5", Map.of("share", "123456789012345678901234567")),
                new Finding("RENDER_PROBE", "", "", "", null, "5", "7", Map.of("note", "không có ô")),
                new Finding("SUM_TOTAL_ROW", "Biểu 01", "C40", "Tiểu dự án 2", "GNBV.DA4", "1250", "1295"),
                new Finding("MIXED_SUBMISSION", "Tam Đường", "", "", null, "Huyện Phong Thổ, GNBV", "Huyện Tam Đường, GNBV")
                        .with("first_sheet", "Phong Thổ"),
                new Finding("PERIOD_MISMATCH", "Biểu 01", "A5", "", null, "2024", "Năm 2023").with("title_cell", "A2"));
        MartScenario scenario = new MartScenario(home, referenceDir, jobs.dir()).write("b1", List.of(tamDuong), concat(leaf(tamDuong, "GNBV.DA2", "NSTW SN current", "100", "40", 12)), findings.stream().map(this::row).toList());
        scenario.build();

        FindingCatalogue catalogue = FindingCatalogue.load(jobsDir.resolve("rules"));
        List<List<String>> expected = new ArrayList<>();
        for (Finding f : findings) {
            FindingCatalogue.Rendered r = catalogue.render(f);
            expected.add(List.of(f.ruleCode(), String.valueOf(f.cellRef()), r.severity(), r.messageVi(), r.messageEn()));
        }
        List<List<String>> shown = scenario.query("select rule_code, coalesce(cell_ref, ''), severity, message, message_en "
                + "from dq_issue where source = 'extract'");
        assertThat(shown).containsExactlyInAnyOrderElementsOf(expected);
        // and what that is, as the sender reads it
        assertThat(scenario.query("select message from dq_issue where cell_ref = 'C1'")).containsExactly(List.of(
                "Biểu 01!C1 | Biểu 01!C1: | Dự án 1 | \"Dự án 1\" | 10.618 | \"10618\" | 10.718 | \"10718\" | 100 | 12,5 | 2024 "
                        + "| Năm 2024 | {unknown} | 10618"));
        assertThat(scenario.query("select message_en from dq_issue where cell_ref = 'C2'")).containsExactly(List.of(
                "Biểu 01!C2: -1,234,567.25 vs 1,234.567891 (1,235,801.817891), share 0.1%, year 2023, {note}"));
    }

    @Test
    void aSeverityOrAMessageChangedInTheCatalogueChangesTheFindingsAlreadyLoaded() throws Exception {
        MartScenario scenario = new MartScenario(home, referenceDir, jobs.dir()).write("b1", List.of(tamDuong), concat(leaf(tamDuong, "GNBV.DA2", "NSTW SN current", "100", "40", 12)), List.of(row(new Finding("SUM_TOTAL_ROW", "Biểu 01", "C40", "", null, "1250", "1295"))));
        assertThat(scenario.publish(new ArrayList<>()).outcome()).isEqualTo(WarehouseBuilder.Outcome.FULL);
        assertThat(scenario.query("select severity, message from dq_issue")).containsExactly(List.of("warning",
                "Biểu 01!C40: số tổng ghi 1.295 khác tổng các phần (1.250), chênh 45."));

        jobs.replace("rules/findings.yaml", "  SUM_TOTAL_ROW:\n    stage: sheet\n    severity: warning\n",
                "  SUM_TOTAL_ROW:\n    stage: sheet\n    severity: error\n");
        jobs.replace("rules/findings.yaml", "số tổng ghi {actual} khác tổng các phần", "dòng tổng ghi {actual}, cộng các phần được");
        assertThat(scenario.publish(new ArrayList<>()).outcome()).as("the catalogue is a build input").isEqualTo(WarehouseBuilder.Outcome.FULL);
        assertThat(scenario.query("select severity, message from dq_issue")).containsExactly(List.of("error",
                "Biểu 01!C40: dòng tổng ghi 1.295, cộng các phần được (1.250), chênh 45."));
    }

    private static Finding probe(String cell, String label, String expected, String actual, Map<String, String> params) {
        return new Finding("RENDER_PROBE", "Biểu 01", cell, label, null, expected, actual, new LinkedHashMap<>(params));
    }

    private FindingRow row(Finding f) {
        return new FindingRow(tamDuong.submissionId(), tamDuong.batchId(), f.ruleCode(), tamDuong.unitCode(), f.projectCode(),
                tamDuong.sourceFile(), f.sheet(), f.cellRef(), f.label(), f.expected(), f.actual(), f.paramsJson());
    }
}
