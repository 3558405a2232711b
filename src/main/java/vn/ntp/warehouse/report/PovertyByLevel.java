package vn.ntp.warehouse.report;

import static vn.ntp.warehouse.report.Html.folded;
import static vn.ntp.warehouse.report.ReportText.count;
import static vn.ntp.warehouse.report.ReportText.dbl;
import static vn.ntp.warehouse.report.ReportText.decimal;
import static vn.ntp.warehouse.report.ReportText.num;
import static vn.ntp.warehouse.report.ReportText.percent;
import static vn.ntp.warehouse.report.ReportText.str;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The poverty rates of Biểu 02 against their reduction target: the provinces' rates at the start and end of the period
 * as a chart and a table, then each province's districts in a folded table.
 */
final class PovertyByLevel {

    private PovertyByLevel() {
    }

    static String html(Connection c, ReportQueries queries) throws SQLException {
        List<Map<String, Object>> rows = queries.rows(c, "report_poverty");
        if (rows.isEmpty()) return "<p class=\"note\" id=\"poverty\">Chưa có số liệu hộ nghèo (Biểu 02) trong kho.</p>";
        String head = "<tr><th>Đơn vị</th><th>Kỳ</th><th class=\"n\">Tổng số hộ</th><th class=\"n\">Hộ nghèo đầu kỳ</th>"
                + "<th class=\"n\">Hộ nghèo cuối kỳ</th><th class=\"n\">Giảm (điểm %)</th><th class=\"n\">Chỉ tiêu giảm</th><th>Đạt chỉ tiêu</th></tr>";
        StringBuilder provinces = new StringBuilder("<table id=\"poverty\">" + head);
        Map<String, StringBuilder> districts = new LinkedHashMap<>();
        int provinceRows = 0;
        for (Map<String, Object> r : rows) {
            String line = row(r);
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
        return folded("Theo tỉnh (" + count(provinceRows) + ")", provinceRows <= RunReport.OPEN_PROVINCES,
                SvgBarChart.render("chart-poverty", "Tỷ lệ hộ nghèo đầu kỳ và cuối kỳ, theo tỉnh", bars, 0) + provinces + "</table>") + html;
    }

    private static String row(Map<String, Object> r) {
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

    private static String countOrDash(Object v) {
        return v == null ? "–" : count(num(v));
    }

    private static String householdsAndRate(Object households, Object rate) {
        return households == null ? "–" : count(num(households)) + (rate == null ? "" : " (" + percent(dbl(rate)) + ")");
    }
}
