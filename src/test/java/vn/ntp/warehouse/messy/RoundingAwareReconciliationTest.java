package vn.ntp.warehouse.messy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.ntp.warehouse.fixtures.Source.NSTW_SN;

import java.math.BigDecimal;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.ntp.warehouse.extract.ExtractedAnnex;
import vn.ntp.warehouse.fixtures.AnnexWorkbooks;
import vn.ntp.warehouse.fixtures.BudgetWorkbookBuilder;
import vn.ntp.warehouse.fixtures.Measure;
import vn.ntp.warehouse.fixtures.MoneyUnit;
import vn.ntp.warehouse.validate.Finding;

/**
 * A stated figure is compared at the precision it is written with (issue 14, point 1): real workbooks whose
 * project row states, as typed text, the sum of its two sub-projects to 0, 1, 2 or 3 decimals, on a sheet in
 * triệu đồng and one in đồng, and stated disbursement rates typed to 0, 1 and 2 decimals. (Numbers stored as
 * numbers and their number formats: ShownPrecisionTest.)
 */
class RoundingAwareReconciliationTest {

    @TempDir
    Path dir;

    @Test
    void theIssuesExampleAGapOf0166MillionUnderATotalWrittenToTwoDecimalsIsAFinding() throws Exception {
        ExtractedAnnex annex = extract(project(MoneyUnit.TRIEU_DONG, "2.562,344", "2.729,68", "5.292,19",
                new BigDecimal("2562.344"), new BigDecimal("2729.68")));

        assertThat(annex.findings()).extracting(Finding::ruleCode, Finding::expected, Finding::actual)
                .containsExactly(tuple("SUM_CHILDREN", "5292.024", "5292.19"));
        assertThat(Pipeline.REFERENCE.checks().render(annex.findings().get(0)).messageVi()).endsWith(
                "(5.292,19) khác tổng các dòng con (5.292,024), chênh 0,166.");
    }

    @ParameterizedTest(name = "{2} stated for {0} + {1}: {3}")
    @CsvSource(delimiter = '|', value = {
            // integer: half a unit is 0,5
            "617,23  | 617,23  | 1.234     | none",
            "617,23  | 617,23  | 1.235     | SUM_CHILDREN 1234.46/1235",
            // one decimal: 0,05
            "617,23  | 617,23  | 1.234,5   | none",
            "617,23  | 617,23  | 1.234,6   | SUM_CHILDREN 1234.46/1234.6",
            // two decimals: 0,005
            "1.617,231 | 617,23 | 2.234,46  | none",
            "1.617,231 | 617,23 | 2.234,47  | SUM_CHILDREN 2234.461/2234.47",
            // three decimals: 0,0005
            "617,23  | 617,23  | 1.234,460 | none",
            "617,23  | 617,23  | 1.234,461 | SUM_CHILDREN 1234.46/1234.461"})
    void aStatedTotalInTrieuDongIsRightWhenItIsTheSumRoundedToTheDecimalsItShows(String first, String second,
                                                                                  String stated, String finding) throws Exception {
        BigDecimal a = new BigDecimal(first.replace(".", "").replace(",", "."));
        BigDecimal b = new BigDecimal(second.replace(".", "").replace(",", "."));
        ExtractedAnnex annex = extract(project(MoneyUnit.TRIEU_DONG, first, second, stated, a, b));

        // (the row's "Tổng số" cell states the builder's sum, an integer: against a typed 1.235 it is SUM_TOTAL_ROW too)
        assertThat(annex.findings()).filteredOn(f -> f.ruleCode().equals("SUM_CHILDREN"))
                .extracting(f -> f.ruleCode() + " " + f.expected() + "/" + f.actual())
                .containsExactlyElementsOf(finding.equals("none") ? java.util.List.of() : java.util.List.of(finding));
    }

    @Test
    void onADongSheetEveryDongCounts() throws Exception {
        ExtractedAnnex off = extract(project(MoneyUnit.DONG, "2.562.344.000", "2.729.680.000", "5.292.190.000",
                new BigDecimal("2562.344"), new BigDecimal("2729.68")));
        // the project's typed NSTW SN against its sub-projects, and its "Tổng số" cell (the sum) against that NSTW SN
        assertThat(off.findings()).extracting(Finding::ruleCode, Finding::expected, Finding::actual)
                .containsExactlyInAnyOrder(tuple("SUM_CHILDREN", "5292024000", "5292190000"),
                        tuple("SUM_TOTAL_ROW", "5292190000", "5292024000"));
        assertThat(off.findings()).extracting(f -> Pipeline.REFERENCE.checks().render(f).messageVi())
                .allSatisfy(message -> assertThat(message).endsWith("chênh 166.000."));

        ExtractedAnnex exact = extract(project(MoneyUnit.DONG, "2.562.344.000", "2.729.680.000", "5.292.024.000",
                new BigDecimal("2562.344"), new BigDecimal("2729.68")));
        assertThat(exact.findings()).isEmpty();
    }

    @ParameterizedTest(name = "rate {0} for 100 of 300")
    @CsvSource(delimiter = '|', value = {
            "33%     | none",
            "34%     | STATED_PCT 33.33/34",
            "33,3%   | none",
            "33,4%   | STATED_PCT 33.33/33.4",
            "33,33%  | none",
            "33,34%  | STATED_PCT 33.33/33.34"})
    void aStatedRateIsRightWhenItIsTheRecomputedRateRoundedToTheDecimalsItShows(String rate, String finding) throws Exception {
        BudgetWorkbookBuilder b = AnnexWorkbooks.budget("Huyện Phong Thổ, tỉnh Lai Châu").unitCode("109")
                .program("GNBV").period("6 tháng đầu năm 2024").unit("Triệu đồng").noGrandTotal()
                .section("A", "VỐN KẾ HOẠCH NĂM 2024")
                .project("2", "Dự án 2: Đa dạng hóa sinh kế, phát triển mô hình giảm nghèo")
                .allocated(NSTW_SN, 300).disbursed(NSTW_SN, 100).rateText(rate);
        ExtractedAnnex annex = extract(b);

        assertThat(annex.findings()).extracting(f -> f.ruleCode() + " " + f.expected() + "/" + f.actual())
                .containsExactlyElementsOf(finding.equals("none") ? java.util.List.of() : java.util.List.of(finding));
    }

    /** Project 1 of section A with two sub-projects (allocated, NSTW SN), every figure of that column typed as text. */
    private static BudgetWorkbookBuilder project(MoneyUnit unit, String first, String second, String stated,
                                                 BigDecimal firstMvnd, BigDecimal secondMvnd) {
        return AnnexWorkbooks.budget("Huyện Phong Thổ, tỉnh Lai Châu").unitCode("109")
                .program("GNBV").period("6 tháng đầu năm 2024").unit(unit).noGrandTotal()
                .section("A", "VỐN KẾ HOẠCH NĂM 2024")
                .project("1", "Dự án 1: Hỗ trợ đầu tư phát triển hạ tầng kinh tế - xã hội vùng nghèo, vùng khó khăn")
                .cellText(Measure.ALLOCATED, NSTW_SN, stated)
                .sub("1.1", "Tiểu dự án 1: Hỗ trợ đầu tư phát triển hạ tầng kinh tế - xã hội tại các huyện nghèo")
                .allocated(NSTW_SN, firstMvnd).cellText(Measure.ALLOCATED, NSTW_SN, first)
                .sub("1.2", "Tiểu dự án 2: Triển khai Đề án hỗ trợ một số huyện nghèo thoát khỏi tình trạng nghèo")
                .allocated(NSTW_SN, secondMvnd).cellText(Measure.ALLOCATED, NSTW_SN, second);
    }

    private ExtractedAnnex extract(BudgetWorkbookBuilder b) throws Exception {
        Path file = b.writeXlsx(dir, "bieu01-" + System.nanoTime() + ".xlsx");
        ExtractedAnnex annex = Pipeline.extract(file);
        assertThat(annex.rejected()).as(String.valueOf(annex.reason())).isFalse();
        return annex;
    }
}
