package vn.ntp.warehouse.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.ntp.warehouse.extract.Extraction;

/**
 * What a feedback workbook is called, in one place for the run's feedback folder, {@code ./ntp validate} and the
 * portal's download: the source's name without its extension, ".kiem-tra", the extension of the workbook written.
 */
class FeedbackWorkbookNameTest {

    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            tam-duong.xlsx            | tam-duong
            huyen/tam-duong.xlsx      | huyen/tam-duong
            lai-chau/huyen/b.xls      | lai-chau/huyen/b
            Báo cáo 6T.2024.xlsx      | Báo cáo 6T.2024
            bao-cao.2024              | bao-cao
            bao-cao.v2                | bao-cao
            bieu01                    | bieu01
            huyen.cu/bieu01           | huyen.cu/bieu01
            x.                        | x
            .xlsx                     | .xlsx
            huyen/.xlsx               | huyen/.xlsx
            """)
    void theStemIsTheNameWithoutItsExtensionItsFoldersKept(String name, String stem) {
        assertThat(FeedbackWorkbook.stem(name)).isEqualTo(stem);
    }

    @ParameterizedTest(name = "{0}, {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            phong-tho-phan-hoi.xlsx   | .xlsx | phong-tho-phan-hoi.kiem-tra.xlsx
            huyen/tam-duong.xls       | .xls  | huyen/tam-duong.kiem-tra.xls
            phong-tho.xlsm            | .xlsm | phong-tho.kiem-tra.xlsm
            Phong Thổ 6T.2024.xlsx    | .xlsx | Phong Thổ 6T.2024.kiem-tra.xlsx
            bieu01                    | .xlsx | bieu01.kiem-tra.xlsx
            # the portal offered these as bieu.v2.kiem-tra.xlsx and .kiem-tra.xlsx (a hidden name without a stem)
            bieu.v2                   | .xlsx | bieu.kiem-tra.xlsx
            .xlsx                     | .xlsx | .xlsx.kiem-tra.xlsx
            """)
    void aFeedbackWorkbookIsNamedAfterItsSource(String source, String extension, String name) {
        assertThat(FeedbackWorkbook.feedbackName(source, extension)).isEqualTo(name);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            a.kiem-tra.xlsx           | true
            a.kiem-tra.xls            | true
            a.kiem-tra.xlsm           | true
            A.KIEM-TRA.XLSX           | true
            a.kiem-tra.1.xlsx         | true
            Báo cáo 6T.2024.kiem-tra.xlsx | true
            a.kiem-tra (1).xlsx       | true
            a.kiem-tra(2).xls         | true
            a.kiem-tra (12).XLSM      | true
            a (1).kiem-tra.xlsx       | true
            a.kiem-tra-(1).xlsx       | false
            a.xlsx                    | false
            kiem-tra.xlsx             | false
            bieu-kiem-tra.xlsx        | false
            a.kiem-tra                | false
            """)
    void feedbackWorkbooksAreKnownByTheirName(String name, boolean feedback) {
        assertThat(FeedbackWorkbook.isFeedbackName(name)).isEqualTo(feedback);
    }

    @Test
    void theWorkbookWrittenForASourceIsFoundByTheSourcesName() throws Exception {
        Path source = Files.copy(Path.of("jobs/sample-inbox/sin-ho-bieu01-2024-6t.xls"), tmp.resolve("sin-ho.6t.xls"));
        Path dir = tmp.resolve("feedback");

        Path written = new FeedbackWorkbook(Extraction.reference().checks())
                .write(source, Extraction.extract(source), dir.resolve("lai-chau"));

        assertThat(written).isEqualTo(dir.resolve("lai-chau/sin-ho.6t.kiem-tra.xls"));
        assertThat(FeedbackWorkbook.isFeedbackName(written.getFileName().toString())).isTrue();
        assertThat(FeedbackWorkbook.written(dir, "lai-chau/sin-ho.6t.xls")).contains(written);
        assertThat(FeedbackWorkbook.written(dir, "sin-ho.6t.xls")).isEmpty();
        assertThat(FeedbackWorkbook.written(dir, "lai-chau/sin-ho.xls")).isEmpty();
    }
}
