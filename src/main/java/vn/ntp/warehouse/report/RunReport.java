package vn.ntp.warehouse.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import vn.ntp.warehouse.warehouse.ReadOnlyWarehouse;

/**
 * The run report {@code reports/run-<id>.html}: one self-contained file in Vietnamese (inline CSS and
 * SVG charts, no script, no font or image from the network), an import summary first — this run's
 * figures apart from the warehouse's total, the run's files with their unit, state, reason, findings
 * and feedback workbook, the findings by rule with each rule's name — then the season by level: the
 * provinces, and each province's districts in a collapsible section (completeness, disbursement with
 * the amounts beside the rates, poverty against its target, Biểu 03 and 04), so that a national
 * season fits in a few screens before its drill-down sections. Its queries are the files of
 * {@code sql/reports/}; the words for codes come from {@code jobs/dictionary/codes.csv}. This class
 * assembles the page; what each section shows is its own class ({@link RunFilesTable},
 * {@link DisbursementCharts}, {@link StepTimesChart}...).
 */
public final class RunReport {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    /** A province list longer than this starts folded. */
    static final int OPEN_PROVINCES = 12;

    private final Path warehouse;
    private final Path reportsDir;
    private final ReportQueries queries;
    private final Vocabulary words;

    public RunReport(Path warehouse, Path reportsDir, Path sqlDir, Path jobsDir) {
        this.warehouse = warehouse;
        this.reportsDir = reportsDir;
        this.queries = new ReportQueries(sqlDir);
        this.words = Vocabulary.load(jobsDir);
    }

    /** Where {@code run} writes the feedback workbooks of a run's files. */
    public static Path feedbackDir(Path reportsDir, String runId) {
        return reportsDir.resolve("feedback").resolve(runId);
    }

    public Path write(String runId, Map<String, Duration> stageTimes) throws IOException, SQLException {
        StringBuilder body = new StringBuilder();
        try (Connection c = ReadOnlyWarehouse.open(warehouse)) {
            Map<String, Object> k = queries.rows(c, "report_kpis", runId).get(0);
            body.append(NothingReceivedAlert.html(c, queries, k));
            body.append(section("Lần chạy này", "Các tệp nhận được trong lần chạy này và số liệu đọc từ chúng.",
                    KpiTiles.thisRun(k) + RunFilesTable.html(c, queries, words, reportsDir, runId)));
            body.append(section("Toàn kho", "Mọi tệp đã nhận qua các lần chạy, kể cả lần này.", KpiTiles.wholeWarehouse(k)));
            body.append(section("Phát hiện theo quy tắc", "Mỗi quy tắc với tên của nó; lỗi trước, rồi theo số phát hiện.",
                    FindingsByRuleTable.html(c, queries, words, runId)));
            body.append(section("Tỷ lệ nộp báo cáo",
                    "Đơn vị phải nộp theo lịch jobs/schedule/forms.yaml; đúng hạn: kho nhận tệp đầu tiên trước hết ngày hạn (giờ Việt Nam). "
                            + "Theo tỉnh, rồi từng huyện trong mỗi tỉnh.", CompletenessByLevel.html(c, queries)));
            body.append(section("Giải ngân", "Tổng chương trình, mọi nguồn vốn; số của chính đơn vị, nếu không có thì cộng từ cấp dưới. "
                    + "Số tiền: triệu đồng.", DisbursementCharts.html(c, queries)));
            body.append(section("Hộ nghèo (Biểu 02)", "Tỷ lệ tính lại từ số hộ (không lấy tỷ lệ ghi trong biểu); "
                    + "mức giảm tính bằng điểm phần trăm, so với chỉ tiêu giao.", PovertyByLevel.html(c, queries)));
            body.append(section("Thiếu hụt dịch vụ xã hội cơ bản (Biểu 03)", "Tỷ lệ hộ thiếu hụt theo chỉ số, cấp cao nhất có số liệu.",
                    DeprivationChart.html(c, queries, words)));
            body.append(section("Kết quả thực hiện chỉ tiêu (Biểu 04)", "Thực hiện so với kế hoạch, theo đơn vị tính của chỉ tiêu.",
                    AchievementChart.html(c, queries)));
            String technical = FilesByStateChart.html(c, queries, words) + RowsByStepChart.html(c, queries)
                    + StepTimesChart.html(stageTimes) + FindingsByUnitChart.html(c, queries);
            body.append("<section><h2>Chi tiết kỹ thuật</h2>").append(Html.folded(
                    "Tệp theo trạng thái, số dòng qua từng bước, thời gian, đơn vị có nhiều phát hiện", false, technical)).append("</section>\n");
        }
        String generated = ZonedDateTime.now(VIETNAM).format(DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm"));
        String html = """
                <!DOCTYPE html>
                <html lang="vi"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>Báo cáo lần chạy %1$s</title>
                <style>
                body{font-family:"Segoe UI",Arial,"Liberation Sans",sans-serif;margin:2em auto;max-width:1000px;color:#222;padding:0 1em}
                h1{font-size:22px;margin-bottom:.2em} h2{font-size:17px;margin-top:1.6em;border-bottom:1px solid #ccc;padding-bottom:.2em}
                p.note{color:#555;font-size:13px;margin:.3em 0 .6em} .chart{display:block;max-width:100%%;height:auto}
                .bar{fill:#2b7bb9} .bar-good{fill:#3a9a5b} .bar-error{fill:#c62828} .bar-warning{fill:#ef8f00} .bar-info{fill:#8d99a6}
                .label,.value{font-size:12px;fill:#222} .chart-title{font-weight:bold;font-size:13px} .empty{font-size:12px;fill:#777}
                .scale{stroke:#bbb;stroke-dasharray:3 3}
                table{border-collapse:collapse;font-size:13px;margin:.5em 0} td,th{border:1px solid #ddd;padding:3px 8px;text-align:left;vertical-align:top}
                th{background:#f3f5f7} td.n,th.n{text-align:right;white-space:nowrap} .kpis{display:flex;flex-wrap:wrap;gap:.5em;margin:.6em 0}
                .kpi{border:1px solid #ddd;border-radius:4px;padding:.4em .8em;min-width:96px}
                .kpi b{display:block;font-size:19px} .kpi span{font-size:12px;color:#555}
                .alert{border-left:4px solid #ef8f00;background:#fff6e5;padding:.6em 1em;margin:1em 0}
                details{margin:.3em 0} summary{cursor:pointer;font-size:14px} details details{margin-left:1.2em}
                .err{color:#c62828;font-weight:bold} .warn{color:#b36b00} .small{font-size:12px;color:#555}
                </style></head>
                <body><h1>Báo cáo lần chạy %1$s</h1><p class="note">Lập lúc %2$s (giờ Việt Nam) từ kho dữ liệu warehouse.duckdb.</p>
                %3$s
                </body></html>
                """.formatted(Html.escape(runId), generated, body);
        Files.createDirectories(reportsDir);
        Path target = reportsDir.resolve("run-" + runId + ".html");
        Path tmp = reportsDir.resolve("run-" + runId + ".html.tmp");
        Files.writeString(tmp, html, StandardCharsets.UTF_8);
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return target;
    }

    private static String section(String title, String note, String content) {
        return "<section><h2>" + Html.escape(title) + "</h2><p class=\"note\">" + Html.escape(note) + "</p>" + content + "</section>\n";
    }
}
