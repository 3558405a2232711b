package vn.ntp.warehouse.report;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import vn.ntp.warehouse.warehouse.WarehouseBuilder;

/**
 * The HTML run report: one self-contained file (inline SVG charts, no scripts) with the files by
 * state, the time per stage, findings by rule, and disbursement by unit.
 */
public final class RunReport {
    private final Path warehouse;
    private final Path reportsDir;

    public RunReport(Path warehouse, Path reportsDir) {
        this.warehouse = warehouse;
        this.reportsDir = reportsDir;
    }

    public Path write(String runId, Map<String, Duration> stageTimes) throws IOException, SQLException {
        StringBuilder body = new StringBuilder();
        try (Connection c = WarehouseBuilder.openReadOnly(warehouse); Statement s = c.createStatement()) {
            body.append("<h2>Tệp theo trạng thái</h2>");
            body.append(SvgBarChart.render("Số tệp theo trạng thái", bars(s,
                    "select status, count(*) from submission group by status order by 2 desc", false)));
            body.append("<h2>Thời gian từng bước</h2>");
            List<SvgBarChart.Bar> stages = new ArrayList<>();
            stageTimes.forEach((k, v) -> stages.add(new SvgBarChart.Bar(k, v.toMillis() / 1000.0,
                    String.format("%.1f s", v.toMillis() / 1000.0))));
            body.append(SvgBarChart.render("Giây theo bước", stages));
            body.append("<h2>Phát hiện theo quy tắc</h2>");
            body.append(SvgBarChart.render("Số phát hiện theo quy tắc", bars(s,
                    "select rule_code || ' (' || severity || ')', count(*) from dq_issue group by all order by 2 desc", false)));
            body.append("<h2>Tỷ lệ giải ngân theo đơn vị</h2>");
            body.append(SvgBarChart.render("Tỷ lệ giải ngân (%) — tổng chương trình", bars(s, """
                    select unit_name || ' — ' || program_code || ' ' || period_label || ' (' || basis || ')', coalesce(disbursement_pct, 0)
                    from mart_disbursement
                    where project_code = program_code and budget_level = 'ALL' and capital_type = 'ALL' and vintage = 'ALL'
                    order by 2 desc limit 40""", true)));
        }
        String html = """
                <!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">
                <title>Báo cáo lần chạy %s</title>
                <style>body{font-family:sans-serif;margin:2em;color:#222} .bar{fill:#2b7bb9} .label,.value{font-size:12px}
                .chart-title{font-weight:bold;font-size:13px} h1{font-size:20px} h2{font-size:16px;margin-top:1.5em}</style>
                </head><body><h1>Báo cáo lần chạy %s</h1>%s</body></html>
                """.formatted(Html.escape(runId), Html.escape(runId), body);
        Files.createDirectories(reportsDir);
        Path target = reportsDir.resolve("run-" + runId + ".html");
        Path tmp = reportsDir.resolve("run-" + runId + ".html.tmp");
        Files.writeString(tmp, html, StandardCharsets.UTF_8);
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return target;
    }

    private static List<SvgBarChart.Bar> bars(Statement s, String sql, boolean percent) throws SQLException {
        List<SvgBarChart.Bar> bars = new ArrayList<>();
        try (ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                BigDecimal v = rs.getBigDecimal(2);
                double d = v == null ? 0 : v.doubleValue();
                bars.add(new SvgBarChart.Bar(rs.getString(1), d,
                        percent ? String.format("%.2f %%", d).replace('.', ',') : v == null ? "0" : v.toPlainString()));
            }
        }
        return bars;
    }
}
