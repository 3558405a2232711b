package vn.ntp.warehouse.report;

import static vn.ntp.warehouse.report.Html.folded;
import static vn.ntp.warehouse.report.ReportText.count;
import static vn.ntp.warehouse.report.ReportText.day;
import static vn.ntp.warehouse.report.ReportText.num;
import static vn.ntp.warehouse.report.ReportText.percent;
import static vn.ntp.warehouse.report.ReportText.str;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The share of units that sent each scheduled form: a chart by province, each province's districts in a folded table,
 * then the units that have not sent.
 */
final class CompletenessByLevel {

    private CompletenessByLevel() {
    }

    static String html(Connection c, ReportQueries queries) throws SQLException {
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
        StringBuilder html = new StringBuilder(folded("Theo tỉnh (" + count(provinces.size()) + " dòng)",
                provinces.size() <= RunReport.OPEN_PROVINCES,
                SvgBarChart.render("chart-completeness", "Tỷ lệ đơn vị đã nộp, theo tỉnh", bars, 100)));
        Map<String, List<Map<String, Object>>> districts = queries.rows(c, "report_completeness_districts").stream()
                .collect(Collectors.groupingBy(CompletenessByLevel::provinceForm, LinkedHashMap::new, Collectors.toList()));
        for (Map<String, Object> p : provinces) {
            StringBuilder t = new StringBuilder("<table><tr><th>Huyện</th><th class=\"n\">Phải nộp</th><th class=\"n\">Đã nộp</th>"
                    + "<th class=\"n\">Đúng hạn</th></tr>");
            for (Map<String, Object> d : districts.getOrDefault(provinceForm(p), List.of())) {
                t.append("<tr><td>").append(Html.escape(str(d.get("district_name")))).append(" (").append(Html.escape(str(d.get("district_code"))))
                        .append(")</td><td class=\"n\">").append(count(num(d.get("expected_units")))).append("</td><td class=\"n\">")
                        .append(count(num(d.get("received_units")))).append("</td><td class=\"n\">").append(count(num(d.get("on_time_units"))))
                        .append("</td></tr>");
            }
            html.append(folded(str(p.get("province_name")) + " — Biểu " + p.get("form_code") + ", " + p.get("period_label") + ": "
                    + count(num(p.get("received_units"))) + "/" + count(num(p.get("expected_units"))) + " đã nộp, hạn " + day(p.get("due_date")),
                    false, t + "</table>"));
        }
        return html + MissingUnitsTable.html(c, queries);
    }

    /** A province's row and its districts' rows share this key: the province, program, form and period. */
    private static String provinceForm(Map<String, Object> r) {
        return r.get("province_code") + "|" + r.get("program_code") + "|" + r.get("form_code") + "|" + r.get("period_label");
    }
}
