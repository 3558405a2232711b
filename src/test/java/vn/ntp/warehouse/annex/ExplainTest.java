package vn.ntp.warehouse.annex;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.ntp.warehouse.warehouse.SqlAssertions;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code ./ntp explain}: the leaf values of a rolled-up province figure, each with its file, sheet and cell, add up to it. */
class ExplainTest {

    @Test
    void theLeafValuesOfLaiChausDisbursementOnProject4AddUpToTheMartFigure() throws Exception {
        Path home = AnnexSeason.home();
        var run = AnnexSeason.ntp("explain", "--home", home.toString(), "--unit", "12", "--period", AnnexSeason.PERIOD,
                "--project", "GNBV.DA4", "--measure", "disbursed");
        assertThat(run.exitCode()).as(run.out()).isZero();
        BigDecimal mart = (BigDecimal) AnnexSeason.query("select disbursed_mvnd from mart_disbursement where unit_code = '12' "
                + "and basis = 'rolled_up' and program_code = 'GNBV' and project_code = 'GNBV.DA4' and budget_level = 'ALL' "
                + "and capital_type = 'ALL' and vintage = 'ALL'").get(0).get("disbursed_mvnd");
        // Phong Thổ 1,250 + 12.25 (NSĐP) + 5,000 (carried over); Tam Đường 1,500 + 50 (mobilised), typed in đồng
        assertThat(mart).isEqualByComparingTo("7812.25");
        assertThat(run.out()).contains("= 7.812,25 triệu đồng", "Gồm 5 giá trị:",
                "Tổng các giá trị: 7.812,25 triệu đồng = số liệu của bảng tổng hợp (khớp).");
        assertThat(run.out().lines().filter(l -> l.contains("Huyện Tam Đường (106)"))).hasSize(2)
                .allMatch(l -> l.contains("tam-duong-bieu01-gnbv.xlsx · Biểu 01!") && l.contains("Đồng") && l.contains("tệp đã nạp"));
        assertThat(run.out()).contains("1.500 triệu đồng (ghi \"1500000000\", Đồng)");

        Explanation.Answer answer = explain("disbursed", "GNBV.DA4", null, null, null);
        assertThat(answer.figure()).isEqualByComparingTo(mart);
        assertThat(answer.leafValues().stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo(mart);
        assertThat(answer.leaves()).extracting(LineageRow::sourceUnitCode).containsOnly("106", "109");
    }

    @Test
    void aSourceOfMoneyNarrowsTheFigureToItsCells() throws Exception {
        Explanation.Answer answer = explain("allocated", "GNBV.DA4", "NSTW", "SN", "current");
        assertThat(answer.figure()).isEqualByComparingTo("3295.5");
        assertThat(answer.leafValues()).containsExactlyInAnyOrder(new BigDecimal("2000.000000"), new BigDecimal("1295.500000"));
        assertThat(answer.adds()).isTrue();
    }

    @Test
    void householdsDeprivationAndOutputsAreExplainedToo() throws Exception {
        Explanation.Answer poor = explain(new Explanation.Question("12", AnnexSeason.PERIOD, "GNBV", null, "poor_end",
                null, null, null, null, null, null, null));
        assertThat(poor.figure()).isEqualByComparingTo("870");
        assertThat(poor.adds()).isTrue();
        assertThat(poor.leaves()).extracting(LineageRow::sourceUnitCode).containsExactly("106", "109");

        Explanation.Answer deprived = explain(new Explanation.Question("12", AnnexSeason.PERIOD, "GNBV", null,
                "deprived_households", null, null, null, null, "1.1", "poor", null));
        assertThat(deprived.adds()).isTrue();
        assertThat(deprived.leaves()).extracting(LineageRow::sourceUnitCode).containsExactly("03490", "03549");
        assertThat(deprived.figure()).isEqualByComparingTo(String.valueOf(250 / 3 + 150 / 3 + 7));

        Explanation.Answer houses = explain(new Explanation.Question("12", AnnexSeason.PERIOD, "DTTS", null, "achieved",
                "DTTS.DA1", null, null, null, "Số nhà được hỗ trợ", null, "Nhà"));
        assertThat(houses.figure()).isEqualByComparingTo("44");
        assertThat(houses.adds()).isTrue();
        assertThat(houses.leaves()).hasSize(2);
    }

    @Test
    void everyFigureOfTheMartsIsTheSumOfItsLineageRows() throws Exception {
        Path home = AnnexSeason.home();
        assertThat(new SqlAssertions(home, Path.of("sql"), Path.of("jobs", "reference")).failures(home.resolve("warehouse.duckdb"))).isEmpty();
        assertThat(AnnexSeason.query("select count(distinct mart) as marts from lineage").get(0).get("marts")).isEqualTo(4L);
    }

    @Test
    void aProvinceOfTheNewListOver2024IsExplainedByTheOldProvincesItSucceeds() throws Exception {
        Explanation.Answer answer = new Explanation(AnnexSeason.home().resolve("warehouse.duckdb"), Path.of("jobs", "reference"))
                .explain(new Explanation.Question("08@2025-07-01", AnnexSeason.PERIOD, "GNBV", null, "allocated", null, null,
                        null, null, null, null, null));
        assertThat(answer.figure()).isEqualByComparingTo("1000");
        assertThat(answer.adds()).isTrue();
        assertThat(answer.leaves()).extracting(LineageRow::sourceUnitCode).containsExactly("026", "075");
        assertThat(answer.lines().get(0)).contains("Tỉnh Hà Giang (02), Tỉnh Tuyên Quang (08)");
    }

    @Test
    void aFigureThatDoesNotExistIsSaidSo() throws Exception {
        var run = AnnexSeason.ntp("explain", "--home", AnnexSeason.home().toString(), "--unit", "107", "--period",
                AnnexSeason.PERIOD, "--measure", "disbursed");
        assertThat(run.exitCode()).isEqualTo(1);
    }

    private static Explanation.Answer explain(String measure, String project, String level, String capital, String vintage)
            throws Exception {
        return explain(new Explanation.Question("12", AnnexSeason.PERIOD, null, null, measure, project, level, capital,
                vintage, null, null, null));
    }

    private static Explanation.Answer explain(Explanation.Question q) throws Exception {
        return new Explanation(AnnexSeason.home().resolve("warehouse.duckdb"), Path.of("jobs", "reference")).explain(q);
    }
}
