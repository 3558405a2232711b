package vn.ntp.warehouse.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ntp.warehouse.pipeline.Pipelines.mvnd;
import static vn.ntp.warehouse.pipeline.Pipelines.query;
import static vn.ntp.warehouse.pipeline.Pipelines.single;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.ntp.warehouse.warehouse.ReadOnlyWarehouse;
import vn.ntp.warehouse.fixtures.AnnexWorkbooks;
import vn.ntp.warehouse.fixtures.Source;
import vn.ntp.warehouse.warehouse.WarehouseBuilder;

/**
 * The whole job on the shipped sample inbox: real workbooks in, the real lake, the real DuckDB
 * file out, read back with SQL. The figures are those of shared/examples/phong-tho-2024-expected.md.
 */
class AnnexLoadJobTest {
    private static final String PROGRAM_TOTAL = """
            select allocated_mvnd from mart_disbursement
            where unit_code = '%s' and basis = '%s' and project_code = '%s'
              and budget_level = 'ALL' and capital_type = '%s' and vintage = '%s'""";

    @TempDir
    static Path tmp;
    static Path home;
    static Pipelines.Result firstRun;

    @BeforeAll
    static void runOnTheSampleInbox() throws Exception {
        home = tmp.resolve("home");
        firstRun = Pipelines.run(home, Pipelines.copyOfSampleInbox(tmp.resolve("inbox")));
    }

    @Test
    void runEndsWithASummaryAndProgressLinePerStage() {
        assertThat(firstRun.exitCode()).isZero();
        assertThat(firstRun.out()).contains("[1/5]", "[2/5]", "[3/5]", "[4/5]", "[5/5]")
                .contains("10 tệp mới — 8 đã nạp, 1 trùng lặp, 1 bị thay thế, 0 cách ly");
    }

    @Test
    void phongThoFiguresMatchTheDistrictReport() throws Exception {
        assertThat(single(home, PROGRAM_TOTAL.formatted("109", "reported", "GNBV", "ALL", "ALL"))).isEqualTo(mvnd(144_735));
        assertThat(single(home, PROGRAM_TOTAL.formatted("109", "reported", "GNBV", "SN", "ALL"))).isEqualTo(mvnd(59_318));
        assertThat(single(home, PROGRAM_TOTAL.formatted("109", "reported", "GNBV", "SN", "current"))).isEqualTo(mvnd(51_957));
        assertThat(single(home, PROGRAM_TOTAL.formatted("109", "reported", "GNBV", "SN", "carryover"))).isEqualTo(mvnd(7_361));
        assertThat(single(home, PROGRAM_TOTAL.formatted("109", "reported", "GNBV", "DTPT", "ALL"))).isEqualTo(mvnd(85_417));
        assertThat(single(home, PROGRAM_TOTAL.formatted("109", "reported", "GNBV.DA1", "SN", "ALL"))).isEqualTo(mvnd(10_718));
    }

    @Test
    void everyStatedFigureThatDoesNotAddUpIsAFindingWithItsCell() throws Exception {
        List<Map<String, Object>> issues = query(home, """
                select rule_code, sheet, cell_ref, expected, actual from dq_issue
                where source_file like 'phong-tho%' and rule_code like 'SUM%' order by cell_ref""");
        assertThat(issues).extracting(r -> r.get("rule_code") + " " + r.get("sheet") + "!" + r.get("cell_ref")
                        + " " + r.get("expected") + "/" + r.get("actual"))
                .containsExactly(
                        "SUM_TOTAL_ROW Biểu 01!C40 1250/1295",   // Dự án 4 / TDA 2 carryover: the text's 2.250
                        "SUM_CHILDREN Biểu 01!E13 51957/51857",  // section A, SN: "biểu kèm theo là 51.857"
                        "SUM_CHILDREN Biểu 01!E14 9686/9586");   // Dự án 1 SN: the text's 10.618
    }

    @Test
    void householdsDeprivationAndOutputsOfTheSampleInboxReachTheMarts() throws Exception {
        // Biểu 02 of Phong Thổ: the district's own total line (its report: 6.687 poor, 37,93 %; 3.077 near-poor, 17,45 %)
        assertThat(query(home, """
                select total_households, poor_start, round(poor_rate_start_pct, 2) as poor_pct, near_poor_start,
                       round(near_poor_rate_start_pct, 2) as near_pct, target_reduction_pct
                from mart_poverty where unit_code = '109' and basis = 'reported'"""))
                .extracting(r -> r.values().stream().map(v -> new BigDecimal(v.toString()).stripTrailingZeros()
                        .toPlainString()).toList())
                .containsExactly(List.of("17630", "6687", "37.93", "3077", "17.45", "5.48"));
        // Biểu 03 of Ma Ly Pho: 11 of 31 poor and 11 of 23 near-poor households lack employment
        assertThat(single(home, """
                select round(rate_pct, 2) from mart_deprivation
                where unit_code = '03574' and indicator_code = '1.1' and household_group = 'poor'""")).isEqualByComparingTo("35.48");
        assertThat(single(home, """
                select round(rate_pct, 2) from mart_deprivation
                where unit_code = '03574' and indicator_code = '1.1' and household_group = 'near_poor'""")).isEqualByComparingTo("47.83");
        // Biểu 04 of Phong Thổ: 46 houses planned, 14 built; 2.041 planned, 616 disbursed
        assertThat(single(home, """
                select round(achievement_pct, 2) from mart_output where unit_code = '109' and project_code = 'GNBV.DA5'""")).isEqualByComparingTo("30.43");
        assertThat(single(home, """
                select round(disbursement_pct, 2) from mart_output where unit_code = '109' and project_code = 'GNBV.DA5'""")).isEqualByComparingTo("30.18");
    }

    @Test
    void duplicatesAndCorrectionsEndInTheirStates() throws Exception {
        List<Map<String, Object>> files = query(home, "select source_file, status from submission order by source_file");
        assertThat(files).extracting(r -> r.get("source_file") + "=" + r.get("status")).containsExactly(
                "ma-ly-pho-bieu01-2024-6t.xlsx=loaded",
                "ma-ly-pho-bieu03-2024-6t.xlsx=loaded",
                "muong-so-bieu03-2024-6t.xls=loaded",
                "phong-tho-bieu01-2024-6t (1).xlsx=duplicate",
                "phong-tho-bieu01-2024-6t.xlsx=loaded",
                "phong-tho-bieu02-2024-6t.xlsx=loaded",
                "phong-tho-bieu04-2024-6t.xlsx=loaded",
                "sin-ho-bieu01-2024-6t.xls=loaded",
                "tam-duong-bieu01-2024-6t-sua.xlsx=loaded",
                "tam-duong-bieu01-2024-6t.xlsx=superseded");
        // the warehouse shows only the corrected Tam Đường figure for Dự án 5
        assertThat(single(home, """
                select sum(allocated_mvnd) from fact_budget
                where unit_code = '106' and project_code = 'GNBV.DA5' and vintage = 'current'""")).isEqualTo(mvnd(14_850));
    }

    @Test
    void communeInDongIsConvertedAndProvinceRollsUpItsDistricts() throws Exception {
        // Xã Ma Ly Pho reports in đồng: 1.032.000.000 đồng carryover on Dự án 1 / TDA 1 is 1.032 million
        assertThat(single(home, """
                select allocated_mvnd from fact_budget
                where unit_code = '03574' and project_code = 'GNBV.DA1.TDA1' and vintage = 'carryover'""")).isEqualTo(mvnd(1_032));
        BigDecimal districts = single(home, """
                select sum(allocated_mvnd) from mart_disbursement
                where unit_code in ('106', '108', '109') and basis = 'reported' and project_code = 'GNBV'
                  and budget_level = 'ALL' and capital_type = 'ALL' and vintage = 'ALL'""");
        assertThat(single(home, PROGRAM_TOTAL.formatted("12", "rolled_up", "GNBV", "ALL", "ALL"))).isEqualTo(districts);
    }

    @Test
    void everyFactKeepsItsLineage() throws Exception {
        assertThat(query(home, """
                select source_file, sheet, cell_ref from fact_budget
                where unit_code = '109' and project_code = 'GNBV.DA1.TDA1' and capital_type = 'DTPT'"""))
                .extracting(r -> r.get("source_file") + "|" + r.get("sheet") + "|" + r.get("cell_ref"))
                .containsExactly("phong-tho-bieu01-2024-6t.xlsx|Biểu 01|D15");
    }

    @Test
    void rerunWithNothingNewChangesNothing() throws Exception {
        List<Map<String, Object>> before = query(home, "select * from mart_disbursement order by all");
        Pipelines.Result again = Pipelines.run(home, tmp.resolve("inbox"));
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("0 tệp mới cần đọc");
        assertThat(query(home, "select * from mart_disbursement order by all")).isEqualTo(before);
        assertThat(single(home, "select count(*) from submission")).isEqualTo(mvnd(10));
    }

    @Test
    void aCorrectionSentLaterSupersedesAndAnOpenReaderKeepsItsSnapshot(@TempDir Path other) throws Exception {
        Path home2 = other.resolve("home");
        Path inbox = other.resolve("inbox");
        Files.createDirectories(inbox);
        AnnexWorkbooks.budget("Huyện Than Uyên, tỉnh Lai Châu").unitCode("110")
                .timestamp(Instant.parse("2024-07-01T08:00:00Z"))
                .section("A", "VỐN KẾ HOẠCH NĂM 2024").project("2", "Dự án 2: Đa dạng hóa sinh kế").allocated(Source.NSTW_SN, 1_000)
                .writeXlsx(inbox, "than-uyen.xlsx");
        assertThat(Pipelines.run(home2, inbox).exitCode()).isZero();
        try (Connection analyst = ReadOnlyWarehouse.open(home2.resolve("warehouse.duckdb"))) {
            AnnexWorkbooks.budget("Huyện Than Uyên, tỉnh Lai Châu").unitCode("110")
                    .timestamp(Instant.parse("2024-07-03T08:00:00Z"))
                    .section("A", "VỐN KẾ HOẠCH NĂM 2024").project("2", "Dự án 2: Đa dạng hóa sinh kế").allocated(Source.NSTW_SN, 1_200)
                    .writeXlsx(inbox, "than-uyen-sua.xlsx");
            Files.setLastModifiedTime(inbox.resolve("than-uyen-sua.xlsx"), FileTime.from(Instant.now().plusSeconds(5)));
            assertThat(Pipelines.run(home2, inbox).exitCode()).as("a load never waits for or breaks an analyst").isZero();
            try (Statement s = analyst.createStatement();
                 ResultSet rs = s.executeQuery("select sum(allocated_mvnd) from fact_budget where unit_code = '110'")) {
                rs.next();
                assertThat(rs.getBigDecimal(1).stripTrailingZeros()).isEqualTo(mvnd(1_000));
            }
        }
        assertThat(single(home2, "select sum(allocated_mvnd) from fact_budget where unit_code = '110'")).isEqualTo(mvnd(1_200));
        assertThat(query(home2, "select source_file, status from submission order by 1"))
                .extracting(r -> r.get("source_file") + "=" + r.get("status"))
                .containsExactly("than-uyen-sua.xlsx=loaded", "than-uyen.xlsx=superseded");
    }
}
