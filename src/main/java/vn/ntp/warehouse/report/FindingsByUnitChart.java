package vn.ntp.warehouse.report;

import static vn.ntp.warehouse.report.ReportText.count;
import static vn.ntp.warehouse.report.ReportText.joinNonEmpty;
import static vn.ntp.warehouse.report.ReportText.num;
import static vn.ntp.warehouse.report.ReportText.str;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The units with the most findings, in red those with errors. */
final class FindingsByUnitChart {

    private FindingsByUnitChart() {
    }

    static String html(Connection c, ReportQueries queries) throws SQLException {
        List<SvgBarChart.Bar> units = new ArrayList<>();
        for (Map<String, Object> r : queries.rows(c, "report_findings_by_unit")) {
            String name = joinNonEmpty(str(r.get("unit_name")), str(r.get("district_name")), str(r.get("province_name")));
            units.add(new SvgBarChart.Bar(name, num(r.get("findings")), count(num(r.get("findings"))) + " (" + count(num(r.get("errors")))
                    + " lỗi)", num(r.get("errors")) > 0 ? "bar-error" : "bar-warning"));
        }
        return SvgBarChart.render("chart-units", "Các đơn vị có nhiều phát hiện nhất", units);
    }
}
