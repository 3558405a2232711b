package vn.ntp.warehouse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.ntp.warehouse.report.FeedbackWorkbook;

/**
 * Issue 16.3 on the shipped sample: the run writes a feedback workbook per file with something to say
 * under reports/feedback/<run>/, the report lists the run's files and links those workbooks, and the
 * progress lines, the summary and the report give the same counts.
 */
class ImportSummaryTest {
    @TempDir
    Path tmp;

    @Test
    void progressSummaryAndReportAgreeAndFeedbackIsLinked() throws Exception {
        Path inbox = Files.createDirectories(tmp.resolve("inbox/lai-chau"));
        try (Stream<Path> files = Files.list(Path.of("jobs", "sample-inbox"))) {
            for (Path f : files.toList()) Files.copy(f, inbox.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
        CommandLineTest.Printed p = CommandLineTest.ntp("run", "--home", tmp.resolve("home").toString(), "--inbox", tmp.resolve("inbox").toString());
        assertThat(p.exit()).isZero();
        String runId = p.out().lines().filter(l -> l.startsWith("Kết quả lần chạy ")).findFirst().orElseThrow()
                .replaceAll("^Kết quả lần chạy (\\S+):.*", "$1");
        assertThat(p.out()).contains("      10/10 tệp (920 số liệu, 6 phát hiện)")
                .contains("10 tệp đã xử lý, 920 số liệu đọc từ các ô")
                .contains("Kết quả lần chạy " + runId + ": 10 tệp mới — 8 đã nạp, 1 trùng lặp, 1 bị thay thế, 0 cách ly")
                .contains("  920 số liệu đọc từ các ô của biểu (kể cả các dòng tổng, để đối chiếu) → 159 dòng chi tiết trong kho; "
                        + "6 phát hiện: 0 lỗi, 4 cảnh báo, 2 thông tin")
                .contains("3 tệp phản hồi cho đơn vị gửi: " + tmp.resolve("home/reports/feedback/" + runId))
                .doesNotContain("tệp cách ly");

        Path reports = tmp.resolve("home/reports");
        Document report = Jsoup.parse(Files.readString(reports.resolve("run-" + runId + ".html"), StandardCharsets.UTF_8));
        assertThat(kpi(report, "tệp nhận")).isEqualTo("10");
        assertThat(kpi(report, "số liệu đọc từ các ô")).isEqualTo("920");
        assertThat(kpi(report, "dòng chi tiết vào kho")).isEqualTo("159");
        assertThat(kpi(report, "cảnh báo")).isEqualTo("4");
        assertThat(report.select("table#run-files tr[data-file]")).hasSize(10);
        Element phongTho = report.selectFirst("table#run-files tr[data-file=lai-chau/phong-tho-bieu01-2024-6t.xlsx]");
        assertThat(phongTho.text()).contains("Huyện Phong Thổ, Tỉnh Lai Châu (109)", "Biểu 01 GNBV, 6 tháng đầu năm 2024", "Đã nạp");
        String href = phongTho.selectFirst("a").attr("href");
        assertThat(href).isEqualTo("feedback/" + runId + "/lai-chau/phong-tho-bieu01-2024-6t.kiem-tra.xlsx");
        try (Workbook wb = WorkbookFactory.create(reports.resolve(href).toFile())) {
            assertThat(wb.getSheetName(0)).isEqualTo(FeedbackWorkbook.LIST_SHEET);
            assertThat(wb.getSheetAt(0).getRow(2).getCell(0).getStringCellValue()).startsWith("0 lỗi, 3 cảnh báo");
        }
        assertThat(report.selectFirst("table#run-files tr[data-file=lai-chau/muong-so-bieu03-2024-6t.xls] a").attr("href"))
                .endsWith("muong-so-bieu03-2024-6t.kiem-tra.xls");
        // a clean file gets no workbook; the duplicate none either (its original has one)
        assertThat(report.select("table#run-files tr[data-file=lai-chau/sin-ho-bieu01-2024-6t.xls] a")).isEmpty();
        assertThat(report.select("table#run-files tr[data-file='lai-chau/phong-tho-bieu01-2024-6t (1).xlsx'] a")).isEmpty();
    }

    @Test
    void aQuarantinedFileIsCountedWithWhereItLies() throws Exception {
        Path inbox = Files.createDirectories(tmp.resolve("inbox"));
        Files.copy(Path.of("jobs", "sample-inbox", "phong-tho-bieu01-2024-6t.xlsx"), inbox.resolve("phong-tho-bieu01-2024-6t.xlsx"));
        Files.writeString(inbox.resolve("hong.xlsx"), "không phải bảng tính");
        CommandLineTest.Printed p = CommandLineTest.ntp("run", "--home", tmp.resolve("home").toString(), "--inbox", inbox.toString());
        assertThat(p.exit()).isZero();
        assertThat(p.out()).contains(": 2 tệp mới — 1 đã nạp, 0 trùng lặp, 0 bị thay thế, 1 cách ly")
                .contains("  1 tệp cách ly (không đọc được) nằm trong " + tmp.resolve("home/quarantine")
                        + "; lý do của từng tệp ở tệp .reason.txt bên cạnh nó và trong báo cáo");
    }

    private static String kpi(Document report, String name) {
        return report.select("#kpis-run .kpi[data-kpi=" + name + "] b").text();
    }
}
