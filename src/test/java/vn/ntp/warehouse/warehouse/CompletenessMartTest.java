package vn.ntp.warehouse.warehouse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ntp.warehouse.lake.SubmissionRow;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ntp.warehouse.warehouse.AnnexRows.concat;
import static vn.ntp.warehouse.warehouse.RuleRows.budgetFile;
import static vn.ntp.warehouse.warehouse.RuleRows.leaf;

/**
 * Expected, received and on-time reports (jobs/schedule/forms.yaml: GNBV Biểu 01 from every district, first half due
 * 15/07) over the unit list with Lai Châu (districts 105, 109) and Bắc Kạn (district 063) before 1 July 2025.
 */
class CompletenessMartTest {

    private static final String H1_2024 = "6 tháng đầu năm 2024";
    private static final String COMPLETENESS = "select program_code, form_code, year, period_label, parent_code, expected_units, "
            + "received_units, completeness_pct, on_time_units, late_units, due_date from mart_completeness where form_code = '01' order by parent_code";

    @TempDir
    Path home;
    @TempDir
    Path referenceDir;
    @TempDir
    Path jobsDir;

    private MartScenario scenario;
    private JobsFixture jobs;

    @BeforeEach
    void configuration() throws Exception {
        ReferenceFixture.writeWithMoreUnits(referenceDir);
        jobs = JobsFixture.copyOfShipped(jobsDir);
        scenario = new MartScenario(home, referenceDir, jobs.dir());
    }

    @Test
    void filesCopiedIntoTheInboxLateCanBeTimedByWhenTheSenderSavedThem() throws Exception {
        SubmissionRow tamDuong = RuleRows.file("s105", "b1", "01", "105", "Huyện Tam Đường", 2024, H1_2024,
                "2024-07-20T03:00:00Z", "2024-07-14T03:00:00Z");
        write(tamDuong);
        assertThat(scenario.query("select on_time_units from mart_completeness where form_code = '01'")).containsExactly(List.of("0"));

        jobs.replace("schedule/forms.yaml", "on_time_by: received_at", "on_time_by: saved_at");
        scenario.build();
        assertThat(scenario.query("select on_time_units from mart_completeness where form_code = '01'")).containsExactly(List.of("1"));
    }

    @Test
    void bothDistrictsOfLaiChauReportedOneByTheEndOfTheDueDayVietnamTimeTheOtherASecondLater() throws Exception {
        // 15/07/2024 23:59:59 in Vietnam is 16:59:59 UTC
        SubmissionRow tamDuong = budgetFile("s105", "b1", "105", "Huyện Tam Đường", 2024, H1_2024, "2024-07-15T16:59:59Z");
        SubmissionRow phongTho = budgetFile("s109", "b1", "109", "Huyện Phong Thổ", 2024, H1_2024, "2024-07-15T17:00:00Z");
        write(tamDuong, phongTho);

        assertThat(scenario.query(COMPLETENESS)).containsExactly(
                List.of("GNBV", "01", "2024", H1_2024, "12", "2", "2", "100.0", "1", "1", "2024-07-15"));
        assertThat(scenario.query("select count(*) from missing_submissions")).containsExactly(List.of("0"));
    }

    @Test
    void aDistrictThatSentNothingIsMissingAndOnlyProvincesWithAFileAreInScope() throws Exception {
        SubmissionRow tamDuong = budgetFile("s105", "b1", "105", "Huyện Tam Đường", 2024, H1_2024, "2024-07-10T03:00:00Z");
        // a commune of Bắc Kạn sent its own file: Bắc Kạn is in the season, its district Bạch Thông has not reported
        SubmissionRow viHuong = budgetFile("s01975", "b1", "01975", "Xã Vi Hương", 2024, H1_2024, "2024-07-11T03:00:00Z");
        write(tamDuong, viHuong);

        assertThat(scenario.query(COMPLETENESS)).extracting(row -> String.join(" ", row.subList(4, 10))).containsExactly(
                "06 1 0 0.0 0 0",
                "12 2 1 50.0 1 0");
        assertThat(scenario.query("select province_code, parent_code, parent_name, unit_code, unit_name, due_date "
                + "from missing_submissions where form_code = '01' order by unit_code")).containsExactly(
                List.of("06", "06", "Tỉnh Bắc Kạn", "063", "Huyện Bạch Thông", "2024-07-15"),
                List.of("12", "12", "Tỉnh Lai Châu", "109", "Huyện Phong Thổ", "2024-07-15"));
    }

    @Test
    void aCorrectionAfterTheDeadlineKeepsTheUnitOnTimeAndARejectedFileIsNoReport() throws Exception {
        SubmissionRow first = budgetFile("s105-a", "b1", "105", "Huyện Tam Đường", 2024, H1_2024, "2024-07-12T03:00:00Z");
        SubmissionRow correction = budgetFile("s105-b", "b1", "105", "Huyện Tam Đường", 2024, H1_2024, "2024-08-01T03:00:00Z");
        SubmissionRow unreadable = new SubmissionRow("s109", "b1", "run-1", "phong-tho.xlsx", "sha-109", 10,
                java.time.Instant.parse("2024-07-12T03:00:00Z").toEpochMilli(), 0L, "GNBV", "01", "109", "Huyện Phong Thổ",
                2024, null, H1_2024, "rejected", "CORRUPT_ZIP", "{\"code\":\"CORRUPT_ZIP\"}", 0, 0);
        write(first, correction, unreadable);

        assertThat(scenario.query("select unit_code, received, files, on_time, loaded_submission_id from expected_submission "
                + "where form_code = '01' order by unit_code")).containsExactly(
                List.of("105", "true", "2", "true", "s105-b"),
                List.of("109", "false", "0", "false", "null"));
    }

    @Test
    void afterTheReorganisationCommunesReportToTheProvinceAndAnAnnualDeadlineFallsInTheNextYear() throws Exception {
        SubmissionRow phuThong = budgetFile("s01969", "b1", "01969", "Xã Phủ Thông", 2025, "Năm 2025", "2026-01-20T03:00:00Z");
        write(phuThong);

        assertThat(scenario.query(COMPLETENESS)).containsExactly(
                List.of("GNBV", "01", "2025", "Năm 2025", "19", "1", "1", "100.0", "1", "0", "2026-01-31"));
    }

    private void write(SubmissionRow... files) {
        List<vn.ntp.warehouse.lake.LakeWriter.Figures> rows = new java.util.ArrayList<>();
        for (SubmissionRow file : files) {
            if (file.status().equals("extracted")) {
                rows.addAll(concat(leaf(file, "GNBV.DA2", "NSTW SN current", "100", "40", 12)));
            }
        }
        scenario.write("b1", List.of(files), rows).build();
    }
}
