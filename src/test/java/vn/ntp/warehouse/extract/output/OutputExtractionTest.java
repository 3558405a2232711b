package vn.ntp.warehouse.extract.output;

import static vn.ntp.warehouse.lake.LakeRows.key;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.ntp.warehouse.fixtures.OutputsWorkbookBuilder.Column.DISBURSED_MONEY;
import static vn.ntp.warehouse.fixtures.OutputsWorkbookBuilder.Column.PLANNED;
import static vn.ntp.warehouse.fixtures.OutputsWorkbookBuilder.Column.PLANNED_MONEY;
import static vn.ntp.warehouse.fixtures.OutputsWorkbookBuilder.Column.RATE;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.ntp.warehouse.extract.ExtractedAnnex;
import vn.ntp.warehouse.extract.Extraction;
import vn.ntp.warehouse.fixtures.AnnexWorkbooks;
import vn.ntp.warehouse.fixtures.OutputsWorkbookBuilder;
import vn.ntp.warehouse.fixtures.SampleInboxGenerator;
import vn.ntp.warehouse.extract.Figure;

class OutputExtractionTest {
    private static final String HOUSING = "Dự án 5: Hỗ trợ nhà ở cho hộ nghèo, hộ cận nghèo trên địa bàn các huyện nghèo";

    @TempDir
    Path dir;

    @Test
    void housingLineGivesCountsMoneyAndAStatedRateThatIsOutputBased() throws IOException {
        OutputsWorkbookBuilder b = AnnexWorkbooks.outputs("Huyện Phong Thổ, tỉnh Lai Châu").unitCode("109")
                .line("1", HOUSING, "Số nhà được hỗ trợ", "Nhà", 46, 14, 2_041, 616);
        ExtractedAnnex annex = Extraction.extract(b.writeXlsx(dir, "b04.xlsx"));

        assertThat(annex.rejected()).isFalse();
        assertThat(annex.identity().formCode()).isEqualTo("04");
        assertThat(annex.findings()).isEmpty(); // 30,43 is 14 / 46: output-based, as the spec says
        assertThat(b.cellRef("1", PLANNED)).isEqualTo("E10");
        assertThat(rows(annex)).containsExactly(
                "GNBV.DA5|Số nhà được hỗ trợ|Nhà|planned|46|Nhà|E10",
                "GNBV.DA5|Số nhà được hỗ trợ|Nhà|achieved|14|Nhà|F10",
                "GNBV.DA5|Số nhà được hỗ trợ|Nhà|stated_pct|30.43|%|G10",
                "GNBV.DA5|Số nhà được hỗ trợ|Nhà|planned_mvnd|2041|Triệu đồng|H10",
                "GNBV.DA5|Số nhà được hỗ trợ|Nhà|disbursed_mvnd|616|Triệu đồng|I10");
        assertThat(annex.identity().unitCode()).isEqualTo("109");
    }

    @Test
    void statedRateThatIsTheMoneyRatioIsSaidToBeMoneyBased() throws IOException {
        OutputsWorkbookBuilder b = AnnexWorkbooks.outputs("Huyện Phong Thổ, tỉnh Lai Châu")
                .line("1", HOUSING, "Số nhà được hỗ trợ", "Nhà", 46, 14, 2_041, 616).statedRate(30.18)
                .line("2", "Dự án 6: Truyền thông và giảm nghèo về thông tin", "Số lớp tập huấn", "Lớp", 10, 4, 363, 109)
                .statedRate(25);
        ExtractedAnnex annex = Extraction.extract(b.writeXlsx(dir, "b04.xlsx"));

        assertThat(annex.findings()).extracting(f -> f.ruleCode() + " " + f.location() + " " + f.projectCode() + " "
                        + f.expected() + "→" + f.actual())
                .containsExactly(
                        "STATED_PCT_MONEY_BASED Biểu 04!" + b.cellRef("1", RATE) + " GNBV.DA5 30.43→30.18",
                        "STATED_PCT Biểu 04!" + b.cellRef("2", RATE) + " GNBV.DA6 40→25");
    }

    @Test
    void moneyInDongIsConvertedToMillionVnd() throws IOException {
        OutputsWorkbookBuilder b = AnnexWorkbooks.outputs("Xã Ma Ly Pho, huyện Phong Thổ, tỉnh Lai Châu").unit("Đồng")
                .line("1", HOUSING, "Số nhà được hỗ trợ", "Nhà", 3, 1, 132.5, 44);
        ExtractedAnnex annex = Extraction.extract(b.writeXls(dir, "b04.xls"));

        assertThat(annex.findings()).isEmpty();
        assertThat(annex.figures("output")).filteredOn(r -> r.measure().endsWith("_mvnd"))
                .extracting(r -> r.measure() + " " + r.value().stripTrailingZeros().toPlainString() + " "
                        + r.originalText() + " " + r.originalUnit() + " " + r.cellRef())
                .containsExactly(
                        "planned_mvnd 132.5 132500000 Đồng " + b.cellRef("1", PLANNED_MONEY),
                        "disbursed_mvnd 44 44000000 Đồng " + b.cellRef("1", DISBURSED_MONEY));
    }

    @Test
    void contentUnknownToTheProgramFallsBackToItsProjectAndLinesUnderAHeadingBelongToIt() throws IOException {
        OutputsWorkbookBuilder b = AnnexWorkbooks.outputs("Huyện Phong Thổ, tỉnh Lai Châu")
                .line("1", "Dự án 1 - Nội dung 2: Hỗ trợ nhà ở", "Số nhà được hỗ trợ", "Nhà", 20, 5, 800, 200)
                .heading("2", "Dự án 4: Phát triển giáo dục nghề nghiệp, việc làm bền vững")
                .line("2.1", "", "Số người được đào tạo nghề", "Người", 350, 120, 1_800, 540)
                .line("3", "Hỗ trợ mua máy cày", "Số máy", "Máy", 4, 1, 120, 30);
        ExtractedAnnex annex = Extraction.extract(b.writeXlsx(dir, "b04.xlsx"));

        assertThat(Extraction.findings(annex)).containsExactly(
                "UNKNOWN_LABEL Biểu 04!" + b.labelRef("3") + " →Hỗ trợ mua máy cày");
        assertThat(annex.figures("output")).filteredOn(r -> r.measure().equals("planned"))
                .extracting(r -> key(r, "project_code") + " | " + key(r, "project_label") + " | " + key(r, "indicator"))
                .containsExactly(
                        "GNBV.DA1 | Dự án 1 - Nội dung 2: Hỗ trợ nhà ở | Số nhà được hỗ trợ",
                        "GNBV.DA4 | Dự án 4: Phát triển giáo dục nghề nghiệp, việc làm bền vững | Số người được đào tạo nghề",
                        "null | Hỗ trợ mua máy cày | Số máy");
        // in the ethnic-minority program the same content is in the catalogue
        OutputsWorkbookBuilder dtts = AnnexWorkbooks.outputs("Huyện Phong Thổ, tỉnh Lai Châu").program("DTTS")
                .line("1", "Dự án 1 - Nội dung 2: Hỗ trợ nhà ở", "Số nhà được hỗ trợ", "Nhà", 20, 5, 800, 200);
        assertThat(Extraction.extract(dtts.writeXlsx(dir, "dtts.xlsx")).figures("output"))
                .extracting(r -> key(r, "project_code")).containsOnly("DTTS.DA1.ND2");
    }

    @Test
    void phongThoSampleReadsAllItsLines() throws IOException {
        OutputsWorkbookBuilder b = SampleInboxGenerator.phongThoOutputs();
        ExtractedAnnex annex = Extraction.extract(b.writeXlsx(dir, "b04.xlsx"));

        assertThat(Extraction.findings(annex))
                .containsExactly("STATED_PCT_MONEY_BASED Biểu 04!" + b.cellRef("4", RATE) + " 40→30.03");
        assertThat(annex.figures("output")).filteredOn(r -> r.measure().equals("achieved"))
                .extracting(r -> key(r, "project_code") + " " + r.value().stripTrailingZeros().toPlainString())
                .containsExactly("GNBV.DA2 2", "GNBV.DA4 120", "GNBV.DA4 21", "GNBV.DA5 14", "GNBV.DA6 4");
    }

    private static List<String> rows(ExtractedAnnex annex) {
        return annex.figures("output").stream().map(r -> key(r, "project_code") + "|" + key(r, "indicator") + "|" + key(r, "unit_of_measure") + "|"
                + r.measure() + "|" + r.value().stripTrailingZeros().toPlainString() + "|" + r.originalUnit() + "|"
                + r.cellRef()).toList();
    }
}
