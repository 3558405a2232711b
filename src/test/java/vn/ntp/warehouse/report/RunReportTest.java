package vn.ntp.warehouse.report;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ntp.warehouse.extract.Figure;
import vn.ntp.warehouse.lake.FindingRow;
import vn.ntp.warehouse.lake.LakeWriter;
import vn.ntp.warehouse.lake.SubmissionRow;
import vn.ntp.warehouse.warehouse.WarehouseBuilder;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HTML run report over a real warehouse (the shipped reference, rules and schedule): three of Lai Châu's eight
 * districts sent Biểu 01 for the first half of 2024, one with a finding, one a superseded version; Phong Thổ sent a
 * Biểu 02. The report is parsed as HTML and its charts and counts are read back.
 */
class RunReportTest {

    private static final String H1_2024 = "6 tháng đầu năm 2024";

    @TempDir
    static Path home;
    static Document report;
    static String html;

    @BeforeAll
    static void buildAndReport() throws Exception {
        SubmissionRow tamDuongOld = file("s106-a", "01", "106", "Huyện Tam Đường", 2024, H1_2024, "2024-07-05T03:00:00Z");
        SubmissionRow tamDuong = file("s106", "01", "106", "Huyện Tam Đường", 2024, H1_2024, "2024-07-09T03:00:00Z");
        SubmissionRow sinHo = file("s108", "01", "108", "Huyện Sìn Hồ", 2024, H1_2024, "2024-07-20T03:00:00Z");
        SubmissionRow phongTho = file("s109", "01", "109", "Huyện Phong Thổ", 2024, H1_2024, "2024-07-10T03:00:00Z");
        SubmissionRow phongThoPoverty = file("s109-02", "02", "109", "Huyện Phong Thổ", 2024, H1_2024, "2024-07-10T03:00:00Z");
        List<LakeWriter.Figures> figures = new ArrayList<>();
        figures.add(leaf(tamDuongOld, "GNBV.DA2", "900", "100", 12));
        figures.add(leaf(tamDuong, "GNBV.DA2", "1000", "500", 12));
        figures.add(leaf(sinHo, "GNBV.DA2", "2000", "400", 12));
        figures.add(leaf(phongTho, "GNBV.DA2", "4000", "3000", 12));
        figures.add(leaf(phongTho, "GNBV.DA3", "1000", "0", 13));
        figures.add(new LakeWriter.Figures(phongThoPoverty, List.of(
                household(phongThoPoverty, "na", "total_households", "17630", "C30"),
                household(phongThoPoverty, "start", "poor", "6687", "D30"),
                household(phongThoPoverty, "end", "poor", "5000", "E30"))));
        FindingRow finding = new FindingRow("s109", "b1", "SUM_CHILDREN", "109", "GNBV.DA1", phongTho.sourceFile(),
                "Biểu 01", "E14", "Dự án 1", "9686", "9586", null);
        new LakeWriter(home.resolve("lake")).writeBatch("b1", List.of(tamDuongOld, tamDuong, sinHo, phongTho, phongThoPoverty),
                figures, List.of(finding));
        new WarehouseBuilder(home, Path.of("sql"), Path.of("jobs/reference"), Path.of("jobs")).build(m -> { });

        Map<String, Duration> times = new LinkedHashMap<>();
        times.put("intakeStep", Duration.ofMillis(1200));
        times.put("extractAnnexesStep", Duration.ofMillis(3400));
        times.put("compactLakeStep", Duration.ofMillis(300));
        times.put("publishWarehouseStep", Duration.ofMillis(2500));
        Path written = new RunReport(home.resolve("warehouse.duckdb"), home.resolve("reports"), Path.of("sql"), Path.of("jobs"))
                .write("run-1", times);

        assertThat(written).isEqualTo(home.resolve("reports/run-run-1.html"));
        html = Files.readString(written, StandardCharsets.UTF_8);
        report = Jsoup.parse(html);
    }

    @Test
    void isOneVietnameseFileThatNeedsNothingFromTheNetwork() {
        assertThat(report.select("html").attr("lang")).isEqualTo("vi");
        assertThat(report.title()).isEqualTo("Báo cáo lần chạy run-1");
        assertThat(report.select("script, link, img, iframe, object")).isEmpty();
        assertThat(html).doesNotContain("http://www.w3.org/1999").doesNotContain("https://").doesNotContain("@import")
                .doesNotContain("url(");
        assertThat(report.select("h2").eachText()).containsExactly("Lần chạy này", "Toàn kho", "Phát hiện theo quy tắc",
                "Tỷ lệ nộp báo cáo", "Giải ngân", "Hộ nghèo (Biểu 02)", "Thiếu hụt dịch vụ xã hội cơ bản (Biểu 03)",
                "Kết quả thực hiện chỉ tiêu (Biểu 04)", "Chi tiết kỹ thuật");
    }

    @Test
    void everyChartIsAnInlineSvgWithItsBars() {
        for (String id : List.of("chart-files", "chart-rows", "chart-times", "chart-units", "chart-completeness",
                "chart-disbursement-projects", "chart-disbursement-provinces", "chart-disbursement-districts-0", "chart-poverty")) {
            Element chart = report.getElementById(id);
            assertThat(chart).as(id).isNotNull();
            assertThat(chart.tagName()).as(id).isEqualTo("svg");
            assertThat(chart.select("rect[data-value]")).as(id).isNotEmpty();
        }
        // no Biểu 03 or 04 in this warehouse: said, not drawn empty
        assertThat(report.getElementById("chart-deprivation").text()).isEqualTo("Chưa có số liệu Biểu 03 trong kho.");
        assertThat(report.getElementById("chart-output").text()).isEqualTo("Chưa có số liệu Biểu 04 trong kho.");
    }

    @Test
    void thisRunIsApartFromTheWarehouseTotalAndItsFilesAreListed() {
        assertThat(kpi("run", "tệp nhận")).isEqualTo("5");
        assertThat(kpi("total", "tệp trong kho")).isEqualTo("5");
        assertThat(kpi("total", "đã nạp")).isEqualTo("4");
        assertThat(kpi("run", "số liệu đọc từ các ô")).isEqualTo("50");
        assertThat(kpi("run", "dòng chi tiết vào kho")).isEqualTo("6"); // 4 budget lines of the loaded files, 2 household lines
        assertThat(report.select("table#run-files tr[data-file]")).hasSize(5);
        Element phongTho = report.selectFirst("table#run-files tr[data-file=Huyện Phong Thổ-s109.xlsx]");
        assertThat(phongTho.select("td").stream().map(Element::text).toList()).containsExactly("Huyện Phong Thổ-s109.xlsx",
                "Huyện Phong Thổ, Tỉnh Lai Châu (109)", "Biểu 01 GNBV, 6 tháng đầu năm 2024", "Đã nạp", "", "0", "1", "0", "");
        assertThat(report.selectFirst("table#run-files tr[data-file=Huyện Tam Đường-s106-a.xlsx]").select("td").get(3).text())
                .isEqualTo("Bị thay thế bởi bản sau");
        assertThat(report.select("#waiting")).isEmpty();
    }

    @Test
    void rulesAndStepsAreNamedInVietnamese() {
        assertThat(report.selectFirst("table#rules tr[data-rule=SUM_CHILDREN]").select("td").eachText())
                .containsExactly("SUM_CHILDREN", "Số của dòng cha khác tổng các dòng con", "Cảnh báo", "Khi đọc biểu", "1", "1");
        assertThat(bars("chart-times")).containsEntry("2. Đọc biểu, kiểm tra, ghi kho tệp gốc", "3.4")
                .containsEntry("3. Gộp các tệp nhỏ của kho tệp gốc", "0.3");
        assertThat(html).doesNotContain("compactLakeStep").doesNotContain("extractAnnexesStep").doesNotContain("(warning");
        assertThat(bars("chart-files")).containsEntry("Đã nạp", "4").containsEntry("Bị thay thế bởi bản sau", "1");
        assertThat(bars("chart-rows")).containsEntry("1. Tệp tiếp nhận", "5");
        assertThat(bars("chart-units")).containsKey("Huyện Phong Thổ, Tỉnh Lai Châu");
    }

    @Test
    void completenessDisbursementAndPovertyGoByLevelWithAmountsBesideRates() {
        // 3 of Lai Châu's 8 districts sent Biểu 01; Sìn Hồ after 15/07
        assertThat(bars("chart-completeness")).containsEntry("Tỉnh Lai Châu — Biểu 01 GNBV, 6 tháng đầu năm 2024", "37.5");
        assertThat(report.getElementById("chart-completeness").text()).contains("37,5 % (3/8 đơn vị, đúng hạn 2)");
        Element laiChau = report.select("details").stream().filter(d -> d.selectFirst("summary").text()
                .equals("Tỉnh Lai Châu — Biểu 01, 6 tháng đầu năm 2024: 3/8 đã nộp, hạn 15/07/2024")).findFirst().orElseThrow();
        assertThat(laiChau.select("tr")).hasSize(1 + 8);
        assertThat(laiChau.text()).contains("Huyện Sìn Hồ (108) 1 1 0");
        assertThat(report.select("table#missing tr")).hasSize(1 + 5);
        assertThat(report.select("table#missing").text()).contains("Huyện Mường Tè", "15/07/2024");
        // Phong Thổ 3000/5000, the province (rolled up from its districts) 3900/8000 on the program
        assertThat(bars("chart-disbursement-districts-0")).containsEntry("Huyện Phong Thổ (109) — GNBV 6 tháng đầu năm 2024", "60");
        assertThat(report.getElementById("chart-disbursement-districts-0").text()).contains("60,0 % (3.000 / 5.000 tr.đ)");
        assertThat(bars("chart-disbursement-provinces"))
                .containsEntry("Tỉnh Lai Châu (12) — GNBV 6 tháng đầu năm 2024, cộng từ cấp dưới", "48.75");
        assertThat(bars("chart-disbursement-projects")).containsEntry("Cả chương trình GNBV — 6 tháng đầu năm 2024", "48.75");
        assertThat(bars("chart-disbursement-projects").keySet()).anyMatch(k -> k.startsWith("GNBV.DA3 ") && k.endsWith(" — 6 tháng đầu năm 2024"));
        // 6687 poor of 17630 households at the start, 5000 at the end: both shown, each named
        assertThat(bars("chart-poverty")).containsEntry("Tỉnh Lai Châu — 6 tháng đầu năm 2024, đầu kỳ", "37.9297")
                .containsEntry("Tỉnh Lai Châu — 6 tháng đầu năm 2024, cuối kỳ", "28.3607");
        assertThat(report.getElementById("poverty").text()).contains("17.630", "6.687 (37,9 %)", "5.000 (28,4 %)");
    }

    @Test
    void aRunThatReceivedNothingSaysWhichFormsAreOwed() throws Exception {
        Path written = new RunReport(home.resolve("warehouse.duckdb"), home.resolve("reports"), Path.of("sql"), Path.of("jobs"))
                .write("run-2", Map.of());
        Document empty = Jsoup.parse(Files.readString(written, StandardCharsets.UTF_8));
        assertThat(empty.getElementById("waiting").text()).startsWith("Lần chạy này không nhận tệp mới nào, trong khi còn 5 đơn vị chưa nộp")
                .contains("Biểu 01 GNBV, 6 tháng đầu năm 2024: 5 đơn vị chưa nộp, hạn 15/07/2024 (đã quá hạn)");
        assertThat(empty.getElementById("run-files").text()).isEqualTo("Không có tệp mới trong lần chạy này.");
    }

    private static String kpi(String group, String name) {
        return report.select("#kpis-" + group + " .kpi[data-kpi=" + name + "] b").text();
    }

    private static Map<String, String> bars(String chartId) {
        Map<String, String> bars = new LinkedHashMap<>();
        for (Element bar : report.getElementById(chartId).select("rect[data-value]")) {
            bars.put(bar.attr("data-label"), bar.attr("data-value"));
        }
        return bars;
    }

    private static SubmissionRow file(String id, String form, String unitCode, String unitName, int year, String period,
                                      String receivedAt) {
        long at = Instant.parse(receivedAt).toEpochMilli();
        return new SubmissionRow(id, "b1", "run-1", unitName + "-" + id + ".xlsx", "sha-" + id, 2048, at, at, "GNBV", form,
                unitCode, unitName, year, null, period, "extracted", null, null, 10, id.equals("s109") ? 1 : 0);
    }

    private static LakeWriter.Figures leaf(SubmissionRow s, String project, String allocated, String disbursed, int row) {
        return new LakeWriter.Figures(s, List.of(budget(project, "allocated", allocated, "C" + row, row),
                budget(project, "disbursed", disbursed, "H" + row, row)));
    }

    private static Figure budget(String project, String measure, String value, String cell, int row) {
        return new Figure("budget", "01", Figure.keys(project, "Dự án " + project, "leaf", "current", "NSTW", "SN"),
                measure, new BigDecimal(value), value, "Triệu đồng", "Biểu 01", cell, row);
    }

    private static Figure household(SubmissionRow s, String stage, String measure, String value, String cell) {
        return new Figure("households", "02", Figure.keys(s.unitCode(), s.unitName(), "total", stage), measure,
                new BigDecimal(value), value, null, "Biểu 02", cell, 30);
    }
}
