package vn.ntp.warehouse.warehouse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ntp.warehouse.lake.SubmissionRow;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ntp.warehouse.warehouse.AnnexRows.budgetLeaf;
import static vn.ntp.warehouse.warehouse.AnnexRows.concat;
import static vn.ntp.warehouse.warehouse.AnnexRows.householdLine;
import static vn.ntp.warehouse.warehouse.AnnexRows.submission;

/**
 * Bạch Thông district (063) of Bắc Kạn (06) reports for 2024; on 1 July 2025 Bắc Kạn went into Thái Nguyên (19):
 * the figures show under Bắc Kạn in the 2024 roll-up and under Thái Nguyên in the successor views.
 */
class SuccessorMartTest extends MartTestBase {

    private final SubmissionRow bachThongBudget = submission("s063-01", "b1", "Biểu 01", "063", "Huyện Bạch Thông", 2024, "Năm 2024", 1_000L);
    private final SubmissionRow bachThongHouseholds = submission("s063-02", "b1", "Biểu 02", "063", "Huyện Bạch Thông", 2024, "Năm 2024", 1_000L);

    @BeforeEach
    void writeBachThong() throws Exception {
        scenario.write("b1", List.of(bachThongBudget, bachThongHouseholds), concat(budgetLeaf(bachThongBudget, "GNBV.DA2", "1200", "300", 12), householdLine(bachThongHouseholds, "063", "Huyện Bạch Thông", "total", 20,
                        "na total_households 8000", "start poor 1200", "end poor 1000"))).build();
    }

    @Test
    void bachThongsBudgetShowsUnderBacKanIn2024AndUnderThaiNguyenAsItsSuccessor() throws Exception {
        assertThat(scenario.query(programTotal("mart_disbursement", "unit_code, basis") + " order by unit_code"))
                .containsExactly(List.of("06", "rolled_up", "1200.000000", "300.000000"),
                        List.of("063", "reported", "1200.000000", "300.000000"));
        assertThat(scenario.query(programTotal("mart_disbursement_successor",
                "successor_unit_code, successor_unit_name, unit_code, basis, counts_in_successor_total") + " order by unit_code"))
                .containsExactly(
                        List.of("19", "Tỉnh Thái Nguyên", "06", "rolled_up", "true", "1200.000000", "300.000000"),
                        List.of("19", "Tỉnh Thái Nguyên", "063", "reported", "false", "1200.000000", "300.000000"));
        assertThat(scenario.query("select successor_unit_key, sum(allocated_mvnd) from mart_disbursement_successor "
                + "where counts_in_successor_total and project_code = 'GNBV' and budget_level = 'ALL' "
                + "and capital_type = 'ALL' and vintage = 'ALL' group by all"))
                .containsExactly(List.of("19@2025-07-01", "1200.000000"));
        assertThat(scenario.failingAssertions()).isEmpty();
    }

    @Test
    void bachThongsHouseholdsShowUnderBacKanIn2024AndUnderThaiNguyenAsItsSuccessor() throws Exception {
        assertThat(scenario.query("select unit_code, basis, poor_start, round(poor_rate_start_pct, 2) from mart_poverty "
                + "order by unit_code")).containsExactly(
                List.of("06", "rolled_up", "1200", "15.0"),
                List.of("063", "reported", "1200", "15.0"));
        assertThat(scenario.query("select successor_unit_code, unit_code, basis, counts_in_successor_total, poor_start "
                + "from mart_poverty_successor order by unit_code")).containsExactly(
                List.of("19", "06", "rolled_up", "true", "1200"),
                List.of("19", "063", "reported", "false", "1200"));
        // the documented query of sql/README.md: counts summed under the successor, rates recomputed
        assertThat(scenario.query("select successor_unit_code, sum(poor_start), sum(poor_end), "
                + "round(100.0 * sum(poor_start) / sum(total_households_start), 2) from mart_poverty_successor "
                + "where counts_in_successor_total group by successor_unit_code"))
                .containsExactly(List.of("19", "1200", "1000", "15.0"));
    }

    private static String programTotal(String table, String columns) {
        return "select " + columns + ", allocated_mvnd, disbursed_mvnd from " + table + " where project_code = 'GNBV' "
                + "and budget_level = 'ALL' and capital_type = 'ALL' and vintage = 'ALL'";
    }
}
