package vn.ntp.warehouse.warehouse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ntp.warehouse.lake.SubmissionRow;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ntp.warehouse.warehouse.AnnexRows.concat;
import static vn.ntp.warehouse.warehouse.AnnexRows.householdLine;
import static vn.ntp.warehouse.warehouse.RuleRows.budgetFile;
import static vn.ntp.warehouse.warehouse.RuleRows.error;
import static vn.ntp.warehouse.warehouse.RuleRows.file;
import static vn.ntp.warehouse.warehouse.RuleRows.leaf;

/**
 * jobs/rules/policy.yaml block_on_error: Tam Đường's Biểu 01 has a CELL_ERROR and Phong Thổ's Biểu 02 more poor
 * households than households (RATE_OUT_OF_RANGE), both errors of the reader; Phong Thổ's Biểu 01 states too little
 * local counterpart funding (COUNTERPART_SHARE, a warehouse rule made an error here by editing its severity in the
 * catalogue); Mường So's Biểu 01 is clean.
 */
class BlockOnErrorTest {

    private static final String H1_2024 = "6 tháng đầu năm 2024";

    @TempDir
    Path home;
    @TempDir
    Path jobsDir;
    private Path referenceDir;

    private JobsFixture jobs;

    @BeforeEach
    void configuration() throws Exception {
        jobs = JobsFixture.copyOfShipped(jobsDir);
        referenceDir = ReferenceFixture.write(jobsDir.resolve("reference"));   // the catalogue is jobs/rules beside it
        jobs.replace("rules/findings.yaml", "  COUNTERPART_SHARE:\n    stage: warehouse\n    severity: warning\n",
                "  COUNTERPART_SHARE:\n    stage: warehouse\n    severity: error\n");
    }

    @Test
    void byDefaultFilesWithErrorsAreLoadedAndFlagged() throws Exception {
        MartScenario scenario = writeFiles();
        scenario.build();

        assertThat(scenario.query("select submission_id, status, blocked from submission order by 1")).containsExactly(
                List.of("s03430", "loaded", "false"), List.of("s105", "loaded", "false"), List.of("s109", "loaded", "false"),
                List.of("s109-01", "loaded", "false"));
        assertThat(scenario.query("select distinct unit_code from fact_budget order by 1"))
                .containsExactly(List.of("03430"), List.of("105"), List.of("109"));
        assertThat(scenario.query("select count(*) from fact_households")).containsExactly(List.of("2"));
        assertThat(scenario.query("select rule_code, source, submission_blocked from dq_issue where severity = 'error' order by 1, 2"))
                .containsExactly(List.of("CELL_ERROR", "extract", "false"), List.of("COUNTERPART_SHARE", "warehouse", "false"),
                        List.of("RATE_OUT_OF_RANGE", "extract", "false"));
    }

    @Test
    void whenErrorsBlockFilesWithAnErrorFromExtractionOrFromTheWarehouseStayOutOfFactsAndMarts() throws Exception {
        jobs.blockOnError(true);
        MartScenario scenario = writeFiles();
        List<String> progress = new ArrayList<>();
        scenario.publish(progress);

        assertThat(progress).contains("Chặn 3 tệp có lỗi (block_on_error): số liệu của các tệp này không được đưa vào kho và bảng tổng hợp");
        assertThat(Stream.of("Dựng lớp 03 (bảng tổng hợp", "Bước 04: kiểm tra chéo", "Dựng lớp 05 (phát hiện", "Chặn 3 tệp", "Dựng lại ")
                .map(start -> progress.stream().filter(line -> line.startsWith(start)).map(progress::indexOf).findFirst().orElse(-1)).toList())
                .as("candidate layers, rules, findings, blocking decision, published pass: in that order").doesNotContain(-1).isSorted();

        assertThat(scenario.query("select submission_id, status, blocked from submission order by 1")).containsExactly(
                List.of("s03430", "loaded", "false"), List.of("s105", "loaded", "true"), List.of("s109", "loaded", "true"),
                List.of("s109-01", "loaded", "true"));
        assertThat(scenario.query("select distinct unit_code from fact_budget order by 1")).containsExactly(List.of("03430"));
        assertThat(scenario.query("select count(*) from fact_households")).containsExactly(List.of("0"));
        assertThat(scenario.query("select distinct unit_code, basis from mart_disbursement order by 1, 2"))
                .containsExactly(List.of("03430", "reported"), List.of("109", "rolled_up"), List.of("12", "rolled_up"));
        assertThat(scenario.query("select count(*) from mart_poverty")).containsExactly(List.of("0"));
        // the findings stay, marked; the blocked unit still counts as having reported
        assertThat(scenario.query("select rule_code, source, submission_blocked from dq_issue where severity = 'error' order by 1, 2"))
                .containsExactly(List.of("CELL_ERROR", "extract", "true"), List.of("COUNTERPART_SHARE", "warehouse", "true"),
                        List.of("RATE_OUT_OF_RANGE", "extract", "true"));
        assertThat(scenario.query("select unit_code, received, blocked from expected_submission where unit_code = '105' "
                + "and form_code = '01' and period_label = '" + H1_2024 + "'"))
                .containsExactly(List.of("105", "true", "true"));
        assertThat(scenario.failingAssertions()).isEmpty();
    }

    private MartScenario writeFiles() {
        SubmissionRow tamDuong = budgetFile("s105", "b1", "105", "Huyện Tam Đường", 2024, H1_2024, "2024-07-10T03:00:00Z");
        SubmissionRow muongSo = budgetFile("s03430", "b1", "03430", "Xã Mường So", 2024, H1_2024, "2024-07-10T03:00:00Z");
        SubmissionRow phongTho = file("s109", "b1", "02", "109", "Huyện Phong Thổ", 2024, "Năm 2024", "2025-01-10T03:00:00Z", null);
        SubmissionRow phongThoBudget = budgetFile("s109-01", "b1", "109", "Huyện Phong Thổ", 2024, H1_2024, "2024-07-10T03:00:00Z");
        return new MartScenario(home, referenceDir, jobs.dir()).write("b1", List.of(tamDuong, muongSo, phongTho, phongThoBudget), concat(concat(
                        leaf(tamDuong, "GNBV.DA2", "NSTW SN current", "100", "40", 12),
                        leaf(muongSo, "GNBV.DA2", "NSTW SN current", "10", "4", 12),
                        leaf(phongThoBudget, "GNBV.DA2", "NSTW SN current", "1000", "40", 12),
                        leaf(phongThoBudget, "GNBV.DA2", "NSDP SN current", "5", "0", 13)), householdLine(phongTho, "109", "Huyện Phong Thổ", "total", 30,
                        "na total_households 1000", "start poor 1200", "end poor 300")), List.of(error(tamDuong, "CELL_ERROR", "H12"), error(phongTho, "RATE_OUT_OF_RANGE", "D30")));
    }
}
