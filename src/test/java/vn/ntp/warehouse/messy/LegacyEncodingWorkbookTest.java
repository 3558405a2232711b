package vn.ntp.warehouse.messy;

import static vn.ntp.warehouse.lake.LakeRows.key;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.ntp.warehouse.extract.ExtractedAnnex;
import vn.ntp.warehouse.extract.Figure;

/** Issue 5, item 5: a workbook typed in TCVN3 or VNI loads to the same facts as its Unicode twin. */
class LegacyEncodingWorkbookTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({"tcvn3.xlsx, unicode.xlsx, .VnTime", "tcvn3.xls, unicode.xls, .VnTime", "vni.xlsx, unicode.xlsx, VNI-Times"})
    void loadsTheSameRowsAsItsUnicodeTwin(String legacy, String twin, String font) throws Exception {
        Path legacyFile = MessyCorpus.write(legacy, dir);
        ExtractedAnnex fromLegacy = Pipeline.extract(legacyFile);
        ExtractedAnnex fromUnicode = Pipeline.extract(MessyCorpus.write(twin, dir));

        assertThat(fromLegacy.figures("budget")).hasSize(64).isEqualTo(fromUnicode.figures("budget"));
        assertThat(fromLegacy.findings()).isEqualTo(fromUnicode.findings());
        assertThat(fromLegacy.identity()).isEqualTo(fromUnicode.identity());
        assertThat(key(Pipeline.row(fromLegacy, "Biểu 01", "D14"), "project_label"))
                .isEqualTo("Tiểu dự án 1: Hỗ trợ đầu tư phát triển hạ tầng kinh tế - xã hội tại các huyện nghèo");
        // the file really holds legacy bytes: "Tiểu dự án 1" as the font stores it
        try (InputStream in = Files.newInputStream(legacyFile); Workbook wb = WorkbookFactory.create(in)) {
            var cell = wb.getSheetAt(0).getRow(13).getCell(1);
            assertThat(cell.getStringCellValue()).doesNotContain("dự án").startsWith("Ti");
            assertThat(wb.getFontAt(cell.getCellStyle().getFontIndex()).getFontName()).isEqualTo(font);
        }
    }
}
