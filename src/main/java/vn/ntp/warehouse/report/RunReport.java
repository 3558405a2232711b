package vn.ntp.warehouse.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import vn.ntp.warehouse.warehouse.ReadOnlyWarehouse;
import vn.ntp.warehouse.warehouse.WarehouseBuilder;

/**
 * The run report {@code reports/run-<id>.html}: one self-contained file in Vietnamese (inline CSS and
 * SVG charts, no script, no font or image from the network), an import summary first — this run's
 * figures apart from the warehouse's total, the run's files with their unit, state, reason, findings
 * and feedback workbook, the findings by rule with each rule's name — then the season by level: the
 * provinces, and each province's districts in a collapsible section (completeness, disbursement with
 * the amounts beside the rates, poverty against its target, Biểu 03 and 04), so that a national
 * season fits in a few screens before its drill-down sections. Its queries are the files of
 * {@code sql/reports/}; the words for codes come from {@code jobs/dictionary/codes.csv}.
 */
public final class RunReport {

    /** Vietnamese names of the job's steps, in run order (a step is never shown by its bean name). */
    static final Map<String, String> STAGE_NAMES = stageNames();
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    /** A province list longer than this starts folded. */
    private static final int OPEN_PROVINCES = 12;
    /** Run files listed in the table (the query's limit). */
    private static final int FILE_ROWS = 200;

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
            body.append(waiting(c, k));
            body.append(section("Lần chạy này", "Các tệp nhận được trong lần chạy này và số liệu đọc từ chúng.",
                    kpis("run", k, List.of(
                            kpi("tệp nhận", k, "run_files"), kpi("đã nạp", k, "run_loaded"), kpi("trùng lặp", k, "run_duplicate"),
                            kpi("bị thay thế", k, "run_superseded"), kpi("cách ly", k, "run_rejected"),
                            kpi("bị chặn do lỗi", k, "run_blocked"), kpi("số liệu đọc từ các ô", k, "run_cell_values"),
                            kpi("dòng chi tiết vào kho", k, "run_fact_rows"), kpi("lỗi", k, "run_errors"),
                            kpi("cảnh báo", k, "run_warnings"), kpi("thông tin", k, "run_infos")))
                            + runFiles(c, runId)));
            body.append(section("Toàn kho", "Mọi tệp đã nhận qua các lần chạy, kể cả lần này.",
                    kpis("total", k, List.of(
                            kpi("tệp trong kho", k, "total_files"), kpi("đã nạp", k, "total_loaded"),
                            kpi("bị thay thế", k, "total_superseded"), kpi("trùng lặp", k, "total_duplicate"),
                            kpi("cách ly", k, "total_rejected"), kpi("bị chặn do lỗi", k, "total_blocked"),
                            kpi("dòng chi tiết", k, "total_fact_rows"), kpi("lỗi", k, "total_errors"),
                            kpi("cảnh báo", k, "total_warnings"), kpi("thông tin", k, "total_infos")))));
            body.append(section("Phát hiện theo quy tắc", "Mỗi quy tắc với tên của nó; lỗi trước, rồi theo số phát hiện.",
                    rulesTable(c, runId)));
            body.append(section("Tỷ lệ nộp báo cáo",
                    "Đơn vị phải nộp theo lịch jobs/schedule/forms.yaml; đúng hạn: kho nhận tệp đầu tiên trước hết ngày hạn (giờ Việt Nam). "
                            + "Theo tỉnh, rồi từng huyện trong mỗi tỉnh.", completeness(c)));
            body.append(section("Giải ngân", "Tổng chương trình, mọi nguồn vốn; số của chính đơn vị, nếu không có thì cộng từ cấp dưới. "
                    + "Số tiền: triệu đồng.", disbursement(c)));
            body.append(section("Hộ nghèo (Biểu 02)", "Tỷ lệ tính lại từ số hộ (không lấy tỷ lệ ghi trong biểu); "
                    + "mức giảm tính bằng điểm phần trăm, so với chỉ tiêu giao.", poverty(c)));
            body.append(section("Thiếu hụt dịch vụ xã hội cơ bản (Biểu 03)", "Tỷ lệ hộ thiếu hụt theo chỉ số, cấp cao nhất có số liệu.",
                    deprivation(c)));
            body.append(section("Kết quả thực hiện chỉ tiêu (Biểu 04)", "Thực hiện so với kế hoạch, theo đơn vị tính của chỉ tiêu.",
                    output(c)));
            body.append(technical(c, stageTimes));
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

    // ---------- import summary

    private record Kpi(String name, long value) {
    }

    private static Kpi kpi(String name, Map<String, Object> row, String column) {
        return new Kpi(name, ((Number) row.get(column)).longValue());
    }

    private static String kpis(String id, Map<String, Object> row, List<Kpi> kpis) {
        StringBuilder html = new StringBuilder("<div class=\"kpis\" id=\"kpis-" + id + "\">");
        for (Kpi k : kpis) {
            html.append("<div class=\"kpi\" data-kpi=\"").append(Html.escape(k.name())).append("\"><b>").append(count(k.value()))
                    .append("</b><span>").append(Html.escape(k.name())).append("</span></div>");
        }
        return html.append("</div>").toString();
    }

    /** A run that received nothing while units still owe a form: said first, never a silent "0". */
    private String waiting(Connection c, Map<String, Object> k) throws SQLException {
        if (((Number) k.get("run_files")).longValue() > 0) return "";
        List<Map<String, Object>> owed = queries.rows(c, "expected_not_received");
        if (owed.isEmpty()) {
            return "<p class=\"alert\" id=\"waiting\">Lần chạy này không nhận tệp mới nào; không còn đơn vị nào phải nộp theo lịch.</p>";
        }
        StringBuilder items = new StringBuilder();
        long units = 0;
        for (Map<String, Object> r : owed) {
            long n = num(r.get("missing_units"));
            units += n;
            items.append("<li>Biểu ").append(Html.escape(str(r.get("form_code")))).append(' ').append(Html.escape(str(r.get("program_code"))))
                    .append(", ").append(Html.escape(str(r.get("period_label")))).append(": ").append(count(n))
                    .append(" đơn vị chưa nộp, hạn ").append(day(r.get("due_date")))
                    .append(Boolean.TRUE.equals(r.get("overdue")) ? " (đã quá hạn)" : "").append("</li>");
        }
        return "<div class=\"alert\" id=\"waiting\"><b>Lần chạy này không nhận tệp mới nào</b>, trong khi còn " + count(units)
                + " đơn vị chưa nộp biểu theo lịch. Kiểm tra hộp thư (ổ mạng, thư điện tử) có nhận được tệp không.<ul>" + items + "</ul></div>";
    }

    private String runFiles(Connection c, String runId) throws SQLException {
        List<Map<String, Object>> rows = queries.rows(c, "report_run_files", runId);
        if (rows.isEmpty()) return "<p class=\"note\" id=\"run-files\">Không có tệp mới trong lần chạy này.</p>";
        long total = num(rows.get(0).get("total_files"));
        Path feedback = feedbackDir(reportsDir, runId);
        StringBuilder t = new StringBuilder("<table id=\"run-files\"><tr><th>Tệp</th><th>Đơn vị</th><th>Biểu, kỳ</th><th>Trạng thái</th>"
                + "<th>Lý do</th><th class=\"n\">Lỗi</th><th class=\"n\">Cảnh báo</th><th class=\"n\">Thông tin</th><th>Tệp phản hồi</th></tr>");
        for (Map<String, Object> r : rows) {
            String file = str(r.get("source_file"));
            String unit = joinNonEmpty(str(r.get("unit_name")), str(r.get("district_name")), str(r.get("province_name")));
            if (!str(r.get("unit_code")).isEmpty()) unit += " (" + str(r.get("unit_code")) + ")";
            String state = words.word("status", str(r.get("status"))) + (Boolean.TRUE.equals(r.get("blocked")) ? ", bị chặn do lỗi" : "");
            String reason = str(r.get("reason_vi"));
            if (reason.isEmpty() && "superseded".equals(r.get("status"))) reason = "có bản sau của cùng đơn vị, biểu và kỳ";
            if (reason.isEmpty() && "duplicate".equals(r.get("status"))) reason = "cùng nội dung với một tệp đã nhận";
            long errors = num(r.get("errors"));
            long warnings = num(r.get("warnings"));
            String link = feedbackLink(feedback, file);
            t.append("<tr data-file=\"").append(Html.escape(file)).append("\"><td>").append(Html.escape(file)).append("</td><td>")
                    .append(Html.escape(unit)).append("</td><td>")
                    .append(Html.escape(str(r.get("form_code")).isEmpty() ? "" : "Biểu " + r.get("form_code") + " " + str(r.get("program_code"))
                            + ", " + str(r.get("period_label"))))
                    .append("</td><td>").append(Html.escape(state)).append("</td><td>").append(Html.escape(reason)).append("</td>")
                    .append("<td class=\"n").append(errors > 0 ? " err" : "").append("\">").append(count(errors)).append("</td>")
                    .append("<td class=\"n").append(warnings > 0 ? " warn" : "").append("\">").append(count(warnings)).append("</td>")
                    .append("<td class=\"n\">").append(count(num(r.get("infos")))).append("</td><td>").append(link).append("</td></tr>");
        }
        t.append("</table>");
        String note = total > rows.size()
                ? "<p class=\"note\">" + count(rows.size()) + " trên " + count(total) + " tệp của lần chạy, tệp cần xem trước "
                + "(cách ly, bị chặn, nhiều lỗi); đủ danh sách: <code>./ntp query \"select * from submission where run_id = '"
                + Html.escape(runId) + "'\"</code></p>"
                : "<p class=\"note\">" + count(total) + " tệp, tệp cần xem trước. Tệp phản hồi: bản sao tệp của đơn vị, ô có vấn đề được tô màu "
                + "và ghi chú (như ./ntp validate), trong reports/feedback/" + Html.escape(runId) + "/.</p>";
        return total > 20 ? "<details id=\"run-files-section\"><summary>Các tệp của lần chạy này (" + count(total) + ")</summary>"
                + note + t + "</details>" : "<h3 class=\"small\">Các tệp của lần chạy này</h3>" + note + t;
    }

    private String feedbackLink(Path feedback, String sourceFile) {
        for (String ext : List.of(".kiem-tra.xlsx", ".kiem-tra.xlsm", ".kiem-tra.xls")) {
            Path f = feedback.resolve(stem(sourceFile) + ext);
            if (Files.exists(f)) {
                String href = reportsDir.relativize(f).toString().replace('\\', '/');
                return "<a href=\"" + Html.escape(href.replace(" ", "%20")) + "\">" + Html.escape(f.getFileName().toString()) + "</a>";
            }
        }
        return "";
    }

    /** {@code huyen/tam-duong.xlsx} → {@code huyen/tam-duong}: the feedback workbook keeps the inbox's subfolders. */
    public static String stem(String sourceFile) {
        int dot = sourceFile.lastIndexOf('.');
        return dot > sourceFile.lastIndexOf('/') ? sourceFile.substring(0, dot) : sourceFile;
    }

    private String rulesTable(Connection c, String runId) throws SQLException {
        List<Map<String, Object>> rows = queries.rows(c, "report_findings_by_rule", runId);
        if (rows.isEmpty()) return "<p class=\"note\" id=\"rules\">Không có phát hiện nào trong kho.</p>";
        StringBuilder t = new StringBuilder("<table id=\"rules\"><tr><th>Mã</th><th>Quy tắc</th><th>Mức độ</th><th>Phát hiện</th>"
                + "<th class=\"n\">Lần chạy này</th><th class=\"n\">Toàn kho</th></tr>");
        for (Map<String, Object> r : rows) {
            String severity = str(r.get("severity"));
            t.append("<tr data-rule=\"").append(Html.escape(str(r.get("rule_code")))).append("\"><td><code>")
                    .append(Html.escape(str(r.get("rule_code")))).append("</code></td><td>")
                    .append(Html.escape(words.word("rule_code", str(r.get("rule_code"))))).append("</td><td class=\"")
                    .append(severity.equals("error") ? "err" : severity.equals("warning") ? "warn" : "").append("\">")
                    .append(Html.escape(words.word("severity", severity))).append("</td><td>")
                    .append(Html.escape(words.word("source", str(r.get("source"))))).append("</td><td class=\"n\">")
                    .append(count(num(r.get("run_findings")))).append("</td><td class=\"n\">").append(count(num(r.get("total_findings"))))
                    .append("</td></tr>");
        }
        return t.append("</table>").toString();
    }

    // ---------- the season by level: provinces, then each province's districts

    private String completeness(Connection c) throws SQLException {
        List<Map<String, Object>> provinces = queries.rows(c, "report_completeness_provinces");
        if (provinces.isEmpty()) return "<p class=\"note\" id=\"chart-completeness\">Chưa có kỳ báo cáo nào theo lịch.</p>";
        List<SvgBarChart.Bar> bars = new ArrayList<>();
        for (Map<String, Object> r : provinces) {
            long expected = num(r.get("expected_units"));
            long received = num(r.get("received_units"));
            double pct = expected == 0 ? 0 : 100.0 * received / expected;
            bars.add(new SvgBarChart.Bar(str(r.get("province_name")) + " — Biểu " + r.get("form_code") + " " + r.get("program_code")
                    + ", " + r.get("period_label"), pct, percent(pct) + " (" + count(received) + "/" + count(expected) + " đơn vị, đúng hạn "
                    + count(num(r.get("on_time_units"))) + ")", pct >= 100 ? "bar-good" : "bar-warning"));
        }
        StringBuilder html = new StringBuilder(folded("Theo tỉnh (" + count(provinces.size()) + " dòng)", provinces.size() <= OPEN_PROVINCES,
                SvgBarChart.render("chart-completeness", "Tỷ lệ đơn vị đã nộp, theo tỉnh", bars, 100)));
        Map<String, List<Map<String, Object>>> districts = group(queries.rows(c, "report_completeness_districts"),
                r -> r.get("province_code") + "|" + r.get("program_code") + "|" + r.get("form_code") + "|" + r.get("period_label"));
        for (Map<String, Object> p : provinces) {
            List<Map<String, Object>> rows = districts.getOrDefault(p.get("province_code") + "|" + p.get("program_code") + "|"
                    + p.get("form_code") + "|" + p.get("period_label"), List.of());
            StringBuilder t = new StringBuilder("<table><tr><th>Huyện</th><th class=\"n\">Phải nộp</th><th class=\"n\">Đã nộp</th>"
                    + "<th class=\"n\">Đúng hạn</th></tr>");
            for (Map<String, Object> d : rows) {
                t.append("<tr><td>").append(Html.escape(str(d.get("district_name")))).append(" (").append(Html.escape(str(d.get("district_code"))))
                        .append(")</td><td class=\"n\">").append(count(num(d.get("expected_units")))).append("</td><td class=\"n\">")
                        .append(count(num(d.get("received_units")))).append("</td><td class=\"n\">").append(count(num(d.get("on_time_units"))))
                        .append("</td></tr>");
            }
            html.append(folded(str(p.get("province_name")) + " — Biểu " + p.get("form_code") + ", " + p.get("period_label") + ": "
                    + count(num(p.get("received_units"))) + "/" + count(num(p.get("expected_units"))) + " đã nộp, hạn " + day(p.get("due_date")),
                    false, t + "</table>"));
        }
        return html + missingTable(c);
    }

    private String missingTable(Connection c) throws SQLException {
        List<Map<String, Object>> rows = queries.rows(c, "report_missing_units");
        if (rows.isEmpty()) return "<p class=\"note\" id=\"missing\">Không có đơn vị nào chưa nộp.</p>";
        long total = num(rows.get(0).get("total_missing"));
        StringBuilder t = new StringBuilder("<table id=\"missing\"><tr><th>Tỉnh</th><th>Cấp trên</th><th>Đơn vị</th><th>Mã</th><th>Biểu</th>"
                + "<th>Kỳ</th><th>Hạn nộp</th></tr>");
        for (Map<String, Object> r : rows) {
            t.append("<tr>");
            for (Object v : List.of(str(r.get("province_name")), str(r.get("parent_name")), str(r.get("unit_name")), str(r.get("unit_code")),
                    "Biểu " + r.get("form_code") + " " + r.get("program_code"), str(r.get("period_label")), day(r.get("due_date")))) {
                t.append("<td>").append(Html.escape(v.toString())).append("</td>");
            }
            t.append("</tr>");
        }
        String note = "<p class=\"note\">Đơn vị chưa nộp: " + count(total) + (total > rows.size() ? " (" + rows.size()
                + " đơn vị đầu; đủ danh sách: <code>./ntp query \"select * from missing_submissions\"</code>)" : "") + "</p>";
        return folded("Đơn vị chưa nộp (" + count(total) + ")", total <= 20, note + t + "</table>");
    }

    private String disbursement(Connection c) throws SQLException {
        StringBuilder html = new StringBuilder();
        List<Map<String, Object>> projects = queries.rows(c, "report_disbursement_projects");
        List<SvgBarChart.Bar> projectBars = new ArrayList<>();
        for (Map<String, Object> r : projects) {
            String name = Boolean.TRUE.equals(r.get("is_program")) ? "Cả chương trình " + r.get("program_code")
                    : r.get("project_code") + " " + str(r.get("project_name"));
            projectBars.add(moneyBar(name + " — " + r.get("period_label"), r, "bar-good"));
        }
        html.append(SvgBarChart.render("chart-disbursement-projects", "Tỷ lệ giải ngân theo dự án (cộng các tỉnh)", projectBars, 100));
        List<Map<String, Object>> units = queries.rows(c, "report_disbursement");
        List<SvgBarChart.Bar> provinceBars = new ArrayList<>();
        Map<String, List<SvgBarChart.Bar>> districtBars = new LinkedHashMap<>();
        for (Map<String, Object> r : units) {
            String label = str(r.get("unit_name")) + " (" + r.get("unit_code") + ") — " + r.get("program_code") + " " + r.get("period_label")
                    + ("rolled_up".equals(r.get("basis")) ? ", cộng từ cấp dưới" : "");
            if ("tinh".equals(r.get("unit_level"))) {
                provinceBars.add(moneyBar(label, r, "bar-good"));
            } else {
                districtBars.computeIfAbsent(str(r.get("province_name")), k -> new ArrayList<>()).add(moneyBar(label, r, "bar-good"));
            }
        }
        html.append(folded("Theo tỉnh (" + count(provinceBars.size()) + ")", provinceBars.size() <= OPEN_PROVINCES,
                SvgBarChart.render("chart-disbursement-provinces", "Tỷ lệ giải ngân theo tỉnh", provinceBars, 100)));
        int i = 0;
        for (Map.Entry<String, List<SvgBarChart.Bar>> e : districtBars.entrySet()) {
            html.append(folded(e.getKey() + ": " + count(e.getValue().size()) + " huyện", false,
                    SvgBarChart.render("chart-disbursement-districts-" + (i++), "Tỷ lệ giải ngân các huyện của " + e.getKey(), e.getValue(), 100)));
        }
        return html.toString();
    }

    private static SvgBarChart.Bar moneyBar(String label, Map<String, Object> r, String css) {
        double pct = dbl(r.get("disbursement_pct"));
        return new SvgBarChart.Bar(label, pct, percent(pct) + " (" + money(r.get("disbursed_mvnd")) + " / " + money(r.get("allocated_mvnd"))
                + " tr.đ)", css);
    }

    private String poverty(Connection c) throws SQLException {
        List<Map<String, Object>> rows = queries.rows(c, "report_poverty");
        if (rows.isEmpty()) return "<p class=\"note\" id=\"poverty\">Chưa có số liệu hộ nghèo (Biểu 02) trong kho.</p>";
        String head = "<tr><th>Đơn vị</th><th>Kỳ</th><th class=\"n\">Tổng số hộ</th><th class=\"n\">Hộ nghèo đầu kỳ</th>"
                + "<th class=\"n\">Hộ nghèo cuối kỳ</th><th class=\"n\">Giảm (điểm %)</th><th class=\"n\">Chỉ tiêu giảm</th><th>Đạt chỉ tiêu</th></tr>";
        StringBuilder provinces = new StringBuilder("<table id=\"poverty\">" + head);
        Map<String, StringBuilder> districts = new LinkedHashMap<>();
        int provinceRows = 0;
        for (Map<String, Object> r : rows) {
            String line = povertyRow(r);
            if ("tinh".equals(r.get("unit_level"))) {
                provinces.append(line);
                provinceRows++;
            } else {
                districts.computeIfAbsent(str(r.get("province_name")), k -> new StringBuilder("<table>" + head)).append(line);
            }
        }
        StringBuilder html = new StringBuilder();
        districts.forEach((province, table) -> html.append(folded(province + ": các huyện", false, table + "</table>")));
        List<SvgBarChart.Bar> bars = new ArrayList<>();
        for (Map<String, Object> r : rows) {
            if (!"tinh".equals(r.get("unit_level")) || r.get("poor_rate_start_pct") == null) continue;
            String name = str(r.get("unit_name")) + " — " + r.get("period_label");
            bars.add(new SvgBarChart.Bar(name + ", đầu kỳ", dbl(r.get("poor_rate_start_pct")),
                    percent(dbl(r.get("poor_rate_start_pct"))) + " (" + count(num(r.get("poor_start"))) + " hộ)", "bar"));
            if (r.get("poor_rate_end_pct") != null) {
                bars.add(new SvgBarChart.Bar(name + ", cuối kỳ", dbl(r.get("poor_rate_end_pct")),
                        percent(dbl(r.get("poor_rate_end_pct"))) + " (" + count(num(r.get("poor_end"))) + " hộ)", "bar-good"));
            }
        }
        return folded("Theo tỉnh (" + count(provinceRows) + ")", provinceRows <= OPEN_PROVINCES,
                SvgBarChart.render("chart-poverty", "Tỷ lệ hộ nghèo đầu kỳ và cuối kỳ, theo tỉnh", bars, 0) + provinces + "</table>") + html;
    }

    private String povertyRow(Map<String, Object> r) {
        String met = r.get("target_met") == null ? (r.get("target_reduction_pct") == null ? "" : "chưa đủ số liệu cuối kỳ")
                : Boolean.TRUE.equals(r.get("target_met")) ? "đạt" : "chưa đạt";
        return "<tr><td>" + Html.escape(str(r.get("unit_name")) + " (" + r.get("unit_code") + ")"
                + ("rolled_up".equals(r.get("basis")) ? ", cộng từ cấp dưới" : "")) + "</td><td>" + Html.escape(str(r.get("period_label")))
                + "</td><td class=\"n\">" + countOrDash(r.get("total_households")) + "</td><td class=\"n\">" + householdsAndRate(r.get("poor_start"),
                r.get("poor_rate_start_pct")) + "</td><td class=\"n\">" + householdsAndRate(r.get("poor_end"), r.get("poor_rate_end_pct"))
                + "</td><td class=\"n\">" + (r.get("poor_rate_reduction_pct") == null ? "–" : decimal(dbl(r.get("poor_rate_reduction_pct")), 2))
                + "</td><td class=\"n\">" + (r.get("target_reduction_pct") == null ? "–" : decimal(dbl(r.get("target_reduction_pct")), 2))
                + "</td><td>" + Html.escape(met) + "</td></tr>";
    }

    private String deprivation(Connection c) throws SQLException {
        List<SvgBarChart.Bar> bars = new ArrayList<>();
        for (Map<String, Object> r : queries.rows(c, "report_deprivation")) {
            double pct = dbl(r.get("rate_pct"));
            bars.add(new SvgBarChart.Bar(r.get("indicator_code") + " " + str(r.get("indicator_name")) + " — "
                    + words.word("household_group", str(r.get("household_group"))).toLowerCase(Locale.ROOT) + ", " + r.get("period_label"),
                    pct, percent(pct) + " (" + count(num(r.get("deprived_households"))) + "/" + count(num(r.get("base_households"))) + " hộ)",
                    "poor".equals(r.get("household_group")) ? "bar" : "bar-info"));
        }
        if (bars.isEmpty()) return "<p class=\"note\" id=\"chart-deprivation\">Chưa có số liệu Biểu 03 trong kho.</p>";
        return SvgBarChart.render("chart-deprivation", "Tỷ lệ hộ thiếu hụt theo chỉ số", bars, 100);
    }

    private String output(Connection c) throws SQLException {
        List<SvgBarChart.Bar> bars = new ArrayList<>();
        for (Map<String, Object> r : queries.rows(c, "report_output")) {
            double pct = dbl(r.get("achievement_pct"));
            bars.add(new SvgBarChart.Bar(str(r.get("indicator")) + " — " + r.get("period_label"), pct, percent(pct) + " ("
                    + decimal(dbl(r.get("achieved")), 0) + "/" + decimal(dbl(r.get("planned")), 0) + " " + str(r.get("unit_of_measure")).toLowerCase(Locale.ROOT)
                    + "; kinh phí " + money(r.get("disbursed_mvnd")) + "/" + money(r.get("planned_mvnd")) + " tr.đ)", "bar-good"));
        }
        if (bars.isEmpty()) return "<p class=\"note\" id=\"chart-output\">Chưa có số liệu Biểu 04 trong kho.</p>";
        return SvgBarChart.render("chart-output", "Tỷ lệ thực hiện chỉ tiêu so với kế hoạch", bars, 100);
    }

    // ---------- technical details, folded

    private String technical(Connection c, Map<String, Duration> stageTimes) throws SQLException {
        List<SvgBarChart.Bar> states = new ArrayList<>();
        for (Map<String, Object> r : queries.rows(c, "report_files_by_state")) {
            boolean blocked = Boolean.TRUE.equals(r.get("blocked"));
            String status = str(r.get("status"));
            states.add(new SvgBarChart.Bar(words.word("status", status) + (blocked ? " — bị chặn do lỗi" : ""), num(r.get("files")),
                    count(num(r.get("files"))), status.equals("rejected") || blocked ? "bar-error" : "bar"));
        }
        Map<String, Object> s = queries.rows(c, "report_stage_rows").get(0);
        List<SvgBarChart.Bar> stages = List.of(
                new SvgBarChart.Bar("1. Tệp tiếp nhận", num(s.get("files")), count(num(s.get("files")))),
                new SvgBarChart.Bar("2. Số liệu đọc từ các ô (kể cả dòng tổng)", num(s.get("cell_values")), count(num(s.get("cell_values")))),
                new SvgBarChart.Bar("3. Dòng chi tiết trong kho", num(s.get("fact_rows")), count(num(s.get("fact_rows")))),
                new SvgBarChart.Bar("4. Dòng các bảng tổng hợp", num(s.get("mart_rows")), count(num(s.get("mart_rows")))),
                new SvgBarChart.Bar("Phát hiện", num(s.get("findings")), count(num(s.get("findings"))), "bar-warning"));
        List<SvgBarChart.Bar> units = new ArrayList<>();
        for (Map<String, Object> r : queries.rows(c, "report_findings_by_unit")) {
            String name = joinNonEmpty(str(r.get("unit_name")), str(r.get("district_name")), str(r.get("province_name")));
            units.add(new SvgBarChart.Bar(name, num(r.get("findings")), count(num(r.get("findings"))) + " (" + count(num(r.get("errors")))
                    + " lỗi)", num(r.get("errors")) > 0 ? "bar-error" : "bar-warning"));
        }
        String content = SvgBarChart.render("chart-files", "Số tệp theo trạng thái (toàn kho)", states)
                + SvgBarChart.render("chart-rows", "Số dòng qua từng bước (toàn kho)", stages)
                + SvgBarChart.render("chart-times", "Thời gian từng bước của lần chạy này (giây; bước báo cáo chưa tính)", stageBars(stageTimes))
                + SvgBarChart.render("chart-units", "Các đơn vị có nhiều phát hiện nhất", units);
        return "<section><h2>Chi tiết kỹ thuật</h2>" + folded("Tệp theo trạng thái, số dòng qua từng bước, thời gian, đơn vị có nhiều phát hiện",
                false, content) + "</section>\n";
    }

    private static List<SvgBarChart.Bar> stageBars(Map<String, Duration> stageTimes) {
        List<SvgBarChart.Bar> bars = new ArrayList<>();
        for (Map.Entry<String, Duration> e : stageTimes.entrySet()) {
            double seconds = e.getValue().toMillis() / 1000.0;
            bars.add(new SvgBarChart.Bar(STAGE_NAMES.getOrDefault(e.getKey(), "Bước khác"), seconds, decimal(seconds, 1) + " giây"));
        }
        return bars;
    }

    // ---------- helpers

    private static String section(String title, String note, String content) {
        return "<section><h2>" + Html.escape(title) + "</h2><p class=\"note\">" + Html.escape(note) + "</p>" + content + "</section>\n";
    }

    private static String folded(String summary, boolean open, String content) {
        return "<details" + (open ? " open" : "") + "><summary>" + Html.escape(summary) + "</summary>" + content + "</details>";
    }

    private static <T> Map<String, List<T>> group(List<T> rows, Function<T, String> key) {
        return rows.stream().collect(Collectors.groupingBy(key, LinkedHashMap::new, Collectors.toList()));
    }

    private static String joinNonEmpty(String... parts) {
        return java.util.Arrays.stream(parts).filter(p -> p != null && !p.isBlank()).collect(Collectors.joining(", "));
    }

    private static String str(Object v) {
        return v == null ? "" : v.toString();
    }

    private static long num(Object v) {
        return v instanceof Number n ? n.longValue() : 0;
    }

    private static double dbl(Object v) {
        return v instanceof Number n ? n.doubleValue() : 0;
    }

    private static String day(Object v) {
        LocalDate d = v instanceof java.sql.Date sql ? sql.toLocalDate() : v instanceof LocalDate l ? l : null;
        return d == null ? "–" : DAY.format(d);
    }

    private static String countOrDash(Object v) {
        return v == null ? "–" : count(num(v));
    }

    private static String householdsAndRate(Object households, Object rate) {
        return households == null ? "–" : count(num(households)) + (rate == null ? "" : " (" + percent(dbl(rate)) + ")");
    }

    static String percent(double value) {
        return decimal(value, 1) + " %";
    }

    static String money(Object mvnd) {
        return mvnd == null ? "–" : decimal(dbl(mvnd), 0);
    }

    static String count(long value) {
        return format(value, "#,##0");
    }

    static String decimal(double value, int decimals) {
        return format(value, decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals));
    }

    private static String format(double value, String pattern) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        return new DecimalFormat(pattern, symbols).format(value);
    }

    private static Map<String, String> stageNames() {
        Map<String, String> names = new LinkedHashMap<>();
        names.put("intakeStep", "1. Tiếp nhận hộp thư");
        names.put("extractAnnexesStep", "2. Đọc biểu, kiểm tra, ghi kho tệp gốc");
        names.put("compactLakeStep", "3. Gộp các tệp nhỏ của kho tệp gốc");
        names.put("publishWarehouseStep", "4. Dựng kho, quy tắc, bảng tổng hợp");
        names.put("reportStep", "5. Báo cáo");
        return names;
    }
}
