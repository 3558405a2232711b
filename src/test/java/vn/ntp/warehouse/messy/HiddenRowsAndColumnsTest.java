package vn.ntp.warehouse.messy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.ntp.warehouse.extract.ExtractedAnnex;

/** Issue 5, item 7: hidden rows and columns were typed, then hidden: they count, in .xls and .xlsx. */
class HiddenRowsAndColumnsTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"hidden-rows-columns.xlsx", "hidden-rows-columns.xls"})
    void hiddenFiguresAreRead(String name) throws Exception {
        Path file = MessyCorpus.write(name, dir);
        try (InputStream in = Files.newInputStream(file); Workbook wb = WorkbookFactory.create(in)) {
            Sheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(14).getZeroHeight()).as("row 15 (TDA 1.2) hidden").isTrue();
            assertThat(sheet.isColumnHidden(5) && sheet.isColumnHidden(6) && sheet.isColumnHidden(11)).as("NSĐP hidden").isTrue();
        }

        ExtractedAnnex annex = Pipeline.extract(file);

        assertThat(Pipeline.leaves(annex)).isEqualTo(Pipeline.expectedLeaves(MessyCorpus.phongTho(), "Biểu 01"));
        assertThat(Pipeline.value(annex, "Biểu 01", "G15")).isEqualByComparingTo("303");    // hidden row, hidden column
        assertThat(Pipeline.value(annex, "Biểu 01", "F14")).isEqualByComparingTo("4250.5"); // hidden column
        assertThat(annex.findings()).isEmpty();
    }
}
