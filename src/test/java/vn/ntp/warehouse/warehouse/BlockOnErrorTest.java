package vn.ntp.warehouse.warehouse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ntp.warehouse.lake.Dataset;
import vn.ntp.warehouse.lake.LakeWriter.Rows;
import vn.ntp.warehouse.lake.SubmissionRow;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ntp.warehouse.warehouse.AnnexRows.concat;
import static vn.ntp.warehouse.warehouse.AnnexRows.householdLine;
import static vn.ntp.warehouse.warehouse.RuleRows.budgetFile;
import static vn.ntp.warehouse.warehouse.RuleRows.error;
import static vn.ntp.warehouse.warehouse.RuleRows.file;
import static vn.ntp.warehouse.warehouse.RuleRows.leaf;

/**
 * jobs/rules/policy.yaml block_on_error: Tam Đường's Biểu 01 has a CELL_ERROR (an extraction error) and Phong Thổ's
 * Biểu 02 a poor rate above 100 % (RATE_OUT_OF_RANGE, a warehouse error); Mường So's Biểu 01 is clean.
 */
class BlockOnErrorTest {

    private static final String H1_2024 = "6 tháng đầu năm 2024";

    @TempDir
    Path home;
    @TempDir
    Path referenceDir;
    @TempDir
    Path jobsDir;

    private JobsFixture jobs;

    @BeforeEach
    void configuration() throws Exception {
        ReferenceFixture.write(referenceDir);
        jobs = JobsFixture.copyOfShipped(jobsDir);
    }

    @Test
    void byDefaultFilesWithErrorsAreLoadedAndFlagged() throws Exception {
        MartScenario scenario = writeFiles();
        scenario.build();

        assertThat(scenario.query("select submission_id, status, blocked from submission order by 1")).containsExactly(
                List.of("s03430", "loaded", "false"), List.of("s105", "loaded", "false"), List.of("s109", "loaded", "false"));
        assertThat(scenario.query("select distinct unit_code from fact_budget order by 1"))
                .containsExactly(List.of("03430"), List.of("105"));
        assertThat(scenario.query("select count(*) from fact_households")).containsExactly(List.of("2"));
        assertThat(scenario.query("select rule_code, source, submission_blocked from dq_issue where severity = 'error' order by 1, 2"))
                .contains(List.of("CELL_ERROR", "extract", "false"), List.of("RATE_OUT_OF_RANGE", "warehouse", "false"));
    }

    @Test
    void whenErrorsBlockFilesWithAnErrorFromExtractionOrFromTheWarehouseStayOutOfFactsAndMarts() throws Exception {
        jobs.blockOnError(true);
        MartScenario scenario = writeFiles();
        scenario.build();

        assertThat(scenario.query("select submission_id, status, blocked from submission order by 1")).containsExactly(
                List.of("s03430", "loaded", "false"), List.of("s105", "loaded", "true"), List.of("s109", "loaded", "true"));
        assertThat(scenario.query("select distinct unit_code from fact_budget order by 1")).containsExactly(List.of("03430"));
        assertThat(scenario.query("select count(*) from fact_households")).containsExactly(List.of("0"));
        assertThat(scenario.query("select distinct unit_code, basis from mart_disbursement order by 1, 2"))
                .containsExactly(List.of("03430", "reported"), List.of("109", "rolled_up"), List.of("12", "rolled_up"));
        assertThat(scenario.query("select count(*) from mart_poverty")).containsExactly(List.of("0"));
        // the findings stay, marked; the blocked unit still counts as having reported
        assertThat(scenario.query("select rule_code, source, submission_blocked from dq_issue where severity = 'error' order by 1, 2"))
                .contains(List.of("CELL_ERROR", "extract", "true"), List.of("RATE_OUT_OF_RANGE", "warehouse", "true"));
        assertThat(scenario.query("select unit_code, received, blocked from expected_submission where unit_code = '105' "
                + "and form_code = '01' and period_label = '" + H1_2024 + "'"))
                .containsExactly(List.of("105", "true", "true"));
        assertThat(scenario.failingAssertions()).isEmpty();
    }

    private MartScenario writeFiles() {
        SubmissionRow tamDuong = budgetFile("s105", "b1", "105", "Huyện Tam Đường", 2024, H1_2024, "2024-07-10T03:00:00Z");
        SubmissionRow muongSo = budgetFile("s03430", "b1", "03430", "Xã Mường So", 2024, H1_2024, "2024-07-10T03:00:00Z");
        SubmissionRow phongTho = file("s109", "b1", "02", "109", "Huyện Phong Thổ", 2024, "Năm 2024", "2025-01-10T03:00:00Z", null);
        return new MartScenario(home, referenceDir, jobs.dir()).write("b1", List.of(tamDuong, muongSo, phongTho), List.of(
                new Rows<>(Dataset.BUDGET, concat(
                        leaf(tamDuong, "GNBV.DA2", "NSTW SN current", "100", "40", 12),
                        leaf(muongSo, "GNBV.DA2", "NSTW SN current", "10", "4", 12))),
                new Rows<>(Dataset.HOUSEHOLDS, householdLine(phongTho, "109", "Huyện Phong Thổ", "total", 30,
                        "na total_households 1000", "start poor 1200", "end poor 300")),
                new Rows<>(Dataset.FINDING, List.of(error(tamDuong, "CELL_ERROR", "H12")))));
    }
}
