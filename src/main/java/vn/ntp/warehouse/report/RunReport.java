package vn.ntp.warehouse.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import vn.ntp.warehouse.warehouse.WarehouseBuilder;

/**
 * The run report {@code reports/run-<id>.html}: one self-contained file in Vietnamese (inline CSS and
 * SVG charts, no script, no font or image from the network) with the files by state, the rows and the
 * time of each stage, the findings by rule and by unit, completeness by province, disbursement by
 * project and by unit, and the poverty rate by unit.
 */
public final class RunReport {

    /** Vietnamese names of the job's steps, in run order. */
    static final Map<String, String> STAGE_NAMES = stageNames();
    private static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);
    private static final int TOP = 40;

    private final Path warehouse;
    private final Path reportsDir;

    public RunReport(Path warehouse, Path reportsDir) {
        this.warehouse = warehouse;
        this.reportsDir = reportsDir;
    }

    public Path write(String runId, Map<String, Duration> stageTimes) throws IOException, SQLException {
        StringBuilder body = new StringBuilder();
        try (Connection c = WarehouseBuilder.openReadOnly(warehouse); Statement s = c.createStatement()) {
            body.append(summary(s, runId));
            body.append(section("Tệp theo trạng thái", "Mỗi tệp nhận được kết thúc ở đúng một trạng thái.",
                    SvgBarChart.render("chart-files", "Số tệp theo trạng thái (toàn kho)", bars(s, """
                            select case status when 'loaded' then 'Đã nạp' when 'superseded' then 'Bị thay thế bởi bản sau'
                                               when 'duplicate' then 'Trùng lặp' when 'rejected' then 'Cách ly (không đọc được)'
                                               else status end || case when blocked then ' — bị chặn do lỗi' else '' end,
                                   count(*), case when status = 'rejected' or blocked then 'bar-error' else 'bar' end
                            from submission group by status, blocked order by 2 desc""", Unit.COUNT))));
            body.append(section("Số dòng qua từng bước", "Từ tệp tiếp nhận đến bảng tổng hợp.",
                    SvgBarChart.render("chart-rows", "Số dòng theo bước", rowsPerStage(s))));
            body.append(section("Thời gian từng bước", "Thời gian của bước báo cáo chưa tính vì báo cáo đang được viết.",
                    SvgBarChart.render("chart-times", "Giây theo bước", stageBars(stageTimes))));
            body.append(section("Phát hiện theo quy tắc", "Lỗi (error) đỏ, cảnh báo (warning) cam, thông tin (info) xám.",
                    SvgBarChart.render("chart-rules", "Số phát hiện theo quy tắc", bars(s, """
                            select rule_code || ' (' || severity || ', ' || source || ')', count(*), 'bar-' || severity
                            from dq_issue group by rule_code, severity, source order by 2 desc, 1""", Unit.COUNT))));
            body.append(section("Phát hiện theo đơn vị", "Các đơn vị có nhiều phát hiện nhất.",
                    SvgBarChart.render("chart-units", "Số phát hiện theo đơn vị", bars(s, """
                            select coalesce(u.unit_name, d.unit_code, '(không rõ đơn vị)'), count(*),
                                   case when count(*) filter (where d.severity = 'error') > 0 then 'bar-error' else 'bar-warning' end
                            from dq_issue d
                            left join (select distinct unit_code, unit_name from dim_unit
                                       qualify row_number() over (partition by unit_code order by valid_from desc) = 1) u
                                on u.unit_code = d.unit_code
                            group by all order by 2 desc, 1 limit %d""".formatted(TOP), Unit.COUNT))));
            body.append(section("Tỷ lệ nộp báo cáo theo tỉnh",
                    "Đơn vị phải nộp theo lịch jobs/schedule/forms.yaml; đúng hạn là tệp đầu tiên đến hộp thư trước hết ngày hạn (giờ Việt Nam).",
                    SvgBarChart.render("chart-completeness", "Tỷ lệ đơn vị đã nộp (%)", completenessBars(s), 100)
                            + missingTable(s)));
            body.append(section("Tỷ lệ giải ngân theo dự án", "Số của tỉnh (tự báo cáo, nếu không thì cộng từ cấp dưới), mọi nguồn vốn.",
                    SvgBarChart.render("chart-disbursement-projects", "Tỷ lệ giải ngân theo dự án (%)", bars(s, """
                            select coalesce(unit_name, unit_code) || ' — ' || project_code || ' — ' || period_label,
                                   disbursement_pct, 'bar-good'
                            from mart_disbursement
                            where unit_level = 'tinh' and project_level in ('program', 'project')
                              and budget_level = 'ALL' and capital_type = 'ALL' and vintage = 'ALL'
                              and disbursement_pct is not null
                            qualify row_number() over (partition by unit_key, program_code, year, period_label, project_code
                                                       order by case basis when 'reported' then 0 else 1 end) = 1
                            order by program_code, year, period_label, unit_code, project_code limit %d""".formatted(TOP),
                            Unit.PERCENT), 100)));
            body.append(section("Tỷ lệ giải ngân theo đơn vị", "Tổng chương trình theo báo cáo của chính đơn vị.",
                    SvgBarChart.render("chart-disbursement-units", "Tỷ lệ giải ngân theo đơn vị (%)", bars(s, """
                            select coalesce(unit_name, unit_code) || ' — ' || program_code || ' ' || period_label,
                                   disbursement_pct, 'bar-good'
                            from mart_disbursement
                            where basis = 'reported' and project_code = program_code
                              and budget_level = 'ALL' and capital_type = 'ALL' and vintage = 'ALL'
                              and disbursement_pct is not null
                            order by disbursement_pct desc limit %d""".formatted(TOP), Unit.PERCENT), 100)));
            body.append(povertySection(s));
        }
        String generated = ZonedDateTime.now(VIETNAM).format(DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm"));
        String html = """
                <!DOCTYPE html>
                <html lang="vi"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>Báo cáo lần chạy %1$s</title>
                <style>
                body{font-family:"Segoe UI",Arial,"Liberation Sans",sans-serif;margin:2em auto;max-width:960px;color:#222;padding:0 1em}
                h1{font-size:22px;margin-bottom:.2em} h2{font-size:17px;margin-top:1.8em;border-bottom:1px solid #ccc;padding-bottom:.2em}
                p.note{color:#555;font-size:13px;margin:.3em 0 .6em} .chart{display:block;max-width:100%%;height:auto}
                .bar{fill:#2b7bb9} .bar-good{fill:#3a9a5b} .bar-error{fill:#c62828} .bar-warning{fill:#ef8f00} .bar-info{fill:#8d99a6}
                .label,.value{font-size:12px;fill:#222} .chart-title{font-weight:bold;font-size:13px} .empty{font-size:12px;fill:#777}
                .scale{stroke:#bbb;stroke-dasharray:3 3}
                table{border-collapse:collapse;font-size:13px;margin:.5em 0} td,th{border:1px solid #ddd;padding:3px 8px;text-align:left}
                td.n,th.n{text-align:right} .kpis{display:flex;flex-wrap:wrap;gap:.6em;margin:1em 0}
                .kpi{border:1px solid #ddd;border-radius:4px;padding:.5em .9em;min-width:120px}
                .kpi b{display:block;font-size:20px} .kpi span{font-size:12px;color:#555}
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

    private enum Unit { COUNT, PERCENT, SECONDS }

    private static String summary(Statement s, String runId) throws SQLException {
        Map<String, Long> kpis = new LinkedHashMap<>();
        try (ResultSet rs = s.executeQuery("""
                select count(*) filter (where run_id = '%s'),
                       count(*),
                       count(*) filter (where status = 'loaded'),
                       count(*) filter (where status = 'rejected'),
                       count(*) filter (where blocked),
                       (select count(*) from dq_issue where severity = 'error'),
                       (select count(*) from dq_issue where severity = 'warning'),
                       (select count(*) from dq_issue where severity = 'info')
                from submission""".formatted(runId.replace("'", "''")))) {
            rs.next();
            String[] names = {"tệp nhận trong lần chạy này", "tệp trong kho", "tệp đã nạp", "tệp cách ly", "tệp bị chặn do lỗi",
                    "lỗi (error)", "cảnh báo (warning)", "thông tin (info)"};
            for (int i = 0; i < names.length; i++) {
                kpis.put(names[i], rs.getLong(i + 1));
            }
        }
        StringBuilder html = new StringBuilder("<div class=\"kpis\" id=\"summary\">");
        kpis.forEach((name, value) -> html.append("<div class=\"kpi\" data-kpi=\"").append(Html.escape(name)).append("\"><b>")
                .append(count(value)).append("</b><span>").append(Html.escape(name)).append("</span></div>"));
        return html.append("</div>").toString();
    }

    private static List<SvgBarChart.Bar> rowsPerStage(Statement s) throws SQLException {
        List<SvgBarChart.Bar> bars = new ArrayList<>();
        try (ResultSet rs = s.executeQuery("""
                select (select count(*) from submission),
                       (select coalesce(sum(fact_rows), 0) from submission),
                       (select count(*) from fact_budget) + (select count(*) from fact_households)
                           + (select count(*) from fact_deprivation) + (select count(*) from fact_output),
                       (select count(*) from mart_disbursement) + (select count(*) from mart_poverty)
                           + (select count(*) from mart_deprivation) + (select count(*) from mart_output)
                           + (select count(*) from mart_completeness),
                       (select count(*) from dq_issue)""")) {
            rs.next();
            String[] names = {"1. Tệp tiếp nhận", "2. Dòng số liệu đọc được (lake)", "3. Dòng dữ kiện trong kho (fact_*)",
                    "4. Dòng bảng tổng hợp (mart_*)", "Phát hiện (dq_issue)"};
            for (int i = 0; i < names.length; i++) {
                long value = rs.getLong(i + 1);
                bars.add(new SvgBarChart.Bar(names[i], value, count(value), i == 4 ? "bar-warning" : "bar"));
            }
        }
        return bars;
    }

    private static List<SvgBarChart.Bar> stageBars(Map<String, Duration> stageTimes) {
        List<SvgBarChart.Bar> bars = new ArrayList<>();
        List<String> order = new ArrayList<>(STAGE_NAMES.keySet());
        stageTimes.keySet().stream().filter(k -> !order.contains(k)).sorted().forEach(order::add);
        for (String step : order) {
            Duration took = stageTimes.get(step);
            if (took != null) {
                double seconds = took.toMillis() / 1000.0;
                bars.add(new SvgBarChart.Bar(STAGE_NAMES.getOrDefault(step, step), seconds, decimal(seconds, 1) + " s"));
            }
        }
        return bars;
    }

    private static List<SvgBarChart.Bar> completenessBars(Statement s) throws SQLException {
        List<SvgBarChart.Bar> bars = new ArrayList<>();
        try (ResultSet rs = s.executeQuery("""
                select coalesce(province_name, province_code) || ' — Biểu ' || form_code || ' ' || program_code || ', ' || period_label,
                       sum(expected_units), sum(received_units), sum(on_time_units)
                from mart_completeness
                group by province_code, province_name, program_code, form_code, year, period_label
                order by program_code, year, period_label, form_code, province_code""")) {
            while (rs.next()) {
                long expected = rs.getLong(2);
                long received = rs.getLong(3);
                long onTime = rs.getLong(4);
                double pct = expected == 0 ? 0 : 100.0 * received / expected;
                bars.add(new SvgBarChart.Bar(rs.getString(1), pct, decimal(pct, 1) + " % (" + received + "/" + expected
                        + ", đúng hạn " + onTime + ")", pct >= 100 ? "bar-good" : "bar-warning"));
            }
        }
        return bars;
    }

    private static String missingTable(Statement s) throws SQLException {
        StringBuilder rows = new StringBuilder();
        long total = 0;
        try (ResultSet rs = s.executeQuery("""
                select count(*) over () as total, province_name, parent_name, unit_name, unit_code, 'Biểu ' || form_code,
                       period_label, strftime(due_date, '%d/%m/%Y')
                from missing_submissions order by program_code, year, period_label, form_code, province_code, parent_code, unit_code
                limit 50""")) {
            while (rs.next()) {
                total = rs.getLong(1);
                rows.append("<tr>");
                for (int i = 2; i <= 8; i++) {
                    rows.append("<td>").append(Html.escape(rs.getString(i))).append("</td>");
                }
                rows.append("</tr>");
            }
        }
        if (total == 0) {
            return "<p class=\"note\" id=\"missing\">Không có đơn vị nào chưa nộp.</p>";
        }
        return "<p class=\"note\">Đơn vị chưa nộp: " + count(total) + (total > 50 ? " (50 đơn vị đầu; đủ danh sách: "
                + "<code>select * from missing_submissions</code>)" : "") + "</p>"
                + "<table id=\"missing\"><tr><th>Tỉnh</th><th>Cấp trên</th><th>Đơn vị</th><th>Mã</th><th>Biểu</th><th>Kỳ</th>"
                + "<th>Hạn nộp</th></tr>" + rows + "</table>";
    }

    private static String povertySection(Statement s) throws SQLException {
        List<SvgBarChart.Bar> bars = bars(s, """
                select coalesce(unit_name, unit_code) || ' — ' || period_label
                           || case basis when 'rolled_up' then ' (cộng từ cấp dưới)' else '' end,
                       coalesce(poor_rate_end_pct, poor_rate_start_pct), 'bar'
                from mart_poverty
                where coalesce(poor_rate_end_pct, poor_rate_start_pct) is not null
                qualify row_number() over (partition by program_code, year, period_label, unit_key
                                           order by case basis when 'reported' then 0 when 'reported_by_parent' then 1 else 2 end) = 1
                order by 2 desc limit %d""".formatted(TOP), Unit.PERCENT);
        String chart = bars.isEmpty()
                ? "<p class=\"note\" id=\"chart-poverty\">Chưa có số liệu hộ nghèo (Biểu 02) trong kho.</p>"
                : SvgBarChart.render("chart-poverty", "Tỷ lệ hộ nghèo cuối kỳ (%)", bars, 0);
        return section("Tỷ lệ hộ nghèo theo đơn vị", "Tính lại từ số hộ (không lấy tỷ lệ ghi trong biểu); cuối kỳ, nếu không có thì đầu kỳ.",
                chart);
    }

    private static List<SvgBarChart.Bar> bars(Statement s, String sql, Unit unit) throws SQLException {
        List<SvgBarChart.Bar> bars = new ArrayList<>();
        try (ResultSet rs = s.executeQuery(sql)) {
            boolean hasClass = rs.getMetaData().getColumnCount() >= 3;
            while (rs.next()) {
                double value = rs.getDouble(2);
                String text = unit == Unit.PERCENT ? decimal(value, 2) + " %" : count((long) value);
                bars.add(new SvgBarChart.Bar(rs.getString(1), value, text, hasClass ? rs.getString(3) : "bar"));
            }
        }
        return bars;
    }

    private static String section(String title, String note, String content) {
        return "<section><h2>" + Html.escape(title) + "</h2><p class=\"note\">" + Html.escape(note) + "</p>" + content + "</section>\n";
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
        names.put("extractAnnexesStep", "2. Đọc biểu, kiểm tra, ghi lake");
        names.put("publishWarehouseStep", "3. Dựng kho, quy tắc, bảng tổng hợp");
        names.put("reportStep", "4. Báo cáo");
        return names;
    }
}
