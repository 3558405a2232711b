package vn.ntp.warehouse.warehouse;

import org.junit.jupiter.api.Test;
import vn.ntp.warehouse.lake.LakeWriter.Figures;
import vn.ntp.warehouse.lake.SubmissionRow;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static vn.ntp.warehouse.warehouse.AnnexRows.concat;
import static vn.ntp.warehouse.warehouse.AnnexRows.householdLine;
import static vn.ntp.warehouse.warehouse.AnnexRows.submission;

/** Biểu 02 into fact_households and mart_poverty: rates recomputed from counts, roll-ups weighted by households. */
class PovertyMartTest extends MartTestBase {

    @Test
    void phongThoPoorRateIsRecomputedFromItsCountsAndItsTargetIsKept() throws Exception {
        SubmissionRow phongTho = submission("s109", "b1", "Biểu 02", "109", "Huyện Phong Thổ", 2024, "6 tháng đầu năm 2024", 1_000L);
        scenario.write("b1", List.of(phongTho), householdLine(phongTho, "109", "Huyện Phong Thổ", "total", 30, "na total_households 17630",
                        "start poor 6687", "start poor_rate_pct 37.93", "start near_poor 3077",
                        "start near_poor_rate_pct 17.45", "na target_reduction_pct 5.48")).build();

        List<String> row = scenario.query("select basis, unit_name, total_households, poor_start, poor_rate_start_pct, "
                + "stated_poor_rate_start_pct, near_poor_start, near_poor_rate_start_pct, target_reduction_pct, source_file "
                + "from mart_poverty where unit_code = '109'").get(0);

        assertThat(row.subList(0, 4)).containsExactly("reported", "Huyện Phong Thổ", "17630", "6687");
        assertThat(Double.parseDouble(row.get(4))).isCloseTo(37.93, within(0.01));
        assertThat(row.get(5)).isEqualTo("37.93");
        assertThat(row.get(6)).isEqualTo("3077");
        assertThat(Double.parseDouble(row.get(7))).isCloseTo(17.45, within(0.01));
        assertThat(row.get(8)).isEqualTo("5.48");
        assertThat(row.get(9)).isEqualTo("inbox/Huyện Phong Thổ/s109.xlsx");
        assertThat(scenario.query("select stage, total_households, poor, target_reduction_pct, cell_ref from fact_households "
                + "order by stage desc")).containsExactly(
                List.of("start", "17630", "6687", "5.48", "D30"),
                List.of("end", "17630", "null", "5.48", "C30"));
        assertThat(scenario.failingAssertions()).isEmpty();
    }

    @Test
    void aDistrictRateFromItsCommunesIsWeightedByHouseholdsNotAMeanOfRates() throws Exception {
        SubmissionRow phongTho = submission("s109", "b1", "Biểu 02", "109", "Huyện Phong Thổ", 2024, "Năm 2024", 1_000L);
        scenario.write("b1", List.of(phongTho), phongThoWithCommunes(phongTho))
                .build();

        // communes: 500/1000 = 50 %, 10/100 = 10 %, 60/300 = 20 %: the mean of rates would be 26.67 %
        List<String> rolledUp = scenario.query("select contributing_units, total_households, poor_start, "
                + "round(poor_rate_start_pct, 2), poor_end, round(poor_rate_end_pct, 2), round(poor_rate_reduction_pct, 2), "
                + "target_reduction_pct, target_met from mart_poverty where unit_code = '109' and basis = 'rolled_up'").get(0);
        assertThat(rolledUp).containsExactly("3", "1400", "570", "40.71", "435", "31.07", "9.64", "2.0", "true");
        assertThat(scenario.query("select unit_code, basis, round(poor_rate_start_pct, 2), source_file from mart_poverty "
                + "where unit_level = 'xa' order by unit_code")).containsExactly(
                List.of("03430", "reported_by_parent", "20.0", "inbox/Huyện Phong Thổ/s109.xlsx"),
                List.of("03550", "reported_by_parent", "50.0", "inbox/Huyện Phong Thổ/s109.xlsx"),
                List.of("03553", "reported_by_parent", "10.0", "inbox/Huyện Phong Thổ/s109.xlsx"));
        // the province adds the district's own total line, not its communes a second time
        assertThat(scenario.query("select basis, total_households, poor_start, round(poor_rate_start_pct, 2) from mart_poverty "
                + "where unit_code = '12'")).containsExactly(List.of("rolled_up", "1400", "570", "40.71"));
        assertThat(scenario.failingAssertions()).isEmpty();
    }

    @Test
    void aCommuneThatSentItsOwnFileCountsWithItsOwnFiguresInTheRollUp() throws Exception {
        SubmissionRow phongTho = submission("s109", "b1", "Biểu 02", "109", "Huyện Phong Thổ", 2024, "Năm 2024", 1_000L);
        SubmissionRow muongSo = submission("s03430", "b1", "Biểu 02", "03430", "Xã Mường So", 2024, "Năm 2024", 2_000L);
        scenario.write("b1", List.of(phongTho, muongSo), concat(
                phongThoWithCommunes(phongTho),
                householdLine(muongSo, "03430", "Xã Mường So", "total", 12, "na total_households 300",
                        "start poor 66", "end poor 33"))).build();

        assertThat(scenario.query("select basis, poor_start, round(poor_rate_start_pct, 2) from mart_poverty "
                + "where unit_code = '03430' order by basis")).containsExactly(
                List.of("reported", "66", "22.0"),
                List.of("reported_by_parent", "60", "20.0"));
        assertThat(scenario.query("select poor_start, poor_end from mart_poverty where unit_code = '109' and basis = 'rolled_up'"))
                .containsExactly(List.of("576", "438"));
        assertThat(scenario.failingAssertions()).isEmpty();
    }

    @Test
    void aCorrectedFileReplacesTheFirstAndHalfAHouseholdBreaksAnAssertion() throws Exception {
        SubmissionRow first = submission("s109-a", "b1", "Biểu 02", "109", "Huyện Phong Thổ", 2024, "Năm 2024", 1_000L);
        SubmissionRow corrected = submission("s109-b", "b2", "Biểu 02", "109", "Huyện Phong Thổ", 2024, "Năm 2024", 2_000L);
        scenario.write("b1", List.of(first), householdLine(first, "109", "Huyện Phong Thổ", "total", 13, "na total_households 1400", "start poor 999"));
        scenario.write("b2", List.of(corrected), householdLine(corrected, "109", "Huyện Phong Thổ", "total", 13, "na total_households 1400", "start poor 570.5"))
                .build();

        assertThat(scenario.query("select submission_id, stage, poor from fact_households order by stage desc"))
                .containsExactly(List.of("s109-b", "start", "571"), List.of("s109-b", "end", "null"));
        assertThat(scenario.failingAssertions()).singleElement().asString()
                .startsWith("fact_households__whole_counts.sql: 1 offending row(s)")
                .contains("value=570.500000");
    }

    @Test
    void anEmptyLakeBuildsEmptyTypedHouseholdTables() throws Exception {
        BuildResult result = scenario.build();

        assertThat(result.rowCount("fact_households")).isZero();
        assertThat(result.rowCount("fact_deprivation")).isZero();
        assertThat(result.rowCount("fact_output")).isZero();
        assertThat(result.rowCount("mart_poverty")).isZero();
        assertThat(result.rowCount("dim_indicator")).isEqualTo(12);
        assertThat(scenario.query("select column_name, column_type from (describe mart_poverty) "
                + "where column_name in ('poor_start', 'poor_rate_start_pct', 'target_met') order by column_name"))
                .containsExactly(List.of("poor_rate_start_pct", "DOUBLE"), List.of("poor_start", "BIGINT"),
                        List.of("target_met", "BOOLEAN"));
        assertThat(scenario.failingAssertions()).isEmpty();
    }

    /** Phong Thổ's Biểu 02 for the year: three communes of different sizes and the district's total line. */
    private static List<Figures> phongThoWithCommunes(SubmissionRow district) {
        return concat(
                householdLine(district, "03550", "Xã Sì Lở Lầu", "child", 10, "na total_households 1000",
                        "start poor 500", "start poor_rate_pct 50", "end poor 400", "na target_reduction_pct 5"),
                householdLine(district, "03553", "Xã Mồ Sì San", "child", 11, "na total_households 100",
                        "start poor 10", "end poor 5", "na target_reduction_pct 1"),
                householdLine(district, "03430", "Xã Mường So", "child", 12, "na total_households 300",
                        "start poor 60", "end poor 30", "na target_reduction_pct 3"),
                householdLine(district, "109", "Huyện Phong Thổ", "total", 13, "na total_households 1400",
                        "start poor 570", "end poor 435", "na target_reduction_pct 2"));
    }
}
