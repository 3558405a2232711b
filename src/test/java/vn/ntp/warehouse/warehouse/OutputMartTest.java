package vn.ntp.warehouse.warehouse;

import org.junit.jupiter.api.Test;
import vn.ntp.warehouse.lake.SubmissionRow;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ntp.warehouse.warehouse.AnnexRows.concat;
import static vn.ntp.warehouse.warehouse.AnnexRows.outputLine;
import static vn.ntp.warehouse.warehouse.AnnexRows.submission;

/** Biểu 04 into fact_output and mart_output: count-based and money-based achievement side by side. */
class OutputMartTest extends MartTestBase {

    private final SubmissionRow phongTho = submission("s109", "b1", "Biểu 04", "109", "Huyện Phong Thổ", 2024, "Năm 2024", 1_000L);
    private final SubmissionRow tamDuong = submission("s105", "b1", "Biểu 04", "105", "Huyện Tam Đường", 2024, "Năm 2024", 1_000L);

    @Test
    void fortySixHousesPlannedFourteenBuiltGiveCountAndMoneyAchievement() throws Exception {
        scenario.write("b1", List.of(phongTho), outputLine(phongTho, "GNBV.DA1.TDA2", "Số nhà được hỗ trợ", "Nhà", 12, "46", "14", "30.43", "2041", "616"))
                .build();

        assertThat(scenario.query("select project_code, indicator, unit_of_measure, planned, achieved, "
                + "round(achievement_pct, 2), round(disbursement_pct, 2), planned_mvnd, disbursed_mvnd, stated_pct "
                + "from mart_output where unit_code = '109' order by project_code")).containsExactly(
                List.of("GNBV", "Số nhà được hỗ trợ", "Nhà", "46.000000", "14.000000", "30.43", "30.18", "2041.000000", "616.000000", "30.43"),
                List.of("GNBV.DA1", "Số nhà được hỗ trợ", "Nhà", "46.000000", "14.000000", "30.43", "30.18", "2041.000000", "616.000000", "30.43"),
                List.of("GNBV.DA1.TDA2", "Số nhà được hỗ trợ", "Nhà", "46.000000", "14.000000", "30.43", "30.18", "2041.000000", "616.000000", "30.43"));
        assertThat(scenario.query("select cell_ref, achieved_cell_ref, disbursed_cell_ref, original_money_unit from fact_output"))
                .containsExactly(List.of("E12", "F12", "I12", "Triệu đồng"));
        assertThat(scenario.failingAssertions()).isEmpty();
    }

    @Test
    void onlyLikeIsAddedToLikeAcrossProjectsAndUnits() throws Exception {
        scenario.write("b1", List.of(phongTho, tamDuong), concat(
                outputLine(phongTho, "GNBV.DA1.TDA2", "Số nhà được hỗ trợ", "Nhà", 12, "46", "14", "30.43", "2041", "616"),
                outputLine(phongTho, "GNBV.DA1.TDA1", "số  nhà được hỗ trợ ", "nhà", 13, "4", "2", "50", "100", "50"),
                outputLine(phongTho, "GNBV.DA1.TDA1", "Công trình hạ tầng", "Công trình", 14, "3", "1", null, "900", "300"),
                outputLine(tamDuong, "GNBV.DA1.TDA2", "Số nhà được hỗ trợ", "Nhà", 12, "10", "10", "100", "500", "500"))).build();

        assertThat(scenario.query("select unit_code, basis, indicator_key, unit_of_measure_key, planned, achieved, "
                + "round(achievement_pct, 2), round(disbursement_pct, 2), stated_pct, contributing_units from mart_output "
                + "where project_code = 'GNBV.DA1' order by unit_code, indicator_key")).containsExactly(
                List.of("105", "reported", "so nha duoc ho tro", "nha", "10.000000", "10.000000", "100.0", "100.0", "100.0", "1"),
                List.of("109", "reported", "cong trinh ha tang", "cong trinh", "3.000000", "1.000000", "33.33", "33.33", "null", "1"),
                List.of("109", "reported", "so nha duoc ho tro", "nha", "50.000000", "16.000000", "32.0", "31.11", "null", "1"),
                List.of("12", "rolled_up", "cong trinh ha tang", "cong trinh", "3.000000", "1.000000", "33.33", "33.33", "null", "1"),
                List.of("12", "rolled_up", "so nha duoc ho tro", "nha", "60.000000", "26.000000", "43.33", "44.15", "null", "2"));
        assertThat(scenario.failingAssertions()).isEmpty();
    }
}
