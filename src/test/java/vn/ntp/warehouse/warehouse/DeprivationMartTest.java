package vn.ntp.warehouse.warehouse;

import org.junit.jupiter.api.Test;
import vn.ntp.warehouse.lake.SubmissionRow;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ntp.warehouse.warehouse.AnnexRows.concat;
import static vn.ntp.warehouse.warehouse.AnnexRows.deprivationLine;
import static vn.ntp.warehouse.warehouse.AnnexRows.submission;

/** Biểu 03 into fact_deprivation and mart_deprivation: rates over the base line, roll-ups add households. */
class DeprivationMartTest extends MartTestBase {

    private final SubmissionRow siLoLau = submission("s03550", "b1", "Biểu 03", "03550", "Xã Sì Lở Lầu", 2024, "Năm 2024", 1_000L);
    private final SubmissionRow moSiSan = submission("s03553", "b1", "Biểu 03", "03553", "Xã Mồ Sì San", 2024, "Năm 2024", 1_000L);

    @Test
    void thirtyOnePoorAndTwentyThreeNearPoorOfWhichElevenLackEmploymentGiveTheStatedRates() throws Exception {
        scenario.write("b1", List.of(siLoLau), concat(
                deprivationLine(siLoLau, "base", 8, "31", null, "23", null),
                deprivationLine(siLoLau, "1.1", 10, "11", "35.48", "11", "47.83"))).build();

        assertThat(scenario.query("select basis, indicator_code, indicator_name, household_group, deprived_households, "
                + "base_households, round(rate_pct, 2), stated_pct from mart_deprivation where unit_code = '03550' "
                + "order by household_group desc")).containsExactly(
                List.of("reported", "1.1", "Việc làm", "poor", "11", "31", "35.48", "35.48"),
                List.of("reported", "1.1", "Việc làm", "near_poor", "11", "23", "47.83", "47.83"));
        assertThat(scenario.query("select household_group, cell_ref, base_cell_ref from fact_deprivation order by cell_ref"))
                .containsExactly(List.of("poor", "C10", "C8"), List.of("near_poor", "E10", "E8"));
        assertThat(scenario.failingAssertions()).isEmpty();
    }

    @Test
    void aDistrictAddsItsCommunesHouseholdsAndRecomputesTheRate() throws Exception {
        scenario.write("b1", List.of(siLoLau, moSiSan), concat(
                deprivationLine(siLoLau, "base", 8, "31", null, "23", null),
                deprivationLine(siLoLau, "1.1", 10, "11", "35.48", "11", "47.83"),
                deprivationLine(moSiSan, "base", 8, "9", null, "2", null),
                deprivationLine(moSiSan, "1.1", 10, "1", "11.11", "0", "0"))).build();

        // 12 / 40 = 30 %; the mean of the communes' rates would be 23.30 %
        assertThat(scenario.query("select unit_code, basis, deprived_households, base_households, round(rate_pct, 2), "
                + "stated_pct, contributing_units from mart_deprivation where household_group = 'poor' "
                + "and unit_level <> 'xa' order by unit_code")).containsExactly(
                List.of("109", "rolled_up", "12", "40", "30.0", "null", "2"),
                List.of("12", "rolled_up", "12", "40", "30.0", "null", "2"));
        assertThat(scenario.failingAssertions()).isEmpty();
    }

    @Test
    void anIndicatorOutsideTheTwelveBreaksAnAssertion() throws Exception {
        scenario.write("b1", List.of(siLoLau), concat(
                deprivationLine(siLoLau, "base", 8, "31", null, "23", null),
                deprivationLine(siLoLau, "9.9", 10, "1", null, "1", null))).build();

        assertThat(scenario.failingAssertions()).singleElement().asString()
                .startsWith("fact_deprivation__indicator_in_catalogue.sql: 2 offending row(s)")
                .contains("indicator_code=9.9");
    }
}
