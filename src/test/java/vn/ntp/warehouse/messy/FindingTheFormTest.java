package vn.ntp.warehouse.messy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import vn.ntp.warehouse.extract.ExtractedAnnex;
import vn.ntp.warehouse.report.FeedbackWorkbook;
import vn.ntp.warehouse.validate.Finding;
import vn.ntp.warehouse.extract.Figure;

/** Issue 5, item 1: a form is found by its header wherever it sits; what is not a form is reported. */
class FindingTheFormTest {
    @TempDir
    Path dir;

    @Test
    void readsBm01AndReportsTheNoteSheetItDoesNotRecognise() throws Exception {
        ExtractedAnnex annex = Pipeline.extract(MessyCorpus.write("bm01-and-notes.xlsx", dir));

        assertThat(annex.rejected()).isFalse();
        assertThat(annex.identity().unitCode()).isEqualTo("109");
        assertThat(Pipeline.leaves(annex)).isEqualTo(Pipeline.expectedLeaves(MessyCorpus.phongTho(), "BM01"));
        assertThat(annex.findings()).extracting(Finding::ruleCode, Finding::sheet, Finding::cellRef, Finding::actual)
                .containsExactly(tuple("UNRECOGNIZED_SHEET", "Ghi chú", "", "Ghi chú"));
        assertThat(Pipeline.REFERENCE.checks().render(annex.findings().get(0)).severity()).isEqualTo("info");
    }

    @ParameterizedTest
    @ValueSource(strings = {"bm01-and-notes.xlsx", "hidden-sheet.xls"})
    void aFeedbackCopySentBackReadsAsItsSourceWithoutAFindingOnItsListSheet(String name) throws Exception {
        Path source = MessyCorpus.write(name, dir);
        ExtractedAnnex original = Pipeline.extract(source);
        Path copy = new FeedbackWorkbook(Pipeline.REFERENCE.checks()).write(source, original, dir.resolve("phan-hoi"));

        ExtractedAnnex sentBack = Pipeline.extract(copy);

        try (Workbook workbook = WorkbookFactory.create(copy.toFile(), null, true)) {
            assertThat(workbook.getSheetName(0)).isEqualTo(FeedbackWorkbook.LIST_SHEET);
        }
        assertThat(Pipeline.leaves(sentBack)).isEqualTo(Pipeline.leaves(original));
        assertThat(Pipeline.findings(sentBack)).isEqualTo(Pipeline.findings(original));
    }

    @ParameterizedTest
    @ValueSource(strings = {"hidden-sheet.xlsx", "hidden-sheet.xls"})
    void readsTheBieu01OfAHiddenSheet(String name) throws Exception {
        ExtractedAnnex annex = Pipeline.extract(MessyCorpus.write(name, dir));

        assertThat(Pipeline.leaves(annex)).isEqualTo(Pipeline.expectedLeaves(MessyCorpus.phongTho(), "Biểu 01"));
        assertThat(Pipeline.findings(annex)).containsExactly("UNRECOGNIZED_SHEET Hướng dẫn Hướng dẫn");
    }

    @ParameterizedTest
    @CsvSource({"sheet-bieu01.xls, Bieu01", "sheet1.xlsx, Sheet1", "unicode.xlsx, Biểu 01"})
    void theSheetNameDoesNotMatter(String name, String sheet) throws Exception {
        ExtractedAnnex annex = Pipeline.extract(MessyCorpus.write(name, dir));

        assertThat(Pipeline.leaves(annex)).isEqualTo(Pipeline.expectedLeaves(MessyCorpus.builder(name), sheet));
        assertThat(annex.findings()).isEmpty();
        assertThat(annex.identity().programCode()).isEqualTo("GNBV");
        assertThat(annex.identity().period().periodLabel()).isEqualTo("6 tháng đầu năm 2024");
    }

    /**
     * One file is one submission: the first Biểu 01 sheet (Phong Thổ) gives the identity; the Tam Đường
     * sheet is not loaded (its rows would be counted under Phong Thổ) and is reported.
     */
    @Test
    void aSecondUnitInTheSameFileIsReportedNotLoaded() throws Exception {
        ExtractedAnnex annex = Pipeline.extract(MessyCorpus.write("two-units.xlsx", dir));

        assertThat(annex.identity().unitCode()).isEqualTo("109");
        assertThat(annex.figures("budget")).extracting(Figure::sheet).containsOnly("Phong Thổ");
        assertThat(Pipeline.leaves(annex)).isEqualTo(Pipeline.expectedLeaves(MessyCorpus.phongTho(), "Phong Thổ"));
        assertThat(annex.findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleCode()).isEqualTo("MIXED_SUBMISSION");
            assertThat(f.location()).isEqualTo("Tam Đường");
            assertThat(f.actual()).isEqualTo("Huyện Tam Đường, tỉnh Lai Châu, GNBV, 6 tháng đầu năm 2024");
            assertThat(Pipeline.REFERENCE.checks().render(f).messageVi()).startsWith(
                    "Tam Đường: trang này là báo cáo của \"Huyện Tam Đường, tỉnh Lai Châu, GNBV, 6 tháng đầu năm 2024\", "
                            + "khác với báo cáo của tệp (Huyện Phong Thổ, tỉnh Lai Châu, GNBV, 6 tháng đầu năm 2024 (trang \"Phong Thổ\")).");
        });
    }
}
