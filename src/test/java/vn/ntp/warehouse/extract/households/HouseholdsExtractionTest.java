package vn.ntp.warehouse.extract.households;

import static vn.ntp.warehouse.lake.LakeRows.key;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.ntp.warehouse.fixtures.HouseholdsWorkbookBuilder.Column.START_NEAR_POOR;
import static vn.ntp.warehouse.fixtures.HouseholdsWorkbookBuilder.Column.START_NEAR_POOR_RATE;
import static vn.ntp.warehouse.fixtures.HouseholdsWorkbookBuilder.Column.START_POOR;
import static vn.ntp.warehouse.fixtures.HouseholdsWorkbookBuilder.Column.END_POOR;
import static vn.ntp.warehouse.fixtures.HouseholdsWorkbookBuilder.Column.END_POOR_RATE;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.ntp.warehouse.extract.ExtractedAnnex;
import vn.ntp.warehouse.extract.Extraction;
import vn.ntp.warehouse.fixtures.AnnexWorkbooks;
import vn.ntp.warehouse.fixtures.HouseholdsWorkbookBuilder;
import vn.ntp.warehouse.fixtures.SampleInboxGenerator;
import vn.ntp.warehouse.extract.Figure;

class HouseholdsExtractionTest {

    @TempDir
    Path dir;

    private static HouseholdsWorkbookBuilder twoCommunes() {
        return AnnexWorkbooks.households("Huyện Phong Thổ, tỉnh Lai Châu").unitCode("109")
                .unit("Xã Ma Ly Pho").households(210).start(31, 23).end(25, 20).escaped(8).newPoor(2)
                .ethnicMinorityPoor(25).target(3)
                .unit("Mồ Sì San").households(400).start(180, 60).end(160, 55).escaped(25).newPoor(5)
                .ethnicMinorityPoor(160).target(5);
    }

    @Test
    void communeLinesAndTheDistrictTotalBecomeLakeRows() throws IOException {
        HouseholdsWorkbookBuilder b = twoCommunes();
        ExtractedAnnex annex = Extraction.extract(b.writeXlsx(dir, "b02.xlsx"));

        assertThat(annex.rejected()).isFalse();
        assertThat(annex.identity().formCode()).isEqualTo("02");
        assertThat(annex.identity().unitCode()).isEqualTo("109");
        assertThat(annex.moneyUnit()).as("no amounts, no money unit").isNull();
        assertThat(annex.findings()).isEmpty();
        Figure maLyPhoStartPoor = row(annex, "Xã Ma Ly Pho", "start", "poor");
        assertThat(key(maLyPhoStartPoor, "unit_code")).isEqualTo("03574");
        assertThat(key(maLyPhoStartPoor, "line_role")).isEqualTo("child");
        assertThat(maLyPhoStartPoor.form()).isEqualTo("02");
        assertThat(maLyPhoStartPoor.value()).isEqualByComparingTo("31");
        assertThat(maLyPhoStartPoor.cellRef()).isEqualTo(b.cellRef("Xã Ma Ly Pho", START_POOR));
        assertThat(row(annex, "Xã Ma Ly Pho", "start", "poor_rate_pct").value()).isEqualByComparingTo("14.76");
        assertThat(row(annex, "Xã Ma Ly Pho", "na", "total_households").value()).isEqualByComparingTo("210");
        assertThat(row(annex, "Xã Ma Ly Pho", "na", "escaped_poverty").value()).isEqualByComparingTo("8");
        assertThat(row(annex, "Xã Ma Ly Pho", "na", "new_poor").value()).isEqualByComparingTo("2");
        assertThat(row(annex, "Xã Ma Ly Pho", "na", "ethnic_minority_poor").value()).isEqualByComparingTo("25");
        assertThat(row(annex, "Xã Ma Ly Pho", "na", "target_reduction_pct").value()).isEqualByComparingTo("3");
        assertThat(row(annex, "Xã Ma Ly Pho", "end", "near_poor").value()).isEqualByComparingTo("20");
        assertThat(key(row(annex, "Xã Mồ Sì San", "start", "near_poor"), "unit_code")).isEqualTo("03553");

        Figure total = row(annex, "Huyện Phong Thổ", "start", "poor");
        assertThat(key(total, "line_role")).isEqualTo("total");
        assertThat(key(total, "unit_code")).isEqualTo("109");
        assertThat(total.value()).isEqualByComparingTo("211");
        assertThat(total.cellRef()).isEqualTo(b.cellRef(null, START_POOR));
        assertThat(annex.figures("households")).hasSize(3 * 13 - 1); // the total line states no target
    }

    @Test
    void totalThatIsNotTheSumOfItsCommunesAndWrongRatesAreFlagged() throws IOException {
        HouseholdsWorkbookBuilder b = twoCommunes().totalRow().stated(START_POOR, 221)
                .unit("Xã Dào San").households(300).start(90, 30).stated(START_NEAR_POOR_RATE, 12.5)
                .stated(END_POOR, 350);
        ExtractedAnnex annex = Extraction.extract(b.writeXls(dir, "b02.xls"));

        // the total line states 221 poor at the start (and a rate consistent with 221 of 910 households)
        assertThat(Extraction.findings(annex)).containsExactly(
                "SUM_TOTAL_ROW Biểu 02!" + b.cellRef(null, START_POOR) + " 301→221",
                "STATED_PCT Biểu 02!" + b.cellRef("Xã Dào San", START_NEAR_POOR_RATE) + " 10→12.5",
                "RATE_OUT_OF_RANGE Biểu 02!" + b.cellRef("Xã Dào San", END_POOR) + " 300→350",
                "RATE_OUT_OF_RANGE Biểu 02!" + b.cellRef("Xã Dào San", END_POOR_RATE) + " 0-100→116.67");
        assertThat(annex.findings()).extracting(f -> f.sheet() + "!" + f.cellRef())
                .containsExactly("Biểu 02!D10", "Biểu 02!G13", "Biểu 02!H13", "Biểu 02!I13");
    }

    @Test
    void unknownCommuneIsFlaggedOnItsCellAndItsFiguresKept() throws IOException {
        HouseholdsWorkbookBuilder b = AnnexWorkbooks.households("Huyện Phong Thổ, tỉnh Lai Châu").unitCode("109")
                .unit("Xã Ma Ly Pho").households(210).start(31, 23)
                .unit("Xã Hạnh Phúc").households(100).start(10, 5)
                .unit("Xã Nghĩa Đô").households(90).start(9, 4); // a real commune, but of Bảo Yên (Lào Cai)
        ExtractedAnnex annex = Extraction.extract(b.writeXlsx(dir, "b02.xlsx"));

        assertThat(Extraction.findings(annex)).containsExactly(
                "UNKNOWN_UNIT Biểu 02!" + b.labelRef("Xã Hạnh Phúc") + " →Xã Hạnh Phúc",
                "UNKNOWN_UNIT Biểu 02!" + b.labelRef("Xã Nghĩa Đô") + " →Xã Nghĩa Đô");
        Figure unknown = row(annex, "Xã Hạnh Phúc", "start", "poor");
        assertThat(key(unknown, "unit_code")).isNull();
        assertThat(key(unknown, "line_role")).isEqualTo("child");
        assertThat(unknown.value()).isEqualByComparingTo("10");
        assertThat(row(annex, "Huyện Phong Thổ", "start", "poor").value()).isEqualByComparingTo("50");
    }

    @Test
    void phongThoSampleGivesTheDistrictFiguresOfItsReport() throws IOException {
        Path file = SampleInboxGenerator.phongThoHouseholds().writeXlsx(dir, "phong-tho-bieu02.xlsx");
        ExtractedAnnex annex = Extraction.extract(file);

        assertThat(annex.findings()).isEmpty();
        assertThat(row(annex, "Huyện Phong Thổ", "start", "poor").value()).isEqualByComparingTo("6687");
        assertThat(row(annex, "Huyện Phong Thổ", "start", "near_poor").value()).isEqualByComparingTo("3077");
        assertThat(row(annex, "Huyện Phong Thổ", "na", "total_households").value()).isEqualByComparingTo("17630");
        assertThat(row(annex, "Huyện Phong Thổ", "na", "target_reduction_pct").value()).isEqualByComparingTo("5.48");
        assertThat(row(annex, "Huyện Phong Thổ", "start", "poor_rate_pct").value()).isEqualByComparingTo("37.93");
        assertThat(row(annex, "Huyện Phong Thổ", "start", "near_poor_rate_pct").value()).isEqualByComparingTo("17.45");
        assertThat(annex.figures("households").stream().filter(r -> key(r, "line_role").equals("child"))
                .map(r -> key(r, "unit_code")).distinct()).hasSize(17).doesNotContainNull();
    }

    private static Figure row(ExtractedAnnex annex, String unitName, String stage, String measure) {
        Optional<Figure> found = annex.figures("households").stream()
                .filter(r -> key(r, "unit_name").equals(unitName) && key(r, "stage").equals(stage) && r.measure().equals(measure))
                .findFirst();
        assertThat(found).as(unitName + " " + stage + " " + measure + " in " + rowsOf(annex)).isPresent();
        return found.get();
    }

    private static List<String> rowsOf(ExtractedAnnex annex) {
        return annex.figures("households").stream().map(r -> key(r, "unit_name") + "/" + key(r, "stage") + "/" + r.measure()).distinct().toList();
    }
}
