package vn.ntp.warehouse.report;

import static vn.ntp.warehouse.report.Html.folded;
import static vn.ntp.warehouse.report.ReportText.count;
import static vn.ntp.warehouse.report.ReportText.dbl;
import static vn.ntp.warehouse.report.ReportText.money;
import static vn.ntp.warehouse.report.ReportText.percent;
import static vn.ntp.warehouse.report.ReportText.str;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The disbursement rates with the amounts beside them: by project (all provinces together), by province, then each
 * province's districts in a folded chart.
 */
final class DisbursementCharts {

    private DisbursementCharts() {
    }

    static String html(Connection c, ReportQueries queries) throws SQLException {
        StringBuilder html = new StringBuilder();
        List<Map<String, Object>> projects = queries.rows(c, "report_disbursement_projects");
        List<SvgBarChart.Bar> projectBars = new ArrayList<>();
        for (Map<String, Object> r : projects) {
            String name = Boolean.TRUE.equals(r.get("is_program")) ? "Cả chương trình " + r.get("program_code")
                    : r.get("project_code") + " " + str(r.get("project_name"));
            projectBars.add(moneyBar(name + " — " + r.get("period_label"), r));
        }
        html.append(SvgBarChart.render("chart-disbursement-projects", "Tỷ lệ giải ngân theo dự án (cộng các tỉnh)", projectBars, 100));
        List<Map<String, Object>> units = queries.rows(c, "report_disbursement");
        List<SvgBarChart.Bar> provinceBars = new ArrayList<>();
        Map<String, List<SvgBarChart.Bar>> districtBars = new LinkedHashMap<>();
        for (Map<String, Object> r : units) {
            String label = str(r.get("unit_name")) + " (" + r.get("unit_code") + ") — " + r.get("program_code") + " " + r.get("period_label")
                    + ("rolled_up".equals(r.get("basis")) ? ", cộng từ cấp dưới" : "");
            if ("tinh".equals(r.get("unit_level"))) {
                provinceBars.add(moneyBar(label, r));
            } else {
                districtBars.computeIfAbsent(str(r.get("province_name")), k -> new ArrayList<>()).add(moneyBar(label, r));
            }
        }
        html.append(folded("Theo tỉnh (" + count(provinceBars.size()) + ")", provinceBars.size() <= RunReport.OPEN_PROVINCES,
                SvgBarChart.render("chart-disbursement-provinces", "Tỷ lệ giải ngân theo tỉnh", provinceBars, 100)));
        int i = 0;
        for (Map.Entry<String, List<SvgBarChart.Bar>> e : districtBars.entrySet()) {
            html.append(folded(e.getKey() + ": " + count(e.getValue().size()) + " huyện", false,
                    SvgBarChart.render("chart-disbursement-districts-" + (i++), "Tỷ lệ giải ngân các huyện của " + e.getKey(), e.getValue(), 100)));
        }
        return html.toString();
    }

    private static SvgBarChart.Bar moneyBar(String label, Map<String, Object> r) {
        double pct = dbl(r.get("disbursement_pct"));
        return new SvgBarChart.Bar(label, pct, percent(pct) + " (" + money(r.get("disbursed_mvnd")) + " / " + money(r.get("allocated_mvnd"))
                + " tr.đ)", "bar-good");
    }
}
