package vn.ntp.warehouse.extract.deprivation;

import static vn.ntp.warehouse.lake.LakeRows.key;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.ntp.warehouse.fixtures.DeprivationWorkbookBuilder.Group.NEAR_POOR;
import static vn.ntp.warehouse.fixtures.DeprivationWorkbookBuilder.Group.POOR;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.ntp.warehouse.extract.ExtractedAnnex;
import vn.ntp.warehouse.extract.Extraction;
import vn.ntp.warehouse.fixtures.AnnexWorkbooks;
import vn.ntp.warehouse.fixtures.DeprivationWorkbookBuilder;
import vn.ntp.warehouse.fixtures.SampleInboxGenerator;
import vn.ntp.warehouse.extract.Figure;

class DeprivationExtractionTest {

    @TempDir
    Path dir;

    @Test
    void baseLineAndIndicatorLinesBecomeLakeRows() throws IOException {
        DeprivationWorkbookBuilder b = SampleInboxGenerator.maLyPhoDeprivation();
        ExtractedAnnex annex = Extraction.extract(b.writeXlsx(dir, "b03.xlsx"));

        assertThat(annex.rejected()).isFalse();
        assertThat(annex.identity().formCode()).isEqualTo("03");
        assertThat(annex.identity().unitCode()).isEqualTo("03574");
        assertThat(annex.findings()).isEmpty();
        assertThat(rows(annex, "base")).containsExactly(
                "poor base_households 31 " + b.cellRef("base", POOR, false),
                "near_poor base_households 23 " + b.cellRef("base", NEAR_POOR, false));
        assertThat(rows(annex, "1.1")).containsExactly(
                "poor deprived_households 11 " + b.cellRef("1.1", POOR, false),
                "poor stated_pct 35.48 " + b.cellRef("1.1", POOR, true),
                "near_poor deprived_households 11 " + b.cellRef("1.1", NEAR_POOR, false),
                "near_poor stated_pct 47.83 " + b.cellRef("1.1", NEAR_POOR, true));
        // 12 indicators × 2 groups × (deprived, rate) + the base line's 2; dimension headings give nothing
        assertThat(annex.figures("deprivation")).hasSize(50);
        assertThat(annex.identity().unitCode()).isEqualTo("03574");
        assertThat(annex.figures("deprivation")).extracting(r -> key(r, "indicator_code")).doesNotContainNull()
                .contains("1.1", "1.2", "2.1", "2.2", "3.1", "3.2", "4.1", "4.2", "5.1", "5.2", "6.1", "6.2", "base");
    }

    @Test
    void wrongRateDeprivedAboveBaseAndUnknownLabelAreFlagged() throws IOException {
        DeprivationWorkbookBuilder b = AnnexWorkbooks.deprivation("Xã Mường So, huyện Phong Thổ, tỉnh Lai Châu")
                .sheetName("Bieu03").base(412, 198)
                .indicator("1.1", 118, 54).statedRate("1.1", POOR, 12.5)
                .indicator("5.2", 430, 101)
                .label("3.1", "Thiếu hụt trình độ giáo dục người lớn").indicator("3.1", 150, 62)
                .extraLine("7", "Tiếp cận vốn vay", 20, 8);
        ExtractedAnnex annex = Extraction.extract(b.writeXls(dir, "b03.xls"));

        assertThat(Extraction.findings(annex)).containsExactlyInAnyOrder(
                "STATED_PCT Bieu03!" + b.cellRef("1.1", POOR, true) + " 28.64→12.5",
                "DEPRIVED_GT_BASE Bieu03!" + b.cellRef("5.2", POOR, false) + " 412→430",
                "RATE_OUT_OF_RANGE Bieu03!" + b.cellRef("5.2", POOR, true) + " 0-100→104.37",
                "UNKNOWN_LABEL Bieu03!" + b.labelRef("7") + " →Tiếp cận vốn vay");
        // the label with "Thiếu hụt" and an alias is indicator 3.1; the unknown line is kept without a code
        assertThat(rows(annex, "3.1")).hasSize(4);
        assertThat(annex.figures("deprivation")).filteredOn(r -> key(r, "indicator_code") == null)
                .extracting(r -> key(r, "indicator_label") + " " + key(r, "household_group") + " " + r.measure() + " "
                        + r.value().stripTrailingZeros().toPlainString())
                .containsExactly("Tiếp cận vốn vay poor deprived_households 20", "Tiếp cận vốn vay poor stated_pct 4.85",
                        "Tiếp cận vốn vay near_poor deprived_households 8", "Tiếp cận vốn vay near_poor stated_pct 4.04");
    }

    private static List<String> rows(ExtractedAnnex annex, String indicator) {
        return annex.figures("deprivation").stream().filter(r -> indicator.equals(key(r, "indicator_code")))
                .map(r -> key(r, "household_group") + " " + r.measure() + " " + r.value().stripTrailingZeros().toPlainString()
                        + " " + r.cellRef())
                .toList();
    }
}
