package vn.ntp.warehouse.messy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.ntp.warehouse.batch.ReferenceData;
import vn.ntp.warehouse.extract.ExtractedAnnex;
import vn.ntp.warehouse.validate.Finding;

/** Issue 5, item 8: files that are not what they claim end rejected, with a reason in Vietnamese and English. */
class HostileFilesTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "password.xlsx        | ENCRYPTED       | Tệp được bảo vệ bằng mật khẩu",
            "password.xls         | ENCRYPTED       | Tệp được bảo vệ bằng mật khẩu",
            "corrupt.xlsx         | CORRUPT_ZIP     | Tệp bị hỏng hoặc không đầy đủ",
            "zip-bomb.xlsx        | ZIP_BOMB        | Tệp có dung lượng giải nén bất thường",
            "xxe.xlsx             | EXTERNAL_ENTITY | Tệp chứa khai báo DTD/thực thể ngoài",
            "html-as.xlsx         | NOT_EXCEL_HTML  | Tệp thực chất là trang HTML",
            "csv-as.xlsx          | NOT_EXCEL_CSV   | Tệp thực chất là văn bản dạng CSV",
            "empty-workbook.xlsx  | EMPTY_WORKBOOK  | Tệp Excel không có số liệu: mọi trang tính đều trống.",
            "empty-workbook.xls   | EMPTY_WORKBOOK  | Tệp Excel không có số liệu: mọi trang tính đều trống.",
            "no-program.xlsx      | MISSING_METADATA | Không nạp được biểu: trang \"Biểu 01\": không xác định được chương trình"})
    void isRejectedWithAReasonForItsSender(String name, String reason, String vietnamese) throws Exception {
        ExtractedAnnex annex = Pipeline.extract(MessyCorpus.write(name, dir));

        assertThat(annex.rejected()).isTrue();
        assertThat(annex.reasonCode()).isEqualTo(reason);
        assertThat(Pipeline.reasonVi(annex)).startsWith(vietnamese);
        assertThat(Pipeline.reasonEn(annex)).isNotBlank().doesNotContain("Tệp");
        assertThat(annex.figures("budget")).isEmpty();
    }

    @Test
    void aPeriodThatDisagreesWithTheTitleIsAnError() throws Exception {
        ExtractedAnnex annex = Pipeline.extract(MessyCorpus.write("period-mismatch.xlsx", dir));

        assertThat(annex.identity().period().periodLabel()).isEqualTo("Năm 2024");
        assertThat(annex.findings()).extracting(Finding::ruleCode, Finding::location, Finding::actual)
                .containsExactly(tuple("PERIOD_MISMATCH", "Biểu 01!A5", "Năm 2024"));
        var rendered = Pipeline.REFERENCE.checks().render(annex.findings().get(0));
        assertThat(rendered.severity()).isEqualTo("error");
        assertThat(rendered.messageVi()).isEqualTo("Biểu 01!A5: kỳ báo cáo \"Năm 2024\" không khớp với năm 2023 (tiêu đề A2); "
                + "số liệu được ghi theo dòng \"Kỳ báo cáo\". Vui lòng sửa cho thống nhất.");
    }

    /**
     * A form code of one program under a title of the other: the form code decides (as before), its lines are
     * matched in that program's catalogue (GNBV project lines under DTTS are unknown labels), and the
     * contradiction is an error for the sender.
     */
    @Test
    void aFormCodeOfAnotherProgramThanTheTitleIsAnError() throws Exception {
        ExtractedAnnex annex = Pipeline.extract(MessyCorpus.write("program-mismatch.xlsx", dir));

        assertThat(annex.identity().programCode()).isEqualTo("DTTS");
        assertThat(annex.findings()).first().extracting(Finding::ruleCode, Finding::location, Finding::actual)
                .containsExactly("PROGRAM_MISMATCH", "Biểu 01!O1", "Biểu số 01/DTTS");
        assertThat(Pipeline.rules(annex)).contains("UNKNOWN_LABEL");
    }

    @Test
    void aSeasonSetInSeasonYamlRefusesAFormOfAnotherYear() throws Exception {
        Path jobs = copyOfJobs();
        Files.writeString(jobs.resolve("rules/season.yaml"), "programs: [GNBV]\nyears: [2025]\nperiod_types: [half]\n");
        ReferenceData season2025 = Pipeline.load(jobs);

        ExtractedAnnex annex = Pipeline.extract(season2025, MessyCorpus.write("unicode.xlsx", dir));

        assertThat(annex.rejected()).isTrue();
        assertThat(annex.reasonCode()).isEqualTo("WRONG_PERIOD");
        assertThat(Pipeline.reasonVi(annex)).isEqualTo("Không nạp được biểu: trang \"Biểu 01\": kỳ báo cáo \"6 tháng đầu năm 2024\" "
                + "không thuộc đợt báo cáo đang nhận (năm 2025, kỳ 6 tháng).");

        Files.writeString(jobs.resolve("rules/season.yaml"), "programs: [DTTS]\n");
        ExtractedAnnex gnbv = Pipeline.extract(Pipeline.load(jobs), MessyCorpus.write("unicode.xlsx", dir));
        assertThat(gnbv.reasonCode()).isEqualTo("WRONG_PROGRAM");
        assertThat(Pipeline.reasonVi(gnbv)).contains("chương trình GNBV, đợt báo cáo này chỉ nhận chương trình DTTS");

        // every family, not only Biểu 01: the sample's Biểu 03 of Xã Ma Ly Pho (GNBV, 2024)
        ExtractedAnnex deprivation = Pipeline.extract(Pipeline.load(jobs), Path.of("jobs/sample-inbox/ma-ly-pho-bieu03-2024-6t.xlsx"));
        assertThat(deprivation.reasonCode()).isEqualTo("WRONG_PROGRAM");
    }

    private Path copyOfJobs() throws Exception {
        Path target = dir.resolve("jobs");
        Path source = Path.of("jobs");
        for (String part : new String[] {"templates", "rules", "reference"}) {
            try (Stream<Path> files = Files.walk(source.resolve(part))) {
                for (Path p : files.toList()) {
                    Path to = target.resolve(source.relativize(p).toString());
                    if (Files.isDirectory(p)) Files.createDirectories(to);
                    else Files.copy(p, to);
                }
            }
        }
        return target;
    }
}
